"""A harm an accusation charges by a noun: "Lebanon accused Israel of armed aggression", "Kenya accused
Somalia of an incursion into its territory", "Mali was accused by Algeria of drone strikes". The
accused does the act, to whom its own phrases name, else to the accuser (the gerund's reading is in
``extract``, through ``arguments.accusers``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import (
    CHARGED_HARMS,
    Context,
    accusers,
    charging_verb,
    np_actors,
    prep_objects,
    subjects,
)
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger

__all__ = ["charged_reading"]


def charged_reading(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The accused's act on the noun's own target, else on the accuser, where a harm noun with no doer
    of its own (no possessor, no "by") is what an accusation charges; ``None`` otherwise."""
    if trigger.plover not in CHARGED_HARMS or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children
    ):
        return None
    main = charging_verb(noun, ctx)
    if main is None:
        return None
    doers, passive, _ = subjects(main, ctx)
    accused = (
        doers if passive else [a for c in main.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0]]
    )
    if not accused:
        return None
    targets, tokens, _ = prep_objects(noun, tuple(p for p in trigger.preps if p != "by"), ctx)
    victims = [a for a in targets if a not in accused] or [a for a in accusers(noun, ctx) if a not in accused]
    if not victims:
        return None
    return emit(accused, victims, trigger, [noun, *tokens], sent, noun, ctx, doc_date, 0.55)
