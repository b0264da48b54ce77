"""Acts a person or a place undergoes: "X's arrest", "the arrest of X in Hong Kong", "X remains in
detention", "came under fire from X", "threats of U.S. sanctions".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import (
    SUBJECT_DEPS,
    Context,
    governing_verb,
    np_actors,
    place_targets,
    prep_objects,
    subjects,
)
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.custody import custodians
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.syntax import (
    pobjects,
    reduced_relative,
)
from actorgraph.relations.triggers import noun_trigger
from actorgraph.relations.voice import (
    criminal_charge,
    held_by_own_state,
    located_agents,
    participle_agents,
    patients,
)

__all__ = ["owner_undergoes"]


def _under_attack(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """ "Ukrainian positions came under fire from Russian forces", "Qatar lived under a blockade
    imposed by A, B and C", "Cuba has lived under a U.S. embargo", "under a Saudi-led blockade": the
    subject (or the place it names) is the target; the doer is the noun's from- or by-phrase, the
    by-agent of a participle on it, its own modifier, else the verb's from- or by-phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_ not in ctx.under_verbs:
        return None
    verb = prep.head
    sources, toks, _ = prep_objects(noun, ("from", "by"), ctx)
    for participle in [] if sources else [c for c in noun.children if reduced_relative(c)]:
        more, more_toks, _ = prep_objects(participle, ("by",), ctx)  # "a blockade imposed by X"
        sources, toks = [*sources, *more], [*toks, participle, *more_toks]
    if not sources:
        # "a U.S. embargo", "an Israeli blockade", "a Saudi-led blockade"
        for child in (c for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"}):
            sources += np_actors(child, ctx)[0] or participle_agents(child, ctx)
    if not sources:
        sources, toks, _ = prep_objects(verb, ("from", "by"), ctx)
    subjects_ = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    targets = [a for c in subjects_ for a in np_actors(c, ctx)[0]]
    if not targets:
        # "Gaza has been under an Israeli blockade": the state of the place
        places = [p for c in subjects_ if (p := ctx.actors.place_at(c)) and ctx.actors.ensure_actor(p)]
        targets = list(dict.fromkeys(places))
    holders = subjects_ or ([verb.head] if verb.dep_ in {"acl", "relcl"} else [])
    holders += [o for h in holders for o in pobjects(h, "of")]  # "millions of people"
    if not targets and any(h.lemma_.lower() in ctx.grammar["under_rule"]["people_nouns"] for h in holders):
        # "two million people live in Gaza under a blockade by X", "the people living there under a
        # blockade by X since Hamas took Gaza": the people of where they live, else of the sentence's
        # one place that is none of the doers'
        targets = [a for a in place_targets(verb, ctx)[0] if a not in sources]
        named = {p for t in sent if (p := ctx.actors.place_at(t)) and p not in sources}
        if not targets and len(named) == 1 and ctx.actors.ensure_actor(next(iter(named))):
            targets = list(named)
    sources = [a for a in dict.fromkeys(sources) if a not in targets]
    if not sources or not targets:
        return []
    return emit(sources, targets, trigger, [verb, prep, noun, *toks], sent, verb, ctx, doc_date, 0.6)


def owner_undergoes(
    noun: Token, trigger: Trigger, ctx: Context
) -> tuple[list[str], list[str], list[Token]] | None:
    """ "Belarusian activist X's arrest in Minsk", "Y's detention", "Z's killing": (who did it, the
    people who own the noun, the tokens) when the noun is one a person undergoes (``patient_owner_rule``
    in grammar.json: arrests, expulsions, killings) and has no "of" object ("Moscow's arrest of X" is
    Moscow's act). The doer is the by-phrase; for an arrest or an expulsion the state where it
    happens, and for an arrest the held person's own state; a killing with no by-phrase has none."""
    rule = ctx.grammar["patient_owner_rule"]
    if not (trigger.mode in rule["modes"] or noun.lemma_.lower() in rule["nouns"]):
        return None
    if pobjects(noun, "of"):
        return _held_in_place(noun, trigger, ctx)
    people = [
        a for c in noun.children if c.dep_ == "poss" for a in np_actors(c, ctx)[0] if ctx.kind(a) == "person"
    ]
    if not people:
        return None
    doers, tokens, _ = prep_objects(noun, ("by",), ctx)
    if not doers and trigger.mode in rule["modes"]:
        doers, tokens = located_agents(noun, ctx)
        if not doers and held_by_own_state(trigger, ctx):
            doers = custodians(people, (), ctx)[0]
    return [d for d in doers if d not in people], people, tokens


def _held_in_place(
    noun: Token, trigger: Trigger, ctx: Context
) -> tuple[list[str], list[str], list[Token]] | None:
    """ "the arrest of Jimmy Lai in Hong Kong", "the detention of two Canadians in China": an arrest or
    an expulsion that names no doer of its own (no owner, no by-phrase) is the act of the state where it
    happens; ``None`` without such a place (then the noun's usual reading: "Poland ordered the
    expulsion of Russian diplomats")."""
    if trigger.mode not in ctx.grammar["patient_owner_rule"]["modes"] or any(
        c.dep_ in {"poss", "amod", "compound", "nmod"} and np_actors(c, ctx)[0] for c in noun.children
    ):
        return None
    if prep_objects(noun, ("by",), ctx)[0]:
        return None
    held = pobjects(noun, "of")
    holders, tokens = located_agents(noun, ctx)
    for obj in held if not holders else []:
        holders, tokens = located_agents(obj, ctx)  # "the arrest of X in Hong Kong", hung on X
        if holders:
            break
    people = [a for o in held for a in np_actors(o, ctx)[0] if a not in holders]
    if not holders or not people:
        return None
    return holders, people, tokens


def _threatened_act(noun: Token) -> Token | None:
    """The threat noun whose "of" object ``noun`` is ("threats of [sanctions]"), if it is one."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return None
    threat = noun.head.head
    if not any(c.dep_ in {"poss", "amod", "compound", "nmod"} for t in (noun, threat) for c in t.children):
        return None  # "the threat of sanctions", no doer named: the noun's own reading
    return threat if threat.lemma_.lower() in _THREAT_NOUNS else None


_THREAT_NOUNS = {"threat", "menace", "spectre", "specter"}


def _threat_of(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """ "despite threats of U.S. sanctions", "shrugged off the threat of Chinese retaliation",
    "Washington's threat of sanctions against Belgrade", "rejected the tariff threats from X" (an act
    compounded to the threat is its "of" act): a threat of an act is made by the act's doer (the
    threat's own owner, else the act's) against the threat's or the act's target, else against the
    clause that carries on despite it, or shrugs it off; the act is coded too, as a hypothetical (the
    guidelines' THREATEN + threatened act). ``None`` when the noun is no threat of an event noun, or
    no doer is named."""
    if trigger.plover != "THREATEN" or noun.lemma_.lower() not in _THREAT_NOUNS:
        return None
    acts = pobjects(noun, "of") or _compound_acts(noun, ctx)
    if not acts:
        return None
    # "the threat of Chinese retaliation": an act the lexicon has no type for still names its doer
    act_noun, act = acts[0], noun_trigger(acts[0], ctx.lexicon)
    modifiers = {"poss", "amod", "compound", "nmod"}
    doers = [
        a for c in noun.children if c.dep_ in modifiers and c is not act_noun for a in np_actors(c, ctx)[0]
    ]
    doers += prep_objects(noun, ("by", "from"), ctx)[0]
    if not doers:
        doers = [a for c in act_noun.children if c.dep_ in modifiers for a in np_actors(c, ctx)[0]]
        doers += prep_objects(act_noun, ("by",), ctx)[0]
    if not doers:
        return None
    targets, tokens, _ = prep_objects(noun, trigger.preps, ctx)
    if not targets and act is not None:
        targets, tokens, _ = prep_objects(act_noun, act.preps, ctx)
    governing = governing_verb(noun)
    if not targets and governing is not None:
        targets = subjects(governing, ctx)[0]
    targets = [t for t in dict.fromkeys(targets) if t not in doers]
    if not targets:
        return None
    pred = [noun, act_noun, *tokens]
    out = emit(doers, targets, trigger, pred, sent, noun, ctx, doc_date, 0.6)
    if act is None:
        return out
    return out + emit(doers, targets, act, pred, sent, noun, ctx, doc_date, 0.5, hypothetical=True)


def _compound_acts(noun: Token, ctx: Context) -> list[Token]:
    """ "tariff threats from X", "the sanctions threat by X": an act noun the lexicon types, compounded
    to the threat noun, is the act threatened, as in "threats of tariffs"."""
    return [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.i < noun.i
        and noun_trigger(c, ctx.lexicon) is not None
    ]


def _in_custody(
    noun: Token, trigger: Trigger, governing: Token | None, sources: list[str], ctx: Context
) -> tuple[list[str], list[str], list[Token]] | None:
    """ "X remains in pretrial detention in Cairo", "X has been held in custody since May": the clause's
    subject is held, by the state of the place named, else by the held person's own state; ``None``
    when the noun is not an arrest the clause's subject is in."""
    if sources or governing is None or not _custody_phrase(noun, trigger, governing, ctx):
        return None
    people, passive, _ = subjects(governing, ctx)
    if passive:
        people = people or patients(governing, ctx)
    if not people:
        return None
    holders, tokens = located_agents(noun, ctx)
    if not holders:
        holders, tokens = located_agents(governing, ctx)
    return holders or custodians(people, (), ctx)[0], people, tokens


def _custody_phrase(noun: Token, trigger: Trigger, governing: Token, ctx: Context) -> bool:
    """ "(remains) in detention", "(held) in custody": an arrest the clause's subject is in; "faces
    charges of": a charge the subject undergoes."""
    if trigger.mode in ctx.grammar["own_state_holder_modes"]:
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.i == governing.i
    return (
        criminal_charge(trigger, ctx)
        and noun.dep_ == "dobj"
        and noun.head.i == governing.i
        and governing.lemma_.lower() in ctx.grammar["undergo_verbs"]
    )
