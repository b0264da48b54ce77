"""The actor gazetteer: built-in data files plus user additions, as plain records.

Files (``src/actorgraph/data``; TSV, leading ``#`` lines are provenance comments,
``|`` separates list items): ``countries.tsv``, ``organizations.tsv``,
``persons.tsv``. A user file (``--actors FILE``, CSV or JSONL with ``id, name,
type, country, aliases`` and optionally ``affiliation``, ``office``, ``sector``) adds to them; on an
id clash the user's record wins.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from functools import cache
from importlib.resources import files
from operator import attrgetter
from pathlib import Path
from typing import Any

from actorgraph.errors import DataFileError
from actorgraph.model import ACTOR_TYPES

__all__ = [
    "ActorRecord",
    "Gazetteer",
    "SurfaceForm",
    "data_bytes",
    "handle_key",
    "load_gazetteer",
    "read_grammar",
    "read_tsv",
    "without_accents",
    "without_courtesy",
]

#: Aliases this short only match when written exactly (case-sensitive): "US", "UN", "AU", "WHO".
SHORT_ALIAS = 4
#: Place names this short only match when written exactly: "Gaza", "Nice", "Homs".
SHORT_PLACE = 5

_LABELS = {
    "country": "GPE",
    "person": "PERSON",
    "igo": "ORG",
    "armed_group": "ORG",
    "media": "ORG",
    "organization": "ORG",
    "other": "ORG",
}


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One actor as the data files describe it."""

    id: str
    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    office: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class SurfaceForm:
    """One string that names an actor, with how it names it."""

    text: str
    actor_id: str
    label: str
    resolved_by: str
    case_sensitive: bool


def _data_path(name: str) -> Any:
    return files("actorgraph").joinpath("data").joinpath(name)


def read_tsv(name: str) -> list[dict[str, str]]:
    """Read a built-in TSV data file (skipping leading ``#`` comment lines)."""
    path = _data_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"actorgraph data file {name} is missing; reinstall actorgraph") from exc
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def read_grammar() -> dict[str, Any]:
    """The word lists in ``data/grammar.json`` (speech verbs, modal auxiliaries, titles, ...)."""
    data: dict[str, Any] = json.loads(_data_path("grammar.json").read_text(encoding="utf-8"))
    return data


def without_courtesy(office: str) -> str:
    """An office without the honorifics that close it before a name ("Foreign Minister Prince",
    "Health Minister Dr." -> "Foreign Minister", "Health Minister"; "Crown Prince" stays whole:
    ``courtesy_titles`` in ``data/grammar.json``)."""
    rule = read_grammar()["courtesy_titles"]
    words = office.split()
    while (
        len(words) > 1 and words[-1].lower() in rule["words"] and words[-2].lower() not in rule["keep_after"]
    ):
        words.pop()  # "Minister Tan Sri": both words
    return " ".join(words) if len(words) < len(office.split()) else office


