"""Which lexicon entry a token triggers, and the groups of PLOVER types the rules treat alike."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.relations.aims import aimed_request
from actorgraph.relations.expectations import expected_compliance
from actorgraph.relations.goals import sought_goal
from actorgraph.relations.hosting import hosted_visit
from actorgraph.relations.lexicon import NO_EVENT, Lexicon, Trigger
from actorgraph.relations.promises import committed_cause, promised_act, promised_aid
from actorgraph.relations.questions import asks_a_question
from actorgraph.relations.reprisals import asserted_insistence, disputed, reprisal_held, stressed_need
from actorgraph.relations.syntax import negated, pobjects

__all__ = [
    "CCOMP_TYPES",
    "CONTROL_TYPES",
    "COOPERATIVE_TYPES",
    "INTENT",
    "REFUSAL",
    "declared_subjects",
    "helped_subjects",
    "noun_trigger",
    "verb_trigger",
]

#: Verbal event types whose verb reports the event of its complement ("threatened to attack").
CONTROL_TYPES = {"AGREE", "REJECT", "THREATEN", "REQUEST"}
#: Cooperative types whose noun, halted or cut, makes a sanction.
COOPERATIVE_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
#: The mode of a trigger whose negation makes the event ("does not recognize X" is REJECT): no negated flag.
REFUSAL = "refusal"
#: The mode of a trigger whose act is an intent stated ("will restore ties with X" is AGREE now, as the
#: guidelines code an intent to repair ties): no hypothetical flag from its future.
INTENT = "intent"
#: Types whose verb can take the event of a "that" clause's subject as target ("demanded that X ...").
CCOMP_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}


def noun_trigger(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """The noun trigger of ``noun`` (``_noun_trigger``); a deployment of police or rescue teams, "the
    deployment of medical teams to X", "the police deployment to X", is aid (``_relief_force``)."""
    if sought_goal(noun, read_grammar()):
        return None  # "talks toward a deal": the talks are the event, the deal sought (relations/goals.py)
    left = _left_body_noun(noun, read_grammar())
    if left is not None:
        return left  # "Qatar announced its exit from OPEC": the guidelines' SANCTION of the body left
    found = _noun_trigger(noun, lexicon)
    if found is not None and found.plover == "AGREE":
        # "its commitment to the defence of X": backing; "to provide X with aid": aid (relations/promises.py)
        found = committed_cause(
            found,
            noun,
            lambda n: noun_trigger(n, lexicon),
            lambda v: f[0] if (f := verb_trigger(v, lexicon)) is not None else None,
            read_grammar(),
        )
    if found is not None and found.plover == "MOBILIZE":
        moved = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return _relief_force(found, moved, _qualifiers(noun), act=noun)
    return found


def _relief_force(
    trig: Trigger, moved: list[Token], words: AbstractSet[str] = frozenset(), act: Token | None = None
) -> Trigger:
    """``trig`` as aid where what it moves is police, rescue, relief or medical teams ("deployed
    police officers to X", "mobilized rescue teams to X"; ``relief_force_rule``): sent to another
    state, they help it, as peacekeepers do; forces of any other kind, riot police too, stay
    ``trig``, unless the act or what it moves is sent to help ("deployed soldiers to X to help fight
    insurgents", "the deployment of personnel assigned to assist X's forces": ``_sent_to_help``). A
    moved noun counts by its own word or a word qualifying it; ``words`` qualify the act itself ("the
    police deployment")."""
    rule = read_grammar()["relief_force_rule"]
    heads, modifiers, unwanted = set(rule["heads"]), set(rule["modifiers"]), set(rule["not_modifiers"])
    kinds = [set(words), *({t.lower_, t.lemma_.lower()} | _qualifiers(t) for t in moved)]
    if any(k & unwanted for k in kinds):
        return trig
    if not any(k & (heads | modifiers) for k in kinds) and not (
        _moved_forces(moved) and _sent_to_help([*moved, *([act] if act else [])], rule)
    ):
        return trig
    target = tuple(rule["target"])
    return replace(trig, plover=rule["plover"], cameo=rule["cameo"], mode="", target=target, source="rule")


def _moved_forces(moved: list[Token]) -> bool:
    """Whether what an act moves is forces, ships or personnel as a mobilisation moves them (the act's
    own word where it names none: "the deployment to X"), not lobbies: "mobilized pressure groups"."""
    grammar = read_grammar()
    forces = {*grammar["own_assets"], *grammar["armed_doers"], *grammar["vehicle_nouns"]}
    return not moved or any(t.lower_ in forces or t.lemma_.lower() in forces for t in moved)


def _sent_to_help(senders: list[Token], rule: dict[str, Any]) -> bool:
    """Whether an infinitive of purpose on one of ``senders`` (the act of sending, what it sends) is a
    verb of helping (``relief_force_rule`` ``purposes``): "deployed troops to X to assist the police",
    "personnel assigned to assist X's forces"; one control verb deep ("assigned to assist")."""
    purposes = set(rule["purposes"])
    clauses = [c for s in senders for c in s.children if c.dep_ in {"advcl", "relcl", "acl", "xcomp"}]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]
    return any(
        c.lemma_.lower() in purposes and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clauses
    )


def _qualifiers(noun: Token) -> set[str]:
    """The words before ``noun`` that qualify it ("police officers", "search and rescue teams")."""
    return {
        w
        for t in noun.lefts
        if t.dep_ in {"compound", "amod", "nmod"}
        for x in t.subtree
        for w in (x.lower_, x.lemma_.lower())
    }


def _noun_trigger(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """The noun trigger of ``noun``, a two-word compound first ("war games", "military exercises"),
    then the noun with one of its prepositions ("a call on Iran" is a request, "a call with" a phone call).

    A modifier that makes a two-word trigger with its head is no trigger of its own: "export" in
    "export controls" is part of the sanction, not an export, and a modifier of a grievance
    (``grievance_nouns``) names what it is about: "its trade dispute with China" is no trade. Nor is
    the object of a verb whose pattern with it is no event: "poses a threat to" states no threat made,
    nor the object of a light verb whose curated pattern with it names another act: "lodged a protest
    with X" is an official complaint (ACCUSE), not also a street protest, unless the noun names its own
    doer. A noun made from a verb
    reads as the verb's pattern with its "of" object where that names another act than the noun
    alone ("the withdrawal of its ambassador" is a sanction), and that object is no trigger of its
    own ("the lifting of its ban": no new ban). Some nouns are events only with a phrase of their
    own (``prep_bound_nouns`` in grammar.json): "weapons for Ukraine" are aid, "Russian weapons" none;
    some only as the object of a preposition (``frame_bound_nouns``): "in the presence of X" is taking
    part, "the presence of troops" nothing.
    """
    if noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON":
        return None  # "UN chief Ban Ki-moon", "envoy Luis Raid": a word of a person's name, no ban or raid
    lemma = noun.lemma_.lower()
    head = noun.head
    if noun.dep_ == "compound" and head.i == noun.i + 1 and lexicon.noun(f"{lemma} {head.lemma_.lower()}"):
        return None
    if _measured_goods(noun):
        return None  # "imposed tariffs on imports from Mexico": the tariff's object, no trade
    if noun.dep_ == "compound" and head.i == noun.i + 1 and envoy_title(head):
        return None  # "Iran's charge d'affaires": a diplomat's title, no criminal charge
    if lemma in read_grammar()["summons_rule"]["meetings"] and summons_meeting_noun(noun):
        return None  # "summoned the ambassador for a meeting with X": the summons is the act
    grievances = read_grammar()["grievance_nouns"]["nouns"]
    if noun.dep_ in {"compound", "amod"} and head.lemma_.lower() in grievances:
        return None  # "its trade dispute with China": what the grievance is about, no trade
    framed = read_grammar()["frame_bound_nouns"]["nouns"].get(lemma)
    if framed is not None and not (noun.dep_ == "pobj" and head.lower_ in framed):
        return None  # "the presence of Russian troops in Syria": no setting, no one takes part
    bound = read_grammar()["prep_bound_nouns"].get(lemma)
    if bound:
        # the phrase may hang on a light verb whose object the noun is: "gave a press conference with X"
        owners = [noun, head] if noun.dep_ == "dobj" and _light(head.lemma_.lower()) else [noun]
        if not any(c.dep_ == "prep" and c.lower_ in bound for o in owners for c in o.children):
            return None  # "testing a Russian weapon": no weapons given to anyone
    if (
        noun.dep_ in _OBJECT_DEPS
        and head.pos_ in {"VERB", "AUX"}
        and head.lemma_.lower() in lexicon.pattern_verbs
    ):
        verb = head.lemma_.lower()
        named = [p for form in _phrase_forms(noun) if (p := lexicon.pattern(verb, form)) is not None]
        if any(p.plover == NO_EVENT for p in named):
            return None
        own = lexicon.noun(lemma)
        if (
            named
            and own is not None
            and named[0].plover != own.plover
            and named[0].source == "curated"
            and _light(verb)
            and not _names_doer(noun)
        ):
            return None  # "lodged a protest with X" is one official complaint, no street protest too
    if _consumed_by_nominal(noun, lexicon):
        return None  # "the lifting of its ban on drones": the ban is what is lifted
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"} and child.i == noun.i - 1:
            found = lexicon.noun(f"{child.lemma_.lower()} {lemma}")
            if found:
                return found
    for prep in _own_preps(noun):
        if _dated(prep):
            continue  # "had a phone call on Monday with X": a date, not whom the call is on
        # "Germany's call on Iran to ...": the noun with its preposition, as the phrasal verb "call on"
        if (found := lexicon.noun(f"{lemma} {prep.lower_}")) is not None:
            return found
        asked = lexicon.noun(f"{lemma} on")
        if prep.lower_ == "to" and asked is not None and asked.plover == "REQUEST" and _to_act(prep):
            return replace(asked, target=("to",))  # "its call to Vietnam to free the blogger"
    own = lexicon.noun(lemma) or lexicon.noun(noun.lower_)
    nominal = _nominal_pattern(noun, lexicon)
    if nominal is not None and (own is None or own.plover != nominal.plover):
        return nominal
    if own is not None and own.plover in COOPERATIVE_TYPES and _no_room_for(noun):
        # "there is no room for talks with X": the talks are refused, not held
        return replace(
            own, plover="REJECT", cameo=read_grammar()["refusal_code"], mode=REFUSAL, source="rule"
        )
    return own


def _asked_about(verb: Token, lemma: str, grammar: dict[str, Any]) -> bool:
    """Whether ``verb`` is a participle of asking with an "about" phrase and nothing asked for
    ("(when) asked about negotiations with Italy, X said", ``asked_about``): a question put to the
    clause's subject, no request."""
    return (
        lemma in grammar["speech"]["question_verbs"]
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "dobj", "dative", "xcomp", "agent"} for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in grammar["asked_about"]["preps"] for c in verb.children)
    )


