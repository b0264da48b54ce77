"""The records `resolve_actors` fills for one parsed document: its mentions, actors being assembled,
affiliations, and `DocActors`, which every later stage reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from actorgraph.actors.chrome import in_ranges
from actorgraph.actors.gazetteer import Gazetteer

__all__ = ["ActorDraft", "Affiliation", "DocActors", "MentionSpan", "slug"]


@dataclass(slots=True)
class MentionSpan:
    """One resolved mention: token range in the Doc, actor id, and how it was resolved."""

    start: int
    end: int
    actor_id: str
    resolved_by: str
    text: str


@dataclass(slots=True)
class Affiliation:
    """A person (or organisation) belonging to a state or organisation, with its evidence."""

    source_id: str
    target_id: str
    sentence: Span
    predicate: str
    from_text: bool


@dataclass(slots=True)
class ActorDraft:
    """An actor being assembled from its mentions."""

    id: str
    name: str
    type: str
    country: str | None = None
    office: str | None = None
    aliases: dict[str, None] = field(default_factory=dict)
    resolved_by: dict[str, None] = field(default_factory=dict)
    mentions: int = 0
    gazetteer: bool = False
    office_from_text: bool = False
    sector: str | None = None
    sector_by: str | None = None
    organ: str | None = None
    role: str | None = None  # a description that is no office: "Afghan writer", "a French national"


@dataclass(slots=True)
class DocActors:
    """Everything the relation stage needs to know about actors in one Doc."""

    doc: Doc
    actors: dict[str, ActorDraft]
    mentions: list[MentionSpan]
    by_token: dict[int, MentionSpan]
    affiliations: list[Affiliation]
    chrome: list[tuple[int, int]]
    gazetteer: Gazetteer
    places: dict[int, str] = field(default_factory=dict)
    #: a title in apposition to a person's name, by token, and that person ("President of X, NAME")
    titled: dict[int, str] = field(default_factory=dict)
    #: a leader's office named without the name, by token, and the people the story names in it
    #: ("the prime ministers of A and B"; a state whose holder it does not name stays; `actors.roles`)
    roles: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def place_at(self, token: Token) -> str | None:
        """The state a place named at ``token`` lies in ("Quetta" -> PAK), if it is a known place."""
        return self.places.get(token.i)

    def ensure_actor(self, actor_id: str) -> bool:
        """Make sure a gazetteer actor has a draft (a state known only through one of its places)."""
        if actor_id in self.actors:
            return True
        rec = self.gazetteer.get(actor_id)
        if rec is None:
            return False
        draft = ActorDraft(actor_id, rec.name, rec.type, rec.country, rec.office, gazetteer=True)
        self.actors[actor_id] = draft
        return True

    def actor_at(self, token: Token) -> str | None:
        """The actor id mentioned at ``token``, if any."""
        m = self.by_token.get(token.i)
        return m.actor_id if m else None

    def add_mention(self, span: Span, actor_id: str, how: str) -> MentionSpan:
        """Record ``span`` as a mention of ``actor_id`` (whose draft exists), resolved ``how``."""
        draft = self.actors[actor_id]
        draft.mentions += 1
        draft.aliases[span.text] = None
        draft.resolved_by[how] = None
        mention = MentionSpan(span.start, span.end, actor_id, how, span.text)
        self.mentions.append(mention)
        for i in range(span.start, span.end):
            self.by_token[i] = mention
        return mention

    def is_chrome(self, span: Span) -> bool:
        """Whether ``span`` lies in page chrome."""
        return in_ranges(span.start_char, span.end_char, self.chrome)


def slug(text: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")
