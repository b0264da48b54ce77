"""Dependency patterns + lexicon -> relations between resolved actors.

Per sentence, every token whose lemma is a verb or noun trigger of the lexicon
anchors a candidate event:

* verbs: source = subject (inherited through ``xcomp``/``conj``/``advcl``; the
  ``by`` agent in the passive), target = direct object (the passive subject) or
  the object of a target preposition ("met with Y", "imposed sanctions on Y");
* nouns: "cooperation between X and Y" (every pair), "X's relationship with Y",
  "Russian airstrikes on Y", and a noun under a light verb takes the verb's
  subject as source ("Russia launched airstrikes against Y");
* coordinated actors expand to every pair ("X and Y agreed", "Russia, Iran,
  Syria and Hezbollah");
* an argument that is not itself an actor resolves through its modifiers
  ("the UK government", "Russian officials", "the governments of Iraq and
  Syria"), a pronoun through the nearest fitting antecedent, and "the two
  countries" through the last two states named.

Each candidate carries flags: negated ("did not", "denied"), hypothetical
("would", "could", "plans to", "signs that"), and the actor a reported
statement is attributed to ("X said ...", "according to X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime

from spacy.tokens import Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.resolve import DocActors
from actorgraph.relations.lexicon import Lexicon, Trigger

__all__ = ["Candidate", "extract_candidates", "parse_event_date"]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_INHERIT = {"xcomp", "conj", "advcl", "ccomp", "pcomp"}
_MODIFIERS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod"}
#: Verbal event types whose verb reports the event of its complement ("threatened to attack").
_CONTROL_TYPES = {"AGREE", "REJECT", "THREATEN", "REQUEST"}
#: Cooperative types whose noun, halted or cut, makes a sanction.
_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
#: Types whose verb can take the event of a "that" clause's subject as target ("demanded that X ...").
_CCOMP_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One relation found in a sentence, before it is turned into a :class:`Relation`."""

    source: str
    target: str
    trigger: Trigger
    predicate: str
    sentence: Span
    directed: bool
    negated: bool
    hypothetical: bool
    attributed_to: str | None
    date: str | None
    confidence: float


