"""Aid that arrives: "aid from Japan arrived in Tonga", "planes carrying aid from Qatar landed in Kabul",
"ships loaded with aid from Greece arrived in Libya", "a convoy carrying Saudi aid reached Yemen": aid
that names no recipient of its own is for the state where it arrives (``arrival_rule`` in grammar.json).
Such an arrival is the aid's, no visit of its donor (``cargo_arrival``: "Japanese aid arrived in Tonga").
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, np_actors, state_in
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.triggers import noun_trigger

__all__ = ["arrival_targets", "arrival_verb", "cargo_arrival"]


def arrival_verb(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The verb of arrival (``arrival_rule.verbs``) whose subject is the aid ``noun`` or a vehicle
    carrying it: its cargo ("planes carrying aid", "ships loaded with aid", "an aid convoy"), else
    ``None``."""
    rule = ctx.grammar["arrival_rule"]
    if trigger.plover not in rule["types"]:
        return None
    carrier = noun
    head = noun.head
    if noun.dep_ == "dobj" and head.dep_ == "acl" and head.lemma_ in rule["carry_verbs"]:
        carrier = head.head  # "planes [carrying] aid"
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.dep_ == "acl"
        and head.head.lemma_ in rule["carry_verbs"]
    ):
        carrier = head.head.head  # "ships [loaded] with aid"
    elif noun.dep_ == "compound":
        carrier = head  # "an aid convoy"
    if carrier is not noun and carrier.lemma_.lower() not in ctx.grammar["vehicle_nouns"]:
        return None
    verb = carrier.head
    if carrier.dep_ != "nsubj" or verb.lemma_ not in rule["verbs"]:
        return None
    return verb


def arrival_targets(noun: Token, trigger: Trigger, ctx: Context) -> tuple[list[str], list[Token]]:
    """The states where aid arrives (see :func:`arrival_verb`): those its verb's place phrase names,
    "in Kabul", "at Bole airport in Ethiopia", or its object, "reached Yemen"; with the tokens that
    name them."""
    verb = arrival_verb(noun, trigger, ctx)
    if verb is None:
        return [], []
    rule = ctx.grammar["arrival_rule"]
    places = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in rule["place_preps"]
        for o in c.children
        if o.dep_ == "pobj"
    ]
    places += [c for c in verb.children if c.dep_ == "dobj"]
    for place in places:
        found = [a for a in np_actors(place, ctx)[0] if ctx.kind(a) == "country"]
        # "at Bole airport in Ethiopia", "in Kabul": the state named or the one the place lies in
        if not found and (state := state_in(place.subtree, ctx)) is not None:
            found = [state]
        if found:
            return found, [verb]
    return [], []


def cargo_arrival(verb: Token, ctx: Context) -> bool:
    """Whether what ``verb`` says arrives is aid or a vehicle carrying it (see :func:`arrival_verb`),
    not people: "Japanese aid arrived in Tonga" is Japan's aid to Tonga, no visit of Japan's."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    for token in subject.subtree:
        trigger = noun_trigger(token, ctx.lexicon) if token.pos_ == "NOUN" else None
        if trigger is not None and arrival_verb(token, trigger, ctx) == verb:
            return True
    return False
