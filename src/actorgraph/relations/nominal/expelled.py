"""People expelled "from" or "in" a state: "the expulsion of hundreds of Haitians from the Dominican
Republic", "the deportation of Afghan refugees in Pakistan". The parser hangs the phrase on the people,
where it would name their origin ("migrants from Haiti"); under an expelling noun it names the state
that expels them (``expelled_rule`` in grammar.json)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.discourse.common import state_of
from actorgraph.relations.lexicon import Trigger

__all__ = ["expelled_reading"]


def expelled_reading(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The expelling state's act (the noun's own type) on the people's state, where an expelling noun
    names no doer of its own (no possessor, no "by") and its people carry a "from"/"in" phrase that
    names a state; ``None`` otherwise."""
    rule = ctx.grammar["expelled_rule"]
    if noun.lemma_.lower() not in rule["nouns"] or trigger.plover != rule["plover"]:
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", *rule["preps"]}) for c in noun.children
    ):
        return None  # "Algeria's expulsion of X", "the deportation of X by Y", "expulsion of X from Y"
    carriers = _people(noun)
    if not carriers:
        return None
    people = carriers[-1]
    phrases = [p for c in carriers for p in c.children if p.dep_ == "prep" and p.lower_ in rule["preps"]]
    expellers = [
        a
        for p in phrases
        for o in p.children
        if o.dep_ == "pobj"
        for a in [ctx.actors.actor_at(o)]
        if a is not None and ctx.kind(a) == "country"
    ]
    if not expellers:
        return None
    states = {state_of(ctx, a) for a in expellers}
    expelled = [
        a
        for t in [people, *(c for c in people.children if c.dep_ in {"amod", "compound"})]
        for a in _demonym(t, ctx)
        if state_of(ctx, a) not in states
    ]
    if not expelled:
        return None
    return emit(expellers, expelled[:1], trigger, [noun, *phrases], sent, noun, ctx, doc_date, 0.6)


def _demonym(token: Token, ctx: Context) -> list[str]:
    """The state a people's word names ("Haitians", "Afghan"), not the origin the parser's "from"
    phrase gave its mention; else the mention's actor."""
    form = ctx.actors.gazetteer.lookup(token.text)
    if form is not None and ctx.actors.ensure_actor(form.actor_id):
        return [form.actor_id]
    named = ctx.actors.actor_at(token)
    return [named] if named is not None else []


def _people(noun: Token) -> list[Token]:
    """The noun's "of" object, through a quantity ("hundreds of Haitians", "thousands of migrants"):
    the words that may carry the phrase, the people last; none where the noun has no "of" object."""
    obj = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
    if obj is None or obj.dep_ != "pobj":
        return []
    inner = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
    if inner is not None and inner.dep_ == "pobj" and (obj.like_num or obj.lemma_.lower() in _QUANTITIES):
        return [obj, inner]
    return [obj]


_QUANTITIES = frozenset({"hundred", "thousand", "dozen", "million", "ten", "score", "number", "group"})
