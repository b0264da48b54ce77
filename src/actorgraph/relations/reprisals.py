"""Trade disputes and reprisals held in hand: verbs whose object decides the act.

* A dispute taken to a forum (``dispute_rule``): "launched a dispute with the WTO", "will launch a
  dispute against X at the WTO", "filed a WTO case against X" ask the forum to rule (REQUEST the forum).
* A reprisal readied, vowed or held back (``reprisal_rule``): "readied a response", "prepared
  countermeasures", "vowed swift duties on X", "is holding further sanctions in reserve", "retaining
  its right to take further action" threaten (THREATEN): the reprisal is in hand, not yet taken.
* The need for an act stressed (``need_rule``): "stressed the need for X to withdraw", "underscored
  the need for a ceasefire" ask for it (REQUEST), of whoever is to act.
* An insistence that states a fact (``insist_rule``): "insists it is committed to peace", "insisted
  that its forces had acted in self-defence" assert, and ask nothing; "insisted that Y withdraw",
  "insists Y must halt the arrests" and "insisted on Y's withdrawal" still ask.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from actorgraph.relations.lexicon import Trigger

__all__ = ["asserted_insistence", "disputed", "reprisal_held", "stressed_need"]


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]


def _object_named(verb: Token, lemma: str, rule: dict[str, Any]) -> Token | None:
    """The verb's object among the rule's ``nouns``, for one of the rule's ``verbs``."""
    if lemma not in rule["verbs"]:
        return None
    return next((o for o in _objects(verb) if o.lemma_.lower() in rule["nouns"]), None)


def _names_forum(tokens: list[Token], words: list[str]) -> bool:
    phrase = " ".join(t.lower_ for t in tokens)
    return any(re.search(rf"\b{re.escape(w)}\b", phrase) for w in words)


def disputed(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """A dispute, case or challenge launched, filed or lodged with a forum (``dispute_rule``) asks the
    forum to rule (REQUEST): the forum in a phrase of the verb or the case ("a dispute with the WTO",
    "a dispute against X at the World Trade Organization"), or named on the case ("a WTO challenge",
    "filed a WTO case against X"). Whom the case is against is not the one asked."""
    rule = grammar["dispute_rule"]
    case = _object_named(verb, lemma, rule)
    if case is None:
        return None
    words = rule["forum_words"]
    target: tuple[str, ...] = ()
    for head in (verb, case):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in rule["forum_preps"]):
            if _names_forum(list(prep.subtree), words):
                target = tuple(rule["forum_preps"])
    modifiers = [t for c in case.children if c.dep_ in {"compound", "amod", "nmod"} for t in c.subtree]
    if not target and _names_forum(modifiers, words):
        target = ("dobj",)  # "a WTO case": the case's modifier names the forum
    if not target:
        return None
    return Trigger(lemma, "verb", rule["plover"], rule["cameo"], "", target, False, "rule"), [verb, case]


def _reprisal(noun: Token, rule: dict[str, Any]) -> bool:
    """Whether ``noun`` names a reprisal: a noun of its own ("countermeasures", "a response"), or a
    measure called retaliatory ("retaliatory tariffs")."""
    lemma = noun.lemma_.lower()
    if lemma in rule["reprisals"]:
        return True
    return lemma in rule["measures"] and any(
        c.dep_ in {"amod", "compound"} and c.lemma_.lower() in rule["reprisal_modifiers"]
        for c in noun.children
    )


def reprisal_held(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """A reprisal readied, vowed or kept in hand (``reprisal_rule``): "readied a response", "drew up
    countermeasures" (``ready_verbs``); "vowed swift duties on X", "pledged retaliatory sanctions
    against X" (``vow_verbs`` with a reprisal or one of ``vowed_measures``); "holding further sanctions
    in reserve" (``hold_verbs`` with "in reserve"); "retaining its right to take further action"
    (``right_verbs`` with a right to act). A threat: the act is prepared, not done."""
    rule = grammar["reprisal_rule"]
    objects = _objects(verb)
    words: list[Token] = []
    if lemma in rule["ready_verbs"]:
        words = [o for o in objects if _reprisal(o, rule)]
    elif lemma in rule["vow_verbs"]:
        words = [
            o
            for o in objects
            if (_reprisal(o, rule) and o.lemma_.lower() != "response")
            or o.lemma_.lower() in rule["vowed_measures"]
        ]
    elif lemma in rule["hold_verbs"]:
        kept = any(
            p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() == "reserve" for o in p.children)
            for h in (verb, *objects)
            for p in h.children
        )
        words = [o for o in objects if kept and (_reprisal(o, rule) or o.lemma_.lower() in rule["measures"])]
    elif lemma in rule["right_verbs"]:
        words = [
            o
            for o in objects
            if o.lemma_.lower() == "right"
            and any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in rule["act_verbs"] for c in o.children)
        ]
    if not words:
        return None
    trig = Trigger(lemma, "verb", rule["plover"], rule["cameo"], "", ("dobj", "against", "on"), False, "rule")
    return trig, [verb, *words]


def stressed_need(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """ "Stressed the need for X to withdraw", "emphasised the need to end the fighting": the need for
    an act, stressed, asks for it (``need_rule``: REQUEST); whoever is to act is found as for any
    request."""
    rule = grammar["need_rule"]
    need = _object_named(verb, lemma, rule)
    if need is None:
        return None
    return Trigger(lemma, "verb", rule["plover"], rule["cameo"], "", ("dobj",), False, "rule"), [verb, need]


def asserted_insistence(verb: Token, lemma: str, grammar: dict[str, Any]) -> bool:
    """Whether a verb of insisting (``insist_rule``) states a fact rather than asks: every clause it
    takes is in a tense of its own ("insists it is committed to peace", "insisted that it was
    targeting only terrorists", "insists it will keep buying gas"), not a demand ("insisted that
    Israel allow aid in": the bare verb; "insists Kosovo must halt the arrests": a modal of obligation;
    "has to leave"). With no clause ("insisted on Ethiopia's withdrawal") it asks, as before."""
    rule = grammar["insist_rule"]
    if lemma not in rule["verbs"]:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_states_fact(c, rule) for c in clauses)


def _states_fact(clause: Token, rule: dict[str, Any]) -> bool:
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() in rule["demand_modals"] for a in auxiliaries):
        return False  # "insists Kosovo must halt the arrests"
    if clause.lemma_.lower() in rule["demand_verbs"] and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "insisted that Serbia has to withdraw"
    finite = set(rule["finite_tags"])
    return clause.tag_ in finite or any(a.tag_ in finite | {"MD", "VBP"} for a in auxiliaries)
