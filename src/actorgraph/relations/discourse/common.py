"""What the parts of the discourse memory share: sentence positions, states, answered nouns."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from actorgraph.relations.arguments import Context

__all__ = [
    "DEFINITE",
    "MEMORY_SENTENCES",
    "SUBJECT_DEPS",
    "content_clause",
    "names_actor",
    "objects",
    "sentence_index",
    "state_of",
]

#: Sentences back that an answer ("rejected the charges") may reach for the event it answers.
MEMORY_SENTENCES = 12
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
DEFINITE = {"the", "these", "those", "this", "that"}


def sentence_index(ctx: Context, token_i: int) -> int:
    """The index in ``ctx.sentences`` of the sentence holding token ``token_i``."""
    return bisect_right(ctx.sentence_starts, token_i) - 1


def person_in(subject: Token, ctx: Context, skip: AbstractSet[int] = frozenset()) -> str | None:
    """The person named in a speaker's phrase, however the parser hung the title on the name
    ("U.N. Resident Coordinator for Myanmar Andrew Kirkwood", "the ministry's spokesman, X"), leaving
    out the tokens ``skip`` (the other items of a list the phrase heads)."""
    for tok in subject.subtree:
        if tok.i in skip:
            continue
        actor = ctx.actors.actor_at(tok)
        if actor and ctx.kind(actor) == "person" and tok.dep_ not in {"poss", "relcl", "acl"}:
            return actor
    return None


def state_of(ctx: Context, actor: str) -> str:
    """The state of a person or organ (the actor itself when it has none, or is one)."""
    draft = ctx.actors.actors.get(actor)
    if draft is not None and draft.type != "country" and draft.country:
        return draft.country
    return actor


def objects(verb: Token) -> list[Token]:
    """The nouns a verb acts on: its object, the noun a relative clause hangs on ("a charge New
    Delhi rejected"), a passive subject, and the object of its prepositions ("took part in")."""
    out: list[Token] = []
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        out.append(verb.head)
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            out.append(child)
            out.extend(p for prep in child.children if prep.dep_ == "prep" for p in prep.children)
        elif child.dep_ == "prep":
            out.extend(p for p in child.children if p.dep_ == "pobj")
    return out


def content_clause(noun: Token) -> Token | None:
    """The clause a noun of saying states ("the claim [that Somalia had sheltered the gunmen]",
    "its position [that ...]"): a clausal modifier with a subject or a "that"; a relative clause
    ("the claim [which Kenya made]") states nothing."""
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and child.pos_ in {"VERB", "AUX"} and _finite(child):
            return child
    return None


def _finite(clause: Token) -> bool:
    """Whether a clause has a subject of its own or a "that"."""
    return any(c.dep_ in SUBJECT_DEPS or (c.dep_ == "mark" and c.lower_ == "that") for c in clause.children)


def names_actor(noun: Token, verb: Token, ctx: Context) -> bool:
    """Whether the phrase of ``noun`` names an actor ("the allegations made by Pakistan"), leaving
    out the answering clause itself ("a charge [New Delhi rejected]")."""
    answer = {t.i for t in verb.subtree} if verb.head.i == noun.i else set()
    # "condemned the raid as a violation of UN resolutions": the norm broken names no party
    answer |= {
        t.i
        for p in noun.subtree
        if p.dep_ == "prep" and p.lower_ == "of" and p.head.lemma_.lower() in ctx.norm_nouns
        for t in p.subtree
    }
    # "rejected claims that Russian troops had fired": what the claim says names no party of the answer
    said = content_clause(noun) if noun.lemma_.lower() in ctx.grammar["speech"]["claim_nouns"] else None
    answer |= {t.i for t in said.subtree} if said is not None else set()
    return any(ctx.actors.actor_at(t) for t in noun.subtree if t.i != noun.i and t.i not in answer)
