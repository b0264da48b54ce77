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

from dataclasses import replace

from spacy.tokens import Span, Token

from actorgraph.actors.resolve import DocActors
from actorgraph.relations.adjuncts import adjunct_speech, adjunct_targets
from actorgraph.relations.aims import AIM
from actorgraph.relations.arguments import (
    CHARGED_HARMS,
    SUBJECT_DEPS,
    Context,
    accusers,
    complement_targets,
    deployment_states,
    first_actor,
    gathering,
    governing_verb,
    held_feeling,
    noun_doers,
    np_actors,
    place_targets,
    prep_objects,
    principals,
    subjects,
    vote_state,
)
from actorgraph.relations.auspices import behest, mediated, standing_body
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.commands import own_command
from actorgraph.relations.companions import companion_meetings, presence_meetings
from actorgraph.relations.custody import custodians, custody_clause, into_custody, plea, released
from actorgraph.relations.gatherings import gathered_meeting, meet_each_other, members_meeting, met_together
from actorgraph.relations.hosting import visit_sides
from actorgraph.relations.lexicon import Lexicon, Trigger
from actorgraph.relations.nominal import (
    act_doers,
    cargo_arrival,
    condemned_act,
    event_noun,
    from_noun,
    instrument_doers,
    names_it,
    owner_undergoes,
    relational_trigger,
    stated_about,
)
from actorgraph.relations.occasions import occasion_meetings
from actorgraph.relations.promises import answered_type, offered_meeting
from actorgraph.relations.provoked import provoking_doers
from actorgraph.relations.questions import open_question
from actorgraph.relations.reasons import in_protest
from actorgraph.relations.second_acts import cited_wrongs, ended_fights, punished_wrongs
from actorgraph.relations.shared_verb import second_feeling
from actorgraph.relations.speech import speech_acts
from actorgraph.relations.speech.options import coercive_readiness, kept_open, options_at, rulings
from actorgraph.relations.speech.statements import defiance, foreseen, interview, named_objects, voice
from actorgraph.relations.syntax import (
    conjuncts,
    coordinated,
    listed_gerund,
    pobjects,
    raised_objects,
    reciprocal,
    reduced_relative,
)
from actorgraph.relations.triggers import (
    CCOMP_TYPES,
    CONTROL_TYPES,
    declared_subjects,
    envoy_title,
    helped_subjects,
    noun_trigger,
    out_of_particle,
    verb_trigger,
)
from actorgraph.relations.voice import (
    by_agents,
    criminal_charge,
    excluding_bodies,
    gerund_agents,
    held_by_own_state,
    located_agents,
    participle_agents,
    participle_trigger,
    patients,
    stative_targets,
    summoning_agents,
)

__all__ = ["Candidate", "extract_candidates"]


#: Statements whose passive subject, naming no actor, names an act whose doer they are about.
_STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})


def extract_candidates(
    actors: DocActors, lexicon: Lexicon, *, doc_date: str | None = None
) -> list[Candidate]:
    """Every relation candidate of the document, in text order."""
    ctx = Context(actors, lexicon)
    out: list[Candidate] = []
    for k, sent in enumerate(ctx.sentences):
        if actors.is_chrome(sent) and not any(
            actors.actor_at(t) for t in sent if not actors.is_chrome(actors.doc[t.i : t.i + 1])
        ):
            continue
        first = len(out)
        for token in sent:
            seen = len(out)
            adjective = lexicon.adjective(token.lower_) if token.tag_ == "VBN" else None
            if adjective and not verb_trigger(token, lexicon) and _takes_complement(token, adjective):
                # "Norway is deeply concerned about ...": a participle that reads as an adjective.
                out.extend(_from_adjective(token, adjective, sent, ctx, doc_date))
            elif token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
                trig = verb_trigger(token, lexicon)
                gathered = gathered_meeting(token, sent, ctx, doc_date)
                mediation = None if gathered else mediated(token, sent, ctx, doc_date)
                if gathered:
                    # "the summit brought together A, B and C": every pair meets (acc-lists)
                    out.extend(gathered)
                elif mediation is not None:
                    # "talks mediated by X": the mediator meets each side, not the place (auspices)
                    out.extend(mediation)
                elif into_custody(token, ctx):
                    # "X returned to prison": X is held ("return * to prison" has no object here)
                    out.extend(custody_clause(token, sent, ctx, doc_date))
                elif trig and token.tag_ == "VBN" and token.dep_ in {"acomp", "oprd"}:
                    out.extend(_from_participle(token, trig[0], sent, ctx, doc_date))
                elif trig:
                    out.extend(_from_verb(token, trig[0], trig[1], sent, ctx, doc_date))
                elif token.lemma_ in ctx.hosting_verbs:
                    out.extend(_hosting(token, sent, ctx, doc_date))
                else:
                    # "X remains behind bars", "X is on trial", "X has pleaded not guilty"
                    out.extend(custody_clause(token, sent, ctx, doc_date) or plea(token, sent, ctx, doc_date))
                # "a committee comprising delegates from A, B and C convened": its members meet (gatherings)
                out.extend(members_meeting(token, sent, ctx, doc_date))
            elif token.pos_ == "ADJ":
                trigger = lexicon.adjective(token.lemma_.lower())
                if trigger and _takes_complement(token, trigger):
                    out.extend(_from_adjective(token, trigger, sent, ctx, doc_date))
                elif trigger is None and (verbal := participle_trigger(token, lexicon)) is not None:
                    out.extend(_from_participle(token, verbal, sent, ctx, doc_date))
            elif token.pos_ in {"NOUN", "PROPN"}:
                trigger = noun_trigger(token, lexicon) or relational_trigger(token, ctx)
                if trigger and not _monitored(token, ctx):
                    out.extend(from_noun(token, trigger, sent, ctx, doc_date))
                    # "said at a summit hosted by X", "... following talks with X" (occasions)
                    out.extend(occasion_meetings(token, trigger, sent, ctx, doc_date))
                # "after a meeting of the X Commission, comprising A, B and C": its members meet (gatherings)
                out.extend(members_meeting(token, sent, ctx, doc_date))
                # "at the request of X", "the session of the commission between A and B" (auspices)
                out.extend(behest(token, sent, ctx, doc_date) + standing_body(token, sent, ctx, doc_date))
                # "expressed support to X and concern over Y's ships": the second feeling (shared_verb)
                out.extend(second_feeling(token, sent, ctx, doc_date))
                # "expelled X's ambassador in protest over Y's backing of Z": ACCUSE Y (reasons)
                out.extend(in_protest(token, sent, ctx, doc_date))
            for c in out[seen:]:  # what later replies may answer ("rejected the charges")
                # a visit hosted is kept as the visitor's ("X welcomed Y. The visit ...": Y's; hosting)
                source, target = visit_sides(c.trigger, c.source, c.target)
                rtype = answered_type(c.trigger, ctx.grammar)  # an offer to meet answered as the offer
                ctx.discourse.remember(k, rtype, source, target, c.directed, c.trigger.cameo)
        # "The Indian delegation was led by X", "Y was accompanied by X": X takes part in the side's
        # meeting (companions); no new meeting for later replies to answer
        out.extend(companion_meetings(sent, out[first:], ctx, doc_date))
        out.extend(presence_meetings(sent, out[first:], ctx, doc_date))  # "C will also be present"
        # "sanctioned X for undermining Y", "recalled its envoy from X, citing X's interference": the charge
        # too; "A and B signed a deal to end the war": the war between them (second_acts)
        told = out[first:]
        out.extend(punished_wrongs(sent, told, ctx, doc_date) + cited_wrongs(sent, told, ctx, doc_date))
        out.extend(ended_fights(sent, told, ctx, doc_date))
        # "X said Y's buildup was dangerous": what a statement says is an act of its speaker.
        seen = len(out)
        for act in speech_acts(sent, out[first:], ctx):
            modal = (False, act.hypothetical)
            tokens = list(act.tokens)
            sources, targets = list(act.sources), list(act.targets)
            out.extend(
                emit(sources, targets, act.trigger, tokens, sent, act.anchor, ctx, doc_date, 0.5, modal=modal)
            )
        for c in out[seen:]:
            ctx.discourse.remember(k, c.trigger.plover, c.source, c.target, c.directed, c.trigger.cameo)
    out.extend(ctx.discourse.later_calls())  # "demanded an end to the hostilities", the fight told later
    # "I suspect the administration ...", said a senior fellow: an analyst's or an outlet's opinion of
    # someone is commentary, not an act between actors.
    # "“X cannot attack us,” Y said": defiance, no act; "spoke with Reuters": an interview, no meeting;
    # "an analyst expects X and Y to cooperate": someone else's forecast, no act; "what role, if any,
    # X played in the strike": an open question, no event (acc-discourse)
    # "did not rule out sanctions on Y": the sanctions are possible, not denied; "ruled out talks with
    # Y": denied; "refused to rule out", "would not exclude": no act of their own (acc-discourse)
    out = [kept for c in out if (kept := _kept_open(c, ctx)) is not None]
    # "..., a charge Rwanda denies": the charge stays asserted, the denial answers its maker only
    out = [kept for c in out if (kept := _rebutted(c, ctx)) is not None]
    return [
        c
        for c in out
        if (c.trigger.plover not in ctx.opinion_types or voice(c.source, ctx))
        and not (c.negated and c.anchor >= 0 and defiance(ctx.actors.doc[c.anchor], ctx))
        and not interview(c.trigger.plover, (c.source, c.target), c.anchor, ctx)
        and not foreseen((c.source, c.target), c.anchor, ctx)
        and not (c.anchor >= 0 and open_question(ctx.actors.doc[c.anchor]))
    ]


