"""The frozen dataclasses that pipeline stages exchange.

Nothing here imports spaCy: these are the plain records every stage after
``nlp``/``actors``/``relations`` sees (graph, store, render, export).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

__all__ = [
    "ACTOR_TYPES",
    "PLOVER_TYPES",
    "RELATION_FIELDS",
    "Actor",
    "ActorType",
    "DocResult",
    "Document",
    "Mention",
    "Relation",
    "ResolvedBy",
    "stable_id",
]

ActorType = Literal["country", "person", "organization", "igo", "armed_group", "media", "other"]
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)

#: How a mention was tied to its actor (shown on the page and in the tables).
ResolvedBy = Literal["gazetteer", "demonym", "metonym", "coreference", "ner", "user"]

#: The 16 PLOVER event types, in the order of the PLOVER manual, plus the structural AFFILIATION.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def stable_id(*parts: object, length: int = 16) -> str:
    """Return a short, deterministic hex digest of ``parts`` (joined by a unit separator)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Document:
    """One input article.

    ``id`` is given by the source record or is the content hash of ``text``;
    ``date`` is ISO 8601 (``YYYY-MM-DD`` or a full timestamp) or ``None``.
    ``origin`` names where it came from (a path, ``path:line`` or ``<stdin>``) for messages.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an actor in a document (character offsets into ``Document.text``)."""

    doc_id: str
    actor_id: str
    text: str
    start: int
    end: int
    resolved_by: ResolvedBy


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: a state, person, organisation, IGO, armed group or media outlet.

    ``country`` is the ISO 3166 alpha-3 code of the state the actor belongs to
    (a state's own code for a state), or ``None``.
    """

    id: str
    name: str
    type: ActorType
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    resolved_by: tuple[ResolvedBy, ...] = ()
    office: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The actor as a plain dict (tuples become lists)."""
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        d["resolved_by"] = list(self.resolved_by)
        return d


@dataclass(frozen=True, slots=True)
class Relation:
    """One typed, directed relation stated in a sentence, with its evidence.

    ``type`` is a PLOVER event type or ``AFFILIATION``. ``char_start``/``char_end``
    delimit ``sentence`` in the document text. ``attributed_to`` is the id of the
    actor a reported statement is attributed to.
    """

    id: str
    doc_id: str
    source_id: str
    source_name: str
    source_type: str
    source_country: str | None
    target_id: str
    target_name: str
    target_type: str
    target_country: str | None
    type: str
    cameo_root: str | None
    quad_class: int | None
    goldstein: float | None
    predicate: str
    directed: bool
    negated: bool
    hypothetical: bool
    attributed_to: str | None
    sentence: str
    char_start: int
    char_end: int
    date: str | None
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """The relation as a flat dict with exactly :data:`RELATION_FIELDS` as keys."""
        return asdict(self)

    @classmethod
    def between(
        cls,
        source: Actor,
        target: Actor,
        type: str,
        sentence: str,
        *,
        doc_id: str = "doc",
        predicate: str | None = None,
        **fields: Any,
    ) -> Relation:
        """A relation between two actors, for hand-made graphs and tests.

        Actor names, types and countries are copied; the id is the stable hash of the
        document, sentence, source, type and target; ``fields`` override any other field.

        Examples
        --------
        >>> iran, russia = Actor("IRN", "Iran", "country", "IRN"), Actor("RUS", "Russia", "country", "RUS")
        >>> r = Relation.between(iran, russia, "COOPERATE", "Iran and Russia cooperate.", directed=False)
        >>> r.source_name, r.target_country, r.char_end, r.directed
        ('Iran', 'RUS', 26, False)
        """
        values: dict[str, Any] = {
            "id": stable_id(doc_id, sentence, source.id, type, target.id),
            "doc_id": doc_id,
            "source_id": source.id,
            "source_name": source.name,
            "source_type": source.type,
            "source_country": source.country,
            "target_id": target.id,
            "target_name": target.name,
            "target_type": target.type,
            "target_country": target.country,
            "type": type,
            "cameo_root": None,
            "quad_class": None,
            "goldstein": None,
            "predicate": predicate if predicate is not None else sentence.split()[0],
            "directed": True,
            "negated": False,
            "hypothetical": False,
            "attributed_to": None,
            "sentence": sentence,
            "char_start": 0,
            "char_end": len(sentence),
            "date": None,
            "confidence": 1.0,
        }
        values.update(fields)
        return cls(**values)


RELATION_FIELDS: tuple[str, ...] = tuple(Relation.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class DocResult:
    """What the pure document step returns for one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = field(default_factory=tuple)
