"""Pressure named as the manner of a clause: "Under U.S. pressure, Mexico deployed troops", "amid
pressure from the EU, Serbia agreed", "despite pressure from Russia, Armenia joined the court", "bowed
to pressure from X": the giver presses the clause's doers (``pressed_clause_rule`` in grammar.json).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.common import DOER_DEPS
from actorgraph.relations.syntax import reduced_relative

__all__ = ["pressed_clause"]

_VERBS = frozenset({"VERB", "AUX"})


def pressed_clause(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The giver's pressure on the doers of the clause a pressure noun is the manner of; ``None``
    where the noun is no such manner phrase (``[]`` where it names no giver or no one pressed)."""
    rule = ctx.grammar["pressed_clause_rule"]
    prep = noun.head
    if (
        noun.lemma_.lower() not in rule["nouns"]
        or noun.dep_ != "pobj"
        or prep.lower_ not in rule["preps"]
        or prep.head.pos_ not in _VERBS
        or prep.head.lemma_ in ctx.under_verbs  # "came under pressure from X": undergone.py
        or prep_objects(noun, ("on", "against"), ctx)[0]
    ):
        return None
    verb = prep.head
    if prep.lower_ == "to" and verb.lemma_.lower() not in rule["yield_verbs"]:
        return None  # "added to pressure", "responded to pressure": no manner
    givers, tokens, _ = prep_objects(noun, ("from", "by"), ctx)
    givers += [a for c in noun.children if c.dep_ in DOER_DEPS for a in np_actors(c, ctx)[0]]
    if not givers:
        return []
    pressed = _pressed(verb, noun, givers, ctx)
    pressed = [p for p in dict.fromkeys(pressed) if p not in givers]
    if not pressed:
        return []
    # the pressure is told as made whatever the clause's mood: "under pressure from X, Y may leave"
    return emit(
        list(dict.fromkeys(givers)),
        pressed,
        trigger,
        [prep, noun, *tokens],
        sent,
        noun,
        ctx,
        doc_date,
        0.55,
        modal=(False, False),
    )


def _pressed(verb: Token, noun: Token, givers: list[str], ctx: Context) -> list[str]:
    """Who the clause says acted: its subjects; a settlement its participle or its passive names ("a
    ceasefire brokered under U.S. pressure", "the truce was agreed under Egyptian pressure") is the
    two sides' of the last fight told."""
    relative = reduced_relative(verb)
    holders = [verb.head] if relative else [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not holders:
        return subjects(verb, ctx)[0]
    named = [a for h in holders for a in np_actors(h, ctx)[0]]
    if named or any(h.pos_ != "NOUN" for h in holders):
        return named
    return ctx.discourse.last_fight_sides(noun, givers)
