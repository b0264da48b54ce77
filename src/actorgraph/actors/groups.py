"""Group actors: unnamed groups of people named by a noun and a state.

"Syrian rebels", "Afghan security forces", "protesters in Belgrade", "gunmen based in Mali",
"fishermen from Sri Lanka", "Zimbabwe's opposition", "rebel positions": a group noun of the sector
vocabulary (``data/sector_terms.tsv``) with the state its modifiers, its prepositional phrases or
its participles name. Without any ("striking teachers" in a story about Argentina), the group
belongs to the state of the story: that of a person, organ or group named in the same sentence
("Burmese troops captured a Karen guerrilla stronghold"), else where the event happens ("attacked
militants in Syria"), else the state the document names most (if it is named in at least half of
the mentions that have a state), else the nearest state in the two sentences before. A state named
in a hyphened modifier ("a Moscow-financed party") describes someone else and tells no story state.

A document has one group actor per (state, sector), id ``{state}_{sector}`` (``KEN_COP``), named
after the state and the sector ("Kenyan police"). Named groups are not groups here: "Hezbollah
fighters" and "UN peacekeepers" are the named actor, and a group noun inside a title ("army chief
General X") is the person's office. Nouns that name the state itself ("the government", "the
authorities") with no state of their own stand for the state of the story.

Groups of civilians, workers or students (class ``society``) acted upon are actors in their own right
only by their own state or its parts: by a foreign actor they are that state, as the annotation
guidelines map unnamed people ("Israeli forces killed Palestinian civilians": Israel against
Palestine); the relation keeps their sector (:func:`relation_side`). What they do is theirs, not their
state's ("Protesters in Tehran condemned Israel"), and criminals (gangs, cartels, pirates) are never
their state.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from spacy.tokens import Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.resolve import ActorDraft, Affiliation, DocActors, MentionSpan, exchange_partners
from actorgraph.actors.sectors import SectorData, load_sectors, sector_class
from actorgraph.actors.teams import team_of

__all__ = [
    "TEAM_NOUNS",
    "find_groups",
    "join_named_organs",
    "modifier_states",
    "own_forces",
    "owned_organs",
    "relation_side",
    "story_officials",
]

#: The possessive endings: "the junta's", "the junta’s".
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: Prepositions that locate a group: "protesters in Belgrade", "fishermen from Sri Lanka".
_LOCATING = frozenset({"in", "from", "of", "inside", "across", "within", "at", "near"})
#: Prepositions that place an event: "attacked militants in Syria".
_EVENT_PLACE = frozenset({"in", "inside", "across", "within"})
#: Dependencies of the modifiers that can name a group's state or sector.
_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
#: Words that make a state modifier a stance, not a nationality ("anti-Pakistan fighters").
_STANCE = frozenset({"anti", "pro", "non"})
#: Words that make a nationality a people living anywhere ("ethnic Chinese villagers").
_ETHNIC = frozenset({"ethnic"})
#: Words that say a group is not of the story's state ("foreign journalists", "overseas workers").
_FOREIGN = frozenset({"foreign", "overseas"})
#: Sectors whose groups take their state only from a nationality: "Syrian refugees in Lebanon" are Syrian.
_NATIONALITY_ONLY = frozenset({"REF"})
#: Event types in which a state's own forces are what it sends, not whom it acts upon.
_INSTRUMENT_TYPES = frozenset({"AGREE", "AID", "MOBILIZE", "RETREAT"})
#: Sectors of society whose people never stand for their state: criminals are an armed group of none.
_STATELESS = frozenset({"CRM"})
#: Sectors that act only at home: police, courts and prosecutors are of the state where the story happens.
_HOME_SECTORS = frozenset({"COP", "JUD"})
#: Prepositions that put what happens at a place ("arrested in Bangkok", "a trial at The Hague").
_AT_PLACE = frozenset({"in", "at", "inside", "near", "outside"})
#: Prepositions that put the people of a sentence where its events happen ("strikes on Gaza").
_STRUCK_AT = frozenset({"in", "on", "at", "inside", "near", "into", "across", "within"})
#: Nouns at a state's edge, where none of its people are placed ("near the Thai border").
_EDGE_NOUNS = frozenset({"border", "frontier", "boundary", "coast", "waters"})
#: Dependencies of a mention that make its state the doer of its clause ("Kenya launched an offensive").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Nouns of those who lead or hold office: "civilian leaders" and "civilian officials" are a state's
#: government that is no military one, not its civilians.
_LEADING = frozenset({"leader", "official", "politician", "representative"})
#: Classes of a modifier that names a group better than a society noun does ("opposition marchers").
_OVER_SOCIETY = frozenset({"political", "armed"})
#: Sentences before an official's own in which the state of the story is read.
_OFFICE_WINDOW = 8
#: Nouns of a state's team whose listed members serve it, and the verbs that list them.
TEAM_NOUNS = frozenset({"delegation", "team"})
_LISTING_VERBS = frozenset({"include", "comprise"})
#: A section break: two blank lines or more end one story.
_SECTION = re.compile(r"\n[ \t]*\n[ \t]*\n")
#: Actor types of the group nodes, per class.
_GROUP_TYPES = {
    "state": "organization",
    "armed": "armed_group",
    "political": "organization",
    "society": "other",
}


def _state_at(token: Token, out: DocActors) -> str | None:
    """The state ``token`` names: a state mention, or a place inside a state."""
    actor = out.actor_at(token)
    if actor is not None:
        return actor if out.actors[actor].type == "country" else None
    place = out.place_at(token)
    if place is not None and out.ensure_actor(place) and out.actors[place].type == "country":
        return place
    return None


def _located(prep: Token, out: DocActors, depth: int = 0) -> str | None:
    """The state of a locating prepositional phrase ("in Belgrade", "at universities in Tehran")."""
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        state = _state_at(pobj, out) or next(
            (s for c in pobj.children if c.dep_ in _MODIFIERS and (s := _state_at(c, out))), None
        )
        if state is None and depth < 1:
            state = next(
                (s for c in pobj.children if c.dep_ == "prep" and (s := _located(c, out, depth + 1))), None
            )
        if state is not None:
            return state
    return None


def _against(token: Token) -> bool:
    """Whether a modifier names a state the group is against or for ("anti-Pakistan fighters")."""
    doc = token.doc
    if token.lower_.startswith(("anti-", "pro-")):
        return True
    return token.i >= 2 and doc[token.i - 1].text in {"-", "‐"} and doc[token.i - 2].lower_ in _STANCE


def _explicit_state(
    token: Token, out: DocActors, *, nationality_only: bool = False, venue: bool = False, depth: int = 0
) -> str | None:
    """The state a group noun's own phrase names: modifiers, locating phrases, participles.

    With ``nationality_only``, only the noun's modifiers count ("Syrian refugees in Lebanon" are Syrian).
    With ``venue`` (the group meets or talks), "in X" or "at X" is where the talks are, not its home
    ("held talks with insurgents in Doha"); "from X" and "based in X" still are.
    """
    named = modifier_states(token, out)
    if named:
        return named[0]
    if nationality_only:
        return None
    for child in token.children:
        if venue and child.dep_ == "prep" and child.lower_ in _AT_PLACE:
            continue
        if child.dep_ == "prep" and child.lower_ in _LOCATING:
            state = _located(child, out)
        elif child.dep_ in {"acl", "relcl"}:  # "gunmen based in Mali", "fishermen who came from Jaffna"
            preps = (p for p in child.children if p.dep_ == "prep" and p.lower_ in _LOCATING)
            state = next((s for p in preps if (s := _located(p, out))), None)
        else:
            continue
        if state is not None:
            return state
    if depth == 0 and token.dep_ in {"compound", "amod", "nmod", "conj"} and token.head is not token:
        # "Sudan's rebel positions", "rebel positions in Darfur", "Syrian rebels and militias"
        return _explicit_state(token.head, out, venue=venue, depth=depth + 1)
    return None


def modifier_states(token: Token, out: DocActors) -> list[str]:
    """The states the noun's modifiers name, coordinated ones included ("Ugandan and Tanzanian").

    "ethnic Chinese villagers" name a people, not a state: its kin-state is not where it lives.
    """
    states: list[str] = []
    if any(c.lower_ in _ETHNIC for c in token.children):
        return states
    for child in token.children:
        if child.dep_ in _MODIFIERS and not _against(child):
            for tok in (child, *(c for c in child.children if c.dep_ == "conj")):
                state = _state_at(tok, out)
                if state is not None and state not in states:
                    states.append(state)
    return states


class _Story:
    """Where the state of a group with none of its own comes from (see the module docstring)."""

    def __init__(self, out: DocActors) -> None:
        self.out = out
        self.data = load_sectors()
        self.venues = frozenset(read_grammar()["venue_words"])
        self.starts = [s.start for s in out.doc.sents]  # once: a walk over the Doc per group is quadratic
        entries = self._entries()
        self.dominant = _dominant(Counter(state for _, state, _ in entries))
        # an armed group's state is the one it fights or hides in: it tells no story of state forces
        self.dominant_of_states = _dominant(Counter(s for _, s, kind in entries if kind != "armed_group"))
        # the places the story names (cities, provinces: never a counterpart), in text order
        places = [(i, state) for i, state in sorted(out.places.items()) if out.places.get(i - 1) != state]
        # a capital is a state's name ("Moscow said"), but where something happens a place ("in Madrid")
        places += [
            (m.start, m.actor_id)
            for m in out.mentions
            if m.resolved_by == "metonym" and out.doc[m.start : m.end].root.head.lower_ in _AT_PLACE
        ]
        self.places = sorted(
            (i, state)
            for i, state in places
            if not out.is_chrome(out.doc[i : i + 1]) and out.ensure_actor(state)
        )
        places_named = Counter(state for _, state in self.places)
        # a place named once ("Congressman X of Michigan") tells no story
        self.dominant_place = next((s for s in [_dominant(places_named)] if s and places_named[s] > 1), None)

    def _entries(
        self, start: int = 0, end: int | None = None, *, organs: bool = False, described: bool = True
    ) -> list[tuple[int, str, str]]:
        """``(token, state, actor type)`` of every mention in tokens ``start:end`` that has a state,
        in text order. With ``organs``, a state known only through its organ or person counts too
        ("The Myanmar military ..."): its draft is made. Without ``described``, a state named in a
        hyphened modifier ("a Moscow-financed party") does not count: it describes someone else."""
        out = self.out
        entries = []
        for m in sorted(out.mentions, key=lambda m: m.start):
            if m.start < start or (end is not None and m.start >= end):
                continue
            if not described and m.end < len(out.doc) and out.doc[m.end].text in {"-", "‐"}:
                continue  # "a Moscow-financed party", "the U.S.-designated group": describes another
            draft = out.actors[m.actor_id]
            if draft.type == "media":
                continue  # "told VOA", "Al Jazeera reported": the outlet tells no state of the story
            state = m.actor_id if draft.type == "country" else draft.country
            known = state is not None and (out.ensure_actor(state) if organs else state in out.actors)
            if known and state and not out.is_chrome(out.doc[m.start : m.end]):
                entries.append((m.start, state, draft.type))
        return entries

    def _two_before(self, sent: Span) -> int | None:
        """The first token of the two sentences before ``sent`` (``None`` in the first sentence)."""
        k = bisect_left(self.starts, sent.start)
        return self.starts[max(k - 2, 0)] if k else None

    def state(self, token: Token, *, beside: bool = False, sector: str | None = None) -> str | None:
        """The state of the story at ``token``; with ``beside``, a state named before it in the sentence
        comes before those of earlier sentences ("people in the Philippines want their government ...").

        A definite noun ("the army", "the regime") shortens an actor named before: the last
        state of the two sentences before it comes first ("North Korea fired two missiles. Japan
        condemned the regime's provocations").

        A group of a state's own ``sector`` (forces, police, courts; not "the regime", which
        names the state) is the state's that acts, not
        the one it fights: an armed group's state does not count, and of the states named in the
        sentences before, the subject of a clause comes first ("Kenya launched an offensive against
        al-Shabab near the border with Somalia. ... security forces"). Police, courts and prosecutors
        act at home: the places the story names (the sentence's, the two before, the document's
        most named) come before any actor ("arrested in Houston ... Prosecutors said").
        """
        sent = token.sent
        forces = sector is not None and sector != "GOV" and sector_class(sector) == "state"
        home = sector in _HOME_SECTORS
        society = sector is not None and sector not in _NATIONALITY_ONLY and sector_class(sector) == "society"
        armed = sector is not None and (sector_class(sector) == "armed" or sector in _STATELESS)
        entries = [e for e in self._entries() if not (forces and e[2] == "armed_group")]
        if armed:
            # the people an armed group or a gang seizes are as often foreigners ("Gunmen kidnapped two
            # Italian nuns"): their nationality tells nothing of the group's state
            entries = [e for e in entries if not self._victims_nationality(e)]
        if self.in_meeting(token):
            # "Kabul opened negotiations with insurgents in Doha": the venue is nobody's side
            entries = [e for e in entries if not self._venue_capital(e)]
        window = self._two_before(sent)
        here: list[tuple[int, str]] = []
        if home:
            here = [(i, s) for i, s in self.places if sent.start <= i < sent.end]
        elif society:
            # "Russian airstrikes on Idlib killed dozens of civilians": people live where the
            # sentence's events happen, not in the state of whoever strikes them
            here = self._struck_places(sent)
        if here:
            ahead = [s for i, s in here if i < token.i]
            return ahead[-1] if ahead else here[0][1]
        if _definite(token) and sector is not None:
            # "Venezuela detained two Colombian soldiers. ... the detention of the soldiers": a group of
            # the same sector named before is the one the definite noun takes up
            start = sent.start if window is None else window
            same = [s for i, s, _ in entries if start <= i < token.i and self._sector_at(i) == sector]
            if same:
                return same[-1]
        if forces and _definite(token):
            # "Egyptian fishermen told Al Jazeera that the navy ...": the people the sentence names first
            ahead = [s for i, s, kind in entries if sent.start <= i < token.i and kind != "country"]
            if ahead:
                return ahead[-1]
        if _definite(token) and window is not None:
            states = self._entries(window, sent.start, organs=True, described=False)
            states = [e for e in states if not (forces and e[2] == "armed_group")]
            if states:
                return self._doer(states) if forces else states[-1][1]
        if home:
            before = [s for i, s in self.places if window is not None and window <= i < sent.start]
            if before or self.dominant_place:
                return before[-1] if before else self.dominant_place
        # "Turkey attacked Kurdish militants in Syria", "imposed sanctions on militia leaders in Yemen":
        # where the event the group takes part in happens, said of its verb or of the event noun the
        # group is the object of (the parser hangs the place on either); an armed group is of where it
        # fights, whoever fights it ("Turkish troops attacked Kurdish militants in Syria")
        place = self._event_place(token)
        if place is not None and armed:
            return place
        if armed and self._attacks_home_organ(token):
            # "Rohingya militants attacked 30 police posts": police are at home, and so is the attack
            police_state = self._home_state(sent)
            if police_state is not None:
                return police_state
        # "Burmese troops captured a Karen guerrilla stronghold", "rebels fighting President Gbagbo": a
        # domestic actor (a person, organ or group of a state) in the sentence, the nearest before it first
        domestic = [
            (i, s)
            for i, s, kind in entries
            if sent.start <= i < sent.end and kind != "country" and i != token.i
        ]
        if domestic:
            ahead = [s for i, s in domestic if i < token.i]
            return ahead[-1] if ahead else domestic[0][1]
        if place is not None:
            return place
        dominant = self.dominant_of_states if forces else self.dominant
        if armed:
            dominant = _dominant(Counter(s for _, s, _ in entries))
        if dominant:
            return dominant
        # a state named beside a group is as often its foe as its home: only for "the government"
        near = [s for i, s, _ in entries if sent.start <= i < token.i]
        if beside and near:
            return near[0]  # "Brazil will send planes to Bolivia, the foreign ministry said": the first
        earlier = [e for e in entries if window is not None and window <= e[0] < sent.start]
        if not earlier:
            return None
        return self._doer(earlier) if forces else earlier[-1][1]

    def _victims_nationality(self, entry: tuple[int, str, str]) -> bool:
        """Whether ``entry`` names people of society: a group of them ("Chinese workers", found before)
        or the nationality before a plural noun of people that is no state's organ ("two Italian nuns",
        "Turkish engineers"; not "Turkish troops")."""
        if entry[2] == _GROUP_TYPES["society"]:
            return True
        m = self.out.by_token.get(entry[0])
        if m is None or m.resolved_by != "demonym":
            return False
        token = self.out.doc[m.end - 1]
        head = token.head
        if token.dep_ not in {"amod", "compound"} or head.i <= token.i or head.tag_ not in {"NNS", "NNPS"}:
            return False
        sector = _group_sector(head, self.data)  # "Turkish engineers" have none: people too
        return sector is None or sector_class(sector) == "society"

    def in_meeting(self, token: Token) -> bool:
        """Whether ``token``'s group meets, talks or makes a deal: a word of ``venue_words`` on its way
        up to its verb or the verb's object ("held talks with insurgents", "met militia leaders", "a
        truce with the rebels", "struck a deal with jihadists")."""
        heads = _event_heads(token)
        if heads and heads[-1].pos_ in {"VERB", "AUX"}:
            # "struck a deal with jihadists in Algiers", "reached a truce with the rebels": the verb's object
            heads += [c for c in heads[-1].children if c.dep_ == "dobj"]
        return any(h.lemma_.lower() in self.venues or h.lower_ in self.venues for h in heads)

    def _venue_capital(self, entry: tuple[int, str, str]) -> bool:
        """Whether ``entry`` is a capital named as the place of something ("talks in Doha")."""
        m = self.out.by_token.get(entry[0])
        if m is None or m.resolved_by != "metonym":
            return False
        return self.out.doc[m.start : m.end].root.head.lower_ in _AT_PLACE

    def _event_place(self, token: Token) -> str | None:
        """The state where the event ``token``'s group takes part in happens: a place phrase ("in",
        "inside", ...) on its verb or on an event noun between ("sanctions ... in Yemen"). Where a
        meeting, talks or a deal happen is a venue, no home ("held talks with insurgents in Doha":
        ``venue_words`` in ``data/grammar.json``)."""
        heads = _event_heads(token)
        if self.in_meeting(token):
            return None
        for head in heads:
            preps = (c for c in head.children if c.dep_ == "prep" and c.lower_ in _EVENT_PLACE)
            state = next((s for p in preps if (s := _located(p, self.out))), None)
            if state is not None:
                return state
        return None

    def _attacks_home_organ(self, token: Token) -> bool:
        """Whether the group ``token`` names acts on police or courts ("attacked 30 police posts",
        "stormed a police checkpoint"), which are at home: the act happens in their state."""
        if token.dep_ != "nsubj":
            return False
        data = load_sectors()
        verb = token.head
        for obj in (c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "dobj"):
            for word in (obj, *(c for c in obj.children if c.dep_ in {"compound", "amod"})):
                if _group_sector(word, data) in _HOME_SECTORS:
                    return True
        return False

    def _home_state(self, sent: Span) -> str | None:
        """The state of the places around ``sent`` (its own, the two sentences before, the document's
        most named): where police, courts and prosecutors act."""
        here = [state for i, state in self.places if sent.start <= i < sent.end]
        if here:
            return here[0]
        window = self._two_before(sent)
        before = [state for i, state in self.places if window is not None and window <= i < sent.start]
        return before[-1] if before else self.dominant_place

    def _struck_places(self, sent: Span) -> list[tuple[int, str]]:
        """The places of ``sent`` (cities, provinces) and the states it names after a preposition of
        place ("strikes on Gaza", "in Kupwara district"), in text order; a border is no place where
        people live ("near the Thai border")."""
        found = dict((i, s) for i, s in self.places if sent.start <= i < sent.end)
        for prep in sent:
            if prep.dep_ != "prep" or prep.lower_ not in _STRUCK_AT:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.i in found or pobj.lemma_.lower() in _EDGE_NOUNS:
                continue
            state = _state_at(pobj, self.out)
            if state is not None:
                found[pobj.i] = state
        return sorted(found.items())

    def armed_before(self, token: Token) -> str | None:
        """The one named armed group of the two sentences before ``token`` and of its own sentence
        before it, if there is exactly one: "Boko Haram raided a school near the border with
        Cameroon. Soldiers later killed twenty of the insurgents" (the insurgents are Boko Haram)."""
        out, sent = self.out, token.sent
        start = self._two_before(sent)
        named = {
            m.actor_id
            for m in out.mentions
            if (sent.start if start is None else start) <= m.start < token.i
            and out.actors[m.actor_id].type == "armed_group"
            and out.actors[m.actor_id].gazetteer
        }
        return next(iter(named)) if len(named) == 1 else None

    def _sector_at(self, i: int) -> str | None:
        """The sector of the actor mentioned at token ``i`` (a group's, known when it was found)."""
        m = self.out.by_token.get(i)
        return self.out.actors[m.actor_id].sector if m is not None else None

    def _doer(self, entries: list[tuple[int, str, str]]) -> str:
        """The state of the last of ``entries`` that is the subject of its clause, else of the last."""
        doc, by_token = self.out.doc, self.out.by_token
        for i, state, _ in reversed(entries):
            m = by_token.get(i)
            if m is not None and doc[m.start : m.end].root.dep_ in _SUBJECTS:
                return state
        return entries[-1][1]


