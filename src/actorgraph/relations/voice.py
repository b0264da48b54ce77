"""Who acts and who undergoes in a passive: by-agents, reduced relatives, statives, located agents.

* "Iranian forces were attacked by Iraqi militias", "Somali forces, backed by Kenyan troops, ...",
  "a ship seized by Venezuelan authorities": the by-phrase acts, the subject (or the noun the
  participle modifies) undergoes;
* "the Saudi-led coalition", "EU-imposed tariffs" (once split by the tokenizer): the modifier of the
  participle is its agent;
* "Egypt is allied with Saudi Arabia", "Belarus has been allied with Moscow": a stative passive whose
  trigger takes a prepositional target keeps its subject as the source;
* "Guinea was suspended from the African Union": an exclusion from an international organisation
  with no agent is that organisation's;
* "Two Dutch journalists were detained in Venezuela": an arrest, ban or expulsion without an agent is
  the act of the state where it happens; "Vietnamese dissident X was arrested", with no place, of the
  held person's own state;
* "the Qatar-mediated talks between Israel and Hamas", "China-funded ports in Sri Lanka": a participle
  whose noun names no actor acts on the noun's parties, or on the state the noun lies in;
* "X's envoy was summoned to the foreign ministry in Kyiv", "X's ambassador to Spain was summoned": a
  diplomat summoned with no by-agent is summoned by the state of the venue, else of the posting.

(The doer of an event noun a passive happened in, "wounded in an attack by X", is read in
``nominal.instrument_doers``; a passive deployment of forces is their own state's, in ``extract``.)
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.lexicon import Lexicon, Trigger
from actorgraph.relations.syntax import SUBJECT_DEPS, conjuncts, is_passive, reduced_relative

__all__ = [
    "by_agents",
    "criminal_charge",
    "excluding_bodies",
    "gerund_agents",
    "held_by_own_state",
    "located_agents",
    "own_states",
    "participle_agents",
    "participle_parties",
    "participle_trigger",
    "patients",
    "stative_targets",
    "summoning_agents",
]


def participle_trigger(adj: Token, lexicon: Lexicon) -> Trigger | None:
    """The verb trigger of a participle tagged as an adjective ("opposed" -> oppose, "allied" -> ally,
    "committed" -> commit), when the model gives it no verb lemma."""
    word = adj.lower_
    if adj.tag_ not in {"JJ", "VBN"} or not word.endswith("ed") or len(word) < 5:
        return None
    stem = word[:-2]
    candidates = [word[:-1], stem]
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")  # allied -> ally
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # committed -> commit
    for lemma in candidates:
        trigger = lexicon.verb(lemma)
        if trigger is not None:
            return trigger
    return None


def patients(verb: Token, ctx: Context) -> list[str]:
    """Who undergoes a passive ``verb``: its passive subject, the noun a participle modifies, or the
    patient of the passive verb it is coordinated with."""
    found = [a for c in verb.children if c.dep_ == "nsubjpass" for a in np_actors(c, ctx)[0]]
    if found:
        return found
    if reduced_relative(verb):
        found = np_actors(verb.head, ctx)[0]
        # "the Qatar-mediated talks between Israel and Hamas": the parties; "China-funded ports in
        # Sri Lanka": the state where what was done to lies.
        found = found or prep_objects(verb.head, ("between", "among"), ctx)[0]
        return found or prep_objects(verb.head, ("in", "inside"), ctx)[0]
    if verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head):
        return patients(verb.head, ctx)
    return []


def participle_agents(verb: Token, ctx: Context) -> list[str]:
    """ "the Saudi-led coalition", "U.S.-backed forces": the actor hyphenated to a participle; and
    "Trump hosted Erdogan" read by the parser as a noun phrase (the name just before the participle,
    hung on the same noun)."""
    if verb.dep_ != "amod":
        return []
    before = [c for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < verb.i]
    before += [c for c in verb.head.children if c.dep_ in {"nmod", "compound"} and c.i == verb.i - 1]
    return [a for c in before for a in np_actors(c, ctx)[0]]


#: Prepositions whose objects are the parties of a mutual event ("talks between A and B").
_PARTY_PREPS = ("between", "among", "amongst")


def participle_parties(noun: Token, ctx: Context) -> tuple[list[str], list[Token], bool]:
    """ "the accord reached between Armenia and Azerbaijan", "talks held among A, B and C": the parser
    hangs an event noun's "between"/"among" phrase on the past participle after it, a reduced relative;
    the phrase names the noun's parties, as "the accord between A and B" does. (Not a mediator's
    participle, "the truce brokered between A and B": the mediation is ``auspices``'.) Returns
    (parties, the preposition tokens, inferred) as ``prep_objects``."""
    for verb in noun.children:
        if (
            verb.dep_ == "acl"
            and verb.i > noun.i
            # "the deal struck between A and B": a participle the tagger read as a past tense
            and (reduced_relative(verb) or (verb.tag_ == "VBD" and not _has_arguments(verb)))
            and verb.lemma_.lower() not in ctx.mediating_verbs
        ):
            found = prep_objects(verb, _PARTY_PREPS, ctx)
            if found[0]:
                return found
    return [], [], False


def _has_arguments(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"dobj", "dative", "nsubjpass"} for c in verb.children)


def by_agents(verb: Token, ctx: Context) -> list[str]:
    """The actors a passive's by-phrase names ("was received by X", "was accompanied by X and Y")."""
    return [
        a
        for c in verb.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj"
        for a in np_actors(o, ctx)[0]
    ]


