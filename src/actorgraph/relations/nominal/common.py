"""Shared by every family of event-noun readings: whether a noun names an event, a noun's prepositional
objects, the dependencies that name a doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import (
    Context,
)
from actorgraph.relations.triggers import noun_trigger

__all__ = ["DOER_DEPS", "event_noun"]


def event_noun(noun: Token, ctx: Context) -> bool:
    """Whether a noun names an event: a noun trigger, or an act like "the release", "the withdrawal"."""
    lemma = noun.lemma_.lower()
    return bool(noun_trigger(noun, ctx.lexicon) or lemma in ctx.demanded_acts)


DOER_DEPS = {"poss", "amod", "compound", "nmod"}
