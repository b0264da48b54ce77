"""Relational nouns ("an ally of Rwanda", "a partner in the war") and the noun triggers rules make: a
delegation, a request "for X to V", a designation ("an EU-designated group"), a joint holding.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.actors.teams import leading_names, leading_verb, member_verb, team_of
from actorgraph.relations.arguments import (
    Context,
    governing_verb,
    np_actors,
    prep_objects,
    subjects,
)
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.discourse.common import MEMORY_SENTENCES, sentence_index, state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.modality import flags
from actorgraph.relations.nominal.addressed import addressed_trigger
from actorgraph.relations.nominal.givers import giver_trigger
from actorgraph.relations.nominal.pressure import pressed_trigger
from actorgraph.relations.syntax import (
    examples,
)
from actorgraph.relations.triggers import COOPERATIVE_TYPES, noun_trigger, verb_trigger
from actorgraph.relations.voice import (
    participle_agents,
)

__all__ = ["relational_trigger"]

#: Sentences after a delegation's that may name the other side's delegation and its leader.
_HEADS_AFTER = 2


def _relational(
    noun: Token, trigger: Trigger, others: list[str], sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """ "Egypt, a close ally of Saudi Arabia", "Armenia is a partner of Russia", "Pakistan's ally,
    China", "their allies such as A and B", "described X as a critic of Y": a relational noun describes
    one actor and names the other;
    the owners of a plural one that describes no one ("A, B and their allies") are one side, never
    each other's partners."""
    described: list[str] = []
    if noun.dep_ == "appos":
        described = np_actors(noun.head, ctx)[0]
    elif noun.dep_ in {"attr", "oprd"} and noun.head.pos_ in {"AUX", "VERB"}:
        described = subjects(noun.head, ctx)[0]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        # "described Hungary as a critic of NATO", "sees X as a partner": the object the phrase describes
        described = [a for c in noun.head.head.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0]]
    if not described:
        described = [a for c in noun.children if c.dep_ == "appos" for a in np_actors(c, ctx)[0]]
    if not described:
        described = [a for t in examples(noun) for a in np_actors(t, ctx)[0]]
    of_objects, of_tokens, inferred = prep_objects(noun, ("of", "to", "with"), ctx)
    if not described and noun.tag_ == "NNS" and any(c.dep_ == "poss" for c in noun.children):
        return []
    others = [a for a in (*others, *of_objects) if a not in described]
    if described and not others and trigger.plover in COOPERATIVE_TYPES:
        return _partner_in(noun, trigger, described, sent, ctx, doc_date)
    if not described or not others:
        return None
    anchor = noun.head if noun.dep_ in {"attr", "oprd"} else noun
    confidence = 0.5 if inferred else 0.65
    return emit(described, others, trigger, [noun, *of_tokens], sent, anchor, ctx, doc_date, confidence)


def _partner_in(
    noun: Token, trigger: Trigger, described: list[str], sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """ "the militia is a key ally in the Washington-led war against Islamic State": a partner in an
    event is the partner of the event's doers, and takes part in it against its targets."""
    for event in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children):
        own = noun_trigger(event, ctx.lexicon)
        # "the Washington-led war", "the French-led mission": who leads it (an event noun may also
        # name its doer by a modifier, "Russia's war")
        doers = [
            a
            for c in event.children
            if c.dep_ == "amod" and c.tag_ == "VBN"
            for a in participle_agents(c, ctx)
        ]
        if own is not None:
            doers += [
                a for c in event.children if c.dep_ in {"poss", "compound"} for a in np_actors(c, ctx)[0]
            ]
        states = {state_of(ctx, a) for a in described}
        doers = [a for a in dict.fromkeys(doers) if a not in described and state_of(ctx, a) not in states]
        if event.dep_ != "pobj" or not doers:
            continue
        anchor = noun.head if noun.dep_ in {"attr", "oprd"} else noun
        out = emit(described, doers, trigger, [noun, event], sent, anchor, ctx, doc_date, 0.5)
        if own is not None:
            targets, tokens, _ = prep_objects(event, own.preps, ctx)
            targets = [t for t in targets if t not in described and t not in doers]
            out += emit(described, targets, own, [event, *tokens], sent, anchor, ctx, doc_date, 0.5)
        return out
    return None


