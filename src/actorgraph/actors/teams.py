"""A delegation and the people the text says make it up or lead it.

"The Peruvian delegation includes A and B", "is composed of A and B", "consists of", "is made up of",
"was led by A", and "a delegation, headed by A, met Y": the people named so serve the delegation's
state (``groups``) and take part in its meeting (``relations``), as does the subject of "A led the
Kenyan delegation" (``leading_verb``, read by ``relations`` only). The words are ``delegation_rule``'s
in ``data/grammar.json``.
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Token

from actorgraph.actors.gazetteer import read_grammar

__all__ = [
    "delegation_nouns",
    "leading_names",
    "leading_verb",
    "leading_verbs",
    "member_verb",
    "sending_verbs",
    "team_of",
]

#: Dependencies of a delegation that is the subject of its verb.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@functools.cache
def _rule() -> dict[str, Any]:
    rule: dict[str, Any] = read_grammar()["delegation_rule"]
    return rule


def delegation_nouns() -> frozenset[str]:
    """The nouns of a delegation ("delegation", "entourage")."""
    return frozenset(_rule()["nouns"])


def leading_verbs() -> frozenset[str]:
    """The verbs that lead a delegation ("lead", "head")."""
    return frozenset(_rule()["leading_verbs"])


def sending_verbs() -> frozenset[str]:
    """The verbs by which a state sends its official ("send", "dispatch", "delegate")."""
    return frozenset(_rule()["sending_verbs"])


def _named(phrase: Token) -> list[Token]:
    """The heads of the names a prepositional phrase holds, with their conjuncts ("by A and B")."""
    out: list[Token] = []
    for obj in (c for c in phrase.children if c.dep_ == "pobj"):
        out.append(obj)
        out.extend(obj.conjuncts)
    return out


def _members_phrase(verb: Token) -> Token | None:
    """The phrase of ``verb`` that names a delegation's members or leaders: "by" after a leading verb
    ("was led by A"), "of" after a composing one ("is composed of", "consists of", "made up of")."""
    rule = _rule()
    lemma = verb.lemma_.lower()
    if lemma in rule["leading_verbs"] and verb.tag_ == "VBN":
        return next((c for c in verb.children if c.dep_ == "agent"), None)
    if lemma in rule["composing_verbs"]:
        if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return None  # "made a proposal of": no make-up
        return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None


def member_verb(noun: Token) -> Token | None:
    """The verb that names the members of the delegation ``noun`` is the subject of ("the delegation
    includes / is composed of / was led by ..."), else ``None``."""
    rule = _rule()
    if noun.lemma_.lower() not in rule["nouns"] or noun.dep_ not in _SUBJECTS:
        return None
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in rule["verbs"]:
        return verb
    return verb if _members_phrase(verb) is not None else None


def leading_verb(noun: Token) -> Token | None:
    """The verb whose subject leads the delegation ``noun`` is the object of: "X led the Ghanaian
    delegation", "X, who heads the Kenyan delegation", "X will lead the Bangladesh delegation in the
    meeting"; ``None`` for any other (a passive, "was led by", is :func:`member_verb`'s)."""
    rule = _rule()
    if noun.lemma_.lower() not in rule["nouns"] or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in rule["leading_verbs"] or verb.pos_ != "VERB":
        return None
    return None if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) else verb


def leading_names(noun: Token) -> list[Token]:
    """The names a participle on the delegation ``noun`` says lead it: "a delegation, led by A, ...",
    "a delegation headed by A and B"."""
    if noun.lemma_.lower() not in _rule()["nouns"]:
        return []
    return [
        name
        for verb in noun.children
        if verb.dep_ == "acl"
        and verb.lemma_.lower() in _rule()["leading_verbs"]
        and (phrase := _members_phrase(verb)) is not None
        for name in _named(phrase)
    ]


def team_of(name: Token, teams: frozenset[str]) -> Token | None:
    """The noun of ``teams`` (or a delegation) whose leaders or make-up ``name`` is named in: "was led
    by A", "is composed of A and B", "a delegation, headed by A, ..." (up the list to the phrase)."""
    node = name
    while node.head.i != node.i and (
        node.dep_ in {"conj", "appos"}
        or (node.dep_ == "nmod" and node.ent_type_ == node.head.ent_type_ == "PERSON")
    ):
        node = node.head  # "A and B", "A, B", or "[A] and Defense Minister B" parsed as a modifier of B
    if node.dep_ != "pobj":
        return None
    verb = node.head.head
    phrase = _members_phrase(verb)
    if phrase is None or phrase.i != node.head.i:
        return None
    noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if noun is None or noun.lemma_.lower() not in teams | set(_rule()["nouns"]):
        return None
    return noun
