"""Mentions -> canonical actors, within one parsed document.

Order of evidence, strongest first:

1. the gazetteer (entity ruler patterns: names, aliases, demonyms, capitals and
   seats of power, IGOs, armed groups, media, known people);
2. in-document person coreference: a surname ("Shamkhani") or a shorter form
   joins the longest full name of the document that ends with it, whatever label
   the NER gave it;
3. the statistical NER alone (PERSON and ORG), with titles and possessives
   stripped, and page chrome dropped.

Offices and states of people come from the text first ("Russian President
Vladimir Putin", "Ali Shamkhani, the secretary of Iran's ... Council",
"Faleh Fayaz, Iraqi Prime Minister Haider al-Abadi's national security adviser"),
then from the gazetteer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from actorgraph.actors.chrome import chrome_ranges, in_ranges
from actorgraph.actors.gazetteer import Gazetteer, handle_key, read_grammar, without_accents

__all__ = [
    "Affiliation",
    "DocActors",
    "MentionSpan",
    "exchange_partners",
    "family_name",
    "given_names",
    "misplaced_apposition",
    "resolve_actors",
    "slug",
]

_POSSESSIVE = ("'s", "’s", "'", "’", "?s")
#: How a state or its organ outside an organisation's name owns it: "Russia's", "Ukrainian", "the Pentagon's".
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: Words a hyphen joins to a title, of the title, not of the name after it: "President-Elect Biden".
_TITLE_SUFFIXES = frozenset({"elect", "designate"})
_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]+[-‐–][a-z]+")  # "Ching-te", "Jae-in", "Ki-moon"
#: Prepositions that introduce an office's portfolio or destination, not its holder's employer.
_PORTFOLIO = frozenset({"for", "on", "to", "toward", "towards", "over"})
#: Actor types a person's description can name as the body the person serves in.
_ORGANS = frozenset({"organization", "armed_group", "media"})
#: Prepositions before a place ("in Santos", "flew to Austin").
_AT_PLACE = frozenset({"in", "at", "near", "from", "to", "outside", "across", "inside"})
#: Entity labels a lone leader's surname may carry (the tagger's guess, or none): not a date or a sum.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "NORP", "GPE"})
#: Kinds of sector words that name a group or an organisation, never a person ("Rights", "Police",
#: "Guard", "Unit").
_ORG_TERMS = ("group", "state", "modifier", "generic")
#: Last words of bodies' names a person's name may follow in one tagged organisation ("Chamber of
#: Deputies X", "Congress of the Republic X"), besides the words of organisations.
_BODY_ENDS = frozenset({"corps", "deputies", "forces", "republic", "representatives"})
#: Nouns that end the names of bodies' units and works, never a person's name ("Asia Program").
_NO_NAME_WORDS = frozenset(
    {"desk", "fund", "initiative", "program", "programme", "project", "society", "studies", "team", "watch"}
)
#: Heads of bodies' names besides the institutions' ("Council", "Commission"): "the X River Alliance".
_BODY_HEADS = frozenset(
    {"alliance", "association", "authority", "board", "federation", "front", "group", "institute", "movement"}
)
#: Kinds of actors named as the article writes them, where that is one of the data's spellings.
_WRITTEN_TYPES = frozenset({"person", "igo", "organization", "armed_group", "media"})
#: Lower-case words of organisations' names ("Peace and Security Council").
_NAME_FUNCTION_WORDS = frozenset({"and", "for", "in", "of", "on", "the", "to"})
#: A person's initials written as one word: "DK Pathak", "A.K. Antony".
_INITIALS = re.compile(r"[A-Z]{1,3}|(?:[A-Z]\.){1,3}")
#: Dependencies that keep a left modifier inside the noun phrase of a name.
_NP_INTERNAL = {"compound", "amod", "poss", "nmod", "nummod", "det", "case", "npadvmod", "punct"}


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


def _title_suffix(token: Token) -> bool:
    """Whether ``token`` ends a hyphened title: the "Elect" of "President-Elect"."""
    doc = token.doc
    return token.lower_ in _TITLE_SUFFIXES and token.i > 0 and doc[token.i - 1].text in {"-", "‐"}


def _title_before(doc: Doc, start: int, titles: set[str]) -> bool:
    """Whether a title ends right before token ``start``: "Senator X", "President-Elect X"."""
    return start > 0 and (doc[start - 1].lower_ in titles or _title_suffix(doc[start - 1]))


def _strip_name(span: Span, titles: set[str]) -> Span | None:
    """Drop leading titles and a trailing possessive from a PERSON span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in titles or doc[start].is_punct or doc[start].like_num or _title_suffix(doc[start])
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    if start >= end:
        return None
    last = doc[end - 1]
    for pos in _POSSESSIVE:
        if last.text.endswith(pos) and len(last.text) > len(pos) + 1:
            # "al-Abadi’s" kept as one token by the tokenizer: cut the characters.
            return doc.char_span(doc[start].idx, last.idx + len(last.text) - len(pos))
    return doc[start:end]


def _clean_org(ent: Span, generic: set[str]) -> Span | None:
    """An NER organisation name without "the" and a possessive, or None when it is no name.

    A name has a proper noun in it, does not end on a preposition or conjunction ("Clinical
    Research Unit of"), and is not one generic word ("Council", "Commerce").
    """
    start, end = ent.start, ent.end
    doc = ent.doc
    if doc[start].lower_ == "the":
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    if not any(t.pos_ == "PROPN" for t in span) or span[-1].pos_ in {"ADP", "CCONJ", "DET"}:
        return None
    if len(span) == 1 and span[0].lower_ in generic:
        return None
    return span


def _owner_state(ent: Span, out: DocActors) -> str | None:
    """The state a name outside ``ent`` makes it the organ of: the possessor or the demonym of its
    head ("Russia's Defence Ministry", "the Ukrainian Defence Ministry"), a state's organ that
    possesses it ("the Pentagon's Defense Intelligence Agency"), or the state or organ of an "of"
    right after it ("the Ministry of Foreign Affairs of Myanmar", "the X Commission of the State
    Council"), or ``None``."""
    doc = ent.doc
    owners = [c for c in ent.root.children if not ent.start <= c.i < ent.end and c.dep_ in _OWNER_DEPS]
    portfolio = ent.start > 0 and doc[ent.start - 1].lower_ in {"for", "of"}  # "Minister for [X] of Y"
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and ent.start <= doc[ent.end].head.i < ent.end:
        owners += [c for c in doc[ent.end].children if c.dep_ == "pobj" and not portfolio]
    for child in owners:
        m = out.by_token.get(child.i)
        draft = out.actors[m.actor_id] if m is not None else None
        if draft is None:
            continue
        if draft.type == "country":
            return draft.id
        state = draft.country if draft.gazetteer and draft.type == "organization" else None
        if state is not None and out.ensure_actor(state):
            return state
    return None


def _personal(
    span: Span, generic: set[str], particles: set[str], titles: set[str], *, single: bool = False
) -> bool:
    """Whether ``span`` reads as a person's name of two to four words (one with ``single``):
    capitalised proper nouns, none a word of an organisation's name ("Council", "Ministry") or a title
    ("Rear Admiral")."""
    organisation = _organisation_words()
    return (
        (1 if single else 2) <= len(span) <= 4
        and _looks_like_person_name(span.text, particles)
        and all(t.pos_ == "PROPN" or t.lower_ in particles for t in span)
        and not any(t.is_upper and len(t) > 1 for t in span)  # "DP X": an initialism is no name
        and not any(t.lower_ in generic or t.lower_ in organisation or t.lower_ in titles for t in span)
    )


@cache
def _organisation_words() -> frozenset[str]:
    """Words of organisations' names, never of a person's: the heads of institutions ("Council",
    "Ministry") and the sector words that name a group or a body ("Rights", "Police")."""
    from actorgraph.actors.sectors import load_sectors  # sectors builds on this module

    terms = load_sectors().terms
    words = set(read_grammar()["institution_heads"])
    for kind in _ORG_TERMS:
        words.update(terms.get(kind, {}))
    return frozenset(words)


