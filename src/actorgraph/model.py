"""The frozen dataclasses that pipeline stages exchange.

Nothing here imports spaCy: these are the plain records every stage after
``nlp``/``actors``/``relations`` sees (graph, store, render, export).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

__all__ = [
    "ACTOR_FIELDS",
    "ACTOR_TYPES",
    "PLOVER_TYPES",
    "RELATION_FIELDS",
    "SUGGESTED_BELOW",
    "UNSTATED_BELOW",
    "Actor",
    "ActorType",
    "DocResult",
    "Document",
    "Mention",
    "Relation",
    "ResolvedBy",
    "actor_code",
    "stable_id",
]

ActorType = Literal["country", "person", "organization", "igo", "armed_group", "media", "other"]
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)

#: How a mention was tied to its actor (shown on the page and in the tables).
ResolvedBy = Literal["gazetteer", "demonym", "metonym", "coreference", "ner", "user", "group"]

#: Every rule's relation has a confidence of at least this; a relation under it was suggested by the
#: learned pair model (:mod:`actorgraph.relations.learned`), and the page draws it faint.
SUGGESTED_BELOW = 0.4
#: A suggested relation under this confidence has no word in its sentence that states an act between
#: its two actors ("X said Y had a bright future"): the model's guess from the story, its type too.
UNSTATED_BELOW = 0.125

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


def actor_code(country: str | None, sector: str | None, actor_type: str) -> str | None:
    """The CAMEO-style code of an actor: its state's code followed by its sector.

    ``IRN`` (a state), ``IRNGOV`` (a minister), ``SYRREB`` (Syrian rebels), ``KENCOP`` (Kenyan
    police), ``REB`` (rebels of no known state); an IGO is ``IGO`` followed by its sector, if any.
    ``None`` when neither a state nor a sector is known.

    Examples
    --------
    >>> actor_code("SYR", "REB", "armed_group"), actor_code("IRN", None, "country")
    ('SYRREB', 'IRN')
    >>> actor_code(None, None, "igo"), actor_code(None, None, "other")
    ('IGO', None)
    """
    head = "IGO" if actor_type == "igo" else (country or "")
    return head + (sector or "") or None


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
    """A canonical actor: a state, person, organisation, IGO, armed group, media outlet or group.

    ``country`` is the ISO 3166 alpha-3 code of the state the actor belongs to
    (a state's own code for a state), or ``None``. ``sector`` is its CAMEO/PLOVER sector
    (``GOV``, ``MIL``, ``COP``, ``JUD``, ``LEG``, ``SPY``, ``REB``, ``OPP``, ``CVL``, ...; ``None``
    for a state itself) and ``sector_by`` says where the sector comes from (``"gazetteer"``,
    ``"office"``, ``"organ"``, ``"group noun"``, ``"user"``). :attr:`code` is derived from them.

    Examples
    --------
    >>> police = Actor("KEN_COP", "Kenyan police", "organization", "KEN", sector="COP")
    >>> police.code, police.to_dict()["code"]
    ('KENCOP', 'KENCOP')
    """

    id: str
    name: str
    type: ActorType
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    resolved_by: tuple[ResolvedBy, ...] = ()
    office: str | None = None
    sector: str | None = None
    sector_by: str | None = None

    @property
    def code(self) -> str | None:
        """Country and sector as one CAMEO-style code (``IRNGOV``); see :func:`actor_code`."""
        return actor_code(self.country, self.sector, self.type)

    def to_dict(self) -> dict[str, Any]:
        """The actor as a plain dict with :data:`ACTOR_FIELDS` as keys (tuples become lists)."""
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        d["resolved_by"] = list(self.resolved_by)
        d["code"] = self.code
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        """The actor of a dict made by :meth:`to_dict` (the derived ``code`` is ignored).

        Examples
        --------
        >>> iran = Actor("IRN", "Iran", "country", "IRN", aliases=("Tehran",))
        >>> Actor.from_dict(iran.to_dict()) == iran
        True
        """
        values = {name: data[name] for name in _ACTOR_DATA if name in data}
        for name in ("aliases", "resolved_by"):
            if name in values:
                values[name] = tuple(values[name] or ())
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Relation:
    """One typed, directed relation stated in a sentence, with its evidence.

    ``type`` is a PLOVER event type or ``AFFILIATION``. ``char_start``/``char_end``
    delimit ``sentence`` in the document text. ``attributed_to`` is the id of the
    actor a reported statement is attributed to. ``source_sector``/``target_sector`` are
    the sides' sectors (see :class:`Actor`); ``source_code``/``target_code`` are derived.
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
    source_sector: str | None = None
    target_sector: str | None = None

    @property
    def source_code(self) -> str | None:
        """The source's country and sector as one code (``SYRREB``); see :func:`actor_code`."""
        return actor_code(self.source_country, self.source_sector, self.source_type)

    @property
    def target_code(self) -> str | None:
        """The target's country and sector as one code; see :func:`actor_code`."""
        return actor_code(self.target_country, self.target_sector, self.target_type)

    def to_dict(self) -> dict[str, Any]:
        """The relation as a flat dict with exactly :data:`RELATION_FIELDS` as keys, in that order."""
        d = asdict(self)
        d["source_code"], d["target_code"] = self.source_code, self.target_code
        return {name: d[name] for name in RELATION_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        """The relation of a dict made by :meth:`to_dict` (the derived codes are ignored).

        Examples
        --------
        >>> iran, russia = Actor("IRN", "Iran", "country", "IRN"), Actor("RUS", "Russia", "country", "RUS")
        >>> r = Relation.between(iran, russia, "CONSULT", "Iran met Russia.")
        >>> Relation.from_dict(r.to_dict()) == r
        True
        """
        return cls(**{name: data[name] for name in _RELATION_DATA if name in data})

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

        Actor names, types, countries and sectors are copied; the id is the stable hash of the
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
            "source_sector": source.sector,
            "target_sector": target.sector,
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


_ACTOR_DATA: tuple[str, ...] = tuple(Actor.__dataclass_fields__)
_RELATION_DATA: tuple[str, ...] = tuple(Relation.__dataclass_fields__)

#: The keys of :meth:`Actor.to_dict`: the stored fields, then the derived ``code``.
ACTOR_FIELDS: tuple[str, ...] = (*_ACTOR_DATA, "code")


def _relation_output_order() -> tuple[str, ...]:
    names: list[str] = []
    for name in _RELATION_DATA:
        if name.endswith("_sector"):
            continue
        names.append(name)
        if name.endswith("_country"):
            side = name.removesuffix("_country")
            names += [f"{side}_sector", f"{side}_code"]
    return tuple(names)


#: The keys of :meth:`Relation.to_dict`, in output order (JSONL, CSV, Parquet, pandas): each side's
#: sector and derived code follow its country.
RELATION_FIELDS: tuple[str, ...] = _relation_output_order()


@dataclass(frozen=True, slots=True)
class DocResult:
    """What the pure document step returns for one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = field(default_factory=tuple)