def _measured_goods(noun: Token) -> bool:
    """Whether ``noun`` is trade that a measure falls on ("tariffs on imports from Mexico", "duties on
    steel imports", ``measured_goods``): the goods a tariff, duty or ban is on are no trade event."""
    grammar = read_grammar()
    rule = grammar["measured_goods"]
    prep = noun.head
    if noun.lemma_.lower() not in rule["nouns"] or noun.dep_ != "pobj" or prep.lower_ not in rule["preps"]:
        return False
    # the phrase may hang on the verb whose object is the measure: "imposed [tariffs] on imports"
    holders = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj" and prep.head.pos_ == "VERB")]
    return any(h.lemma_.lower() in grammar["measure_nouns"] for h in holders)


def _no_room_for(noun: Token) -> bool:
    """Whether the noun is what "no room" or "no question" leaves no place for ("no room for talks",
    "no question of negotiations"; ``refusal_room_nouns``)."""
    room = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"for", "of"}
        and room.lemma_.lower() in read_grammar()["refusal_room_nouns"]
        and any(c.dep_ in {"det", "neg"} and c.lower_ == "no" for c in room.children)
    )


def _to_act(prep: Token) -> bool:
    """Whether an infinitive follows the phrase of ``prep`` ("a call to Serbia [to recognize] Kosovo"):
    what the one addressed is asked to do, wherever the parser hangs it."""
    end = max(t.i for t in prep.subtree) + 1
    if end >= len(prep.doc):
        return False
    after = prep.doc[end]
    return after.lower_ == "to" and after.dep_ == "aux" and after.head.pos_ == "VERB"


def _own_preps(noun: Token) -> list[Token]:
    """The noun's prepositions after it, with those the parser hangs on the object of its "from" or
    "by" phrase ("calls from the African Union on Sudan")."""
    preps = [c for c in noun.rights if c.dep_ == "prep"]
    doers = [o for p in preps if p.lower_ in {"from", "by"} for o in p.children if o.dep_ == "pobj"]
    return preps + [c for o in doers for c in o.rights if c.dep_ == "prep"]


def _dated(prep: Token) -> bool:
    """Whether every object of ``prep`` is a date or a time ("on Monday", "on 4 March", "on Thursday
    evening"), which no noun with its preposition ("call on") is about."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def _light(verb: str) -> bool:
    """Whether a verb is light (its object noun names the event: "lodged a protest"), and no verb
    that lifts or cuts what the noun names (their own rules read "lifted its ban", "halted aid")."""
    grammar = read_grammar()
    return (
        verb in grammar["light_verbs"]
        and verb not in grammar["lift_verbs"]
        and verb not in grammar["reduce_verbs"]
    )


def _names_doer(noun: Token) -> bool:
    """Whether a noun names a doer of its own ("Russia's attack", "the attack by Russian forces",
    "the Russian attack"), so that it stays an event under a verb whose pattern names it."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ == "by")
        or (c.dep_ in {"amod", "compound", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_ in _DOER_ENTS))
        for c in noun.children
    )


#: Entity labels of a modifier that names a doer ("Russian", "NATO").
_DOER_ENTS = {"NORP", "GPE", "ORG", "PERSON"}