def _own_envoys(verb: Token, ctx: Context) -> bool:
    """Whether ``verb``'s object is the subjects' own diplomats, posted nowhere the clause names
    ("recalled their ambassadors", "withdrew their envoys in 2021"; not "... to Russia", "... from
    Moscow"): two subjects withdraw them from each other."""
    posted = [
        o
        for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in {"to", "from", "in", "at"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if any(o.ent_type_ in {"GPE", "LOC", "NORP", "ORG", "FAC"} or np_actors(o, ctx)[0] for o in posted):
        return False
    return any(
        c.dep_ == "dobj"
        and envoy_title(c)
        and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
        for c in verb.children
    )


def _rebutted(c: Candidate, ctx: Context) -> Candidate | None:
    """``c`` beside a denial trailing a charge ("..., which X denies"): the denial's own lexicon
    reading is dropped (its object is no target); what the negation reached before the comma is
    not denied by it (acc-discourse)."""
    rebuttals = ctx.discourse.events.rebuttals
    if not rebuttals or c.anchor < 0:
        return c
    if c.anchor in rebuttals:
        return c if c.trigger.source == "rule" or c.target in rebuttals[c.anchor][1] else None
    doc = ctx.actors.doc
    anchor = doc[c.anchor]
    if c.negated and any(
        anchor.i < comma and doc[d].is_ancestor(anchor) for d, (comma, _) in rebuttals.items()
    ):
        return replace(c, negated=False)
    return c


def _kept_open(c: Candidate, ctx: Context) -> Candidate | None:
    """``c`` with the mood of an option: possible when kept open, denied when ruled out; ``None``
    for the ruling out itself ("refused" in "refused to rule out", "exclude")."""
    if c.anchor < 0 or (c.trigger.plover == "THREATEN" and c.trigger.source == "rule"):
        return c  # the threat an option kept open makes is the speaker's own act
    anchor = ctx.actors.doc[c.anchor]
    if rulings(anchor) and c.trigger.trigger == anchor.lemma_.lower():
        return None
    if c.trigger.plover == "AGREE" and coercive_readiness(anchor, ctx) is not None:
        return None  # "is prepared to impose sanctions on Y": a threat (speech.options.readiness)
    state = kept_open(anchor)
    state = options_at(anchor) if state is None else state
    if state is None:
        return c
    return replace(c, negated=False, hypothetical=True) if state else replace(c, negated=True)


def _led_team_states(verb: Token, ctx: Context) -> list[str]:
    """The states a delegation the verb's subject or agent leads or heads carries in its own name ("led
    the Kenyan delegation", "headed Somalia's delegation", "the Peruvian delegation was led by X"): the
    leader's own side, an office he holds (``delegation_rule``, as actors/descriptions.py reads "who
    leads the X delegation"), never a party to his act; where it goes ("to China") stays."""
    rule = ctx.grammar["delegation_rule"]
    if verb.lemma_.lower() not in rule["leading_verbs"]:
        return []
    teams = [
        c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in rule["nouns"]
    ]
    own = (
        ctx.actors.actor_at(m) for t in teams for m in t.children if m.dep_ in {"amod", "compound", "poss"}
    )
    return [a for a in own if a is not None]


def _met_from(obj: Token, verb: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether the people a verb of meeting has as its object ("met officials from A and B", "received
    envoys from A, B and C") lost their "from" phrase to the verb: a people noun (``agent_heads``) with
    no "from" or "of" of its own, the object of a CONSULT verb that has one."""
    return (
        trigger.plover == "CONSULT"
        and obj.dep_ == "dobj"
        and ctx.agent_head(obj)
        and not pobjects(obj, "from", "of")
        and bool(pobjects(verb, "from"))
    )


def _holders_of(obj: Token, trigger: Trigger, ctx: Context) -> list[str]:
    """ "condemned X's arrest in Minsk", "criticized Y's detention": an accusation of a person's arrest
    is of whoever holds them (``nominal.owner_undergoes``), not of the person (lists, a small local edit)."""
    if trigger.plover != "ACCUSE" or obj.pos_ != "NOUN":
        return []
    event = noun_trigger(obj, ctx.lexicon)
    owned = owner_undergoes(obj, event, ctx) if event is not None else None
    return owned[0] if owned is not None else []


def _hosting(verb: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "Xi Jinping received Brazilian President Lula": receiving a person is hosting a visit; so is
    "Lula was received by Xi" (the by-agent hosts the passive subject). A verb of ``visit_rule`` that
    fired no trigger: ``hosting.hosted_visit`` reads its visitor from the parse, this the person the
    actor stage resolved (a name the tagger did not mark)."""
    guests = [
        a for c in verb.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0] if ctx.kind(a) == "person"
    ]
    hosts: list[str] = []
    inferred = False
    if guests:
        hosts, _, inferred = subjects(verb, ctx)
    elif any(c.dep_ == "auxpass" for c in verb.children):
        named, _, inferred = subjects(verb, ctx)
        guests = [a for a in named if ctx.kind(a) == "person"]
        hosts = by_agents(verb, ctx)
    if not guests:
        return []
    rule = ctx.grammar["visit_rule"]
    plover, cameo, mode = rule["plover"], rule["cameo"], rule["mode"]
    trigger = Trigger(verb.lemma_, "verb", plover, cameo, mode, ("dobj",), False, "rule")
    return emit(hosts, guests, trigger, [verb], sent, verb, ctx, doc_date, 0.5 if inferred else 0.65)


def _takes_complement(adj: Token, trigger: Trigger) -> bool:
    """ "willing to [withdraw]", "concerned about [X]", "critical of [X]", "disappointed by [X]" (the
    parser's agent of a participle): the adjective says about what."""
    return any(
        c.dep_ == "xcomp" or (c.dep_ in {"prep", "agent"} and c.lower_ in trigger.preps) for c in adj.children
    )


def _from_adjective(
    adj: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """ "Syria is willing to withdraw its troops from Lebanon": the subject commits to the complement."""
    if any(c.dep_ in SUBJECT_DEPS for c in adj.children):
        holder = adj  # "Norway is deeply concerned about ...", parsed as a passive participle
    elif adj.dep_ in {"acomp", "amod", "attr"} and adj.head is not adj:
        holder = adj.head
    else:
        return []
    sources, _, inferred = subjects(holder, ctx)
    targets: list[str] = []
    pred = [adj]
    for xcomp in (c for c in adj.children if c.dep_ == "xcomp"):
        targets.extend(complement_targets(xcomp, ctx))
        pred.append(xcomp)
    objs, toks, inf = prep_objects(adj, trigger.preps, ctx)  # "concerned about Russia's buildup"
    targets.extend(objs)
    pred += toks
    inferred |= inf
    if not targets and trigger.plover == "ACCUSE":
        # "concerned about the conduct of X", "about the situation in X" (acc-silent)
        for thing in _nameless_matters([adj], trigger.preps, ctx):
            held, toks = _disapproved_matter(thing, sources, ctx)
            targets.extend(held)
            pred += toks
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if not sources:
        return []
    return emit(sources, targets, trigger, pred, sent, holder, ctx, doc_date, 0.5 if inferred else 0.6)


def _from_participle(
    adj: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """ "Turkey remains opposed to Sweden's bid", "Armenia is aligned with Russia": a participle used
    as an adjective states its subject's stance toward the object of its preposition."""
    if adj.dep_ not in {"acomp", "oprd"} or adj.head.i == adj.i:
        return []
    sources, _, inferred = subjects(adj.head, ctx)
    targets, toks, inf = prep_objects(adj, tuple(dict.fromkeys((*trigger.preps, "to", "with"))), ctx)
    targets = [t for t in targets if t not in sources]
    if not sources or not targets:
        return []
    confidence = 0.5 if inferred or inf else 0.6
    return emit(sources, targets, trigger, [adj, *toks], sent, adj.head, ctx, doc_date, confidence)


def _from_verb(
    verb: Token, trigger: Trigger, pred: list[Token], sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    if listed_gerund(verb):
        return []  # "suffered airstrikes, shelling and drone attacks by X": a noun of the list (acc-lists)
    if verb.dep_ == "xcomp" and ctx.control(verb.head) is not None:
        return []  # reported by the governing verb ("threatened to [attack]")
    if own_command(verb, ctx):
        return []  # "Putin ordered his army to invade X": the invasion is the act, no request of the army
    if verb.lemma_ in ctx.denial_verbs and any(
        c.dep_ in {"xcomp", "ccomp", "pcomp"} and verb_trigger(c, ctx.lexicon) for c in verb.children
    ):
        return []  # "denied sending drones": the sending is the event, flagged as negated
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ctx.responsibility_nouns for c in verb.children):
        return []  # "accepted responsibility for the ambush": the ambush is the event
    if verb.lemma_ in ctx.aiming_verbs and _aimed_by_event(verb, ctx):
        return []  # "sanctions targeting Russian banks", "airstrikes hit Gaza": the noun's event
    if names_it(verb, ctx):
        return []  # "called Pakistan's assertions baseless": naming something is not phoning anyone
    by_gerund = gerund_agents(verb, ctx)
    if by_gerund is not None:
        # "living under [shelling] by Russian forces": the by-phrase shells, the subject undergoes it
        agents, undergoers, agent_tokens = by_gerund
        return emit(agents, undergoers, trigger, [*pred, *agent_tokens], sent, verb, ctx, doc_date, 0.7)
    sources, passive, inferred = subjects(verb, ctx)
    if not passive and _reports_others_event(verb, sources, ctx):
        return []  # "Qatar announced a ceasefire between Israel and Hamas": their event, not Qatar's
    misread: list[str] = []
    if (
        not passive
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    ):
        # "India, criticized last week by Pakistan, rejected ...": a participle the parser took for a
        # past tense; its by-agent makes it passive, and its subject undergoes the act.
        passive, misread, sources = True, sources, []
    if (
        _trip(trigger, ctx)
        and not passive
        and (_vehicle_trip(verb, sources, ctx) or cargo_arrival(verb, ctx))
    ):
        # "the Iranian tanker ... it arrived in China", "the Jaffar Express was traveling to"; "Japanese
        # aid arrived in Tonga": the aid's arrival (AID, nominal/arrivals.py), no visit
        return []
    if _trip(trigger, ctx) and not passive and _purpose_partners(verb, sources, ctx):
        # "flew to Geneva for talks with Iran": the talks name the partners, the place is a venue (the
        # travellers together still meet: "Peru and Chile returned to Vienna for talks with ...").
        return emit(sources, [], trigger, list(pred), sent, verb, ctx, doc_date, 0.55 if inferred else 0.75)
    # "deported them to Niger", "sent them back to Bulgaria": where people are sent is no target.
    away = ctx.discourse.destination_preps(verb, trigger)

    targets: list[str] = []
    pred = list(pred)
    if passive:
        targets = patients(verb, ctx) or misread
        if not targets and trigger.takes_object and trigger.plover in _STATEMENT_TYPES:
            # "calls from Moscow were ignored by X": the giver in the passive subject's phrase, as
            # in the active object's (an answer to what was said, not "curbs on X were lifted")
            for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
                objs, toks, _ = prep_objects(subject, tuple(p for p in trigger.preps if p != "by"), ctx)
                targets += objs
                pred += toks
        agents, agent_tokens, inf = prep_objects(verb, ("by",), ctx)
        agents = agents or participle_agents(verb, ctx) or instrument_doers(verb, ctx)
        if not agents and trigger.plover == "ASSAULT":
            agents, agent_tokens = _fight_partners(verb, ctx)
        if not agents:
            agents, agent_tokens = _complement_agents(verb, ctx)
        if not agents:
            agents, agent_tokens = summoning_agents(verb, trigger, ctx)  # "summoned to the ministry in Kyiv"
        if not agents:
            agents, agent_tokens = excluding_bodies(verb, ctx)  # "was suspended from the African Union"
        if agents and not targets and trigger.plover in _STATEMENT_TYPES:
            targets, held_tokens = stated_about(verb, agents, ctx)  # "the coup was condemned by X"
            pred += held_tokens
            if not targets and trigger.plover in {"ACCUSE", "REJECT"}:
                # "the strikes were condemned by Egypt": the last such act told, as in the active
                for act in (
                    c for c in verb.children if c.dep_ == "nsubjpass" and condemned_act(c, verb, ctx)
                ):
                    targets += _doers_else_last_violators([], act, agents, ctx)
        if not agents:
            held, held_tokens = stative_targets(verb, trigger, ctx)
            if held:
                # "Egypt is allied with Saudi Arabia": a state of the subject, not something done to it.
                agents, targets, agent_tokens = targets, held, held_tokens
        by_state = _held_by_a_state(trigger, ctx)
        located = by_state or (trigger.plover in ctx.located_agent_types and not trigger.fallback)
        if not agents and located:
            agents, agent_tokens = located_agents(verb, ctx)
            if not by_state and not _foreigners(targets, agents, ctx):
                # "US servicemen were killed outside Basra": the place's state only against foreigners
                # of a known state ("a journalist killed in Malta" names no attacker).
                agents, agent_tokens = [], []
            elif not agents and held_by_own_state(trigger, ctx):
                # "Vietnamese dissident X was arrested": with no jailer and no place, the story's
                # jailer of theirs, their own state, or the one state whose courts the story names
                agents = custodians(targets, (), ctx)[0]
        if not agents and targets and not trigger.fallback:
            # "The US sanctioned Iran. Two Chinese firms were also sanctioned": the doer of such an act
            # told just before, when neither the place nor the custodian names one
            agents = ctx.discourse.last_doers(verb, trigger.plover, targets)
            inferred |= bool(agents)
        if not agents and released(verb, trigger, targets, ctx):
            # "X was released on bail", "freed from prison": by whoever held them
            agents, agent_tokens = custodians(targets, (verb,), ctx)
        if not agents and trigger.plover in ctx.own_forces_types and _forces(verb, ctx):
            # "Turkish soldiers deployed in Syria": who moves its own forces, to where.
            agents, agent_tokens = targets, []
            targets, place_tokens = place_targets(verb, ctx)
            pred += place_tokens
        sources, inferred = agents, inferred or inf
        pred += agent_tokens
    else:
        has_object = any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in verb.children)
        judged_act = False  # a hostile act accused or rejected: its doers, or no one
        raised = raised_objects(verb) if trigger.takes_object else []
        for obj in raised:
            # "Kenya praised, and Tanzania criticized, Uganda's decision": the object both verbs share.
            shared = np_actors(obj, ctx)[0] or first_actor(obj, ctx, exclude=set(sources), skip_preps=set())
            targets.extend(shared)
            inferred = True
        if trigger.takes_object and not has_object and not raised and not trigger.fallback:
            # A mis-parsed object ("kidnapped up to 16 Russian advisers"): the nearest actor after the verb.
            after = first_actor(verb, ctx, exclude=set(), skip_preps=ctx.place_preps, skip_subject=True)
            targets.extend(after)
            inferred |= bool(after)
        if trigger.takes_object:
            # "struck what it called X": X (acc-discourse)
            told = [
                *named_objects(verb),
                *declared_subjects(verb, ctx.grammar),
                *helped_subjects(verb, ctx.grammar),
            ]
            for child in [*verb.children, *told]:
                if child.lower_ == "other" and reciprocal(child) is not None:
                    continue  # "Each accuses the other of moving troops": its members, no "of" owner
                if child.dep_ in {"dobj", "dative"} or child.head.i != verb.i:
                    sub, inf = np_actors(child, ctx)
                    held = _holders_of(child, trigger, ctx)
                    if held:
                        sub, inf = held, False  # "condemned X's arrest in Minsk": whoever holds X
                    sub = [a for a in sub if a not in sources]  # "recalled its ambassador": not a target
                    stance = ctx.grammar["rejected_stances"]
                    if trigger.plover == "REJECT" and child.lemma_.lower() in stance["nouns"]:
                        # "dismissed concerns about its buildup near Taiwan": whose, never about what
                        holders, toks, _ = prep_objects(child, tuple(stance["holder_preps"]), ctx)
                        for acl in (c for c in child.children if c.dep_ == "acl"):
                            # "denied the accusations made by Australia": the participle's agent
                            more, more_toks, _ = prep_objects(acl, ("by",), ctx)
                            holders, toks = [*holders, *more], [*toks, *more_toks]
                        if child.lemma_.lower() in stance["maker_of_nouns"]:
                            # "the accusations of Congo": an actor named by "of" made them
                            holders += [a for o in pobjects(child, "of") if (a := ctx.actors.actor_at(o))]
                        targets.extend(a for a in (*sub, *holders) if a not in sources)
                        pred += toks
                        judged_act = True  # no nearest actor either: the topic is no target
                        continue
                    if not sub and any(a in sources for a in np_actors(child, ctx)[0]):
                        sub = ctx.discourse.rebind(child, sources)  # "X said Y seized its boats"
                    if not sub and trigger.plover in {"ACCUSE", "REJECT"} and condemned_act(child, verb, ctx):
                        # "condemned the attack on Israel by Iran": the act's doer, never its victim;
                        # one the story told before, when it names none (not "blamed the attack on X",
                        # whose pattern accuses X) (acc-lists)
                        doers, toks = act_doers(child, ctx, verb)
                        doers = _doers_else_last_violators(doers, child, sources, ctx)
                        targets.extend(doers)
                        pred += toks
                        inferred |= bool(doers)
                        judged_act = True
                        continue
                    targets.extend(sub)
                    inferred |= inf
                    if not sub:
                        # "arrested a British national": the object's nationality.
                        objs, toks, inf = prep_objects(child, trigger.preps, ctx)
                        targets.extend(objs)
                        pred += toks
                    if not sub and not targets and _met_from(child, verb, trigger, ctx):
                        # "met officials from A and B": the parser hangs the people's "from" on the verb
                        froms, toks, _ = prep_objects(verb, ("from",), ctx)
                        targets.extend(a for a in froms if a not in sources)
                        pred += toks
                    if not sub and not targets and not trigger.fallback:
                        # "closed media outlets linked to al-Shabab": whose the object is.
                        owners, toks = _owners(child, ctx)
                        targets.extend(a for a in owners if a not in sources)
                        pred += toks
                    if not sub and not targets and child.lemma_.lower() in ctx.norm_nouns:
                        # "condemned what it called a violation of UN resolutions": the norm broken
                        # is no doer; the violation's own doer, else the last hostile act's (acc-discourse)
                        # "what it called a breach of EU rules by X": the parser hangs "by X" on "called"
                        namer = child.head if child.head.i != verb.i and child.head.pos_ == "VERB" else verb
                        held, toks = noun_doers(child, namer, ctx)
                        held = _doers_else_last_violators(held, child, sources, ctx)
                        targets.extend(held)
                        pred += toks
                        inferred |= bool(held)
                        continue
                    if (
                        not sub
                        and not targets
                        and not trigger.fallback
                        and (
                            gathering(child, ctx)
                            or (trigger.plover == "ACCUSE" and child.lemma_.lower() in ctx.wrong_nouns)
                        )
                    ):
                        # "prevented a rally by X", "investigating abuses by X": whose act it is
                        held, toks = noun_doers(child, verb, ctx)
                        targets.extend(a for a in held if a not in sources)
                        pred += toks
                    if not sub and not targets and not trigger.fallback and event_noun(child, ctx):
                        # "suspended air links with Serbia": what the verb acts on names the target.
                        inner = first_actor(child, ctx, exclude=set(sources), skip_preps=ctx.place_preps)
                        targets.extend(inner or _measure_doers(child, sources, ctx))
                    elif not sub and not targets and not trigger.fallback and not gathering(child, ctx):
                        # "supports the independence of Kosovo", "struck the power plants of Ukrainian
                        # cities": what the act is about is the "of" actor's.
                        owners, toks = _of_owners(child, sources, ctx)
                        targets.extend(owners)
                        pred += toks
                        inferred |= bool(owners)
                    if not sub and not targets:
                        # "rejected these fraudulent elections": the state the story held them in
                        held = [a for a in vote_state(child, ctx) if a not in sources]
                        targets.extend(held)
                        inferred |= bool(held)
        preps = tuple(p for p in trigger.preps if p not in away)
        if preps:
            objs, toks, inf = prep_objects(verb, preps, ctx)
            if "from" in preps:
                # "pulled (its troops) out of X": the particle's "of" is the verb's "from" (acc-silent)
                for particle in (t for t in pred if out_of_particle(t, verb)):
                    more, more_toks, more_inf = prep_objects(particle, ("of",), ctx)
                    objs, toks, inf = objs + more, toks + more_toks, inf or more_inf
            targets.extend(objs)
            pred += toks
            inferred |= inf
            things = (
                [
                    o
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ in preps
                    for o in p.children
                    if o.dep_ == "pobj" and not np_actors(o, ctx)[0] and ctx.actors.place_at(o) is None
                ]
                if not objs and not targets and not trigger.fallback
                else []
            )
            for thing in things:
                # "hacked into the computers of South Korean officers", "fired at the homes of X"
                matter = _disapproved_matter if trigger.plover == "ACCUSE" else _of_owners
                owners, toks = matter(thing, sources, ctx)
                targets.extend(owners)
                pred += toks
                inferred |= bool(owners)
            for child in verb.children:
                # "relayed its thanks to X": the object's owner may be the subject itself
                if child.dep_ == "dobj" and not set(np_actors(child, ctx)[0]) - set(sources):
                    objs, toks, inf = prep_objects(child, preps, ctx)
                    targets.extend(objs)
                    pred += toks
                    if not targets and trigger.plover == "ACCUSE" and not trigger.fallback:
                        # "expressed dismay and concern over developments in X" (acc-silent)
                        for thing in _nameless_matters([child, *conjuncts(child)], preps, ctx):
                            held, toks = _disapproved_matter(thing, sources, ctx)
                            targets.extend(held)
                            pred += toks
    # "India and Japan agreed to hold talks with NATO": the parties to a mutual act are each other's
    # partners, whoever the agreed act is done to.
    joint = trigger.symmetric and len(sources) > 1
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp" and joint and not targets and not passive):
        # "... agreed to build a pipeline with Russia": whom the act is done with is a party too.
        for part in (xcomp, *(c for c in xcomp.children if c.dep_ == "dobj")):
            objs, toks, inf = prep_objects(part, ("with",), ctx)
            targets.extend(objs)
            pred += toks
            inferred |= inf
    # "urged the counterpart to sign the SAFTA accord": whoever is urged is the target, named or not;
    # what the complement acts on is not.
    addressed = trigger.plover == "REQUEST" and not passive and _addressee(verb, ctx)
    if not targets and not passive and not joint and not addressed and adjunct_speech(trigger, ctx):
        # "summoned the Japanese envoy, demanding an apology": made of whom the qualified act was done to
        targets = adjunct_targets(verb, sources, ctx)
    if not targets and not passive and not joint and trigger.plover in ctx.deployed_help_types:
        # "troops stationed in Somalia to assist in the fight": help for the state they are sent to
        targets = [s for s in deployment_states(verb, ctx) if s not in sources]
    if not targets and not passive and trigger.plover in CHARGED_HARMS:
        # "Serbia accused Kosovo of shooting at border guards": a harm charged with no victim named is
        # charged as done to the accuser
        targets = [a for a in accusers(verb, ctx) if a not in sources]
        inferred |= bool(targets)
    # a release frees whom it names and answers nothing ("freed hours after the attack")
    answers = not (passive or joint or addressed or trigger.mode in ctx.grammar["custodian_release_modes"])
    if not targets and answers:
        # "Minsk dismissed the charges", "Poland supported the request": whom the answer answers.
        targets = ctx.discourse.implicit_targets(verb, trigger.plover, sources)
        inferred |= bool(targets)
    if answers:
        # "rejected the accord and Cairo's demands", "shared concerns about the pact and its risks to
        # X": a coordinated thing that names nobody is answered on its own (the pact's parties)
        more = ctx.discourse.implicit_targets(verb, trigger.plover, sources, conjuncts=True)
        targets.extend(a for a in more if a not in targets)
        inferred |= bool(more)
    if (
        not targets
        and not passive
        and trigger.plover == "SANCTION"
        and trigger.cameo == "161"
        and len(sources) == 2
        and _own_envoys(verb, ctx)
    ):
        # "Thailand and Cambodia recalled their ambassadors": each withdraws its envoy from the other
        return [
            c
            for s in sources
            for c in emit([s], [o for o in sources if o != s], trigger, pred, sent, verb, ctx, doc_date, 0.7)
        ]
    if not targets and not passive and not joint and trigger.plover == "SUPPORT":
        # "X and Y signed a treaty. X's president hailed the treaty.": praise of one's own deal is
        # the commitment to the partner (positive words coded as a directed AGREE), not support
        partners = ctx.discourse.own_deal_partners(verb, sources)
        if partners:
            committed = replace(trigger, plover="AGREE", cameo="030", symmetric=False, source="rule")
            return emit(sources, partners, committed, pred, sent, verb, ctx, doc_date, 0.55)
    aiming = trigger.mode == AIM and not passive
    if aiming:
        # "stressed the importance of reaching an agreement on the GERD": not what it is on or over;
        # the story's sides below (relations/aims.py)
        targets = []
    waiting = False
    if not targets and not passive and trigger.plover == "REQUEST" and not addressed:
        # "demanded an end to the hostilities", "appealed for a ceasefire": both sides of the fight.
        sides = ctx.discourse.fight_sides(verb, sources, aiming)
        waiting = sides is None
        targets = sides or []
        inferred |= bool(targets)
    # "offered to host talks in December of ASEAN states": the meeting offered, read as the offer
    planned = offered_meeting(trigger, ctx.grammar)
    if planned and any(c.dep_ == "neg" for c in verb.children):
        return []  # "did not offer to mediate": an offer never made plans no meeting
    if (
        not targets
        and not passive
        and not joint
        and (trigger.plover in CONTROL_TYPES or planned)
        and not addressed
        and not aiming
    ):
        for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
            targets.extend(complement_targets(xcomp, ctx))
            pred.append(xcomp)
        if not targets and not trigger.fallback and not judged_act:
            # "rejected recent calls by Belarus's rulers", "refused to allow United Nations planes to land":
            # the nearest actor in what is agreed, refused, demanded or threatened.
            # (not in a time phrase: "to strengthen ties after meeting with X" agrees nothing with X)
            skip = ctx.place_preps | set(ctx.grammar["time_preps"]["preps"])
            # (nor whom aid asked for would go to: "called for more aid to X" asks nothing of X)
            given = _given_to(verb, ctx) if trigger.plover == "REQUEST" else set()
            targets = first_actor(verb, ctx, exclude=set(sources) | given, skip_preps=skip, skip_subject=True)
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
                    for a in np_actors(o, ctx)[0]
                ]
                if doers:
                    targets = doers
    if not targets and not passive and trigger.plover in CCOMP_TYPES:
        # "had concerns that Hamas could divert the aid": the clause may hang on the feeling (acc-vocab),
        # not on "the view that ..." disputed
        feelings = set(ctx.grammar["stance_rule"]["types"]["ACCUSE"]["nouns"])
        said = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in feelings]
        for ccomp in (
            c
            for h in (verb, *said)
            for c in h.children
            if c.dep_ == "ccomp" or (h is not verb and c.dep_ == "acl" and _that_clause(c))
        ):
            targets.extend(
                a for c in ccomp.children if c.dep_ in {"nsubj", "nsubjpass"} for a in np_actors(c, ctx)[0]
            )
    if (
        not targets
        and not trigger.fallback
        and (trigger.plover in ctx.place_target_types or trigger.mode in ctx.place_target_modes)
        and not (_moves_own(trigger, ctx) and _moves_no_forces(verb, ctx))
    ):
        places, toks = place_targets(verb, ctx, skip=away)
        targets.extend(places)
        pred += toks
    if not targets and not passive and ctx.discourse.events.hostless(verb, trigger):
        # "B also made the trip", "X visited for talks": where the story's visit went (discourse)
        targets = ctx.discourse.events.visit_host(verb, sources)
        inferred |= bool(targets)
    if trigger.plover == "REQUEST" and not passive and (custody := _in_custody(verb, ctx))[0]:
        # "called for Lai's release", "demanded the release of the prisoners": whoever holds them is
        # asked (the holder the phrase names, "two Canadians held by China", else the story's last
        # jailer of theirs), not the prisoners; a prisoner's own call (or a subject the parser took
        # from "X's detention is arbitrary and called for ...") asks no one, a state's call for its
        # nationals does.
        prisoners, named = custody
        targets = [t for t in targets if t not in prisoners]
        own_call = {p for p in prisoners if ctx.kind(p) != "country"} & set(sources)
        targets += (named or _holders(prisoners, ctx)) if not own_call else []
    behalf = principals(verb, [], ctx)  # "speaking on behalf of the EU": whom one acts for is no target
    behalf += _led_team_states(verb, ctx)  # "X led the Kenyan delegation": Kenya is his own side
    targets = [t for t in dict.fromkeys(targets) if t not in sources and t not in behalf]
    if not targets:
        sources = [s for s in sources if s not in behalf]  # no mutual act with whom one speaks for
    if (
        not targets
        and not passive
        and not trigger.fallback
        and trigger.plover in ctx.grammar["provoked_act_rule"]["types"]
    ):
        # "X shot down a jet, prompting Y to cut trade ties", "Y recalled its envoy in response to X's
        # raid": a hostile act that names no one answers whoever its clause says provoked it
        targets, toks = provoking_doers(verb, sources, ctx)
        pred += toks
        inferred |= bool(targets)
    if not targets and not passive and trigger.plover == "THREATEN":
        # "The EU sanctioned Belarusian officials. Minsk threatened retaliation.": a threat that names
        # no one answers whoever just struck the threatener (acc-discourse)
        targets = ctx.discourse.provokers(verb, sources)
        inferred |= bool(targets)
    if not targets and not passive and not joint and trigger.plover == "AGREE" and not trigger.fallback:
        # "X met Y. 'We agreed to ...,' X said": the speaker's partner is whom the speaker just met
        targets = _our_partners(verb, sources, ctx)
        inferred |= bool(targets)
    if (
        not targets
        and not passive
        and not joint
        and not addressed
        and not trigger.fallback
        and trigger.plover in ctx.grammar["story_sides"]["types"]
    ):
        # "Kenya and Somalia sparred over the boundary. Mogadishu also suspended flights": the other
        # side of the story (discourse)
        targets = ctx.discourse.events.story_counterpart(verb, trigger.plover, sources)
        inferred |= bool(targets)
    if not sources:
        return []
    if trigger.plover == "REQUEST" and targets and not passive and _calls_for_force(verb, ctx):
        # "called for a total war against al-Shabab": no one is asked; the caller threatens the target.
        rule = ctx.grammar["force_call_rule"]
        trigger = replace(trigger, plover=rule["plover"], cameo=rule["cameo"])
    if not passive and trigger.plover == "AID" and trigger.pos == "verb" and verb.lemma_ in ctx.receive_verbs:
        # "Ukraine received American weapons": what is received is the giver's aid to the receiver
        sources, targets = targets, sources
    confidence = 0.75 if not inferred else 0.55
    if trigger.fallback:
        confidence -= 0.15
    if waiting and not targets:
        # the fight may be reported only later in the story: emitted at the end of the document
        ctx.discourse.wait_for_fight(
            verb, sources, lambda sides: emit(sources, sides, trigger, pred, sent, verb, ctx, doc_date, 0.55)
        )
    out = emit(sources, targets, trigger, pred, sent, verb, ctx, doc_date, confidence, hypothetical=planned)
    if targets and not passive and met_together(verb, trigger, sources, ctx):
        # "officials from A, B and C met with D": one meeting, whose subjects meet each other too (not
        # two of one state: "Rubio and US senators met with X" are one side)
        out += meet_each_other(sources, trigger, pred, sent, verb, ctx, doc_date, confidence - 0.1)
    callers = _joined_callers(verb, ctx)
    if callers and not passive:
        # "A called on others to join in rejecting Y": A rejects Y already, whatever they do
        mine = [c for c in out if c.source in callers]
        out = [c for c in out if c.source not in callers]
        asked = emit(callers, targets, trigger, pred, sent, verb, ctx, doc_date, confidence)
        out += [replace(c, hypothetical=False) for c in asked if not c.negated] + [
            c for c in mine if c.negated
        ]
    return out


def _joined_callers(verb: Token, ctx: Context) -> list[str]:
    """Who asks others to join in the act ``verb`` names: "A called on the international community to
    join (it) in rejecting Y", "A urged its neighbours to join it in condemning Y" (the act is a
    gerund under "in" on a companion verb, ``companion_verbs``, that a REQUEST verb asks for): the
    one who asks does the act already (acc-lists)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in":
        join = head.head
    elif (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "prt" and c.lower_ == "in" for c in head.children)
    ):
        join = head  # "to join in rejecting": the parser's particle
    else:
        return []
    call = join.head
    if join.lemma_ not in ctx.companion_verbs or join.dep_ not in {"xcomp", "ccomp"} or call is join:
        return []
    found = verb_trigger(call, ctx.lexicon)
    if found is None or found[0].plover != "REQUEST":
        return []
    return subjects(call, ctx)[0]


def _fight_partners(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """ "were killed in clashes with Turkish troops", "wounded during fighting with X", "killed in the
    war with Eritrea": whom the fight a harm happened in was with (a mutual fight's "with" or
    "against" side; another act's "with" side only, never its "on"/"against" victim)."""
    actors: list[str] = []
    tokens: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during"}:
            continue
        for noun in (n for o in prep.children if o.dep_ == "pobj" for n in coordinated(o)):
            fight = noun_trigger(noun, ctx.lexicon)
            if fight is None or fight.plover != "ASSAULT" or "with" not in fight.preps:
                continue
            found, toks, _ = prep_objects(noun, ("with", "against") if fight.symmetric else ("with",), ctx)
            actors.extend(found)
            tokens.extend(toks)
    return list(dict.fromkeys(actors)), tokens


def _that_clause(clause: Token) -> bool:
    """Whether a clause opens with "that" ("concerns that X could ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _doers_else_last_violators(doers: list[str], act: Token, sources: list[str], ctx: Context) -> list[str]:
    """Who did the act that ``act`` names, the verb's own subjects left out; when the text names
    nobody, whoever did the story's last hostile act ("condemned the launch", "what it called a
    violation of UN resolutions")."""
    return [a for a in doers if a not in sources] or ctx.discourse.violators(act, sources)


def _our_partners(verb: Token, sources: list[str], ctx: Context) -> list[str]:
    """ "X met Y. 'We have agreed to ...,' X said": an agreement whose subject is a speaker's *we* in a
    quotation and that names no partner is made with whom the speakers last met, called, visited or
    praised in that sentence or the three before (``Events.addressees``); none when they met no one,
    nor in a relative clause ("no document that we can sign")."""
    if verb.dep_ == "relcl":
        return []  # "no document that we can sign": what could be signed, with no one
    holder = verb
    while holder.dep_ == "xcomp" and holder.head is not holder:
        holder = holder.head  # "we decided to sign an accord"
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "we" or not ctx.discourse.quotations.inside(subject.i):
        return []
    return [a for a in ctx.discourse.events.addressees(subject, sources) if a not in sources]


def _in_custody(verb: Token, ctx: Context) -> tuple[set[str], list[str]]:
    """Who a request asks to be released or handed over ("called for Lai's release", "demanded the
    extradition of X"): the actors inside the phrase of a ``custody_acts`` noun the verb governs (the
    whole of a list the parser hangs on it), but not its "by" phrase ("the release of X by Y"); and
    the holders a clause of custody in that phrase names ("two Canadians held by China", "an academic
    jailed in Iran", "X, who has been held in Eritrea": ``_phrase_holders``), who are no prisoners."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    held: set[str] = set()
    named: list[str] = []
    for noun in (n for n in nouns if n.lemma_.lower() in ctx.grammar["custody_acts"]):
        holders, clauses = _phrase_holders(noun, ctx)
        named += holders
        held.update(a for a in prep_objects(noun, ("of",), ctx)[0] if a not in holders)
        holder = {
            t.i for c in noun.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by" for t in c.subtree
        }
        for tok in noun.subtree:
            if tok.i in clauses:
                continue
            actor = ctx.actors.actor_at(tok) if tok.i not in holder else None
            held.update([actor] if actor else [])
            if tok.pos_ == "PRON" and tok.dep_ == "poss":
                held.update(np_actors(tok, ctx)[0])  # "called for his release"
    return held, [a for a in dict.fromkeys(named) if a not in held]


def _phrase_holders(noun: Token, ctx: Context) -> tuple[list[str], set[int]]:
    """The holders that a participle or relative clause of custody inside the phrase of ``noun``
    names, by its by-agent or else by the place it holds them in ("held by China", "jailed in Iran",
    "who has been held in Eritrea"; ``custody_phrase_rule``), and the tokens of those clauses (no
    prisoners among them)."""
    rule = ctx.grammar["custody_phrase_rule"]
    found: list[str] = []
    tokens: set[int] = set()
    for clause in (t for t in noun.subtree if t.dep_ in {"acl", "relcl"} and t.i != noun.i):
        trig = verb_trigger(clause, ctx.lexicon)
        if clause.lemma_ not in rule["verbs"] and (
            trig is None or trig[0].plover not in {"COERCE", "ASSAULT"}
        ):
            continue
        agents = prep_objects(clause, ("by",), ctx)[0]
        found += agents or prep_objects(clause, tuple(rule["preps"]), ctx)[0]
        tokens |= {t.i for t in clause.subtree}
    return found, tokens


def _holders(held: set[str], ctx: Context) -> list[str]:
    """Who last detained, arrested or held one of ``held`` in the story so far (no one: [])."""
    for act in reversed(ctx.discourse.events.acts):
        if act.type == "COERCE" and act.directed and act.target in held and act.source not in held:
            return [act.source]
    return []


def _calls_for_force(verb: Token, ctx: Context) -> bool:
    """Whether a request asks for an attack ("called for strikes against X", "urged a war on X")
    without asking anyone to make it ("urged NATO to strike" asks NATO)."""
    if any(c.dep_ in {"dobj", "dative"} and np_actors(c, ctx)[0] for c in verb.children):
        return False
    called = [c for c in verb.children if c.dep_ == "dobj"]
    called += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # the attack itself is called for ("strikes against X"), not its end ("a halt to the violence")
    kinds = [found.plover for noun in called if (found := noun_trigger(noun, ctx.lexicon)) is not None]
    return "ASSAULT" in kinds


def _measure_doers(noun: Token, sources: list[str], ctx: Context) -> list[str]:
    """The doers an event noun names only in its own participle or relative clause ("condemned the
    sanctions imposed by the EU", "the sanctions the United States imposed"): whom a reaction to the
    event (ACCUSE, REJECT, SUPPORT, ...) is aimed at, when the noun's phrase names no one else."""
    found: list[str] = []
    for clause in noun.children:
        if clause.dep_ == "acl":
            found.extend(prep_objects(clause, ("by",), ctx)[0])
        elif clause.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in clause.children):
            # "the sanctions (that) Washington imposed": the relative is the clause's object
            found.extend(s for s in subjects(clause, ctx)[0] if s not in found)
    return [a for a in dict.fromkeys(found) if a not in sources]


def _reports_others_event(verb: Token, sources: list[str], ctx: Context) -> bool:
    """Whether a verb of speech ("announced", "confirmed") has for object an event noun that names its
    own parties ("a ceasefire between Israel and Hamas", "a deal among X, Y and Z") none of whom is the
    speaker: the speaker reports their event and is no side of it (the noun's relation is its own)."""
    if verb.lemma_ not in ctx.speech:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        parties = prep_objects(obj, ("between", "among"), ctx)[0]
        if parties and not set(parties) & set(sources):
            return True
    return False


def _of_owners(noun: Token, sources: list[str], ctx: Context) -> tuple[list[str], list[Token]]:
    """The actors of the "of" phrase of a thing that is no actor ("the independence of Kosovo", "the
    computers of South Korean officers"), not a name only the tagger found, which may be a place ("the
    closure of Kurecik"), nor the doers' own state ("the Taliban seized control of Afghanistan": what
    happens at home has no foreign target), nor whose a feeling stated is ("expressed the regret and
    disappointment of the people of X": X holds it, ``held_feeling``)."""
    if noun.lemma_.lower() in ctx.relatum_nouns | ctx.private_relation_nouns:
        return [], []  # "sanctioned the wife of X", "the allies of X": people of their own, not X
    if noun.head.lemma_ in ctx.grammar["stance_rule"]["verbs"] and any(
        held_feeling(t, ctx) for t in (noun, *noun.conjuncts)
    ):
        return [], []
    owners, toks, _ = prep_objects(noun, ("of",), ctx)
    home = {s if ctx.kind(s) == "country" else ctx.actors.actors[s].country for s in sources}
    return [a for a in owners if a not in sources and a not in home and not ctx.tagger_only(a)], toks


def _given_to(verb: Token, ctx: Context) -> set[str]:
    """Whom aid or support named in ``verb``'s phrase goes to ("called for more aid to X", "appealed
    for funding for X", "stressed the need for assistance to X"): its beneficiary."""
    out: set[str] = set()
    for noun in verb.subtree:
        entry = ctx.lexicon.noun(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if entry is None or entry.plover not in {"AID", "SUPPORT"}:
            continue
        out.update(a for o in pobjects(noun, "to", "for") for a in np_actors(o, ctx)[0])
    return out


def _nameless_matters(holders: list[Token], preps: tuple[str, ...], ctx: Context) -> list[Token]:
    """The objects of ``holders``' phrases ``preps`` that name no actor and no place ("concern over [the
    situation] in X", "doubts about [the fairness] of the vote")."""
    return [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj" and not np_actors(o, ctx)[0] and ctx.actors.place_at(o) is None
    ]


def _disapproved_matter(thing: Token, sources: list[str], ctx: Context) -> tuple[list[str], list[Token]]:
    """Whom a disapproval of a matter that names no actor is about: the matter's "of" owner ("concerned
    about the conduct of X"), the state of a vote ("the election in X"), else the state the matter lies
    in, named as a state, not a place in it ("concern over the situation in X"); through one more "of"
    ("doubts about the fairness of the vote in X"). Never the holders' own state."""
    home = {s if ctx.kind(s) == "country" else ctx.actors.actors[s].country for s in sources}
    node: Token | None = thing
    for _ in range(2):
        if node is None:
            break
        owners, toks = _of_owners(node, sources, ctx)
        if owners:
            return owners, toks
        found = [a for a in vote_state(node, ctx) if a not in sources and a not in home]
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "in" and not found):
            for pobj in (o for o in prep.children if o.dep_ == "pobj"):
                state = ctx.actors.actor_at(pobj)
                if state and ctx.kind(state) == "country" and state not in sources and state not in home:
                    found.append(state)
        if found:
            return list(dict.fromkeys(found)), []
        node = next(
            (
                o
                for p in node.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
    return [], []


def _monitored(noun: Token, ctx: Context) -> bool:
    """Whether an event noun is a state of affairs others watch ("monitor the truce between X and Y",
    "police the ceasefire"): no new act between its parties, nor by the watchers."""
    verb = governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in ctx.monitoring_verbs


def _complement_agents(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """ "was designated as a terrorist group by the EU", "is designated a terrorist organization by
    Canada": the by-phrase the parser hangs on the noun of a passive's complement (its "as" object or
    its object) is the verb's agent, when that noun names no act of its own ("a target of attacks by
    X" keeps its by-phrase)."""
    for child in verb.children:
        if child.dep_ in {"dobj", "oprd", "attr"}:
            nouns = [child]
        elif child.dep_ == "prep" and child.lower_ == "as":
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for noun in nouns:
            if not event_noun(noun, ctx):
                found, tokens, _ = prep_objects(noun, ("by",), ctx)
                if found:
                    return found, tokens
    return [], []


def _trip(trigger: Trigger, ctx: Context) -> bool:
    """Whether a verb moves its subject somewhere: a visit, a trip, an arrival, "flew to"."""
    return trigger.mode in ctx.place_target_modes or trigger.cameo in ctx.trip_cameo


def _vehicle_trip(verb: Token, sources: list[str], ctx: Context) -> bool:
    """Whether what travels or arrives is a ship, a plane or a train, not people: "it" after a vehicle
    noun ("the Iranian tanker left port, and it arrived in China"), or a name only the tagger found
    ("the Jaffar Express was traveling to Peshawar")."""
    if sources and all(ctx.kind(a) == "organization" and ctx.tagger_only(a) for a in sources):
        return True
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ != "it":
        return False
    sent_starts = [s for s in ctx.sentence_starts if s <= subject.i][-2:]
    for tok in reversed(verb.doc[sent_starts[0] if sent_starts else 0 : subject.i]):
        if tok.dep_ in SUBJECT_DEPS and tok.pos_ in {"NOUN", "PROPN"}:
            return tok.lemma_.lower() in ctx.grammar["vehicle_nouns"]  # the nearest subject before "it"
    return False


def _purpose_partners(verb: Token, sources: list[str], ctx: Context) -> bool:
    """Whether the purpose of a trip names whom it is with ("for talks with NATO", "to meet Iran's
    envoy", "to hold talks with AU officials"): then the place is where they meet, not a party."""
    purposes = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj" and noun_trigger(o, ctx.lexicon)
    ]
    purposes += [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "xcomp"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (
            verb_trigger(c, ctx.lexicon)
            or any(o.dep_ == "dobj" and noun_trigger(o, ctx.lexicon) for o in c.children)
        )
    ]
    for head in purposes:
        clauses = [t for t in head.subtree if t.dep_ in {"relcl", "acl", "advcl"} and t.i != head.i]
        aside = {t.i for c in clauses for t in c.subtree}  # "in Doha, where they met ...": another event
        for t in head.subtree:
            actor = ctx.actors.actor_at(t) if t.i not in aside else None
            if actor is None or actor in sources:
                continue
            if ctx.kind(actor) == "country" and t.dep_ == "pobj" and t.head.lower_ in ctx.place_preps:
                continue  # "for talks in Belgium": another place
            return True
    return False


def _moves_own(trigger: Trigger, ctx: Context) -> bool:
    """Whether the act moves or frees what is the doer's to move: its own forces (a retreat), or
    people it holds (a release, CONCEDE as the guidelines code it): where it happens is no target
    unless forces move ("freed the crew in Libya" frees no Libya)."""
    return trigger.plover in ctx.own_forces_types or trigger.mode in ctx.grammar["custodian_release_modes"]


def _moves_no_forces(verb: Token, ctx: Context) -> bool:
    """ "mobilized pressure groups in the United States": what is mobilised is no force, so where it
    acts is no target (unlike "deployed troops in Syria")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.lower_ in ctx.moved_forces or o.lemma_.lower() in ctx.moved_forces for o in objects
    )


def _addressee(verb: Token, ctx: Context) -> bool:
    """Whether a request names whom it asks ("urged the counterpart to ...", "called on the donors
    to ..."): an object (or "on" object) with a complement clause of its own."""
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    asked = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    asked += pobjects(verb, "on")
    return bool(asked)


def _owners(noun: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """Whose a thing or group is, by a participle that ties it to them ("a cell linked to ISIS",
    "outlets run by Hamas"; ``owner_participles`` in grammar.json)."""
    found: list[str] = []
    tokens: list[Token] = []
    for acl in (
        c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ctx.grammar["owner_participles"]
    ):
        objs, toks, _ = prep_objects(acl, ("to", "with", "by"), ctx)
        found += objs
        tokens += [acl, *toks]
    return found, tokens


def _forces(verb: Token, ctx: Context) -> bool:
    """Whether the passive subject (or the noun a participle modifies) is troops, ships or planes."""
    if reduced_relative(verb):
        return ctx.agent_head(verb.head)
    return any(c.dep_ == "nsubjpass" and ctx.agent_head(c) for c in verb.children)


def _aimed_by_event(verb: Token, ctx: Context) -> bool:
    """Whether what hits or targets is an event noun, not an actor ("sanctions targeting ...")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in {"acl", "relcl"}:
        doers.append(verb.head)  # "duties targeting ...", "tariffs, which target ..."
    return any(event_noun(d, ctx) and ctx.actors.actor_at(d) is None for d in doers)


def _held_by_a_state(trigger: Trigger, ctx: Context) -> bool:
    """Whether an act with no stated agent is the state's where it happens: an arrest, a ban, an
    expulsion, a criminal charge ("was charged with espionage in Russia")."""
    return trigger.mode in ctx.located_agent_modes or criminal_charge(trigger, ctx)


def _foreigners(patients: list[str], places: list[str], ctx: Context) -> bool:
    """Whether every patient belongs to a known state other than the places' states."""
    states = [p if ctx.kind(p) == "country" else ctx.actors.actors[p].country for p in patients]
    return bool(states) and all(s is not None and s not in places for s in states)
