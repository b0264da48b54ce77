"""Statements, and what the speech rules share: who speaks, with what standing, about whom.

A statement is a speech verb with its complement clause ("X said that ..."), or a quotation whose
speaker the discourse memory knows. Only voices make acts: states, organisations and officials;
not analysts or academics commenting, informants ("sources said") or the media.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, conjuncts, np_actors, prep_objects, subjects
from actorgraph.relations.discourse.common import content_clause, person_in
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.speech.words import word_lists

__all__ = [
    "CLAUSE_LINKS",
    "SUBJECTS",
    "Found",
    "SpeechAct",
    "Statement",
    "act",
    "agent",
    "aux_above",
    "clause_verbs",
    "conditional",
    "defiance",
    "foreseen",
    "interview",
    "knows",
    "named_objects",
    "negated",
    "own_side",
    "owners_of",
    "reason_clauses",
    "reporter_of",
    "state",
    "statements",
    "voice",
    "xcomp_chain",
]

SUBJECTS = {"nsubj", "nsubjpass"}
CLAUSE_LINKS = {"conj", "xcomp"}


class Found(Protocol):
    """What the speech rules read of a relation already found in the sentence."""

    @property
    def source(self) -> str: ...

    @property
    def target(self) -> str: ...

    @property
    def trigger(self) -> Trigger: ...

    @property
    def negated(self) -> bool: ...

    @property
    def hypothetical(self) -> bool: ...

    @property
    def anchor(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Statement:
    """Who says what: the speakers, the speech verb (``None`` for a quotation standing on its
    own) and the root of the clause that is said."""

    speakers: tuple[str, ...]
    verb: Token | None
    clause: Token


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """An act of a speaker derived from what was said, ready to become a candidate."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    trigger: Trigger
    tokens: tuple[Token, ...]
    anchor: Token
    hypothetical: bool


def statements(sent: Span, ctx: Context) -> list[Statement]:
    """The statements of a sentence: speech verbs with a complement clause, and a quotation's
    sentence whose speaker the discourse memory knows."""
    words = word_lists()
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_ not in words.speech or verb.pos_ not in {"VERB", "AUX"} or negated(verb):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
            clauses.append(verb.head)  # “We will respond,” | he said
        if not clauses:
            continue
        if any(c.dep_ in SUBJECTS and c.lemma_.lower() in words.informants for c in verb.children):
            continue  # "military sources said", "a report said": informants report, they do not act
        speakers, passive, _ = subjects(verb, ctx)
        if passive:
            speakers = prep_objects(verb, ("by",), ctx)[0]
        else:
            named = [p for c in verb.children if c.dep_ in SUBJECTS if (p := person_in(c, ctx))]
            speakers = _listed_people(verb, ctx) or named or speakers  # the official, not the office
        if not speakers:
            quoted = ctx.discourse.speaker_at(clauses[0])
            speakers = [quoted] if quoted else []
        if any(c.dep_ in SUBJECTS and _story_group(c, ctx) for c in verb.children):
            continue  # "The judges added that ...": whose judges, only the story's state suggests
        # "she received a note from a friend, telling her that ...": the one told is not the teller
        told = {
            a
            for c in verb.children
            if c.dep_ in {"dobj", "dative"}
            for a in (np_actors(c, ctx)[0] if c.pos_ == "PRON" else [ctx.actors.actor_at(c)])
        }
        speakers = [s for s in speakers if s not in told]
        speakers = [s for s in speakers if voice(s, ctx)]
        if speakers:
            out.extend(Statement(tuple(speakers[:2]), verb, c) for c in clauses)
    out.extend(_claims(sent, ctx))
    said = {t.i for st in out for t in st.clause.subtree} | {st.verb.i for st in out if st.verb is not None}
    root = sent.root
    speaker = ctx.discourse.speaker_at(root)
    if speaker and root.i not in said and voice(speaker, ctx):
        out.append(Statement((speaker,), None, root))
    return out


