"""Speech acts addressed to the subject of a verb that receives or answers them: "received an
invitation from Angola", "ignored warnings from ECOWAS", "rejected calls from India to reopen the
border", "faced pressure from A and B": the giver asks, warns or presses the verb's subject
(``addressed_rule`` in grammar.json), whatever the subject does with it."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.modality import flags

__all__ = ["addressed_reading", "addressed_trigger"]


def addressed_trigger(noun: Token, ctx: Context) -> Trigger | None:
    """The rule's trigger for a noun of ``addressed_rule`` received or answered by a verb's subject
    from a giver it names; ``None`` for any other noun."""
    rule = ctx.grammar["addressed_rule"]
    if _addressed(noun, ctx) is None:
        return None
    plover, cameo = rule["nouns"][noun.lemma_.lower()]
    return Trigger(noun.lemma_.lower(), "noun", plover, cameo, rule["mode"], ("from",), False, "rule")


def addressed_reading(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The giver's act on the receiver, in the mood of the clause; a clause of receiving negates it
    ("did not receive an invitation": none made), an answer does not ("rejected calls from India",
    "did not heed warnings from X": made); ``None`` where the noun is no such object."""
    found = _addressed(noun, ctx)
    if found is None:
        return None
    givers, receivers, verb, tokens = found
    rule = ctx.grammar["addressed_rule"]
    plover, cameo = rule["nouns"][noun.lemma_.lower()]
    act = Trigger(noun.lemma_.lower(), "noun", plover, cameo, rule["mode"], ("from",), False, "rule")
    negated, hypothetical = flags(verb, ctx)[:2]
    if verb.lemma_ not in rule["receiving_verbs"]:
        negated = False  # "did not heed warnings from X": the warnings were made
    return emit(
        givers,
        receivers,
        act,
        [noun, *tokens],
        sent,
        verb,
        ctx,
        doc_date,
        0.6,
        modal=(negated, hypothetical),
    )


def _addressed(noun: Token, ctx: Context) -> tuple[list[str], list[str], Token, list[Token]] | None:
    """(givers, receivers, the receiving verb, the giver's tokens) for a noun of ``addressed_rule``
    that is the object of one of its verbs and names its giver by "from" or a possessor."""
    rule = ctx.grammar["addressed_rule"]
    lemma = noun.lemma_.lower()
    if lemma not in rule["nouns"] or noun.pos_ != "NOUN":
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or not _answering(noun.head, rule):
        return None
    verb = noun.head
    if lemma in rule["asking_only"] and not _asks(noun, verb):
        return None  # "received a call from Putin": a phone call
    owners = [c for c in noun.children if c.dep_ == "poss"]
    givers = [a for c in owners for a in np_actors(c, ctx)[0]]
    # "faced pressure not to sign it from A and B": the parser may hang the phrase on the verb
    named, tokens, _ = prep_objects(noun, ("from",), ctx)
    on_verb, verb_tokens, _ = prep_objects(verb, ("from",), ctx)
    givers += [*named, *on_verb]
    if verb.dep_ == "ccomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # "X confirmed [the M23] received Y's invitation": the parser lost the subject
    receivers = subjects(verb, ctx)[0]
    givers = [a for a in dict.fromkeys(givers) if a not in receivers]
    if not givers or not receivers:
        return None
    return givers, receivers, verb, [*owners, *tokens, *verb_tokens]


def _answering(verb: Token, rule: dict[str, Any]) -> bool:
    """Whether ``verb`` receives or answers what its object says: one of the rule's verbs, or one of
    its particle verbs with its particle ("turned down")."""
    if verb.lemma_ in rule["verbs"]:
        return True
    particle = rule["particle_verbs"].get(verb.lemma_)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _asks(noun: Token, verb: Token) -> bool:
    """Whether the noun asks something: an infinitive after it ("calls from India to reopen the
    border"), wherever the parser hung it, or a "for" phrase ("calls for a ceasefire")."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return True
    after = [t for t in (*noun.subtree, *verb.children) if t.i > noun.i and t.pos_ in {"VERB", "AUX"}]
    return any(c.dep_ == "aux" and c.lower_ == "to" for t in after for c in t.children)
