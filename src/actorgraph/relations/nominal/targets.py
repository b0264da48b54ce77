"""Whom or where an event noun hits: what it is aimed at ("airstrikes hit Gaza"), who died in it, the
origin and importer of levied goods, whom help is for, the state whose territory it happens in, the
story's one place, the place of the harm it caused.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import (
    Context,
    np_actors,
    place_targets,
    prep_objects,
    subjects,
)
from actorgraph.relations.discourse.common import sentence_index, state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.doers import act_doers
from actorgraph.relations.syntax import (
    is_passive,
    pobjects,
)
from actorgraph.relations.triggers import noun_trigger, verb_trigger

__all__ = ["aimed_at"]


def _helped(verb: Token, sources: list[str], ctx: Context) -> list[str]:
    """Whom help "with support from X" is for: the subjects of the clause the phrase hangs on, a
    passive's by-agents, else those of the clause it is part of (a few words up at most)."""
    node = verb
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            found = prep_objects(node, ("by",), ctx)[0] if is_passive(node) else subjects(node, ctx)[0]
            found = [a for a in found if a not in sources]
            if found:
                return found
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _importers(noun: Token, trigger: Trigger, ctx: Context) -> list[str]:
    """ "tariff hikes on Chinese EV imports to the U.S. and Canada", "duties on steel imports into
    India": a levy on goods bound for a state is that state's (``import_levy_rule`` in grammar.json;
    sanctions are not levies: "sanctions on Iranian oil exports to China" are not China's)."""
    goods = _levied_goods(noun, trigger, ctx)
    if not goods:
        return []
    bound = tuple(ctx.grammar["import_levy_rule"]["preps"])
    found = [a for g in goods for a in prep_objects(g, bound, ctx)[0]]
    if not found:  # "tariffs on Mexican steel imports into the United States", with "into" on the levy
        found = [
            a
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in bound and p.i > goods[0].i
            for o in p.children
            if o.dep_ == "pobj"
            for a in np_actors(o, ctx)[0]
        ]
    return found


def _levied_goods(noun: Token, trigger: Trigger, ctx: Context) -> list[Token]:
    """The goods a levy noun is on ("tariffs on steel imports", "duties on U.S. imports from X"), in text
    order; none when the noun is no levy of ``import_levy_rule``'s types (sanctions are no levy)."""
    rule = ctx.grammar["import_levy_rule"]
    words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")}
    if trigger.plover not in rule["types"] or not words & set(rule["levies"]):
        return []
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in trigger.preps
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in rule["goods"]
    ]


def _goods_origin(noun: Token, trigger: Trigger, ctx: Context) -> tuple[list[str], list[str]]:
    """ "tariffs on all U.S. imports from Japan", "duties on steel imports from China": the states a
    levy's goods come from (a from-phrase on the goods, or on the levy where the parser hangs it), who
    bear it and do not levy it, and the importer the goods name ("U.S. imports"), who levies it
    (``import_levy_rule`` in grammar.json); two empty lists when the goods name no origin."""
    goods = _levied_goods(noun, trigger, ctx)
    phrases = [o for g in [noun, *goods] for o in pobjects(g, "from")] if goods else []
    origins = [a for o in phrases for a in np_actors(o, ctx)[0]]
    if not origins:
        return [], []
    importers = [
        a
        for g in goods
        for c in g.children
        if c.dep_ in {"compound", "amod", "nmod", "poss"}
        for a in np_actors(c, ctx)[0]
        if a not in origins
    ]
    return list(dict.fromkeys(origins)), list(dict.fromkeys(importers))


def _named_or_placed(phrase: Token, ctx: Context) -> list[str]:
    """The actors a phrase names, else the state of the place it names ("on Gaza")."""
    found = np_actors(phrase, ctx)[0]
    place = None if found else ctx.actors.place_at(phrase)
    return found or ([place] if place and ctx.actors.ensure_actor(place) else [])


def aimed_at(noun: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """What an event noun hits, targets or affects: the object of such a verb whose subject the noun
    is ("airstrikes hit Gaza"), or of such a participle on it ("sanctions targeting Russian banks");
    the object of a verb of harm (``harm_verbs`` in grammar.json) whose subject is an act naming its
    own doer ("shelling by Russian forces killed five Ukrainians", "Israeli strikes wounded ..."); the
    passive subject of such a verb whose by-agent the act is ("Russia was hit by sanctions from X")."""
    verbs = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.lemma_ in ctx.aiming_verbs]
    if noun.dep_ == "nsubj" and noun.head.lemma_ in ctx.aiming_verbs:
        verbs.append(noun.head)
    elif noun.dep_ == "nsubj" and noun.head.lemma_ in ctx.grammar["harm_verbs"] and act_doers(noun, ctx)[0]:
        verbs.append(noun.head)  # "airstrikes by X killed dozens of Y": an act with its doer harms
    found: list[str] = []
    tokens: list[Token] = []
    agent = noun.head
    if noun.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.pos_ in {"VERB", "AUX"}:
        # "Russia was hit by sanctions imposed by X", "soldiers were killed by airstrikes carried out
        # by Y": the passive subject of such a verb whose by-agent the act is
        verb = agent.head
        if verb.lemma_ in ctx.aiming_verbs or (
            verb.lemma_ in ctx.grammar["harm_verbs"] and act_doers(noun, ctx)[0]
        ):
            hit = [a for c in verb.children if c.dep_ == "nsubjpass" for a in np_actors(c, ctx)[0]]
            found.extend(hit)
            tokens.extend(verb for _ in hit[:1])
    for verb in verbs:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            hit = np_actors(obj, ctx)[0]
            place = ctx.actors.place_at(obj)
            if not hit and place and ctx.actors.ensure_actor(place):
                hit = [place]  # "hit Gaza"
            found.extend(hit)
            tokens.extend(verb for _ in hit[:1])
        if not found:
            places, place_tokens = place_targets(verb, ctx)  # "hit targets in Yemen"
            more, more_tokens, _ = prep_objects(
                verb, ("at", "on", "against"), ctx
            )  # "aimed at Chinese steel"
            found.extend((*places, *more))
            tokens.extend((*place_tokens, *more_tokens))
    return list(dict.fromkeys(found)), tokens


