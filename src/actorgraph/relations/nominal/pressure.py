"""Pressure or opposition named as the manner of a clause: "Under U.S. pressure, Mexico deployed
troops", "amid pressure from the EU, Serbia agreed", "bowed to pressure from X", "despite objections
from Egypt, Ethiopia began filling the dam", "the agreement met with opposition from Somalia": the
giver presses or refuses the clause's doers (``pressed_clause_rule`` in grammar.json).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.common import DOER_DEPS
from actorgraph.relations.syntax import reduced_relative

__all__ = ["pressed_clause", "pressed_trigger"]

_VERBS = frozenset({"VERB", "AUX"})


def pressed_trigger(noun: Token, ctx: Context) -> Trigger | None:
    """The rule's trigger (REJECT) for a noun of opposition that is the manner of a clause or what its
    subject meets or faces, from a giver it names; ``None`` for any other noun."""
    rule = ctx.grammar["pressed_clause_rule"]
    opposed = rule["opposition"]
    lemma = noun.lemma_.lower()
    if lemma not in opposed["nouns"] or _clause_verb(noun, ctx) is None or not _givers(noun, ctx)[0]:
        return None
    return Trigger(lemma, "noun", opposed["plover"], opposed["cameo"], rule["mode"], ("from",), False, "rule")


def pressed_clause(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The giver's pressure on, or refusal of, the doers of the clause a pressure or opposition noun
    is the manner of; ``None`` where the noun is no such phrase or it names no giver or no one
    pressed."""
    rule = ctx.grammar["pressed_clause_rule"]
    if noun.lemma_.lower() not in [*rule["nouns"], *rule["opposition"]["nouns"]]:
        return None
    verb = _clause_verb(noun, ctx)
    if verb is None:
        return None
    givers, tokens = _givers(noun, ctx)
    pressed = [p for p in dict.fromkeys(_pressed(verb, noun, givers, ctx)) if p not in givers]
    if not givers or not pressed:
        return None  # read as any other noun: "France's proposal met with opposition from Italy"
    # told as made whatever the clause's mood: "under pressure from X, Y may leave"
    return emit(
        givers,
        pressed,
        trigger,
        [noun.head, noun, *tokens],
        sent,
        noun,
        ctx,
        doc_date,
        0.55,
        modal=(False, False),
    )


def _clause_verb(noun: Token, ctx: Context) -> Token | None:
    """The verb of the clause the noun is the manner of ("under/amid/despite/in spite of it", "bowed
    to it"), or, for opposition, that its subject meets or faces ("met with opposition", "faced
    opposition"); not "came under pressure from X" (``undergone``) nor pressure "on" X."""
    rule = ctx.grammar["pressed_clause_rule"]
    if prep_objects(noun, ("on", "against", "to"), ctx)[0]:
        return None
    if noun.lemma_.lower() in rule["opposition"]["nouns"] and (
        (noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "with"))
        and (verb := noun.head if noun.dep_ == "dobj" else noun.head.head).pos_ in _VERBS
        and verb.lemma_.lower() in rule["opposition"]["met_verbs"]
    ):
        return verb
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "spite" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in spite of"
        verb = prep.head
        return verb if verb.pos_ in _VERBS else None
    verb = prep.head
    if prep.lower_ not in rule["preps"] or verb.pos_ not in _VERBS or verb.lemma_ in ctx.under_verbs:
        return None
    if prep.lower_ == "to" and verb.lemma_.lower() not in rule["yield_verbs"]:
        return None  # "added to pressure", "responded to pressure": no manner
    return verb


def _givers(noun: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """The noun's "from"/"by" phrase or its own modifiers ("U.S. pressure", "Chinese objections"; not
    of a noun that also names a political camp, "met with the Venezuelan opposition": ``from_only``)."""
    givers, tokens, _ = prep_objects(noun, ("from", "by"), ctx)
    if noun.lemma_.lower() not in ctx.grammar["pressed_clause_rule"]["opposition"]["from_only"]:
        givers += [a for c in noun.children if c.dep_ in DOER_DEPS for a in np_actors(c, ctx)[0]]
    return list(dict.fromkeys(givers)), tokens


def _pressed(verb: Token, noun: Token, givers: list[str], ctx: Context) -> list[str]:
    """Who the clause says acted: its subjects; a settlement its participle or its passive names ("a
    ceasefire brokered under U.S. pressure", "the truce was agreed under Egyptian pressure") is the
    two sides' of the last fight told, a deal that meets opposition its parties told before."""
    relative = reduced_relative(verb)
    holders = [verb.head] if relative else [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not holders:
        found = subjects(verb, ctx)[0]
        if found:
            return found
        # "the agreement met with opposition from X": the parties of the agreement told
        deals = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        return [a for d in deals for a in ctx.discourse.told_deal_parties(d)]
    named = [a for h in holders for a in np_actors(h, ctx)[0]]
    if named or any(h.pos_ != "NOUN" for h in holders):
        return named
    return ctx.discourse.last_fight_sides(noun, givers)
