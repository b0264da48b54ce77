"""Aid that answers a need: "sent aid after the tsunami in Tonga", "delivered supplies amid flooding in
Pakistan", "in the wake of the earthquake in Nepal", "aid for victims of the floods in Libya": aid that
names no recipient is for the state where the need it answers is (``relief_rule`` in grammar.json).
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, state_in
from actorgraph.relations.lexicon import Trigger

__all__ = ["need_places"]


def need_places(
    noun: Token, trigger: Trigger, governing: Token | None, ctx: Context
) -> tuple[list[str], list[Token]]:
    """The state where the need an aid ``noun`` answers lies, read from the noun's phrases and its
    governing verb's: an occasion ("after", "amid", "following", "in the wake of", "in response to")
    or the people it is for ("for victims of") naming a noun of ``need_nouns`` that is placed ("the
    earthquake in Turkey", "the Nepal earthquake"); with the preposition that names it."""
    rule = ctx.grammar["relief_rule"]
    if trigger.plover not in rule["types"]:
        return [], []
    for holder in (noun, governing) if governing is not None else (noun,):
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            for need in _needs(prep, rule):
                if need.lemma_.lower() in rule["need_nouns"]:
                    state = _placed(need, ctx)
                    if state:
                        return [state], [prep]
    return [], []


def _needs(prep: Token, rule: dict[str, list[str]]) -> list[Token]:
    """The nouns an occasion or a beneficiary phrase names: "after [the tsunami]", "in the wake of
    [the earthquake]", "for victims of [the floods]"."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    word = prep.lower_
    if word in rule["occasion_preps"]:
        return objects
    framed = [o for o in objects if word in {"in", "for"} and o.lemma_.lower() in rule["frame_nouns"]]
    return [n for o in framed for p in o.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]


def _placed(need: Token, ctx: Context) -> str | None:
    """The state a need noun is placed in: its "in" phrase ("the earthquake in Turkey", "flooding in
    Sindh") or a modifier ("the Nepal earthquake"); ``None`` where it names none."""
    where = [o for p in need.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    where += [c for c in need.children if c.dep_ in {"compound", "nmod"}]
    return state_in((t for w in where for t in w.subtree), ctx)