class _Context:
    """Per-document state for pronouns and "the two countries"."""

    def __init__(self, actors: DocActors, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.sentences = list(actors.doc.sents)
        self.sentence_starts = [s.start for s in self.sentences]
        #: Mentions from the end of the document back, for antecedent searches.
        self.latest_first = sorted(actors.mentions, key=lambda m: -m.start)
        self.grammar = read_grammar()
        self.agent_heads = set(self.grammar["agent_heads"])
        self.place_preps = set(self.grammar["place_preps"])
        self.light_verbs = set(self.grammar["light_verbs"])
        self.reduce_verbs = set(self.grammar["reduce_verbs"])
        self.under_verbs = set(self.grammar["under_attack_verbs"])
        self.demanded_acts = set(self.grammar["demanded_acts"])
        self.denial_verbs = set(self.grammar["denial_verbs"])
        self.speech = set(self.grammar["speech_verbs"])
        self.intent = set(self.grammar["intent_verbs"])
        self.hypo_aux = set(self.grammar["hypothetical_aux"])
        self.hypo_heads = set(self.grammar["hypothetical_heads"])
        self.hypo_marks = set(self.grammar["hypothetical_marks"])
        self.negating = set(self.grammar["negating_verbs"])
        self.negation = set(self.grammar["negation_words"])
        self.groups = {" ".join(g.split()[-2:]) for g in self.grammar["group_of_countries"]}
        self.demand_modals = set(self.grammar["demand_modals"])
        self.place_target_preps = set(self.grammar["place_target_preps"])
        self.place_target_types = set(self.grammar["place_target_types"])
        self.place_target_modes = set(self.grammar["place_target_modes"])

    def control(self, token: Token) -> Trigger | None:
        """The trigger of ``token`` if it governs a complement whose event it reports
        ("threatened to cut off", "agreed to set up", "willing to withdraw")."""
        if token.pos_ == "ADJ":
            trig = self.lexicon.adjective(token.lemma_.lower())
        elif token.pos_ in {"VERB", "AUX"}:
            found = _verb_trigger(token, self.lexicon)
            trig = found[0] if found else None
        else:
            return None
        if token.lemma_ in self.denial_verbs:
            return None
        return trig if trig is not None and trig.plover in _CONTROL_TYPES else None

    def kind(self, actor_id: str) -> str:
        return self.actors.actors[actor_id].type

    def preceding(self, token: Token, want: set[str], *, subjects_first: bool = False) -> list[str]:
        """Actors of the wanted types mentioned before ``token``, nearest first.

        With ``subjects_first``, actors that were the subject of a clause in the current or
        the two previous sentences come before the rest ("He" after "Shamkhani met X, Y's adviser").
        """
        doc = self.actors.doc
        seen: list[str] = []
        subjects: list[str] = []
        sent_starts = [s for s in self.sentence_starts if s <= token.i][-3:]
        window = sent_starts[0] if sent_starts else 0
        for m in self.latest_first:
            if m.start >= token.i or self.kind(m.actor_id) not in want:
                continue
            if self.actors.is_chrome(doc[m.start : m.end]):
                continue
            if m.actor_id not in seen:
                seen.append(m.actor_id)
            if (
                m.start >= window
                and doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}
                and m.actor_id not in subjects
            ):
                subjects.append(m.actor_id)
        if subjects_first:
            return subjects + [a for a in seen if a not in subjects]
        return seen

    def two_countries(self, token: Token) -> list[str]:
        """The last two distinct states named before ``token`` (people count for their state)."""
        states: list[str] = []
        for m in self.latest_first:
            if m.start >= token.i:
                continue
            draft = self.actors.actors[m.actor_id]
            state = m.actor_id if draft.type == "country" else draft.country
            if state and state not in states:
                states.append(state)
            if len(states) == 2:
                return states
        return []


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _np_actors(token: Token, ctx: _Context, *, depth: int = 0) -> tuple[list[str], bool]:
    """Actors named by the noun phrase headed by ``token`` (with its conjuncts).

    Returns the actor ids and whether a pronoun or group reference was resolved.
    """
    found: list[str] = []
    inferred = False
    for tok in (token, *_conjuncts(token)):
        actor = ctx.actors.actor_at(tok)
        if actor is not None:
            found.append(_located(tok, actor, ctx))
            continue
        lower = tok.lower_
        if tok.pos_ == "PRON":
            ref = _pronoun(tok, ctx)
            if ref:
                found.append(ref)
                inferred = True
            continue
        phrase = " ".join(c.lower_ for c in tok.lefts if c.dep_ in {"nummod", "det", "predet"}).split()
        if phrase and f"{phrase[-1]} {lower}" in ctx.groups:
            found.extend(ctx.two_countries(tok))
            inferred = True
            continue
        if depth > 3:
            continue
        local: list[str] = []
        owners: list[str] = []
        for child in tok.children:
            if child.dep_ in _MODIFIERS:
                sub, inf = _np_actors(child, ctx, depth=depth + 1)
                (owners if child.dep_ == "poss" else local).extend(sub)
                inferred |= inf
            elif child.dep_ == "prep" and child.lower_ in {"of", "from"} and lower in ctx.agent_heads:
                # "the governments of Iraq and Syria", "doctors from two American aid groups"
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        sub, inf = _np_actors(pobj, ctx, depth=depth + 1)
                        local.extend(sub)
                        inferred |= inf
        # "Osama bin Laden's al-Qaeda network": the modifier next to the head names the actor; the
        # possessor only when nothing else does ("Iran's government").
        local = local or owners
        if not local and lower in ctx.agent_heads:
            # "Security forces in Guinea", "troops inside Syria": the state the forces are in.
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ctx.place_target_preps:
                    for pobj in child.children:
                        actor = ctx.actors.actor_at(pobj) or ctx.actors.place_at(pobj)
                        if (
                            pobj.dep_ == "pobj"
                            and actor
                            and ctx.actors.ensure_actor(actor)
                            and ctx.kind(actor) == "country"
                        ):
                            local.append(actor)
        # "Syria's President Bashar al-Assad", "Khamenei's adviser, Ali Akbar Velayati": the person named
        # in apposition is the actor, not the state or the patron that qualifies the title.
        named = [
            a
            for c in tok.children
            if c.dep_ in {"appos", "compound"}
            for a in _np_actors(c, ctx, depth=depth + 1)[0]
            if ctx.kind(a) == "person"
        ]
        found.extend(named[-1:] if named else local)
    return list(dict.fromkeys(found)), inferred


