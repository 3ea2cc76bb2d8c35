"""Sentences never run over a paragraph break: a blank line starts a sentence before the parser runs.

Why: the small English parser often carries a sentence on over a blank line ("... care about?”\\n\\nCruz was
articulate ..."), in about one news sentence in seven, and every stage then reads the next paragraph's opening
words as part of the last paragraph's sentence: its subject becomes the speaker or the source of what came before.
A paragraph that ends in a colon introduces the next one ("Cruz continued:\\n\\n“You look at ...”"), so that break
is left to the parser. A news agency's dateline ("New York (AFP) – Vice President Joe Biden said ...") is no part of
the lead sentence either: the parser made its place the subject of the lead's verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _is_paragraph_break(text: str) -> bool:
    """Whitespace holding a blank line (two line breaks, with only spaces or tabs between)."""
    return text.count("\n") >= 2 and not text.replace("\n", "").strip(" \t\r\xa0")


#: Last characters of a line that close a sentence, and first characters of a line that may open one.
_CLOSING = set(".?!”\"’')]")
_OPENING = set("“\"‘'[(")


def _line_closes_sentence(before: str, after: str) -> bool:
    """A single line break between a closed sentence and a capital or an opening quote (not a hard-wrapped line)."""
    return before[-1] in _CLOSING and (after[0].isupper() or after[0] in _OPENING)


#: Dashes that end a dateline, and the most words a dateline's place and date take before the agency's name.
_DATELINE_DASHES = {"-", "--", "–", "—"}
_DATELINE_WORDS = 8


def _ends_dateline(dash: Token) -> bool:
    """A dash after a news agency's name in parentheses that follows a short line start of capitalised words or
    numbers: "New York (AFP) –", "NAIROBI, Kenya (Reuters) —", "Dec 29 (Reuters) -"."""
    doc = dash.doc
    if dash.text not in _DATELINE_DASHES or dash.i < 3 or doc[dash.i - 1].text != ")":
        return False
    opening = next((t for t in reversed(doc[max(0, dash.i - 5):dash.i - 1]) if t.text == "("), None)
    if opening is None or not all(t.is_alpha for t in doc[opening.i + 1:dash.i - 1]):
        return False
    place = []
    for word in reversed(doc[:opening.i]):
        if word.is_space and "\n" in word.text:
            break
        place.append(word)
    return 0 < len(place) <= _DATELINE_WORDS \
        and all(w.is_title or w.is_upper or w.like_num or w.text in {",", "."} or w.is_space for w in place)


class ParagraphStarts:
    """Marks the first word after a blank line as a sentence start, unless the paragraph before ends in a colon,
    after a single line break that follows a closed sentence, and after a news agency's dateline."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:-1]:
            after = doc[token.i + 1]
            if _ends_dateline(token) and not after.is_space:
                after.is_sent_start = True
            if not token.is_space or "\n" not in token.text:
                continue
            before = doc[token.i - 1]
            if after.is_space or before.text == ":":
                continue
            if _is_paragraph_break(token.text) or _line_closes_sentence(before.text, after.text):
                after.is_sent_start = True
        return doc