def _dominant(counts: Counter[str]) -> str | None:
    """The state named most, if named alone most and in at least half of the mentions."""
    top = counts.most_common(2)
    alone = bool(top) and (len(top) < 2 or top[1][1] < top[0][1])
    return top[0][0] if alone and top[0][1] * 2 >= sum(counts.values()) else None


def _armed_site(token: Token, data: SectorData) -> bool:
    """Whether an adjective names the armed group that holds a site: "militant camps", "extremist
    hideouts" (the tagger makes "militant" an adjective, "rebel" a noun)."""
    head = token.head
    sector = data.term("group", token.lemma_.lower())
    words = (head.lemma_.lower(), head.lower_.removesuffix("s"))  # "bases": the lemmatizer says "basis"
    return (
        token.pos_ == "ADJ"
        and token.dep_ in {"amod", "compound"}
        and head.i > token.i
        and any(data.term("site", w) is not None for w in words)
        and sector is not None
        and sector_class(sector) == "armed"
    )


def _event_heads(token: Token) -> list[Token]:
    """The nouns ``token``'s phrase hangs on up to its verb, nearest first, then the verb: "sanctions"
    and "imposed" in "imposed sanctions on militia leaders in Yemen". None without a verb."""
    heads: list[Token] = []
    for head in token.ancestors:
        if head.pos_ in {"VERB", "AUX"}:
            return [*heads, head]
        if head.pos_ in {"NOUN", "PROPN"}:
            heads.append(head)
    return []