def _located(token: Token, actor: str, ctx: _Context) -> str:
    """ "ethnic Albanians in south Serbia": people named by a demonym act for where they are."""
    mention = ctx.actors.by_token.get(token.i)
    if mention is None or mention.resolved_by != "demonym" or token.pos_ not in {"NOUN", "PROPN"}:
        return actor
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "of", "inside"}:
            for pobj in child.children:
                place = ctx.actors.actor_at(pobj) or ctx.actors.place_at(pobj)
                if (
                    pobj.dep_ == "pobj"
                    and place
                    and ctx.actors.ensure_actor(place)
                    and ctx.kind(place) == "country"
                ):
                    return place
    return actor


def _pronoun(token: Token, ctx: _Context) -> str | None:
    lower = token.lower_
    g = ctx.grammar
    if lower in g["pronouns_person"]:
        people = ctx.preceding(token, {"person"}, subjects_first=True)
        return people[0] if people else None
    if lower in g["pronouns_singular_state"]:
        # "Iran announced that it had arrested ...": the speaker of the governing clause first.
        head = token.head
        while head.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and head.head is not head:
            head = head.head
            for child in head.children:
                if child.dep_ in _SUBJ and child is not token:
                    actor = ctx.actors.actor_at(child)
                    if actor and ctx.kind(actor) != "person":
                        return actor
        states = ctx.preceding(token, {"country", "igo", "armed_group", "organization"})
        return states[0] if states else None
    return None