def _nominal_pattern(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """A noun made from a verb, with what the verb acts on in its "of" phrase, as the verb's pattern:
    "the expulsion of Russian diplomats" is "expel * diplomats" (SANCTION), "the lifting of sanctions
    on Iran" is "lift * sanctions" (CONCEDE). The target is the nearest actor in the phrase. The nouns
    and their verbs are ``nominal_verbs`` in grammar.json."""
    verb = read_grammar()["nominal_verbs"].get(noun.lemma_.lower())
    if verb not in lexicon.pattern_verbs or noun.pos_ != "NOUN":
        return None
    for obj in pobjects(noun, "of"):
        for form in _phrase_forms(obj):
            found = lexicon.pattern(verb, form)
            if found is not None and found.plover != NO_EVENT:
                return replace(found, trigger=noun.lemma_.lower(), pos="noun", target=found.preps)
    return None


def _consumed_by_nominal(noun: Token, lexicon: Lexicon) -> bool:
    """Whether ``noun`` is the "of" object that makes its head noun a verb pattern ("the lifting of
    its [ban]")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return False
    return _nominal_pattern(noun.head.head, lexicon) is not None


#: Dependents of a verb that name what the verb acts on (the passive subject included).
_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}


def _phrase_forms(noun: Token) -> list[str]:
    """How a CAMEO pattern may write a noun phrase: its head as written and as lemma, alone and with
    the modifier just before it ("aid", "humanitarian aid", "trade office")."""
    heads = list(dict.fromkeys((noun.lemma_.lower(), noun.lower_)))
    forms = list(heads)
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"} and child.i == noun.i - 1:
            forms = [f"{m} {h}" for m in dict.fromkeys((child.lower_, child.lemma_.lower())) for h in heads]
            forms += heads
        elif child.dep_ == "compound" and child.i == noun.i - 2 and noun.doc[noun.i - 1].text == "-":
            forms = [f"{child.lower_}-{noun.lower_}", *forms]  # "sit-in", split by the tokenizer
    return forms


def _pattern_words(verb: Token) -> list[tuple[str, Token]]:
    """The word sequences after ``verb`` that a pattern can name, each with the token that ends it:
    the object ("ambassador"), a particle ("down"), a prepositional phrase ("from coalition"), and
    an object with its own prepositional phrase ("reserve from bank")."""
    out: list[tuple[str, Token]] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            # "designated Hamas a terrorist organisation": the parser makes the object's complement
            # its apposition
            for complement in (c for c in child.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
                out += [(form, complement) for form in _phrase_forms(complement)]
        if child.dep_ == "dobj" and child.pos_ == "NUM":
            # "returned two of the islands": the "of" object is what the verb acts on
            for part in pobjects(child, "of"):
                out += [(form, part) for form in _phrase_forms(part)]
        if child.dep_ in _OBJECT_DEPS and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            for form in _phrase_forms(child):
                out.append((form, child))
                for prep in (c for c in child.children if c.dep_ == "prep"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        out += [(f"{form} {prep.lower_} {p}", pobj) for p in _phrase_forms(pobj)]
            for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ != "of"):
                # "held activists in detention centres": the parser hangs the verb's phrase on the object
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    out += [(f"{prep.lower_} {p}", pobj) for p in _phrase_forms(pobj)]
        elif child.dep_ in {"prep", "agent", "dative"}:
            out.append((child.lower_, child))
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                out += [(f"{child.lower_} {p}", pobj) for p in _phrase_forms(pobj)]
        elif child.dep_ == "prt":
            out.append((child.lower_, child))
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                out += [(f"{child.lower_} {p}", obj) for p in _phrase_forms(obj)]
    return out


def _verb_pattern(
    verb: Token, lemma: str, base: Trigger | None, lexicon: Lexicon
) -> tuple[Trigger, list[Token]] | None:
    """The most specific pattern of ``verb`` that its dependents fill, as a trigger that keeps the
    bare verb's target rules; a no-event pattern comes back with plover ``-``."""
    best: tuple[int, Trigger, Token] | None = None
    for words, last in _pattern_words(verb):
        found = lexicon.pattern(lemma, words)
        size = words.count(" ") + 1
        if found is not None and (best is None or size > best[0]):
            best = (size, found, last)
    if best is None:
        return None
    _, pattern, last = best
    if base is not None and not base.fallback and pattern.source != "curated":
        # A firm reading of the verb yields only to an object that makes another kind of act
        # ("withdrew its ambassador": not a retreat but a sanction); "signed a peace deal" stays AGREE.
        info, base_info = lexicon.types.get(pattern.plover), lexicon.types.get(base.plover)
        if info is None or base_info is None or info.quad_class == base_info.quad_class:
            return None
    same = base is not None and base.plover == pattern.plover
    target = tuple(dict.fromkeys(("dobj", *pattern.target, *(base.target if base else ()))))
    trig = Trigger(
        lemma,
        "verb",
        pattern.plover,
        pattern.cameo,
        pattern.mode or (base.mode if base else ""),
        target,
        base.symmetric if same and base is not None else pattern.symmetric,
        pattern.source,
    )
    return trig, [verb, last]


def verb_trigger(verb: Token, lexicon: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """The lexicon entry ``verb`` fires, with the tokens that make its predicate.

    In order: an offer, refusal or encouragement to act ("offered to mediate", "encouraged X to hold
    elections": a REQUEST), an order that puts someone in custody
    ("ordered X back to prison"), a phrasal verb ("called on"),
    a pattern naming what the verb acts on ("withdrew its ambassador", "lifted the curfew"), the
    bare verb. A pattern that is no event ("expressed concern" under a verb coded otherwise)
    silences the verb.
    """
    if sought_goal(verb, read_grammar()):
        return None  # "in an effort to reach a ceasefire": the effort is the event (relations/goals.py)
    found = _verb_trigger(verb, lexicon)
    if found is not None and found[0].plover == "ASSAULT":
        # "shot down Togo's proposal", "attacked India's handling of ...", "fired back at X over ...":
        # words, plans and replies are refused or criticised, not hit
        found = _words_not_force(found[0], verb, read_grammar()), found[1]
    if found is not None and found[0].plover == "REJECT" and _agentless_passive(verb):
        # "Germany's call on Iran was ignored": no one is named refusing; the call stays an event
        return None
    if found is not None and found[0].plover == "AGREE" and _agreed_hostile_act(verb, lexicon):
        # "EU ministers agreed to sanction X": the sanction is the event, no agreement with X
        return None
    if found is not None and found[0].plover == "MOBILIZE":
        # "deployed police officers to X", "teams were mobilized to X": help sent, not force shown
        moved = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        found = (
            _relief_force(
                found[0], [*moved, *(c for o in moved for c in o.children if c.dep_ == "conj")], act=verb
            ),
            found[1],
        )
    if found is not None and found[0].plover == "CONSULT" and found[0].cameo == "042":
        # "Kenyan police officers arrived in Haiti", "a team of Egyptian rescuers travelled to Libya":
        # police, rescue or medical teams that come to a state are the aid sent, no visit
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [o for d in doers for o in pobjects(d, "of")]
        sent = _relief_force(found[0], doers, act=verb) if doers else found[0]
        found = (sent, found[1]) if sent.plover != "CONSULT" else found
    if found is not None and _disarms_another(found[0], verb):
        # "the army disarmed the militia": another's forces disarmed by force, no retreat of one's own
        rule = read_grammar()["disarm_other_rule"]
        return replace(found[0], plover=rule["plover"], cameo=rule["cameo"], mode="", source="rule"), found[1]
    if found is not None and found[0].plover == "THREATEN" and _warned_for(verb):
        # "cautioned Israel for violating the ceasefire": a rebuke, no threat
        rule = read_grammar()["rebuke_rule"]
        return replace(
            found[0], plover=rule["plover"], cameo=rule["cameo"], mode=rule["mode"], source="rule"
        ), found[1]
    return found


def _disarms_another(trig: Trigger, verb: Token) -> bool:
    """Whether a verb of disarming (lexicon mode ``disarm``, CAMEO's 0873: one's own forces laid
    down; or one of ``disarm_other_rule.verbs`` read by a pattern) has a direct object that is no
    one's own ("disarmed the militia", not "disarm their fighters", ``own_possessives``)."""
    rule = read_grammar()["disarm_other_rule"]
    if trig.mode != rule["mode"] and verb.lemma_.lower() not in rule["verbs"]:
        return False  # (CAMEO's "disarm * militant" is 082, easing dissent: the verb decides)
    own = set(rule["own_possessives"])
    return any(
        c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and not any(p.lower_ in own for p in c.children)
        for c in verb.children
    )


def _warned_for(verb: Token) -> bool:
    """Whether a verb of warning has a "for" phrase naming what its object did ("cautioned Israel for
    violating the ceasefire", "warned China for its incursions"; ``rebuke_rule``)."""
    rule = read_grammar()["rebuke_rule"]
    if verb.lemma_.lower() not in rule["verbs"] or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        o.dep_ in {"pobj", "pcomp"}
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in rule["preps"]
        for o in p.children
    )


def _agreed_hostile_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an agreement names no partner and its complement is a hostile act ("agreed to sanction
    X", "agreed to expel X's diplomats", "agreed to condemn X", "agreed on new sanctions against X"): the ones
    agreeing agree among themselves, and their act against X is the event ("agreed with China to
    impose tariffs" keeps its partner, and "Chad and Niger agreed to ...", "the leaders of Chad and Niger
    agreed to ..." its two parties;
    ``agreed_hostile_types``)."""
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in verb.children):
        return False
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    subject += [o for c in subject for o in pobjects(c, "of", "from")]
    if any(any(g.dep_ == "conj" for g in c.children) for c in subject):
        # "Chad and Niger agreed to expel X", "the governments of Chad and Niger agreed to ban ...": an
        # agreement between the ones listed
        return False
    hostile = set(read_grammar()["agreed_hostile_types"]["types"])
    for act in (c for c in verb.children if c.dep_ == "xcomp"):
        # (the parser may tag the infinitive a noun: "agreed on Monday to sanction X")
        found = verb_trigger(act, lexicon)
        if found is not None and found[0].plover in hostile:
            return True
    # "agreed on the introduction of sanctions against X", "agreed to the expulsion of X's envoys"
    agreed_on = pobjects(verb, "on", "to", "upon")
    for noun in agreed_on:
        named = [noun_trigger(noun, lexicon), *(noun_trigger(o, lexicon) for o in pobjects(noun, "of"))]
        if any(t is not None and t.plover in hostile for t in named):
            return True
    return False


def _agentless_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive with no by-phrase ("the proposal was rejected")."""
    children = list(verb.children)
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def _verb_trigger(verb: Token, lexicon: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """:func:`verb_trigger` before the check for a refusal that names no one refusing."""
    lemma = verb.lemma_.lower()
    if asks_a_question(verb):
        return None  # "asked the witness whether he had seen ...": a question, no demand
    grammar = read_grammar()
    if _asked_about(verb, lemma, grammar):
        return None  # "Asked about China's drills, the minister said ...": a question put to him
    commit = grammar["commit_verbs"].get(lemma)
    if commit and any(c.dep_ == "xcomp" for c in verb.children):
        # "Libya offered to hand over ...": an offer to act is a commitment, not the act; a vow of force
        # ("vowed to retaliate against X") is a threat.
        if commit[0] == "AGREE" and _vowed_force(verb, lexicon, grammar):
            commit = [grammar["vowed_force_rule"]["plover"], grammar["vowed_force_rule"]["cameo"]]
        committed = Trigger(lemma, "verb", commit[0], commit[1], "", ("dobj",), False, "rule")
        if commit[0] == "AGREE":
            # "pledged to provide aid to X", "vowed to support X": the act promised (relations/promises.py)
            acts = (verb_trigger(c, lexicon) for c in verb.children if c.dep_ == "xcomp")
            committed = promised_act(committed, (a[0] if a is not None else None for a in acts), grammar)
        return committed, [verb]
    aid = promised_aid(verb, lexicon, grammar)
    if aid is not None:
        # "pledged $50 million to X", "promised a loan to X": the aid promised (relations/promises.py)
        return aid, [verb]
    hosted = hosted_visit(verb, lemma, grammar)
    if hosted is not None:
        # "welcomed Hungarian Prime Minister X": a visit hosted, not praise (relations/hosting.py)
        return hosted
    if lemma in grammar["custody_order_verbs"] and _into_custody(verb, grammar):
        # "a judge ordered X back to prison", "sent X back to jail": the order holds X, it asks nothing
        code = grammar["custody_code"]
        return Trigger(lemma, "verb", "COERCE", code, "arrest", ("dobj",), False, "rule"), [verb]
    if asserted_insistence(verb, lemma, grammar):
        return None  # "insists it is committed to peace": an assertion, no demand (relations/reprisals.py)
    held = (
        disputed(verb, lemma, grammar)
        or reprisal_held(verb, lemma, grammar)
        or stressed_need(verb, lemma, grammar)
        or aimed_request(verb, lemma, grammar, lexicon)
        or expected_compliance(verb, lemma, grammar)
    )
    if held is not None:
        # "launched a dispute with the WTO" (the forum is asked), "readied a response" (a threat), "stressed
        # the need for X to withdraw" (a request): the object decides the act (relations/reprisals.py);
        # "stressed the importance of reaching a deal", "sought talks": a call for it (relations/aims.py);
        # "expects X to honour the deal": compliance expected is asked for (relations/expectations.py)
        return held
    if lemma in grammar["forum_rule"]["verbs"] and _to_forum(verb, grammar):
        # "took Uruguay to the ICJ", "brought China to the WTO": a lawsuit against the one taken there
        rule = grammar["forum_rule"]
        return Trigger(
            lemma, "verb", rule["plover"], rule["cameo"], rule["mode"], ("dobj",), False, "rule"
        ), [verb]
    summoned = (
        _summons(verb, lemma, grammar)
        or _summons_meeting(verb, grammar)
        or _expelled_envoy(verb, lemma, grammar)
    )
    if summoned is not None:
        # "called in the Egyptian ambassador", "was called to the foreign ministry", "met the
        # ambassador after summoning him": a protest, no call or meeting
        return summoned
    ended = _ended_agreement(verb, lemma, grammar)
    if ended is not None:
        # "tore up its treaty with X", "ripped up the deal with X": the agreement is left, not made
        return ended
    left = _left_body(verb, lemma, grammar)
    if left is not None:
        # "Russia left the Council of Europe", "quit OPEC": the guidelines' SANCTION of the body left
        return left
    lifted = _lifted_measure(verb, lemma, grammar)
    if lifted is not None:
        # "relaxed its curbs on Australian wine", "scaled back the restrictions on X": a measure undone
        return lifted
    stated = _stated_feeling(verb, lemma, grammar)
    if stated is not None:
        # "conveyed concern to X", "reaffirmed its solidarity with X": the noun names the act
        return stated
    meeting = _meeting_joined(verb, lemma, lexicon, grammar)
    if meeting is not None:
        # "took part in the G20 meeting", "joined the ASEAN talks": meeting whom the meeting names
        rule = grammar["participation_rule"]
        preps = tuple(p for p in rule["verbs"][lemma] if p)
        joined = Trigger(
            lemma, "verb", rule["plover"], rule["cameo"], rule["mode"], ("dobj", *preps), False, "rule"
        )
        return joined, [verb, meeting]
    for child in verb.children:
        # "called on Russia to ..." is a phrasal verb; "called Putin on Monday" is not; "stepped back"
        # may come with its particle parsed as an adverb.
        if (
            child.dep_ == "prt"
            or (child.dep_ in {"prep", "advmod"} and child.i == verb.i + 1)
            or out_of_particle(child, verb)
        ):
            trig = lexicon.verb(f"{lemma} {child.lower_}")
            if trig and _forward_to_no_partner(verb, trig, grammar):
                return None  # "looks forward to the Kenyan-led mission deploying": no partner, no agreement
            if trig:
                return _fought_back(trig, verb, child, grammar), [verb, child]
    trig = lexicon.verb(lemma)
    if lemma in lexicon.pattern_verbs:
        found = _verb_pattern(verb, lemma, trig, lexicon)
        if found is not None:
            if found[0].plover == NO_EVENT:
                return None
            trig = _official_protest(_armed(found[0], verb, grammar), verb, grammar)
            return _refusal(trig, verb, grammar), found[1]
    if trig is not None and trig.mode in grammar["place_target_modes"] and _no_visitor(verb, grammar):
        # "the cargo ship arrived in Syria", "Chinese tourists visited Vietnam": ships and planes arrive,
        # and private people travel; officials and delegations visit
        return None
    if trig is None or (trig.plover == "CONSULT" and _names_object(verb, grammar)):
        return None  # "Kyiv called the referendums a sham": naming calls no one
    if _unpartnered(verb, lemma, grammar) or _looked_forward(verb, trig, grammar):
        return None  # "worked hard to ...", "looks forward to working with X" (the intent is the event)
    if trig.plover == "AGREE" and lemma in grammar["receive_verbs"] and _takes_aid(verb, lexicon):
        return None  # "accepted Chinese funding": the funding is the event (China aids), no agreement
    if trig.plover == "THREATEN" and _endangers(verb, lemma, grammar):
        return None  # "the claims threaten Vietnam's security": endangered, not threatened
    if trig.plover == "AID" and _sends_message(verb, lemma, grammar):
        return None  # "sent an invitation to X": the message says what it does, no aid
    if trig.plover == "AID" and _offers_an_act(verb, lemma, lexicon, grammar):
        return None  # "offered recognition of X": the noun names the act offered, no aid
    trig = _official_protest(_instrument(_armed(trig, verb, grammar), verb, grammar), verb, grammar)
    particle = _particle(verb)
    if particle is not None:
        trig = _fought_back(trig, verb, particle, grammar)  # "struck back against the EU's restrictions"
    return _refusal(_in_words(trig, verb, lemma, grammar), verb, grammar), [verb]


def envoy_title(noun: Token) -> bool:
    """Whether ``noun`` is a diplomat's title (``summons_rule.envoys``: "ambassador", "chargé d'affaires")."""
    envoys = read_grammar()["summons_rule"]["envoys"]
    return noun.lemma_.lower() in envoys or noun.lower_ in envoys


def _envoy(word: Token) -> bool:
    """Whether ``word`` names a diplomat: a title ("the ambassador"), a name with one ("French
    ambassador X", "X, the Dutch envoy"), or a pronoun after one in its sentence ("... the German
    ambassador after summoning him")."""
    if envoy_title(word) or any(c.dep_ in {"compound", "appos"} and envoy_title(c) for c in word.children):
        return True
    return word.pos_ == "PRON" and any(
        envoy_title(t) and t.dep_ in _OBJECT_DEPS | {"pobj", "nsubj"} for t in word.sent if t.i < word.i
    )


def _summons(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """A diplomat summoned or called in (``summons_rule``): "summoned Niger's ambassador", "called in
    the Egyptian ambassador" (the particle, or "in" parsed as a preposition with the diplomat as its
    object), "X's envoy was called to the foreign ministry", "called the ambassador to a meeting" (a
    call with a "to" venue or meeting) is an official protest (ACCUSE) of the diplomat, no meeting or
    phone call; one's own envoy summoned or called home or back is recalled ("summoned its ambassador
    to Mexico for consultations": a sanction of the host, ``summons_rule.recall``)."""
    rule = grammar["summons_rule"]
    if lemma not in rule["verbs"]:
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    particle = next(
        (
            c
            for c in verb.children
            if c.lower_ == rule["particle"] and (c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1))
        ),
        None,
    )
    target: tuple[str, ...] = ("dobj",)
    if particle is not None and particle.dep_ == "prep":
        objects += [c for c in particle.children if c.dep_ == "pobj"]
        target = ("dobj", particle.lower_)
    if not any(_envoy(o) for o in objects):
        return None
    recall = rule["recall"]
    home = next(
        (c for c in verb.children if c.lower_ in recall["particles"] and c.dep_ in {"prt", "advmod"}), None
    )
    own = any(
        c.dep_ == "poss" and c.lower_ in recall["possessives"]
        for o in objects
        if envoy_title(o)
        for c in o.children
    )
    if own or home is not None:
        # "summoned its ambassador to Mexico for consultations", "called back its envoy": a recall
        trig = Trigger(
            lemma,
            "verb",
            recall["plover"],
            recall["cameo"],
            recall["mode"],
            ("dobj", "to", "from"),
            False,
            "rule",
        )
        return trig, [verb] + ([home] if home is not None else [])
    called_to = any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(
            o.dep_ == "pobj" and o.lemma_.lower() in {*rule["venues"], *rule["meetings"]} for o in p.children
        )
        for p in verb.children
    )
    if lemma != rule["verbs"][0] and particle is None and not called_to:
        return None  # "called the U.S. envoy on Monday": a phone call
    trig = Trigger(lemma, "verb", rule["plover"], rule["cameo"], rule["mode"], target, False, "rule")
    return trig, [verb] + ([particle] if particle is not None else [])


def _expelled_envoy(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """Another state's diplomat asked, ordered or told to leave, or given a time to ("asked the Turkish
    ambassador to leave the country", "gave the Estonian ambassador a week to leave"), or declared
    unwelcome ("declared the Turkish ambassador persona non grata"; ``expelled_envoy_rule``): an
    expulsion, a SANCTION of the diplomat's state, no request."""
    rule = grammar["expelled_envoy_rule"]
    if lemma not in rule["verbs"] and lemma not in rule["declare_verbs"]:
        return None
    envoys = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and _envoy(c)]
    if lemma in rule["declare_verbs"]:
        # "was declared persona non grata", "declared [the envoy persona non grata]" (the parser's small
        # clause), "declared President X a persona non grata" (a named person, no diplomat)
        declared = [c for c in verb.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
        declared += declared_subjects(verb, grammar)
        envoys = [c for c in declared if _envoy(c) or (c.ent_type_ == "PERSON" and _non_grata(verb, c, rule))]
    own = grammar["summons_rule"]["recall"]["possessives"]
    if not envoys or any(c.dep_ == "poss" and c.lower_ in own for e in envoys for c in e.children):
        return None
    if lemma in rule["declare_verbs"]:
        # "declared Mexico's ambassador (a) persona non grata", "declared the envoy unwelcome": the
        # verdict the parser hangs on the envoy or on the verb
        verdicts = [c for h in (verb, *envoys) for c in h.children if c.dep_ not in {"nsubj", "punct"}]
        verdicts += [e.head for e in envoys if e.dep_ == "nsubj"]
        verdicts += [c for v in verdicts for c in v.children]
        word = next((v for v in verdicts if v.lower_ in rule["unwelcome_words"]), None)
        if word is None:
            return None
        trig = Trigger(lemma, "verb", rule["plover"], rule["cameo"], rule["mode"], ("dobj",), False, "rule")
        return trig, [verb, word]
    leave = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in rule["leave_verbs"]
        ),
        None,
    )
    if leave is None:
        return None
    trig = Trigger(
        lemma, "verb", rule["plover"], rule["cameo"], rule["mode"], ("dobj", "dative"), False, "rule"
    )
    return trig, [verb, leave]


def declared_subjects(verb: Token, grammar: dict[str, Any]) -> list[Token]:
    """ "declared [the French envoy persona non grata]": the one a verb of declaring declares unwelcome
    where the parser makes him the subject of the verdict (a clause headed by one of
    ``expelled_envoy_rule.unwelcome_words``), who is the verb's object."""
    rule = grammar["expelled_envoy_rule"]
    if verb.lemma_.lower() not in rule["declare_verbs"]:
        return []
    return [
        s
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"} and c.lower_ in rule["unwelcome_words"]
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def helped_subjects(verb: Token, grammar: dict[str, Any]) -> list[Token]:
    """ "will help [Haiti fight gangs]": the one helped, whom the parser makes the subject of a bare
    infinitive that is the verb's complement (``helped_subject_verbs``), is the verb's object."""
    if verb.lemma_.lower() not in grammar["helped_subject_verbs"]:
        return []
    return [
        s
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"}
        and c.tag_ == "VB"
        and not any(m.dep_ in {"aux", "mark"} for m in c.children)
        for s in c.children
        # "help its citizens receive aid": whose people are helped is no one named
        if s.dep_ == "nsubj" and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in s.children)
    ]


def _non_grata(verb: Token, person: Token, rule: dict[str, Any]) -> bool:
    """Whether ``person`` is declared persona non grata (the Latin words of ``unwelcome_words``, not a
    mere "unwelcome"), the words hung on the verb or on the person."""
    words = [c for h in (verb, person) for c in h.children] + [c for h in verb.children for c in h.children]
    return any(
        w.lower_ in rule["unwelcome_words"] and w.lower_.startswith(("persona", "grata")) for w in words
    )


def _summons_meeting(verb: Token, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """The summons a meeting with a diplomat is part of ("met the German ambassador after summoning
    him", "received the envoy, whom it had summoned"): a summons of a diplomat in the meeting's own
    clause, which is then the act."""
    if not any(_envoy(o) for o in verb.children if o.dep_ in _OBJECT_DEPS):
        return None
    for child in verb.children:
        inner = [child] if child.dep_ in {"advcl", "conj", "relcl"} else []
        inner += [c for c in child.children if c.dep_ == "pcomp"] if child.dep_ == "prep" else []
        for word in inner:
            found = _summons(word, word.lemma_.lower(), grammar)
            if found is not None:
                return found[0], [verb]
    return None


def summons_meeting_noun(noun: Token) -> bool:
    """Whether ``noun`` is the meeting a summons calls a diplomat to ("summoned X for a meeting with
    Y", "called the ambassador to talks"): the summons is the act, the meeting no CONSULT of its own."""
    prep = noun.head
    verb = prep.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in {"for", "to"}
        and verb.pos_ in {"VERB", "AUX"}
        and _summons(verb, verb.lemma_.lower(), read_grammar()) is not None
    )


def _meeting_joined(verb: Token, lemma: str, lexicon: Lexicon, grammar: dict[str, Any]) -> Token | None:
    """The meeting a verb of taking part takes part in ("participated in the AU summit", "took part in
    the G20 meeting", "joined the ASEAN talks"; ``participation_rule``): a noun the lexicon codes
    CONSULT, as the verb's object or in its phrase ("in"), also on the object "part"."""
    rule = grammar["participation_rule"]
    preps = rule["verbs"].get(lemma)
    if preps is None:
        return None
    heads = [verb]
    if lemma == "take":
        parts = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == rule["take_object"]]
        if not parts:
            return None  # "took the talks seriously": no part taken
        heads += parts
    nouns = [c for c in verb.children if c.dep_ == "dobj" and "" in preps]
    nouns += [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for noun in nouns:
        found = noun_trigger(noun, lexicon)
        if found is not None and found.plover == rule["plover"]:
            return noun
    return None


def _stated_feeling(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """ "Conveyed serious concern to X", "reiterated its alarm at X's ...", "reaffirmed its solidarity
    with X", "expressed appreciation to X": a verb of stating whose object is a noun of disapproval
    accuses whom the feeling is at, over, about or to (ACCUSE), one of approval supports them
    (SUPPORT), whichever verb states it and whatever CAMEO codes the verb with that noun
    (``stance_rule``); a disapproval may also be had ("has concerns about X", ``extra_verbs``)."""
    rule = grammar["stance_rule"]
    extra = {v for kind in rule["types"].values() for v in kind.get("extra_verbs", [])}
    if lemma not in rule["verbs"] and lemma not in extra:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        noun = obj.lemma_.lower()
        for plover, kind in rule["types"].items():
            if lemma not in rule["verbs"] and lemma not in kind.get("extra_verbs", []):
                continue  # "has concerns about X" is a stance, "has the support of X" is X's
            if noun in kind["nouns"] or obj.lower_ in kind["nouns"]:
                target = tuple(kind["targets"])
                trig = Trigger(lemma, "verb", plover, kind["cameo"], kind["mode"], target, False, "rule")
                return trig, [verb, obj]
    return None


def _in_words(trig: Trigger, verb: Token, lemma: str, grammar: dict[str, Any]) -> Trigger:
    """ "Trump blasted China over its trade practices", "Moscow assailed NATO's expansion", "attacked
    the United States in a speech": an attack made in words criticises (ACCUSE,
    ``verbal_attack_rule``); forces, jets or troops (``armed_doers``), or a weapon ("blasted X with
    rockets"), use force."""
    rule = grammar["verbal_attack_rule"]
    if trig.plover != "ASSAULT":
        return trig
    spoken = any(
        o.dep_ == "pobj" and o.lemma_.lower() in rule["occasions"]
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"in", "during"}
        for o in p.children
    )
    if not spoken and lemma not in rule["verbs"]:
        return trig
    if _with_force(verb, grammar):
        return trig
    return replace(trig, plover=rule["plover"], cameo=rule["cameo"], mode=rule["mode"], source="rule")


def _with_force(verb: Token, grammar: dict[str, Any]) -> bool:
    """Whether forces, jets or troops do it (``armed_doers``), or it is done with something ("blasted X
    with rockets"): force, whatever the object."""
    with_something = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return _armed_subject(verb, grammar) or with_something


def _armed_subject(verb: Token, grammar: dict[str, Any]) -> bool:
    """Whether forces, jets or troops (``armed_doers``) are the subject of ``verb``, or one of its
    coordinated subjects ("Indian and Chinese troops clashed")."""
    armed = set(grammar["armed_doers"])
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [c for d in doers for c in d.conjuncts]
    return any(d.lemma_.lower() in armed or d.lower_ in armed for d in doers)


def _crowds(verb: Token, replies: dict[str, Any]) -> bool:
    """Whether a side of a quarrel verb, its subject or its with-phrase, is a crowd: a plural common noun
    or one of ``crowd_nouns`` ("police clashed with protesters over the referendum"), who clash bodily."""
    sides = [c for c in verb.children if c.dep_ == "nsubj"]
    sides += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    sides += [c for d in sides for c in d.conjuncts]
    return any(d.tag_ == "NNS" or d.lemma_.lower() in replies["crowd_nouns"] for d in sides)


def _words_not_force(trig: Trigger, verb: Token, grammar: dict[str, Any]) -> Trigger:
    """ "Ghana shot down Togo's proposal", "killed Algeria's bid", "fought off Cambodia's claim": a violent
    verb whose object is words, a plan or a bid refuses it (REJECT); "attacked India's handling of the
    inquiry", "hammered Uganda's decision": a verb of criticism finds fault with it (ACCUSE;
    ``abstract_object_rule``). "Fired back at Morocco over the migrant crisis": a reply over a grievance
    is made in words (ACCUSE; ``verbal_attack_rule``'s ``replies``), as is "clashed with the EU over
    migration" (``quarrels``: the with-phrase is the other side). Forces or a weapon keep the force."""
    replies = grammar["verbal_attack_rule"]["replies"]
    quarrel = verb.lemma_.lower() in replies["quarrels"] and not _crowds(verb, replies)
    if _armed_subject(verb, grammar) if quarrel else _with_force(verb, grammar):
        return trig
    rule = grammar["abstract_object_rule"]
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [  # "fought off X's claim" with the particle parsed as a preposition
        o
        for p in verb.children
        if p.dep_ == "prep" and p.i == verb.i + 1 and p.lower_ in {"back", "down", "off"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    objects += [  # "fought against X's complaint": what is fought against
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if any(
        (o.lemma_.lower() in rule["nouns"] or o.lower_ in rule["nouns"]) and not _takes_ground(o, verb, rule)
        for o in objects
    ):
        kind = rule["accuse"] if lemma in rule["accuse_verbs"] else rule["reject"]
        return replace(trig, plover=kind["plover"], cameo=kind["cameo"], mode=kind["mode"], source="rule")
    back = any(c.lower_ in replies["adverbs"] and c.dep_ in {"advmod", "prt"} for c in verb.children)
    if not (back or quarrel):
        return trig
    grounds = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in replies["preps"]
        for o in p.children
        if o.dep_ == "pobj"
        and o.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC"}
        and o.lemma_.lower() not in replies["not_grounds"]
        and o.lemma_.lower() not in grammar["place_nouns"]
    ]
    if not grounds:
        return trig
    attack = grammar["verbal_attack_rule"]
    return replace(trig, plover=attack["plover"], cameo=attack["cameo"], mode=attack["mode"], source="rule")


def _fought_back(trig: Trigger, verb: Token, particle: Token, grammar: dict[str, Any]) -> Trigger:
    """ "India is fighting back against Trump's trade policies", "pushed back against the EU's tariffs": a
    violent phrasal verb with "back" against words, a plan or a measure (``abstract_object_rule`` nouns,
    ``measure_nouns``) opposes it in words (ACCUSE of its owner, ``verbal_attack_rule``); forces or a
    weapon keep the force ("troops fought back against the rebels")."""
    if trig.plover != "ASSAULT" or particle.lower_ != "back" or _with_force(verb, grammar):
        return trig
    kinds = set(grammar["abstract_object_rule"]["nouns"]) | set(grammar["measure_nouns"])
    opposed = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in kinds
    ]
    if not opposed:
        return trig
    rule = grammar["verbal_attack_rule"]
    target = ("dobj", "against")
    return replace(
        trig, plover=rule["plover"], cameo=rule["cameo"], mode=rule["mode"], target=target, source="rule"
    )


def _sends_message(verb: Token, lemma: str, grammar: dict[str, Any]) -> bool:
    """Whether a sending verb's object is a message ("sent an invitation / a demarche / a warning to
    X", "a set of proposals"; ``message_rule``), which carries its own act, if any, as a noun."""
    rule = grammar["message_rule"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "sent Moscow a set of proposals": the message counted out is the "of" object
    objects += [o for c in objects if c.lemma_.lower() in rule["counts"] for o in pobjects(c, "of")]
    return lemma in rule["verbs"] and any(o.lemma_.lower() in rule["nouns"] for o in objects)


def _offers_an_act(verb: Token, lemma: str, lexicon: Lexicon, grammar: dict[str, Any]) -> bool:
    """Whether an offering verb's object is an event noun of another type than aid ("offered
    recognition of X", "offered a partnership to X", "the backing (that) X offered Y";
    ``offered_act_rule``): the noun carries the act offered, the bare verb gives nothing."""
    if lemma not in grammar["offered_act_rule"]["verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        objects.append(verb.head)  # "the backing (that) X offered Y": what is offered is the noun
    acts = [noun_trigger(o, lexicon) for o in objects]
    return any(a is not None and a.plover not in {"AID", NO_EVENT} for a in acts)


def _endangers(verb: Token, lemma: str, grammar: dict[str, Any]) -> bool:
    """Whether a verb of threatening has a value for its object ("threaten Vietnam's security", "the
    stability of Moldova", "peace in the strait"; ``endanger_rule``): it endangers, it warns of nothing."""
    rule = grammar["endanger_rule"]
    return lemma in rule["verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rule["values"] for c in verb.children
    )


def _names_object(verb: Token, grammar: dict[str, Any]) -> bool:
    """Whether a naming verb (``naming_verbs``) names its object as something: a complement ("called
    the move provocative", "called the vote a sham" parsed either way), or an apposition right
    after the object with no comma ("called Moscow's referendums a sham"), not "called Putin, the
    Russian president,"."""
    if verb.lemma_.lower() not in grammar["naming_verbs"]:
        return False
    if any(c.dep_ in {"oprd", "acomp"} for c in verb.children):
        return True
    return any(
        a.dep_ == "appos" and a.pos_ == "NOUN" and a.doc[a.left_edge.i - 1].text != ","
        for o in verb.children
        if o.dep_ == "dobj"
        for a in o.children
    )


def _official_protest(trig: Trigger, verb: Token, grammar: dict[str, Any]) -> Trigger:
    """ "Tokyo protested the entry of Chinese ships", "India's foreign ministry protested the map",
    "Foreign Minister X protested to Beijing": a state, organisation, office or named official that
    protests makes an official complaint (ACCUSE, as "lodged a protest"), also of an arrest (CAMEO's
    "protest * arrest" rallies for the prisoner: support); students, thousands or a people
    ("Palestinians protested") demonstrate (``official_protest_rule``)."""
    rule = grammar["official_protest_rule"]
    if trig.plover == rule["plover"] or verb.lemma_.lower() not in rule["verbs"]:
        return trig
    heads = {*rule["heads"], *grammar["office_nouns"], *grammar["institution_heads"]}
    heads |= set(grammar["leader_government_heads"])
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    official = any((d.pos_ == "PROPN" and d.ent_type_ != "NORP") or d.lemma_.lower() in heads for d in doers)
    if not official:
        return trig
    return replace(trig, plover=rule["plover"], cameo=rule["cameo"], mode=rule["mode"], source="rule")


def _vowed_force(verb: Token, lexicon: Lexicon, grammar: dict[str, Any]) -> bool:
    """Whether a verb of promising commits its subject to force, a sanction or a reprisal against
    someone ("vowed to retaliate", "pledged to impose sanctions on X", "promised to take countermeasures
    against X", "vowed to respond firmly"): a threat, not a commitment (``vowed_force_rule``). An act
    done with someone ("vowed to fight terrorism with Pakistan") is cooperation promised."""
    rule = grammar["vowed_force_rule"]
    reprisals = set(grammar["speech"]["retaliation_verbs"]) - set(rule["answer_verbs"])
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        lemma = act.lemma_.lower()
        if any(c.dep_ == "prep" and c.lower_ in {"with", "alongside"} for c in act.children):
            continue
        if lemma in rule["answer_verbs"]:
            if any(c.dep_ == "advmod" and c.lower_ in rule["force_manners"] for c in act.children):
                return True
            continue
        if lemma in reprisals or any(
            c.dep_ == "dobj" and c.lemma_.lower() in rule["reprisal_objects"] for c in act.children
        ):
            return True
        found = verb_trigger(act, lexicon)
        if found is not None and found[0].plover in rule["types"]:
            return True
    return False


def _instrument(trig: Trigger, verb: Token, grammar: dict[str, Any]) -> Trigger:
    """ "Russian banks were targeted by EU sanctions", "measures targeting X", "targeted X with travel
    bans": what an aiming verb hits with decides the act; a measure sanctions (``instrument_rule``), and
    so does a state aiming at the people and holdings sanctions list ("responded by targeting officials,
    lawmakers and businesses"; not "drones targeted officials": a weapon's aim is force)."""
    if trig.plover != "ASSAULT" or verb.lemma_.lower() not in grammar["aiming_verbs"]:
        return trig
    tools = [c for c in verb.children if c.dep_ == "nsubj"]
    tools += [
        o
        for p in verb.children
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in {"by", "with"})
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if verb.dep_ in {"acl", "relcl"}:
        tools.append(verb.head)  # "measures targeting X", "curbs, which target X"
    rule = grammar["instrument_rule"]
    aimed = [c for c in verb.children if c.dep_ == "dobj"]
    aimed += [c for t in aimed for c in t.conjuncts]
    tools += [c for t in tools for c in t.children if c.dep_ == "conj"]
    objects = {t.lemma_.lower() for t in aimed}
    listed = bool(objects) and objects <= set(rule["objects"]) and bool(objects & set(rule["holdings"]))
    forced = any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)
    if not any(t.lemma_.lower() in grammar["measure_nouns"] for t in tools) and (forced or not listed):
        return trig
    return replace(trig, plover=rule["plover"], cameo=rule["cameo"], source="rule")


def _lifted_measure(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """ "Relaxed its curbs on X", "scaled back the restrictions on X", "eased the measures against X",
    "suspended its countermeasures against X": undoing or suspending a measure yields to whom it was aimed
    at (CONCEDE, as "lifted the sanctions on X"), whichever verb of undoing (``lift_verbs``, phrasal ones
    included, and ``pause_verbs``) and whichever word for the measure
    (``measure_nouns``); the target is in the measure's phrase or the verb's (``measure_lift_targets``)."""
    lifts = set(grammar["lift_verbs"]) | set(grammar["pause_verbs"]["verbs"])
    words = [verb]
    if lemma not in lifts:
        particle = _particle(verb)
        if particle is None or f"{lemma} {particle.lower_}" not in lifts:
            return None
        words.append(particle)
    measures = set(grammar["measure_nouns"])
    measure = next(
        (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in measures), None
    )
    if measure is None:
        return None
    rule = grammar["lift_rule"]
    target = ("dobj", *grammar["measure_lift_targets"])
    return Trigger(lemma, "verb", rule["plover"], rule["cameo"], "", target, False, "rule"), [*words, measure]


def _takes_ground(noun: Token, verb: Token, rule: dict[str, Any]) -> bool:
    """Whether an attempt, bid or push (``try_nouns``) is one to take ground: "Russia's attempt to capture
    the town" (``ground_verbs``), "the push toward Kharkiv" or "into the port town" (``ground_preps``, on
    the noun or on the verb it is beaten back by)."""
    if noun.lemma_.lower() not in rule["try_nouns"]:
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() in rule["ground_verbs"] for c in noun.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in rule["ground_preps"] for h in (noun, verb) for c in h.children
    )


def _particle(verb: Token) -> Token | None:
    """The verb's particle, also one parsed as an adverb right after it ("rolled back its embargo")."""
    return next(
        (c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)), None
    )


def _ended_agreement(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """ "Tore up its extradition treaty with Bolivia", "ripped up the deal with X", "renounced its pact
    with X": a verb of ending whose object is an agreement leaves it, a refusal (REJECT) of whom it was
    made with, not the agreement its noun names (``ended_agreement_rule``). Cutting ties ("scrapped
    the deal", ``reduce_verbs``) stays a sanction (``relations/nominal/``)."""
    rule = grammar["ended_agreement_rule"]
    words = [verb]
    if lemma not in rule["verbs"]:
        particle = _particle(verb)
        if particle is None or f"{lemma} {particle.lower_}" not in rule["verbs"]:
            return None
        words.append(particle)
    deal = next(
        (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in rule["nouns"]),
        None,
    )
    if deal is None:
        return None
    target = ("dobj", *rule["targets"])
    return Trigger(lemma, "verb", rule["plover"], rule["cameo"], "", target, False, "rule"), [*words, deal]


def _left_body_noun(noun: Token, grammar: dict[str, Any]) -> Trigger | None:
    """ "Qatar announced its exit from OPEC", "Britain's exit from the European Union", "its departure
    from the Organization of American States": a noun of leaving (``left_body_rule["nouns"]``) whose
    "from" object is an organisation's name, as the verb's object in ``_left_body``, is the guidelines'
    SANCTION of the body left. "The minister's departure from Beijing" (a place) is a trip, no act."""
    rule = grammar["left_body_rule"]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rule["nouns"]:
        return None
    if not any(_body_name(o, rule) for o in pobjects(noun, "from")):
        return None
    return Trigger(noun.lemma_.lower(), "noun", rule["plover"], rule["cameo"], "", ("from",), False, "rule")


def _body_name(token: Token, rule: dict[str, Any]) -> bool:
    """Whether ``token`` heads a name the tagger took for an organisation, of two words or more or an
    initialism, and no building ("the Council of Europe", "OPEC"; not "the White House")."""
    if token.ent_type_ != "ORG" or token.lemma_.lower() in rule["not_heads"]:
        return False
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    words = [t for t in name if t.pos_ == "PROPN"] if name is not None else []
    return len(words) >= 2 or (token.text.isupper() and len(token.text) > 1)


def _left_body(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """ "Russia left the Council of Europe", "Nicaragua quit the Organization of American States",
    "Qatar exited OPEC": leaving an organisation is a SANCTION of it (the guidelines; alt RETREAT), when
    the object is a name the tagger took for an organisation, of two words or more or an initialism
    (``left_body_rule``). "Left Brussels", "left the White House" (a place), "left State House" (a
    building) and "left the Knesset" (one word) are trips, no act."""
    rule = grammar["left_body_rule"]
    if lemma not in rule["verbs"]:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and _body_name(child, rule):
            trigger = Trigger(lemma, "verb", rule["plover"], rule["cameo"], "", ("dobj",), False, "rule")
            return trigger, [verb, child]
    return None


def _refusal(trig: Trigger, verb: Token, grammar: dict[str, Any]) -> Trigger:
    """ "Serbia does not recognize Kosovo", "will no longer accept the court's rulings": recognition or
    acceptance withheld is a refusal (PLOVER REJECT), stated as a fact, not a negated SUPPORT or AGREE
    (``refusal_verbs``). "Has not agreed to the ceasefire" is no refusal: only what is withheld."""
    withheld = COOPERATIVE_TYPES | {"CONCEDE"}
    if trig.plover not in withheld or verb.lemma_.lower() not in grammar["refusal_verbs"]:
        return trig
    words = set(grammar["negation_words"])
    no_longer = any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ in words for g in c.children)
        for c in verb.children
    )
    if not (negated(verb, words) or no_longer):
        return trig
    return replace(trig, plover="REJECT", cameo=grammar["refusal_code"], mode=REFUSAL, source="rule")


def _to_forum(verb: Token, grammar: dict[str, Any]) -> bool:
    """Whether the verb takes its object (no grievance: "take * dispute" is a pattern of its own) before a
    court, a tribunal or the WTO (``forum_rule``): "took Uruguay to the International Court of Justice"."""
    rule = grammar["forum_rule"]
    grievances = set(grammar["grievance_nouns"]["nouns"])
    if not any(c.dep_ == "dobj" and c.lemma_.lower() not in grievances for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in rule["preps"]):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            phrase = " ".join(t.lower_ for t in pobj.subtree)
            if any(re.search(rf"\b{re.escape(w)}\b", phrase) for w in rule["words"]):
                return True
    return False


def _into_custody(verb: Token, grammar: dict[str, Any]) -> bool:
    """Whether the verb puts its object in custody: "ordered X (back) to prison", "into detention",
    "to remain in custody", "remanded X in custody" (``custody_nouns``)."""
    if not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False  # "was sent back to prison by a court": the passive subject is the object
    places = set(grammar["custody_nouns"])
    heads = [verb] + [
        c
        for c in verb.children
        if (c.dep_ == "advmod" and c.lower_ == "back")
        or (c.dep_ == "xcomp" and c.lemma_ in {"remain", "stay"})
    ]
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in places
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"to", "into", "in", "behind"}
        for o in p.children
    )


