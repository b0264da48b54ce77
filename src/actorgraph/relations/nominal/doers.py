"""Who does the act an event noun names: its own doers ("Ethiopia's attack", "the attack by X", "the
attacks carried out by X"), what a passive statement is about, coups and ousters, "of" doers ("the
withdrawal of Ethiopian troops"), the doer a participle or a pronoun gives, the story's last doer or
visitor.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import (
    SUBJECT_DEPS,
    Context,
    governing_verb,
    np_actors,
    prep_objects,
    subjects,
)
from actorgraph.relations.discourse.common import MEMORY_SENTENCES, sentence_index, state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.common import DOER_DEPS, event_noun
from actorgraph.relations.syntax import (
    is_passive,
    pobjects,
    reduced_relative,
    relative_on_object,
)
from actorgraph.relations.triggers import noun_trigger, verb_trigger
from actorgraph.relations.voice import (
    located_agents,
    participle_agents,
)

__all__ = ["act_doers", "condemned_act", "instrument_doers", "stated_about"]


def condemned_act(noun: Token, verb: Token, ctx: Context) -> bool:
    """Whether ``noun`` names a hostile act (force, coercion, sanctions, threats: the speech
    ``coercive_types`` and THREATEN), which an accusation of it by ``verb`` aims at its doer, never
    its victim (not under a verb that puts the act "on" the accused: "blamed the attacks on X",
    ``blame_on_verbs``)."""
    if verb.lemma_ in ctx.grammar["blame_on_verbs"]:
        return False
    found = noun_trigger(noun, ctx.lexicon) if noun.pos_ == "NOUN" else None
    return found is not None and found.plover in {*ctx.grammar["speech"]["coercive_types"], "THREATEN"}


def act_doers(noun: Token, ctx: Context, verb: Token | None = None) -> tuple[list[str], list[Token]]:
    """The doers an event noun names itself ("Ethiopia's attack", "the Israeli raid", "the attack on
    Israel by Iran", "the attacks carried out by X", "the Saudi-led blockade"), and the tokens naming
    them; never what it is done to (its "on" phrase, its "of" phrase where the act takes "of" for its
    target: "the bombing of Gaza", not "the brutality of the army"). Where the parser hung the
    by-phrase on the active ``verb`` the noun is the object of ("condemned the attack on Israel [by
    Iran]"), or the participle on the noun's own object ("the attacks on civilians [carried out by
    X]"), it is the noun's all the same."""
    found: list[str] = []
    tokens: list[Token] = []
    for child in noun.children:
        if child.dep_ in DOER_DEPS:
            named = np_actors(child, ctx)[0] or participle_agents(child, ctx)
            found += named
            tokens += [child] if named else []
    own = noun_trigger(noun, ctx.lexicon)
    plain = ctx.lexicon.noun(noun.lemma_.lower())
    if own is not None and "of" not in own.preps and (plain is None or "of" not in plain.preps):
        # "the brutality of the Myanmar military": an act whose target takes another preposition;
        # not a noun whose own row takes "of" for its target, read here as its verb's pattern with
        # the "of" object ("the expulsion of the Venezuelan ambassador": the expelled, no doer)
        for obj in pobjects(noun, "of"):
            named = np_actors(obj, ctx)[0]
            found, tokens = [*found, *named], [*tokens, *([obj.head] if named else [])]
    holders = [noun, *(c for c in noun.children if reduced_relative(c))]
    if plain is not None and "of" in plain.preps:
        holders += pobjects(noun, "of")  # "the expulsion of its envoy [by X]": the parser hangs "by" low
    holders += [
        c
        for o in pobjects(noun, "on") + pobjects(noun, "against") + pobjects(noun, "of")
        for c in o.children
        if reduced_relative(c) and c.lemma_ in ctx.light_verbs
    ]
    for holder in holders:
        agents, agent_tokens, _ = prep_objects(holder, ("by",), ctx)
        found, tokens = [*found, *agents], [*tokens, *agent_tokens]
    for clause in (c for c in noun.children if relative_on_object(c)):
        # "the sanctions the United States imposed on Monday"
        named = subjects(clause, ctx)[0]
        found, tokens = [*found, *named], [*tokens, *([clause] if named else [])]
    if not found:
        # "condemned the coup in Gabon": the state where a coup happens carries it out
        found, tokens = _coup_doers(noun, ctx)
    if not found and verb is not None and not is_passive(verb):
        late = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i]
        for prep in late:
            agents = [a for o in prep.children if o.dep_ == "pobj" for a in np_actors(o, ctx)[0]]
            found, tokens = [*found, *agents], [*tokens, *([prep] if agents else [])]
    return list(dict.fromkeys(found)), tokens


def _brokered(noun: Token, participle: Token, ctx: Context) -> bool:
    """Whether ``participle`` tells who brokered ``noun``: a verb of mediating ("a deal brokered by
    X", "talks facilitated by X"), or of sponsoring on a settlement ("the accord, sponsored by X");
    its by-agent is the mediator (relations/auspices.py), no party."""
    rule = ctx.grammar["auspices_rule"]
    lemma = participle.lemma_.lower()
    sponsored = lemma in rule["settlement_sponsors"] and noun.lemma_.lower() in rule["settlement_nouns"]
    return lemma in ctx.mediating_verbs or sponsored