def _subjects(verb: Token, ctx: _Context) -> tuple[list[str], bool, bool]:
    """(actors, passive, inferred) of the subject of ``verb``, inherited where the verb has none."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    for child in verb.children:
        if child.dep_ in _SUBJ:
            actors, inferred = _np_actors(child, ctx)
            return actors, passive, inferred
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "arrested him on [spying] charges": the doer of the gerund is the main verb's subject.
        return _subjects(verb.head.head, ctx)
    active_object = any(c.dep_ == "dobj" for v in (verb, *_conjuncts(verb)) for c in v.children)
    if verb.dep_ == "acl" and (verb.tag_ != "VBN" or active_object) and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "doctors from two American aid groups [donated] ...": a parse that hangs the verb on a noun.
        actors, inferred = _np_actors(verb.head, ctx)
        return actors, passive, inferred
    if verb.dep_ == "relcl":
        actors, inferred = _np_actors(verb.head, ctx)
        return actors, passive, inferred
    if verb.dep_ in _INHERIT and verb.head is not verb and verb.head.pos_ in {"VERB", "AUX"}:
        head_actors, head_passive, inferred = _subjects(verb.head, ctx)
        if verb.dep_ == "xcomp":
            # Object control: "X urged Y to ..." -> the doer of the xcomp is Y.
            for child in verb.head.children:
                if child.dep_ == "dobj":
                    obj, inf = _np_actors(child, ctx)
                    if obj:
                        return obj, passive, inf
        if not head_passive:
            return head_actors, passive, inferred
    return [], passive, False


def _prep_objects(token: Token, preps: tuple[str, ...], ctx: _Context) -> tuple[list[str], list[Token], bool]:
    actors: list[str] = []
    tokens: list[Token] = []
    inferred = False
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    sub, inf = _np_actors(pobj, ctx)
                    if sub:
                        actors.extend(sub)
                        tokens.append(child)
                        inferred |= inf
    return actors, tokens, inferred


def _flags(anchor: Token, ctx: _Context) -> tuple[bool, bool, str | None]:
    """(negated, hypothetical, attributed_to) for the clause of ``anchor``."""
    negated = any(
        c.dep_ == "neg" or (c.lower_ in ctx.negation and c.dep_ in {"neg", "advmod", "det"})
        for c in anchor.children
    )
    hypothetical = False
    attributed: str | None = None
    speech_above = False
    node = anchor
    steps = 0
    while steps < 8:
        steps += 1
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in ctx.hypo_aux and child.lower_ != "would":
                hypothetical = True
            if child.dep_ == "mark" and child.lower_ in ctx.hypo_marks:
                hypothetical = True
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ctx.hypo_marks for m in child.children
            ):
                hypothetical = True  # "If talks fail, Turkey will attack ..."
            if child.dep_ == "prep" and child.lower_ == "according":
                for sub in child.subtree:
                    actor = ctx.actors.actor_at(sub)
                    if actor:
                        attributed = attributed or actor
                        break
        if node is not anchor and node.lemma_ in ctx.speech and node.pos_ == "VERB":
            speech_above = True
            if attributed is None:
                subj, _, _ = _subjects(node, ctx)
                if not subj:
                    subj, _, _ = _prep_objects(node, ("by",), ctx)
                attributed = subj[0] if subj else attributed
        head = node.head
        if head is node:
            break
        if node.dep_ == "xcomp" and head.lemma_ in ctx.intent:
            hypothetical = True
        if node.dep_ in {"xcomp", "ccomp"} and head.lemma_ in ctx.negating:
            negated = True
        if node.dep_ in {"acl", "ccomp"} and head.lemma_ in ctx.hypo_heads and head.pos_ == "NOUN":
            hypothetical = True
        node = head
    if not speech_above:
        node = anchor
        for _ in range(4):
            if any(c.dep_ == "aux" and c.lower_ == "would" for c in node.children):
                hypothetical = True
            if node.head is node or node.dep_ not in {"xcomp", "conj", "ccomp", "advcl", "acl", "relcl"}:
                break
            node = node.head
    elif any(c.dep_ == "aux" and c.lower_ == "would" for c in anchor.children):
        # "would" under a speech verb is future-in-the-past, unless a hypothetical head governs it.
        pass
    return negated, hypothetical, attributed


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_DATE_RE = re.compile(
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(?P<day>\d{1,2})?(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})?",
)


def parse_event_date(text: str, doc_date: str | None) -> str | None:
    """Read a date phrase ("Aug. 16", "September 30, 2014", "November 2015") as ISO 8601.

    A missing year is taken from the document date (or ``None`` without one).
    """
    m = _DATE_RE.search(text)
    if not m:
        y = re.fullmatch(r"\s*(?:in\s+)?(\d{4})\s*", text)
        return y.group(1) if y else None
    month = _MONTHS[m.group("month")[:3].lower()]
    year = int(m.group("year")) if m.group("year") else None
    if year is None and doc_date:
        try:
            year = datetime.fromisoformat(doc_date[:10]).year
        except ValueError:
            year = None
    if year is None:
        return None
    if m.group("day"):
        try:
            return Date(year, month, int(m.group("day"))).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}"


def _event_date(anchor: Token, doc_date: str | None) -> str | None:
    node = anchor
    for _ in range(3):
        for child in node.children:
            for tok in (child, *[c for c in child.children if c.dep_ == "pobj"]):
                if tok.ent_type_ == "DATE":
                    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
                    if ent is not None:
                        parsed = parse_event_date(ent.text, doc_date)
                        if parsed:
                            return parsed
        if node.head is node:
            break
        node = node.head
    return doc_date


def _predicate(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    if hi - lo <= 6:
        return doc[lo : hi + 1].text
    return tokens[0].text


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger hangs under: "launched [airstrikes]", "are in [cooperation]"."""
    node = noun
    for _ in range(3):
        if node.dep_ in {"dobj", "nsubjpass", "attr", "oprd", "dative"} and node.head.pos_ in {"VERB", "AUX"}:
            return node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
            return node.head.head
        if node.dep_ in {"conj", "pobj", "prep", "compound"}:
            node = node.head
            continue
        return None
    return None


