"""Ties and their end: relations the text calls bad, ties cut or ended ("a cut in aid", "ties between X and
Y were cut"), a truce one side declares, a cooperative noun that only names a vehicle's cargo.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from actorgraph.relations.arguments import (
    SUBJECT_DEPS,
    Context,
    governing_verb,
)
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.triggers import COOPERATIVE_TYPES, verb_trigger

__all__: list[str] = []


def _declared_truce(noun: Token, trigger: Trigger, ctx: Context) -> Trigger:
    """A ceasefire two sides hold is their agreement (the noun's AGREE: "a ceasefire between A and B",
    "A's truce with B", "Qatar announced a truce between A and B"); one a side declares, "announced a
    ceasefire with X", "a unilateral truce", de-escalates (RETREAT, ``declared_truce_rule``)."""
    rule = ctx.grammar["declared_truce_rule"]
    if noun.lemma_.lower() not in rule["nouns"]:
        return trigger
    verb = governing_verb(noun)
    declared = (
        verb is not None
        and noun.dep_ == "dobj"
        and verb.lemma_.lower() in rule["verbs"]
        and not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    )
    if declared or any(c.lower_ in rule["modifiers"] for c in noun.children):
        return replace(trigger, plover=rule["plover"], cameo=rule["cameo"])
    return trigger


def _cargo(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether ``noun`` only qualifies a vehicle that a verb acts on ("blocked a Philippine supply boat",
    "intimidated an aid convoy", "buzzed a relief flight"): it names the cargo, and what the clause
    does is done to the vehicle, no aid by its doer nor a cut in aid. A verb of the noun's own kind or
    one that sends the vehicle somewhere keeps it ("sent an aid convoy to Sudan", "dispatched relief
    trucks to Yemen")."""
    vehicle = noun.head
    if noun.dep_ != "compound" or vehicle.lemma_.lower() not in ctx.grammar["vehicle_nouns"]:
        return False
    verb = governing_verb(vehicle)
    if verb is None or any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in verb.children):
        return False
    over = verb_trigger(verb, ctx.lexicon)
    return over is None or over[0].plover != trigger.plover


def _cut_by(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The noun that cuts a cooperative event noun ("a cut in [aid]", "a freeze on military [aid]",
    "a halt to [cooperation]", "[aid] cuts", "put a hold on [funding]", "put [aid] on hold"): a word of
    ``reduce_nouns`` in grammar.json."""
    if trigger.plover not in COOPERATIVE_TYPES:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "of", "on", "to"}:
        prep = noun.head
        while prep.head.dep_ == "pobj" and _amount(prep.head):  # "a hold on $20 million in [aid]"
            prep = prep.head.head
        cut = prep.head
        if cut.pos_ == "VERB" and prep.lower_ in {"on", "in"}:  # "put a hold on [funding]", on the verb
            cut = next((c for c in cut.children if c.dep_ == "dobj"), cut)
    elif noun.dep_ == "dobj":  # "put [aid] to X on hold"
        cut = next(
            (o for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children),
            noun,
        )
        return cut if cut.dep_ == "pobj" and cut.lemma_.lower() == "hold" else None
    elif noun.dep_ == "compound":
        cut = noun.head
    else:
        return None
    return cut if cut.pos_ == "NOUN" and cut.lemma_.lower() in ctx.grammar["reduce_nouns"] else None


#: Words of an amount of money between a cut and what it cuts ("millions of dollars in funding").
_AMOUNTS = frozenset({"million", "billion", "thousand", "dollar", "euro", "pound", "yen", "yuan"})


def _amount(word: Token) -> bool:
    """Whether ``word`` is a sum ("$20 million", "millions of dollars")."""
    return word.pos_ == "NUM" or word.like_num or word.lemma_.lower() in _AMOUNTS


def _ties_cut(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The verb that ends the ties a relation noun names: a participle of it on the noun ("years of
    severed relations between X and Y", "suspended ties with X"), or, with a "between" phrase, its
    object or passive subject cut ("ties between X and Y were cut", "suspended cooperation between X
    and Y"), or its subject ended ("the partnership between X and Y ended"): a word of ``reduce_verbs``
    in grammar.json, for a noun of ``bad_relation_rule`` ("talks between X and Y ended" were held all
    the same)."""
    if (
        trigger.plover not in COOPERATIVE_TYPES
        or noun.lemma_.lower() not in ctx.grammar["bad_relation_rule"]["cut_nouns"]
    ):
        return None
    participle = next(
        (c for c in noun.lefts if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_ in ctx.reduce_verbs), None
    )
    if participle is not None:
        return participle
    if not _has_between(noun):
        return None
    governing = governing_verb(noun)
    if governing is not None and governing.lemma_ in ctx.reduce_verbs and _acted_on(noun, governing):
        return governing
    verb = noun.head
    if (
        noun.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_ in ctx.reduce_verbs
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return verb
    return None


def _has_between(noun: Token) -> bool:
    """Whether ``noun`` has a "between" or "among" phrase of its own."""
    return any(c.dep_ == "prep" and c.lower_ in {"between", "among", "amongst"} for c in noun.children)


def _soured(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether the text says a relation noun's relation is bad ("strained ties", "relations have
    soured", "the relationship remains tense", "ties are at their lowest", "in a deep freeze"): the
    words of ``bad_relation_rule`` in grammar.json on the noun, or on the clause it is the subject of."""
    rule = ctx.grammar["bad_relation_rule"]
    if trigger.plover not in rule["types"] or noun.lemma_.lower() not in rule["nouns"]:
        return False
    words = set(rule["words"])
    said = [c for c in noun.children if c.dep_ in {"amod", "acl"}]
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        said.append(noun.head.head)  # "a freeze in relations between X and Y"
    if noun.dep_ in SUBJECT_DEPS:
        verb = noun.head
        said.append(verb)
        for c in verb.children:
            if c.dep_ in {"acomp", "attr", "oprd"}:
                said.append(c)
            elif c.dep_ == "prep":
                said.extend(o for o in c.children if o.dep_ == "pobj")
        said.extend(m for t in list(said) for m in t.children if m.dep_ == "amod")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in said)


def _acted_on(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is in what ``verb`` acts on, its object or passive subject ("halted aid",
    "halted the delivery of aid", "talks were suspended"), not a phrase of the verb's own ("with
    the help of X", "after talks with X")."""
    node = noun
    while node.head.i != verb.i and node.head.i != node.i:
        if node.dep_ not in {"conj", "compound", "appos", "pobj", "prep", "amod", "nmod"}:
            return False
        if node.dep_ == "prep" and node.head.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return node.dep_ in {"dobj", "nsubjpass", "dative", "attr", "oprd"}
