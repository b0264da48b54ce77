"""The relation lexicon: trigger lemmas -> PLOVER type, CAMEO code, quad class, score.

Built-in data: ``data/lexicon.tsv`` (``trigger, pos, plover, cameo, mode, target,
symmetric, source``) and ``data/plover.tsv`` (``type, cameo_roots, quad_class,
goldstein, description``). A user file (``--lexicon FILE``, CSV or TSV with at least
``trigger`` and ``plover``; ``pos`` defaults to verb) adds to them; the user's
entry wins for the same trigger and part of speech.

``pos`` is ``verb``, ``noun``, ``adj`` or ``pattern``. A pattern is a verb with the words that
follow it, written as in CAMEO (``withdraw * ambassador``, ``designate * as terrorist``): the
words decide the event, and ``plover`` ``-`` says the verb with them is no event at all
(``express * concern`` is no act of the bare verb's type).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from actorgraph.actors.gazetteer import data_bytes, read_tsv
from actorgraph.datacache import cached, source_of
from actorgraph.errors import DataFileError
from actorgraph.model import PLOVER_TYPES

__all__ = ["NO_EVENT", "Lexicon", "Trigger", "TypeInfo", "load_lexicon"]

#: The PLOVER value of a pattern that is no event ("express * concern").
NO_EVENT = "-"


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """A PLOVER type's CAMEO roots, quad class and Goldstein-style score."""

    type: str
    cameo_roots: tuple[str, ...]
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry."""

    trigger: str
    pos: str
    plover: str
    cameo: str
    mode: str
    target: tuple[str, ...]
    symmetric: bool
    source: str = "curated"

    @property
    def fallback(self) -> bool:
        """Whether the entry is a CAMEO bare-verb code taken as is (less sure than a curated one)."""
        return self.source == "cameo-bare"

    @property
    def takes_object(self) -> bool:
        """Whether the direct object is the target."""
        return "dobj" in self.target

    @property
    def preps(self) -> tuple[str, ...]:
        """Prepositions that introduce the target."""
        return tuple(t for t in self.target if t != "dobj")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Triggers by (lemma, pos) and PLOVER type information."""

    triggers: dict[tuple[str, str], Trigger]
    types: dict[str, TypeInfo]
    #: Verbs that have at least one pattern, so that other verbs skip the pattern search.
    pattern_verbs: frozenset[str] = frozenset()

    def verb(self, lemma: str) -> Trigger | None:
        """The verb trigger for ``lemma`` (or a phrasal ``"verb particle"``)."""
        return self.triggers.get((lemma, "verb"))

    def noun(self, lemma: str) -> Trigger | None:
        """The noun trigger for ``lemma``."""
        return self.triggers.get((lemma, "noun"))

    def adjective(self, lemma: str) -> Trigger | None:
        """The adjective trigger for ``lemma`` ("willing to", "ready to")."""
        return self.triggers.get((lemma, "adj"))

    def pattern(self, lemma: str, words: str) -> Trigger | None:
        """The pattern for verb ``lemma`` followed by ``words`` ("withdraw", "ambassador")."""
        return self.triggers.get((f"{lemma} * {words}", "pattern"))


def _trigger(row: dict[str, str], origin: str) -> Trigger:
    plover = (row.get("plover") or "").strip().upper()
    pos = (row.get("pos") or "verb").strip().lower()
    if plover not in PLOVER_TYPES and not (pos == "pattern" and plover == NO_EVENT):
        raise DataFileError(f"{origin}: trigger {row.get('trigger')!r} has unknown PLOVER type {plover!r}")
    if pos not in {"verb", "noun", "adj", "pattern"}:
        raise DataFileError(
            f"{origin}: trigger {row.get('trigger')!r} has pos {pos!r}; use verb, noun, adj or pattern"
        )
    if pos == "pattern" and " * " not in f" {row.get('trigger') or ''} ":
        raise DataFileError(
            f"{origin}: pattern {row.get('trigger')!r} needs the verb, ' * ' and the words after it"
        )
    target = tuple(t.strip().lower() for t in (row.get("target") or "dobj").split("|") if t.strip())
    return Trigger(
        trigger=" ".join((row.get("trigger") or "").lower().split()),
        pos=pos,
        plover=plover,
        cameo=(row.get("cameo") or "").strip(),
        mode=(row.get("mode") or "").strip(),
        target=target,
        symmetric=(row.get("symmetric") or "").strip().lower() in {"yes", "true", "1"},
        source=(row.get("source") or "user").strip(),
    )


def _builtin() -> tuple[dict[str, TypeInfo], dict[tuple[str, str], Trigger]]:
    """The built-in types and triggers."""
    types = {
        row["type"]: TypeInfo(
            row["type"],
            tuple(r for r in row["cameo_roots"].split("|") if r),
            int(row["quad_class"]),
            float(row["goldstein"]),
        )
        for row in read_tsv("plover.tsv")
    }
    triggers: dict[tuple[str, str], Trigger] = {}
    for row in read_tsv("lexicon.tsv"):
        t = _trigger(row, "lexicon.tsv")
        triggers.setdefault((t.trigger, t.pos), t)
    return types, triggers


_TYPE_FIELDS = attrgetter(*(f.name for f in fields(TypeInfo)))
_TRIGGER_FIELDS = attrgetter(*(f.name for f in fields(Trigger)))
_Builtin = tuple[dict[str, TypeInfo], dict[tuple[str, str], Trigger]]


def _dump(value: _Builtin) -> Any:
    return {k: _TYPE_FIELDS(v) for k, v in value[0].items()}, {
        k: _TRIGGER_FIELDS(v) for k, v in value[1].items()
    }


def _load(plain: Any) -> _Builtin:
    return {k: TypeInfo(*v) for k, v in plain[0].items()}, {k: Trigger(*v) for k, v in plain[1].items()}


@cache
def load_lexicon(extra: str | None = None) -> Lexicon:
    """Load the built-in lexicon, plus a user lexicon file if given."""
    # (the built-in part is parsed once and kept in the data cache, keyed by the files and this code)
    code = source_of(__name__, "actorgraph.model", "actorgraph.actors.gazetteer")
    sources = [data_bytes("plover.tsv"), data_bytes("lexicon.tsv"), code]
    types, triggers = cached("lexicon", sources, _builtin, _dump, _load)
    if extra:
        path = Path(extra)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{path}: cannot read lexicon file ({exc})") from exc
        delimiter = "\t" if path.suffix.lower() in {".tsv", ".tab"} else ","
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter=delimiter))
        if not rows or "trigger" not in rows[0] or "plover" not in rows[0]:
            raise DataFileError(f"{path}: a lexicon file needs the columns 'trigger' and 'plover'")
        for row in rows:
            t = _trigger(row, str(path))
            triggers[(t.trigger, t.pos)] = t
    verbs = frozenset(t.trigger.split(" * ")[0] for t in triggers.values() if t.pos == "pattern")
    return Lexicon(triggers, types, verbs)