def _definite(token: Token) -> bool:
    """Whether a group noun with no state of its own is definite ("the army", "the foreign ministry")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _group_sector(token: Token, data: SectorData) -> str | None:
    """The sector a noun names as a group of people ("rebels" REB, "security forces" MIL), if any."""
    lemma, lower = token.lemma_.lower(), token.lower_
    for word in (lemma, lower):
        for left in (c for c in token.children if c.dep_ in {"compound", "amod"} and c.i == token.i - 1):
            found = data.term("group", f"{left.lower_} {word}")  # "riot police", "asylum seekers"
            if found:
                return found
        found = data.term("group", word)
        if found and data.classes.get(found) == "society":
            # "opposition marchers", "rebel supporters": a political or armed modifier says more
            found = next(
                (s for s in _modifier_sectors(token, data) if sector_class(s) in _OVER_SOCIETY), found
            )
        if found:
            return found
        if data.term("state", word):
            return "GOV"
    if token.tag_ in {"NNS", "NNPS"} and data.term("rank", lemma) is not None:
        # "paramilitary commanders", "separatist commanders": the ranks of an armed group are the group
        armed = [s for s in _modifier_sectors(token, data) if sector_class(s) == "armed"]
        if armed:
            return armed[0]
    default = data.term("generic", lemma)
    if default is None:
        return None
    for found in _modifier_sectors(token, data):
        if found == "CVL" and lemma in _LEADING:
            continue  # "seized power from civilian leaders": the government, no civilians
        if not (found == "GOV" and default and data.classes.get(default) == "state"):
            return found  # "government forces" stay the military
    return default or None


def _modifier_sectors(token: Token, data: SectorData) -> list[str]:
    """Sectors the noun's modifiers name ("security" forces, "rebel" fighters, "opposition" marchers)."""
    found = []
    for child in token.children:
        if child.dep_ in {"compound", "amod", "nmod"}:
            word = child.lemma_.lower()
            sector = data.term("modifier", word) or data.term("group", word) or data.term("state", word)
            if sector:
                found.append(sector)
    return found


