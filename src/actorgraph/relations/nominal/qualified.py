"""An agreement or tie noun qualified by an "of" phrase that carries its parties: "the memorandum of
understanding between A and B", "a memorandum of intent between A and B" (the parser hangs the
"between" phrase on the qualifier)."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.ties import _has_between
from actorgraph.relations.triggers import noun_trigger

__all__ = ["qualifier_holder"]


def qualifier_holder(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The qualifier of a symmetric event ``noun`` that has no "between" phrase of its own: the plain
    noun of its "of" phrase (no actor, no event noun of its own) that carries one; else ``None``."""
    if not trigger.symmetric or _has_between(noun):
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.pos_ == "NOUN"
                and _has_between(obj)
                and ctx.actors.actor_at(obj) is None
                and noun_trigger(obj, ctx.lexicon) is None
            ):
                return obj
    return None