#: Prepositions that put the subject of their clause under an act, or away from it ("living under
#: shelling by X", "hiding from shelling by X"): the subject undergoes the act.
_UNDERGOING_PREPS = frozenset({"under", "from"})


def gerund_agents(verb: Token, ctx: Context) -> tuple[list[str], list[str], list[Token]] | None:
    """ "residents living under [shelling] by Russian forces", "hiding from [shelling] by X": a gerund
    the parser reads as a verb, the object of a preposition, with a by-phrase of its own and no object,
    names an act of the by-phrase, not of its clause's subject. Returns (doers, undergoers, tokens
    naming the doers): the clause's subject undergoes it under "under" and "from", else no one
    named does; None when ``verb`` is no such gerund (nor one a charge governs: "accused X of
    [shelling]", "by [seizing]")."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"pcomp", "pobj"} or prep.dep_ != "prep":
        return None
    if prep.lower_ in {"of", "for", "by"} or any(
        c.dep_ in {"dobj", "nsubj", "dative"} for c in verb.children
    ):
        return None
    agents, tokens, _ = prep_objects(verb, ("by",), ctx)
    if not agents:
        return None
    undergoers: list[str] = []
    if prep.lower_ in _UNDERGOING_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
        undergoers = [a for a in subjects(prep.head, ctx)[0] if a not in agents]
    return agents, undergoers, tokens


def stative_targets(verb: Token, trigger: Trigger, ctx: Context) -> tuple[list[str], list[Token]]:
    """ "Egypt is allied with Saudi Arabia": the objects of the trigger's own prepositions, when a
    passive has no agent (then it describes a state of its subject, which is the source)."""
    if not trigger.preps:
        return [], []
    found, tokens, _ = prep_objects(verb, trigger.preps, ctx)
    return found, tokens


def located_agents(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """ "were detained in Venezuela", "deported from Qatar", "barred from entering Moldova": the state
    where an arrest, expulsion or ban happens is the one that carries it out."""
    found: list[str] = []
    tokens: list[Token] = []
    # "killed by a roadside bomb in Somalia": the place may hang on an agent that is no actor.
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    for prep in (c for holder in (verb, *agents) for c in holder.children):
        if prep.dep_ != "prep" or prep.lower_ not in ctx.located_agent_preps:
            continue
        for holder in _place_words(prep):
            state = ctx.actors.actor_at(holder) or ctx.actors.place_at(holder)
            if state and ctx.actors.ensure_actor(state) and ctx.kind(state) == "country":
                found.append(state)
                tokens.append(prep)
    return list(dict.fromkeys(found)), tokens


def excluding_bodies(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """ "Guinea was suspended from the African Union", "barred from ASEAN summits": the international
    organisation a passive of exclusion (``exclusion_verbs``) with no agent takes its subject out of."""
    if verb.lemma_.lower() not in ctx.grammar["exclusion_verbs"]:
        return [], []
    found, tokens, _ = prep_objects(verb, ("from",), ctx)
    bodies = [a for a in found if ctx.kind(a) == "igo"]
    return bodies, tokens if bodies else []


def criminal_charge(trigger: Trigger, ctx: Context) -> bool:
    """Whether ``trigger`` is a criminal charge ("charged with", "indicted"), which only a state
    brings (``legal_charge_lemmas``), unlike a bare accusation."""
    return trigger.trigger in ctx.grammar["legal_charge_lemmas"]


def held_by_own_state(trigger: Trigger, ctx: Context) -> bool:
    """Whether an act with neither agent nor place is the held or charged person's own state's: an
    arrest, a jail term or a charge ("Vietnamese dissident X was arrested"), not an expulsion
    ("Assad was ousted" is no act of Syria)."""
    return trigger.mode in ctx.grammar["own_state_holder_modes"] or criminal_charge(trigger, ctx)


def own_states(people: list[str], ctx: Context) -> list[str]:
    """The states of the people among ``people`` ("Vietnamese dissident X"), who hold them when the
    text names no jailer and no place."""
    states = [ctx.actors.actors[p].country for p in people if ctx.kind(p) == "person"]
    return [s for s in dict.fromkeys(states) if s is not None and ctx.actors.ensure_actor(s)]


def _place_words(prep: Token) -> list[Token]:
    """Words of a place phrase that may name a state: "in Venezuela", "outside (of) the Iraqi city of
    Basra", "from entering Moldova" (where the barred may not go)."""
    objects: list[Token] = []
    for obj in prep.children:
        if obj.dep_ == "pobj":
            objects.extend((obj, *conjuncts(obj)))
        elif obj.dep_ == "prep" and obj.lower_ == "of":
            objects.extend(o for o in obj.children if o.dep_ == "pobj")
        elif obj.dep_ == "pcomp" and obj.pos_ == "VERB":
            objects.extend(c for c in obj.children if c.dep_ in {"dobj", "pobj"})
    words: list[Token] = []
    for obj in objects:
        words.append(obj)
        for child in obj.children:
            if child.dep_ in {"amod", "compound"}:
                words.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                words.extend(o for o in child.children if o.dep_ == "pobj")
    return words