def _named_modifier(token: Token, out: DocActors) -> bool:
    """Whether a named actor other than a state qualifies the noun ("Hezbollah fighters", "UN troops")."""
    for child in token.children:
        if child.dep_ in _MODIFIERS:
            actor = out.actor_at(child)
            draft = out.actors[actor] if actor is not None else None
            if draft is not None and draft.type != "country" and (draft.gazetteer or draft.type == "person"):
                return True  # an organisation only the NER found ("Tigrayan" as ORG) names no group
    return False


def _in_title(token: Token, out: DocActors) -> bool:
    """Whether the noun is part of a title before a person's name ("army chief General Asim Munir")."""
    node = token
    for _ in range(4):
        if node.dep_ not in {"compound", "amod", "appos"} or node.head is node:
            return False
        node = node.head
        actor = out.actor_at(node)
        if actor is not None:
            return out.actors[actor].type == "person"
    return False


def _group_draft(state: str, sector: str, out: DocActors, data: SectorData) -> str:
    group_id = f"{state}_{sector}"
    if group_id not in out.actors:
        demonym = data.demonyms.get(state, state)
        out.actors[group_id] = ActorDraft(
            id=group_id,
            name=f"{demonym} {data.groups.get(sector, sector.lower())}",
            type=_GROUP_TYPES[sector_class(sector)],
            country=state,
            sector=sector,
            sector_by="group noun",
        )
    return group_id


def _add_mention(out: DocActors, start: int, end: int, actor_id: str, how: str) -> None:
    span = out.doc[start:end]
    draft = out.actors[actor_id]
    draft.mentions += 1
    draft.aliases[span.text] = None
    draft.resolved_by[how] = None
    mention = MentionSpan(start, end, actor_id, how, span.text)
    out.mentions.append(mention)
    for i in range(start, end):
        out.by_token[i] = mention