def _whole_name(ent: Span, titles: set[str], generic: set[str], particles: set[str]) -> Span:
    """A person's name the tagger cut short or in two, whole: the parser hangs every word of a name
    on its last one, so a capitalised proper noun with no entity that a word of the name hangs on, or
    that hangs on one, and a name of a person right after it that the first part hangs on, belong to
    it ("[Kim Kye] [Gwan]", "[Nguyen Minh] Vu", "Maruli [Simanjuntak]"); four words at most."""
    doc = ent.doc
    start, end = ent.start, ent.end

    def part(token: Token) -> bool:
        return (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and not token.ent_id_
            and _personal(doc[token.i : token.i + 1], generic, particles, titles, single=True)
        )

    while end < len(doc) and end - start < 4 and doc[end - 1].dep_ == "compound":
        nxt = doc[end]
        if doc[end - 1].head.i < end:
            break
        if not part(nxt) or (nxt.ent_type_ and (nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B")):
            break
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
            end += 1  # the rest of the second part
    while (
        start > 0
        and end - start < 4
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and part(doc[start - 1])
    ):
        start -= 1
    return doc[start:end] if end - start <= 4 else ent


def _titled_name(ent: Span, titles: set[str], generic: set[str], particles: set[str]) -> Span | None:
    """The person's name in an organisation the tagger made of a title and a name ("Prosecutor
    General Igor Krasnov", "Brigadier-General X"), else None."""
    stripped = _strip_name(ent, titles)
    if stripped is None or not _personal(stripped, generic, particles, titles):
        return None
    if stripped.start == ent.start and not (ent.start and ent.doc[ent.start - 1].lower_ in titles):
        return None  # no title in it nor before it
    return stripped


def _body_then_name(
    ent: Span, titles: set[str], generic: set[str], particles: set[str]
) -> tuple[Span, Span] | None:
    """The body and the person in an organisation the tagger made of a body's name and the name of
    the man who heads or sits in it ("India's Border Security Force DK Pathak", "Haiti's Chamber of
    Deputies Arnel Belizaire"): two or three capitalised proper nouns (the first may be initials,
    "DK") after a word that ends bodies' names, else None."""
    ends = _organisation_words() | generic | _BODY_ENDS
    for k in range(len(ent) - 2, max(len(ent) - 4, 1) - 1, -1):
        name = ent[k:]
        if ent[k - 1].lower_ not in ends or not ent[k - 1].text[:1].isupper():
            continue
        words = name if not _INITIALS.fullmatch(name[0].text) else name[1:]
        if any(t.lower_ in _NO_NAME_WORDS for t in name):
            return None  # "the International Crisis Group Asia Program": a body's unit
        if words and _personal(words, generic, particles, titles, single=len(words) == 1):
            return ent[:k], name
    return None


def _named_after_owner(doc: Doc, gazetteer: Gazetteer, heads: frozenset[str]) -> list[Span]:
    """Bodies whose name opens with the name of a state or an international organisation that the
    tagger split off ("[China] Council for [the Promotion of International Trade]", "[U.N.] Commission
    on [the Limits of the Continental Shelf]", "[Congo] River Alliance"): the owner's name, as the
    data spells it, a compound of a capitalised head of bodies right after it that the tagger left
    untagged, and that head's "for"/"on"/"of" phrase of capitalised words. A head alone after the
    owner ("EU Commission", "Kenya Police") is no new body."""
    found = []
    for ent in doc.ents:
        actor_id, _, how = ent.ent_id_.partition("|")
        rec = gazetteer.get(actor_id) if actor_id else None
        if rec is None or how not in {"", "gazetteer"} or rec.type not in {"country", "igo"}:
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < 3 and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        if end == ent.end or doc[end - 1].lower_ not in heads or ent.root.head.i != end - 1:
            continue
        if ent.root.dep_ != "compound":
            continue
        close = end
        while (
            close + 1 < len(doc) and doc[close].lower_ in {"for", "on", "of"} and not doc[close + 1].ent_id_
        ):
            k = close + 1 + (doc[close + 1].lower_ == "the")
            words = k
            while (
                words < len(doc)
                and not doc[words].ent_id_
                and (
                    doc[words].is_title
                    or (doc[words].lower_ == "and" and words + 1 < len(doc) and doc[words + 1].is_title)
                )
            ):
                words += 1
            if words == k or doc[words - 1].lower_ == "and":
                break
            close = words
        if close == end and end - ent.end < 2:
            continue  # "the EU Commission", "Kenya Police": the owner's organ the data or the tagger reads
        start = ent.start + (doc[ent.start].lower_ == "the")
        found.append(doc[start:close])
    return found


def _stray(token: Token) -> bool:
    """No entity, or one the data does not know that the tagger took for no person: a place, a body,
    a product ("[Kailash] Raj Pokharel" GPE, "[Olusegun Adeyemi Bakare]" ORG, "Randhir [Jaiswal]"
    PRODUCT)."""
    return not token.ent_type_ or (token.ent_type_ != "PERSON" and not token.ent_id_)


def _untagged_titled_names(
    doc: Doc, titles: set[str], generic: set[str], particles: set[str], chrome: list[tuple[int, int]]
) -> list[Span]:
    """Names right after a title that the tagger left untagged or labelled in part as no person
    ("foreign ministry spokesperson Randhir [Jaiswal]" PRODUCT, "Lieutenant Colonel [Brijesh Panday]"):
    two to four capitalised proper nouns, the first untagged, none a title or a word of an
    organisation's name, ending where the noun phrase and any entity in it do."""
    found = []
    i = 1
    while i < len(doc):
        if doc[i - 1].lower_ not in titles or doc[i].ent_type_ or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and _stray(doc[end]):
            if doc[end].lower_ in titles:
                break
            end += 1
        span = doc[i:end]
        if (
            end > i
            and (end == len(doc) or (doc[end].pos_ != "PROPN" and doc[end].ent_iob_ != "I"))
            and _personal(span, generic, particles, titles)
            and not in_ranges(span.start_char, span.end_char, chrome)
        ):
            found.append(span)
        i = max(end, i + 1)
    return found


def _untagged_apposed_names(
    doc: Doc, titles: set[str], generic: set[str], particles: set[str], chrome: list[tuple[int, int]]
) -> list[Span]:
    """Names the tagger left untagged on either side of an office of a state in apposition
    ("[Kailash Raj Pokharel], Ambassador of Nepal to ...", "President of the Republic of Guinea-Bissau,
    [Umaro Sissoco Embalo]"): two to four capitalised proper nouns, none a title, after a comma that
    follows a capitalised title with its "of" phrase (no comma between), or before a comma and a title
    (capitalised or lower-case: "X Y, director of the Z bureau of ...") the parser hangs on the name as
    an apposition."""
    found = []
    i = 0
    untagged = _stray
    while i < len(doc):
        if not untagged(doc[i]) or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 5 and doc[end].pos_ == "PROPN" and untagged(doc[end]):
            if doc[end].lower_ in titles:
                break
            end += 1
        span = doc[i:end]
        before = doc[max(i - 10, 0) : i - 1] if i > 1 and doc[i - 1].text == "," else None
        after = (
            end + 1 < len(doc)
            and doc[end].text == ","
            and (doc[end + 1].is_title or doc[end + 1].is_lower)
            and doc[end + 1].lower_ in titles
            and doc[end + 1].dep_ == "appos"
            and doc[end + 1].head.i == end - 1
        )
        titled = before is not None and any(
            t.is_title and t.lower_ in titles and t.nbor().lower_ == "of" and "," not in doc[t.i : i - 1].text
            for t in before
        )
        entities = {t.ent_iob_ for t in span if t.ent_type_}
        if (
            1 < end - i <= 4
            and (not entities or (doc[i].ent_iob_ != "I" and (end == len(doc) or doc[end].ent_iob_ != "I")))
            and (i == 0 or doc[i - 1].pos_ != "PROPN" or doc[i - 1].text == ",")
            and (end == len(doc) or doc[end].pos_ != "PROPN")
            and (after or titled)
            and _personal(span, generic, particles, titles)
            and not in_ranges(span.start_char, span.end_char, chrome)
        ):
            found.append(span)
        i = max(end, i + 1)
    return found


def family_name(name: str) -> str:
    """The lower-cased family name: "Haider al-Abadi’s" -> "abadi", "Lai Ching-te" -> "lai".

    A last word hyphenated before a lower-case syllable is a given name ("Ching-te", "Jae-in",
    "Ki-moon"): such names put the family name first.

    >>> family_name("Haider al-Abadi’s"), family_name("Moon Jae-in"), family_name("Scholz")
    ('abadi', 'moon', 'scholz')
    """
    for pos in _POSSESSIVE:
        if name.endswith(pos):
            name = name[: -len(pos)]
            break
    words = name.split()
    if not words:
        return ""
    if len(words) > 1 and _GIVEN_SYLLABLES.fullmatch(words[-1]):
        return words[0].lower()
    parts = re.split(r"[\-‐–]+", words[-1])
    return parts[-1].lower()


def given_names(name: str) -> list[str]:
    """The given names of a full name, lower-cased, without dots and name particles: "Hector Paul
    Joseph" -> ["hector", "paul"], "Moon Jae-in" -> ["jae-in"], "George W. Bush" -> ["george", "w"].

    >>> given_names("Hector Paul Joseph"), given_names("Moon Jae-in"), given_names("Scholz")
    (['hector', 'paul'], ['jae-in'], [])
    """
    words = [w.strip(".").lower() for w in name.split()]
    family_first = len(words) > 1 and _GIVEN_SYLLABLES.fullmatch(name.split()[-1])
    words = words[1:] if family_first else words[:-1]
    particles = set(read_grammar()["name_particles"])
    return [w for w in words if w and w not in particles]


def _same_person(one: list[str], other: list[str]) -> bool:
    """Whether two names of one family name may be one person by their given names: one's are among
    the other's ("George Bush", "George W. Bush"; "Abdel Bari", "Naser Eldin Abdel Bari") or the
    first begins alike (a spelling, "Sergei", "Sergey"; an initial)."""
    return (
        not one or not other or set(one) <= set(other) or set(other) <= set(one) or one[0][:1] == other[0][:1]
    )


def _namesakes(doc: Doc, names: list[tuple[int, int, str, bool]]) -> dict[int, str]:
    """Namesakes: people of one family name whose given names differ ("Arnel Joseph", "Hector Paul
    Joseph") are two people. ``names`` are (start, end, text, with an office) of the names found.
    Returns, for the first token of each name and for each bare family name of such a family name, a
    suffix that tells the namesakes apart ("" for the one named first, "#1", ...). A bare family name
    names the one of them with an office, if only one has ("President Joe Biden pardoned his son
    Hunter Biden. Biden said ..."), else the one named last before it, else the one named next."""
    named: dict[str, list[tuple[int, int, list[str], bool]]] = {}
    for start, end, text, office in sorted(names):
        given = given_names(text)
        if given:
            named.setdefault(family_name(text), []).append((start, end, given, office))
    tags: dict[int, str] = {}
    for key, found in named.items():
        clusters: list[list[list[str]]] = []
        which: dict[int, int] = {}
        inside: set[int] = set()
        officials: set[int] = set()
        for start, end, given, office in found:
            k = next((k for k, c in enumerate(clusters) if all(_same_person(given, g) for g in c)), None)
            if k is None:
                k = len(clusters)
                clusters.append([])
            clusters[k].append(given)
            which[start] = k
            inside.update(range(start, end))
            if office:
                officials.add(k)
        if len(clusters) < 2:
            continue
        last_named: int | None = None
        for token in doc:
            if token.i in which:
                last_named = which[token.i]
            elif token.i in inside or family_name(token.text) != key or not token.text[:1].isupper():
                continue
            else:
                k = (
                    next(iter(officials))
                    if len(officials) == 1
                    else last_named
                    if last_named is not None
                    else next(which[s] for s in sorted(which) if s > token.i)
                )
                tags[token.i] = f"#{k}" if k else ""
        tags.update({s: f"#{k}" for s, k in which.items() if k})
    return tags


def _first_name_word(name: str) -> str | None:
    """The first word of a name of two words or more, the family name of "Kim Jong Un" and "Li
    Qiang": the story's own full name is whom a bare "Kim" or "Li" means."""
    words = name.split()
    return words[0].lower() if len(words) > 1 and words[0][:1].isupper() else None


def _looks_like_person_name(text: str, particles: set[str]) -> bool:
    """One to six capitalised words, name particles ("al", "bin", "van") allowed in lower case, and a
    given name's syllables joined by a hyphen ("Kim Yong-nam", "Lin Chia-hao")."""
    words = text.replace("-", " ").split()
    return 1 <= len(words) <= 6 and all(
        _GIVEN_SYLLABLES.fullmatch(word)
        or all(w[:1].isupper() or w.lower() in particles for w in word.replace("-", " ").split())
        for word in text.split()
    )


def _lone_name(token: Token) -> bool:
    """Whether ``token`` is a capitalised name of one word, no part of a longer name, a date or a
    place ("Modi", "Guterres" the tagger took for a plural noun; not "Modi Nagar", "May 5", "in Santos")."""
    doc = token.doc
    if not (token.text[:1].isupper() and token.text[1:].islower()) or token.ent_type_ not in _NAME_LABELS:
        return False
    if token.pos_ != "PROPN" and not (token.ent_type_ and token.ent_iob_ == "B"):
        return False
    if token.ent_type_ == "GPE" and token.head.lower_ in _AT_PLACE:
        return False  # "fans in Santos", "moved to Austin": a place, whatever a leader is called
    if token.ent_type_ and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        # "[Kiir and Machar] signed": the tagger's one entity for a list of names; the name before the
        # "and" stands alone (not "Johnson and Johnson", a firm named after one name twice)
        listed = (
            doc[token.i + 1].lower_ == "and"
            and token.i + 2 < len(doc)
            and doc[token.i + 2].pos_ == "PROPN"
            and doc[token.i + 2].lower_ != token.lower_
        )
        if not listed:
            return False
    return not any(
        0 <= i < len(doc)
        and doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
        and not _title_suffix(doc[i])  # "President-Elect Biden": the title's word
        for i in (token.i - 1, token.i + 1)
    )


def _document_name(ent: Span, rule: dict[str, list[str]]) -> bool:
    """Whether ``ent`` names a document, a programme or a day: its head, the last word before its first
    preposition, else its last, is one of ``rule["words"]`` ("the Black Sea Grain Initiative", "the
    General Agreement on Tariffs and Trade", "their MOU", "International Women's Day")."""
    words = [t.lower_ for t in ent]
    cut = next((k for k, w in enumerate(words) if k and w in rule["prepositions"]), len(words))
    return words[cut - 1] in rule["words"]


def resolve_actors(doc: Doc, gazetteer: Gazetteer) -> DocActors:
    """Resolve every actor mention of ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed with actorgraph's pipeline (gazetteer entity ruler before ``ner``).
    gazetteer : Gazetteer
        The loaded actor data (same as the ruler's).

    Returns
    -------
    DocActors
    """
    grammar = read_grammar()
    titles = set(grammar["titles"])
    chrome = chrome_ranges(doc)
    out = DocActors(doc, {}, [], {}, [], chrome, gazetteer)

    def add(span: Span, actor_id: str, how: str, name: str, typ: str, country: str | None) -> None:
        draft = out.actors.get(actor_id)
        if draft is None:
            rec = gazetteer.get(actor_id)
            draft = ActorDraft(
                id=actor_id,
                name=_spelled(rec.name, span.text) if rec else name,
                type=rec.type if rec else typ,
                country=(rec.country if rec else country),
                office=rec.office if rec else None,
                gazetteer=rec is not None,
            )
            out.actors[actor_id] = draft
        out.add_mention(span, actor_id, how)

    generic = set(grammar["generic_org_words"])
    office_words = titles | set(grammar["office_nouns"])
    event_heads = set(grammar["event_name_heads"])
    document_heads = grammar["document_name_heads"]
    vessels = grammar["vessel_names"]
    vessel_nouns, hulls = set(vessels["nouns"]), set(vessels["hull_prefixes"])
    media_words = set(grammar["media_words"])
    particles = set(grammar["name_particles"])
    person_spans: list[Span] = []
    others: list[Span] = []
    qualifiers = set(grammar["qualifier_suffixes"])
    merged_to = 0
    owned_names = _named_after_owner(doc, gazetteer, frozenset(grammar["institution_heads"]) | _BODY_HEADS)
    for ent in doc.ents:
        if in_ranges(ent.start_char, ent.end_char, chrome) or ent.text[:1] == "@":
            continue  # a handle names whom it spells (below), never a body of that name
        if any(ent.start < b.end and b.start < ent.end for b in owned_names):
            continue  # "[China] Council for [the Promotion of ...]": one body's name, read below
        follows = doc[ent.end : ent.end + 2]
        if len(follows) == 2 and follows[0].text in {"-", "‐"} and follows[1].lower_ in qualifiers:
            continue  # "Bosnia-style war", "Russian-made rockets": a description, not the actor
        if _vessel_name(ent, vessel_nouns, hulls, gazetteer):
            continue  # "the US destroyer [Arleigh Burke]", "[BRP Sierra Madre]": a ship, no one
        if ent.ent_id_:
            actor_id, _, how = ent.ent_id_.partition("|")
            # a state's capital or one-word name: a given name only right after a title
            rec = gazetteer.get(actor_id)
            of_state = how == "metonym" or (
                how in {"", "gazetteer"} and rec is not None and rec.type == "country"
            )
            named = (
                _given_name_place(ent, office_words | generic, titles, of_state=of_state)
                if how == "place" or of_state
                else None
            )
            if named is not None:
                if len(named) > len(ent):  # "Nasser Kan'ani ... Kan'ani added": a name, no place
                    person_spans.append(named)
                continue  # "Foreign Minister [Santiago] Cafiero": a given name, no capital
            if how == "place":
                if actor_id:  # a region of several states ("Latin America") locates in none
                    out.places.update(dict.fromkeys(range(ent.start, ent.end), actor_id))
                continue
            rec = gazetteer.get(actor_id)
            if rec is not None:
                add(ent, actor_id, how or "gazetteer", rec.name, rec.type, rec.country)
                continue
        if ent.label_ == "PERSON":
            if ent.start < merged_to:
                continue  # the end of a name the tagger cut in two, joined to its first part below
            whole = _whole_name(ent, office_words, generic, particles)
            merged_to = whole.end
            stripped = _strip_name(whole, titles)
            if stripped is not None and all(t.lower_ in office_words for t in stripped):
                continue  # "current Chairperson of the African Union": an office the tagger took for a name
            if stripped is not None and len(stripped) == 1 and stripped[0].lower_ in event_heads:
                continue  # "attended the Luncheon hosted by X": an event the tagger took for a name
            if stripped is not None and all(t.lower_ in particles for t in stripped):
                continue  # "said [von der] Leyen": the particles of a name, no one's name
            if stripped is not None and _looks_like_person_name(stripped.text, particles):
                person_spans.append(stripped)
        elif ent.label_ == "ORG" and (parts := _body_then_name(ent, titles, generic, particles)):
            others.append(parts[0])  # "India's [Border Security Force] [DK Pathak]": the body, then its man
            person_spans.append(parts[1])
        elif ent.label_ == "ORG" and (named := _titled_name(ent, office_words, generic, particles)):
            person_spans.append(named)  # "Prosecutor General Igor Krasnov", "spokesman [X Y]" as ORG
        elif ent.label_ in {"ORG", "NORP"}:
            others.append(ent)
    apposed = _untagged_titled_names(doc, office_words, generic, particles, chrome)
    apposed += _untagged_apposed_names(doc, office_words, generic, particles, chrome)
    person_spans += apposed
    others = [e for e in others if not any(e.start < a.end and a.start < e.end for a in apposed)]

    # People: cluster by surname inside the document; the longest name is canonical. Names the
    # gazetteer matched come first ("Ali Shamkhani"), so "Shamkhani" alone joins them. Namesakes whose
    # given names differ ("Arnel Joseph", "Hector Paul Joseph") are told apart by a suffix of the key.
    people = [m for m in out.mentions if out.actors[m.actor_id].type == "person"]
    generic_offices = {o.lower() for o in grammar["generic_person_offices"]}

    def with_office(start: int, actor_id: str | None = None) -> bool:
        """A title right before the name ("Senator X"), or a leader's office in the data."""
        rec = gazetteer.get(actor_id) if actor_id else None
        return _title_before(doc, start, titles) or bool(
            rec and rec.office and rec.office.lower() not in generic_offices
        )

    namesake = _namesakes(
        doc,
        [(m.start, m.end, m.text, with_office(m.start, m.actor_id)) for m in people]
        + [(s.start, s.end, s.text, with_office(s.start)) for s in person_spans],
    )

    def key_of(name: str, start: int) -> str:
        return family_name(name) + namesake.get(start, "")

    surname_ids: dict[str, str] = {}
    full_names: dict[str, str] = {}  # surname (lower) -> longest full name
    first_words: dict[str, tuple[str, str]] = {}  # first word of a full name -> (id, full name)
    shared_first: set[str] = set()  # first words of several people's names ("Mohamed"): no one's

    def first_word_of(first: str, person: str, name: str) -> None:
        if first_words.setdefault(first, (person, name))[0] != person:
            shared_first.add(first)

    for mention in people:
        draft = out.actors[mention.actor_id]
        for name in (mention.text, draft.name):
            key = family_name(name)
            if key == family_name(mention.text):
                key = key_of(name, mention.start)
            surname_ids.setdefault(key, mention.actor_id)
            if len(name) > len(full_names.get(key, "")):
                full_names[key] = draft.name
            first = _first_name_word(name)
            if first is not None:
                first_word_of(first, mention.actor_id, draft.name)
    for span in person_spans:
        key = key_of(span.text, span.start)
        if key not in surname_ids and len(span.text) > len(full_names.get(key, "")):
            full_names[key] = span.text

    named_states = {m.actor_id for m in out.mentions if out.actors[m.actor_id].type == "country"}
    with_article = {t.lower_ for t in doc if t.i and doc[t.i - 1].lower_ == "the"}

    def known_by_surname(person: str, titled: bool, *, story: bool = True) -> bool:
        """Whether a bare surname may name the gazetteer's ``person``: a leader whose office the data
        states, anyone the text gives a title ("Foreign Minister Baird"), or one of the thousands of
        past officials the data lists as "Government official" whose state the story names ("Yeltsin
        said Russia ..."), unless the word is a place or a people the story writes with "the" ("the
        Sahel"); not "Armstrong, a cocoa farmer" in a story of Ghana."""
        rec = gazetteer.actors[person]
        if titled or (rec.office is not None and rec.office.lower() not in generic_offices):
            return True
        return story and rec.country in named_states and family_name(rec.name) not in with_article

    def given_alone(name: str, titled: bool) -> bool:
        """ "Ahmed said ...", "Ibrahim, a driver": a common given name alone, with no title, is
        someone so called, not the leader of that family name (Abiy Ahmed, Anwar Ibrahim)."""
        return not titled and len(name.split()) == 1 and gazetteer.is_given_name(family_name(name))

    def person_id(name: str, titled: bool) -> tuple[str, str]:
        form = gazetteer.lookup(name)
        if form is not None and gazetteer.actors[form.actor_id].type == "person":
            return form.actor_id, "gazetteer"
        known = gazetteer.surnames.get(family_name(name), set()) if not given_alone(name, titled) else set()
        if len(name.split()) == 1:
            named = [p for p in known if known_by_surname(p, titled)]
            if len(known) > 1:
                # several people of the name: one of a state the story names ("Mahama said" in a story
                # of Ghana; "Johnson and Johnson" names no British leader), its leader first
                named = [p for p in named if gazetteer.actors[p].country in named_states]
                leaders = [p for p in named if known_by_surname(p, titled, story=False)]
                named = leaders if len(named) > 1 and leaders else named
            if len(named) == 1:
                return named[0], "gazetteer"
        pid = "P_" + slug(name)
        if pid in gazetteer.actors:
            pid += "_NER"  # "Sahel" alone is not the gazetteer's Mustapha Sahel (P_SAHEL)
        return pid, "ner"

    def shared_country(name: str, titled: bool) -> str | None:
        """ "President Bush": most known leaders of that surname served one state, so the person is of it
        (leaders and titled names only: "Hayat added" is not of the state of two past officials)."""
        if len(name.split()) > 1 or given_alone(name, titled):
            return None
        known = {
            p
            for p in gazetteer.surnames.get(family_name(name), set())
            if known_by_surname(p, titled, story=False)
        }
        countries = Counter(gazetteer.actors[p].country for p in known)
        if not countries:
            return None
        country, n = countries.most_common(1)[0]
        return country if n * 2 > sum(countries.values()) else None

    for span in person_spans:
        key = key_of(span.text, span.start)
        if key in surname_ids:
            add(span, surname_ids[key], "coreference", full_names[key], "person", None)
            continue
        if len(span) == 1 and key in first_words and key not in shared_first:
            # "Kim" after "Kim Jong Un": the story's own full name wins over the gazetteer's others
            add(span, first_words[key][0], "coreference", first_words[key][1], "person", None)
            continue
        canonical = full_names[key]
        titled = _title_before(doc, span.start, titles)
        pid, how = person_id(canonical, titled)
        if canonical != span.text and how == "ner":
            how = "coreference"
        surname_ids.setdefault(key, pid)
        first = _first_name_word(canonical)
        if first is not None:
            first_word_of(first, pid, canonical)
        add(span, pid, how, canonical, "person", shared_country(canonical, titled) if how == "ner" else None)

    _handles(out, add)

    # Surnames the NER labelled ORG/NORP or missed ("Shamkhani" as NORP); a known leader's surname
    # alone ("Lavrov accused ...", "Guterres urged ...": ORG, a noun or nothing to the tagger) is that leader.
    for token in doc:
        if token.i in out.by_token or in_ranges(token.idx, token.idx + len(token), chrome):
            continue
        key = token.text.lower()
        if token.pos_ == "PROPN" and key + namesake.get(token.i, "") in surname_ids:
            key += namesake.get(token.i, "")
            add(doc[token.i : token.i + 1], surname_ids[key], "coreference", full_names[key], "person", None)
        elif _lone_name(token) and token.i not in out.places and not given_alone(token.text, False):
            leaders = [p for p in gazetteer.surnames.get(key, ()) if known_by_surname(p, False, story=False)]
            if len(leaders) == 1:
                name = gazetteer.actors[leaders[0]].name
                surname_ids[key], full_names[key] = leaders[0], name
                first_word_of(_first_name_word(name) or key, leaders[0], name)
                add(doc[token.i : token.i + 1], leaders[0], "gazetteer", name, "person", None)

    from actorgraph.actors.names import one_part_names, resolve_names  # they build on this module's records

    one_part_names(out, chrome)  # "Lula" after "Luiz Inacio Lula da Silva"

    # Organisations the NER found and the gazetteer does not know.
    # a name's ids as states' organs: "Defence Ministry" -> RUS_DEFENCE_MINISTRY
    owned: dict[str, set[str]] = {}
    for ent in others:
        if ent.label_ != "ORG" or any(i in out.by_token for i in range(ent.start, ent.end)):
            continue
        text = ent.text.strip()
        if "/" in text or (not any(c.islower() for c in text) and len(text) > 5) or len(text) < 2:
            continue
        if all(t.lower_ in titles or t.is_punct or t.is_stop for t in ent):
            continue
        if len(ent) == 1 and text.lower() in first_words and text.lower() not in shared_first:
            # "[his predecessor Fumio] Kishida": the given name of a person the story names
            person, name = first_words[text.lower()]
            add(ent, person, "coreference", name, "person", None)
            continue
        owner = out.by_token.get(ent.end)
        portfolio = ent.start > 0 and doc[ent.start - 1].lower_ in {"for", "of"}  # "Minister for [X of] Y"
        if (
            ent[-1].lower_ == "of"
            and owner is not None
            and out.actors[owner.actor_id].type == "country"
            and not portfolio
        ):
            ent = doc[ent.start : ent.end - 1]  # "[the Ministry of Health of] Ghana": the state's organ
        clean = _clean_org(ent, generic)
        if clean is None:
            continue
        ent, text = clean, clean.text
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ in event_heads and ent.root.head.i == after.i:
            continue  # "their Security Consultative Committee meeting": the meeting's name
        if ent[-1].lower_ in event_heads:
            # "President X's State Visit to Y", "the Raisina Dialogue": an event's name, no body; "the
            # Banquet hosted by X": the event itself
            continue
        if _document_name(ent, document_heads):
            continue  # "the Black Sea Grain Initiative", "the Agreement on Trade": no body
        typ = "media" if any(t.lower_ in media_words for t in ent) else "organization"
        # "Baghdad University Medical School": a state or capital right before the name places it;
        # "Russia's Defence Ministry", "the Ukrainian Defence Ministry": the state it is the organ of.
        before = out.by_token.get(ent.start - 1)
        home = before.actor_id if before and out.actors[before.actor_id].type == "country" else None
        home = home or _owner_state(ent, out)
        key = slug(text)
        if home is not None:
            # one state's organ is not another's: "Russia's Defence Ministry accused Ukraine, while
            # Ukraine's Defence Ministry accused Russia" names two organs
            actor_id = f"{home}_{key}"
            owned.setdefault(key, set()).add(actor_id)
        else:
            # "the Defence Ministry" after "Russia's Defence Ministry": that one, when it is one
            mine = owned.get(key, set())
            actor_id = next(iter(mine)) if len(mine) == 1 else "ORG_" + key
        add(ent, actor_id, "ner", text, typ, home)
    for body in owned_names:
        if in_ranges(body.start_char, body.end_char, chrome):
            continue
        rec = gazetteer.get(body.doc[body.start].ent_id_.partition("|")[0] or "")
        state = rec.id if rec is not None and rec.type == "country" else None
        key = slug(body.text)
        add(body, f"{state}_{key}" if state else "ORG_" + key, "ner", body.text, "organization", state)

    resolve_names(out)
    _bracketed_names(out)
    _interview_labels(out)
    _datelines(out)
    _described_places(out, set(grammar["place_nouns"]))
    _named_places(out, grammar)
    _places_elsewhere(out, set(grammar["place_nouns"]))
    _find_offices(out, gazetteer, titles, set(grammar["office_nouns"]))
    _office_states(out, titles | set(grammar["office_nouns"]))
    _memberships(out, set(grammar["member_words"]), set(grammar["membership_verbs"]))
    _stated_memberships(out, grammar["stated_membership"], set(grammar["member_words"]))
    from actorgraph.actors.bodies import introduced_bodies  # builds on this module's records

    introduced_bodies(out)  # "a militia called X", "the Lima Group": the body, before groups are read
    # Sectors (lazy imports: both modules build on this one): groups of people, then everyone's sector.
    from actorgraph.actors.groups import find_groups, join_named_organs, owned_organs, story_officials
    from actorgraph.actors.sectors import assign_sectors

    find_groups(out)
    assign_sectors(out, gazetteer)
    owned_organs(out)  # "the junta's Ministry of Foreign Affairs": the junta's state
    join_named_organs(out)
    story_officials(out)
    _named_as_written(out)
    from actorgraph.actors.roles import office_holders  # builds on this module's records

    office_holders(out)  # "the Italian premier": the prime minister the story names
    return out


def _handles(out: DocActors, add: Callable[[Span, str, str, str, str, str | None], None]) -> None:
    """ "I congratulate @JoeBiden", "(@jensstoltenberg)": a social-media handle names the person whose
    full name it spells without spaces (:func:`handle_key`), one the story names first, else the one
    person of the data (``Gazetteer.by_handle``)."""
    doc = out.doc
    story: dict[str, str | None] = {}
    for draft in out.actors.values():
        if draft.type == "person" and len(draft.name.split()) > 1:
            key = handle_key(draft.name)
            story[key] = draft.id if story.get(key, draft.id) == draft.id else None
    for token in doc:
        if token.text[:1] != "@" or len(token.text) < 3 or token.i in out.by_token:
            continue
        if in_ranges(token.idx, token.idx + len(token), out.chrome):
            continue
        person = story.get(handle_key(token.text))
        how = "coreference"
        if person is None:
            person, how = out.gazetteer.by_handle(token.text), "gazetteer"
        if person is not None:
            name = out.actors[person].name if person in out.actors else out.gazetteer.actors[person].name
            add(doc[token.i : token.i + 1], person, how, name, "person", None)


def _named_as_written(out: DocActors) -> None:
    """A person or an organisation the data knows is named as the article writes the full name, where
    that is one of the data's spellings of it ("Kim Jong-un", "Tsakhia Elbegdorj", "Lindiwe Sisulu" for
    the data's "Kim Jong Un", "Tsakhiagiyn Elbegdorj", "Lindiwe Nonceba Sisulu"; "AU Peace and Security
    Council" for "African Union Peace and Security Council"; an organisation's only capitalised, with
    the data's last word, neither holding the data's name nor cut to two words): the longest such
    mention, the first of equals. One node per actor still: the id is the data's."""
    written: dict[str, str] = {}
    for m in sorted(out.mentions, key=lambda m: m.start):
        draft = out.actors.get(m.actor_id)
        if (
            draft is None
            or draft.type not in _WRITTEN_TYPES
            or not draft.gazetteer
            or len(m.text.split()) < 2
        ):
            continue
        last = out.doc[m.end - 1]
        if not last.whitespace_ and m.end < len(out.doc) and out.doc[m.end].text in {"-", "‐", "‑", "–"}:
            continue  # "Bilawal Bhutto[-Zardari]": the name goes on past the data's form
        text = " ".join(m.text.split())
        if text.split()[0].lower() == "the":
            text = text.split(" ", 1)[1]  # "the African Union": its name is "African Union"
        bare = without_accents(text)
        form = out.gazetteer.lookup(text) or out.gazetteer.lookup(bare)
        if form is None or form.actor_id != draft.id:
            continue
        if draft.type != "person" and (
            text.split()[-1].lower() != draft.name.split()[-1].lower()
            or any(w[:1].islower() and w not in _NAME_FUNCTION_WORDS for w in text.split())
            or draft.name.lower() in text.lower()
            or (len(text) < len(draft.name) and len(text.split()) < 3)
        ):
            # "AU Commission" for the African Union, "the Chinese coast guard": no spelling; "U.S.
            # State Department", "the Security Council": the data's name with an owner or without one
            continue
        if len(text.split()) > len(written.get(draft.id, "").split()):
            written[draft.id] = text
    for actor_id, text in written.items():
        out.actors[actor_id].name = text


def _vessel_name(ent: Span, nouns: set[str], hulls: set[str], gazetteer: Gazetteer) -> bool:
    """Whether ``ent`` names a vessel: right after a word or phrase of ships ("the US destroyer X",
    "the aircraft carrier X"), or opening with or right after a hull prefix ("BRP X", "HMS [X]");
    never a state or an international organisation the data knows."""
    actor_id = ent.ent_id_.partition("|")[0]
    rec = gazetteer.get(actor_id) if actor_id else None
    if rec is not None and rec.type in {"country", "igo"}:
        return False
    doc = ent.doc
    if ent[0].text in hulls or (ent.start > 0 and doc[ent.start - 1].text in hulls):
        return True
    for noun in nouns:  # a word or a phrase ("aircraft carrier": not "the national carrier X")
        words = noun.split()
        start = ent.start - len(words)
        if (
            start >= 0
            and doc[ent.start - 1].pos_ == "NOUN"
            and [t.lower_ for t in doc[start : ent.start]] == words
        ):
            return True
    return False


def _given_name_place(ent: Span, nouns: set[str], titles: set[str], *, of_state: bool = False) -> Span | None:
    """ "Nasser Kan'ani strongly condemned ... Kan'ani added": a place of one word the parser hangs on a
    capitalised word no entity holds, which the article uses alone as a name elsewhere, is the given
    name of that person; the two words are the name (not "Gaza City", "Kabul University": no word of
    offices or organisations, and the second word recurs alone). Right after a capitalised title
    ("Foreign Minister [Almaty] Nurlanov") the two words are a name without recurring, and the second
    may be a one-word entity the tagger alone took for no person ("Trade Minister [Adelaide]
    [Kerrigan]" GPE). A state's capital or one-word name (``of_state``) is a given name only right
    after such a title ("Foreign Minister [Santiago] Cafiero", "Senator [Jordan] X"); where the tagger
    found the surname a person of its own, the word alone is returned: the given name of that person,
    no mention."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return None
    first, last = ent[0], doc[ent.end]
    titled = ent.start > 0 and doc[ent.start - 1].lower_ in titles and doc[ent.start - 1].text[:1].isupper()
    if of_state and not titled:
        return None
    if of_state and last.ent_type_ == "PERSON" and last.ent_iob_ == "B" and first.head.i == last.i:
        return ent  # "Deputy Minister [Paris] [Koutsoukos]": the person is the tagger's
    tagged = bool(last.ent_type_) and not (
        titled
        and last.ent_type_ != "PERSON"
        and not last.ent_id_
        and last.ent_iob_ == "B"
        and (ent.end + 1 == len(doc) or doc[ent.end + 1].ent_iob_ != "I")
    )
    if first.dep_ != "compound" or first.head.i != last.i or last.pos_ != "PROPN" or tagged:
        return None
    if (
        not last.text[:1].isupper()
        or last.lower_ in nouns
        or (ent.start and doc[ent.start - 1].pos_ == "PROPN" and not titled)
    ):
        return None
    if ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ == "PROPN":
        return None
    alone = titled or any(
        t.text == last.text
        and t.i != last.i
        and t.pos_ == "PROPN"
        and (t.i == 0 or doc[t.i - 1].text != first.text)
        for t in doc
    )
    return doc[ent.start : ent.end + 1] if alone else None


def _bracketed_names(out: DocActors) -> None:
    """ "the resistance front [Hezbollah]": an editor's bracket names the phrase before it."""
    doc = out.doc
    for m in list(out.mentions):
        if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "[" or doc[m.end].text != "]":
            continue
        head = doc[m.start - 2]
        if head.pos_ not in {"NOUN", "PROPN"} or head.i in out.by_token:
            continue
        start = min(t.i for t in head.subtree if t.i <= head.i and t.dep_ not in {"cc", "punct", "prep"})
        span = doc[start : head.i + 1]
        draft = out.actors[m.actor_id]
        draft.mentions += 1
        draft.aliases[span.text] = None
        draft.resolved_by["coreference"] = None
        mention = MentionSpan(span.start, span.end, m.actor_id, "coreference", span.text)
        out.mentions.append(mention)
        for i in range(span.start, span.end):
            out.by_token[i] = mention


def _interview_labels(out: DocActors) -> None:
    """ "VOA: Turkey's president visited Russia. What did Ankara get?": an outlet's name before a colon
    that opens a paragraph or a sentence labels the interviewer's question; the outlet takes no part
    in what the question tells."""
    doc = out.doc
    for m in list(out.mentions):
        if out.actors[m.actor_id].type != "media" or m.end >= len(doc) or doc[m.end].text != ":":
            continue
        if m.start == 0 or doc[m.start].is_sent_start or "\n" in doc[m.start - 1].text_with_ws:
            from actorgraph.actors.names import remove_mention  # names.py builds on this module

            remove_mention(out, m)


#: Dashes that close a wire service's dateline ("MANILA (AFP) - ..."), as the tokenizer splits them.
_DATELINE_DASHES = {"-", "--", "\u2013", "\u2014"}
#: Tokens a dateline may take before its credit: "ADDIS ABABA, Feb 3 (Reuters)".
_DATELINE_REACH = 12


def _datelines(out: DocActors) -> None:
    """ "KYIV, Ukraine (AP) — ...", "NAIROBI (Xinhua) — ...": a capitalised name in brackets followed
    by a dash, near the start of a line, credits the wire service that filed the story, and the
    place before it says where: neither is an actor in what the story tells (nor the outlet a member
    of the dateline's state)."""
    from actorgraph.actors.names import remove_mention  # names.py builds on this module

    doc = out.doc
    for close in doc:
        i = close.i
        if close.text != ")" or i + 1 >= len(doc) or doc[i + 1].text not in _DATELINE_DASHES:
            continue
        opening = next((k for k in range(i - 1, max(i - 4, -1), -1) if doc[k].text == "("), None)
        if opening is None or opening == i - 1 or not doc[opening + 1].text[:1].isupper():
            continue
        first = opening  # the line's first token
        while first > 0 and "\n" not in doc[first - 1].text_with_ws:
            first -= 1
        if opening - first > _DATELINE_REACH:
            continue
        for m in list(out.mentions):
            if first <= m.start and m.end <= i:
                remove_mention(out, m)


def _actors_in(tokens: list[Token], out: DocActors, exclude: str) -> list[str]:
    seen: list[str] = []
    for t in tokens:
        a = out.actor_at(t)
        if a and a != exclude and a not in seen:
            seen.append(a)
    return seen


def _actor_of_type(out: DocActors, token: Token, kind: str) -> str | None:
    """The actor mentioned at ``token`` if it is of type ``kind`` ("country", "igo")."""
    m = out.by_token.get(token.i)
    return m.actor_id if m is not None and out.actors[m.actor_id].type == kind else None


def _memberships(out: DocActors, member_words: set[str], verbs: set[str]) -> None:
    """States' memberships of IGOs as the text states them: "NATO member Turkey", "Hungary, an EU
    member", "the Quad consists of Japan, ...", "ASEAN, which includes Vietnam", "the AU's members
    include Kenya" (``member_words`` and ``membership_verbs`` in ``data/grammar.json``)."""
    doc = out.doc
    seen: set[tuple[str, str]] = set()

    def add(state: str, igo: str, where: Token, evidence: str) -> None:
        if (state, igo) not in seen:
            seen.add((state, igo))
            out.affiliations.append(Affiliation(state, igo, where.sent, evidence, True))

    for mention in list(out.mentions):
        if out.actors[mention.actor_id].type != "country":
            continue
        for tokens, _ in _descriptions(mention, out):
            igo = next((a for t in tokens if (a := _actor_of_type(out, t, "igo"))), None)
            if igo and any(t.lemma_.lower() in member_words for t in tokens):
                add(
                    mention.actor_id,
                    igo,
                    doc[mention.start],
                    f"{' '.join(t.text for t in tokens)} {mention.text}",
                )
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            named = [verb.head]  # "ASEAN, which includes ..."
        elif subject.lemma_.lower() in member_words:
            named = list(subject.subtree)  # "the AU's members include ..."
        else:
            named = [subject]  # "the Quad consists of ..."
        igo = next((a for t in named if (a := _actor_of_type(out, t, "igo"))), None)
        if igo is None:
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}] + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for o in objects:
            for member in (o, *o.conjuncts):
                state = _actor_of_type(out, member, "country")
                if state is not None:
                    add(state, igo, verb, doc[verb.i : verb.right_edge.i + 1].text)


