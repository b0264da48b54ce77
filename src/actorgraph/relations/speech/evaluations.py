"""Evaluations as accusations: what a speaker says is wrong, and whose doing it is.

"said Y's buildup was dangerous", "Y is failing to ...", "in the face of Russian aggression", an
attack ascribed to Y, "called Y's subsidies unbearable", "to deter Chinese aggression" accuse Y;
"the allegations are baseless" and "Budapest was not blocking anything" reject the accuser.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.modality import background
from actorgraph.relations.speech.statements import (
    SUBJECTS,
    Found,
    SpeechAct,
    Statement,
    act,
    clause_verbs,
    negated,
    own_side,
    owners_of,
    reason_clauses,
    state,
    voice,
)
from actorgraph.relations.speech.words import Words, word_lists
from actorgraph.relations.syntax import pobjects
from actorgraph.relations.triggers import noun_trigger, verb_trigger

__all__ = [
    "accusations",
    "denials",
    "disavowals",
    "namings",
    "praises",
    "rebuttals",
    "refusals",
    "said_to_be",
    "stances",
]


def accusations(st: Statement, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    words = word_lists()
    own = own_side(st.speakers, ctx)
    targets: list[str] = []
    rejected: list[str] = []
    keys: list[Token] = []
    inside = {t.i for t in st.clause.subtree}
    # "..., police said": the police report what happened; only an evaluation in words accuses
    reporting = all(_sector(s, ctx) in words.reporting_sectors for s in st.speakers)
    verbs = clause_verbs(st.clause)
    for verb in [*verbs, *reason_clauses(verbs)]:
        key = _negative_predicate(verb, words)
        if key is None or negated(verb) or (reporting and key.dep_ not in _EVALUATIVE):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive:
            # "we are being abused by Mauritius": the agent of the wrong is accused; "we were misled,
            # I would say by X and by Y": the parser hangs the agents on the speech verb
            doers = prep_objects(verb, ("by",), ctx)[0]
            charged = [c for c in verb.children if c.dep_ == "nsubjpass" and not np_actors(c, ctx)[0]]
            kinds = [ctx.discourse.implicit_doer(c) for c in charged]
            if not doers and any(kind in words.answered for kind, _ in kinds):
                # "the charges were fabricated": whoever made them is answered (acc-discourse)
                rejected.extend(
                    a for kind, named in kinds if kind in words.answered for a in named if a not in own
                )
                continue
            if not doers:
                doers = _stray_agents(st.verb, ctx)
                # "along with the U.S." on the speech verb is one more agent, not a co-speaker
                speakers = tuple(s for s in st.speakers if s not in doers)
                st = Statement(speakers or st.speakers, st.verb, st.clause)
                own = own_side(st.speakers, ctx)
        else:
            doers = []
            for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
                named = np_actors(subject, ctx)[0]
                if not named:
                    # "the strikes were barbaric": an act the story reported names its doer;
                    # "the allegations are baseless" answers whoever made them
                    kind, named = ctx.discourse.implicit_doer(subject)
                    if kind in words.answered:
                        rejected.extend(a for a in named if a not in own)
                        named = []
                    # "the pact would undermine ...": a deal judged accuses its parties (acc-referents)
                    named = named or ctx.discourse.deal_parties(subject)
                    if own & {*named, *(state(a, ctx) for a in named)}:
                        named = []  # a party judging its own deal accuses no partner
                doers.extend(named)
        doers = [a for a in doers if a not in own]
        targets.extend(doers)
        keys.extend(key for _ in doers[:1])
    for verb in () if reporting else verbs:
        # "said Azerbaijani troops had attacked", "said Chinese vessels rammed a supply boat": an attack
        # ascribed to Y accuses Y even when the clause names nobody it hit (acc-discourse)
        trig = verb_trigger(verb, ctx.lexicon)
        if trig is None or trig[0].plover not in words.claimed_types or negated(verb):
            continue
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            continue
        # "ECOWAS imposed a ban, ECOWAS Chairman X said", "a spokesman for Iran's Revolutionary Guards,
        # X, said Tehran had seized ...": the speaker's own organisation and its state act
        side = {a.target_id for a in ctx.actors.affiliations if a.source_id in st.speakers}
        side |= {a for t in _speaker_phrase(st) if (a := ctx.actors.actor_at(t))} - set(st.speakers)
        if not side and not any(_has_side(s, ctx) for s in st.speakers):
            continue  # "they shot people on the train," said X: a witness, of no side the story names
        mine = own | side | {state(a, ctx) for a in side}
        doers = [a for c in verb.children if c.dep_ == "nsubj" for a in np_actors(c, ctx)[0]]
        doers = [a for a in doers if a not in mine and state(a, ctx) not in mine]
        targets.extend(doers)
        keys.extend(verb for _ in doers[:1])
    for c in found:
        # "said Burkinabe troops had attacked villages": ascribing an attack accuses the attacker (not
        # "said X's arrest was not political": what a clause says an act was not ascribes nothing)
        if (
            not reporting
            and c.anchor in inside
            and not _denied_topic(ctx.actors.doc[c.anchor])
            and c.trigger.plover in words.claimed_types
            and not (c.negated or c.hypothetical)
            and c.source not in own
            and state(c.source, ctx) not in own
        ):
            targets.append(c.source)
            keys.append(ctx.actors.doc[c.anchor])
    for tok in () if reporting else st.clause.subtree:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in words.negative_nouns and not negated(tok.head):
            owners = [a for a in owners_of(tok, ctx) if a not in own and state(a, ctx) not in own]
            targets.extend(owners)
            keys.extend(tok for _ in owners[:1])
    out: list[SpeechAct] = []
    targets = [t for t in dict.fromkeys(targets) if t not in own]
    if targets:
        out.append(act(st, targets, words.rules["ACCUSE"], keys[0], hypothetical=False))
    if rejected:
        out.append(
            act(st, list(dict.fromkeys(rejected)), words.rules["REJECT"], st.clause, hypothetical=False)
        )
    return out


def praises(st: Statement, ctx: Context) -> list[SpeechAct]:
    """ "said the reconciliation between Ethiopia and Eritrea was a milestone", "the agreement
    between X and Y is a positive step", "Argentina's decision was welcome news": praise of a doing
    supports those its subject names (not the speaker's own side; not praise denied). A deal named
    only as "the treaty", "the partnership" is the last one the story told (``deal_parties``): its
    parties are supported, and a party praising its own deal commits to its partners (AGREE: the
    guidelines code positive quotes as directed acts)."""
    words = word_lists()
    own = own_side(st.speakers, ctx)
    targets: list[str] = []
    keys: list[Token] = []
    partners: list[str] = []
    for verb in clause_verbs(st.clause):
        key = _positive_predicate(verb, words)
        if key is None or negated(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            supported, committed = _praise_of(subject, own, ctx)
            targets.extend(supported)
            partners.extend(committed)
            keys.extend(key for _ in [*supported, *committed][:1])
    out: list[SpeechAct] = []
    if targets:
        out.append(act(st, list(dict.fromkeys(targets)), words.rules["SUPPORT"], keys[0], hypothetical=False))
    if partners:
        out.append(act(st, list(dict.fromkeys(partners)), words.rules["AGREE"], keys[-1], hypothetical=False))
    return out


def _praise_of(thing: Token, own: set[str], ctx: Context) -> tuple[list[str], list[str]]:
    """Whom praise of ``thing`` is for: (those it supports, the partners a party to it commits to).
    A deal that names its parties supports them (not the speaker's side); one named alone is the
    last one told (``deal_parties``), whose party praising it commits to the others."""
    if ctx.actors.actor_at(thing):
        return [], []  # "Japan is a positive partner": a description of someone, no praise of a doing
    trigger = noun_trigger(thing, ctx.lexicon)
    if trigger is not None and trigger.plover == "CONSULT":
        return [], []  # "the conversation with Blinken was constructive": a meeting, no one's doing
    named = _praised(thing, ctx)
    told = [] if named else ctx.discourse.deal_parties(thing)
    others = [a for a in dict.fromkeys(named + told) if a not in own and state(a, ctx) not in own]
    if own & {*told, *(state(a, ctx) for a in told)}:
        return [], others  # "the treaty was a historic achievement", said by a party to it
    return others, []


def _praised(subject: Token, ctx: Context) -> list[str]:
    """Whose doing a praised subject is: its owners ("Colombia's peace deal"), its parties ("between
    Ethiopia and Eritrea", "with the rebels", "by Myanmar"), also one noun down ("the normalization of
    relations between X and Y"); not where it happens ("sentiment in Japan")."""
    out = owners_of(subject, ctx)
    out += prep_objects(subject, _PARTY_PREPS, ctx)[0]
    for inner in (o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        if not ctx.actors.actor_at(inner):
            out += prep_objects(inner, _PARTY_PREPS, ctx)[0]
    return out


#: The prepositions that name the parties of a praised doing.
_PARTY_PREPS = ("between", "with", "by")


def _positive_predicate(verb: Token, words: Words) -> Token | None:
    """The word that makes a clause praise ("was a milestone", "is a positive step", "welcome")."""
    if verb.lemma_ != "be":
        return None
    for child in verb.children:
        if child.dep_ not in {"acomp", "attr"}:
            continue
        lemma = child.lemma_.lower()
        if lemma in words.positive_adjectives or lemma in words.positive_nouns:
            return child
        if any(_praising_modifier(m, words) for m in child.children):
            return child  # "a positive step", "welcome news", "a win-win scenario"
    return None


def _praising_modifier(word: Token, words: Words) -> bool:
    """Whether ``word`` modifies a noun with praise: an adjective ("a positive step") or a word of
    praise joined by a hyphen, which the parser makes a compound ("a win-win scenario")."""
    if word.dep_ == "amod":
        return word.lemma_.lower() in words.positive_adjectives
    doc = word.doc
    if word.dep_ not in {"compound", "nmod"} or word.i < 2 or doc[word.i - 1].text != "-":
        return False
    glued = not doc[word.i - 2].whitespace_ and not doc[word.i - 1].whitespace_
    return glued and f"{doc[word.i - 2].lower_}-{word.lower_}" in words.positive_adjectives


def _denied_topic(anchor: Token) -> bool:
    """Whether an event noun is the subject of a negated clause ("Mhlanga's arrest was not a
    reflection of ...", "the raids were not discussed"): the speaker says what the act was not."""
    return anchor.pos_ == "NOUN" and anchor.dep_ in SUBJECTS and negated(anchor.head)


def denials(st: Statement, ctx: Context) -> list[SpeechAct]:
    """ "Budapest was not blocking anything", "the drones pose no threat": denying the wrong
    rejects whoever charged the speaker's side with it."""
    words = word_lists()
    own = own_side(st.speakers, ctx)
    for verb in clause_verbs(st.clause):
        denied = negated(verb) or any(
            c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children
        )
        if not denied:
            continue
        trig = verb_trigger(verb, ctx.lexicon)
        wrong = _negative_predicate(verb, words) is not None  # "not blocking", "pose no threat"
        hostile = trig is not None and trig[0].plover in words.coercive_types
        if not (wrong or hostile):
            continue
        doers = [a for c in verb.children if c.dep_ in SUBJECTS for a in np_actors(c, ctx)[0]]
        if any(a not in own and state(a, ctx) not in own for a in doers):
            continue  # "X said Y had not attacked": a defence of Y, no answer of X's own
        accusers = ctx.discourse.accusers_of(own, verb)
        if accusers:
            return [act(st, accusers, words.rules["REJECT"], verb, hypothetical=False)]
    return []


def disavowals(sent: Span, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "Kabul denied harboring any fighters", "Moscow denied attacking civilians": denying a
    wrong rejects whoever charged the denier with it, else the one the denied act was aimed at;
    right after a charge against the denier, any denial answers it."""
    words = word_lists()
    out: list[SpeechAct] = []
    for verb in sent:
        if verb.lemma_ not in ctx.denial_verbs or verb.pos_ != "VERB" or negated(verb):
            continue
        deniers = [a for a in subjects(verb, ctx)[0] if voice(a, ctx)]
        if not deniers:
            continue
        side = own_side(tuple(deniers), ctx)
        denied = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "pcomp"}]
        inside = {t.i for c in denied for t in c.subtree}
        aimed = [
            c.target
            for c in found
            if c.anchor in inside and c.trigger.plover in words.claimed_types | words.coercive_types
        ]
        hostile = words.claimed_types | words.coercive_types
        wrong = aimed or any(
            t.lemma_.lower() in words.negative_verbs
            or t.lemma_.lower() in words.negative_nouns
            or ((trig := verb_trigger(t, ctx.lexicon)) is not None and trig[0].plover in hostile)
            for t in (ctx.actors.doc[i] for i in inside)
            if t.pos_ in {"VERB", "NOUN"}
        )
        # right after a charge about someone the denial names, the denial answers it, whatever it denies
        # ("Rwanda blamed the killings on a militia. Burundi denied arming the militia.": Burundi rejects
        # Rwanda, not the militia)
        named = {a for i in inside if (a := ctx.actors.actor_at(ctx.actors.doc[i]))}
        named |= {c.target for c in found if c.anchor in inside}
        recent = ctx.discourse.recent_accuser(named - side, side, verb)
        # "X accused the UAE of arming the RSF. The UAE denied providing any support": a denial right
        # after the denier was accused answers the charge, whatever words it denies it in
        lately = ctx.discourse.accusers_of(side, verb, window=1)
        if not (wrong or recent or lately):
            continue
        targets = ctx.discourse.accusers_of(side, verb) or recent or [a for a in aimed if a not in side]
        if targets:
            st = Statement(tuple(deniers), verb, verb)
            out.append(act(st, list(dict.fromkeys(targets)), words.rules["REJECT"], verb, hypothetical=False))
    return out


def rebuttals(sent: Span, charges: Sequence[tuple[str, str, int]], ctx: Context) -> list[SpeechAct]:
    """ "Kinshasa accuses Kigali of arming the rebels, a charge Rwanda denies", "..., which Algiers
    has denied", "..., allegations Beijing has repeatedly rejected": a denial trailing a charge after
    a comma rejects the charge's maker (``charges``: the sentence's accusations as (source, target,
    anchor); else the last to accuse the denier). The
    discourse memory keeps where it stands (``Events.rebuttals``): the denial neither negates the
    charge before the comma nor rejects the noun "which" would stand for (``extract``)."""
    words = word_lists()
    doc = ctx.actors.doc
    out: list[SpeechAct] = []
    for comma in (t for t in sent if t.text == "," and t.i + 2 < sent.end):
        k = comma.i + 1
        if doc[k].lower_ in {"a", "an", "the"}:
            k += 1
        if doc[k].lower_ != "which" and doc[k].lemma_.lower() not in words.rebuttal_nouns:
            continue
        mention = ctx.actors.by_token.get(k + 1)
        if mention is None or mention.start != k + 1:
            continue
        k = mention.end
        while k < sent.end and (doc[k].lower_ in {"has", "have", "had"} or doc[k].pos_ == "ADV"):
            k += 1
        if k >= sent.end or doc[k].lower_ not in words.rebuttal_verbs:
            continue
        if k + 1 < sent.end and not doc[k + 1].is_punct:
            continue  # "..., which Kigali denies sending troops to": a denial of its own
        denial = doc[k]
        deniers = [mention.actor_id] if voice(mention.actor_id, ctx) else []
        side = own_side(tuple(deniers), ctx)
        accusers = [
            source
            for source, target, anchor in charges
            if anchor < comma.i and (target in side or state(target, ctx) in side) and source not in side
        ]
        accusers = accusers or (ctx.discourse.accusers_of(side, denial) if deniers else [])
        charged = doc[comma.i + 1 : mention.start].root.lemma_.lower() in words.rebuttal_nouns or any(
            t.lemma_.lower() in words.charge_verbs for t in sent if t.i < comma.i
        )
        if not (accusers or charged):
            continue  # "Russia proposed a ceasefire, which Kyiv rejected": no charge answered
        ctx.discourse.events.rebuttals[denial.i] = (comma.i, tuple(dict.fromkeys(accusers)))
        if deniers and accusers:
            st = Statement(tuple(deniers), denial, denial)
            out.append(
                act(st, list(dict.fromkeys(accusers)), words.rules["REJECT"], denial, hypothetical=False)
            )
    return out


def said_to_be(sent: Span, ctx: Context) -> list[SpeechAct]:
    """ "Ukraine was hit by what Kyiv said was a Russian drone attack", "soldiers died in what
    Islamabad said was fire from Afghanistan", "damaged in what Beirut described as an Israeli
    strike": the act the speaker names is its doer's against whom the clause says it hit (the
    speaker's claim), and the speaker accuses the doer (not when the speaker has no voice)."""
    words = word_lists()
    out: list[SpeechAct] = []
    for what in (t for t in sent if t.lower_ == "what" and t.dep_ in {"nsubj", "dobj"}):
        speech = what.head
        if speech.lemma_ == "be" and speech.dep_ == "ccomp":
            speech = speech.head  # "what Kyiv said [was] an attack": "what" is the copula's subject
        if speech.dep_ != "pcomp" or (
            speech.lemma_ not in words.speech and speech.lemma_ not in words.naming
        ):
            continue
        prep = speech.head
        verb = prep.head
        if prep.dep_ not in {"prep", "agent"} or verb.pos_ not in {"VERB", "AUX"}:
            continue
        named: list[Token] = []
        extra: list[str] = []
        for c in speech.children:
            if c.dep_ == "ccomp" and c.lemma_ == "be":  # "what Kyiv said was an attack"
                named += [a for a in c.children if a.dep_ in {"attr", "dobj"}]
                extra += prep_objects(c, ("from", "by"), ctx)[0]
            elif c.dep_ == "prep" and c.lower_ == "as":  # "what Beirut described as a strike"
                named += [a for a in c.children if a.dep_ == "pobj"]
            elif c.dep_ == "oprd":  # "what it called an attack"
                named.append(c)
        for noun in named:
            trigger = noun_trigger(noun, ctx.lexicon)
            if trigger is None or trigger.plover not in words.claimed_types:
                continue
            doers = list(dict.fromkeys(owners_of(noun, ctx) + extra))
            hit = [c for c in verb.children if c.dep_ in SUBJECTS]
            victims = [a for c in hit for a in (np_actors(c, ctx)[0] or owners_of(c, ctx))]
            victims = [v for v in dict.fromkeys(victims) if v not in doers]
            if not doers or not victims:
                continue
            out.append(SpeechAct(tuple(doers), tuple(victims), trigger, (noun,), noun, False))
            speakers = [a for a in subjects(speech, ctx)[0] if voice(a, ctx)]
            own = own_side(tuple(speakers), ctx)
            accused = [d for d in doers if d not in own and state(d, ctx) not in own]
            if speakers and accused:
                st = Statement(tuple(speakers), speech, noun)
                out.append(act(st, accused, words.rules["ACCUSE"], noun, hypothetical=False))
    return out


def refusals(sent: Span, said: list[Statement], ctx: Context) -> list[SpeechAct]:
    """ "Tehran would never bow to American pressure", "will not give in to Washington's demands":
    refusing to yield to Y rejects Y (the speaker's act when it is said, else the subject's)."""
    words = word_lists()
    out: list[SpeechAct] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.yield_verbs or not negated(verb):
            continue
        if verb.lemma_.lower() == "give" and not any(
            c.dep_ == "prt" and c.lower_ == "in" for c in verb.children
        ):
            continue  # "give in to", not "give aid to"
        pressed = pobjects(verb, "to")
        # "succumb to blackmail by X", the noun read as a verb
        pressed += [
            c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words.negative_nouns
        ]
        named = [
            a
            for o in pressed
            for a in (owners_of(o, ctx) or prep_objects(o, ("of",), ctx)[0] or np_actors(o, ctx)[0])
        ]
        if not named:
            continue
        st = next((s for s in said if verb.i in {t.i for t in s.clause.subtree}), None)
        if st is None:
            doers = [a for a in subjects(verb, ctx)[0] if voice(a, ctx)]
            st = Statement(tuple(doers), None, verb)
        own = own_side(st.speakers, ctx)
        targets = [a for a in dict.fromkeys(named) if a not in own and state(a, ctx) not in own]
        if st.speakers and targets:
            out.append(act(st, targets, words.rules["REJECT"], verb, hypothetical=False))
    return out


def stances(sent: Span, said: list[Statement], found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "Japan will strengthen its defenses to deter Chinese aggression": acting against a wrong
    of Y, named as such, accuses Y (statements are read by their own rules)."""
    words = word_lists()
    inside = {t.i for st in said for t in st.clause.subtree}
    out: list[SpeechAct] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i in inside or noun.lemma_.lower() not in words.negative_nouns:
            continue
        owners = owners_of(noun, ctx)
        if not owners:
            continue
        node = noun
        for _ in range(6):
            if node.head == node or negated(node) or node.dep_ in _DESCRIPTIONS:
                break  # "deported Y, a critic of Z's aggression": the view of Y, not of the deporter
            if background(node, ctx):
                break  # "discussed a truce amid Y's aggression": the writer's backdrop, not the subject's act
            node = node.head
            if node.pos_ not in {"VERB", "AUX"}:
                continue
            trig = verb_trigger(node, ctx.lexicon)
            if trig is not None and trig[0].plover in {"ACCUSE", "REJECT", "PROTEST", "THREATEN"}:
                break  # "condemned Chinese aggression": the verb's own event says it
            voices, passive, _ = subjects(node, ctx)
            voices = [v for v in voices if voice(v, ctx)] if not passive else []
            if voices:
                own = own_side(tuple(voices), ctx)
                targets = [a for a in owners if a not in own and state(a, ctx) not in own]
                if targets:
                    st = Statement(tuple(voices), node, node)
                    out.append(act(st, targets, words.rules["ACCUSE"], noun, hypothetical=False))
                break
    return out


def namings(sent: Span, ctx: Context) -> list[SpeechAct]:
    """ "Macron called Chinese subsidies 'unbearable'", "described the move as illegal": naming
    someone's doing with a negative word accuses them, and naming "the pact" so accuses the parties of
    the last deal told (``_judged_deal``); "described the treaty as historic", with a word of praise,
    is praise of it (``_named_praise``)."""
    words = word_lists()
    out: list[SpeechAct] = []
    for verb in sent:
        if verb.lemma_ not in words.naming or verb.pos_ != "VERB" or negated(verb):
            continue
        key = None
        praise: Token | None = None
        clause: Token | None = None  # "deemed [the deal illegal]", parsed as a clause of its own
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for child in [*verb.children, *(c for o in objects for c in o.children)]:
            comp = child
            if child.dep_ == "prep" and child.lower_ == "as":  # "described it as illegal"
                comp = next((c for c in child.children if c.dep_ in {"pobj", "acomp", "amod"}), child)
            elif (
                child.dep_ not in {"oprd", "acomp", "ccomp", "xcomp"}
                and not (len(objects) > 1 and child == objects[-1])  # "labeled the launch a provocation"
                # "called the decision 'disappointing'", parsed as the noun's modifier
                and not (child.dep_ == "amod" and child.head in objects and child.i > child.head.i)
                # "called Moscow's referendums a sham", parsed as the object's apposition (no comma)
                and not (child.dep_ == "appos" and child.head in objects and _no_comma_before(child))
            ):
                continue
            # "called it puzzling and unjustified", "described it as insulting"
            for word in (comp, *(c for c in comp.children if c.dep_ == "conj")):
                if _negative_word(word, words) or any(
                    m.dep_ == "amod" and _negative_word(m, words) for m in word.children
                ):
                    key = word
                    clause = comp if comp.dep_ == "ccomp" else None
                    break
                if praise is None and _praising(word, words):
                    praise = word
        if key is None and praise is None:
            continue
        said = subjects(verb, ctx)[0]
        if not said and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
            said = np_actors(verb.head, ctx)[0]  # "X's minister called ...", parsed as a noun phrase
        speakers = [a for a in said if voice(a, ctx)]
        if key is None:
            if speakers and praise is not None:
                out.extend(_named_praise(Statement(tuple(speakers), verb, verb), praise, ctx))
            continue
        named_things = [
            c
            for c in verb.children
            # "called the EU move 'deeply disappointing'": the parser may make both complements
            if (c.dep_ in {"dobj", "nsubj"} or (c.dep_ == "oprd" and c.i < key.i))
            and c.i > verb.i
            and c != key
        ]
        if clause is not None:  # the small clause's subject is the thing named
            named_things.extend(c for c in clause.children if c.dep_ == "nsubj" and c.i > verb.i)
        own = own_side(tuple(speakers), ctx)
        named = [a for c in named_things for a in (_named(c, ctx) or _judged_deal(c, own, ctx))]
        targets = [t for t in dict.fromkeys(named) if t not in own]
        # "called the accusations baseless": a charge or a demand named badly is rejected, its maker not
        # accused (acc-discourse)
        answered = any(ctx.discourse.implicit_doer(c)[0] in words.answered for c in named_things)
        if speakers and targets:
            st = Statement(tuple(speakers), verb, verb)
            rule = words.rules["REJECT" if answered else "ACCUSE"]
            out.append(act(st, targets, rule, key, hypothetical=False))
    return out


def _judged_deal(thing: Token, own: set[str], ctx: Context) -> list[str]:
    """ "called the pact illegal", "deemed the treaty dangerous": a deal named only as "the pact" is the
    last one the story told (``deal_parties``, as praise of it is); none where the namer is a party to
    it ("Ghana called the deal a mistake" after Ghana signed it: no charge of its partner)."""
    parties = ctx.discourse.deal_parties(thing)
    return [] if own & set(parties) else parties


def _praising(word: Token, words: Words) -> bool:
    """Whether ``word`` praises ("historic", "a milestone", "a positive step")."""
    if word.lemma_.lower() in words.positive_adjectives or word.lemma_.lower() in words.positive_nouns:
        return True
    return any(_praising_modifier(m, words) for m in word.children)


def _named_praise(st: Statement, key: Token, ctx: Context) -> list[SpeechAct]:
    """ "Scholz described the agreement as historic", "called the accord a milestone": praise of a
    deal or a doing its object names (not an actor itself, "called Japan a positive partner"; not a
    meeting, "called the talks constructive") supports its parties, or, said by a party to it, is its
    AGREE to its partners; a deal named only as "the accord" is the last one told (as ``praises``)."""
    words = word_lists()
    own = own_side(st.speakers, ctx)
    verb = st.verb
    if verb is None:
        return []
    supported: list[str] = []
    partners: list[str] = []
    for thing in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c != key):
        more, committed = _praise_of(thing, own, ctx)
        supported.extend(more)
        partners.extend(committed)
    out: list[SpeechAct] = []
    if supported:
        out.append(act(st, list(dict.fromkeys(supported)), words.rules["SUPPORT"], key, hypothetical=False))
    if partners:
        out.append(act(st, list(dict.fromkeys(partners)), words.rules["AGREE"], key, hypothetical=False))
    return out


def _has_side(actor: str, ctx: Context) -> bool:
    """Whether ``actor`` speaks for a side: a state or an organisation, or a person with a state or
    an office."""
    draft = ctx.actors.actors.get(actor)
    if draft is None:
        return False
    if draft.type != "person":
        return draft.type == "country" or bool(draft.country) or not ctx.tagger_only(actor)
    return bool(draft.country or draft.office)


def _speaker_phrase(st: Statement) -> list[Token]:
    """The words naming the speakers, with the title words the parser may have cut off before them
    ("..., ECOWAS Chairman X said", "ECOWAS" hung elsewhere)."""
    if st.verb is None:
        return []
    out: list[Token] = []
    for subject in (c for c in st.verb.children if c.dep_ in SUBJECTS):
        out.extend(subject.subtree)
        k = subject.left_edge.i - 1
        while k >= 0 and len(out) < 12 and subject.doc[k].pos_ in {"PROPN", "NOUN"}:
            out.append(subject.doc[k])
            k -= 1
    return out


def _no_comma_before(token: Token) -> bool:
    """Whether the phrase of ``token`` follows the word before it with no comma between."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text != ","


def _negative_word(word: Token, words: Words) -> bool:
    """Whether ``word`` evaluates badly, by its lemma or as written ("insulting", lemma "insult")."""
    return any(
        w in words.negative_adjectives or w in words.negative_nouns
        for w in (word.lemma_.lower(), word.lower_)
    )


def _named(noun: Token, ctx: Context) -> list[str]:
    """Whose doing a named thing is: the actor itself, its owner ("the EU move", "Chinese
    subsidies"), or the parties of a thing between them ("the deal between A and B")."""
    # "the detention of the soldiers" after "Venezuela detained two Colombian soldiers": the doer of
    # the act reported before, not whom it was done to
    return (
        ctx.discourse.implicit_doer(noun)[1]
        or np_actors(noun, ctx)[0]
        or owners_of(noun, ctx)
        or prep_objects(noun, ("between",), ctx)[0]
    )


def _stray_agents(verb: Token | None, ctx: Context) -> list[str]:
    """Agents the parser hung on a speech verb ("I would say by X, by Y, along with Z")."""
    if verb is None:
        return []
    out: list[str] = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "by":
            for p in (prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ == "by")):
                out.extend(a for o in p.children if o.dep_ == "pobj" for a in np_actors(o, ctx)[0])
        elif prep.lower_ == "along" and out:
            out.extend(prep_objects(prep, ("with",), ctx)[0])
    return list(dict.fromkeys(out))


#: Dependencies of a description of someone ("Y, a critic of ...", "a lawyer who documented ...").
_DESCRIPTIONS = frozenset({"appos", "relcl"})

#: Dependencies of a predicate that evaluates ("were brutal", "is the aggressor") rather than ascribes
#: an act ("blocked the road", "committed abuses").
_EVALUATIVE = frozenset({"acomp", "attr", "oprd"})


def _sector(actor: str, ctx: Context) -> str | None:
    draft = ctx.actors.actors.get(actor)
    return draft.sector if draft is not None else None


def _negative_predicate(verb: Token, words: Words) -> Token | None:
    """The word that makes a clause a negative evaluation ("failing", "dangerous", "is the
    aggressor", "committed abuses", "poses a threat")."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in words.negative_verbs:
        return verb
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and child.lemma_.lower() in words.negative_nouns
            and verb.lemma_.lower() in words.wrongdoing  # "committed abuses", not "faces a threat"
        ):
            return child
        if child.dep_ in {"acomp", "attr", "oprd"}:
            lemma = child.lemma_.lower()
            if lemma in words.negative_adjectives or lemma in words.negative_nouns:
                return child
            if any(
                m.dep_ == "amod" and m.lemma_.lower() in words.negative_adjectives for m in child.children
            ):
                return child  # "a dangerous provocation"
    return None