def without_accents(text: str) -> str:
    """``text`` with its accents dropped ("Sánchez" -> "Sanchez", "Moïse" -> "Moise")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def handle_key(text: str) -> str:
    """A name as a social-media handle spells it: letters and digits only, folded, no accents
    ("@JoeBiden" and "Joe Biden" give "joebiden")."""
    return "".join(c for c in without_accents(text).casefold() if c.isalnum())


def _dotted(text: str) -> str | None:
    """The initialism ``text`` written with periods ("DRC" -> "D.R.C."), for three to five capitals."""
    if 3 <= len(text) <= 5 and text.isalpha() and text.isupper():
        return ".".join(text) + "."
    return None


def _particle_bare(word: str) -> str | None:
    """The family name without the particle hyphened to it ("al-Sarraj" -> "sarraj", "el-Sisi" ->
    "sisi"), as a bare surname in a text is written; None when there is no particle, or when the rest
    is a title ("al-Sheikh").

    >>> _particle_bare("al-Sarraj"), _particle_bare("Abdul-Malik"), _particle_bare("al-Sheikh")
    ('sarraj', None, None)
    """
    grammar = read_grammar()
    head, _, rest = re.sub("[‐–]", "-", word).rpartition("-")
    if not head or not rest or not all(p.lower() in grammar["name_particles"] for p in head.split("-")):
        return None
    return None if rest.lower() in grammar["titles"] else rest.lower()


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in value.split("|") if v.strip())


class Gazetteer:
    """Actors by id and the surface forms that name them."""

    def __init__(self) -> None:
        self.actors: dict[str, ActorRecord] = {}
        self._forms: dict[str, SurfaceForm] = {}
        self.surnames: dict[str, set[str]] = {}
        self.given_names: dict[str, int] = {}  # first word of a person's name -> how many people
        self._handles: dict[str, str | None] | None = None  # built on first use: handle_key -> person

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` (lower case) begins the names of the data's people at least twice as often
        as it ends them: "ali", "ahmed", "john" (a person called so alone is no leader of that family
        name); not "abbas", "putin".

        >>> from actorgraph.actors.gazetteer import load_gazetteer
        >>> [load_gazetteer().is_given_name(w) for w in ("ali", "abbas", "putin")]
        [True, False, False]
        """
        given = self.given_names.get(word, 0)
        return given >= 3 and given >= 2 * len(self.surnames.get(word, ()))

    def add(self, record: ActorRecord, forms: Iterable[tuple[str, str]]) -> None:
        """Add an actor and its ``(text, resolved_by)`` surface forms (later additions win)."""
        self.actors[record.id] = record
        self._handles = None
        label = _LABELS.get(record.type, "ORG")
        for text, how in forms:
            text = " ".join(text.split())
            if not text:
                continue
            # an acronym matches only as written: "UN", and mixed "LeT" or "JuD" (never the verb "let")
            short = len(text) <= SHORT_ALIAS and (text.upper() == text or any(c.isupper() for c in text[1:]))
            key = text if short else text.lower()
            self._forms[key] = SurfaceForm(text, record.id, label, how, case_sensitive=short)
            dotted = _dotted(text)
            if dotted:
                # "DRC" is also written "D.R.C.": a variant, so a name given as such wins over it.
                self._forms.setdefault(dotted.lower(), SurfaceForm(dotted, record.id, label, how, False))
        if record.type == "person":
            firsts = set()
            for name in (record.name, *record.aliases):
                parts = name.split()
                if len(parts) > 1:
                    self.surnames.setdefault(parts[-1].lower(), set()).add(record.id)
                    firsts.add(parts[0].lower())
                    bare = _particle_bare(parts[-1])
                    if bare is not None:  # "al-Sarraj" is also "Sarraj" alone
                        self.surnames.setdefault(bare, set()).add(record.id)
            for first in firsts:
                self.given_names[first] = self.given_names.get(first, 0) + 1

    def add_form(self, text: str, actor_id: str) -> None:
        """One more spelling of a person already added, not counted as a given or family name again."""
        text = " ".join(text.split())
        label = _LABELS["person"]
        self._forms[text.lower()] = SurfaceForm(text, actor_id, label, "gazetteer", case_sensitive=False)

    def by_handle(self, handle: str) -> str | None:
        """The one person of the data whose full name (or a full alias) a social-media handle spells
        without spaces, whatever its capitals and accents: "@EmmanuelMacron", "narendramodi"; none
        for a handle several people's names spell, or a one-word name.

        >>> from actorgraph.actors.gazetteer import load_gazetteer
        >>> [load_gazetteer().by_handle(h) for h in ("@EmmanuelMacron", "narendramodi", "@Macron")]
        ['P_MACRON', 'P_MODI', None]
        """
        if self._handles is None:
            handles: dict[str, str | None] = {}
            for record in self.actors.values():
                if record.type != "person":
                    continue
                for name in (record.name, *record.aliases):
                    if len(name.split()) > 1:
                        key = handle_key(name)
                        handles[key] = record.id if handles.get(key, record.id) == record.id else None
            self._handles = handles
        return self._handles.get(handle_key(handle))

    def add_place(self, name: str, country: str) -> None:
        """A location inside ``country`` ("Quetta", "Aleppo"): matched, but never an actor itself."""
        name = " ".join(name.split())
        # Short place names ("Gaza", "Nice", "Homs") match only as written, capital letter included.
        key = name if len(name) <= SHORT_PLACE else name.lower()
        self._forms.setdefault(key, SurfaceForm(name, country, "GPE", "place", key == name))

    def surface_forms(self) -> Iterator[SurfaceForm]:
        """Every surface form, in a deterministic order."""
        for key in sorted(self._forms):
            yield self._forms[key]

    def lookup(self, text: str) -> SurfaceForm | None:
        """The surface form ``text`` (exact for short acronyms, else case-insensitive), if known."""
        text = " ".join(text.split())
        return self._forms.get(text) or self._forms.get(text.lower())

    def get(self, actor_id: str) -> ActorRecord | None:
        """The record of ``actor_id``, if known."""
        return self.actors.get(actor_id)


def _add_countries(gaz: Gazetteer) -> None:
    for row in read_tsv("countries.tsv"):
        rec = ActorRecord(
            id=row["id"],
            name=row["name"],
            type="country",
            country=row["id"],
            aliases=_split(row["aliases"]),
        )
        forms = [(rec.name, "gazetteer")]
        forms += [(a, "gazetteer") for a in _split(row["aliases"])]
        forms += [(a, "demonym") for a in _split(row["demonyms"])]
        forms += [(a, "metonym") for a in _split(row["capitals"])]
        for m in _split(row["metonyms"]):
            forms += [(m, "metonym"), (f"the {m}", "metonym")]
        gaz.add(rec, forms)