def _takes_aid(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the object of a verb of receiving is aid the lexicon codes as such ("accepted Chinese
    funding", "accepted humanitarian aid from X"): the giver's act, read from the noun."""
    return any(
        c.dep_ == "dobj" and (found := lexicon.noun(c.lemma_.lower())) is not None and found.plover == "AID"
        for c in verb.children
    )


def _unpartnered(verb: Token, lemma: str, grammar: dict[str, Any]) -> bool:
    """Whether a verb that is cooperation only with a partner names none ("worked hard to pay", "work in
    Qatar", "work as a bridge"; not "worked with X", "working alongside X", "are working together":
    ``partner_rule.verbs``)."""
    rule = grammar["partner_rule"]["verbs"].get(lemma)
    if rule is None:
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ in rule["preps"])
        or (c.dep_ == "advmod" and c.lower_ in rule["adverbs"])
        for c in verb.children
    )


def _looked_forward(verb: Token, trig: Trigger, grammar: dict[str, Any]) -> bool:
    """Whether a cooperative act is what its doer looks forward to ("looks forward to working with X"):
    the intent is the event (the lexicon's "look forward", AGREE), not the act (``partner_rule.forward``)."""
    rule = grammar["partner_rule"]["forward"]
    if trig.plover not in rule["folded"] or verb.dep_ not in {"pcomp", "pobj"}:
        return False
    prep, look = verb.head, verb.head.head
    return (
        prep.lower_ == rule["prep"]
        and look.lemma_.lower() == rule["verb"]
        and any(c.lower_ == rule["adverb"] for c in look.children)
    )


