"""Expected compliance: "Kenya expects Somalia to honour the accord", "we want Serbia to respect the
ceasefire". Expecting or wanting another to comply asks it to (``expectation_rule`` in grammar.json:
REQUEST, whom it asks the infinitive clause's subject, as any request's that-clause subject); what
another is expected to do that is no compliance, "expects China to retaliate", "wanted his
counterpart to win", is a forecast or a wish, and a denied or passive expectation ("does not expect",
"is expected to visit") asks no one."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.syntax import negated

__all__ = ["expected_compliance"]


def expected_compliance(
    verb: Token, lemma: str, grammar: dict[str, Any]
) -> tuple[Trigger, list[Token]] | None:
    """The request ``verb`` makes where it expects or wants someone else to comply, else ``None``."""
    rule = grammar["expectation_rule"]
    if lemma not in rule["verbs"] or verb.pos_ != "VERB" or negated(verb, set(grammar["negation_words"])):
        return None
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None  # "is expected to honour the deal": a forecast of the subject's own act
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
        if clause.lemma_.lower() not in rule["compliance"]:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue  # "expects that Somalia will honour ...": a forecast, however worded
        doer = [c for c in clause.children if c.dep_ == "nsubj"] or (
            objects if clause.dep_ == "xcomp" else []
        )
        if doer and all(d.lower_ != "it" for d in doer):
            trig = Trigger(lemma, "verb", rule["plover"], rule["cameo"], "", ("dobj",), False, "rule")
            return trig, [verb]
    return None