def _absorb_state(out: DocActors, start: int, token: Token, state: str) -> int:
    """Where a group's mention starts once the state right before it is part of it ("Colombian
    troops", "Sudan's army", "Kenyan riot police"): the state mention goes, so that no rule reads
    the group's own nationality as another actor of its phrase."""
    doc = out.doc
    i = start - 1
    if i >= 0 and doc[i].dep_ == "case":
        i -= 1  # "Sudan 's army"
    m = out.by_token.get(i) if i >= 0 else None
    if m is None or m.actor_id != state or not start <= doc[m.end - 1].head.i <= token.i:
        return start
    out.mentions.remove(m)
    out.actors[state].mentions -= 1
    for k in range(m.start, m.end):
        del out.by_token[k]
    return m.start


def _people_elsewhere(out: DocActors) -> None:
    """ "ethnic Albanians in southern Serbia": a people named by a demonym, located in another state,
    are civilians of that state."""
    data = load_sectors()
    for m in list(out.mentions):
        token = out.doc[m.end - 1]
        if (
            m.resolved_by != "demonym"
            or token.pos_ not in {"NOUN", "PROPN"}
            or token.tag_ not in {"NNS", "NNPS"}
        ):
            continue
        state = next(
            (
                s
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in _LOCATING and (s := _located(c, out))
            ),
            None,
        )
        if state is None or state == m.actor_id:
            continue
        out.mentions.remove(m)
        out.actors[m.actor_id].mentions -= 1
        _add_mention(out, m.start, m.end, _group_draft(state, "CVL", out, data), "group")


def _peoples(out: DocActors, data: SectorData) -> set[int]:
    """Tokens of one-word names the NER alone took for a person or an organisation that qualify a group
    noun ("Karen guerrillas", "Tigrayan rebels", "Acholi protesters"): they name a people, so their
    mentions go and the group reads them as a nationality would be read."""
    found: set[int] = set()
    for m in list(out.mentions):
        draft = out.actors[m.actor_id]
        token, head = out.doc[m.start], out.doc[m.start].head
        if head.tag_ not in {"NNS", "NNPS"} and token.i + 1 < head.i:
            # "a Karen guerrilla stronghold": the group noun beside the name qualifies the same head
            beside = out.doc[token.i + 1]
            head = beside if beside.head == token.head and beside.dep_ in {"compound", "amod"} else head
        if (
            m.end - m.start != 1
            or draft.gazetteer
            or draft.type not in {"person", "organization"}
            or len(draft.name.split()) != 1
            or token.dep_ not in {"compound", "amod", "nmod"}
            or head.i <= token.i
            or head.i in out.by_token
            or not (head.tag_ in {"NNS", "NNPS"} or head.head.i > head.i)
            or _group_sector(head, data) is None
        ):
            continue
        out.mentions.remove(m)
        del out.by_token[token.i]
        draft.mentions -= 1
        found.add(token.i)
    return found


def _skipped(token: Token, sector: str, out: DocActors, data: SectorData) -> bool:
    """Whether a noun that names a sector is not a group actor here."""
    head, plural = token.head, token.tag_ in {"NNS", "NNPS"}
    kind = sector_class(sector)
    if token.dep_ in {"compound", "amod"} and head is not token:
        if _group_sector(head, data):
            return True  # "rebel fighters": the head names the group
        lemma = token.lemma_.lower()
        site = data.term("site", head.lemma_.lower()) is not None
        if data.term("group", lemma) is None or kind == "society" or not (site or kind == "armed"):
            return True  # "rebel positions", "police station"; not "fighter jet", "military aid"
    elif data.term("generic", token.lemma_.lower()) is not None and not plural:
        return True  # "the separatist group", "the force": a named group said before, or no group
    elif kind == "society" and not plural:
        return True  # "a British national", "a student": one person
    elif kind == "political" and not plural and not any(c.dep_ in {"det", "poss"} for c in token.children):
        return True  # "stepped up opposition to China": the act of opposing
    if any(c.dep_ == "appos" and out.actor_at(c) for c in token.children):
        return True  # "the Syrian Kurdish militia, the YPG": the named actor
    if sector != "GOV" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return True  # "withdrew its troops": the owner's own, read through the pronoun
    return _named_modifier(token, out) or _in_title(token, out)


@cache
def _several_states() -> frozenset[str]:
    """Plural heads that name several states at once ("governments"; relations.discourse reads which)."""
    return frozenset(read_grammar()["group_heads"]["state"])


def _counted_states(token: Token, sector: str) -> bool:
    """Whether a government noun names several states with nothing but "the", "both" or a number
    ("both governments", "the two governments", "the governments"): relations.discourse reads which
    (the pair just told), never the story's one state."""
    if sector != "GOV" or token.tag_ not in {"NNS", "NNPS"} or token.lower_ not in _several_states():
        return False
    return bool(list(token.children)) and all(
        (c.dep_ == "det" and c.lower_ in {"the", "both"}) or (c.dep_ == "nummod" and c.i < token.i)
        for c in token.children
    )


def _story_may_tell(token: Token, sector: str, data: SectorData, peoples: set[int]) -> bool:
    """Whether the story's state may stand for a group that names none of its own.

    Refugees come from elsewhere, and "forces" or "members" alone say too little: they need a
    sector word ("security forces") or a people ("Tamil refugees", "Yoruba leaders") beside them.
    "Foreign" people ("foreign journalists", "foreign troops") are said to be of another state.
    """
    ethnic = any(
        (c.ent_type_ == "NORP" or c.i in peoples) and c.dep_ in {"amod", "compound"} and not _against(c)
        for c in token.children
    )
    modifiers = [*token.children, *(g for c in token.children if c.dep_ == "compound" for g in c.children)]
    if any(c.dep_ == "amod" and c.lower_ in _FOREIGN for c in modifiers) and (
        sector not in {"GOV", "SPY"} or token.tag_ in {"NNS", "NNPS"}
    ):
        # "foreign journalists", "foreign aid workers", "foreign governments" or "powers" in the
        # plural; not the office of one's own state named "foreign" ("the foreign ministry")
        return False
    if sector in _NATIONALITY_ONLY:
        return ethnic
    if _counted_states(token, sector):
        return False  # "both governments", "the two governments": several states, not the story's one
    if data.term("generic", token.lemma_.lower()) is not None:
        # "garment workers", "fighters loyal to ...": a generic noun with a sector of its own may
        return (
            ethnic or bool(_modifier_sectors(token, data)) or bool(data.term("generic", token.lemma_.lower()))
        )
    return True