def _listed_people(verb: Token, ctx: Context) -> list[str]:
    """The people a list subject of a speech verb names, one for each item, where every item names
    one ("Kenyan President X and Ugandan President Y said ...": both speak; `person_in` reads the
    first person of the whole phrase); none where an item names no person ("Kenya and X said")."""
    items = [t for c in verb.children if c.dep_ in SUBJECTS for t in (c, *conjuncts(c))]
    if len(items) < 2:
        return []
    people: list[str] = []
    for item in items:
        inner = {t.i for k in item.children if k.dep_ in {"conj", "cc"} for t in k.subtree}
        found = person_in(item, ctx, skip=inner)
        if found is None:
            return []
        people.append(found)
    return list(dict.fromkeys(people))


def _claims(sent: Span, ctx: Context) -> list[Statement]:
    """ "Kenyan officials repeated the claim that Somalia had sheltered the gunmen", "Ankara's stance
    that the S-400 poses no threat", "Venezuela's allegation that ...": a claim, a position or a view
    with its clause is a statement of its holder, the noun's owner, else the subject of a verb that
    voices it (not one that rejects, questions or reports it)."""
    words = word_lists()
    out: list[Statement] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.claim_nouns:
            continue
        clause = content_clause(noun)
        if clause is None:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        holders = [a for c in owners if c.pos_ != "PRON" for a in np_actors(c, ctx)[0]]
        verb = noun.head
        if (
            not holders
            and noun.dep_ == "dobj"
            and verb.lemma_.lower() in words.claim_voicing
            and verb.pos_ == "VERB"
            and not negated(verb)
        ):
            speakers, passive, _ = subjects(verb, ctx)
            named = [p for c in verb.children if c.dep_ in SUBJECTS if (p := person_in(c, ctx))]
            holders = [] if passive else named or speakers
        holders = [h for h in dict.fromkeys(holders) if voice(h, ctx)]
        if holders:
            out.append(Statement(tuple(holders[:2]), None, clause))
    return out


def _story_group(subject: Token, ctx: Context) -> bool:
    """Whether ``subject`` is a bare group noun ("the judges", "officials") whose state the actor
    resolution took from the story, not from the phrase ("Mauritian judges")."""
    mention = ctx.actors.by_token.get(subject.i)
    return mention is not None and mention.resolved_by == "group" and mention.end - mention.start == 1


def act(st: Statement, targets: list[str], rule: Trigger, key: Token, *, hypothetical: bool) -> SpeechAct:
    verb = st.verb if st.verb is not None else key
    tokens = (verb, key) if key != verb else (verb,)
    trigger = Trigger(verb.lemma_, rule.pos, rule.plover, rule.cameo, "", rule.target, False, "rule")
    return SpeechAct(st.speakers, tuple(targets), trigger, tokens, verb, hypothetical)


def clause_verbs(clause: Token) -> list[Token]:
    """The predicates of a clause: its root, the verbs coordinated with it, and what a verb of
    knowing in it says ("they know that they need to ...")."""
    verbs = [clause, *(c for c in conjuncts(clause) if c.pos_ in {"VERB", "AUX"})]
    # "we have to understand that X is the aggressor": the verb of knowing may sit under "need to"
    knowing = [*verbs, *(x for v in verbs for x in xcomp_chain(v))]
    known = [c for v in knowing if knows(v) for c in v.children if c.dep_ == "ccomp"]
    return verbs + [k for c in known for k in (c, *conjuncts(c)) if k.pos_ in {"VERB", "AUX"}]


def knows(verb: Token) -> bool:
    """Whether ``verb`` is one of knowing ("understand", "know") or of recognising that something is
    so ("accept that", "acknowledge that"): what it says is the speaker's view, asked of nobody."""
    words = word_lists()
    return verb.lemma_ in words.cognition or (
        verb.lemma_ in words.recognition and any(c.dep_ == "ccomp" for c in verb.children)
    )


def xcomp_chain(verb: Token, depth: int = 2) -> list[Token]:
    """The open complements under ``verb`` ("have to [understand]", "need to [recognise]")."""
    out: list[Token] = []
    node = verb
    for _ in range(depth):
        node = next((c for c in node.children if c.dep_ == "xcomp"), None)  # type: ignore[assignment]
        if node is None:
            break
        out.append(node)
    return out


