"""A visitor welcomed, greeted or received: the host meets the visitor.

"Erdogan welcomed Hungarian Prime Minister Viktor Orban in Ankara", "the delegation was greeted by
Nigerian officials", "Sisi received the Jordanian foreign minister": what is welcomed is a person or a
delegation, so the host holds a visit (CAMEO 043, PLOVER CONSULT: the guidelines' visit), not praise
(SUPPORT). A decision, a proposal or a move welcomed stays approval, and a state welcomed "as" a member
or "into" a body is no visitor (``visit_rule`` in grammar.json).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from actorgraph.relations.lexicon import Trigger

__all__ = ["hosted_visit", "visit_sides"]

#: CAMEO's code of a visit hosted: its source is the host, its target the visitor.
HOSTED = "043"


def _visitor(token: Token, rule: dict[str, Any]) -> bool:
    """Whether ``token`` names a person or a delegation: a person's name or a personal pronoun ("he was
    welcomed by ..."), or an office or a word of visiting people ("the Jordanian foreign minister", "the
    Ghanaian delegation", "the President")."""
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in rule["visitor_pronouns"]
    return token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in rule["visitor_nouns"]


def hosted_visit(verb: Token, lemma: str, grammar: dict[str, Any]) -> tuple[Trigger, list[Token]] | None:
    """The host's CONSULT where ``verb`` welcomes, greets or receives a visitor (its object, or the
    subject of its passive); None where what it takes is no visitor."""
    rule = grammar["visit_rule"]
    if lemma not in rule["verbs"]:
        return None
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not taken or not all(_visitor(t, rule) for t in taken):
        return None
    if any(c.dep_ in {"prep", "advmod", "prt"} and c.lower_ in rule["not_preps"] for c in verb.children):
        return None  # "welcomed Finland as its 31st member", "welcomed X back into the bloc"
    trig = Trigger(lemma, "verb", rule["plover"], rule["cameo"], rule["mode"], ("dobj",), False, "rule")
    return trig, [verb]


def visit_sides(trigger: Trigger, source: str, target: str) -> tuple[str, str]:
    """(visitor, visited) of a relation found: a hosted visit (CAMEO 043: "X welcomed Y", "X hosted Y")
    is Y's visit to X, so that "the visit" told later is the visitor's; any other stays (source, target)."""
    if trigger.cameo == HOSTED and target:
        return target, source
    return source, target
