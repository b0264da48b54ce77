"""The reading of one event noun (``from_noun``): readings of their own first (rule triggers, no act, acts
undergone), then the cut, the holder of the phrases, the parties "between", the doers and the targets.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import (
    Context,
    claimed_under,
    first_actor,
    governing_verb,
    held_feeling,
    hyphenated_states,
    np_actors,
    place_targets,
    prep_objects,
    subjects,
)
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.addressed import addressed_reading
from actorgraph.relations.nominal.arrivals import arrival_targets
from actorgraph.relations.nominal.charged import charged_reading
from actorgraph.relations.nominal.clause import (
    _carried_act,
    _circumstance,
    _grievance,
    _list_mates,
    _one_meeting,
    _participants,
    _proposed,
    _receiver,
    _slot,
    _topic,
    _used_in,
    names_it,
)
from actorgraph.relations.nominal.common import DOER_DEPS, event_noun
from actorgraph.relations.nominal.doers import (
    _act_doers,
    _coup_doers,
    _last_visitor,
    _of_doers,
    _ousted_by_clause,
    _owned_by_subject,
    _owner_of_kind,
    _participle_of,
    act_doers,
)
from actorgraph.relations.nominal.expelled import expelled_reading
from actorgraph.relations.nominal.givers import given_reading
from actorgraph.relations.nominal.involvement import involved_doers
from actorgraph.relations.nominal.mediation import (
    co_mediators,
    mediated_matter,
    mediated_talks,
    mediation,
    past_mediation,
)
from actorgraph.relations.nominal.negotiated import negotiated_parties
from actorgraph.relations.nominal.outcomes import outcome
from actorgraph.relations.nominal.pressure import pressed_clause
from actorgraph.relations.nominal.qualified import qualifier_holder
from actorgraph.relations.nominal.relational import _asked_for, _delegation, _designation, _relational
from actorgraph.relations.nominal.relief import need_places
from actorgraph.relations.nominal.targets import (
    _goods_origin,
    _harm_caused,
    _harms,
    _helped,
    _importers,
    _named_or_placed,
    _story_place,
    _territory_of,
    _victims,
    aimed_at,
)
from actorgraph.relations.nominal.ties import (
    _acted_on,
    _cargo,
    _cut_by,
    _declared_truce,
    _has_between,
    _soured,
    _ties_cut,
)
from actorgraph.relations.nominal.undergone import (
    _in_custody,
    _threat_of,
    _threatened_act,
    _under_attack,
    owner_undergoes,
)
from actorgraph.relations.syntax import (
    hyphen_partners,
    pobjects,
    relative_on_object,
)
from actorgraph.relations.triggers import COOPERATIVE_TYPES, noun_trigger, verb_trigger
from actorgraph.relations.voice import (
    participle_parties,
    patients,
)

__all__ = ["from_noun"]


#: What one gives and another receives ("got support", "won aid"): the receiver is no doer of it.
_GIVEN_TYPES = frozenset({"AID", "SUPPORT"})


def _bloc(nouns: tuple[Token, Token], between: list[str], ctx: Context) -> bool:
    """Whether the event noun or the noun holding its phrases names a bloc, a market or a balance of
    relations among many ("the trade alliance between A, B, C and D", "balanced relations among A, B,
    C and D"; ``bloc_rule`` in grammar.json): no act of each pair in it, unlike cooperation or talks
    among them."""
    rule = ctx.grammar["bloc_rule"]
    return len(between) >= rule["size"] and any(n.lemma_.lower() in rule["nouns"] for n in nouns)


def _feeling(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether ``noun`` names a feeling whose "of" phrase is whose it is (``held_feeling``), not one
    whose entry takes its target with "of" ("the backing of X", "the endorsement of X")."""
    entry = ctx.lexicon.noun(noun.lemma_.lower())
    return (
        "of" not in trigger.preps and (entry is None or "of" not in entry.preps) and held_feeling(noun, ctx)
    )


def _sought(noun: Token, trigger: Trigger, governing: Token | None, ctx: Context) -> bool:
    """Whether aid or support is what the verb's subject seeks from someone the verb names ("looked
    to Moscow for support", "turned to Russia for help", "relies on Japan for aid"): the subject
    receives it, gives none of it (not under a verb that acts of its own)."""
    if governing is None or trigger.plover not in _GIVEN_TYPES or noun.dep_ != "pobj":
        return False
    if ctx.lexicon.verb(governing.lemma_) is not None:
        return False  # "sent engineers to X for support of the UN mission": an act of its own
    if noun.head.lower_ != "for" or noun.head.head.i != governing.i:
        return False
    givers = [
        o
        for c in governing.children
        for o in (
            [c]
            if c.dep_ == "dobj"
            else c.children
            if c.dep_ == "prep" and c.lower_ in {"to", "on", "upon"}
            else []
        )
        if o.dep_ in {"dobj", "pobj"}
    ]
    return any(np_actors(o, ctx)[0] for o in givers)


def from_noun(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """The relations an event noun names with its ``trigger``: a reading of its own first (a rule
    trigger's, none where it names no act, an act its owner or its clause's subject undergoes), else
    the cut it is under, the noun that holds its phrases, the parties "between", its doers and its
    targets."""
    ruled = _rule_reading(noun, trigger, sent, ctx, doc_date)
    if ruled is not None:
        return ruled
    # computed once, before the truce rule may retype the trigger: its nouns are no relation nouns
    ender = _ties_cut(noun, trigger, ctx)
    if _no_act(noun, trigger, ender, ctx):
        return []
    trigger = _declared_truce(noun, trigger, ctx)  # "announced a unilateral ceasefire": RETREAT
    undergone = _undergone(noun, trigger, sent, ctx, doc_date)
    if undergone is not None:
        return undergone
    charged = charged_reading(noun, trigger, sent, ctx, doc_date)
    if charged is not None:
        return charged  # "accused Israel of armed aggression": Israel's act on the accuser
    expelled = expelled_reading(noun, trigger, sent, ctx, doc_date)
    if expelled is not None:
        return expelled  # "the expulsion of hundreds of Haitians from the Dominican Republic"
    cutting = _cutting(noun, trigger, ender, ctx)
    if cutting is None:
        return []  # "the suspension of aid to X": the suspension's own sanction
    trigger, cut, ender = cutting
    used = _used_in(noun, ctx)
    holder = _holder(noun, trigger, cut, used, ctx)
    # "cooperation between X and Y": every pair of the coordinated objects.
    between, between_tokens, inferred = prep_objects(holder, ("between", "among", "amongst"), ctx)
    if not between and holder is noun:
        # "the accord reached between X and Y": the phrase hung on the participle after the noun
        between, between_tokens, inferred = participle_parties(noun, ctx)
    if _bloc((noun, holder), between, ctx):
        return []  # "the trade alliance between A, B, C and D": no act of each pair in the bloc
    if len(between) > 1 and trigger.symmetric:
        cutters = [t for t in (cut, ender) if t is not None]
        return _between(noun, trigger, cutters, between, between_tokens, sent, ctx, doc_date)
    mediated = mediation(noun, trigger, sent, ctx, doc_date) if len(between) < 2 else None
    if mediated is not None:
        return mediated  # "Turkey, a mediator in the war between A and B": the mediator meets each
    ended = outcome(noun, trigger, sent, ctx, doc_date) if len(between) < 2 else None
    if ended is not None:
        return ended  # "the meeting concluded with a general agreement": the meeting's parties agree
    talks = mediated_talks(noun, trigger, ctx) if len(between) < 2 else []
    if talks:
        # "acted as mediators between A and B in months of talks": A and B hold the talks
        return emit(talks, [], trigger, [noun], sent, noun, ctx, doc_date, 0.5)
    negotiators = negotiated_parties(noun, ctx) if len(between) < 2 else []
    if len(negotiators) > 1:
        # "the pact between A and B is the result of months of negotiations": A and B negotiated it
        return emit(negotiators, [], replace(trigger, symmetric=True), [noun], sent, noun, ctx, doc_date, 0.5)
    sources, guessed = _own_doers(noun, trigger, cut, used, ctx)
    inferred |= guessed
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
        done_to = pobjects(holder, "of") if not agents and "of" in trigger.preps else []
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
        pobjects(holder, p) for p in ("from", "to")
    ):
        return []  # "conflicts from Libya to Syria to Iraq": where they are, not who fights whom
    origins, importers = _goods_origin(holder, trigger, ctx)
    if not sources:
        sources = importers  # "tariffs on all U.S. imports from Japan": the importer levies them
    if "from" not in trigger.preps and not origins:
        # "aid from Japan", "support from France and Italy", "criticism from Germany"
        doer_phrases = pobjects(holder, "from")
        sources.extend(a for p in doer_phrases for a in np_actors(p, ctx)[0] if a not in sources)
    before, after = _list_mates(noun, ctx)
    if not sources:
        # "Russian shelling, drone attacks and missile strikes on X": the first item's doer; "airstrikes
        # and shelling by Russia": the last item's by-phrase
        sources = [
            a for m in before[:1] for c in m.children if c.dep_ in DOER_DEPS for a in np_actors(c, ctx)[0]
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
    if governing is not None and participle is None:
        governing = past_mediation(governing, ctx)  # "signed the deal brokered by X in the presence of Y"
    if governing is None and receiver is not None:
        governing = receiver  # "faced shelling, airstrikes and drone attacks by X": through the list
    if governing is not None and governing.dep_ == "xcomp" and ctx.control(governing.head) is not None:
        return []  # "agreed to extend the truce": the truce is what is agreed, reported by "agreed"
    put_off = _put_off(noun, trigger, governing, ctx)
    if put_off or _concluded(noun, trigger, governing, ctx):
        over = None
    elif (
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
        return _topic_reading(noun, trigger, holder, sources, inferred, pred, sent, ctx, doc_date)
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
    ) or _sought(noun, trigger, governing, ctx)
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
        and not mediated_matter(noun, ctx)  # "offered mediation in the war between A and B": theirs
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
        described = any(o.pos_ == "PRON" for p in carried_preps for o in pobjects(carried, p))
        targets, toks, inf = ([], [], False) if described else prep_objects(carried, carried_preps, ctx)
    for mate in [*before, *after] if not targets and own_preps else []:
        # "Israeli airstrikes and shelling on Gaza": the phrase after the list is every item's,
        # whichever item the parser hung it on (not an item's with a doer of its own: "Iranian drone
        # strikes and Israeli airstrikes on Lebanon")
        if mate.i > noun.i and any(np_actors(c, ctx)[0] for c in mate.children if c.dep_ in DOER_DEPS):
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
        # "planes carrying aid from Qatar landed in Kabul": aid is for where it arrives
        targets, toks = arrival_targets(noun, trigger, ctx)
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
        # carried act's target is its own phrase's or none: "sanctions on those who held X" are not on X);
        # a feeling's "of" phrase holds it ("voiced the anger of the people of X"), it is not at them.
        skip = ctx.place_preps | ({"of"} if _feeling(noun, trigger, ctx) else set())
        targets = first_actor(holder, ctx, exclude=set(sources), skip_preps=skip)
        if targets:
            inferred = True
    if not targets and nested is not None and governing is not None:
        # "praised Morocco's deployment of police to Mauritania", with "to" hung on "praised".
        own = tuple(p for p in trigger.preps if p not in nested.preps)
        targets, toks, inf = prep_objects(governing, own, ctx) if own else ([], [], False)
        pred += toks
        inferred |= inf
    if (
        not targets
        and sources
        and governing is not None
        and participle is None
        and noun.dep_ == "dobj"
        and governing.lemma_ in ctx.light_verbs
    ):
        # "Kenya gave its support to Ethiopia", "Japan extended its aid to Laos": the noun's own doer,
        # its phrase hung on the light verb
        own = (*trigger.preps, "to")
        targets, toks, inf = prep_objects(governing, own, ctx)
        for phrase in (c for c in governing.children if c.dep_ in {"prep", "dative"} and c.lower_ in own):
            if targets:
                break
            # "gave its backing to a ceasefire announced by X": the first actor of the phrase, as inside
            # the noun's own ("support for the truce declared by X")
            targets, toks = (
                first_actor(phrase, ctx, exclude=set(sources), skip_preps=ctx.place_preps),
                [phrase],
            )
            inf = bool(targets)
        pred += toks if targets else []
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
    if not targets:
        # "Japan sent aid after the tsunami in Tonga": aid is for where the need it answers is
        targets, toks = need_places(noun, trigger, governing, ctx)
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
        proposed = _proposed(noun, ctx) or put_off
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
    if sources and not targets and ctx.discourse.events.hostless(noun, trigger):
        # "During her visit, X ...", "the official visit of the Beninese minister": where it went
        targets = ctx.discourse.events.visit_host(noun, sources)
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
    unreal = (nested is not None and nested.plover == "THREATEN") or _proposed(noun, ctx) or put_off
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
    if targets and trigger.mode in ctx.grammar["third_party_modes"]:
        out += co_mediators(noun, sources, sent, ctx, doc_date)  # "A and B acted as mediators between"
    return out


def _rule_reading(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The reading of a noun trigger a rule makes (``relational.relational_trigger``): a delegation's
    members, a giver's gift (``givers``), a speech act received (``addressed``, a lexicon noun too), a
    request "for X to V" (any noun of ``request_for_rule``), a designation; ``None`` for any other
    noun."""
    if trigger.source == "rule" and trigger.mode == ctx.grammar["delegation_rule"]["mode"]:
        return _delegation(noun, trigger, sent, ctx, doc_date)
    if trigger.source == "rule" and trigger.mode == ctx.grammar["pressed_clause_rule"]["mode"]:
        return pressed_clause(noun, trigger, sent, ctx, doc_date)  # "despite objections from X"
    if trigger.source == "rule" and trigger.mode == ctx.grammar["giver_rule"]["mode"]:
        return given_reading(noun, trigger, sent, ctx, doc_date)  # "Norway, Somalia's biggest donor"
    addressed = addressed_reading(noun, trigger, sent, ctx, doc_date)
    if addressed is not None:
        return addressed  # "ignored warnings from ECOWAS": the giver's, lexicon noun or not
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
    return None


def _no_act(noun: Token, trigger: Trigger, ender: Token | None, ctx: Context) -> bool:
    """Whether the noun names no act at all: a relation the text calls bad and no one cut (``ender``,
    the verb that ends its ties: ``ties._ties_cut``), or the cargo of a vehicle a verb acts on."""
    if _soured(noun, trigger, ctx) and ender is None:
        return True  # "the India-Pakistan relationship remains tense": no cooperation
    if _feared(noun, trigger, ctx):
        return True  # "raising fears of a regional war": what is dreaded, nobody's act
    # "blocked a Philippine supply boat": the clause acts on the boat, no aid nor cut
    return _cargo(noun, trigger, ctx)


def _feared(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether a hostile event noun is the "of" object of a fear ("fears of an all-out war", "the
    spectre of a conflict with X"; ``feared_heads`` in grammar.json)."""
    rule = ctx.grammar["feared_heads"]
    if trigger.plover not in rule["types"] or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    head = noun.head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in rule["nouns"]


def _undergone(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The reading of an act its owner or its clause's subject undergoes: a person's arrest or
    killing, a threatened act (read with its threat: none of its own), a threat of an act, an attack
    one lives or comes under, pressure a clause is done under; ``None`` for any other noun."""
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
    attacked = _under_attack(noun, trigger, sent, ctx, doc_date)
    if attacked is not None:
        return attacked
    # "Under U.S. pressure, Mexico deployed troops": the giver presses the clause's doers
    return pressed_clause(noun, trigger, sent, ctx, doc_date)


def _cutting(
    noun: Token, trigger: Trigger, ender: Token | None, ctx: Context
) -> tuple[Trigger, Token | None, Token | None] | None:
    """The trigger of a cooperative noun that a noun cuts ("a cut in aid to Niger") or a verb ends
    ("ties between X and Y were cut", ``ender``: ``ties._ties_cut``): the reduce rule's SANCTION, with
    the cutting noun and the ending verb (the trigger unchanged where neither is); ``None`` where the
    cut is that sanction's own noun ("the suspension of aid to X": read as itself)."""
    cut = _cut_by(noun, trigger, ctx)
    if cut is not None:
        rule = ctx.grammar["reduce_rule"]
        cut_trigger = noun_trigger(cut, ctx.lexicon)
        if cut_trigger is not None and cut_trigger.plover == rule["plover"]:
            return None  # "the suspension of aid to X": the suspension's own sanction
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
    ender = ender if cut is None else None
    if ender is not None:
        # "diplomatic ties between X and Y were cut", "the partnership between X and Y ended": the two
        # parted, a sanction between them, no cooperation
        rule = ctx.grammar["reduce_rule"]
        trigger = Trigger(
            ender.lemma_, "verb", rule["plover"], rule["cameo"], "", trigger.target, True, "rule"
        )
    return trigger, cut, ender


def _holder(noun: Token, trigger: Trigger, cut: Token | None, used: Token | None, ctx: Context) -> Token:
    """The noun that carries ``noun``'s phrases: the noun it modifies, its cut, its use, or what a
    noun made from a verb acts on; else ``noun`` itself."""
    # "a mediation mission between X and Y": the trigger may modify the noun that carries the arguments.
    holder = noun.head if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} else noun
    if cut is not None and not any(c.dep_ == "prep" and c.lower_ in trigger.preps for c in noun.children):
        holder = cut  # "Sweden's pause in budget support to Mozambique": the phrase hangs on the cut
    if used is not None:
        holder = used  # "China's use of water cannon against X": the phrases hang on the use
    if noun.lemma_.lower() in ctx.grammar["nominal_verbs"] and holder is noun:
        # "the normalization of relations between X and Y": the parties hang on what the noun acts on
        # (acc-vocab)
        acted = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        holder = next((o for o in acted if o.dep_ == "pobj" and _has_between(o)), noun)
    if holder is noun:
        # "the memorandum of understanding between X and Y": the parties hang on the qualifier
        holder = qualifier_holder(noun, trigger, ctx) or noun
    return holder


def _put_off(noun: Token, trigger: Trigger, governing: Token | None, ctx: Context) -> bool:
    """Whether a meeting ``noun`` is put off by the verb that acts on it ("the trip to China was
    postponed", "rescheduled their talks", ``put_off_rule``): still to come, no ties cut."""
    return (
        governing is not None
        and trigger.plover == "CONSULT"
        and governing.lemma_ in ctx.grammar["put_off_rule"]["verbs"]
        and _acted_on(noun, governing)
    )


def _concluded(noun: Token, trigger: Trigger, governing: Token | None, ctx: Context) -> bool:
    """Whether a visit ``noun`` is brought to its end by the verb that acts on it ("ended his
    three-day visit to X", "concluded a trip to Y", ``concluded_rule``): the visit took place, no ties
    cut (not talks, which one may end with a partner: "ended talks with X" stays the reduce rule's)."""
    rule = ctx.grammar["concluded_rule"]
    return (
        governing is not None
        and trigger.plover == "CONSULT"
        and governing.lemma_ in rule["verbs"]
        and noun.lemma_.lower() in rule["nouns"]
        and _acted_on(noun, governing)
    )


def _between(
    noun: Token,
    trigger: Trigger,
    cutters: list[Token],
    between: list[str],
    between_tokens: list[Token],
    sent: Span,
    ctx: Context,
    doc_date: str | None,
) -> list[Candidate]:
    """A symmetric event "between" two or more parties ("cooperation between X and Y"): every pair of
    them, and whoever takes part in it meets each."""
    put_off = _put_off(noun, trigger, governing_verb(noun), ctx)
    found = emit(
        between,
        [],
        trigger,
        [*cutters, noun, *between_tokens],
        sent,
        noun,
        ctx,
        doc_date,
        0.7,
        hypothetical=put_off,
    )
    joined, verb = _participants(noun, ctx)
    joined = [a for a in joined if a not in between]
    if joined and verb is not None:
        # "Qatar took part in talks between Israel and Hamas": the participant meets both
        pred = [verb, noun, *between_tokens]
        found += emit(joined, between, trigger, pred, sent, verb, ctx, doc_date, 0.6)
    return found


def _own_doers(
    noun: Token, trigger: Trigger, cut: Token | None, used: Token | None, ctx: Context
) -> tuple[list[str], bool]:
    """The doers the noun names itself: its modifiers' (and its use's), else its cut's, else a
    hyphenated pair of states left of it; and whether they are only guessed (a pronoun that is not
    surely the clause's own subject)."""
    sources: list[str] = []
    guessed = False
    for child in [*noun.children, *(used.children if used is not None else ())]:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            sub, inf = np_actors(child, ctx)
            sources.extend(sub)
            # "Laos and Vietnam defend their joint ventures", "Canada defended its tariffs on U.S. goods":
            # "their"/"its" is the clause's own subject, no guess
            guessed |= inf and not (child.pos_ == "PRON" and _owned_by_subject(noun, trigger, sub, ctx))
    if not sources and cut is not None:
        # "Norway's reduction in aid to Uganda": the cut's own doer
        sources = [
            a
            for c in cut.children
            if c.dep_ in {"poss", "amod", "compound", "nmod"}
            for a in np_actors(c, ctx)[0]
        ]
    if (
        not sources
        and noun.dep_ == "compound"
        and noun.head.lemma_.lower() in ctx.grammar["act_container_nouns"]["nouns"]
        and not event_noun(noun.head, ctx)
    ):
        # "Japan's aid package for Ukraine", "the EU's sanctions package": the owner of what holds the
        # act (not of another act: "Ukraine's aid request")
        for child in (c for c in noun.head.children if c.dep_ in {"poss", "amod"}):
            sub, inf = np_actors(child, ctx)
            sources.extend(sub)
            guessed |= inf and child.pos_ == "PRON"
    if not sources:
        # "the U.S.-Japan alliance", with the one-token pair hung anywhere left of the noun
        left = [t for t in noun.subtree if t.i < noun.i] or ([noun.doc[noun.i - 1]] if noun.i else [])
        sources = [a for t in left for a in hyphenated_states(t, ctx)]
    if not sources:
        # "Iran's involvement in the attack on X", "accused Y of complicity in the shelling of Z"
        sources, guessed = involved_doers(noun, ctx)
    return sources, guessed


def _topic_reading(
    noun: Token,
    trigger: Trigger,
    holder: Token,
    sources: list[str],
    inferred: bool,
    pred: list[Token],
    sent: Span,
    ctx: Context,
    doc_date: str | None,
) -> list[Candidate]:
    """An event noun a verb of talking is about (``clause._topic``): "discussed the ceasefire with Y",
    "talked about the strikes": what is talked about is no act of the speakers nor of whom they talk
    with; only a doer the noun names itself keeps it, against what its own phrase names ("discussed
    Russia's invasion of Ukraine with Poland")."""
    own = tuple(p for p in trigger.preps if p != "with")
    targets = [t for t in prep_objects(holder, own, ctx)[0] if t not in sources] if own else []
    if sources and not targets:
        skip = {*ctx.place_preps, "with", "by", "from"}
        targets = first_actor(holder, ctx, exclude=set(sources), skip_preps=skip)
    if not sources or inferred or not targets:
        return []
    return emit(sources, targets, trigger, pred, sent, noun, ctx, doc_date, 0.6)