def stated_about(verb: Token, speakers: list[str], ctx: Context) -> tuple[list[str], list[Token]]:
    """What a statement in the passive is about, when its subject names no actor: "the coup in Gabon
    was condemned by the AU", "the decision by Israel to ... was criticised by Jordan", "the release of
    two fishermen by Iran was welcomed by Y": the doers the subject's noun names (``act_doers``), not
    the speakers (the by-agent), and never the act's victim."""
    found: list[str] = []
    tokens: list[Token] = []
    for subject in verb.children:
        if subject.dep_ == "nsubjpass" and subject.pos_ == "NOUN":
            doers, named = act_doers(subject, ctx, verb)
            found += [a for a in doers if a not in speakers]
            tokens += named
    return list(dict.fromkeys(found)), tokens


def _act_doers(verb: Token, ctx: Context) -> list[str]:
    """The doers of the act a clause's subject names without naming them ("the measure", "the deal"):
    the last such act the story reported (both sides of a mutual one)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"), None)
    if subject is None or ctx.actors.actor_at(subject):
        return []
    _, doers = ctx.discourse.implicit_doer(subject)
    if doers:
        return doers
    trigger = noun_trigger(subject, ctx.lexicon)
    if trigger is None:
        return []
    here = sentence_index(ctx, subject.i)
    for act in reversed(ctx.discourse.events.acts):
        if here - act.sentence > MEMORY_SENTENCES:
            break
        if act.type == trigger.plover:
            return [act.source] if act.directed or not act.target else [act.source, act.target]
    return []


def _last_visitor(noun: Token, hosts: list[str], ctx: Context) -> list[str]:
    """Who made a visit to ``hosts`` that names no visitor: the visitor of the last visit the story
    told, unless that visitor is of a host's state ("Egypt's president visited Kenya. A visit to
    Egypt is planned": no one)."""
    visit = ctx.discourse.events.last_visit(noun)
    if visit is None:
        return []
    own = {visit.source, state_of(ctx, visit.source)}
    if any(h in own or state_of(ctx, h) in own for h in hosts):
        return []
    return [visit.source]


def _owner_of_kind(noun: Token, agents: list[str], ctx: Context) -> list[str]:
    """The person a copula's subject says did what a by-phrase names only by kind: "Bilawal's trip is
    the first visit to India by a Pakistani foreign minister" (Bilawal, not Pakistan), where the owner
    of the subject's event is a person of the by-phrase's state; else nothing."""
    if noun.dep_ not in {"attr", "dobj"} or noun.head.lemma_ not in {"be", "mark"}:
        return []
    kinds = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for o in p.children
        if o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in o.children)
    ]
    states = {ctx.actors.actors[a].country for a in agents}
    if not kinds or not agents or None in states:
        return []
    owners = [
        a
        for subject in noun.head.children
        if subject.dep_ == "nsubj"
        for c in subject.children
        if c.dep_ == "poss"
        for a in np_actors(c, ctx)[0]
        if ctx.kind(a) == "person" and ctx.actors.actors[a].country in states
    ]
    return list(dict.fromkeys(owners))


def _owned_by_subject(noun: Token, trigger: Trigger, owners: list[str], ctx: Context) -> bool:
    """Whether the owners a pronoun names ("its", "their") are surely the doers of ``noun``: the
    subject of the clause the noun is the object of, for a joint activity ("Laos and Vietnam defend
    their joint ventures") or a hostile act (``owned_act_rule``: "Canada defended its tariffs on
    U.S. goods"), which no one condemns as their own ("condemned its attacks") and which is no act where
    the verb undoes it ("rolled back its tariffs": CONCEDE alone); not support one backs off ("Moscow
    backed off its support" keeps the support unreal)."""
    rule = ctx.grammar["owned_act_rule"]
    if not trigger.symmetric and trigger.plover not in rule["types"]:
        return False
    verb = governing_verb(noun)
    over = verb_trigger(verb, ctx.lexicon) if verb is not None else None
    if over is not None and over[0].plover in rule["not_under"]:
        return False
    return _own_subject(noun, owners, ctx)


def _own_subject(noun: Token, actors: list[str], ctx: Context) -> bool:
    """Whether ``actors`` are the subject of the clause ``noun`` is the object of."""
    verb = governing_verb(noun)
    return verb is not None and noun.dep_ == "dobj" and set(subjects(verb, ctx)[0]) == set(actors)