def _stated_memberships(out: DocActors, rule: dict[str, list[str]], member_words: set[str]) -> None:
    """Memberships a clause or a noun of members states, beside ``_memberships``' descriptions of a
    state: "X is a founding member of Y", "A and B are members of Y", "X is the current chair of Y"
    (a verb of ``copulas``, not negated, modal or an infinitive: "is not a member", "hopes to become a
    member"), the one an "as" phrase describes ("As chair of the Forum, Tonga hosted ..."), and the states
    a noun of Y's members names by apposition or as examples: "five ASEAN countries, including A and
    B", "OPEC members such as A", "the largest AU member, A" (``stated_membership``
    in ``data/grammar.json``; not a partner's, observer's or outsider's noun, "ASEAN partners such as
    A", "non-EU countries like B": ``exclusions``, ``outside_prefixes``)."""
    doc = out.doc
    nouns = member_words | set(rule["group_nouns"])
    excluded = set(rule["exclusions"])
    prefixes = set(rule["outside_prefixes"])
    markers = set(rule["example_preps"])
    seen = {(a.source_id, a.target_id) for a in out.affiliations}

    def outside(token: Token) -> bool:
        """ "non-EU countries", "non-member states": a prefix that denies the membership itself (not
        "a non-permanent member", whose prefix denies a quality of it)."""
        if token.lower_ not in prefixes or token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
            return False
        denied = doc[token.i + 2]
        return denied.lemma_.lower() in nouns or _actor_of_type(out, denied, "igo") is not None

    def igo_of(noun: Token) -> str | None:
        """The organisation a noun of members belongs to: its modifier ("ASEAN countries", "the AU's
        members") or its "of" phrase ("members of APEC")."""
        lefts = [t for c in noun.lefts for t in c.subtree]
        if any(t.lemma_.lower() in excluded or outside(t) for t in lefts):
            return None
        names = [c for c in noun.children if c.dep_ in {"compound", "nmod", "poss"} and c.i < noun.i]
        names += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return next((a for n in names for t in n.subtree if (a := _actor_of_type(out, t, "igo"))), None)

    def add(states: list[Token], igo: str, where: Token) -> None:
        for token in states:
            state = _actor_of_type(out, token, "country")
            if state is not None and (state, igo) not in seen:
                seen.add((state, igo))
                evidence = doc[where.left_edge.i : where.right_edge.i + 1].text
                out.affiliations.append(Affiliation(state, igo, where.sent, evidence, True))

    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in rule["copulas"] and token.pos_ in {"AUX", "VERB"}:
            unstated = set(rule["unstated_aux"])
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in unstated) for c in token.children):
                continue  # "Ukraine is not a member of NATO", "will be a member", "hopes to become a member"
            attr = next(
                (c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() in member_words), None
            )
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            igo = igo_of(attr) if attr is not None else None
            if igo is not None and subject is not None:
                add([subject, *subject.conjuncts], igo, token)
        elif lemma in nouns and token.pos_ == "NOUN":
            igo = igo_of(token)
            if igo is None:
                continue
            held = token.head if token.dep_ == "pobj" and token.head.lower_ == "as" else None
            if held is not None and lemma in member_words:
                # "As chair of the Forum, Tonga hosted ...", "Vietnam, as chair of ASEAN, pressed ...":
                # the one the "as" phrase describes, the subject of its verb or the name it hangs on
                verb = held.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                described = subject if subject is not None else verb.head if verb.pos_ == "VERB" else verb
                add([described, *described.conjuncts], igo, held)
                continue
            heads = [c for c in token.children if c.dep_ == "appos"]
            heads += [
                o
                for p in token.children
                if p.dep_ == "prep"
                and (p.lower_ in markers or (p.lower_ == "as" and doc[p.i - 1].lower_ == "such"))
                for o in p.children
                if o.dep_ == "pobj"
            ]
            add([m for h in heads for m in (h, *h.conjuncts)], igo, token)