def find_groups(out: DocActors) -> None:
    """Add the group actors of the document and their mentions (see the module docstring)."""
    data = load_sectors()
    doc = out.doc
    _people_elsewhere(out)
    peoples = _peoples(out, data)
    story = _Story(out)
    armed_made: list[str] = []  # the document's unnamed armed groups, in the order they were made
    for token in doc:
        if token.i in out.by_token or not (token.pos_ in {"NOUN", "PROPN"} or _armed_site(token, data)):
            continue
        if out.is_chrome(doc[token.i : token.i + 1]):
            continue
        sector = _group_sector(token, data)
        if sector is None and token.ent_type_ == "NORP" and token.tag_ in {"NNS", "NNPS"}:
            sector = "CVL" if _explicit_state(token, out) else None  # "Iraqi Kurds"
        if sector is None or _skipped(token, sector, out, data):
            continue
        if len(modifier_states(token, out)) > 1:
            continue  # "Ugandan and Tanzanian smugglers": people of two states, each its state
        is_state = sector == "GOV"  # "the government", "officials": the state itself
        venue = story.in_meeting(token)
        state = _explicit_state(token, out, nationality_only=sector in _NATIONALITY_ONLY, venue=venue)
        if is_state and state is not None:
            continue  # "the Sudanese government": the state, as the arguments read it
        if state is None and sector_class(sector) == "armed" and _definite(token):
            group = story.armed_before(token)
            if group is not None:  # "the insurgents" after "Boko Haram raided ...": that group
                _add_mention(out, token.i, token.i + 1, group, "coreference")
                continue
        own_state = state
        if state is None and sector == "JUD" and (court := _international_court(token, out)) is not None:
            _add_mention(out, token.i, token.i + 1, court, "coreference")  # "The court ordered ..."
            continue
        if state is None and _story_may_tell(token, sector, data, peoples):
            state = story.state(token, beside=is_state, sector=sector)
        if state is None:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and start - 1 not in out.by_token:
            if not start <= doc[start - 1].head.i <= token.i:
                break
            start -= 1
        named = _named_group(out, state) if sector_class(sector) == "armed" else None
        armed = sector_class(sector) == "armed" or sector in _STATELESS
        if is_state:
            _add_mention(out, token.i, token.i + 1, state, "coreference")
        elif named is not None and not modifier_states(token, out):
            _add_mention(out, token.i, token.i + 1, named, "coreference")  # "Al-Shabab ... militants"
        elif armed and (same := _same_armed(token, out, armed_made, own_state)) is not None:
            # "Gunmen abducted ... The kidnappers released ...": one unnamed armed group per document
            # and stated side, whatever noun names it again
            _add_mention(out, _absorb_state(out, start, token, state), token.i + 1, same, "coreference")
        else:
            start = _absorb_state(out, start, token, state)
            group = _group_draft(state, sector, out, data)
            if armed and group not in armed_made:
                armed_made.append(group)
                out.actors[group].name = _text_name(token, start)
            _add_mention(out, start, token.i + 1, group, "group")


#: Group nouns of courts that a story of an international court uses for it: "the court", "judges".
_COURT_NOUNS = frozenset({"court", "judge", "tribunal"})
#: Words that name an international court's kind in its data name: "International Court of Justice".
_COURT_HEADS = frozenset({"court", "tribunal"})
#: Qualifiers of a bare court that the story's international court takes: "the UN's highest court".
_COURT_QUALIFIERS = frozenset({"highest", "top", "world", "international", "global"})


def _international_court(token: Token, out: DocActors) -> str | None:
    """The international court of the data ("International Court of Justice", "ICC") the story named
    last before ``token``, a court noun that names no state ("The court ordered Moscow ...", "Judges
    voted 15 to 2", "the UN's highest court"), unless a court of a state was named since, or the noun
    has a qualifier of its own kind ("an immigration court", "the arbitration tribunal")."""
    if token.lemma_.lower() not in _COURT_NOUNS:
        return None
    court = None
    for i in range(token.i - 1, -1, -1):
        mention = out.by_token.get(i)
        draft = out.actors.get(mention.actor_id) if mention is not None else None
        if draft is None:
            continue
        if draft.type == "igo" and draft.gazetteer and _COURT_HEADS & set(draft.name.lower().split()):
            court = draft.id
            break
        if draft.sector == "JUD":
            return None  # "a Kenyan court ... The court": the state's
    if court is None:
        return None
    record = out.gazetteer.actors.get(court)
    parent = record.affiliation if record is not None else None
    words = set(out.actors[court].name.lower().split())
    for child in token.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.lower_ not in words | _COURT_QUALIFIERS:
            return None
        if child.dep_ == "poss":
            owner = out.by_token.get(child.i)
            if owner is None or owner.actor_id not in {court, parent}:
                return None
    return court


def _same_armed(token: Token, out: DocActors, made: list[str], own_state: str | None) -> str | None:
    """The unnamed armed group made before that a new armed noun names again: of its own state if it
    states one ("Nigerien gunmen" after "Nigerien bandits"), else, for a definite noun ("the
    kidnappers"), the last one made. Nouns of one list are as many groups ("paramilitaries, smugglers
    and drug traffickers"), and a new indefinite noun ("smugglers") is a new one."""
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return None
    if own_state is not None:
        return next((g for g in reversed(made) if out.actors[g].country == own_state), None)
    return made[-1] if made and _definite(token) else None


def _text_name(token: Token, start: int) -> str:
    """An unnamed group's name in the text's own words, as the annotators name it: the noun with the
    words that qualify it ("gunmen", "Somali pirates", "Russia-backed separatists"), without a capital
    that only starts the sentence."""
    doc = token.doc
    for child in token.lefts:  # "paramilitary gunmen", "Russia-backed separatists"
        if child.dep_ in {"amod", "compound", "nmod", "npadvmod"}:
            start = min(start, child.left_edge.i)
    hedges = read_grammar()["introduced_bodies"]["hedges"]
    while start < token.i and doc[start].lower_ in hedges:
        start += 1  # "suspected paramilitary gunmen": what the writer knows of them, not their name
    first = doc[start]
    text = doc[start : token.i + 1].text
    if first.is_sent_start and first.pos_ == "NOUN" and not first.is_upper:
        text = text[:1].lower() + text[1:]
    return text


def _named_group(out: DocActors, state: str) -> str | None:
    """The one armed group of ``state`` the document names ("al-Shabab" in a story of Somalia), if
    there is exactly one: the story's bare "militants" or "the rebels" are that group."""
    named = [
        a.id
        for a in out.actors.values()
        if a.type == "armed_group" and a.gazetteer and a.country == state and a.mentions > 0
    ]
    return named[0] if len(named) == 1 else None


