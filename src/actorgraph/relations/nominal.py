"""Event nouns: who does what to whom in "Russia's invasion of Ukraine", "talks between X and Y",
"the visit by X to Y", "sanctions imposed by A and B", "came under fire from X".

A noun trigger takes its doer from its own modifiers (possessor, adjective, compound, by-phrase,
"of" forces), else from the verb it hangs under ("Russia launched airstrikes against Y"); its target
from its own prepositions, else the verb's. Under another event verb it keeps its own event when it
names its own doer ("criticised Russia's invasion of Ukraine": ACCUSE and ASSAULT).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import (
    SUBJECT_DEPS,
    Context,
    claimed_under,
    first_actor,
    governing_verb,
    hyphenated_states,
    np_actors,
    place_targets,
    prep_objects,
    subjects,
)
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.custody import custodians
from actorgraph.relations.discourse.common import MEMORY_SENTENCES, sentence_index, state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.modality import flags
from actorgraph.relations.syntax import (
    conjuncts,
    examples,
    hyphen_partners,
    is_passive,
    listed_gerund,
    reduced_relative,
    relative_on_object,
)
from actorgraph.relations.triggers import COOPERATIVE_TYPES, noun_trigger, verb_trigger
from actorgraph.relations.voice import (
    criminal_charge,
    held_by_own_state,
    located_agents,
    participle_agents,
    patients,
)

__all__ = [
    "act_doers",
    "aimed_at",
    "condemned_act",
    "event_noun",
    "from_noun",
    "instrument_doers",
    "names_it",
    "owner_undergoes",
    "relational_trigger",
    "stated_about",
]

#: What one gives and another receives ("got support", "won aid"): the receiver is no doer of it.
_GIVEN_TYPES = frozenset({"AID", "SUPPORT"})


def event_noun(noun: Token, ctx: Context) -> bool:
    """Whether a noun names an event: a noun trigger, or an act like "the release", "the withdrawal"."""
    lemma = noun.lemma_.lower()
    return bool(noun_trigger(noun, ctx.lexicon) or lemma in ctx.demanded_acts)


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
    holders += [o for h in holders for o in _preps(h, "of")]  # "millions of people"
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


def _declared_truce(noun: Token, trigger: Trigger, ctx: Context) -> Trigger:
    """A ceasefire two sides hold is their agreement (the noun's AGREE: "a ceasefire between A and B",
    "A's truce with B", "Qatar announced a truce between A and B"); one a side declares, "announced a
    ceasefire with X", "a unilateral truce", de-escalates (RETREAT, ``declared_truce_rule``)."""
    rule = ctx.grammar["declared_truce_rule"]
    if noun.lemma_.lower() not in rule["nouns"]:
        return trigger
    verb = governing_verb(noun)
    declared = (
        verb is not None
        and noun.dep_ == "dobj"
        and verb.lemma_.lower() in rule["verbs"]
        and not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    )
    if declared or any(c.lower_ in rule["modifiers"] for c in noun.children):
        return replace(trigger, plover=rule["plover"], cameo=rule["cameo"])
    return trigger


