"""Turn an argument token into an :class:`ActorRef` using the actors stage, with a country fallback.

The actors stage (``document.actors``) knows names, descriptions and pronouns; when it is absent or has not
coded a mention, pronouns take the nearest earlier person (he/his) or group/country (they/its), and other
phrases go to the small country coder in :mod:`eventwire.events.actors_fallback`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.document import ActorMention, ActorRef, Document
from eventwire.events.actors_fallback import code_of
from eventwire.events.arguments import phrase_span

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
GROUP_PRONOUNS = {"they", "them", "their", "it", "its", "theirs"}


def _actors_helper():
    try:
        from eventwire.actors import actor_at
    except ImportError:
        return None
    return actor_at


class ActorResolver:
    """Resolves argument tokens of one document to actors."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.actor_at = _actors_helper()

    def mention(self, start: int, end: int, head: int | None = None) -> ActorMention | None:
        """The actor mention for a phrase: the one covering its head word, else the one nearest the head."""
        overlapping = [a for a in self.document.actors if a.start < end and start < a.end]
        if head is not None:
            covering = [a for a in overlapping if a.start <= head < a.end]
            return min(covering, key=lambda a: a.end - a.start) if covering else None
        if self.actor_at is not None:
            found = self.actor_at(self.document, start, end)
            if found is not None:
                return found
        return min(overlapping, key=lambda a: (a.start, -a.end)) if overlapping else None

    def resolve(self, token: Token | None) -> ActorRef | None:
        if token is None:
            return None
        start, end = (token.idx, token.idx + len(token)) if token.pos_ == "PRON" else phrase_span(token)
        text = self.document.text[start:end]
        found = self.mention(start, end, token.idx)
        if found is not None:
            return ActorRef(text, found.code, found.canonical, start, end)
        if token.pos_ == "PRON":
            return self._antecedent(token, text, start, end)
        code = code_of(text)
        return ActorRef(text, code, None, start, end)

    def _antecedent(self, token: Token, text: str, start: int, end: int) -> ActorRef:
        """Nearest earlier actor of the right kind for a pronoun that the actors stage left unresolved."""
        lower = token.lower_
        wants_person = lower in PERSON_PRONOUNS
        if lower not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return ActorRef(text, None, None, start, end)
        earlier = [e for e in self.document.entities if e.end <= start and (e.label == "PER") == wants_person]
        for entity in reversed(earlier):
            found = self.mention(entity.start, entity.end)
            code = found.code if found else code_of(entity.text)
            if code:
                return ActorRef(text, code, found.canonical if found else entity.text, start, end)
        return ActorRef(text, None, None, start, end)
