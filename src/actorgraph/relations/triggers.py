"""Which lexicon entry a token triggers, and the groups of PLOVER types the rules treat alike."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.relations.lexicon import Lexicon, Trigger

__all__ = ["CCOMP_TYPES", "CONTROL_TYPES", "COOPERATIVE_TYPES", "noun_trigger", "verb_trigger"]

#: Verbal event types whose verb reports the event of its complement ("threatened to attack").
CONTROL_TYPES = {"AGREE", "REJECT", "THREATEN", "REQUEST"}
#: Cooperative types whose noun, halted or cut, makes a sanction.
COOPERATIVE_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
#: Types whose verb can take the event of a "that" clause's subject as target ("demanded that X ...").
CCOMP_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}


def noun_trigger(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """The noun trigger of ``noun``, a two-word compound first ("war games", "military exercises")."""
    lemma = noun.lemma_.lower()
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"} and child.i == noun.i - 1:
            found = lexicon.noun(f"{child.lemma_.lower()} {lemma}")
            if found:
                return found
    return lexicon.noun(lemma) or lexicon.noun(noun.lower_)


def verb_trigger(verb: Token, lexicon: Lexicon) -> tuple[Trigger, list[Token]] | None:
    lemma = verb.lemma_.lower()
    commit = read_grammar()["commit_verbs"].get(lemma)
    if commit and any(c.dep_ == "xcomp" for c in verb.children):
        # "Libya offered to hand over ...": an offer to act is a commitment, not the act.
        return Trigger(lemma, "verb", commit[0], commit[1], "", ("dobj",), False, "rule"), [verb]
    for child in verb.children:
        # "called on Russia to ..." is a phrasal verb; "called Putin on Monday" is not.
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == verb.i + 1):
            trig = lexicon.verb(f"{lemma} {child.lower_}")
            if trig:
                return trig, [verb, child]
    trig = lexicon.verb(lemma)
    return (trig, [verb]) if trig else None