def relation_side(
    out: DocActors, actor_id: str, other_id: str, *, doer: bool = False
) -> tuple[str, str | None]:
    """The actor that stands for ``actor_id`` in a relation with ``other_id``, and its sector.

    A group of a state's society (civilians, workers) acted upon stands for itself by its own state
    or the state's parts, and for its state by anyone else ("Israeli troops fired on Palestinian
    demonstrators"), an armed group of that state too, which is no part of its side ("separatists
    attacked Pakistani workers"); it keeps its sector either way. As the ``doer`` it is itself: its
    state does not do what its protesters or farmers do ("Farmers from Poland blocked Ukrainian
    trucks"). Criminals (gangs, cartels, pirates) are an armed group of no state, never their state.
    """
    draft = out.actors[actor_id]
    if (
        doer
        or draft.sector_by != "group noun"
        or sector_class(draft.sector) != "society"
        or draft.sector in _STATELESS
        or draft.country is None
    ):
        return actor_id, draft.sector
    other = out.actors[other_id]
    other_state = other_id if other.type == "country" else other.country
    armed = sector_class(other.sector, other.type) == "armed"
    if (armed or other_state != draft.country) and out.ensure_actor(draft.country):
        return draft.country, draft.sector
    return actor_id, draft.sector


def own_forces(out: DocActors, source: str, target: str, plover: str) -> bool:
    """Whether ``target`` is the source state's own forces, moved or given rather than acted upon.

    "France will contribute 4,000 troops to the force", "Russia deployed troops to the border", "Chad
    pledged to send soldiers": in aid, mobilisation, retreat and promises, a state's own military or
    police is what it sends.
    """
    draft = out.actors[target]
    if (
        plover not in _INSTRUMENT_TYPES
        or draft.sector_by != "group noun"
        or sector_class(draft.sector) != "state"
    ):
        return False
    src = out.actors[source]
    return (source if src.type == "country" else src.country) == draft.country


def owned_organs(out: DocActors) -> None:
    """ "The junta's Ministry of Foreign Affairs", "the government's Ministry of Justice": an organ of a
    state's own sector by its name, which the tagger found with no state, is of the state of the state
    noun or the state's group that possesses it (read once groups and sectors are known)."""
    for draft in list(out.actors.values()):
        if draft.gazetteer or draft.country or draft.type != "organization" or draft.sector_by != "name":
            continue
        if sector_class(draft.sector) != "state":
            continue
        for m in [m for m in out.mentions if m.actor_id == draft.id]:
            span = out.doc[m.start : m.end]
            owners = [out.by_token.get(c.i) for c in span.root.children if c.i < span.start and _possessor(c)]
            states = [_own_state(out.actors[o.actor_id]) for o in owners if o is not None]
            state = next((s for s in states if s is not None), None)
            if state is not None and out.ensure_actor(state):
                draft.country = state
                break


def _possessor(token: Token) -> bool:
    """Whether ``token`` possesses its head: "the junta's", also where the parser took "’s" for a name."""
    doc = token.doc
    marked = token.i + 1 < len(doc) and doc[token.i + 1].text in _POSSESSIVE_MARKS
    return token.dep_ == "poss" or (token.dep_ == "nmod" and marked)


def _own_state(owner: ActorDraft) -> str | None:
    """The state an owner stands for: a state, or a group or organ of the state's own sectors."""
    if owner.type == "country":
        return owner.id
    return owner.country if sector_class(owner.sector, owner.type) == "state" else None


def join_named_organs(out: DocActors) -> None:
    """ "The Pakistan Army launched an operation ... Pakistani troops killed ...": a group of a state's
    sector is the organ of that state and sector the document names (by the gazetteer), if it names
    exactly one; its mentions move to the organ. Runs once every actor has its sector."""
    organs: dict[tuple[str, str], list[str]] = {}
    for draft in out.actors.values():
        if draft.gazetteer and draft.mentions and draft.country and draft.sector and draft.type != "person":
            organs.setdefault((draft.country, draft.sector), []).append(draft.id)
    for draft in list(out.actors.values()):
        if draft.sector_by != "group noun" or draft.country is None or draft.sector is None:
            continue
        named = organs.get((draft.country, draft.sector), [])
        if len(named) != 1:
            continue
        organ = out.actors[named[0]]
        for i, m in enumerate(out.mentions):
            if m.actor_id == draft.id:
                moved = MentionSpan(m.start, m.end, organ.id, m.resolved_by, m.text)
                out.mentions[i] = moved
                for k in range(m.start, m.end):
                    out.by_token[k] = moved
        organ.mentions += draft.mentions
        organ.aliases.update(draft.aliases)
        organ.resolved_by.update(draft.resolved_by)
        del out.actors[draft.id]


def story_officials(out: DocActors) -> None:
    """ "Floods hit Bangladesh ... Relief Minister X said": a person holding an office of a state's own
    (a minister, a lawmaker, a general, a police spokesman) whose description names no state serves
    the state of the story told in the sentences before the person's: the state most named there by
    its people (the story's officials: "Kenyan President X hosted envoys. Interior Minister Y said
    ..." in a story about Sudan), else the state named most there (the document's most named first on
    a tie); a judge, prosecutor or police officer acts where the story's places are (``_home_place``).
    A state named beside the person is as often the
    counterpart ("President X welcomed South African leader Y"), so a story of one sentence tells
    nothing. People the gazetteer knows keep its record; commentators, politicians of no office and
    titles that head organisations too ("President X", "Secretary General X": ``organisation_titles``
    in ``data/grammar.json``) get no state."""
    _team_namesakes(out)
    affiliated = {a.source_id for a in out.affiliations}
    shared = set(read_grammar()["organisation_titles"])  # "President X" heads a company as well
    story: _Story | None = None
    for draft in list(out.actors.values()):
        if draft.type != "person" or draft.gazetteer or draft.country or draft.id in affiliated:
            continue
        if draft.sector_by != "office" or not draft.office or sector_class(draft.sector) != "state":
            continue
        if " ".join(draft.office.lower().split()) in shared:
            continue
        first = min((m for m in out.mentions if m.actor_id == draft.id), key=lambda m: m.start, default=None)
        if first is None or out.is_chrome(out.doc[first.start : first.end]):
            continue
        listed = _listed_state(out.doc[first.start : first.end].root, out)
        if listed is not None:
            draft.country = listed
            evidence = f"{draft.office} {first.text}"
            out.affiliations.append(Affiliation(draft.id, listed, out.doc[first.start].sent, evidence, True))
            continue
        sent = out.doc[first.start].sent
        framed = _stated_state(out.doc[first.start : first.end].root, out) or _framing_state(
            sent, first.start, out
        )
        if framed is not None and out.ensure_actor(framed):
            draft.country = framed  # "In Hungary, Prime Minister X praised ...": that state's
            out.affiliations.append(Affiliation(draft.id, framed, sent, f"{draft.office} {first.text}", True))
            continue
        story = story or _Story(out)
        entries = story._entries(_story_start(story, sent), sent.start, described=False)
        before = Counter(s for _, s, _ in entries)
        state = _home_place(story, sent) if draft.sector in _HOME_SECTORS else None
        if state is None and not before:
            continue
        if state is None:
            # the people named are the story's officials: their state before the states talked about;
            # never the state of whom the person meets ("Minister X hosted Chinese General Y")
            met = _met_states(out.doc[first.start : first.end].root, out)
            people = Counter(s for _, s, kind in entries if kind == "person")
            candidates = [s for s in before if s not in met]
            if not candidates:
                continue
            state = max(candidates, key=lambda s: (people[s], before[s], s == story.dominant))
        if _counterpart_of(draft.office, state, sent, out) or not out.ensure_actor(state):
            continue
        draft.country = state
        out.affiliations.append(Affiliation(draft.id, state, sent, f"{draft.office} {first.text}", True))