def _territory_of(
    noun: Token, preps: tuple[str, ...], sources: list[str], targets: list[str], ctx: Context
) -> tuple[list[str], list[Token]]:
    """The state an act of force on a group or a person happens in, where the text places it ("a
    Colombian attack on a FARC camp in Ecuadorian territory", "Turkish strikes on PKK hideouts in
    northern Iraq"; ``territory_rule`` in grammar.json): a place phrase on the noun or on its target
    phrase, of a state that is neither a doer's nor a target's; nothing when a target is a state."""
    if any(ctx.kind(t) == "country" for t in targets):
        return [], []
    own = {state_of(ctx, a) for a in (*sources, *targets)}
    holders = [noun, *(o for p in preps for o in pobjects(noun, p))]
    found: list[str] = []
    tokens: list[Token] = []
    for holder in holders:
        places, place_tokens = place_targets(
            holder, ctx, skip=frozenset(ctx.grammar["territory_rule"]["skip_preps"])
        )
        for place, token in zip(places, place_tokens, strict=False):
            if ctx.kind(place) == "country" and place not in own and place not in found:
                found.append(place)
                tokens.append(token)
    return found, tokens


def _harms(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether ``noun`` is an act of force that is the subject of a verb of harm ("Israeli strikes have
    killed 300 people"; ``harm_verbs``)."""
    return (
        trigger.plover == "ASSAULT" and noun.dep_ == "nsubj" and noun.head.lemma_ in ctx.grammar["harm_verbs"]
    )


def _story_place(noun: Token, sources: list[str], ctx: Context) -> list[str]:
    """The one state of the places named in ``noun``'s sentence, else in the one before, else the one
    before that, that is none of the doers' states ("Heavy fighting went on in Gaza. Israeli strikes
    have killed 300 people": Palestine); nothing where a sentence names places of two such states."""
    here = sentence_index(ctx, noun.i)
    doers = {state_of(ctx, a) for a in sources}
    for k in range(here, max(-1, here - ctx.grammar["story_place_sentences"] - 1), -1):
        if k not in ctx.story_places:
            # read once per sentence, for every noun that looks back on it
            ctx.story_places[k] = [
                p for t in ctx.sentences[k] if (p := ctx.actors.place_at(t)) and not _venue(t, ctx)
            ]
        states = {p for p in ctx.story_places[k] if p not in doers}
        if len(states) > 1:
            return []
        if states:
            state = next(iter(states))
            return [state] if ctx.actors.ensure_actor(state) else []
    return []


def _venue(place: Token, ctx: Context) -> bool:
    """Whether a place is where a meeting is held ("talks were held in Istanbul", "met in Doha")."""
    head = place.head.head if place.head.dep_ == "prep" else None
    while head is not None and head.dep_ == "conj" and head.head.pos_ in {"VERB", "NOUN"}:
        head = head.head
    if head is None:
        return False
    if head.pos_ in {"VERB", "AUX"}:
        found = verb_trigger(head, ctx.lexicon)
        meeting = found[0] if found is not None else None
    else:
        meeting = noun_trigger(head, ctx.lexicon)
    if meeting is None and head.pos_ in {"VERB", "AUX"}:
        # "talks were held in Istanbul": the meeting noun the verb holds
        meeting = next(
            (
                m
                for c in head.children
                if c.dep_ in {"nsubjpass", "dobj"} and (m := noun_trigger(c, ctx.lexicon))
            ),
            None,
        )
    return meeting is not None and meeting.plover == "CONSULT"


def _harm_caused(noun: Token, ctx: Context) -> Token | None:
    """The verb of harm whose clause a phrase of cause names ``noun`` in ("Because of Russian
    shelling, thousands fled their homes in Kharkiv", "were killed in Somalia as a result of Kenyan
    airstrikes"; ``caused_harm_rule`` in grammar.json), else ``None``."""
    rule = ctx.grammar["caused_harm_rule"]
    doc, start = noun.doc, noun.left_edge.i
    phrase = next(
        (p for p in rule["phrases"] if doc[max(0, start - len(p.split())) : start].text.lower() == p), None
    )
    if phrase is None:
        return None
    first = start - len(phrase.split())
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} or first <= verb.i < start:
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    verbs = {*ctx.grammar["harm_verbs"], *ctx.victim_verbs, *rule["verbs"]}
    return verb if verb.lemma_ in verbs else None


def _victims(noun: Token, ctx: Context) -> list[str]:
    """ "Three Malian soldiers died in an ambush": who died in the event noun is its target."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} else None
    if verb is None or verb.lemma_ not in ctx.victim_verbs:
        return []
    return subjects(verb, ctx)[0]