def extract_candidates(
    actors: DocActors, lexicon: Lexicon, *, doc_date: str | None = None
) -> list[Candidate]:
    """Every relation candidate of the document, in text order."""
    ctx = _Context(actors, lexicon)
    out: list[Candidate] = []
    for sent in ctx.sentences:
        if actors.is_chrome(sent) and not any(
            actors.actor_at(t) for t in sent if not actors.is_chrome(actors.doc[t.i : t.i + 1])
        ):
            continue
        for token in sent:
            if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
                trig = _verb_trigger(token, lexicon)
                if trig:
                    out.extend(_from_verb(token, trig[0], trig[1], sent, ctx, doc_date))
                elif token.lemma_ in ctx.speech:
                    out.extend(_modal_demand(token, sent, ctx, doc_date))
            elif token.pos_ == "ADJ":
                trigger = lexicon.adjective(token.lemma_.lower())
                if trigger and any(c.dep_ == "xcomp" for c in token.children):
                    out.extend(_from_adjective(token, trigger, sent, ctx, doc_date))
            elif token.pos_ in {"NOUN", "PROPN"}:
                trigger = _noun_trigger(token, lexicon)
                if trigger:
                    out.extend(_from_noun(token, trigger, sent, ctx, doc_date))
    return out


def _noun_trigger(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """The noun trigger of ``noun``, a two-word compound first ("war games", "military exercises")."""
    lemma = noun.lemma_.lower()
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"} and child.i == noun.i - 1:
            found = lexicon.noun(f"{child.lemma_.lower()} {lemma}")
            if found:
                return found
    return lexicon.noun(lemma) or lexicon.noun(noun.lower_)


def _verb_trigger(verb: Token, lexicon: Lexicon) -> tuple[Trigger, list[Token]] | None:
    lemma = verb.lemma_.lower()
    commit = read_grammar()["commit_verbs"].get(lemma)
    if commit and any(c.dep_ == "xcomp" for c in verb.children):
        # "Libya offered to hand over ...": an offer to act is a commitment, not the act.
        return Trigger(lemma, "verb", commit[0], commit[1], "", ("dobj",), False, "rule"), [verb]
    for child in verb.children:
        if child.dep_ in {"prt", "prep"}:
            trig = lexicon.verb(f"{lemma} {child.lower_}")
            if trig:
                return trig, [verb, child]
    trig = lexicon.verb(lemma)
    return (trig, [verb]) if trig else None


def _emit(
    sources: list[str],
    targets: list[str],
    trigger: Trigger,
    pred_tokens: list[Token],
    sent: Span,
    anchor: Token,
    ctx: _Context,
    doc_date: str | None,
    confidence: float,
) -> list[Candidate]:
    negated, hypothetical, attributed = _flags(anchor, ctx)
    when = _event_date(anchor, doc_date)
    predicate = _predicate(pred_tokens)
    pairs: list[tuple[str, str]] = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets if s != t]
    elif trigger.symmetric and len(sources) > 1:
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1 :] if a != b]
    out = []
    seen: set[tuple[str, str]] = set()
    for s, t in pairs:
        key = tuple(sorted((s, t))) if trigger.symmetric else (s, t)
        if key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        out.append(
            Candidate(
                s,
                t,
                trigger,
                predicate,
                sent,
                not trigger.symmetric,
                negated,
                hypothetical,
                attributed,
                when,
                confidence,
            )
        )
    return out


def _complement_targets(verb: Token, ctx: _Context, depth: int = 0) -> list[str]:
    """Actors the complement clause acts upon: its objects and prepositional objects, places included
    ("threatened to cut off electricity to Nakhichevan", "agreed to set up a center in Tokyo")."""
    found: list[str] = []
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "attr", "oprd"}:
            found.extend(_np_actors(c, ctx)[0])
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ != "of":
                    for pobj in p.children:
                        if pobj.dep_ == "pobj":
                            found.extend(_np_actors(pobj, ctx)[0])
        elif c.dep_ in {"prep", "agent"}:
            for pobj in c.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    found.extend(_np_actors(pobj, ctx)[0])
        elif c.dep_ in {"xcomp", "conj", "advcl"} and c.pos_ in {"VERB", "AUX"} and depth < 3:
            found.extend(_complement_targets(c, ctx, depth + 1))
    return list(dict.fromkeys(found))


