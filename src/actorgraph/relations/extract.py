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

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from actorgraph.actors.resolve import DocActors
from actorgraph.relations.arguments import (
    SUBJECT_DEPS,
    Context,
    complement_targets,
    first_actor,
    governing_verb,
    np_actors,
    place_targets,
    prep_objects,
    subjects,
)
from actorgraph.relations.lexicon import Lexicon, Trigger
from actorgraph.relations.modality import event_date, flags
from actorgraph.relations.syntax import hyphen_partners, raised_objects, reduced_relative
from actorgraph.relations.triggers import (
    CCOMP_TYPES,
    CONTROL_TYPES,
    COOPERATIVE_TYPES,
    noun_trigger,
    verb_trigger,
)
from actorgraph.relations.voice import (
    located_agents,
    participle_agents,
    participle_trigger,
    patients,
    stative_targets,
)

__all__ = ["Candidate", "extract_candidates"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One relation found in a sentence, before it is turned into a :class:`Relation`."""

    source: str
    target: str
    trigger: Trigger
    predicate: str
    sentence: Span
    directed: bool
    negated: bool
    hypothetical: bool
    attributed_to: str | None
    date: str | None
    confidence: float


def _predicate(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    if hi - lo <= 6:
        return doc[lo : hi + 1].text
    return tokens[0].text


def extract_candidates(
    actors: DocActors, lexicon: Lexicon, *, doc_date: str | None = None
) -> list[Candidate]:
    """Every relation candidate of the document, in text order."""
    ctx = Context(actors, lexicon)
    out: list[Candidate] = []
    for sent in ctx.sentences:
        if actors.is_chrome(sent) and not any(
            actors.actor_at(t) for t in sent if not actors.is_chrome(actors.doc[t.i : t.i + 1])
        ):
            continue
        for token in sent:
            adjective = lexicon.adjective(token.lower_) if token.tag_ == "VBN" else None
            if adjective and not verb_trigger(token, lexicon) and _takes_complement(token, adjective):
                # "Norway is deeply concerned about ...": a participle that reads as an adjective.
                out.extend(_from_adjective(token, adjective, sent, ctx, doc_date))
            elif token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
                trig = verb_trigger(token, lexicon)
                if trig and token.tag_ == "VBN" and token.dep_ in {"acomp", "oprd"}:
                    out.extend(_from_participle(token, trig[0], sent, ctx, doc_date))
                elif trig:
                    out.extend(_from_verb(token, trig[0], trig[1], sent, ctx, doc_date))
                elif token.lemma_ in ctx.speech:
                    out.extend(_modal_demand(token, sent, ctx, doc_date))
                elif token.lemma_ in ctx.hosting_verbs:
                    out.extend(_hosting(token, sent, ctx, doc_date))
            elif token.pos_ == "ADJ":
                trigger = lexicon.adjective(token.lemma_.lower())
                if trigger and _takes_complement(token, trigger):
                    out.extend(_from_adjective(token, trigger, sent, ctx, doc_date))
                elif trigger is None and (verbal := participle_trigger(token, lexicon)) is not None:
                    out.extend(_from_participle(token, verbal, sent, ctx, doc_date))
            elif token.pos_ in {"NOUN", "PROPN"}:
                trigger = noun_trigger(token, lexicon)
                if trigger:
                    out.extend(_from_noun(token, trigger, sent, ctx, doc_date))
    return out


def _emit(
    sources: list[str],
    targets: list[str],
    trigger: Trigger,
    pred_tokens: list[Token],
    sent: Span,
    anchor: Token,
    ctx: Context,
    doc_date: str | None,
    confidence: float,
    *,
    hypothetical: bool = False,
) -> list[Candidate]:
    negated, flagged, attributed = flags(anchor, ctx)
    hypothetical = hypothetical or flagged
    when = event_date(anchor, doc_date)
    predicate = _predicate(pred_tokens)
    pairs: list[tuple[str, str]] = []
    # "Armenia and Azerbaijan exchanged fire": a reciprocal verb makes any event mutual.
    mutual = trigger.symmetric or (
        not targets
        and trigger.trigger not in ctx.reciprocal_verbs
        and any(t.lemma_ in ctx.reciprocal_verbs for t in pred_tokens)
    )
    if targets:
        pairs = [(s, t) for s in sources for t in targets if s != t]
    elif mutual and len(sources) > 1:
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1 :] if a != b]
    out = []
    seen: set[tuple[str, str]] = set()
    for s, t in pairs:
        key = tuple(sorted((s, t))) if mutual else (s, t)
        if key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        out.append(
            Candidate(
                s,
                t,
                trigger,
                predicate,
                sent,
                not mutual,
                negated,
                hypothetical,
                attributed,
                when,
                confidence,
            )
        )
    return out


def _modal_demand(verb: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "X declared that China must drop barriers": a demand of X on China."""
    rule = ctx.grammar["demand_rule"]
    for ccomp in verb.children:
        if ccomp.dep_ != "ccomp":
            continue
        aux = [c for c in ccomp.children if c.dep_ == "aux" and c.lower_ in ctx.demand_modals]
        if not aux:
            continue
        sources, _, inferred = subjects(verb, ctx)
        targets = [
            a for c in ccomp.children if c.dep_ in {"nsubj", "nsubjpass"} for a in np_actors(c, ctx)[0]
        ]
        trigger = Trigger(verb.lemma_, "verb", rule["plover"], rule["cameo"], "", ("dobj",), False, "rule")
        confidence = 0.5 if inferred else 0.6
        return _emit(sources, targets, trigger, [verb, *aux], sent, ccomp, ctx, doc_date, confidence)
    return []


def _event_noun(noun: Token, ctx: Context) -> bool:
    """Whether a noun names an event: a noun trigger, or an act like "the release", "the withdrawal"."""
    lemma = noun.lemma_.lower()
    return bool(ctx.lexicon.noun(lemma) or lemma in ctx.demanded_acts)


def _hosting(verb: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "Xi Jinping received Brazilian President Lula": receiving a person is hosting a visit."""
    guests = [
        a for c in verb.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0] if ctx.kind(a) == "person"
    ]
    if not guests:
        return []
    hosts, _, inferred = subjects(verb, ctx)
    rule = ctx.grammar["hosting_rule"]
    trigger = Trigger(verb.lemma_, "verb", rule["plover"], rule["cameo"], "visit", ("dobj",), False, "rule")
    return _emit(hosts, guests, trigger, [verb], sent, verb, ctx, doc_date, 0.5 if inferred else 0.65)


def _under_attack(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """ "Ukrainian positions came under fire from Russian forces": the subject is the target."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_ not in ctx.under_verbs:
        return None
    verb = prep.head
    sources, toks, _ = prep_objects(noun, ("from", "by"), ctx)
    if not sources:
        sources, toks, _ = prep_objects(verb, ("from", "by"), ctx)
    targets = [a for c in verb.children if c.dep_ in SUBJECT_DEPS for a in np_actors(c, ctx)[0]]
    if not sources or not targets:
        return []
    return _emit(sources, targets, trigger, [verb, prep, noun, *toks], sent, verb, ctx, doc_date, 0.6)


def _takes_complement(adj: Token, trigger: Trigger) -> bool:
    """ "willing to [withdraw]", "concerned about [X]", "critical of [X]": the adjective says about what."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in trigger.preps) for c in adj.children)


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
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if not sources:
        return []
    return _emit(sources, targets, trigger, pred, sent, holder, ctx, doc_date, 0.5 if inferred else 0.6)


def _from_participle(
    adj: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """ "Turkey remains opposed to Sweden's bid", "Armenia is aligned with Russia": a participle used
    as an adjective states its subject's stance toward the object of its preposition."""
    if adj.dep_ not in {"acomp", "oprd"} or adj.head is adj:
        return []
    sources, _, inferred = subjects(adj.head, ctx)
    targets, toks, inf = prep_objects(adj, tuple(dict.fromkeys((*trigger.preps, "to", "with"))), ctx)
    targets = [t for t in targets if t not in sources]
    if not sources or not targets:
        return []
    confidence = 0.5 if inferred or inf else 0.6
    return _emit(sources, targets, trigger, [adj, *toks], sent, adj.head, ctx, doc_date, confidence)


def _from_verb(
    verb: Token, trigger: Trigger, pred: list[Token], sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    if verb.dep_ == "xcomp" and ctx.control(verb.head) is not None:
        return []  # reported by the governing verb ("threatened to [attack]")
    if verb.lemma_ in ctx.denial_verbs and any(
        c.dep_ in {"xcomp", "ccomp", "pcomp"} and verb_trigger(c, ctx.lexicon) for c in verb.children
    ):
        return []  # "denied sending drones": the sending is the event, flagged as negated
    if verb.lemma_ in ctx.naming_verbs and any(c.dep_ in {"oprd", "acomp"} for c in verb.children):
        return []  # "called Pakistan's assertions baseless": naming something is not phoning anyone
    sources, passive, inferred = subjects(verb, ctx)

    targets: list[str] = []
    pred = list(pred)
    if passive:
        targets = patients(verb, ctx)
        agents, agent_tokens, inf = prep_objects(verb, ("by",), ctx)
        agents = agents or participle_agents(verb, ctx)
        if not agents:
            held, held_tokens = stative_targets(verb, trigger, ctx)
            if held:
                # "Egypt is allied with Saudi Arabia": a state of the subject, not something done to it.
                agents, targets, agent_tokens = targets, held, held_tokens
        located = trigger.mode in ctx.located_agent_modes or (
            trigger.plover in ctx.located_agent_types and not trigger.fallback
        )
        if not agents and located:
            agents, agent_tokens = located_agents(verb, ctx)
        sources, inferred = agents, inferred or inf
        pred += agent_tokens
    else:
        has_object = any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in verb.children)
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
            for child in verb.children:
                if child.dep_ in {"dobj", "dative"}:
                    sub, inf = np_actors(child, ctx)
                    sub = [a for a in sub if a not in sources]  # "recalled its ambassador": not a target
                    targets.extend(sub)
                    inferred |= inf
                    if not sub:
                        # "arrested a British national": the object's nationality.
                        objs, toks, inf = prep_objects(child, trigger.preps, ctx)
                        targets.extend(objs)
                        pred += toks
                    if not sub and not targets and not trigger.fallback and _event_noun(child, ctx):
                        # "suspended air links with Serbia": what the verb acts on names the target.
                        inner = first_actor(child, ctx, exclude=set(sources), skip_preps=ctx.place_preps)
                        targets.extend(inner)
        preps = trigger.preps
        if preps:
            objs, toks, inf = prep_objects(verb, preps, ctx)
            targets.extend(objs)
            pred += toks
            inferred |= inf
            for child in verb.children:
                if child.dep_ == "dobj" and not np_actors(child, ctx)[0]:
                    objs, toks, inf = prep_objects(child, preps, ctx)
                    targets.extend(objs)
                    pred += toks
    if not targets and not passive and trigger.plover in CONTROL_TYPES:
        for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
            targets.extend(complement_targets(xcomp, ctx))
            pred.append(xcomp)
        if not targets and not trigger.fallback and not (trigger.symmetric and len(sources) > 1):
            # "rejected recent calls by Belarus's rulers", "refused to allow United Nations planes to land":
            # the nearest actor in what is agreed, refused, demanded or threatened.
            targets = first_actor(
                verb, ctx, exclude=set(sources), skip_preps=ctx.place_preps, skip_subject=True
            )
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
        for ccomp in (c for c in verb.children if c.dep_ == "ccomp"):
            targets.extend(
                a for c in ccomp.children if c.dep_ in {"nsubj", "nsubjpass"} for a in np_actors(c, ctx)[0]
            )
    if (
        not targets
        and not trigger.fallback
        and (trigger.plover in ctx.place_target_types or trigger.mode in ctx.place_target_modes)
    ):
        places, toks = place_targets(verb, ctx)
        targets.extend(places)
        pred += toks
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if not sources:
        return []
    confidence = 0.75 if not inferred else 0.55
    if trigger.fallback:
        confidence -= 0.15
    return _emit(sources, targets, trigger, pred, sent, verb, ctx, doc_date, confidence)


def _from_noun(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    under = _under_attack(noun, trigger, sent, ctx, doc_date)
    if under is not None:
        return under
    # "a mediation mission between X and Y": the trigger may modify the noun that carries the arguments.
    holder = noun.head if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} else noun
    # "cooperation between X and Y": every pair of the coordinated objects.
    between, between_tokens, inferred = prep_objects(holder, ("between", "among", "amongst"), ctx)
    if len(between) > 1 and trigger.symmetric:
        return _emit(between, [], trigger, [noun, *between_tokens], sent, noun, ctx, doc_date, 0.7)
    sources: list[str] = []
    for child in noun.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            sub, inf = np_actors(child, ctx)
            sources.extend(sub)
            inferred |= inf
    if not sources and noun.dep_ == "appos":
        # "Uganda, a close ally of Rwanda": the phrase the noun describes.
        sources, inf = np_actors(noun.head, ctx)
        inferred |= inf
    pred = [noun]
    if "by" not in trigger.preps:
        # "the visit by Li Qiang to Pakistan", "airstrikes by Saudi jets on Yemen"
        agents, agent_tokens, inf = prep_objects(holder, ("by",), ctx)
        sources.extend(agents)
        pred += agent_tokens
        inferred |= inf
    if not sources and "of" not in trigger.preps:
        sources = _of_doers(holder, ctx)  # "the withdrawal of Ethiopian troops"
    anchor = noun
    governing = _participle_of(noun, ctx) or governing_verb(noun)
    if governing is not None and governing.dep_ == "xcomp" and ctx.control(governing.head) is not None:
        return []  # "agreed to extend the truce": the truce is what is agreed, reported by "agreed"
    if governing is not None and governing.lemma_ in ctx.reduce_verbs and trigger.plover in COOPERATIVE_TYPES:
        # "halted economic aid to Serbia", "suspended air links with Serbia": cutting ties is a sanction.
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
    else:
        over = verb_trigger(governing, ctx.lexicon) if governing is not None else None
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
    if not sources:
        verb = governing
        if verb is not None:
            sources, passive, inf = subjects(verb, ctx)
            if passive:
                agents, _, agent_inf = prep_objects(verb, ("by",), ctx)
                # "Serb forces were engaged in ethnic cleansing": an adjectival passive keeps its subject.
                if agents or verb.lemma_ not in ctx.light_verbs:
                    sources, inf = agents, agent_inf
            inferred |= inf
            pred = [verb, noun]
            anchor = verb
    targets, toks, inf = prep_objects(holder, trigger.preps or ("with",), ctx)
    if not trigger.symmetric and between:
        # "mediation between X and Y": the parties are the targets of the mediator.
        targets, toks = [*targets, *between], [*toks, *between_tokens]
    inferred |= inf
    pred += toks
    if not targets and not trigger.symmetric:
        # "a suspension of air links with Serbia": the nearest actor inside the noun's own phrase.
        targets = first_actor(holder, ctx, exclude=set(sources), skip_preps=ctx.place_preps)
        if targets:
            inferred = True
    if not targets and nested is not None and governing is not None:
        # "praised Morocco's deployment of police to Mauritania", with "to" hung on "praised".
        own = tuple(p for p in trigger.preps if p not in nested.preps)
        targets, toks, inf = prep_objects(governing, own, ctx) if own else ([], [], False)
        pred += toks
        inferred |= inf
    if not targets and anchor is not noun and trigger.preps:
        # "imposed sanctions on Y" / "offered help to Y": the preposition may hang on the verb.
        targets, toks, inf = prep_objects(anchor, trigger.preps, ctx)
        pred += toks
        inferred |= inf
        if not targets and "to" in trigger.preps:
            targets = [a for c in anchor.children if c.dep_ == "dative" for a in np_actors(c, ctx)[0]]
    if not targets and (trigger.plover in ctx.place_target_types or trigger.mode in ctx.place_target_modes):
        places, toks = place_targets(noun, ctx)
        if not places and anchor is not noun:
            places, toks = place_targets(anchor, ctx)
        targets += places
        pred += toks
    if not sources:
        return []
    confidence = 0.7 if not inferred else 0.5
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if not targets and len(sources) > 1 and any(hyphen_partners(c) for c in noun.children):
        # "the Russia-Ukraine war", "Turkish-Iranian rivalry": the two sides, with no stated aggressor.
        trigger = replace(trigger, symmetric=True)
    # "threatened an invasion of Y": the threatened act is coded too, as a hypothetical.
    unreal = nested is not None and nested.plover == "THREATEN"
    out = _emit(sources, targets, trigger, pred, sent, anchor, ctx, doc_date, confidence, hypothetical=unreal)
    if len(targets) > 1 and _one_meeting(noun, trigger, governing, ctx):
        # "Oman hosted talks with Iran and the United States": the invitees meet each other too.
        out += _emit(
            targets, [], trigger, pred, sent, anchor, ctx, doc_date, confidence - 0.1, hypothetical=unreal
        )
    return out


def _of_doers(noun: Token, ctx: Context) -> list[str]:
    """ "the withdrawal of Ethiopian troops", "a visit of the Iranian president": an "of" phrase naming
    forces or officials is the doer of an event noun whose target takes another preposition."""
    return [
        a
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.lower_ in ctx.agent_heads
        for a in np_actors(o, ctx)[0]
    ]


def _participle_of(noun: Token, ctx: Context) -> Token | None:
    """ "sanctions imposed by Canada", "the strikes, carried out by X": a light verb in a reduced
    relative on the noun, with a by-agent, governs it like "Canada imposed sanctions"."""
    for child in noun.children:
        if (
            reduced_relative(child)
            and child.lemma_ in ctx.light_verbs
            and any(c.dep_ == "agent" for c in child.children)
        ):
            return child
    return None


def _one_meeting(noun: Token, trigger: Trigger, governing: Token | None, ctx: Context) -> bool:
    """Whether the people a meeting noun is "with" all meet: one meeting, or talks someone hosts."""
    if trigger.plover != "CONSULT" or not trigger.symmetric:
        return False
    if governing is not None and governing.lemma_ in ctx.convening_verbs:
        return True
    return noun.tag_ == "NN" and trigger.mode == "meet"