def _add_organizations(gaz: Gazetteer) -> None:
    for row in read_tsv("organizations.tsv"):
        rec = ActorRecord(
            id=row["id"],
            name=row["name"],
            type=row["type"] if row["type"] in ACTOR_TYPES else "organization",
            country=row.get("country") or None,
            aliases=_split(row.get("aliases")),
            affiliation=row.get("affiliation") or None,
        )
        gaz.add(rec, [(rec.name, "gazetteer"), *((a, "gazetteer") for a in rec.aliases)])


def _add_persons(gaz: Gazetteer) -> None:
    for row in read_tsv("persons.tsv"):
        rec = ActorRecord(
            id=row["id"],
            name=row["name"],
            type="person",
            country=row.get("country") or None,
            aliases=_split(row.get("aliases")),
            office=row.get("office") or None,
        )
        gaz.add(rec, [(rec.name, "gazetteer"), *((a, "gazetteer") for a in rec.aliases)])
    # "President Ferdinand Marcos": the news drops the "Jr." of the one the data spells with it,
    # unless another record is spelled so ("Ferdinand E. Marcos", the father, is not).
    for rec in list(gaz.actors.values()):
        if rec.type != "person":
            continue
        for name in (rec.name, *rec.aliases):
            bare = _JUNIOR.sub("", name)
            if bare != name and len(bare.split()) > 1 and gaz.lookup(bare) is None:
                gaz.add_form(bare, rec.id)
    _add_hyphen_variants(gaz)


def _hyphen_variants(name: str) -> set[str]:
    """Spellings of a person's name that differ only by hyphens: all hyphens spaces ("Hossein
    Amir-Abdollahian" -> "Hossein Amir Abdollahian"), or one space between unhyphened words a
    hyphen ("Abdel Fattah al-Burhan" -> "Abdel-Fattah al-Burhan", "Kim Yong Nam" -> "Kim Yong-Nam").

    >>> sorted(_hyphen_variants("Abdel Fattah al-Burhan"))
    ['Abdel Fattah al Burhan', 'Abdel-Fattah al-Burhan']
    """
    words = name.split()
    if len(words) < 2:
        return set()
    out = {" ".join(w.replace("-", " ") for w in words)}
    out |= {
        " ".join([*words[:i], f"{words[i]}-{words[i + 1]}", *words[i + 2 :]])
        for i in range(len(words) - 1)
        if "-" not in words[i] + words[i + 1]
    }
    return {v for v in out if v != name and len(v.split()) > 1}


def _add_hyphen_variants(gaz: Gazetteer) -> None:
    """The news writes "Abdel-Fattah al-Burhan" for the data's "Abdel Fattah al-Burhan": every person's
    name and alias also matches with its hyphens spaces, or one space a hyphen, unless the spelling
    names another actor or two people's names give it."""
    owners: dict[str, set[str]] = {}  # lower-cased variant -> the people whose names give it
    spelled: dict[str, str] = {}
    for rec in gaz.actors.values():
        if rec.type != "person":
            continue
        for name in (rec.name, *rec.aliases):
            for variant in _hyphen_variants(" ".join(name.split())):
                owners.setdefault(variant.lower(), set()).add(rec.id)
                spelled.setdefault(variant.lower(), variant)
    for key, ids in owners.items():
        if len(ids) == 1 and gaz.lookup(key) is None:
            gaz.add_form(spelled[key], next(iter(ids)))


#: A generational "Jr." after a name, with or without its comma and stop: "X Jr.", "X, Jr".
_JUNIOR = re.compile(r",?\s+Jr\.?$")


#: Columns (CSV) or keys (JSONL) of a user actor file.
USER_COLUMNS = ("id", "name", "type", "country", "aliases", "affiliation", "office", "sector")
_USER_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_ISO3 = re.compile(r"[A-Z]{3}")


def _user_records(path: Path) -> Iterator[dict[str, Any]]:
    kind = _USER_FORMATS.get(path.suffix.lower())
    if kind is None:
        shown = f"'{path.suffix}'" if path.suffix else "(no extension)"
        raise DataFileError(f"{path}: unsupported actor file type {shown}; use .csv or .jsonl")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read actor file ({exc})") from exc
    if kind == "jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataFileError(f"{path}:{n}: not a JSON object ({exc.msg})") from exc
                if not isinstance(record, dict):
                    raise DataFileError(f"{path}:{n}: not a JSON object")
                _known_columns(path, record)
                yield record
        return
    reader = csv.DictReader(text.splitlines())
    _known_columns(path, reader.fieldnames or ())
    for row in reader:
        if None in row:
            raise DataFileError(f"{path}:{reader.line_num}: more fields than the header")
        yield row