def _coup_doers(noun: Token, ctx: Context, *, look_back: bool = True) -> tuple[list[str], list[Token]]:
    """The doer of a coup, a putsch or an ouster that names none (``coup_rule`` in grammar.json): the
    state where it happens ("the coup in Gabon"), else the state of the people it ousts ("the ousting
    of President X", "the coup that toppled X"), else (``look_back``) that of the coup or the ousting
    (``coup_rule`` verbs: "soldiers deposed President X") the story told before."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.grammar["coup_rule"]["nouns"]:
        return [], []
    found, tokens = located_agents(noun, ctx)
    if found:
        return found, tokens
    own = noun_trigger(noun, ctx.lexicon)
    ousted = prep_objects(noun, own.preps, ctx)[0] if own is not None else []
    ousted = ousted or _ousted_by_clause(noun, ctx)[0]
    if not ousted and look_back:
        # "The UN and ECOWAS condemned the coup": the coup the story told before
        for earlier in reversed(ctx.sentences[: sentence_index(ctx, noun.i)]):
            for token in earlier:
                found = _coup_doers(token, ctx, look_back=False)[0] if token.pos_ == "NOUN" else []
                found = found or _ousted_states(token, ctx)
                if found:
                    return found, []
    return _states(ousted, ctx), []


def _ousted_states(verb: Token, ctx: Context) -> list[str]:
    """The states of whom a verb of ousting removes ("soldiers ousted the president of Mali", "X was
    deposed"), else of who removes them."""
    if verb.pos_ != "VERB" or verb.lemma_ not in ctx.grammar["coup_rule"]["verbs"]:
        return []
    removed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # (whom no state is known for: the ousters' state, "soldiers in Guinea ousted President X")
    return _states([a for c in removed for a in np_actors(c, ctx)[0]], ctx) or _states(
        subjects(verb, ctx)[0], ctx
    )


def _states(actors: list[str], ctx: Context) -> list[str]:
    """The states of ``actors``, people and organs by their state, known to the document."""
    states = [state_of(ctx, a) for a in actors]
    return [s for s in dict.fromkeys(states) if ctx.kind(s) == "country" and ctx.actors.ensure_actor(s)]


def _ousted_by_clause(noun: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """Whom a clause on a coup ousts: the object of a hostile verb in a relative or infinitive clause on
    it ("the coup that toppled President X", "the coup to dethrone X")."""
    if noun.lemma_.lower() not in ctx.grammar["coup_rule"]["nouns"]:
        return [], []
    for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"):
        found = verb_trigger(clause, ctx.lexicon)
        if found is None or found[0].plover not in {"COERCE", "ASSAULT"}:
            continue
        ousted = [a for c in clause.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0]]
        if ousted:
            return ousted, [clause]
    return [], []


def _of_doers(noun: Token, trigger: Trigger, ctx: Context) -> list[str]:
    """ "the withdrawal of Ethiopian troops", "the support of India": an "of" phrase naming forces,
    officials or an actor itself is the doer of an event noun whose target takes another preposition,
    for events one does rather than inflicts ("the ambush of Syrian soldiers" is on them)."""
    doers: list[str] = []
    for obj in pobjects(noun, "of"):
        named = ctx.actors.actor_at(obj)
        if trigger.plover in ctx.of_doer_types and (ctx.agent_head(obj) or named):
            doers.extend(np_actors(obj, ctx)[0])
    return doers


def _participle_of(noun: Token, ctx: Context) -> Token | None:
    """ "sanctions imposed by Canada", "the strikes, carried out by X", "a coup led by Y": a participle
    that is no event of its own, in a reduced relative on the noun with a by-agent, governs it like
    "Canada imposed sanctions". Not a mediator's ("a deal brokered by A and B", "a truce facilitated
    by X", "the accord, sponsored by X"): who brokers a deal is no party to it (``auspices`` has the
    mediator meet the parties)."""
    for child in noun.children:
        if (
            reduced_relative(child)
            and (child.lemma_ in ctx.light_verbs or _no_event(child, ctx))
            and not _brokered(noun, child, ctx)
            and any(c.dep_ == "agent" for c in child.children)
        ):
            return child
    return None


def _no_event(verb: Token, ctx: Context) -> bool:
    """Whether a verb is no event trigger, or only a CAMEO bare-verb guess ("orchestrated by")."""
    found = verb_trigger(verb, ctx.lexicon)
    return found is None or found[0].fallback


def instrument_doers(verb: Token, ctx: Context) -> list[str]:
    """ "were wounded in an attack by Hezbollah", "killed in a bombing claimed by X", "injured in a
    Saudi strike": the doer of the event noun a passive happened in is its agent; so is whoever led
    or carried out the operation it happened in ("was ousted in a coup led by the general")."""
    doers: list[str] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during"}:
            continue
        for noun in (
            o
            for o in prep.children
            if o.dep_ == "pobj" and (event_noun(o, ctx) or _participle_of(o, ctx) is not None)
        ):
            for child in noun.children:
                if child.dep_ in {"poss", "amod", "compound", "nmod"}:
                    doers.extend(np_actors(child, ctx)[0])
            doers.extend(prep_objects(noun, ("by",), ctx)[0])
            for participle in (c for c in noun.children if reduced_relative(c)):
                doers.extend(prep_objects(participle, ("by",), ctx)[0])
    return list(dict.fromkeys(doers))