def _cargo(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether ``noun`` only qualifies a vehicle that a verb acts on ("blocked a Philippine supply boat",
    "intimidated an aid convoy", "buzzed a relief flight"): it names the cargo, and what the clause
    does is done to the vehicle, no aid by its doer nor a cut in aid. A verb of the noun's own kind or
    one that sends the vehicle somewhere keeps it ("sent an aid convoy to Sudan", "dispatched relief
    trucks to Yemen")."""
    vehicle = noun.head
    if noun.dep_ != "compound" or vehicle.lemma_.lower() not in ctx.grammar["vehicle_nouns"]:
        return False
    verb = governing_verb(vehicle)
    if verb is None or any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in verb.children):
        return False
    over = verb_trigger(verb, ctx.lexicon)
    return over is None or over[0].plover != trigger.plover


def from_noun(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    if trigger.source == "rule" and trigger.mode == ctx.grammar["delegation_rule"]["mode"]:
        return _delegation(noun, trigger, sent, ctx, doc_date)
    asked = _asked_for(noun, ctx)
    if asked is not None:
        # "India's call for the WTO to waive patents": a request to whom the "for" phrase names
        askers, asked_to, tokens = asked
        rule = ctx.grammar["request_for_rule"]
        ask = Trigger(noun.lemma_.lower(), "noun", rule["plover"], rule["cameo"], "", ("for",), False, "rule")
        return emit(askers, asked_to, ask, [noun, *tokens], sent, noun, ctx, doc_date, 0.6)
    designation = _designation(noun, ctx) if trigger.source == "rule" else None
    if designation is not None:
        designators, designated, word = designation
        return emit(designators, designated, trigger, [word, noun], sent, noun, ctx, doc_date, 0.6)
    if _soured(noun, trigger, ctx) and _ties_cut(noun, trigger, ctx) is None:
        return []  # "the India-Pakistan relationship remains tense": no cooperation
    if _cargo(noun, trigger, ctx):
        return []  # "blocked a Philippine supply boat": the clause acts on the boat, no aid nor cut
    trigger = _declared_truce(noun, trigger, ctx)  # "announced a unilateral ceasefire": RETREAT
    owned = owner_undergoes(noun, trigger, ctx)
    if owned is not None:
        # "Egyptian blogger X's detention", "X's arrest in Moscow": the owner is held, never holds
        holders, people, tokens = owned
        governing = governing_verb(noun)
        over = verb_trigger(governing, ctx.lexicon) if governing is not None else None
        if over is not None and over[0].plover in ctx.unreal_types:
            return []  # "demanded X's arrest": what is demanded did not happen
        # the clause's mood: "there will be X's arrest" is not yet one
        anchor = governing if governing is not None else noun
        return emit(holders, people, trigger, [noun, *tokens], sent, anchor, ctx, doc_date, 0.6)
    if _threatened_act(noun) is not None:
        return []  # "threats of U.S. sanctions": read with the threat, as its threatened act
    threat = _threat_of(noun, trigger, sent, ctx, doc_date)
    if threat is not None:
        return threat
    under = _under_attack(noun, trigger, sent, ctx, doc_date)
    if under is not None:
        return under
    cut = _cut_by(noun, trigger, ctx)
    if cut is not None:
        rule = ctx.grammar["reduce_rule"]
        cut_trigger = noun_trigger(cut, ctx.lexicon)
        if cut_trigger is not None and cut_trigger.plover == rule["plover"]:
            return []  # "the suspension of aid to X": the suspension's own sanction
        # "a cut in aid to Niger", "a freeze on military cooperation with X": cutting ties is a sanction
        trigger = Trigger(
            cut.lemma_.lower(),
            "noun",
            rule["plover"],
            rule["cameo"],
            "",
            trigger.target,
            _has_between(noun),
            "rule",
        )
    ender = _ties_cut(noun, trigger, ctx) if cut is None else None
    if ender is not None:
        # "diplomatic ties between X and Y were cut", "the partnership between X and Y ended": the two
        # parted, a sanction between them, no cooperation
        rule = ctx.grammar["reduce_rule"]
        trigger = Trigger(
            ender.lemma_, "verb", rule["plover"], rule["cameo"], "", trigger.target, True, "rule"
        )
    # "a mediation mission between X and Y": the trigger may modify the noun that carries the arguments.
    holder = noun.head if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} else noun
    if cut is not None and not any(c.dep_ == "prep" and c.lower_ in trigger.preps for c in noun.children):
        holder = cut  # "Sweden's pause in budget support to Mozambique": the phrase hangs on the cut
    used = _used_in(noun, ctx)
    if used is not None:
        holder = used  # "China's use of water cannon against X": the phrases hang on the use
    if noun.lemma_.lower() in ctx.grammar["nominal_verbs"] and holder is noun:
        # "the normalization of relations between X and Y": the parties hang on what the noun acts on
        # (acc-vocab)
        acted = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        holder = next((o for o in acted if o.dep_ == "pobj" and _has_between(o)), noun)
    # "cooperation between X and Y": every pair of the coordinated objects.
    between, between_tokens, inferred = prep_objects(holder, ("between", "among", "amongst"), ctx)
    if len(between) > 1 and trigger.symmetric:
        said = [t for t in (cut, ender) if t is not None]
        found = emit(between, [], trigger, [*said, noun, *between_tokens], sent, noun, ctx, doc_date, 0.7)
        joined, verb = _participants(noun, ctx)
        joined = [a for a in joined if a not in between]
        if joined and verb is not None:
            # "Qatar took part in talks between Israel and Hamas": the participant meets both
            pred = [verb, noun, *between_tokens]
            found += emit(joined, between, trigger, pred, sent, verb, ctx, doc_date, 0.6)
        return found
    sources: list[str] = []
    for child in [*noun.children, *(used.children if used is not None else ())]:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            sub, inf = np_actors(child, ctx)
            sources.extend(sub)
            # "Laos and Vietnam defend their joint ventures", "Canada defended its tariffs on U.S. goods":
            # "their"/"its" is the clause's own subject, no guess
            inferred |= inf and not (child.pos_ == "PRON" and _owned_by_subject(noun, trigger, sub, ctx))
    if not sources and cut is not None:
        # "Norway's reduction in aid to Uganda": the cut's own doer
        sources = [
            a
            for c in cut.children
            if c.dep_ in {"poss", "amod", "compound", "nmod"}
            for a in np_actors(c, ctx)[0]
        ]
    if not sources:
        # "the U.S.-Japan alliance", with the one-token pair hung anywhere left of the noun
        left = [t for t in noun.subtree if t.i < noun.i] or ([noun.doc[noun.i - 1]] if noun.i else [])
        sources = [a for t in left for a in hyphenated_states(t, ctx)]
    if noun.lemma_.lower() in ctx.relational_nouns:
        relation = _relational(noun, trigger, sources, sent, ctx, doc_date)
        if relation is not None:
            return relation
    if not sources and noun.dep_ == "appos":
        # "Uganda, a close ally of Rwanda": the phrase the noun describes.
        sources, inf = np_actors(noun.head, ctx)
        inferred |= inf
    pred = [noun] if cut is None else [cut, noun]
    if not sources:
        # "after the ousting of President X", "the coup in Gabon": the state it happens in, or of the ousted
        sources, coup_tokens = _coup_doers(noun, ctx)
        pred += coup_tokens
    if "by" not in trigger.preps:
        # "the visit by Li Qiang to Pakistan", "airstrikes by Saudi jets on Yemen"
        agents, agent_tokens, inf = prep_objects(holder, ("by",), ctx)
        done_to = _preps(holder, "of") if not agents and "of" in trigger.preps else []
        for obj in done_to:
            # "the downing of an Iranian drone [by U.S. forces]": the parser hangs the by-phrase on
            # what the act is done to
            agents, agent_tokens, inf = prep_objects(obj, ("by",), ctx)
            if agents:
                break
        sources.extend(_owner_of_kind(noun, agents, ctx) or agents)
        pred += agent_tokens
        inferred |= inf
    doer_phrases: list[Token] = []
    if not ({"from", "to"} & set(trigger.preps) or trigger.symmetric) and all(
        _preps(holder, p) for p in ("from", "to")
    ):
        return []  # "conflicts from Libya to Syria to Iraq": where they are, not who fights whom
    origins, importers = _goods_origin(holder, trigger, ctx)
    if not sources:
        sources = importers  # "tariffs on all U.S. imports from Japan": the importer levies them
    if "from" not in trigger.preps and not origins:
        # "aid from Japan", "support from France and Italy", "criticism from Germany"
        doer_phrases = _preps(holder, "from")
        sources.extend(a for p in doer_phrases for a in np_actors(p, ctx)[0] if a not in sources)
    before, after = _list_mates(noun, ctx)
    if not sources:
        # "Russian shelling, drone attacks and missile strikes on X": the first item's doer; "airstrikes
        # and shelling by Russia": the last item's by-phrase
        sources = [
            a for m in before[:1] for c in m.children if c.dep_ in _DOER_DEPS for a in np_actors(c, ctx)[0]
        ]
        for mate in [*before, *after] if not sources else []:
            # the by-phrase after the list, whichever item the parser hung it on
            for prep in (c for c in mate.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i):
                agents = [a for o in prep.children if o.dep_ == "pobj" for a in np_actors(o, ctx)[0]]
                sources, pred = [*sources, *agents], [*pred, *([prep] if agents else [])]
    carried, carried_trigger = _carried_act(noun, ctx)
    if not sources and carried is not None:
        # "the imposition of Japanese sanctions on X": the doer the carried act names itself
        doers, doer_tokens = act_doers(carried, ctx)
        sources, pred = [*sources, *doers], [*pred, *doer_tokens]
    # "the deal has the backing of India": what one receives "of" someone, that one gives
    receiver = _receiver(noun, trigger, ctx)
    received = receiver is not None and "of" in trigger.preps
    if not sources and ("of" not in trigger.preps or received):
        sources = _of_doers(holder, trigger, ctx)  # "the withdrawal of Ethiopian troops"
    anchor = noun
    # "sanctions imposed by Canada", "the sanctions (that) Washington imposed on X": a clause on the
    # noun that names its doer governs it
    participle = _participle_of(noun, ctx) or next(
        (c for c in noun.children if relative_on_object(c) and c.lemma_ in ctx.light_verbs), None
    )
    governing = participle or governing_verb(noun)
    if governing is None and receiver is not None:
        governing = receiver  # "faced shelling, airstrikes and drone attacks by X": through the list
    if governing is not None and governing.dep_ == "xcomp" and ctx.control(governing.head) is not None:
        return []  # "agreed to extend the truce": the truce is what is agreed, reported by "agreed"
    if (
        governing is not None
        and governing.lemma_ in ctx.reduce_verbs
        and trigger.plover in COOPERATIVE_TYPES
        and _acted_on(noun, governing)
    ):
        # "halted economic aid to Serbia", "suspended air links with Serbia": cutting ties is a sanction
        # (not "with the help of X, Y halted the shelling": the help is no object of the halting).
        rule = ctx.grammar["reduce_rule"]
        trigger = Trigger(
            governing.lemma_, "verb", rule["plover"], rule["cameo"], "", trigger.target, False, "rule"
        )
        over = None
    elif (
        governing is not None
        and governing.lemma_ in ctx.grammar["lift_verbs"]
        and trigger.plover in ctx.grammar["lift_rule"]["of"]
    ):
        # "cancelled restrictions on Russian trucks", "eased the blockade of Gaza": undoing a measure
        # concedes it.
        rule = ctx.grammar["lift_rule"]
        trigger = Trigger(
            governing.lemma_, "verb", rule["plover"], rule["cameo"], "", trigger.target, False, "rule"
        )
        over = None
    elif claimed_under(noun, ctx):
        over = None  # "accepted responsibility for the ambush": not an agreement
    else:
        over = verb_trigger(governing, ctx.lexicon) if governing is not None and participle is None else None
    if _topic(noun, trigger, governing, participle, ctx):
        # "discussed the ceasefire with Y", "talked about the strikes": what is talked about is no act of
        # the speakers nor of whom they talk with; only a doer the noun names itself keeps it, against
        # what its own phrase names ("discussed Russia's invasion of Ukraine with Poland")
        own = tuple(p for p in trigger.preps if p != "with")
        targets = [t for t in prep_objects(holder, own, ctx)[0] if t not in sources] if own else []
        if sources and not targets:
            skip = {*ctx.place_preps, "with", "by", "from"}
            targets = first_actor(holder, ctx, exclude=set(sources), skip_preps=skip)
        if not sources or inferred or not targets:
            return []
        return emit(sources, targets, trigger, pred, sent, noun, ctx, doc_date, 0.6)
    occasion = _circumstance(noun, trigger, governing, over[0] if over else None, ctx)
    if occasion:
        # "told Peru in a meeting", "briefed Seoul at a summit": the meeting is an event of its own.
        over = None
    nested: Trigger | None = None
    if over is not None and governing.lemma_ not in ctx.light_verbs and over[0].plover != trigger.plover:  # type: ignore[union-attr]
        if not sources or inferred or over[0].plover in ctx.unreal_types:
            # "suspended aid deliveries", "rejected calls for talks": the verb's event, not the noun's;
            # "demanded the withdrawal of X": what is demanded, promised or refused did not happen;
            # "for its support of": a doer only guessed from a pronoun is not enough for a second event.
            return []
        # "condemned Israel's airstrikes on Lebanon", "welcomed the withdrawal of Ethiopian troops": the
        # noun's own doer makes it an event of its own, next to the verb's.
        nested = over[0]
    if not sources and receiver is not None and governing is not None and receiver.i == governing.i:
        # "Lithuania has endured coercion by China", "Ukraine won support from Poland": a by- or
        # from-phrase the parser hung on the receiving verb (or on the series: "a barrage of attacks
        # from X") is the noun's doer
        slot = _slot(noun, ctx)
        agents, agent_tokens, inf = (
            prep_objects(slot, ("by", "from"), ctx) if slot is not noun else ([], [], False)
        )
        if not agents:
            agents, agent_tokens, inf = prep_objects(governing, ("by", "from"), ctx)
        sources.extend(agents)
        pred += agent_tokens
        inferred |= inf
    held = _in_custody(noun, trigger, governing, sources, ctx)
    if held is not None:
        holders, people, place_tokens = held
        return emit(holders, people, trigger, [noun, *place_tokens], sent, noun, ctx, doc_date, 0.6)
    victims = _victims(noun, ctx)
    if not sources and governing is not None and names_it(governing, ctx):
        return []  # "called the detention of the soldiers unacceptable": the namer did not detain them
    reaction = ctx.grammar["reaction_rule"]
    # "X's arrest drew condemnation", "Y suffered airstrikes": the subject did not do it
    reacted = (
        receiver is not None
        and governing is not None
        and receiver.i == governing.i
        and governing.lemma_ in {*reaction["verbs"], *reaction["sufferers"]}
    )
    # "got support on the Ukraine issue", "secured backing": who receives what is given gives none of it
    # (not "to get aid into Gaza": a destination makes "get" a delivery)
    given = (
        governing is not None
        and governing.lemma_ in ctx.receive_verbs
        and trigger.plover in _GIVEN_TYPES
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in governing.children)
    )
    grievance = not sources and governing is not None and _grievance(noun, trigger, ctx)
    if grievance:
        # "lodged a protest over the killing of Afghan soldiers, allegedly by X": what a complaint is
        # over is no act of the complainer; a by-phrase the parser hung on the verb names its doer
        sources, doer_tokens = act_doers(noun, ctx, governing)
        pred += doer_tokens
    if (
        not sources
        and not reacted
        and not given
        and not grievance
        and not (victims and governing is not None and governing.lemma_ in ctx.victim_verbs)
    ):
        verb = governing
        if verb is not None:
            sources, passive, inf = subjects(verb, ctx)
            if verb.lemma_ in ctx.companion_verbs and not passive:
                # "Italy will join France for talks with Libya": whom one joins takes part too.
                sources = sources + [
                    a for c in verb.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0]
                ]
            if passive:
                agents, _, agent_inf = prep_objects(verb, ("by",), ctx)
                if agents:
                    sources, inf = agents, agent_inf
                elif verb.lemma_ in ctx.light_verbs or (
                    noun.dep_ == "pobj" and noun.head.lower_ == "in" and not verb_trigger(verb, ctx.lexicon)
                ):
                    # "Serb forces were engaged in ethnic cleansing", "officials involved in talks with
                    # X": an adjectival passive keeps its subject (or the noun the participle modifies).
                    sources = sources or patients(verb, ctx)
                else:
                    sources = []
            inferred |= inf
            pred = [verb, noun]
            anchor = verb
    own_preps = tuple(p for p in trigger.preps if not (received and sources and p == "of"))
    if not sources and not (
        governing is not None
        and (governing.lemma_ in ctx.light_verbs or (over is not None and over[0].plover == trigger.plover))
    ):
        # "tariff hikes on Chinese imports to the U.S." (not under "imposed tariffs on ...": that verb's
        # doer is the one, even when the parser lost it)
        sources = _importers(holder, trigger, ctx)
    targets, toks, inf = prep_objects(holder, own_preps or ("with",), ctx)
    if origins:
        targets = [a for a in origins if a not in sources]  # the goods' origin, not their importer
    carried_preps = carried_trigger.preps if carried is not None and carried_trigger is not None else ()
    if not targets and carried is not None and carried_preps:
        # "the extension of Swiss sanctions against Belarus": the carried act's own target phrase (not
        # the people a pronoun's clause describes: "sanctions on those found guilty of X's detention")
        described = any(o.pos_ == "PRON" for p in carried_preps for o in _preps(carried, p))
        targets, toks, inf = ([], [], False) if described else prep_objects(carried, carried_preps, ctx)
    for mate in [*before, *after] if not targets and own_preps else []:
        # "Israeli airstrikes and shelling on Gaza": the phrase after the list is every item's,
        # whichever item the parser hung it on (not an item's with a doer of its own: "Iranian drone
        # strikes and Israeli airstrikes on Lebanon")
        if mate.i > noun.i and any(np_actors(c, ctx)[0] for c in mate.children if c.dep_ in _DOER_DEPS):
            continue
        for prep in (c for c in mate.children if c.dep_ == "prep" and c.lower_ in own_preps and c.i > noun.i):
            more = [a for o in prep.children if o.dep_ == "pobj" for a in _named_or_placed(o, ctx)]
            targets, toks = [*targets, *more], [*toks, *([prep] if more else [])]
    if not targets and trigger.symmetric:
        # "close ties to Mauritius"; "deepened its ties to China", with "to" hung on the verb
        targets, toks, inf = prep_objects(holder, ("to",), ctx)
        if not targets and governing is not None and noun.dep_ == "dobj":
            targets, toks, inf = prep_objects(governing, (*trigger.preps, "to"), ctx)
    for phrase in doer_phrases if not targets else []:
        # "criticism from Germany of the Polish decision", with "of" hung on "Germany"
        more, more_toks, _ = prep_objects(phrase, trigger.preps, ctx)
        targets, toks = [*targets, *more], [*toks, *more_toks]
    if not trigger.symmetric and between:
        # "mediation between X and Y": the parties are the targets of the mediator.
        targets, toks = [*targets, *between], [*toks, *between_tokens]
    inferred |= inf
    pred += toks
    if not targets:
        targets = [v for v in victims if v not in sources]  # "died in an ambush carried out by X"
    if not targets:
        # "European sanctions targeting Russian banks", "Israeli airstrikes hit Gaza"
        targets, toks = aimed_at(noun, ctx)
        pred += toks
    if (
        not targets
        and governing is not None
        and (
            (receiver is not None and receiver.i == governing.i)
            or (
                doer_phrases
                and noun.dep_ == "pobj"
                and noun.head.lower_ == "with"
                and noun.head.head.i == governing.i
            )
        )
    ):
        # "Ukraine won support from France", "Mauritius has the backing of India", "the bill passed,
        # with support from Chile": the recipient; "the deal has the backing of India": the deal's doers.
        targets = [a for a in subjects(governing, ctx)[0] if a not in sources]
        if not targets:
            targets = [a for a in _act_doers(governing, ctx) if a not in sources]
            inferred |= bool(targets)
    if not targets and receiver is not None and participle is not None and governing is participle:
        # "Russia faces sanctions imposed by A, B and C", "Cuba endured an embargo imposed by X": the
        # participle names the doers, the receiving verb's subject is the target
        targets = [a for a in subjects(receiver, ctx)[0] if a not in sources]
    if (
        not targets
        and doer_phrases
        and trigger.plover in _GIVEN_TYPES
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
    ):
        # "the talks were organised by Qatar with support from Norway", "drafted a plan for ending the
        # crisis, including ..., with backing from Chile": help given with an act is for its doers
        targets = _helped(noun.head.head, sources, ctx)
    if not targets and occasion and governing is not None:
        # "told Peru in a meeting": whom the verb addresses is whom the meeting is with.
        targets = [
            a for c in governing.children if c.dep_ in {"dobj", "dative"} for a in np_actors(c, ctx)[0]
        ]
        inferred |= bool(targets)
    if not targets and not trigger.symmetric and carried is None:
        # "a suspension of air links with Serbia": the nearest actor inside the noun's own phrase (a
        # carried act's target is its own phrase's or none: "sanctions on those who held X" are not on X).
        targets = first_actor(holder, ctx, exclude=set(sources), skip_preps=ctx.place_preps)
        if targets:
            inferred = True
    if not targets and nested is not None and governing is not None:
        # "praised Morocco's deployment of police to Mauritania", with "to" hung on "praised".
        own = tuple(p for p in trigger.preps if p not in nested.preps)
        targets, toks, inf = prep_objects(governing, own, ctx) if own else ([], [], False)
        pred += toks
        inferred |= inf
    away = ctx.discourse.destination_preps(anchor, None) if anchor is not noun else frozenset()
    if not targets and anchor is not noun and trigger.preps:
        # "imposed sanctions on Y" / "offered help to Y": the preposition may hang on the verb.
        targets, toks, inf = prep_objects(anchor, tuple(p for p in trigger.preps if p not in away), ctx)
        pred += toks
        inferred |= inf
        if not targets and "to" in trigger.preps:
            targets = [a for c in anchor.children if c.dep_ == "dative" for a in np_actors(c, ctx)[0]]
    if not targets and (trigger.plover in ctx.place_target_types or trigger.mode in ctx.place_target_modes):
        places, toks = place_targets(noun, ctx)
        if not places and anchor is not noun:
            places, toks = place_targets(anchor, ctx, skip=away)
        harmed = _harm_caused(noun, ctx) if not places else None
        if harmed is not None:
            # "Because of Russian shelling, thousands fled their homes in Kharkiv": where the harm is
            refuges = frozenset(ctx.grammar["caused_harm_rule"]["skip_preps"])
            places, toks = place_targets(harmed, ctx, skip=refuges)
        targets += places
        pred += toks
    if not targets and not between:
        # "Iraq also took part in the talks": the participants of the talks the story reported.
        targets = ctx.discourse.same_event(noun, governing, sources)
        inferred |= bool(targets)
    if (
        not sources
        and len(between) > 1
        and "between" in trigger.preps
        and trigger.mode not in ctx.grammar["third_party_modes"]
    ):
        # "the war between Ethiopia and Eritrea": a fight with no stated aggressor is between its parties
        # (a mediation between them is the mediator's, and without one it names nobody's act).
        mutual = replace(trigger, symmetric=True)
        proposed = _proposed(noun, ctx)
        return emit(
            between,
            [],
            mutual,
            [noun, *between_tokens],
            sent,
            anchor,
            ctx,
            doc_date,
            0.6,
            hypothetical=proposed,
        )
    if not targets:
        # "the coup that toppled President X", "the coup to dethrone X": whom its clause ousts
        targets, toks = _ousted_by_clause(noun, ctx)
        pred += toks
    if not targets and sources and not inferred and _harms(noun, trigger, ctx):
        # "Heavy fighting went on in Gaza. Israeli strikes have killed 300 people": where the story is
        targets = _story_place(noun, sources, ctx)
        inferred = bool(targets)
    if not sources and targets and trigger.mode == "visit" and not trigger.symmetric:
        # "The visit followed a working visit to Zambia": the visitor of the story's last visit
        sources = _last_visitor(noun, targets, ctx)
        inferred = True
    if not sources:
        return []
    confidence = 0.7 if not inferred else 0.5
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if targets and trigger.plover in ctx.grammar["territory_rule"]["types"]:
        # "a Colombian attack on a FARC camp in Ecuadorian territory": the state whose land it is, too
        hosts, host_tokens = _territory_of(holder, own_preps, sources, targets, ctx)
        targets, pred = [*targets, *hosts], [*pred, *host_tokens]
    if not targets and len(sources) > 1 and any(hyphen_partners(c) for c in noun.children):
        # "the Russia-Ukraine war", "Turkish-Iranian rivalry": the two sides, with no stated aggressor.
        trigger = replace(trigger, symmetric=True)
    # "threatened an invasion of Y": the threatened act is coded too, as a hypothetical.
    unreal = (nested is not None and nested.plover == "THREATEN") or _proposed(noun, ctx)
    if cut is not None and anchor is noun:
        anchor = cut  # "called for an end to U.S. aid": the cut's mood
    # "agreed on new tariffs in coordination with X", "proposed a ceasefire in talks with X": done while
    # doing the clause's act, not what the intent is about
    manner = trigger.symmetric and noun.dep_ == "pobj" and noun.head.lower_ == "in" and anchor is not noun
    out = emit(
        sources,
        targets,
        trigger,
        pred,
        sent,
        anchor,
        ctx,
        doc_date,
        confidence,
        hypothetical=unreal,
        manner=manner,
    )
    if len(targets) > 1 and _one_meeting(noun, trigger, governing, ctx):
        # "Oman hosted talks with Iran and the United States": the invitees meet each other too.
        out += emit(
            targets, [], trigger, pred, sent, anchor, ctx, doc_date, confidence - 0.1, hypothetical=unreal
        )
    return out


