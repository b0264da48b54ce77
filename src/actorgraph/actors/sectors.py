"""Sectors: which part of a state (or of its society) an actor is.

An actor's sector is a CAMEO/PLOVER sector code (``GOV``, ``MIL``, ``COP``, ``JUD``, ``LEG``, ``SPY``,
``REB``, ``OPP``, ``CVL``, ...); with its state it makes the actor's code (``IRNGOV``, ``SYRREB``).
Each sector belongs to one coarse class: ``state`` (the parts of a state the annotation guidelines
fold into it), ``armed``, ``political`` and ``society``.

Where an actor's sector comes from (``Actor.sector_by``), strongest first:

* ``user``: the ``sector`` column of the ``--actors`` file;
* ``gazetteer``: the built-in sector of a named organisation or group (``data/sector_actors.tsv``:
  curated, or the sector of its PETRARCH2 code);
* ``office``: a person's office, as the text or the gazetteer gives it ("former president" ELI,
  "Defence Minister" GOV, "opposition leader" OPP, "army chief" MIL, "Judge" JUD);
* ``organ``: the organisation named in a person's description ("IRGC commander", "Hamas spokesman");
* ``name``: the head noun of an unknown organisation's name ("Supreme Court" JUD, "Foreign Ministry" GOV);
* ``group noun``: a group of people named by a noun (``actorgraph.actors.groups``);
* ``type``: an armed group (REB) or a media outlet (MED) with nothing more specific.

The words are data (``data/sectors.tsv``, ``data/sector_terms.tsv``). Nothing here imports spaCy:
graphs and evaluation read the classes too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from actorgraph.actors.gazetteer import read_grammar, read_tsv, without_courtesy

if TYPE_CHECKING:
    from actorgraph.actors.gazetteer import Gazetteer
    from actorgraph.actors.resolve import ActorDraft, DocActors

__all__ = [
    "COMMENTATOR_SECTORS",
    "SECTOR_CLASSES",
    "SectorData",
    "assign_sectors",
    "commentator",
    "folded_organ",
    "load_sectors",
    "name_sector",
    "names_leader_office",
    "office_sector",
    "sector_class",
]

#: The coarse classes, in the order of the issue: the state, armed groups, politics, society.
SECTOR_CLASSES: tuple[str, ...] = ("state", "armed", "political", "society")
#: Words after which a title's own words stop ("secretary of the council", "envoy to the UN").
_OFFICE_BREAK = frozenset({"of", "to", "for", "at", "in", "on"})
#: Sectors of people who comment rather than act: academics and analysts, former officials, journalists.
COMMENTATOR_SECTORS = frozenset({"EDU", "ELI", "MED"})
#: The longest title read before a person's name.
_TITLE_WORDS = 5
#: Actor types whose sector, when nothing else says, follows from the type.
_TYPE_SECTORS = {"armed_group": "REB", "media": "MED"}


@dataclass(frozen=True, slots=True)
class SectorData:
    """The sector vocabulary: classes and group names per code, words per kind, organisations' sectors."""

    classes: Mapping[str, str]
    groups: Mapping[str, str]
    terms: Mapping[str, Mapping[str, str]]
    actors: Mapping[str, str]
    demonyms: Mapping[str, str]

    def term(self, kind: str, word: str) -> str | None:
        """The sector of ``word`` as a term of ``kind`` (``""`` for a generic noun without default)."""
        return self.terms.get(kind, {}).get(word)


@cache
def load_sectors() -> SectorData:
    """The built-in sector data (read once)."""
    classes: dict[str, str] = {}
    groups: dict[str, str] = {}
    for row in read_tsv("sectors.tsv"):
        classes[row["code"]] = row["class"]
        groups[row["code"]] = row["group"]
    terms: dict[str, dict[str, str]] = {}
    for row in read_tsv("sector_terms.tsv"):
        terms.setdefault(row["kind"], {})[row["term"]] = row["sector"]
    actors = {row["id"]: row["sector"] for row in read_tsv("sector_actors.tsv")}
    demonyms = {}
    for row in read_tsv("countries.tsv"):
        first = row["demonyms"].split("|")[0].strip()
        demonyms[row["id"]] = first or row["name"]
    return SectorData(classes, groups, terms, actors, demonyms)


