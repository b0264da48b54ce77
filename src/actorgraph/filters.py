"""Slicing a result: which documents, relations and actors a filter keeps, and actors by name.

:meth:`actorgraph.api.Result.filter` uses this with the event store's semantics: ``since`` and
``until`` keep documents published in that span (day precision, inclusive; undated documents
are left out when either is given); the other conditions keep relations; actors are those of
the kept relations, plus, when only dates are given, every actor mentioned in a kept document.
Parameters are checked here and errors name them as a Python caller wrote them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

from actorgraph.errors import InputError
from actorgraph.frames import RELATION_TYPES
from actorgraph.model import Actor, Relation

__all__ = [
    "STATUSES",
    "RelationFilter",
    "Status",
    "find_actor",
    "parse_day",
    "parse_statuses",
    "parse_types",
    "status_of",
    "status_sql",
]

#: How a relation is stated, from fact to what did not happen. Each relation has exactly one status
#: (see :func:`status_of`); ``Result.filter``, the event store and the report page all use this.
Status = Literal["asserted", "reported", "hypothetical", "negated"]
STATUSES: tuple[Status, ...] = get_args(Status)
#: The relation field that makes each status other than asserted, in the order they win.
_STATUS_FIELDS: tuple[tuple[Status, str], ...] = (
    ("negated", "negated"),
    ("hypothetical", "hypothetical"),
    ("reported", "attributed_to"),
)


def parse_day(value: str | date | None, name: str) -> str | None:
    """``value`` as ``YYYY-MM-DD``; a longer ISO string is cut to its day.

    >>> parse_day("2016-08-16T10:00:00Z", "since")
    '2016-08-16'
    >>> parse_day("16/08/2016", "since")
    Traceback (most recent call last):
    actorgraph.errors.InputError: since='16/08/2016': not a date; use YYYY-MM-DD
    """
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"{name}={value!r}", "not a date; use YYYY-MM-DD") from None


def parse_types(value: str | Iterable[str] | None, name: str = "types") -> tuple[str, ...]:
    """Relation types, upper-cased and checked against the 16 PLOVER types and AFFILIATION."""
    if value is None:
        return ()
    wanted = (value,) if isinstance(value, str) else tuple(value)
    out = tuple(str(t).strip().upper() for t in wanted)
    bad = [t for t in out if t not in RELATION_TYPES]
    if bad:
        raise InputError(f"{name}={bad[0]!r}", f"not a relation type; use one of {', '.join(RELATION_TYPES)}")
    return out


def status_of(relation: Relation | Mapping[str, Any]) -> Status:
    """The one status of a relation (or of a graph edge's attributes).

    ``negated`` if it is stated as not happening, whoever reports it; else ``hypothetical`` if
    it has not happened (yet); else ``reported`` if it is attributed to a speaker; else
    ``asserted``.

    Examples
    --------
    >>> status_of({"negated": True, "attributed_to": "IRN"}), status_of({"attributed_to": "IRN"})
    ('negated', 'reported')
    >>> status_of({"negated": False, "hypothetical": False, "attributed_to": None})
    'asserted'
    """
    get = relation.get if isinstance(relation, Mapping) else lambda name: getattr(relation, name, None)
    for status, field in _STATUS_FIELDS:
        if get(field):
            return status
    return "asserted"


def status_sql(alias: str = "r") -> str:
    """:func:`status_of` as an SQL expression over the store's ``relations`` table (``alias``).

    >>> status_sql()[:40]
    "CASE WHEN r.negated THEN 'negated' WHEN "
    """
    tests = {
        "negated": f"{alias}.negated",
        "hypothetical": f"{alias}.hypothetical",
        "attributed_to": f"coalesce({alias}.attributed_to, '') != ''",
    }
    cases = " ".join(f"WHEN {tests[field]} THEN '{status}'" for status, field in _STATUS_FIELDS)
    return f"CASE {cases} ELSE 'asserted' END"


def parse_statuses(value: str | Iterable[str] | None, name: str = "statuses") -> frozenset[str]:
    """Statuses to keep, checked against :data:`STATUSES` (an error names the parameter)."""
    wanted = (value,) if isinstance(value, str) else tuple(value or ())
    bad = [s for s in wanted if s not in STATUSES]
    if bad:
        raise InputError(f"{name}={bad[0]!r}", f"not a status; use {', '.join(STATUSES)}")
    return frozenset(wanted)


def find_actor(key: str, actors: Sequence[Actor], *, name: str = "actors") -> str:
    """The id of the actor whose id, name or alias is ``key`` (ids exactly, names and aliases in any case).

    ``name`` is the parameter the caller passed ``key`` as, for the error message.

    Raises
    ------
    InputError
        If no actor matches, naming the closest ids, names and aliases: ``no actor 'Iram';
        did you mean IRN (Iran)?``

    Examples
    --------
    >>> iran = Actor("IRN", "Iran", "country", "IRN", ("Tehran", "Iranian"))
    >>> find_actor("tehran", [iran]), find_actor("IRN", [iran])
    ('IRN', 'IRN')
    >>> find_actor("Iram", [iran])
    Traceback (most recent call last):
    actorgraph.errors.InputError: actors='Iram': no actor 'Iram'; did you mean IRN (Iran)?
    """
    by_id = {a.id: a for a in actors}
    if key in by_id:
        return key
    folded = key.casefold().strip()
    for field in ("name", "aliases"):
        for a in actors:
            names = (a.name,) if field == "name" else a.aliases
            if any(n.casefold() == folded for n in names):
                return a.id
    surfaces = {s.casefold(): a for a in actors for s in (a.id, a.name, *a.aliases)}
    close = difflib.get_close_matches(folded, list(surfaces), n=3, cutoff=0.6)
    hint = ", ".join(dict.fromkeys(f"{surfaces[c].id} ({surfaces[c].name})" for c in close))
    raise InputError(f"{name}={key!r}", f"no actor {key!r}" + (f"; did you mean {hint}?" if hint else ""))


@dataclass(frozen=True, slots=True)
class RelationFilter:
    """A checked filter: what :meth:`actorgraph.api.Result.filter` keeps."""

    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    actors: frozenset[str] = frozenset()
    min_confidence: float | None = None
    statuses: frozenset[str] = frozenset()
    affiliations: bool = True

    @classmethod
    def make(
        cls,
        actors: Sequence[Actor],
        *,
        types: str | Iterable[str] | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        actor_keys: str | Iterable[str] | None = None,
        min_confidence: float | None = None,
        statuses: str | Iterable[str] | None = None,
        affiliations: bool = True,
    ) -> RelationFilter:
        """Check every parameter (errors name it) and resolve actor names and aliases to ids."""
        keys = (actor_keys,) if isinstance(actor_keys, str) else tuple(actor_keys or ())
        if min_confidence is not None and (
            isinstance(min_confidence, bool)
            or not isinstance(min_confidence, int | float)
            or not 0 <= min_confidence <= 1
        ):
            raise InputError(f"min_confidence={min_confidence!r}", "use a number from 0 to 1")
        return cls(
            types=parse_types(types),
            since=parse_day(since, "since"),
            until=parse_day(until, "until"),
            actors=frozenset(find_actor(k, actors) for k in keys),
            min_confidence=None if min_confidence is None else float(min_confidence),
            statuses=parse_statuses(statuses),
            affiliations=bool(affiliations),
        )

    @property
    def by_relation(self) -> bool:
        """Whether anything but dates is filtered (then only the actors of kept relations stay)."""
        return bool(
            self.types
            or self.actors
            or self.statuses
            or not self.affiliations
            or self.min_confidence is not None
        )

    def keeps_day(self, day: str | None) -> bool:
        """Whether a document published on ``day`` (ISO, any precision) is in ``[since, until]``."""
        if self.since is None and self.until is None:
            return True
        if not day:
            return False
        day = day[:10]
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def keeps(self, r: Relation) -> bool:
        """Whether relation ``r`` passes the relation conditions."""
        return (
            (not self.types or r.type in self.types)
            and (self.affiliations or r.type != "AFFILIATION")
            and (not self.actors or r.source_id in self.actors or r.target_id in self.actors)
            and (self.min_confidence is None or r.confidence >= self.min_confidence)
            and (not self.statuses or status_of(r) in self.statuses)
        )
