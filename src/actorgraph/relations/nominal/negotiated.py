"""Negotiations that name no party of their own and that an agreement came out of, or that are on an
agreement: "the pact between A and B is the result of months of negotiations", "the A-B deal was
concluded after years of talks", "A and B signed an accord. The signing was made possible after years
of talks", "talks on the agreement had been under way since March" (the agreement's parties hold them).
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects
from actorgraph.relations.auspices import meeting_noun
from actorgraph.relations.discourse.common import DEFINITE, MEMORY_SENTENCES, sentence_index
from actorgraph.relations.nominal.common import DOER_DEPS
from actorgraph.relations.syntax import pobjects
from actorgraph.relations.triggers import noun_trigger

__all__ = ["negotiated_parties"]

_BETWEEN = ("between", "among", "amongst")
#: Phrases of a meeting noun that name a party of its own.
_OWN_PREPS = ("between", "among", "amongst", "with", "by")
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def negotiated_parties(noun: Token, ctx: Context) -> list[str]:
    """The parties of the agreement that the meeting noun ``noun`` (talks, negotiations) is on or that
    came out of it, when the noun names no party of its own (``negotiated_rule`` in grammar.json);
    none elsewhere."""
    if not meeting_noun(noun, ctx) or _own_party(noun, ctx):
        return []
    deal = _topic_agreement(noun, ctx) or _resulting_agreement(noun, ctx)
    return _parties(deal, ctx) if deal is not None else []


def _own_party(noun: Token, ctx: Context) -> bool:
    """Whether the meeting noun names a party of its own: a possessor, a demonym or a name before it, a
    "between", "with" or "by" phrase."""
    if any(np_actors(c, ctx)[0] for c in noun.children if c.dep_ in DOER_DEPS):
        return True
    return bool(prep_objects(noun, _OWN_PREPS, ctx)[0])


def _agreement(token: Token, ctx: Context) -> bool:
    found = noun_trigger(token, ctx.lexicon) if token.pos_ == "NOUN" else None
    return found is not None and found.plover == "AGREE"


def _topic_agreement(noun: Token, ctx: Context) -> Token | None:
    """The agreement the talks are on: "talks on the agreement", "negotiations over a trade deal"."""
    for prep in ctx.grammar["negotiated_rule"]["topic_preps"]:
        for obj in pobjects(noun, prep):
            if _agreement(obj, ctx):
                return obj
    return None


def _resulting_agreement(noun: Token, ctx: Context) -> Token | None:
    """The agreement (or its signing) that is the subject of the clause the negotiations are the cause
    of: an "after"/"following" phrase on its verb ("was concluded after years of talks"), the object or
    "from" phrase of a verb of resulting ("results from weeks of negotiations", "follows years of
    talks") or the "of" phrase of a result noun after its copula ("is the result of months of
    negotiations")."""
    rule = ctx.grammar["negotiated_rule"]
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        # "months of negotiations", "the result of [three years of] negotiations"
        node = node.head.head
        if node.lemma_.lower() in rule["result_nouns"]:
            break
    head = node.head.head if node.dep_ == "pobj" else node.head
    if node.dep_ == "pobj" and node.head.lower_ in rule["after_preps"] and head.pos_ in _VERBS:
        if any(c.dep_ == "npadvmod" and c.i < node.head.i for c in (*node.head.children, *head.children)):
            return None  # "the deal comes weeks after talks in X": another event, told as a date
        verb = head
    elif (
        (node.dep_ == "dobj" or (node.dep_ == "pobj" and node.head.lower_ == "from"))
        and head.pos_ in _VERBS
        and head.tag_ != "VBG"  # "announced the deal following talks": a preposition, not the deal's verb
        and head.lemma_.lower() in rule["result_verbs"]
    ):
        verb = head  # "the agreement results from weeks of negotiations", "the deal follows years of talks"
    elif node.lemma_.lower() in rule["result_nouns"] and node.dep_ == "attr" and node.head.pos_ in _VERBS:
        verb = node.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if subject.lemma_.lower() in rule["signing_nouns"]:
        # "the signing of the accord", "the signing" (of the agreement the story told)
        signed = [o for o in pobjects(subject, "of") if _agreement(o, ctx)]
        return signed[0] if signed else subject
    return subject if _agreement(subject, ctx) else None


def _parties(deal: Token, ctx: Context) -> list[str]:
    """The parties of an agreement: its "between" phrase, else the actors its modifiers name ("the
    EU-India trade deal"), else, for a definite one, those of the last agreement the story told."""
    between = prep_objects(deal, _BETWEEN, ctx)[0]
    if len(between) > 1:
        return between
    named = list(dict.fromkeys(a for c in deal.lefts if c.dep_ in DOER_DEPS for a in np_actors(c, ctx)[0]))
    if len(named) > 1:
        return named
    if named or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in deal.children):
        return []
    here = sentence_index(ctx, deal.i)
    for act in reversed(ctx.discourse.events.acts):
        if here - act.sentence > MEMORY_SENTENCES:
            break
        if act.sentence < here and act.type == "AGREE" and act.target:
            return [act.source, act.target]
    return []
