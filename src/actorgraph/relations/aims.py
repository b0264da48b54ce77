"""An event the subject stresses or seeks: a call for it (``aim_rule``, REQUEST).

"stressed the importance of reaching an agreement", "insisted on the need to return to dialogue",
"underscored the significance of talks", "sought to revive negotiations", "is seeking talks": the
verb of emphasis or of seeking, through the importance or the need of it when there is one, reaches a
settling event (a deal, a truce or talks: ``event_types`` of the lexicon, or a noun of talks or of
a truce of ``stop_calls``; seeking reaches talks and truces only, "seeking to finalize a deal" is
the deal's own business) that names no partner of its own ("a deal with Romania" is read as the
noun's own event, the intent to agree). The call is made to both sides of the story's fight or
dispute (``Events.fight_sides``), else to the other side of the story (``Events.story_counterpart``),
never to what the event is on or over. A need the verb takes as its object ("stressed the need to
reach a truce") stays with ``need_rule`` (relations/reprisals.py), whose target is the nearest actor.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from actorgraph.relations.lexicon import Lexicon, Trigger

__all__ = ["AIM", "aimed_events", "aimed_request"]

#: The mode of a call made by aiming: its targets are the story's sides, never the nearest actor
#: (what the deal is on or over is no one asked: "an agreement on the GERD", "talks over the Falklands").
AIM = "aim"


def _weight(verb: Token, rule: dict[str, Any], nouns: set[str]) -> list[Token]:
    """The importance or need a verb of emphasis takes ("stressed the importance", "insisted on the
    need")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in rule["weight_preps"]
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [n for n in found if n.lemma_.lower() in nouns]


def _reached(node: Token) -> list[Token]:
    """What a verb of the chain acts on ("reaching [an agreement]", "return to [dialogue]"), else
    the nouns a noun of it takes by "of", "for" or "to" ("the need for [a ceasefire]")."""
    out: list[Token] = []
    for child in node.children:
        if child.dep_ == "dobj":
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"of", "for", "to"}:
            for o in child.children:
                if o.dep_ == "pobj":
                    out.append(o)
                elif o.dep_ == "pcomp" and o.pos_ == "VERB":
                    out.extend(_reached(o))  # "the importance of reaching a deal"
        elif child.dep_ in {"acl", "xcomp"} and child.pos_ == "VERB":
            out.extend(_reached(child))  # "the need to return to talks", "sought to revive talks"
    return [c for n in out for c in (n, *n.conjuncts)]


def aimed_events(verb: Token, grammar: dict[str, Any], lexicon: Lexicon) -> list[Token]:
    """The settling events a verb of emphasis or of seeking aims at (empty for any other verb)."""
    rule = grammar["aim_rule"]
    lemma = verb.lemma_.lower()
    stop = grammar["stop_calls"]
    talks = set(stop["talk_nouns"]) | set(stop["truce_nouns"])
    if lemma in grammar["need_rule"]["verbs"]:
        nouns = set(rule["weight_nouns"]) | set(grammar["need_rule"]["nouns"])
        heads = _weight(verb, rule, nouns)
        types = set(rule["event_types"])
    elif lemma in rule["seek_verbs"]:
        heads = [verb]
        types = set()
    else:
        return []
    reached = [e for h in heads for e in _reached(h)]
    resume = set(stop["resume_nouns"])
    # "the importance of a return to dialogue": the talks the return is to
    reached += [e for n in reached if n.lemma_.lower() in resume for e in _reached(n)]
    events = []
    for node in reached:
        word = node.lemma_.lower()
        entry = lexicon.noun(word) or lexicon.noun(node.lower_)
        if node.pos_ == "NOUN" and (
            word in talks or node.lower_ in talks or (entry is not None and entry.plover in types)
        ):
            events.append(node)
    return events


def _partnered(event: Token, rule: dict[str, Any]) -> bool:
    """Whether the event names its own partner by one of ``partner_preps``, on itself or on the verb
    that reaches it ("reaching a deal [with Romania]", "talks [between A and B]"): then it is read as
    itself (the intent to agree with the partner), not as a call."""
    holders = [event, event.head] if event.dep_ == "dobj" and event.head.pos_ == "VERB" else [event]
    return any(
        c.dep_ == "prep" and c.lower_ in rule["partner_preps"] and any(o.dep_ == "pobj" for o in c.children)
        for h in holders
        for c in h.children
    )


def aimed_request(
    verb: Token, lemma: str, grammar: dict[str, Any], lexicon: Lexicon
) -> tuple[Trigger, list[Token]] | None:
    """The request a verb of emphasis or of seeking makes for the settling event it aims at: the
    importance, the need or the event itself are the call's words; whom it asks, the story's sides
    (``relations.extract``, mode :data:`AIM`). ``None`` where the event names its own partner."""
    events = aimed_events(verb, grammar, lexicon)
    rule = grammar["aim_rule"]
    if not events or any(_partnered(e, rule) for e in events):
        return None
    words = [
        t
        for t in verb.children
        if t.dep_ in {"dobj", "xcomp"} or (t.dep_ == "prep" and t.lower_ in rule["weight_preps"])
    ]
    trigger = Trigger(lemma, "verb", rule["plover"], rule["cameo"], AIM, ("dobj",), False, "rule")
    return trigger, [verb, *words[:1]]
