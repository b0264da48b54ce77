"""Whom a participial adjunct of demand, accusation or threat addresses when it names no one.

"Beijing summoned the Japanese ambassador, demanding an apology", "The US imposed sanctions on
Venezuelan officials, demanding free elections", "X ordered tariffs on Colombian goods, claiming ...":
the adjunct (a present participle after a comma, with no subject of its own) tells why or to what end
the act it qualifies was done, and its demand or charge is made of whom that act was done to: the
act's object or its object's phrase ("sanctions on X"), never where it took place or when. Only when
the qualified verb is itself a hostile act (a trigger of a conflict quad class: "summoned",
"sanctioned", "condemned") in the active voice, and only for verbs that are of the ``types`` of
``adjunct_target_rule`` in ``data/grammar.json`` by themselves ("demanding", "alleging"; not
"escalating a dispute", which a phrase pattern makes an accusation).
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, np_actors
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.syntax import is_passive, own_subject
from actorgraph.relations.triggers import verb_trigger

__all__ = ["adjunct_speech", "adjunct_targets"]

#: The first quad class of conflict (3 verbal, 4 material; 1 and 2 are cooperation).
_CONFLICT = 3


def adjunct_speech(trigger: Trigger, ctx: Context) -> bool:
    """Whether ``trigger`` is a verb of demand, accusation or threat by itself, the kind an adjunct addresses
    ("demanding", "alleging", "calling for"; not a verb a phrase makes one, "escalating a dispute",
    nor a bare CAMEO code)."""
    own = ctx.lexicon.verb(trigger.trigger)
    return (
        trigger.plover in ctx.adjunct_types
        and own is not None
        and not own.fallback
        and own.plover == trigger.plover
    )


def _qualified_act(verb: Token, ctx: Context) -> Token | None:
    """The active hostile act a comma-set participial adjunct qualifies, if ``verb`` is one."""
    head = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or head.i == verb.i
        or head.i > verb.i
        or verb.i == 0
        or verb.nbor(-1).text != ","
        or own_subject(verb)
        or head.pos_ not in {"VERB", "AUX"}
        or is_passive(head)
    ):
        return None
    found = verb_trigger(head, ctx.lexicon)
    info = ctx.lexicon.types.get(found[0].plover) if found is not None else None
    # a demand that goes with a meeting or a gift ("met X, calling for a ceasefire") asks the fight's sides
    return head if info is not None and info.quad_class >= _CONFLICT else None


def adjunct_targets(verb: Token, sources: list[str], ctx: Context) -> list[str]:
    """Whom the act qualified by the adjunct ``verb`` was done to: its objects and their phrases and its
    own prepositional objects, save places and times ("met in Nairobi, demanding ...": no one)."""
    act = _qualified_act(verb, ctx)
    if act is None:
        return []
    skip = ctx.place_preps | set(ctx.grammar["time_preps"]["preps"])
    found: list[str] = []
    for child in act.children:
        if child.dep_ in {"dobj", "dative"}:
            found.extend(np_actors(child, ctx)[0])
            phrases = [p for p in child.children if p.dep_ == "prep" and p.lower_ not in skip]
        elif child.dep_ == "prep" and child.lower_ not in skip:
            phrases = [child]
        else:
            continue
        found.extend(a for p in phrases for o in p.children if o.dep_ == "pobj" for a in np_actors(o, ctx)[0])
    return [a for a in dict.fromkeys(found) if a not in sources]