def reason_clauses(verbs: list[Token]) -> list[Token]:
    """The reasons a statement gives ("we are angry [because we are being bullied by X]")."""
    marks = word_lists().reason_marks
    return [
        c
        for v in verbs
        for c in v.children
        if c.dep_ == "advcl"
        and c.pos_ in {"VERB", "AUX"}
        and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
    ]


def negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def aux_above(verb: Token) -> set[str]:
    """Auxiliaries of the verbs a complement hangs on ("will continue to provide", "is going to")."""
    out: set[str] = set()
    node = verb
    for _ in range(3):
        if node.dep_ not in CLAUSE_LINKS or node.head == node:
            break
        node = node.head
        out |= {c.lower_ for c in node.children if c.dep_ == "aux"}
        if node.lemma_ == "go" and node.tag_ == "VBG":
            out.add("will")  # "is going to impose"
    return out


def reporter_of(token: Token, ctx: Context) -> str | None:
    """Who says what ``token`` is in (the subject of a speech verb above, a quotation's
    speaker), or ``None`` in the writer's own voice; ``""`` for an unknown speaker."""
    node = token
    for _ in range(6):
        if node.head == node:
            break
        if node.dep_ in {"ccomp", "parataxis"} and node.head.lemma_ in word_lists().speech:
            said = subjects(node.head, ctx)[0]
            return said[0] if said else ""
        node = node.head
    return ctx.discourse.speaker_at(token)


def defiance(verb: Token, ctx: Context) -> bool:
    """Whether ``verb`` is what someone *cannot* do in a quotation ("“Ethiopia cannot attack
    Eritrea,” Eritrea's minister said", "the Taliban can't suppress our voices"): the speaker's
    defiance, neither an act nor a denial of one."""
    can = any(c.dep_ == "aux" and c.lemma_.lower() == "can" and c.tag_ == "MD" for c in verb.children)
    if not can or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return ctx.discourse.quotations.inside(verb.i)


def conditional(verb: Token) -> bool:
    """Whether ``verb`` (or a verb its clause hangs on) carries an "if"/"unless" clause."""
    node = verb
    for _ in range(3):
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in node.children
        ):
            return True
        if node.dep_ not in CLAUSE_LINKS or node.head == node:
            return False
        node = node.head
    return False