def _participants(noun: Token, ctx: Context) -> tuple[list[str], Token | None]:
    """Who takes part in the meeting ``noun`` names, and the verb of taking part ("Qatar took part in
    talks between ...", "Norway participated in the talks", "joined the talks": ``participation_rule``
    in ``data/grammar.json``); nobody where no verb of taking part governs the noun."""
    verb = governing_verb(noun)
    rule = ctx.grammar["participation_rule"]
    if verb is None or verb.lemma_ not in rule["verbs"]:
        return [], None
    if verb.lemma_ == "take" and not any(
        c.dep_ == "dobj" and c.lower_ == rule["take_object"] for c in verb.children
    ):
        return [], None  # "took the talks seriously"
    return subjects(verb, ctx)[0], verb


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
        if child.dep_ in _DOER_DEPS:
            named = np_actors(child, ctx)[0] or participle_agents(child, ctx)
            found += named
            tokens += [child] if named else []
    own = noun_trigger(noun, ctx.lexicon)
    if own is not None and "of" not in own.preps:
        # "the brutality of the Myanmar military": an act whose target takes another preposition
        for obj in _preps(noun, "of"):
            named = np_actors(obj, ctx)[0]
            found, tokens = [*found, *named], [*tokens, *([obj.head] if named else [])]
    holders = [noun, *(c for c in noun.children if reduced_relative(c))]
    holders += [
        c
        for o in _preps(noun, "on") + _preps(noun, "against") + _preps(noun, "of")
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
    if _preps(noun, "of"):
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


def _proposed(noun: Token, ctx: Context) -> bool:
    """Whether an event noun is what a plan, a proposal, a prospect or a request names ("the proposal
    for EU sanctions on Belarus", "the prospect of Chinese strikes", "the request for Japanese aid"):
    its "for" or "of" object, under a noun of ``hypothetical_heads`` or ``asking_nouns`` in
    grammar.json, or of a type that is not yet real (a request, an agreement)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "of"} or noun.head.head.pos_ != "NOUN":
        return False
    head = noun.head.head
    lemma = head.lemma_.lower()
    if lemma in ctx.hypo_heads or lemma in ctx.grammar["asking_nouns"]:
        return True
    own = noun_trigger(head, ctx.lexicon)
    return own is not None and own.plover in {"REQUEST", "AGREE"}


def _cut_by(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The noun that cuts a cooperative event noun ("a cut in [aid]", "a freeze on military [aid]",
    "a halt to [cooperation]", "[aid] cuts"): a word of ``reduce_nouns`` in grammar.json."""
    if trigger.plover not in COOPERATIVE_TYPES:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "of", "on", "to"}:
        cut = noun.head.head
    elif noun.dep_ == "compound":
        cut = noun.head
    else:
        return None
    return cut if cut.pos_ == "NOUN" and cut.lemma_.lower() in ctx.grammar["reduce_nouns"] else None


