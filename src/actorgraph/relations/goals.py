"""A deal that an effort, a bid or talks aim at: sought, not reached.

"Qatar and Egypt are working with the US in an effort to reach a ceasefire in Gaza", "mediation efforts
to achieve a truce", "in a bid to reach an agreement", "talks toward a deal", "talks towards a security
pact": the ceasefire or the deal is the goal of the effort or of the talks, often between others than
those who seek it; the effort (cooperation) or the talks (CONSULT) are the event, and the goal is no
agreement (AGREE) of theirs, as the guidelines code "negotiations to reach a final peace agreement"
(``sought_goal_rule`` in grammar.json). An effort to repair or deepen ties ("efforts to improve ties
with X") is the intent the guidelines code AGREE, and is no goal here: its verb reaches nothing.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

__all__ = ["sought_goal"]


def _aiming(head: Token, rule: dict[str, Any]) -> bool:
    return head.lemma_.lower() in rule["aiming_heads"] or head.lower_ in rule["aiming_heads"]


def sought_goal(token: Token, grammar: dict[str, Any]) -> bool:
    """Whether ``token`` names a deal only sought: a verb of reaching that an effort, a bid or talks
    take as their aim ("efforts to reach a ceasefire"), or a noun that talks are "toward" ("talks toward
    a deal")."""
    rule = grammar["sought_goal_rule"]
    if token.pos_ in {"VERB", "AUX"}:
        return _sought_verb(token, rule)
    if token.pos_ != "NOUN":
        return False
    while token.dep_ == "conj" and token.head.pos_ == "NOUN":
        token = token.head  # "to reach a ceasefire and [a deal]"
    if token.dep_ == "dobj":
        return _sought_verb(token.head, rule)  # "efforts to reach [a truce]"
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in rule["preps"]
        and _aiming(prep.head, rule)
    )


def _sought_verb(verb: Token, rule: dict[str, Any]) -> bool:
    """Whether ``verb`` reaches what an effort, a bid or talks aim at ("efforts to reach ...")."""
    return (
        verb.lemma_.lower() in rule["verbs"]
        and verb.dep_ in {"acl", "relcl", "xcomp"}
        and _aiming(verb.head, rule)
    )