def sector_class(sector: str | None, actor_type: str | None = None) -> str:
    """The coarse class of a sector: ``state``, ``armed``, ``political`` or ``society``.

    A state itself (no sector) is ``state``; an armed group without a sector is ``armed``; an
    unknown code (``MOS``, ``JRN``) is ``society``. Only the first three letters count
    (``GOVLEG``, ``REBsna``).

    Examples
    --------
    >>> sector_class("COP"), sector_class("REB"), sector_class("ELIyor"), sector_class("CVLalb")
    ('state', 'armed', 'political', 'society')
    >>> sector_class(None, "country"), sector_class(None, "armed_group"), sector_class("")
    ('state', 'armed', 'state')
    """
    code = (sector or "")[:3].upper()
    if not code:
        if actor_type == "armed_group":
            return "armed"
        if actor_type in (None, "", "country"):
            return "state"
        return "society"
    return load_sectors().classes.get(code, "society")


def _words(text: str) -> list[str]:
    """Lower-case words of an office, leaving out proper names of three words or more ("Supreme
    National Security Council"), not a capitalised title ("National Security Adviser")."""
    raw = re.findall(r"[A-Za-z][A-Za-z'\-]*", text)
    keep: list[str] = []
    run: list[str] = []
    for word in [*raw, ""]:
        if word[:1].isupper():
            run.append(word)
            continue
        if len(run) < 3 or run[-1].lower() in _office_nouns():
            keep.extend(w.lower() for w in run)
        run = []
        if word:
            keep.append(word.lower())
    return keep


def _find(words: list[str], terms: Mapping[str, str]) -> list[tuple[int, str]]:
    """``(position, sector)`` of every term (one or more words) found in ``words``, in text order."""
    text = " " + " ".join(words) + " "
    found = []
    for term, sector in terms.items():
        at = text.find(f" {term} ")
        if at >= 0 and sector:
            found.append((text[:at].count(" "), sector))
    return sorted(found)


def office_sector(office: str | None) -> str | None:
    """The sector of a person holding ``office``.

    A past office makes an elite; a title of government (president, minister, ambassador) is GOV;
    then a group noun that is the title's head ("human rights activist", "Judge"), a group noun
    anywhere in it ("army chief", "opposition leader", "member of the Syrian parliament") and
    last a rank ("General", "commander"). Proper names of three words or more ("Supreme National
    Security Council") are not read.

    Examples
    --------
    >>> [office_sector(o) for o in ("former president", "Defence Minister", "opposition leader")]
    ['ELI', 'GOV', 'OPP']
    >>> [office_sector(o) for o in ("army chief", "member of the Syrian parliament", "Judge", "spokesman")]
    ['MIL', 'LEG', 'JUD', None]
    >>> office_sector("UN Secretary-General")
    'GOV'
    """
    if not office:
        return None
    data = load_sectors()
    words = _words(office)
    if any(w in data.terms.get("former", {}) or w.startswith("ex-") for w in words):
        return "ELI"
    if _find(words, data.terms.get("office", {})):
        return "GOV"
    own = words[: next((i for i, w in enumerate(words) if w in _OFFICE_BREAK), len(words))]
    head = own[-1] if own else ""
    for form in (head, head.removesuffix("s")):
        if data.term("group", form):
            return data.term("group", form)
    groups = [
        s
        for _, s in _find(words, data.terms.get("group", {}))
        if data.classes.get(s) in {"state", "armed", "political"}
    ]
    if groups:
        return groups[0]
    if head in _office_nouns():
        # "security adviser", "provincial spokesperson", "company spokesman": the word naming what the
        # office serves ("spokesman" alone names no sector)
        named = _find(own[:-1], data.terms.get("modifier", {}))
        if named:
            return named[-1][1]
    ranks = _find(words, data.terms.get("rank", {}))
    return ranks[0][1] if ranks else None