def _forward_to_no_partner(verb: Token, trig: Trigger, grammar: dict[str, Any]) -> bool:
    """Whether "look forward to" names no partner in what it looks forward to: the intent to deepen ties
    is toward the partner of a with/between/alongside phrase there ("to an early resumption of the
    dialogue with India", "to working with X"), not toward whoever else is named ("looks forward to the
    Kenyan-led mission deploying to Haiti", "to India's decision"; ``partner_rule.forward``)."""
    rule = grammar["partner_rule"]["forward"]
    if trig.trigger != f"{rule['verb']} {rule['adverb']}":
        return False
    looked = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == rule["prep"] for t in c.subtree]
    return not any(t.dep_ == "prep" and t.lower_ in rule["partner_preps"] for t in looked)


def _no_visitor(verb: Token, grammar: dict[str, Any]) -> bool:
    """Whether the one who travels is a ship, a plane or a train, or private people (tourists,
    migrants, students, "thousands of refugees", a people by its demonym, "Afghans"), not an actor on
    an official visit."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in {"acl", "relcl"}:
        doers = [verb.head]
    quantities = set(grammar["group_quantity_nouns"])
    doers += [
        o
        for d in doers
        if d.lemma_.lower() in quantities
        for p in d.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    travellers = set(grammar["vehicle_nouns"]) | set(grammar["private_traveller_nouns"])
    return any(d.lemma_.lower() in travellers or _people(d) for d in doers)


def _people(noun: Token) -> bool:
    """ "Venezuelans arrive in Colombia", "thousands of Afghans": a people named by its plural demonym
    alone, no article ("the Americans arrived for talks" may be a delegation)."""
    return (
        noun.tag_ == "NNPS"
        and noun.ent_type_ in {"GPE", "NORP"}
        and not any(c.dep_ in {"det", "compound", "poss"} for c in noun.children)
    )


def _armed(trig: Trigger, verb: Token, grammar: dict[str, Any]) -> Trigger:
    """ "forces backed by Kenyan soldiers", "Russian mercenaries supported the junta": backing given
    by armed forces is military aid (PLOVER AID), not a statement of support."""
    if trig.plover != "SUPPORT":
        return trig
    armed = set(grammar["armed_doers"])
    passive = any(c.dep_ in {"auxpass", "agent"} for c in verb.children) or verb.dep_ == "acl"
    doers = [
        p
        for c in verb.children
        if (c.dep_ == "agent" if passive else c.dep_ in {"nsubj"})
        for p in ([c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"])
    ]
    if any(d.lemma_.lower() in armed or d.lower_ in armed for d in doers):
        return replace(trig, plover="AID", cameo=grammar["armed_support_code"])
    return trig


def out_of_particle(token: Token, verb: Token) -> bool:
    """Whether ``token`` is a verb's particle "out" that the parser made a preposition with "of" under
    it, after the verb's object too ("pulled out of X", "pulled its troops out of X")."""
    return (
        token.head.i == verb.i
        and token.i > verb.i
        and token.dep_ == "prep"
        and token.lower_ == "out"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )
