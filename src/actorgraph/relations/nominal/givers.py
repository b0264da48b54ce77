"""Givers' nouns that describe an actor: "Norway, Somalia's biggest donor", "China is Kenya's largest
lender", "Its largest creditors are A and B", "Turkey, Azerbaijan's main backer", "Azerbaijan's main
backer, Turkey": the actor described gives to the noun's possessor or to its "to"/"of" object
(``giver_rule`` in grammar.json)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger

__all__ = ["given_reading", "giver_trigger"]


def giver_trigger(noun: Token, ctx: Context) -> Trigger | None:
    """The rule's trigger for a noun of ``giver_rule`` that describes an actor and names whom it gives
    to; ``None`` for any other noun ("Zambia's creditors met in Paris": no one described)."""
    rule = ctx.grammar["giver_rule"]
    lemma = noun.lemma_.lower()
    entry = rule["nouns"].get(lemma)
    if entry is None or noun.pos_ != "NOUN" or _given(noun, ctx) is None:
        return None
    plover, cameo = entry
    return Trigger(lemma, "noun", plover, cameo, rule["mode"], tuple(rule["preps"]), False, "rule")


def given_reading(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """The described actor's act (the trigger's type) on whom the noun names it gives to."""
    given = _given(noun, ctx)
    if given is None:
        return []
    givers, receivers, anchor = given
    return emit(givers, receivers, trigger, [noun], sent, anchor, ctx, doc_date, 0.6)


def _given(noun: Token, ctx: Context) -> tuple[list[str], list[str], Token] | None:
    """(givers, receivers, the clause's anchor): the actors the noun describes and those its
    possessor or its "to"/"of" phrase names, none of them both."""
    described = _described(noun, ctx)
    if described is None:
        return None
    givers, anchor = described
    # a possessive pronoun is left alone: the story's last singular is often another lender
    receivers = [a for c in _possessors(noun) for a in np_actors(c, ctx)[0]]
    receivers += prep_objects(noun, tuple(ctx.grammar["giver_rule"]["preps"]), ctx)[0]
    receivers = [a for a in dict.fromkeys(receivers) if a not in givers]
    givers = [a for a in dict.fromkeys(givers) if a not in receivers]
    if not givers or not receivers:
        return None
    return givers, receivers, anchor


def _possessors(noun: Token) -> list[Token]:
    """The noun's possessors named (no pronoun), also one the parser made a modifier before a curly
    apostrophe ("Belarus’ main backer")."""
    doc = noun.doc
    return [
        c
        for c in noun.children
        if c.pos_ != "PRON"
        and (c.dep_ == "poss" or (c.dep_ == "nmod" and c.i + 1 < noun.i and doc[c.i + 1].text in _QUOTES))
    ]


_QUOTES = frozenset({"’", "'"})


def _described(noun: Token, ctx: Context) -> tuple[list[str], Token] | None:
    """The actors the noun describes, with the word whose clause states it: the name it is in
    apposition to ("Norway, Somalia's biggest donor") or that is in apposition to it after its
    possessor ("Somalia's biggest donor, Norway"), the subject of a copula it completes ("China is
    Kenya's largest lender", "X is one of Y's donors", "X is among Y's donors"), or the complement of
    a copula whose subject it is ("Its largest creditors are China and Thailand")."""
    copulas = set(ctx.grammar["giver_rule"]["copulas"])
    if noun.dep_ == "appos":
        return np_actors(noun.head, ctx)[0], noun
    named = [a for c in noun.children if c.dep_ == "appos" and c.i > noun.i for a in np_actors(c, ctx)[0]]
    if named and _possessors(noun):
        return named, noun  # "Zambia's largest creditor, China, agreed ...": the name after it
    start = next(t.i for t in noun.subtree if not t.is_punct)  # the parser may hang the comma on it
    if noun.dep_ in {"npadvmod", "dobj"} and start > 1 and noun.doc[start - 1].text == ",":
        # "turning his sights on Russia, Belarus’ main backer": an apposition the parser hung on the
        # verb (a curly apostrophe breaks the possessive): the name right before the comma
        before = ctx.actors.actor_at(noun.doc[start - 2])
        return ([before], noun) if before is not None else None
    word = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        word = noun.head.head  # "one of Ethiopia's largest donors"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among":
        word = noun.head  # "among Ethiopia's largest donors"
    verb = word.head
    if word.dep_ in {"attr", "oprd", "prep"} and verb.lemma_ in copulas:
        return subjects(verb, ctx)[0], verb
    if noun.dep_ == "nsubj" and verb.lemma_ in copulas:
        return [a for c in verb.children if c.dep_ == "attr" for a in np_actors(c, ctx)[0]], verb
    return None