def name_sector(name: str) -> str | None:
    """The sector an organisation's name gives by its head noun ("Supreme Court" JUD, "Foreign Ministry"
    GOV), or, for an agency, council, service or the like (``institution_heads`` in ``data/grammar.json``),
    by the nearest word before it that names a sector ("Supreme Military Council" MIL), intelligence
    first ("National Intelligence and Security Agency" SPY).

    Examples
    --------
    >>> name_sector("Supreme Court"), name_sector("Foreign Ministry"), name_sector("Homeland Union")
    ('JUD', 'GOV', None)
    >>> name_sector("National Intelligence and Security Agency"), name_sector("Atlantic Council")
    ('SPY', None)

    The head of "Ministry of Defense" comes before "of", and an agency's portfolio after it:

    >>> [name_sector(n) for n in ("Ministry of Defense", "Department of Defence", "Council of Europe")]
    ['GOV', 'MIL', None]

    A term of several words that ends the name is its sector: "Armed Forces", "Air Force".

    >>> name_sector("Armed Forces"), name_sector("Armed Forces of Ukraine")
    ('MIL', 'MIL')
    """
    words = name.lower().split()
    if "of" in words[1:]:
        at = words.index("of", 1)
        found = _head_sector(words[:at], words[at + 1 :])
        if found:
            return found
    return _head_sector(words, [])


def _head_sector(words: list[str], portfolio: list[str]) -> str | None:
    """The sector of a name's head (its last word), or of an agency's words before it and after "of"."""
    if not words:
        return None
    data = load_sectors()
    modifiers = data.terms.get("modifier", {})
    for n in (3, 2):  # "Armed Forces", "Air Force": a term of several words that ends the name
        if len(words) >= n and (found := modifiers.get(" ".join(words[-n:]))):
            return found
    head = words[-1]
    for form in (head, head.removesuffix("s")):
        found = data.term("group", form) or data.term("state", form)
        if found:
            return found
    if head in _institution_heads():
        named = [s for w in reversed(words[:-1]) if (s := modifiers.get(w))]
        i = 0
        while i < len(portfolio):  # "of the Armed Forces": the longest term at a place, not "armed"
            n = next((n for n in (3, 2, 1) if modifiers.get(" ".join(portfolio[i : i + n]))), 1)
            if found := modifiers.get(" ".join(portfolio[i : i + n])):
                named.append(found)
            i += n
        # "Naval Intelligence Service", "Intelligence and Security Agency": intelligence is its trade
        return "SPY" if "SPY" in named else next(iter(named), None)
    return None


@cache
def _office_nouns() -> frozenset[str]:
    """Nouns of offices that name no sector by themselves ("spokesman", "adviser", "commissioner")."""
    return frozenset(read_grammar()["office_nouns"])


@cache
def _institution_heads() -> frozenset[str]:
    return frozenset(read_grammar()["institution_heads"])


def _title(draft: ActorDraft, out: DocActors) -> str | None:
    """The words right before a person's first mention that qualify the name ("Judge", "former
    president", "intelligence chief"), up to another actor's mention; past a state's demonym only to
    a past-office word before it ("Former Malian prime minister": not "prime minister", GOV)."""
    doc = out.doc
    for m in out.mentions:
        if m.actor_id != draft.id:
            continue
        i = m.start - 1
        cut: int | None = None  # where the title stopped at a state's mention inside it
        while i >= 0 and m.start - i <= _TITLE_WORDS:
            t = doc[i]
            if not (t.pos_ in {"NOUN", "PROPN", "ADJ"} or t.text == "-") or not t.i < t.head.i < m.end:
                break
            if i in out.by_token:
                other = out.actors.get(out.by_token[i].actor_id)
                if cut is not None or other is None or other.type != "country":
                    break
                cut = i
            i -= 1
        if cut is not None and not _past_office(doc[i + 1 : cut].text):
            i = cut
        if i + 1 < m.start:
            return without_courtesy(doc[i + 1 : m.start].text)
    return None


def _past_office(words: str) -> bool:
    """Whether ``words`` hold a word of a past office ("former", "ex-", "ousted")."""
    former = load_sectors().terms.get("former", {})
    return any(w in former or w.startswith("ex-") for w in _words(words))