def _ties_cut(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The verb that ends the ties a relation noun with a "between" phrase names: its object or passive
    subject cut ("ties between X and Y were cut", "suspended cooperation between X and Y"), or its
    subject ended ("the partnership between X and Y ended"): a word of ``reduce_verbs`` in grammar.json,
    for a noun of ``bad_relation_rule`` ("talks between X and Y ended" were held all the same)."""
    if (
        trigger.plover not in COOPERATIVE_TYPES
        or noun.lemma_.lower() not in ctx.grammar["bad_relation_rule"]["cut_nouns"]
    ):
        return None
    if not _has_between(noun):
        return None
    governing = governing_verb(noun)
    if governing is not None and governing.lemma_ in ctx.reduce_verbs and _acted_on(noun, governing):
        return governing
    verb = noun.head
    if (
        noun.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_ in ctx.reduce_verbs
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return verb
    return None


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
    held = _preps(noun, "of")
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
    "Washington's threat of sanctions against Belgrade": a threat of an act is made by the act's
    doer (the threat's own owner, else the act's) against the threat's or the act's target, else
    against the clause that carries on despite it, or shrugs it off; the act is coded too, as a
    hypothetical (the guidelines' THREATEN + threatened act). ``None`` when the noun is no threat
    of an event noun, or no doer is named."""
    if trigger.plover != "THREATEN" or noun.lemma_.lower() not in _THREAT_NOUNS:
        return None
    acts = _preps(noun, "of")
    if not acts:
        return None
    # "the threat of Chinese retaliation": an act the lexicon has no type for still names its doer
    act_noun, act = acts[0], noun_trigger(acts[0], ctx.lexicon)
    modifiers = {"poss", "amod", "compound", "nmod"}
    doers = [a for c in noun.children if c.dep_ in modifiers for a in np_actors(c, ctx)[0]]
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


def _importers(noun: Token, trigger: Trigger, ctx: Context) -> list[str]:
    """ "tariff hikes on Chinese EV imports to the U.S. and Canada", "duties on steel imports into
    India": a levy on goods bound for a state is that state's (``import_levy_rule`` in grammar.json;
    sanctions are not levies: "sanctions on Iranian oil exports to China" are not China's)."""
    rule = ctx.grammar["import_levy_rule"]
    words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")}
    if trigger.plover not in rule["types"] or not words & set(rule["levies"]):
        return []
    goods = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in trigger.preps
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in rule["goods"]
    ]
    if not goods:
        return []
    bound = tuple(rule["preps"])
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


