"""Announced acts: threats, requests and commitments.

The speaker's own coercion announced under a condition or as a warning, or a bad fate announced
for Y, is THREATEN; an obligation laid on Y is REQUEST ("talks with Y must go on" is AGREE); the
doer's own future cooperation, in the writer's voice too, is AGREE (PLOVER's future commitment; future
aid is the aid alone: relations/promises.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.promises import announced_types
from actorgraph.relations.speech.statements import (
    SUBJECTS,
    Found,
    SpeechAct,
    Statement,
    act,
    agent,
    aux_above,
    clause_verbs,
    conditional,
    knows,
    negated,
    own_side,
    reporter_of,
    state,
    voice,
    xcomp_chain,
)
from actorgraph.relations.speech.words import Words, word_lists
from actorgraph.relations.triggers import noun_trigger, verb_trigger

__all__ = ["coercions", "commitments", "planned_meetings", "requests", "threatened", "threats", "ultimatums"]


def threats(st: Statement, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    words = word_lists()
    own = own_side(st.speakers, ctx)
    warned = st.verb is not None and st.verb.lemma_ in words.threat_speech
    out: list[SpeechAct] = []
    for verb in clause_verbs(st.clause):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
            continue  # "we will see whether we can force Y": a question, not an announcement
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"} | aux_above(verb)
        future, possible = bool(aux & words.future_aux), bool(aux & words.possibility_aux)
        if future and (conditional(verb) or any(conditional(x) for x in xcomp_chain(verb, 1))):
            # "if the ban stays, we will no longer buy Y's gas": cooperation withdrawn on a condition
            doers, passive, _ = subjects(verb, ctx)
            withdrawn = _withdrawn(verb, found, words)
            if withdrawn and doers and not passive and set(doers) <= own:
                partners = [t for t in dict.fromkeys(withdrawn) if t not in own and state(t, ctx) not in own]
                if partners:
                    out.append(act(st, partners, words.rules["THREATEN"], verb, hypothetical=False))
                continue
        if not (future or possible) or negated(verb):
            continue
        condition = [
            a
            for adv in verb.children
            if adv.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in adv.children)
            for s in adv.children
            if s.dep_ in SUBJECTS
            for a in np_actors(s, ctx)[0]
            if a not in own
        ]
        doers, passive, _ = subjects(verb, ctx)
        targets: list[str] = []
        if doers and not passive and set(doers) <= own | {state(d, ctx) for d in doers if d in own}:
            coercion = [
                c.target for c in found if c.anchor == verb.i and c.trigger.plover in words.coercive_types
            ]
            retaliation = verb.lemma_ in words.retaliation_verbs or any(
                c.dep_ == "dobj" and c.lemma_.lower() in words.retaliation_objects for c in verb.children
            )
            if not (coercion or retaliation) or not (condition or possible or warned or retaliation):
                continue  # a plain announcement: the act stays, hypothetical; no threat
            targets = coercion + condition
            if retaliation:
                targets += prep_objects(verb, ("against", "on", "to"), ctx)[0]
        elif doers and not set(doers) & own:
            trig = verb_trigger(verb, ctx.lexicon)
            fate = _threat_predicate(verb, words) or (
                passive and trig is not None and trig[0].plover in words.coercive_types
            )
            if fate:
                targets = list(doers)  # "Y will pay a heavy price", "Y will be crushed"
        targets = [t for t in dict.fromkeys(targets) if t not in own]
        if targets:
            out.append(act(st, targets, words.rules["THREATEN"], verb, hypothetical=False))
    return out


def requests(st: Statement, ctx: Context) -> list[SpeechAct]:
    """ "X said Y must / should / needs to / has to / ought to / is required to ...": X asks it of Y."""
    words = word_lists()
    own = own_side(st.speakers, ctx)
    out: list[SpeechAct] = []
    for verb in clause_verbs(st.clause):
        if negated(verb):
            continue
        if knows(verb) or any(knows(x) for x in xcomp_chain(verb, 1)):
            continue  # "lawmakers must understand that ...", "Europe needs to accept that ...": rhetoric
        modal = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in words.obligation_aux]
        xcomp = any(c.dep_ == "xcomp" for c in verb.children)
        obliged = bool(modal) or (
            xcomp
            and (
                verb.lemma_ in words.obligation_verbs
                or (
                    verb.lemma_ in words.obligation_passives
                    and any(c.dep_ == "auxpass" for c in verb.children)
                )
            )
        )
        duty = _duty(verb, words)
        if not (obliged or duty is not None):
            continue
        key = modal[0] if modal else (duty if duty is not None else verb)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lemma_.lower() in words.relation_nouns:
            # "talks with China must continue": the speaker wants the ties, asks nothing of anyone
            partners = [a for a in prep_objects(subject, ("with", "between"), ctx)[0] if a not in own]
            if partners:
                out.append(act(st, partners, words.rules["AGREE"], key, hypothetical=False))
            continue
        targets = [
            a
            for c in verb.children
            if c.dep_ in SUBJECTS and c.lower_ not in words.speaker_pronouns
            for a in np_actors(c, ctx)[0]
            if a not in own and state(a, ctx) not in own
        ]
        if targets:
            out.append(act(st, targets, words.rules["REQUEST"], key, hypothetical=False))
    return out


def commitments(sent: Span, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "said it would resume drills with the United States", "will lift its ban on X": the doer's own
    future cooperation is a commitment (PLOVER AGREE); future aid, "Japan will send medical teams to
    Turkey", is the aid alone, hypothetical (relations/promises.py)."""
    words = word_lists()
    doc = ctx.actors.doc
    promised = announced_types(read_grammar())
    out: list[SpeechAct] = []
    for c in found:
        if c.trigger.plover not in words.commitment_types or c.trigger.plover in promised:
            continue
        if c.negated or c.anchor < 0:
            continue
        anchor = doc[c.anchor]
        if not agent(anchor, c.source, ctx) or (
            anchor.dep_ == "xcomp" and anchor.head.lemma_ in words.ongoing
        ):
            continue  # "ties with Russia will loosen ...", "would continue to offer": no commitment
        aux = {a.lower_ for a in anchor.children if a.dep_ == "aux"} | aux_above(anchor)
        if conditional(anchor):
            continue  # "will buy Russian jets if the freeze is not lifted": a condition, not a pledge
        reporter = reporter_of(anchor, ctx)
        if reporter and c.source not in own_side((reporter,), ctx):
            continue  # an analyst's forecast of what X will do is no commitment of X
        if aux & {"will", "'ll", "shall"} or ("would" in aux and reporter is not None):
            speakers = (c.source,)
            st = Statement(speakers, None, anchor)
            out.append(act(st, [c.target], words.rules["AGREE"], anchor, hypothetical=False))
    return out