def _described_places(out: DocActors, place_nouns: set[str]) -> None:
    """Names only the NER found that the article describes as places ("Mandera, a town near Kenya's
    border", "Tuapse, a port city in southern Russia"): no actors, but places of the state their
    description names, if any."""
    doc = out.doc
    for m in list(out.mentions):
        draft = out.actors[m.actor_id]
        if draft.gazetteer or draft.type not in {"person", "organization"}:
            continue
        head = doc[m.start : m.end].root
        appos = next((c for c in head.children if c.dep_ == "appos" and c.i >= m.end), None)
        if appos is None or appos.lemma_.lower() not in place_nouns:
            continue
        state = next(
            (
                k.actor_id
                for t in appos.subtree
                if (k := out.by_token.get(t.i)) is not None and out.actors[k.actor_id].type == "country"
            ),
            None,
        )
        out.mentions.remove(m)
        draft.mentions -= 1
        for i in range(m.start, m.end):
            del out.by_token[i]
            if state is not None:
                out.places[i] = state


def _named_places(out: DocActors, grammar: dict[str, Any]) -> None:
    """Names only the tagger made people or organisations that the article uses as places anywhere:
    ending in a place word ("Sabina Shoal"), qualifying one ("Luzira prison", "the Kutupalong and
    Balukhali camps", "the Croix des Bouquets civilian jail"), tagged a facility or location
    elsewhere, or described as one ("Hitsats, a camp in northern Tigray", "X, part of the Y refugee
    complex"). Every mention of that form is then no actor ("the Kuje attack" after "the Kuje
    prison"); a faction noun after a person ("the Gachagua camp") is a place only when plural or
    qualified ("the X refugee camp")."""
    doc = out.doc
    words = {*grammar["place_nouns"], *grammar["place_features"], *grammar["place_name_words"]}
    factions = set(grammar["faction_nouns"])

    def place_noun(token: Token, *, described: bool = False) -> bool:
        lemma = token.lemma_.lower()
        if lemma not in words or token.pos_ != "NOUN" or token.i in out.by_token:
            return False
        qualified = (
            described
            or token.tag_ == "NNS"
            or any(c.dep_ in {"amod", "compound"} and c.pos_ == "NOUN" for c in token.children)
        )
        return lemma not in factions or qualified

    def is_place(span: Span) -> bool:
        if span.label_ in {"FAC", "LOC"} or span[-1].lower_ in words:
            return True
        token = span.root
        for _ in range(4):  # "Croix" -> "Bouquets" -> "jail"; "Balukhali" -> "Kutupalong" -> "camps"
            if token.dep_ not in {"compound", "nmod", "conj"} or token.head is token:
                break
            token = token.head
            if token.pos_ != "PROPN":
                return place_noun(token)
        appos = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end), None)
        if appos is None and span.end < len(doc) and doc[span.end].text == ",":
            # the parser may hang the apposition on the preposition before the name
            appos = next((t for t in doc[span.end + 1 : span.end + 5] if t.dep_ == "appos"), None)
        if appos is None:
            return False
        if appos.lemma_.lower() == "part":  # "X, part of the Y refugee complex"
            return any(place_noun(g) for p in appos.children if p.lower_ == "of" for g in p.children)
        return place_noun(appos, described=True)

    named = {
        m.text.lower()
        for m in out.mentions
        if not (d := out.actors[m.actor_id]).gazetteer and d.type in {"person", "organization"}
    }
    spans = [e for e in doc.ents if e.text.lower() in named]
    spans += [doc[m.start : m.end] for m in out.mentions if m.text.lower() in named]
    places = {span.text.lower() for span in spans if is_place(span)}
    for m in list(out.mentions):
        draft = out.actors.get(m.actor_id)
        if draft is not None and not draft.gazetteer and m.text.lower() in places:
            from actorgraph.actors.names import remove_mention  # names.py builds on this module

            remove_mention(out, m)