def _team_namesakes(out: DocActors) -> None:
    """ "The Colombian delegation is composed of ... Defense Minister Pedro Sanchez": a person of the
    data listed in another state's delegation or team (``_listed_state``), whose own state the story
    never names, is a namesake: an actor of his own (the data's id and the team's state) of that state,
    with neither the data's affiliation nor its office."""
    named = {m.actor_id for m in out.mentions if out.actors[m.actor_id].type == "country"}
    for old_id, draft in list(out.actors.items()):
        if draft.type != "person" or not draft.gazetteer or not draft.country or draft.country in named:
            continue
        mentions = [m for m in out.mentions if m.actor_id == old_id]
        first = min(mentions, key=lambda m: m.start, default=None)
        if first is None:
            continue
        listed = _listed_state(out.doc[first.start : first.end].root, out)
        if listed is None or listed == draft.country or not out.ensure_actor(listed):
            continue
        new_id = f"{old_id}_{listed}"
        if new_id in out.actors:
            continue
        del out.actors[old_id]
        draft.id, draft.country, draft.gazetteer = new_id, listed, False
        draft.office = draft.office if draft.office_from_text else None  # the data's office is another's
        out.actors[new_id] = draft
        for m in mentions:
            m.actor_id = new_id
        out.affiliations[:] = [a for a in out.affiliations if a.source_id != old_id]
        sent = out.doc[first.start].sent
        out.affiliations.append(Affiliation(new_id, listed, sent, first.text, True))


def _met_states(token: Token, out: DocActors) -> set[str]:
    """The states of whom the subject ``token`` hosts, meets, receives or welcomes (``meeting_verbs``
    in ``data/grammar.json``): the object of its verb, or of "with" after it ("Minister X met Greek
    Minister Y", "X met with Y"); not whom he tells ("X told VOA")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in read_grammar()["meeting_verbs"]:
        return set()
    sides = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    for node in [verb, *sides]:
        sides += [g for c in node.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    states = set()
    for side in sides:
        for t in side.subtree:
            mention = out.by_token.get(t.i)
            country = out.actors[mention.actor_id].country if mention is not None else None
            if country:
                states.add(country)
    return states


def _stated_state(token: Token, out: DocActors) -> str | None:
    """The state an "in" phrase on the person's name names by its name (not a capital nor a city):
    "Prime Minister X in Tonga welcomed ...", "met Foreign Minister X in Peru": where the office is held,
    whichever state the story is told from."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            mention = out.by_token.get(obj.i)
            if (
                obj.dep_ == "pobj"
                and mention is not None
                and mention.resolved_by == "gazetteer"
                and out.actors[mention.actor_id].type == "country"
            ):
                return mention.actor_id
    return None


def _framing_state(sent: Span, before: int, out: DocActors) -> str | None:
    """The state a sentence opens with as its setting, "In Slovenia, ..." (the state's name, not its
    capital, a comma right after it), when ``before`` comes after that comma."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return None
    mention = out.by_token.get(sent.start + 1)
    if mention is None or mention.start != sent.start + 1 or mention.resolved_by != "gazetteer":
        return None
    if out.actors[mention.actor_id].type != "country" or mention.end >= sent.end:
        return None
    if out.doc[mention.end].text != "," or mention.end >= before:
        return None
    return mention.actor_id


def _counterpart_of(office: str, state: str, sent: Span, out: DocActors) -> bool:
    """Whether ``state`` is that of a person whose counterpart the office is: "both President A and his
    counterpart, President X" (a counterpart is of another state than the people named beside him)."""
    if not exchange_partners() & set(office.lower().split()):
        return False
    return any(
        out.actors[m.actor_id].type == "person" and out.actors[m.actor_id].country == state
        for m in out.mentions
        if sent.start <= m.start < sent.end
    )


def _home_place(story: _Story, sent: Span) -> str | None:
    """The state of the places a story names around ``sent`` (the sentence's, the two before, the
    document's most named): where a judge, a prosecutor or a police officer acts ("a trial in New York
    ... federal prosecutor X said")."""
    return story._home_state(sent)


def _listed_state(token: Token, out: DocActors) -> str | None:
    """The state of the delegation or team a person is listed in: "Kenya's team includes A, B and
    army chief X", "The Ukrainian delegation includes ...; and military commander X" (up the list
    and its appositions to the noun of the team, or the subject of "includes"), or whose make-up or
    leaders it is named in ("The Peruvian delegation is composed of A and B", "was led by A", "a
    Ugandan delegation, headed by A, ...": ``teams.team_of``)."""
    team = team_of(token, TEAM_NOUNS)
    if team is not None:
        states = modifier_states(team, out)
        return states[0] if len(states) == 1 else None
    node = token
    for _ in range(8):
        if node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head
        elif node.dep_ in {"dobj", "attr"} and node.head.lemma_.lower() in _LISTING_VERBS:
            node = next((c for c in node.head.children if c.dep_ == "nsubj"), node)
            states = modifier_states(node, out)
            return states[0] if len(states) == 1 else None
        else:
            break
        if node.lemma_.lower() in TEAM_NOUNS:
            states = modifier_states(node, out)
            return states[0] if len(states) == 1 else None
    return None


def _story_start(story: _Story, sent: Span) -> int:
    """The first token of the ``_OFFICE_WINDOW`` sentences before ``sent``, after any section break
    (two blank lines: stories joined into one text)."""
    doc = sent.doc
    k = bisect_left(story.starts, sent.start)
    start = story.starts[max(k - _OFFICE_WINDOW, 0)] if k else sent.start
    breaks = [b.end() for b in _SECTION.finditer(doc[start : sent.start].text)]
    if breaks:
        after = doc[start].idx + breaks[-1]
        start = next((t.i for t in doc[start : sent.start] if t.idx >= after), sent.start)
    return start