def _known_columns(path: Path, names: Iterable[str]) -> None:
    unknown = [name for name in names if name not in USER_COLUMNS]
    if unknown:
        raise DataFileError(f"{path}: unknown column {unknown[0]!r}; use {', '.join(USER_COLUMNS)}")


def _user_text(path: Path, n: int, row: dict[str, Any], name: str) -> str | None:
    value = row.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise DataFileError(f"{path}: record {n}: '{name}' must be a string")
    return value.strip() or None


def _add_user(gaz: Gazetteer, path: Path) -> None:
    from actorgraph.actors.sectors import load_sectors  # (sectors.py reads its data through this module)

    sectors = load_sectors().classes
    n = 0
    for n, row in enumerate(_user_records(path), 1):
        actor_id, name = _user_text(path, n, row, "id"), _user_text(path, n, row, "name")
        if not actor_id or not name:
            raise DataFileError(f"{path}: record {n} needs at least 'id' and 'name'")
        typ = _user_text(path, n, row, "type") or "other"
        if typ not in ACTOR_TYPES:
            raise DataFileError(f"{path}: record {n}: type {typ!r} is not one of {', '.join(ACTOR_TYPES)}")
        country = _user_text(path, n, row, "country")
        if country is not None and not _ISO3.fullmatch(country):
            raise DataFileError(
                f"{path}: record {n}: country {country!r} is not an ISO 3166 alpha-3 code (such as IRN)"
            )
        aliases = row.get("aliases") or ()
        if isinstance(aliases, str):
            aliases = _split(aliases)
        if not isinstance(aliases, list | tuple) or not all(isinstance(a, str) for a in aliases):
            raise DataFileError(
                f"{path}: record {n}: 'aliases' must be a list of strings (JSONL) or '|'-separated (CSV)"
            )
        sector = str(row.get("sector") or "").strip().upper() or None
        if sector is not None and sector not in sectors:
            codes = ", ".join(sectors)
            raise DataFileError(f"{path}: record {n}: sector {sector!r} is not one of {codes}")
        rec = ActorRecord(
            id=actor_id,
            name=name,
            type=typ,
            country=country,
            aliases=tuple(aliases),
            affiliation=_user_text(path, n, row, "affiliation"),
            office=_user_text(path, n, row, "office"),
            sector=sector,
        )
        gaz.add(rec, [(rec.name, "user"), *((a, "user") for a in rec.aliases)])
    if not n:
        raise DataFileError(
            f"{path}: no actors found; a CSV needs a header and rows: {', '.join(USER_COLUMNS)}"
        )


_BUILTIN = ("places.tsv", "persons.tsv", "organizations.tsv", "countries.tsv")


def _builtin() -> Gazetteer:
    gaz = Gazetteer()
    for row in read_tsv("places.tsv"):
        gaz.add_place(row["name"], row["country"])
    _add_persons(gaz)
    _add_organizations(gaz)
    _add_countries(gaz)
    return gaz


def _dump(gaz: Gazetteer) -> Any:
    """The gazetteer as plain tuples of its records' fields (what the data cache keeps)."""
    record = attrgetter(*(f.name for f in fields(ActorRecord)))
    form = attrgetter(*(f.name for f in fields(SurfaceForm)))
    return (
        {k: record(a) for k, a in gaz.actors.items()},
        {k: form(a) for k, a in gaz._forms.items()},
        {k: sorted(v) for k, v in gaz.surnames.items()},
        gaz.given_names,
    )


def _load(plain: Any) -> Gazetteer:
    actors, forms, surnames, given_names = plain
    gaz = Gazetteer()
    gaz.actors = {k: ActorRecord(*v) for k, v in actors.items()}
    gaz._forms = {k: SurfaceForm(*v) for k, v in forms.items()}
    gaz.surnames = {k: set(v) for k, v in surnames.items()}
    gaz.given_names = dict(given_names)
    return gaz


def data_bytes(name: str) -> bytes:
    """The bytes of a built-in data file (empty when it is missing: reading it then says so)."""
    try:
        data: bytes = _data_path(name).read_bytes()
    except OSError:
        return b""
    return data


@cache
def load_gazetteer(extra_actors: str | None = None) -> Gazetteer:
    """Load the built-in gazetteer, plus a user actor file (CSV or JSONL) if given."""
    from actorgraph.datacache import cached, source_of

    # (the built-in part is parsed once and kept in the data cache, keyed by the files and this code)
    sources = [*(data_bytes(name) for name in _BUILTIN), source_of(__name__, "actorgraph.model")]
    gaz = cached("gazetteer", sources, _builtin, _dump, _load)
    if extra_actors:
        _add_user(gaz, Path(extra_actors))
    return gaz