def _places_elsewhere(out: DocActors, place_nouns: set[str]) -> None:
    """ "Tripoli, the north Lebanese port", "Valencia, a Venezuelan city", "Hyderabad, a city in southern
    Pakistan": a capital or a known place whose apposition places it in another state lies in that
    state; a capital of the same name is no metonym of its state here."""
    doc = out.doc

    def elsewhere(start: int, end: int, own: str) -> str | None:
        head = doc[start:end].root
        appos = next(
            (
                c
                for c in head.children
                if c.dep_ == "appos" and c.i >= end and c.lemma_.lower() in place_nouns
            ),
            None,
        )
        if appos is None:
            return None
        return next(
            (
                k.actor_id
                for t in appos.subtree
                if (k := out.by_token.get(t.i)) is not None
                and out.actors[k.actor_id].type == "country"
                and k.actor_id != own
            ),
            None,
        )

    for m in list(out.mentions):
        if m.resolved_by != "metonym" or out.actors[m.actor_id].type != "country":
            continue
        state = elsewhere(m.start, m.end, m.actor_id)
        if state is not None:
            from actorgraph.actors.names import remove_mention  # names.py builds on this module

            remove_mention(out, m)
            out.places.update(dict.fromkeys(range(m.start, m.end), state))
    runs: dict[int, int] = {}  # token -> the first token of its place's name
    for i in sorted(out.places):
        same = out.places.get(i - 1) == out.places[i]
        runs[i] = runs[i - 1] if same and i - 1 in runs else i
    for i, start in runs.items():
        if runs.get(i + 1) == start:
            continue  # not the last token of the place's name
        state = elsewhere(start, i + 1, out.places[i])
        if state is not None:
            out.places.update(dict.fromkeys(range(start, i + 1), state))