def relational_trigger(noun: Token, ctx: Context) -> Trigger | None:
    """A giver's noun that describes an actor is its gift ("Norway, Somalia's biggest donor":
    ``givers``), a speech act received its giver's ("received an invitation from X": ``addressed``); a
    relational noun with no noun entry reads as its verb ("an ally of" as "allied with"); any
    noun that two or more states hold jointly is cooperation between them ("a joint U.S.-U.K. base",
    "the joint French and Belgian police unit")."""
    lemma = noun.lemma_.lower()
    given = giver_trigger(noun, ctx)  # "Norway, Somalia's biggest donor" (givers)
    if given is not None:
        return given
    addressed = addressed_trigger(noun, ctx)  # "received an invitation from Angola" (addressed)
    if addressed is not None:
        return addressed
    pressed = pressed_trigger(noun, ctx)  # "despite objections from Egypt, ..." (pressure)
    if pressed is not None:
        return pressed
    if lemma not in ctx.relational_nouns:
        delegation = ctx.grammar["delegation_rule"]
        if member_verb(noun) is not None or leading_verb(noun) is not None:
            return Trigger(
                lemma, "noun", "CONSULT", delegation["cameo"], delegation["mode"], (), True, "rule"
            )
        if _asked_for(noun, ctx) is not None:
            rule = ctx.grammar["request_for_rule"]
            return Trigger(lemma, "noun", rule["plover"], rule["cameo"], "", ("for",), False, "rule")
        if _designation(noun, ctx) is not None:
            rule = ctx.grammar["designation_rule"]
            return Trigger("designate", "noun", rule["plover"], rule["cameo"], "", (), False, "rule")
        return _joint_holding(noun, ctx)
    trigger = ctx.lexicon.verb(lemma)
    return trigger if trigger is not None and trigger.symmetric else None