def _first_actor(
    head: Token, ctx: _Context, *, exclude: set[str], skip_preps: set[str], skip_subject: bool = False
) -> list[str]:
    """The first actor, in text order, inside the phrase of ``head`` (not in its subject or place phrases)."""
    skipped: set[int] = set()
    for child in head.children:
        if (skip_subject and child.dep_ in _SUBJ) or (child.dep_ == "prep" and child.lower_ in skip_preps):
            skipped.update(t.i for t in child.subtree)
        if child.dep_ in {"advcl", "ccomp", "parataxis", "punct", "npadvmod", "relcl"}:
            skipped.update(t.i for t in child.subtree)
    for tok in head.subtree:
        if tok.i in skipped or tok.i == head.i:
            continue
        actor = ctx.actors.actor_at(tok)
        if actor and actor not in exclude:
            return [actor]
    return []


def _place_targets(anchor: Token, ctx: _Context) -> tuple[list[str], list[Token]]:
    """States named as where the act happens ("arrived in Amman", "fighting in Cambodia")."""
    actors: list[str] = []
    tokens: list[Token] = []
    holders = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    for c in (child for h in holders for child in h.children):
        if c.dep_ == "prep" and c.lower_ in ctx.place_target_preps:
            for pobj in c.children:
                if pobj.dep_ != "pobj":
                    continue
                found = [a for a in _np_actors(pobj, ctx)[0] if ctx.kind(a) == "country"]
                if not found:
                    # "attacked a train in Balochistan": the state the place lies in.
                    places = [ctx.actors.place_at(t) for t in pobj.subtree]
                    place = next((p for p in places if p), None)
                    if place and ctx.actors.ensure_actor(place):
                        found = [place]
                actors.extend(found)
                tokens.extend(c for _ in found)
    return actors, tokens


def _modal_demand(verb: Token, sent: Span, ctx: _Context, doc_date: str | None) -> list[Candidate]:
    """ "X declared that China must drop barriers": a demand of X on China."""
    rule = ctx.grammar["demand_rule"]
    for ccomp in verb.children:
        if ccomp.dep_ != "ccomp":
            continue
        aux = [c for c in ccomp.children if c.dep_ == "aux" and c.lower_ in ctx.demand_modals]
        if not aux:
            continue
        sources, _, inferred = _subjects(verb, ctx)
        targets = [
            a for c in ccomp.children if c.dep_ in {"nsubj", "nsubjpass"} for a in _np_actors(c, ctx)[0]
        ]
        trigger = Trigger(verb.lemma_, "verb", rule["plover"], rule["cameo"], "", ("dobj",), False, "rule")
        confidence = 0.5 if inferred else 0.6
        return _emit(sources, targets, trigger, [verb, *aux], sent, ccomp, ctx, doc_date, confidence)
    return []