def _spelled(name: str, text: str) -> str:
    """``text`` where it is ``name`` with the accents the data leaves out ("Pedro Sánchez"), else ``name``.

    Examples
    --------
    >>> _spelled("Pedro Sanchez", "Pedro Sánchez"), _spelled("Pedro Sanchez", "Sánchez")
    ('Pedro Sánchez', 'Pedro Sanchez')
    """
    if text == name:
        return name
    bare = without_accents(text)
    return text if bare == name else name


def _descriptions(mention: MentionSpan, out: DocActors) -> list[tuple[list[Token], Token | None]]:
    """Token groups that describe the mentioned actor: left modifiers, and appositives."""
    doc = out.doc
    head = doc[mention.end - 1]
    inside = range(mention.start, mention.end)
    groups: list[tuple[list[Token], Token | None]] = []
    # "Russian President Vladimir Putin", "Iran's Supreme National Security Council secretary Ali Shamkhani";
    # the parser may hang the title on the given name ("Brazilian foreign ministry spokesperson [Camila]
    # Teixeira", "Vietnam's Deputy Defence Minister [Hoang] Xuan Chien")
    left = [
        t
        for part in doc[mention.start : mention.end]
        for c in part.lefts
        if c.i not in inside and c.dep_ in _NP_INTERNAL
        for t in c.subtree
        if t.i < mention.start
    ]
    left += [
        t
        for t in doc[mention.start : mention.end]
        if t.dep_ in {"amod", "poss"} and out.actor_at(t) != mention.actor_id
    ]
    # "President X of Albania", "King Abdullah of Jordan": a titled name "of" a state
    if any(t.lower_ in _title_words() for t in left):
        left += [
            t
            for c in head.rights
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and (a := out.actor_at(o)) and out.actors[a].type == "country"
            for t in c.subtree
        ]
    posting = _posting_before(mention, out)
    if posting is not None:
        # "Polish ambassador to Belarus Jan Kowalski": the parser hangs the state an envoy is posted to
        # on the name; the envoy's title, not that state, describes him
        office, posted = posting
        left = [t for t in left if t.i not in posted]
        groups.append((list(doc[office.left_edge.i : office.i + 1]), office))
    groups.append((sorted(left, key=lambda t: t.i), None))
    # "Ali Shamkhani, the secretary of Iran's Supreme National Security Council"
    for c in head.children:
        if c.dep_ == "appos" and c.i not in inside:
            groups.append((list(c.subtree), c))
    # "X, who is Senegal's ambassador", "X, who serves as ...", "X, who leads the Ukrainian delegation"
    clauses = read_grammar()["office_clauses"]
    for clause in head.children:
        if clause.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children
        ):
            continue
        verb = clause.lemma_.lower()
        for c in clause.children:
            if verb in clauses["copulas"] and c.dep_ == "attr":
                groups.append((list(c.subtree), c))
            elif verb in clauses["serving"] and c.dep_ == "prep" and c.lower_ == "as":
                groups.extend((list(o.subtree), o) for o in c.children if o.dep_ == "pobj")
            elif verb in clauses["heading"] and c.dep_ == "dobj":
                if any(t.dep_ == "poss" and out.actor_at(t) is None for t in c.subtree):
                    continue  # "headed the agency's mission in Nigeria": the agency's, not Nigeria's
                groups.append(([clause, *c.subtree], None))  # "heads X": the verb is the office
    # "Khamenei's foreign policy adviser, Ali Akbar Velayati": the name is the appositive; "two Kenyan
    # ministers, A and B", "three U.S. senators — A, B and C —": so is the list the name ends.
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "appos" and first.head.i not in inside:
        # "the presidents of A and B as well as the leader of X, NAME": the leader, not the presidents
        title = _office_of_object(_apposed_to(first))
        groups.append(([t for t in title.subtree if t.i < first.left_edge.i], title))
    # "released by Syria's national news agency SANA" parsed as two phrases: a title noun phrase that
    # ends right before the name, and is not already linked to it, still describes it.
    if mention.start > 0 and not groups[-1][0]:
        title = doc[mention.start - 1]
        if (
            title.pos_ == "NOUN"
            and title.is_lower
            and title.right_edge.i == title.i
            and title.head.i not in inside
            and not any(t.i in inside for t in title.children)
        ):
            groups.append(([t for t in title.subtree if t.i < mention.start], title))
    return groups