def summoning_agents(verb: Token, trigger: Trigger, ctx: Context) -> tuple[list[str], list[Token]]:
    """Who summons a diplomat when a passive summons names no agent (``summons_rule``): the state of
    the venue the diplomat is summoned to ("to the Colombian foreign ministry", "to the foreign
    ministry in Kyiv", "to the Foreign Office in London"), else the state the envoy is accredited to
    ("Israel's envoy to Spain was summoned")."""
    rule = ctx.grammar["summons_rule"]
    if trigger.source != "rule" or trigger.trigger not in rule["verbs"] or trigger.plover != rule["plover"]:
        return [], []
    found: list[str] = []
    tokens: list[Token] = []
    venues = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in rule["venues"]
    ]
    for venue in venues:
        named = np_actors(venue, ctx)[0]
        if not named:
            # "the foreign ministry in Kyiv": the state of the place the venue is in
            for word in (o for p in venue.children if p.dep_ == "prep" for o in _place_words(p)):
                state = ctx.actors.actor_at(word) or ctx.actors.place_at(word)
                if state and ctx.actors.ensure_actor(state) and ctx.kind(state) == "country":
                    named.append(state)
        found += named
        tokens += [venue] if named else []
    if not found:
        for envoy in (c for c in verb.children if c.dep_ == "nsubjpass"):
            posted, toks, _ = prep_objects(envoy, ("to",), ctx)
            found += posted
            tokens += toks
    return list(dict.fromkeys(found)), tokens