def _under_attack(
    noun: Token, trigger: Trigger, sent: Span, ctx: _Context, doc_date: str | None
) -> list[Candidate] | None:
    """ "Ukrainian positions came under fire from Russian forces": the subject is the target."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_ not in ctx.under_verbs:
        return None
    verb = prep.head
    sources, toks, _ = _prep_objects(noun, ("from", "by"), ctx)
    if not sources:
        sources, toks, _ = _prep_objects(verb, ("from", "by"), ctx)
    targets = [a for c in verb.children if c.dep_ in _SUBJ for a in _np_actors(c, ctx)[0]]
    if not sources or not targets:
        return []
    return _emit(sources, targets, trigger, [verb, prep, noun, *toks], sent, verb, ctx, doc_date, 0.6)


def _from_adjective(
    adj: Token, trigger: Trigger, sent: Span, ctx: _Context, doc_date: str | None
) -> list[Candidate]:
    """ "Syria is willing to withdraw its troops from Lebanon": the subject commits to the complement."""
    if adj.dep_ not in {"acomp", "amod", "attr"} or adj.head is adj:
        return []
    sources, _, inferred = _subjects(adj.head, ctx)
    targets: list[str] = []
    pred = [adj]
    for xcomp in (c for c in adj.children if c.dep_ == "xcomp"):
        targets.extend(_complement_targets(xcomp, ctx))
        pred.append(xcomp)
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if not sources:
        return []
    return _emit(sources, targets, trigger, pred, sent, adj.head, ctx, doc_date, 0.5 if inferred else 0.6)


def _from_verb(
    verb: Token, trigger: Trigger, pred: list[Token], sent: Span, ctx: _Context, doc_date: str | None
) -> list[Candidate]:
    if verb.dep_ == "xcomp" and ctx.control(verb.head) is not None:
        return []  # reported by the governing verb ("threatened to [attack]")
    if verb.lemma_ in ctx.denial_verbs and any(
        c.dep_ in {"xcomp", "ccomp", "pcomp"} and _verb_trigger(c, ctx.lexicon) for c in verb.children
    ):
        return []  # "denied sending drones": the sending is the event, flagged as negated
    sources, passive, inferred = _subjects(verb, ctx)

    targets: list[str] = []
    pred = list(pred)
    if passive:
        targets = [a for c in verb.children if c.dep_ == "nsubjpass" for a in _np_actors(c, ctx)[0]]
        agents, agent_tokens, inf = _prep_objects(verb, ("by",), ctx)
        sources, inferred = agents, inferred or inf
        pred += agent_tokens
    else:
        has_object = any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in verb.children)
        if trigger.takes_object and not has_object and not trigger.fallback:
            # A mis-parsed object ("kidnapped up to 16 Russian advisers"): the nearest actor after the verb.
            after = _first_actor(verb, ctx, exclude=set(), skip_preps=ctx.place_preps, skip_subject=True)
            targets.extend(after)
            inferred |= bool(after)
        if trigger.takes_object:
            for child in verb.children:
                if child.dep_ in {"dobj", "dative"}:
                    sub, inf = _np_actors(child, ctx)
                    targets.extend(sub)
                    inferred |= inf
                    if not sub:
                        # "arrested a British national": the object's nationality.
                        objs, toks, inf = _prep_objects(child, trigger.preps, ctx)
                        targets.extend(objs)
                        pred += toks
                    if (
                        not sub
                        and not targets
                        and not trigger.fallback
                        and ctx.lexicon.noun(child.lemma_.lower())
                    ):
                        # "suspended air links with Serbia": what the verb acts on names the target.
                        inner = _first_actor(child, ctx, exclude=set(sources), skip_preps=ctx.place_preps)
                        targets.extend(inner)
        preps = trigger.preps
        if preps:
            objs, toks, inf = _prep_objects(verb, preps, ctx)
            targets.extend(objs)
            pred += toks
            inferred |= inf
            for child in verb.children:
                if child.dep_ == "dobj" and not _np_actors(child, ctx)[0]:
                    objs, toks, inf = _prep_objects(child, preps, ctx)
                    targets.extend(objs)
                    pred += toks
    if not targets and not passive and trigger.plover in _CONTROL_TYPES:
        for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
            targets.extend(_complement_targets(xcomp, ctx))
            pred.append(xcomp)
        if not targets and not trigger.fallback:
            # "rejected recent calls by Belarus's rulers", "refused to allow United Nations planes to land":
            # the nearest actor in what is agreed, refused, demanded or threatened.
            targets = _first_actor(
                verb, ctx, exclude=set(sources), skip_preps=ctx.place_preps, skip_subject=True
            )
            inferred |= bool(targets)
    if not passive and trigger.plover == "REQUEST":
        # "demanded the withdrawal of Serbian forces from Bosnia": who is to act is the target.
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if ctx.lexicon.noun(obj.lemma_.lower()) or obj.lemma_.lower() in ctx.demanded_acts:
                doers = [
                    a
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for a in _np_actors(o, ctx)[0]
                ]
                if doers:
                    targets = doers
    if not targets and not passive and trigger.plover in _CCOMP_TYPES:
        for ccomp in (c for c in verb.children if c.dep_ == "ccomp"):
            targets.extend(
                a for c in ccomp.children if c.dep_ in {"nsubj", "nsubjpass"} for a in _np_actors(c, ctx)[0]
            )
    if (
        not targets
        and not trigger.fallback
        and (trigger.plover in ctx.place_target_types or trigger.mode in ctx.place_target_modes)
    ):
        places, toks = _place_targets(verb, ctx)
        targets.extend(places)
        pred += toks
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if not sources:
        return []
    confidence = 0.75 if not inferred else 0.55
    if trigger.fallback:
        confidence -= 0.15
    return _emit(sources, targets, trigger, pred, sent, verb, ctx, doc_date, confidence)


def _from_noun(
    noun: Token, trigger: Trigger, sent: Span, ctx: _Context, doc_date: str | None
) -> list[Candidate]:
    under = _under_attack(noun, trigger, sent, ctx, doc_date)
    if under is not None:
        return under
    # "a mediation mission between X and Y": the trigger may modify the noun that carries the arguments.
    holder = noun.head if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} else noun
    # "cooperation between X and Y": every pair of the coordinated objects.
    between, between_tokens, inferred = _prep_objects(holder, ("between", "among", "amongst"), ctx)
    if len(between) > 1 and trigger.symmetric:
        return _emit(between, [], trigger, [noun, *between_tokens], sent, noun, ctx, doc_date, 0.7)
    sources: list[str] = []
    for child in noun.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            sub, inf = _np_actors(child, ctx)
            sources.extend(sub)
            inferred |= inf
    pred = [noun]
    anchor = noun
    governing = _governing_verb(noun)
    if governing is not None and governing.dep_ == "xcomp" and ctx.control(governing.head) is not None:
        return []  # "agreed to extend the truce": the truce is what is agreed, reported by "agreed"
    if governing is not None and governing.lemma_ in ctx.reduce_verbs and trigger.plover in _COOPERATIVE:
        # "halted economic aid to Serbia", "suspended air links with Serbia": cutting ties is a sanction.
        rule = ctx.grammar["reduce_rule"]
        trigger = Trigger(
            governing.lemma_, "verb", rule["plover"], rule["cameo"], "", trigger.target, False, "rule"
        )
        over = None
    else:
        over = _verb_trigger(governing, ctx.lexicon) if governing is not None else None
    if over is not None and governing.lemma_ not in ctx.light_verbs and over[0].plover != trigger.plover:  # type: ignore[union-attr]
        return []  # "suspended aid deliveries", "rejected calls for talks": the verb's event, not the noun's
    if not sources:
        verb = governing
        if verb is not None:
            sources, passive, inf = _subjects(verb, ctx)
            if passive:
                agents, _, agent_inf = _prep_objects(verb, ("by",), ctx)
                # "Serb forces were engaged in ethnic cleansing": an adjectival passive keeps its subject.
                if agents or verb.lemma_ not in ctx.light_verbs:
                    sources, inf = agents, agent_inf
            inferred |= inf
            pred = [verb, noun]
            anchor = verb
    targets, toks, inf = _prep_objects(holder, trigger.preps or ("with",), ctx)
    if not trigger.symmetric and between:
        # "mediation between X and Y": the parties are the targets of the mediator.
        targets, toks = [*targets, *between], [*toks, *between_tokens]
    inferred |= inf
    pred += toks
    if not targets and not trigger.symmetric:
        # "a suspension of air links with Serbia": the nearest actor inside the noun's own phrase.
        targets = _first_actor(holder, ctx, exclude=set(sources), skip_preps=ctx.place_preps)
        if targets:
            inferred = True
    if not targets and anchor is not noun and trigger.preps:
        # "imposed sanctions on Y" / "offered help to Y": the preposition may hang on the verb.
        targets, toks, inf = _prep_objects(anchor, trigger.preps, ctx)
        pred += toks
        inferred |= inf
        if not targets and "to" in trigger.preps:
            targets = [a for c in anchor.children if c.dep_ == "dative" for a in _np_actors(c, ctx)[0]]
    if not targets and (trigger.plover in ctx.place_target_types or trigger.mode in ctx.place_target_modes):
        places, toks = _place_targets(noun, ctx)
        if not places and anchor is not noun:
            places, toks = _place_targets(anchor, ctx)
        targets += places
        pred += toks
    if not sources:
        return []
    confidence = 0.7 if not inferred else 0.5
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    return _emit(sources, targets, trigger, pred, sent, anchor, ctx, doc_date, confidence)