def _delegation(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """ "Kenya hosted talks with Somali officials. The Somali delegation includes Foreign Minister A and
    Defense Minister B" (or "is composed of", "was led by": ``teams.member_verb``; "A led the Somali
    delegation": ``teams.leading_verb``): the people a delegation includes meet the other side of the
    last meeting the story reported with the delegation's state (and that meeting's mood: planned talks
    stay planned); a side whose own delegation's leaders the story names (``_heads``: "..., while the
    Kenyan delegation was led by B") is met in them."""
    verb = noun.head
    members, sides = _team(noun, sent, ctx)
    if not members or not sides:
        return []
    here = sentence_index(ctx, noun.i)
    acts = [a for a in ctx.discourse.events.acts if a.type == trigger.plover and a.target]
    act = next(
        (
            a
            for a in reversed(acts)
            if here - a.sentence <= MEMORY_SENTENCES
            and a.sentence < here
            and sides & {state_of(ctx, a.source), state_of(ctx, a.target)}
        ),
        None,
    )
    if act is None:
        return []
    same = [a for a in acts if a.sentence == act.sentence]
    others = [x for a in same for x in (a.source, a.target) if state_of(ctx, x) not in sides]
    others = [x for x in dict.fromkeys(others) if x not in members]
    # "The Uzbek delegation was led by A, while the Afghan delegation was led by B": A meets B
    heads = _heads(here, sides, ctx)
    others = list(dict.fromkeys(h for x in others for h in _met_in(x, heads, ctx) if h not in members))
    if not others:
        return []
    # the meeting's mood, read where the story told it
    anchor = next((w for t in ctx.sentences[act.sentence] if (w := _told_at(t, trigger, ctx))), verb)
    negated, hypothetical, _ = flags(anchor, ctx)
    return emit(
        members, others, trigger, [noun, verb], sent, verb, ctx, doc_date, 0.5, modal=(negated, hypothetical)
    )


def _team(noun: Token, sent: Span, ctx: Context) -> tuple[list[str], set[str]]:
    """The people the delegation ``noun`` includes or who lead it, and its states (the noun's own
    modifiers, else its people's): "the Peruvian delegation includes A and B", "is composed of A and
    B", "was led by A", "a delegation, headed by A, ...", "A led the Kenyan delegation"."""
    verb = noun.head
    if leading_verb(noun) is not None:
        found = subjects(verb, ctx)[0]  # "A, who led the Kenyan delegation": the relative's antecedent
    elif member_verb(noun) is not None:
        # "includes A, B and army chief C": every person after the verb; "is composed of A, B and
        # representatives of the Ministry of X", "was led by A": the names of the phrase (teams.team_of)
        listing = verb.lemma_ in ctx.grammar["delegation_rule"]["verbs"]
        found = [
            a
            for t in sent
            if t.i > verb.i
            and not any(c.dep_ == "case" for c in t.children)  # "Zelenskyy's chief of staff": the owner
            and (listing or ((team := team_of(t, frozenset())) is not None and team.i == noun.i))
            and (a := ctx.actors.actor_at(t)) is not None
        ]
    else:
        found = [a for t in leading_names(noun) if (a := ctx.actors.actor_at(t)) is not None]
    members = list(dict.fromkeys(a for a in found if ctx.actors.actors[a].type == "person"))
    sides = {a for c in noun.children if c.dep_ in {"amod", "compound", "poss"} for a in np_actors(c, ctx)[0]}
    return members, {state_of(ctx, a) for a in sides} or {state_of(ctx, m) for m in members}


def _heads(here: int, own: set[str], ctx: Context) -> dict[str, list[str]]:
    """The people who lead or make up each other state's delegation, as the story names them from the
    memory's reach before sentence ``here`` to two sentences after it ("A led the Kenyan delegation.
    The Somali delegation was headed by B."), by state; ``own``'s left out."""
    nouns = set(ctx.grammar["delegation_rule"]["nouns"])
    out: dict[str, list[str]] = {}
    for k in range(max(0, here - MEMORY_SENTENCES), min(len(ctx.sentences), here + _HEADS_AFTER + 1)):
        sent = ctx.sentences[k]
        for noun in (t for t in sent if t.lemma_.lower() in nouns and t.pos_ == "NOUN"):
            members, sides = _team(noun, sent, ctx)
            # "the Taliban delegation was led by B": under the group and under B's state
            keys = sides | {state_of(ctx, m) for m in members}
            if len(sides) != 1 or keys & own:
                continue
            for key in keys:
                held = out.setdefault(key, [])
                held.extend(m for m in members if m not in held)
    return {k: v for k, v in out.items() if v}


def _met_in(side: str, heads: dict[str, list[str]], ctx: Context) -> list[str]:
    """Who ``side`` is met in: the leaders of its delegation (``_heads``, by the side or its state: "the
    Taliban delegation was led by B"), else itself; a person is met in person."""
    if ctx.kind(side) == "person":
        return [side]
    return heads.get(side) or heads.get(state_of(ctx, side)) or [side]


def _told_at(token: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """Where an event of ``trigger``'s type is told at ``token``: the verb, or the verb of its noun."""
    if token.pos_ == "NOUN":
        found = noun_trigger(token, ctx.lexicon)
        return (governing_verb(token) or token) if found and found.plover == trigger.plover else None
    verbal = verb_trigger(token, ctx.lexicon) if token.pos_ in {"VERB", "AUX"} else None
    return token if verbal and verbal[0].plover == trigger.plover else None


def _asked_for(noun: Token, ctx: Context) -> tuple[list[str], list[str], list[Token]] | None:
    """ "India's call for the WTO to waive patents", "a Chinese and Russian proposal made on Monday
    for the Security Council to lift sanctions": (who asks, who is asked, the tokens), when a noun of
    ``request_for_rule`` is followed by "for X to V" (however the parser hung it) and names its askers
    (modifiers, possessor, a by-agent on its participle)."""
    rule = ctx.grammar["request_for_rule"]
    if noun.lemma_.lower() not in rule["nouns"] or noun.pos_ != "NOUN":
        return None
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    places = [*holders, *([noun.head] if noun.dep_ in {"dobj", "nsubj", "nsubjpass"} else [])]
    for verb in (v for h in places for v in h.children if v.i > noun.i and v.dep_ in _INFINITIVE_DEPS):
        words = {c.dep_: c for c in verb.children if c.dep_ in {"aux", "mark", "nsubj"}}
        if "aux" not in words or words["aux"].lower_ != "to":
            continue
        if "mark" in words and words["mark"].lower_ == "for" and "nsubj" in words:
            marker, obj = words["mark"], words["nsubj"]  # "for" as the mark of the infinitive
        else:
            found = [
                (p, o)
                for h in holders
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "for" and p.i < verb.i
                for o in p.children
                if o.dep_ == "pobj"
            ]
            if not found:
                continue
            marker, obj = found[0]
        if marker.i < noun.i or any(t.is_punct for t in noun.doc[noun.i : marker.i]):
            continue
        asked = np_actors(obj, ctx)[0]
        askers = [
            a
            for c in noun.children
            if c.dep_ in {"poss", "amod", "compound", "nmod"}
            for a in np_actors(c, ctx)[0]
        ]
        askers += [a for h in holders[1:] for a in prep_objects(h, ("by",), ctx)[0]]
        askers = [a for a in dict.fromkeys(askers) if a not in asked]
        if asked and askers:
            return askers, asked, [marker, verb]
    return None


_INFINITIVE_DEPS = {"acl", "advcl", "relcl", "xcomp", "ccomp"}


def _designation(noun: Token, ctx: Context) -> tuple[list[str], list[str], Token] | None:
    """ "Hamas, an EU-designated terrorist group", "the PKK is a Turkish-designated terrorist
    organization": (who designated, who is designated, the participle), when the noun is qualified by
    a designation word (``designation_rule`` in grammar.json) and the participle names its designator."""
    rule = ctx.grammar["designation_rule"]
    participle = next((c for c in noun.children if c.lower_.endswith(rule["participle"])), None)
    if participle is None or not any(c.lower_ in rule["words"] for c in noun.children):
        return None
    doc = noun.doc
    designators: list[str] = []
    if participle.lower_ != rule["participle"]:
        # "U.S.-designated", one token: the part before the hyphen
        form = ctx.actors.gazetteer.lookup(participle.text[: -len(rule["participle"])].rstrip("-–"))
        designators = [form.actor_id] if form and ctx.actors.ensure_actor(form.actor_id) else []
    elif participle.i > 1 and doc[participle.i - 1].text in {"-", "–"}:
        # "EU - designated", split by the tokenizer
        named = ctx.actors.actor_at(doc[participle.i - 2])
        designators = [named] if named else []
    if noun.dep_ == "appos":
        designated = np_actors(noun.head, ctx)[0]
    elif noun.dep_ in {"attr", "oprd"} and noun.head.pos_ in {"AUX", "VERB"}:
        designated = subjects(noun.head, ctx)[0]
    else:
        designated = [
            a for c in noun.children if c.dep_ in {"appos", "compound"} for a in np_actors(c, ctx)[0]
        ]
    designated = [a for a in designated if a not in designators]
    if not designators or not designated:
        return None
    return designators, designated, participle


def _joint_holding(noun: Token, ctx: Context) -> Trigger | None:
    """ "a joint U.S.-Philippine facility", "India's joint venture with Russia", "Laos and Vietnam
    defend their joint ventures": a noun marked joint whose modifiers, "with"/"between" objects and
    (for "their" or an object) the subject of its verb name two or more states or IGOs; the trigger is
    the rule ``joint_rule`` of grammar.json, an agreement for a joint document ("signed a joint
    declaration", ``document_nouns``)."""
    rule = ctx.grammar["joint_rule"]
    if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in rule["words"] for c in noun.children):
        return None
    parties = [
        a
        for c in noun.children
        if c.dep_ in {"amod", "compound", "nmod", "poss"}
        and c.lower_ not in rule["words"]
        and c.pos_ != "PRON"
        for a in np_actors(c, ctx)[0]
    ]
    parties += prep_objects(noun, ("with", "between"), ctx)[0]
    verb = governing_verb(noun)
    if verb is not None and (
        noun.dep_ == "dobj" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    ):
        parties += subjects(verb, ctx)[0]
    if len({a for a in parties if ctx.kind(a) in {"country", "igo"}}) < 2:
        return None
    if noun.lemma_.lower() in ctx.grammar["document_nouns"]["kinds"]:
        rule = rule["document"]  # "signed a joint declaration": the text they agreed on
    return Trigger(
        noun.lemma_.lower(), "noun", rule["plover"], rule["cameo"], "", ("with", "between"), True, "rule"
    )
