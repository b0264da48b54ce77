"""The agreement a meeting ends with, or without: "the talks ended without an agreement", "the meeting
concluded with a general agreement", "negotiations that broke down in August without a deal", "the
summit yielded an agreement on climate" (the meeting's parties agree, or fail to).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, governing_verb, np_actors, prep_objects
from actorgraph.relations.auspices import meeting_noun, meeting_sides
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.discourse.common import DEFINITE, MEMORY_SENTENCES, sentence_index
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.common import DOER_DEPS
from actorgraph.relations.nominal.mediation import mediated_talks
from actorgraph.relations.triggers import noun_trigger

__all__ = ["outcome"]

_RELATIVES = frozenset({"that", "which"})


def outcome(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The agreement (a noun of AGREE naming no party of its own) that a verb of ``outcome_rule``
    ("ended", "concluded", "yielded", "broke down") says a meeting ended with or without: the
    meeting's parties agree, in the verb's mood ("without" and "no" negate); ``None`` elsewhere."""
    rule = ctx.grammar["outcome_rule"]
    if trigger.plover != "AGREE" or any(np_actors(c, ctx)[0] for c in noun.children if c.dep_ in DOER_DEPS):
        return None
    if len(prep_objects(noun, ("between", "with", "among"), ctx)[0]) > 0:
        return None
    verb = governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in rule["verbs"]:
        return None
    meeting = _meeting_of(verb, ctx)
    if meeting is None:
        return None
    held = noun_trigger(meeting, ctx.lexicon)
    # "mediators between A and B in months of talks that broke down": A and B's talks
    parties = (mediated_talks(meeting, held, ctx) if held is not None else []) or meeting_sides(meeting, ctx)[
        0
    ]
    if len(parties) < 2 and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in meeting.children):
        parties = _last_meeting(meeting, ctx)  # "Aliyev met Pashinyan. The meeting concluded with ..."
    if len(parties) < 2:
        return None
    mutual = replace(trigger, symmetric=True)
    refused = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)  # "produced no deal"
    modal = (True, False) if refused else None
    return emit(parties, [], mutual, [verb, noun], sent, verb, ctx, doc_date, 0.55, modal=modal)


def _meeting_of(verb: Token, ctx: Context) -> Token | None:
    """The meeting noun that is the subject of ``verb``, through a relative pronoun ("talks that broke
    down without a deal")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            subject = verb.head
        if subject.pos_ == "NOUN" and meeting_noun(subject, ctx):
            return subject
    return None


def _last_meeting(meeting: Token, ctx: Context) -> list[str]:
    """The parties of the last meeting (a visit too) the story told before ``meeting``, within
    the memory's reach."""
    here = sentence_index(ctx, meeting.i)
    for act in reversed(ctx.discourse.events.acts):
        if here - act.sentence > MEMORY_SENTENCES:
            break
        if act.sentence <= here and act.type == "CONSULT" and act.target:
            return [act.source, act.target]
    return []