def _goods_origin(noun: Token, trigger: Trigger, ctx: Context) -> tuple[list[str], list[str]]:
    """ "tariffs on all U.S. imports from Japan", "duties on steel imports from China": the states a
    levy's goods come from (a from-phrase on the goods, or on the levy where the parser hangs it), who
    bear it and do not levy it, and the importer the goods name ("U.S. imports"), who levies it
    (``import_levy_rule`` in grammar.json); two empty lists when the goods name no origin."""
    rule = ctx.grammar["import_levy_rule"]
    words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")}
    if trigger.plover not in rule["types"] or not words & set(rule["levies"]):
        return [], []
    goods = [o for p in trigger.preps for o in _preps(noun, p) if o.lemma_.lower() in rule["goods"]]
    phrases = [o for g in [noun, *goods] for o in _preps(g, "from")] if goods else []
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


def _has_between(noun: Token) -> bool:
    """Whether ``noun`` has a "between" or "among" phrase of its own."""
    return any(c.dep_ == "prep" and c.lower_ in {"between", "among", "amongst"} for c in noun.children)


def _soured(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether the text says a relation noun's relation is bad ("strained ties", "relations have
    soured", "the relationship remains tense", "ties are at their lowest", "in a deep freeze"): the
    words of ``bad_relation_rule`` in grammar.json on the noun, or on the clause it is the subject of."""
    rule = ctx.grammar["bad_relation_rule"]
    if trigger.plover not in rule["types"] or noun.lemma_.lower() not in rule["nouns"]:
        return False
    words = set(rule["words"])
    said = [c for c in noun.children if c.dep_ in {"amod", "acl"}]
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        said.append(noun.head.head)  # "a freeze in relations between X and Y"
    if noun.dep_ in SUBJECT_DEPS:
        verb = noun.head
        said.append(verb)
        for c in verb.children:
            if c.dep_ in {"acomp", "attr", "oprd"}:
                said.append(c)
            elif c.dep_ == "prep":
                said.extend(o for o in c.children if o.dep_ == "pobj")
        said.extend(m for t in list(said) for m in t.children if m.dep_ == "amod")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in said)


_DOER_DEPS = {"poss", "amod", "compound", "nmod"}


def _list_mates(noun: Token, ctx: Context) -> tuple[list[Token], list[Token]]:
    """The event nouns (or gerunds) listed with ``noun`` before it and after it ("Israeli airstrikes
    and shelling on Gaza", "Russian shelling, drone attacks and missile strikes on X")."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "VERB"}:
        head = head.head
    if head is noun and not any(c.dep_ == "conj" for c in noun.children):
        return [], []
    items = [head, *(t for t in conjuncts(head) if t.pos_ in {"NOUN", "VERB"})]
    items = [t for t in items if t.tag_ == "VBG" or (t.pos_ == "NOUN" and event_noun(t, ctx))]
    if noun not in items:
        return [], []
    return [t for t in items if t.i < noun.i], [t for t in items if t.i > noun.i]


def _named_or_placed(phrase: Token, ctx: Context) -> list[str]:
    """The actors a phrase names, else the state of the place it names ("on Gaza")."""
    found = np_actors(phrase, ctx)[0]
    place = None if found else ctx.actors.place_at(phrase)
    return found or ([place] if place and ctx.actors.ensure_actor(place) else [])


def _slot(noun: Token, ctx: Context) -> Token:
    """The noun that stands in the clause for ``noun``: the series it is counted in ("a wave of
    [airstrikes]", "a barrage of missile and drone [attacks]"; ``series_nouns`` in grammar.json), else
    ``noun`` itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        series = noun.head.head
        if series.pos_ == "NOUN" and series.lemma_.lower() in ctx.grammar["series_nouns"]:
            return series
    return noun


def _receiver(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The verb whose subject receives, faces or suffers the event ``noun`` names ("won support from
    X", "endured a wave of airstrikes by X"), or whose subject is an act the event reacts to
    ("Russia's annexation of Crimea drew criticism from X": ``reaction_rule`` in grammar.json)."""
    slot = _slot(noun, ctx)
    while slot.dep_ == "conj" and slot.head.pos_ in {"NOUN", "VERB"}:
        slot = slot.head  # a list's later item: the list stands where its first item does
    verb = slot.head
    listed = listed_gerund(slot) and slot.dep_ in {"advcl", "xcomp"}  # "faced [shelling], airstrikes"
    rule = ctx.grammar["reaction_rule"]
    if slot.dep_ == "pobj" and slot.head.lower_ in rule["suffered_preps"] and verb.dep_ == "prep":
        # "India is suffering from US tariffs", "suffered under sanctions imposed by X" (acc-referents)
        verb = verb.head
        return verb if verb.pos_ == "VERB" and verb.lemma_ in rule["sufferers"] else None
    if not (slot.dep_ == "dobj" or listed) or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lemma_ in ctx.receive_verbs or (verb.lemma_ in rule["verbs"] and trigger.plover in rule["types"]):
        return verb
    return None


def _preps(noun: Token, word: str) -> list[Token]:
    """The objects of ``noun``'s prepositions ``word``."""
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == word
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _carried_act(noun: Token, ctx: Context) -> tuple[Token | None, Trigger | None]:
    """The act a noun made from a verb (``nominal_verbs`` in grammar.json) carries in its "of" phrase,
    with that act's own trigger: "the imposition of [sanctions]", "the resumption of [aid]", "the
    lifting of [restrictions]"; ``(None, None)`` when the "of" object is no event noun."""
    if noun.lemma_.lower() not in ctx.grammar["nominal_verbs"]:
        return None, None
    for obj in _preps(noun, "of"):
        if obj.pos_ == "NOUN" and (own := ctx.lexicon.noun(obj.lemma_.lower())) is not None:
            return obj, own
    return None, None


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
    for obj in _preps(noun, "of"):
        named = ctx.actors.actor_at(obj)
        if trigger.plover in ctx.of_doer_types and (ctx.agent_head(obj) or named):
            doers.extend(np_actors(obj, ctx)[0])
    return doers


def _participle_of(noun: Token, ctx: Context) -> Token | None:
    """ "sanctions imposed by Canada", "the strikes, carried out by X", "a coup led by Y": a participle
    that is no event of its own, in a reduced relative on the noun with a by-agent, governs it like
    "Canada imposed sanctions"."""
    for child in noun.children:
        if (
            reduced_relative(child)
            and (child.lemma_ in ctx.light_verbs or _no_event(child, ctx))
            and any(c.dep_ == "agent" for c in child.children)
        ):
            return child
    return None


def _topic(
    noun: Token, trigger: Trigger, governing: Token | None, participle: Token | None, ctx: Context
) -> bool:
    """Whether an event noun is what a verb of talking is about ("discussed the war", "talked about the
    blockade"; ``topic_verbs``), not a meeting itself."""
    return (
        governing is not None
        and participle is None
        and trigger.plover != "CONSULT"
        and governing.lemma_.lower() in ctx.grammar["topic_verbs"]
    )


def _no_event(verb: Token, ctx: Context) -> bool:
    """Whether a verb is no event trigger, or only a CAMEO bare-verb guess ("orchestrated by")."""
    found = verb_trigger(verb, ctx.lexicon)
    return found is None or found[0].fallback


def _circumstance(
    noun: Token, trigger: Trigger, governing: Token | None, over: Trigger | None, ctx: Context
) -> bool:
    """Whether a meeting noun is the occasion of another act ("assured Ethiopia in a phone call",
    "pressed Argentina during talks"), not what the act is about."""
    return (
        trigger.plover == "CONSULT"
        and (over is None or over.plover != "CONSULT")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ctx.occasion_preps
        and governing is not None
        and governing.i == noun.head.head.i
    )


def _relational(
    noun: Token, trigger: Trigger, others: list[str], sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """ "Egypt, a close ally of Saudi Arabia", "Armenia is a partner of Russia", "Pakistan's ally,
    China", "their allies such as A and B": a relational noun describes one actor and names the other;
    the owners of a plural one that describes no one ("A, B and their allies") are one side, never
    each other's partners."""
    described: list[str] = []
    if noun.dep_ == "appos":
        described = np_actors(noun.head, ctx)[0]
    elif noun.dep_ in {"attr", "oprd"} and noun.head.pos_ in {"AUX", "VERB"}:
        described = subjects(noun.head, ctx)[0]
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
    """A relational noun with no noun entry reads as its verb ("an ally of" as "allied with"); any
    noun that two or more states hold jointly is cooperation between them ("a joint U.S.-U.K. base",
    "the joint French and Belgian police unit")."""
    lemma = noun.lemma_.lower()
    if lemma not in ctx.relational_nouns:
        delegation = ctx.grammar["delegation_rule"]
        if lemma in delegation["nouns"] and noun.dep_ == "nsubj" and noun.head.lemma_ in delegation["verbs"]:
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
    Defense Minister B": the people a delegation includes meet the other side of the last meeting the
    story reported with the delegation's state (and that meeting's mood: planned talks stay planned)."""
    verb = noun.head
    members = [
        a
        for t in sent
        if t.i > verb.i
        and not any(c.dep_ == "case" for c in t.children)  # "Zelenskyy's chief of staff": the owner
        and (a := ctx.actors.actor_at(t)) is not None
        and ctx.actors.actors[a].type == "person"
    ]
    members = list(dict.fromkeys(members))
    sides = {a for c in noun.children if c.dep_ in {"amod", "compound", "poss"} for a in np_actors(c, ctx)[0]}
    sides = {state_of(ctx, a) for a in sides} or {state_of(ctx, m) for m in members}
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
    if not others:
        return []
    # the meeting's mood, read where the story told it
    anchor = next((w for t in ctx.sentences[act.sentence] if (w := _told_at(t, trigger, ctx))), verb)
    negated, hypothetical, _ = flags(anchor, ctx)
    return emit(
        members, others, trigger, [noun, verb], sent, verb, ctx, doc_date, 0.5, modal=(negated, hypothetical)
    )


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


def _acted_on(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is in what ``verb`` acts on, its object or passive subject ("halted aid",
    "halted the delivery of aid", "talks were suspended"), not a phrase of the verb's own ("with
    the help of X", "after talks with X")."""
    node = noun
    while node.head.i != verb.i and node.head.i != node.i:
        if node.dep_ not in {"conj", "compound", "appos", "pobj", "prep", "amod", "nmod"}:
            return False
        if node.dep_ == "prep" and node.head.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return node.dep_ in {"dobj", "nsubjpass", "dative", "attr", "oprd"}


def _one_meeting(noun: Token, trigger: Trigger, governing: Token | None, ctx: Context) -> bool:
    """Whether the people a meeting noun is "with" all meet: one meeting, or talks someone hosts."""
    if trigger.plover != "CONSULT" or not trigger.symmetric:
        return False
    if governing is not None and governing.lemma_ in ctx.convening_verbs:
        return True
    return noun.tag_ == "NN" and trigger.mode == "meet"


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
    holders = [noun, *(o for p in preps for o in _preps(noun, p))]
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
        states = {
            p
            for t in ctx.sentences[k]
            if (p := ctx.actors.place_at(t)) and p not in doers and not _venue(t, ctx)
        }
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


def _used_in(noun: Token, ctx: Context) -> Token | None:
    """The noun of using whose "of" object ``noun`` is ("the Chinese coast guard's [use] of water
    cannon against X"; ``use_nouns`` in grammar.json), else ``None``."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    use = noun.head.head
    return use if use.pos_ == "NOUN" and use.lemma_.lower() in ctx.grammar["use_nouns"]["nouns"] else None


def _grievance(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether ``noun`` is a hostile act a clause is over or about ("lodged a protest over the killing
    of ...", "summoned the envoy over the seizure of ..."; ``grievance_rule`` in grammar.json): a reason
    of the clause's act, no act of its subject (not "preside over official talks")."""
    rule = ctx.grammar["grievance_rule"]
    return noun.dep_ == "pobj" and noun.head.lower_ in rule["preps"] and trigger.plover in rule["types"]


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


def names_it(verb: Token, ctx: Context) -> bool:
    """Whether a verb names its object as something ("called the detention unacceptable"); not
    "called on X, Y and Z to ...", whatever the parser makes of the list (acc-discourse)."""
    if any(c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1 for c in verb.children):
        return False
    return verb.lemma_ in ctx.naming_verbs and any(c.dep_ in {"oprd", "acomp"} for c in verb.children)