def coercions(sent: Span, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "will cut aid to Honduras unless ...", "NATO confirmed it would tighten the blockade of
    Libya": coercion made conditional on the other side, or announced by the doer itself, is a
    threat (PLOVER THREATEN); the act itself stays, hypothetical."""
    words = word_lists()
    doc = ctx.actors.doc
    out: list[SpeechAct] = []
    for c in found:
        if c.trigger.plover not in words.coercive_types or c.negated or c.anchor < 0 or not c.hypothetical:
            continue
        anchor = doc[c.anchor]
        if not agent(anchor, c.source, ctx):
            continue
        aux = {a.lower_ for a in anchor.children if a.dep_ == "aux"} | aux_above(anchor)
        reporter = reporter_of(anchor, ctx)
        announced = (
            bool(aux & words.future_aux)
            and reporter is not None
            and (not reporter or c.source in own_side((reporter,), ctx))
        )
        if conditional(anchor) or announced:
            st = Statement((c.source,), None, anchor)
            out.append(act(st, [c.target], words.rules["THREATEN"], anchor, hypothetical=False))
    return out


#: CAMEO codes of consultations a party arranges for others: hosting a visit or talks.
_HOSTING = frozenset({"043"})


def _framing(sent: Span, found: Sequence[Found], plover: str, ctx: Context) -> Iterator[tuple[Found, Token]]:
    """The relations of type ``plover`` found in ``sent`` that are stated (not negated) on a verb of it,
    with that verb: the frames whose clause may name a further act ("threatened to expel", "agreed to
    meet")."""
    for c in found:
        if c.trigger.plover != plover or c.negated or c.anchor < 0:
            continue
        verb = ctx.actors.doc[c.anchor]
        if verb.pos_ == "VERB" and sent.start <= verb.i < sent.end:
            yield c, verb


def threatened(sent: Span, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "threatened sanctions against Y", "threatened Y with strikes", "threatened to expel Y's
    ambassador": the threatened act stays, hypothetical, between the sides of the threat (the
    guidelines' THREATEN edge plus a hypothetical edge for the threatened act)."""
    kinds = word_lists().coercive_types
    out: list[SpeechAct] = []
    for c, verb in _framing(sent, found, "THREATEN", ctx):
        for key, trigger in _threatened_acts(verb, ctx):
            if trigger.plover in kinds:
                out.append(SpeechAct((c.source,), (c.target,), trigger, (verb, key), key, True))
    return out


def planned_meetings(sent: Span, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "agreed to meet Y", "agreed to hold talks with Y", "promised to resume talks with Y": the
    agreement stays, and the meeting it plans is a hypothetical CONSULT between the same sides (the
    guidelines' planned meetings). An offer to host others' talks plans no meeting of its own; an
    offer or pledge to mediate or broker between X and Y plans the mediator's meeting with each side
    (the guidelines code mediation CONSULT per mediator and party: "offered to mediate between X and
    Y", as "would mediate between X and Y" is); an agreed act of another kind ("agreed to send aid")
    stays the agreement alone."""
    out: list[SpeechAct] = []
    for c, verb in _framing(sent, found, "AGREE", ctx):
        for child in (x for x in verb.children if x.dep_ == "xcomp" and x.pos_ == "VERB"):
            trig = verb_trigger(child, ctx.lexicon)
            if trig is not None and trig[0].plover == "CONSULT" and trig[0].cameo not in _HOSTING:
                out.append(SpeechAct((c.source,), (c.target,), trig[0], (child, *trig[1]), child, True))
    return out


def ultimatums(sent: Span, ctx: Context) -> list[SpeechAct]:
    """ "ECOWAS gave the junta until Monday to hand over power or face sanctions", "has given Sudan's
    army three months to restore civilian rule", "gave the government 48 hours to comply": a deadline
    given to Y to act asks Y to (REQUEST); "or face X" threatens Y with X (THREATEN, X hypothetical).
    Years are a term, not a deadline ("ten years to repay the loan")."""
    grammar = ctx.grammar
    givers_verbs, deadlines = set(grammar["ultimatum_verbs"]), set(grammar["ultimatum_nouns"])
    words = word_lists()
    out: list[SpeechAct] = []
    for verb in sent:
        if verb.lemma_ not in givers_verbs or verb.pos_ != "VERB" or negated(verb):
            continue
        times = [c for c in verb.children if c.dep_ in _TIME_DEPS and c.lemma_ in deadlines]
        until = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "until" for o in p.children]
        if not times and not until:
            continue
        heads = (verb, *times, *until)
        tasks = [c for h in heads for c in h.children if _infinitive(c)]
        givers, passive, _ = subjects(verb, ctx)
        givers = [a for a in givers if voice(a, ctx)] if not passive else []
        own = own_side(tuple(givers), ctx)
        told = [
            a
            for c in verb.children
            if c.dep_ in {"dobj", "dative"} and c not in times
            for a in np_actors(c, ctx)[0]
            if a not in own and state(a, ctx) not in own
        ]
        if not (tasks and givers and told):
            continue
        st = Statement(tuple(givers), verb, verb)
        told = list(dict.fromkeys(told))
        out.append(act(st, told, words.rules["REQUEST"], tasks[0], hypothetical=False))
        for face in (c for c in tasks[0].children if c.dep_ == "conj" and c.lemma_ == "face"):
            out.append(act(st, told, words.rules["THREATEN"], face, hypothetical=False))
            for noun in (o for o in face.children if o.dep_ == "dobj"):
                trigger = noun_trigger(noun, ctx.lexicon)
                if trigger is not None and trigger.plover in words.coercive_types:
                    out.append(SpeechAct(tuple(givers), tuple(told), trigger, (noun,), noun, True))
    return out


#: Where a deadline hangs on "give" ("gave the junta [six months]", "gave them [48 hours]").
_TIME_DEPS = frozenset({"dobj", "dative", "npadvmod"})


def _infinitive(token: Token) -> bool:
    """Whether ``token`` is a verb with its "to" ("[to hand over] power")."""
    return (
        token.dep_ in {"advcl", "xcomp", "acl", "relcl"}
        and token.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _threatened_acts(verb: Token, ctx: Context) -> list[tuple[Token, Trigger]]:
    """The acts a threatening verb names: its infinitive ("to expel"), its object ("sanctions")
    or what it threatens someone with ("with military strikes"), and their conjuncts."""
    out: list[tuple[Token, Trigger]] = []
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            trig = verb_trigger(child, ctx.lexicon)
            if trig is not None:
                out.append((child, trig[0]))
            continue
        nouns = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ == "with":
            nouns = [o for o in child.children if o.dep_ == "pobj"]
        for noun in (n for head in nouns for n in (head, *(c for c in head.children if c.dep_ == "conj"))):
            found = noun_trigger(noun, ctx.lexicon) if noun.pos_ == "NOUN" else None
            if found is not None:
                out.append((noun, found))
    return out


def _duty(verb: Token, words: Words) -> Token | None:
    """ "Y is under an obligation to ...", "Y has a duty to ...": the obligation noun, if any."""
    lemma = verb.lemma_.lower()
    nouns: list[Token] = []
    if lemma == "be":
        nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children]
    elif lemma == "have":
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
    return next(
        (
            n
            for n in nouns
            if n.lemma_.lower() in words.obligation_nouns and not any(d.lower_ == "no" for d in n.children)
        ),
        None,
    )


def _withdrawn(verb: Token, found: Sequence[Found], words: Words) -> list[str]:
    """Whom cooperation announced as ending is with: "will not buy Y's gas", "will no longer
    cooperate with Y", "will stop buying Y's fertiliser" (the cooperation found at the verb)."""
    if negated(verb) or any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in verb.children
    ):
        anchors = {verb.i}
    elif verb.lemma_ in words.withdrawal_verbs:
        anchors = {c.i for c in verb.children if c.dep_ == "xcomp"}
    else:
        return []
    kinds = words.commitment_types | {"AGREE"}
    return [c.target for c in found if c.anchor in anchors and c.trigger.plover in kinds]


def _threat_predicate(verb: Token, words: Words) -> bool:
    """ "pay a heavy price", "face consequences", "regret it": a bad fate announced for the doer."""
    objects = words.threat_predicates.get(verb.lemma_.lower())
    if objects is None:
        return False
    if not objects:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)