def _sector(
    draft: ActorDraft, out: DocActors, gazetteer: Gazetteer, data: SectorData
) -> tuple[str, str] | None:
    if draft.type == "country":
        return None
    record = gazetteer.get(draft.id)
    if record is not None and record.sector:
        return record.sector, "user"
    if draft.id in data.actors:
        return data.actors[draft.id], "gazetteer"
    if draft.type == "person":
        # "Boko Haram commander X" is no army officer: a member of an armed group has its sector
        group = next(
            (g for a in out.affiliations if a.source_id == draft.id and (g := out.actors.get(a.target_id))),
            None,
        )
        if group is not None and group.type == "armed_group" and group.sector:
            return group.sector, "organ"
        title = _title(draft, out)
        stated, titled = office_sector(draft.office), office_sector(title)
        if titled == "ELI" and not draft.office_from_text:
            stated = None  # "former president X": the text's past office over the data's record of it
        official = "GOV" if draft.office_from_text and draft.country else None
        # A current office wins over a past one ("Representative X, former chairman of the committee"),
        # and an office of the state over an academic title ("Professor X, a presidential adviser").
        ranked = (
            stated if stated != "ELI" else None,
            titled if titled != "ELI" and sector_class(titled) != "society" else None,
            official if stated is None else None,
            titled if titled != "ELI" else None,
            stated or titled,
        )
        found = next((s for s in ranked if s), None)
        if found:
            if draft.office is None and titled:
                draft.office = title
            return found, "office"
        organ = out.actors.get(draft.organ or "")
        if organ is not None and organ.sector:
            return organ.sector, "organ"
        if draft.office and draft.country:
            return "GOV", "office"  # a state's spokesman, adviser, secretary
        return None
    if draft.type == "organization" and not draft.gazetteer:
        found = name_sector(draft.name)
        if found:
            return found, "name"
    if draft.type in _TYPE_SECTORS:
        return _TYPE_SECTORS[draft.type], "type"
    return None


def assign_sectors(out: DocActors, gazetteer: Gazetteer) -> None:
    """Give every actor of the document that has none its sector and where it comes from.

    Organisations first, so that a person's description can lend its organ's sector.
    """
    data = load_sectors()
    for draft in sorted(out.actors.values(), key=lambda d: d.type == "person"):
        if draft.sector is None:
            found = _sector(draft, out, gazetteer, data)
            if found is not None:
                draft.sector, draft.sector_by = found


def commentator(actor_type: str, sector: str | None, office: str | None = None) -> bool:
    """Whether a person comments on events rather than takes part: an academic, analyst, former
    official or journalist (the annotation guidelines leave them out unless the text gives them a
    relation with an actor). A former leader (an elite whose ``office`` is a state leader's,
    ``leader_offices``: "former president X") is no commentator: the annotators keep him and his
    state (the sector stays ELI).

    Examples
    --------
    >>> commentator("person", "EDU"), commentator("person", "ELI"), commentator("person", "GOV")
    (True, True, False)
    >>> commentator("person", "ELI", "former ambassador"), commentator("person", "ELI", "President")
    (True, False)
    """
    if actor_type != "person" or sector not in COMMENTATOR_SECTORS:
        return False
    return sector != "ELI" or not _leader_office(office or "")


def _leader_office(office: str) -> bool:
    """Whether ``office`` names a state leader's office ("former Prime Minister", "ex-president")."""
    return names_leader_office(re.findall(r"[a-z]+", office.lower()))


def names_leader_office(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` hold a state leader's office (``leader_offices``) as consecutive
    words ("former", "prime", "minister"), as read by :func:`commentator` and
    :func:`actorgraph.actors.commentary.commentators`."""
    text = f" {' '.join(words)} "
    return any(f" {leader} " in text for leader in _leader_offices())


@cache
def _leader_offices() -> tuple[str, ...]:
    return tuple(read_grammar()["leader_offices"])


def folded_organ(actor_type: str, sector: str | None, country: str | None, target: str) -> bool:
    """Whether ``target`` is the state an organ is part of (the army, a ministry, the parliament):
    the guidelines fold it into the state, so it is no member of it.

    Examples
    --------
    >>> folded_organ("organization", "LEG", "USA", "USA"), folded_organ("person", "GOV", "USA", "USA")
    (True, False)
    """
    return actor_type != "person" and bool(sector) and sector_class(sector) == "state" and country == target