def _posting_before(mention: MentionSpan, out: DocActors) -> tuple[Token, range] | None:
    """The title and the tokens of the state right before a name in "TITLE to STATE NAME" ("ambassador
    to Iran Henrik Madsen"): the state the title is posted to, which is not the person's."""
    doc = out.doc
    state = out.by_token.get(mention.start - 1) if mention.start else None
    if state is None or state.end != mention.start or out.actors[state.actor_id].type != "country":
        return None
    if state.start < 2 or doc[state.start - 1].lower_ != "to":
        return None
    office = doc[state.start - 2]
    if office.lemma_.lower() not in _title_or_office_words():
        return None
    return office, range(state.start, state.end)


@cache
def _title_or_office_words() -> frozenset[str]:
    grammar = read_grammar()
    return frozenset(grammar["titles"]) | frozenset(grammar["office_nouns"])


def _office_of_object(noun: Token) -> Token:
    """The office whose prepositional object ``noun`` is, else ``noun``: the parser hangs a name in
    apposition on the last noun of its title ("the envoy for Sudan, X", "a spokesman for Nigeria's
    army, X"), and the whole title describes the name.

    Examples
    --------
    >>> from actorgraph.nlp import load_pipeline
    >>> doc = load_pipeline()("A spokesman for Nigeria's army, Tunde Bakare, said troops freed them.")
    >>> _office_of_object(doc[5]).text, _office_of_object(doc[1]).text
    ('spokesman', 'spokesman')
    """
    grammar = read_grammar()
    offices = set(grammar["office_nouns"]) | set(grammar["titles"])
    node = noun
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            break
        if prep.head.lemma_.lower() not in offices:
            break
        node = prep.head
    return node


def _office(tokens: list[Token], head: Token | None, out: DocActors, titles: set[str]) -> str | None:
    """The office a description states: "President", "national security adviser", "secretary of X"."""
    if head is None or out.actor_at(head) is not None:
        words = [t.text for t in tokens if t.lower_ in titles and out.actor_at(t) is None and t.pos_ != "DET"]
        return " ".join(words) or None
    allowed = {t.i for t in tokens} | {head.i}
    span = [
        t
        for t in out.doc[head.left_edge.i : head.right_edge.i + 1]
        if t.i in allowed and (not t.is_punct or t.text == "-")
    ]
    # "Iraqi Prime Minister Haider al-Abadi's national security adviser": the office follows the patron.
    cut = [
        k
        for k, t in enumerate(span)
        if t.dep_ == "case"
        and out.actor_at(t.head) is not None
        and out.actors[out.actor_at(t.head) or ""].type == "person"
    ]
    if cut:
        span = span[cut[-1] + 1 :]
    while span and span[0].pos_ == "DET":
        span = span[1:]
    if not span or len(span) > 10:
        return head.text
    return out.doc[span[0].i : span[-1].i + 1].text


def _employers(tokens: list[Token]) -> list[Token]:
    """The description without its portfolio: "special representative for North Korea at the State
    Department", "ambassador to Russia", "expert on China" serve the state that sends them."""
    inside = {t.i for t in tokens}
    speakers = _speaking_offices()
    return [
        t
        for t in tokens
        if not any(
            a.i in inside
            and a.dep_ == "prep"
            and a.lower_ in _PORTFOLIO
            # "a spokesman for Nigeria's army": whom a spokesperson speaks for is the employer
            and not (a.lower_ == "for" and a.head.lemma_.lower() in speakers)
            for a in t.ancestors
        )
    ]


@cache
def _title_words() -> frozenset[str]:
    return frozenset(read_grammar()["titles"])


@cache
def _speaking_offices() -> frozenset[str]:
    return frozenset(read_grammar()["speaking_offices"]["nouns"])


def _find_offices(out: DocActors, gazetteer: Gazetteer, titles: set[str], office_nouns: set[str]) -> None:
    """Offices and states of people (and of media and organs) as the text states them.

    Every mention is read; a description naming a state (or a person of known state)
    wins over one naming only an organisation, and the first such statement is kept
    as the AFFILIATION evidence.
    """
    doc = out.doc
    best: dict[str, tuple[int, Affiliation]] = {}
    nationals: dict[str, str] = {}  # person -> the state a description without an office names
    state_owned = set(read_grammar()["state_ownership_words"])
    offices = titles | office_nouns
    for mention in out.mentions:
        draft = out.actors[mention.actor_id]
        if draft.type not in {"person", "media", "organization"}:
            continue
        described = _descriptions(mention, out)
        inside = range(mention.start, mention.end)
        words = [t for g, _ in described for t in g if t.i not in inside]
        if draft.type == "person":
            private = not _holds_office(words, out, office_nouns)
        else:
            # "X, a Kenyan charity": a nationality; "Iran's state-owned company": the state's
            private = not any(t.lower_ in state_owned or t.dep_ == "poss" for t in words)
        for tokens, office_head in described:
            tokens = [t for t in tokens if not mention.start <= t.i < mention.end]
            if draft.type == "person" and draft.organ is None:  # "IRGC commander X": lends its sector
                draft.organ = next(
                    (a for a in _actors_in(tokens, out, mention.actor_id) if out.actors[a].type in _ORGANS),
                    None,
                )
            target, rank = None, 0
            # "his counterpart, President X", "both A and his counterpart, X": of another state than A
            paired = any(t.lemma_.lower() in exchange_partners() for t in tokens)
            employers = [t for t in _employers(tokens) if not _other_side(t, draft, out, offices, paired)]
            for a in _actors_in(employers, out, mention.actor_id):
                other = out.actors[a]
                if private and other.type in {"country", "person"}:
                    # "Afghan writer X", "X, a Spanish correspondent for El Pais", "X, a Kenyan charity":
                    # a nationality
                    if other.type == "country" and mention.actor_id not in nationals:
                        nationals[mention.actor_id] = a
                        draft.role = doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1].text
                    continue
                if other.type == "country":
                    target, rank = a, 3
                elif other.type == "person" and other.country and draft.type == "person":
                    target, rank = other.country, 2
                elif other.type == "person" and draft.type == "person" and (igo := _patron_igo(a, out)):
                    target, rank = igo, 2  # "Guterres' spokesman, X": the organisation Guterres heads
                elif other.type == "armed_group" and draft.type == "person":
                    target, rank = a, 2  # "Hamas official X": the group's, not its state's
                elif other.type in {"organization", "igo"} and draft.type == "person":
                    state = other.country if not private else None  # a researcher is the institute's
                    target, rank = (state, 2) if state else (a, 1)
                if target:
                    break
            if target is None and draft.type == "person":
                # "X, a spokesman for al-Shabab": "for" a group is whom one serves, not a portfolio
                served = [t for p in tokens if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree]
                group = next(
                    (
                        a
                        for a in _actors_in(served, out, mention.actor_id)
                        if out.actors[a].type == "armed_group"
                    ),
                    None,
                )
                if group is not None:
                    target, rank = group, 2
            if target is None and draft.type == "person" and not private:
                # "Kandahar Governor X", "Basra police chief X", "X, president of Republika Srpska's
                # national assembly": the title of an office of a place
                place = next((p for t in _employers(tokens) if (p := out.place_at(t))), None)
                if not any(t.lower_ in titles for t in tokens) or any(
                    out.actors[a].type in _ORGANS | {"igo"} for a in _actors_in(tokens, out, mention.actor_id)
                ):
                    place = None  # "X, the Ghazni provincial head for the Red Cross": the society's
                if place is not None and out.ensure_actor(place):
                    target, rank = place, 2
            if target is None or target == mention.actor_id:
                continue
            if draft.type == "person" and not draft.office_from_text:
                office = _office(tokens, office_head, out, titles)
                if office:
                    draft.office, draft.office_from_text = office, True
            span = doc[
                min(t.i for t in [*tokens, doc[mention.start]]) : max(
                    t.i for t in [*tokens, doc[mention.end - 1]]
                )
                + 1
            ]
            affiliation = Affiliation(mention.actor_id, target, doc[mention.start].sent, span.text, True)
            if mention.actor_id not in best or rank > best[mention.actor_id][0]:
                best[mention.actor_id] = (rank, affiliation)
            break
        else:
            if draft.type == "person" and draft.office is None and not private:
                # "led by an army colonel, X": an office in apposition that names no state is still the
                # person's office (the story's state may hold it: groups.story_officials)
                draft.office = next(
                    (
                        office
                        for tokens, head in described
                        if head is not None
                        and head.lemma_.lower() in titles | office_nouns
                        # "president of Wan Guo Company": a name other than a state's or a place's is
                        # an employer ("a council member in Ghazni province" is not)
                        and all(t.pos_ != "PROPN" or _state_or_place(t, out) for t in tokens)
                        and (office := _office(tokens, head, out, titles))
                    ),
                    None,
                )
    for actor_id, (_, affiliation) in best.items():
        draft = out.actors[actor_id]
        known = out.actors.get(affiliation.target_id)
        if (known is not None and known.type == "country") or (
            known is None and (rec := gazetteer.get(affiliation.target_id)) and rec.type == "country"
        ):
            draft.country = affiliation.target_id
        out.affiliations.append(affiliation)
    for actor_id, state in nationals.items():
        if out.actors[actor_id].country is None:
            out.actors[actor_id].country = state
    # Gazetteer affiliations (a state's news agency, a group's parent) where the text gives none.
    for actor_id, draft in list(out.actors.items()):
        if actor_id in best:
            continue
        rec = gazetteer.get(actor_id)
        target = rec.affiliation if rec is not None and rec.affiliation else None
        if target is None and actor_id in nationals and (rec is None or rec.office is None):
            continue  # a nationality is no affiliation
        if target is None and draft.type in {"person", "media", "organization"}:
            target = draft.country
        if target is None and rec is not None and rec.type == "person" and rec.office:
            target = _office_igo(rec.office, gazetteer)  # "NATO Secretary General" Stoltenberg
            if target is not None and not out.ensure_actor(target):
                target = None
        if target and target != actor_id:
            first = next(m for m in out.mentions if m.actor_id == actor_id)
            out.affiliations.append(Affiliation(actor_id, target, doc[first.start].sent, first.text, False))