def agent(verb: Token, actor: str, ctx: Context) -> bool:
    """Whether ``actor`` is the grammatical doer of ``verb`` (its subject names it, or a pronoun or
    a forces-and-officials noun does), not the owner of some thing ("ties with Russia will ...")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return (
                ctx.actors.actor_at(subject) is not None
                or subject.pos_ == "PRON"
                or subject.lemma_.lower() in ctx.agent_heads
            )
        if node.dep_ not in CLAUSE_LINKS or node.head == node:
            return False
        node = node.head
    return False


_PARTY_TYPES = frozenset({"ACCUSE", "COERCE"})


def voice(actor: str, ctx: Context) -> bool:
    """Whether what ``actor`` says is an act: states, organisations and officials speak for
    somebody; analysts and academics commenting, and the media, do not."""
    draft = ctx.actors.actors.get(actor)
    if draft is None or draft.type == "media":
        return False
    if draft.type != "person":
        return True
    if any(a.target == actor and a.type in _PARTY_TYPES for a in ctx.discourse.events.acts):
        return True  # a journalist or a lawyer the story has charged or held speaks for themselves
    if actor in ctx.discourse.commentators:
        return False  # "Richard Weitz, director of the Hudson Institute's Center": the article's account
    words = word_lists().commentators
    described = [(draft.office or "").lower()] + [
        ctx.actors.actors[a.target_id].name.lower()
        for a in ctx.actors.affiliations
        if a.source_id == actor and a.target_id in ctx.actors.actors
    ]
    return not any(
        w.strip(",.()").removesuffix("'s").removesuffix("’s").rstrip("s") in words
        for text in described
        for w in text.split()
    )


def interview(plover: str, sides: tuple[str, str], anchor: int, ctx: Context) -> bool:
    """Whether a meeting is an interview ("spoke with Reuters", "VOA spoke with X", "in a
    conversation with reporters", "met with Egyptian journalists"): talking to the press is no
    meeting between actors, whoever the outlet or the journalists are. The outlet must be one of
    the talkers ("visited Russia today" read as the channel RT stays a visit)."""
    if plover != "CONSULT" or anchor < 0:
        return False
    met = ctx.actors.doc[anchor]
    # the meeting word and the nouns it hangs on: "said in a conversation with reporters"
    meetings = [met] + [p for c in met.children if c.dep_ == "prep" for p in c.children if p.pos_ == "NOUN"]
    preps = [c for m in meetings for c in m.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}]
    talkers = [p for c in preps for p in c.children]
    talkers += [c for t in talkers for c in t.conjuncts]
    if any(t.lemma_.lower() in word_lists().interviewers for t in talkers):
        return True
    talkers += [c for c in met.children if c.dep_ in SUBJECTS]
    press: set[str] = set()
    for side in sides:
        draft = ctx.actors.actors.get(side)
        if draft is not None and (draft.type == "media" or draft.sector == "MED"):
            press.add(side)
    return bool(press) and any(ctx.actors.actor_at(t) in press for p in talkers for t in p.subtree)


def foreseen(sides: tuple[str, str], anchor: int, ctx: Context) -> bool:
    """Whether an event is only someone else's hope or forecast ("an analyst said he expects Japan
    and Korea to cooperate", "economists predict that China will lift its tariffs", "her family
    hopes Iran will release her"): what a third party hopes or expects the sides will do is no act
    of theirs (a side's own hope stays: "Germany hopes to sign ...", a senator's for his state)."""
    if anchor < 0:
        return False
    node = ctx.actors.doc[anchor]
    for _ in range(4):
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head is node:
            return False
        node = node.head
        # the forms too: the tagger lemmatises "hopes" as "hop"
        if (
            node.lemma_ in word_lists().forecasts or node.lower_ in word_lists().forecasts
        ) and node.pos_ == "VERB":
            hopers = subjects(node, ctx)[0]
            parties = set(sides) | {state(s, ctx) for s in sides}
            return not any(h in parties or state(h, ctx) in parties for h in hopers)
    return False


def named_objects(verb: Token) -> list[Token]:
    """ "struck what it called Ukrainian military targets", "shelled what it described as X",
    "struck what it said were Hezbollah depots": the thing a free relative names is the object of
    ``verb`` (the parser hangs it on the naming or speech verb)."""
    out: list[Token] = []
    words = word_lists()
    for clause in verb.children:
        if clause.dep_ != "ccomp" or (
            clause.lemma_ not in words.naming and clause.lemma_ not in words.speech
        ):
            continue
        copulas = [c for c in clause.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children) and not any(
            c.dep_ == "nsubj" and c.lower_ == "what" for b in copulas for c in b.children
        ):
            continue  # "what it called X", "what it said was X"
        for c in clause.children:
            if c.dep_ == "ccomp" and c.lemma_ == "be":
                # "struck what it said were Hezbollah depots"
                out.extend(a for a in c.children if a.dep_ in {"attr", "dobj"})
            if c.dep_ in {"oprd", "dobj", "attr"} and c.lower_ != "what":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def owners_of(noun: Token, ctx: Context) -> list[str]:
    """Whose the evaluated thing is: "Russia's aggression", "Chinese bullying", "threats by X"."""
    out: list[str] = []
    for child in noun.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            out.extend(np_actors(child, ctx)[0])
    out.extend(prep_objects(noun, ("by", "from"), ctx)[0])
    return list(dict.fromkeys(out))


def own_side(speakers: tuple[str, ...], ctx: Context) -> set[str]:
    """The speakers and their states: nobody accuses, threatens or asks themselves."""
    return set(speakers) | {state(s, ctx) for s in speakers}


def state(actor: str, ctx: Context) -> str:
    draft = ctx.actors.actors.get(actor)
    if draft is not None and draft.type != "country" and draft.country:
        return draft.country
    return actor
