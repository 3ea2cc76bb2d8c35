"""Sentences never run over a paragraph break: a blank line starts a sentence before the parser runs.

Why: the small English parser often carries a sentence on over a blank line ("... care about?”\\n\\nCruz was
articulate ..."), in about one news sentence in seven, and every stage then reads the next paragraph's opening
words as part of the last paragraph's sentence: its subject becomes the speaker or the source of what came before.
A paragraph that ends in a colon introduces the next one ("Cruz continued:\\n\\n“You look at ...”"), so that break
is left to the parser.
"""

from __future__ import annotations

from spacy.tokens import Doc


def _is_paragraph_break(text: str) -> bool:
    """Whitespace holding a blank line (two line breaks, with only spaces or tabs between)."""
    return text.count("\n") >= 2 and not text.replace("\n", "").strip(" \t\r\xa0")


#: Last characters of a line that close a sentence, and first characters of a line that may open one.
_CLOSING = set(".?!”\"’')]")
_OPENING = set("“\"‘'[(")


def _line_closes_sentence(before: str, after: str) -> bool:
    """A single line break between a closed sentence and a capital or an opening quote (not a hard-wrapped line)."""
    return before[-1] in _CLOSING and (after[0].isupper() or after[0] in _OPENING)


class ParagraphStarts:
    """Marks the first word after a blank line as a sentence start, unless the paragraph before ends in a colon,
    and after a single line break that follows a closed sentence."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:-1]:
            if not token.is_space or "\n" not in token.text:
                continue
            before, after = doc[token.i - 1], doc[token.i + 1]
            if after.is_space or before.text == ":":
                continue
            if _is_paragraph_break(token.text) or _line_closes_sentence(before.text, after.text):
                after.is_sent_start = True
        return doc