def _describes(office: Token, mention: MentionSpan, doc: Doc) -> bool:
    """Whether a plural office is the name's own description ("A and B, the foreign ministers of X and
    Y": in apposition to the name or its head), not a list item beside it ("the presidents of A and B
    as well as the envoy, NAME")."""
    if misplaced_apposition(office, doc[mention.start]):
        return False
    last = doc[mention.end - 1]
    return office.head.i in range(mention.start, mention.end) or office.i == last.head.i


def _apposed_to(name: Token) -> Token:
    """The noun an apposed ``name`` describes: its head, or the singular noun of the head's own list
    right before it where the parser hung it on a plural head (``misplaced_apposition``)."""
    head = name.head
    if not misplaced_apposition(head, name):
        return head
    return [t for t in head.subtree if head.i < t.i < name.i and t.dep_ == "conj" and t.tag_ == "NN"][-1]


def misplaced_apposition(head: Token, name: Token) -> bool:
    """Whether the parser hung a name on a plural head that a singular noun of its own list stands
    between: "the presidents of A and B as well as the leader of X, NAME" (the leader is NAME, not the
    presidents)."""
    if head.tag_ not in {"NNS", "NNPS"} or name.i < head.i:
        return False
    return any(t.dep_ == "conj" and t.tag_ == "NN" for t in head.subtree if head.i < t.i < name.i)


def _office_states(out: DocActors, offices: set[str]) -> None:
    """ "met with President of the Republic of Angola, Joao Lourenco", "X, Ambassador of Nepal to
    Australia, and Y signed": the state an office in apposition to a person's name is "of" says whose
    office it is (the person's affiliation, read by `_find_offices`), and is no mention of the state:
    the person is who acts and is met, not the state beside him or her (the state's draft stays, the
    affiliation's target); so is an international organisation a conjoined office is "of" ("... and
    current Chairperson of the African Union, X"). The parser may hang the name elsewhere ("paid a
    courtesy call on President of X, NAME": the name on "call"): a title phrase that ends right
    before ", NAME" is the name's all the same, and `DocActors.titled` records it for the relation
    stage."""
    from actorgraph.actors.names import remove_mention  # names.py builds on this module

    doc = out.doc
    for mention in list(out.mentions):
        draft = out.actors.get(mention.actor_id)
        if draft is None or draft.type != "person":
            continue
        found = [
            office
            for _, office in _descriptions(mention, out)
            if office is not None and (office.dep_ == "appos" or doc[mention.end - 1].dep_ == "appos")
        ]
        after = doc[mention.end] if mention.end < len(doc) else None
        if after is not None and after.lower_ in offices and doc[mention.end - 1].head.i == after.i:
            # "Tim Watts MP, Assistant Minister for Foreign Affairs of Australia": a title after the
            # name, the office in apposition to it
            found += [c for c in after.children if c.dep_ == "appos"]
        comma = mention.start - 1
        while comma > 0 and doc[comma].lower_ in offices and doc[comma].is_title:
            comma -= 1  # "his counterpart, President NAME"
        if comma >= 1 and doc[comma].text == ",":
            # "President of X, NAME" with the name hung elsewhere: the title whose phrase ends there
            last = doc[comma - 1]
            found += [
                t
                for t in [last, *last.ancestors]
                if t.right_edge.i in {last.i, comma, mention.end - 1, mention.end}
                and t.lemma_.lower() in offices
                and t.pos_ != "VERB"
                and t.tag_ not in {"NNS", "NNPS"}  # not "the presidents of A and B as well as ..."
            ][-1:]
        found += [c for t in found for c in t.conjuncts if c.i < mention.start or c.i >= mention.end]
        found = [
            o
            for o in found
            if o.lemma_.lower() in offices
            and out.actor_at(o) is None
            and (o.tag_ not in {"NNS", "NNPS"} or _describes(o, mention, doc))
        ]
        # not "X, who is the president of Y" (a clause) nor "the Ministry of Y, X" (a body)
        of = {
            o: {t.i for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
            for o in dict.fromkeys(found)
        }
        if draft.country is None and of:
            # the parser hung the name apart from its title, which `_find_offices` did not read: the
            # state its "of" names, through "the Republic of" or a portfolio ("President of the Republic
            # of X, NAME", "Minister for Foreign Affairs of X"; not a state inside a body's name,
            # "president of the Committee for Freedom in X")
            office = next(iter(of))
            node: Token | None = office
            named = None
            while node is not None and named is None:
                prep, pobj = next(
                    (
                        (p.lower_, o)
                        for p in node.children
                        if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                        for o in p.children
                        if o.dep_ == "pobj"
                    ),
                    ("", None),
                )
                m = out.by_token.get(pobj.i) if pobj is not None else None
                if m is not None and prep == "of" and out.actors[m.actor_id].type == "country":
                    named = m.actor_id  # not "the envoy for Syria, X": a portfolio
                node = pobj if m is None else None
            if named is not None:
                draft.country = named
                span = doc[office.left_edge.i : mention.end]
                out.affiliations.append(
                    Affiliation(mention.actor_id, draft.country, doc[mention.start].sent, span.text, True)
                )
        if draft.country is None:
            continue
        for office, inside in of.items():
            if office.i < mention.start:
                out.titled.setdefault(office.i, mention.actor_id)
            # "Minister for Foreign Affairs of X" (the person's state); "Ambassador of X to Y": the
            # state the office is posted to describes the person too
            inside |= {
                t.i for p in office.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree
            }
            posted = {
                t.i for p in office.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree
            }
            for state in list(out.mentions):
                kind = out.actors[state.actor_id].type
                covered = range(state.start, state.end)
                if kind in {"country", "igo"} and (
                    ((state.actor_id == draft.country or kind == "igo") and all(i in inside for i in covered))
                    or (kind == "country" and all(i in posted for i in covered))
                ):
                    remove_mention(out, state, keep_actor=True)


def _other_side(token: Token, draft: ActorDraft, out: DocActors, offices: set[str], paired: bool) -> bool:
    """Whether ``token`` names an actor whose state is not the described person's: a person in a
    description that calls him a counterpart (``paired``: "his counterpart, President X", "both A and
    his counterpart, X": of another state than A), and, for a person the gazetteer knows with a state,
    anything but a state named on his own title (a demonym, possessive or "of" phrase on a title word,
    "Guyanese President X"; not the leader named beside him, "A and Guyanese President X", nor a
    capital the parser hung on the name): his record's state stands."""
    other = out.actors.get(out.actor_at(token) or "")
    if other is None:
        return False
    known = draft.type == "person" and draft.gazetteer and draft.country is not None
    if other.type == "person" and (paired or known):
        return True
    if not known:
        return False
    if other.type != "country":
        return False
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    on_title = token.dep_ in {"amod", "poss", "compound", "nmod", "pobj"} and head.lemma_.lower() in offices
    return not on_title


@cache
def exchange_partners() -> frozenset[str]:
    """The words that name the other side of an exchange ("counterpart"), ``exchange_partners.always``."""
    return frozenset(read_grammar()["exchange_partners"]["always"])


def _patron_igo(person: str, out: DocActors) -> str | None:
    """The international organisation a known official heads or serves, by the data's office or
    affiliation ("UN Secretary-General" Guterres: UN), if it is one."""
    rec = out.gazetteer.get(person)
    if rec is None or rec.type != "person":
        return None
    igo = rec.affiliation or (_office_igo(rec.office, out.gazetteer) if rec.office else None)
    known = out.gazetteer.get(igo) if igo else None
    if igo is None or known is None or known.type != "igo" or not out.ensure_actor(igo):
        return None
    return igo


def _state_or_place(token: Token, out: DocActors) -> bool:
    """Whether ``token`` names a state or a known place ("Ghazni"), not an organisation or a person."""
    actor = out.actor_at(token)
    return out.place_at(token) is not None or (actor is not None and out.actors[actor].type == "country")


def _holds_office(tokens: list[Token], out: DocActors, office_nouns: set[str]) -> bool:
    """Whether a person's descriptions, one of which names a state, state an office: a title or a
    group of the state or of politics ("Foreign Minister", "army general", "opposition leader"), a
    word of ``office_nouns`` ("spokesman", "director of X's department", "a U.S. consulate
    employee"), or nothing but the state ("Iran's Zarif"). A private role ("writer", "citizen living
    in X", "taxi driver", "nurse", "blogger", "analyst") is a nationality: no affiliation, no
    government sector."""
    from actorgraph.actors.sectors import office_sector, sector_class  # sectors builds on this module

    words = [
        t
        for t in tokens
        if t.is_alpha
        and out.actor_at(t) is None
        and out.place_at(t) is None
        and t.pos_ not in {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "AUX", "NUM"}
    ]
    if not words:
        return True
    if {t.lemma_.lower() for t in words} & office_nouns:
        return True
    heading = set(read_grammar()["office_clauses"]["heading"])
    if any(t.pos_ == "VERB" and t.lemma_.lower() in heading for t in words):
        return True  # "who heads X", "who leads the delegation"
    sector = office_sector(" ".join(t.lemma_.lower() for t in words))  # "Central Java Governor": no name
    return sector is not None and sector_class(sector) != "society"


def _office_igo(office: str, gazetteer: Gazetteer) -> str | None:
    """The international organisation an office of the data names, the longest name first:
    "UN High Commissioner for Refugees" -> UNHCR, "UN Special Envoy for Syria" -> UN.

    Examples
    --------
    >>> from actorgraph.actors.gazetteer import load_gazetteer
    >>> [_office_igo(o, load_gazetteer()) for o in ("NATO Secretary General", "Government official")]
    ['NATO', None]
    """
    words = office.split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            form = gazetteer.lookup(" ".join(words[i : i + n]))
            if form is not None and gazetteer.actors[form.actor_id].type == "igo":
                return form.actor_id
    return None
