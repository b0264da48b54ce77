"""Reported speech as acts of the speaker.

A statement is an act of whoever makes it. What it says about someone else decides which act:

* a negative evaluation of Y ("said Y's buildup was dangerous", "Y is failing to ...", "in the
  face of Russian aggression") or a hostile act ascribed to Y ("said Y's troops attacked ...") is
  an **accusation** of Y (the embedded act stays, flagged as the speaker's claim);
* the speaker's own coercion announced for later, under a condition or as a warning ("if Y ...,
  we will respond", "warned it would impose sanctions on Y"), or a bad fate announced for Y ("Y
  will pay a heavy price", "Y would face consequences") is a **threat**;
* an obligation laid on Y ("Y must / should / needs to / has to ...") is a **request**;
* coercion the speaker does not rule out ("did not rule out sanctions against Y"), or all options
  kept on the table against Y, is a **threat** too (``options.py``);
* and, in the writer's voice too, the doer's own future cooperation ("will send aid to Y",
  "said it would resume drills with Y") is a **commitment** (PLOVER AGREE), the act itself staying
  visible as hypothetical.

A statement is a speech verb with its complement clause ("X said that ..."), or a quotation whose
speaker the discourse memory knows. The word lists are the ``speech`` entry of
``data/grammar.json``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from actorgraph.relations.arguments import Context
from actorgraph.relations.speech.evaluations import (
    accusations,
    denials,
    disavowals,
    namings,
    praises,
    rebuttals,
    refusals,
    said_to_be,
    stances,
)
from actorgraph.relations.speech.options import kept_open_acts, open_options, readiness
from actorgraph.relations.speech.pledges import (
    coercions,
    commitments,
    planned_meetings,
    requests,
    threatened,
    threats,
    ultimatums,
)
from actorgraph.relations.speech.statements import Found, SpeechAct, Statement, statements
from actorgraph.relations.speech.voiced import voiced

__all__ = ["SpeechAct", "Statement", "speech_acts", "statements"]


def speech_acts(sent: Span, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """The acts the sentence's statements (and future commitments) make, beyond ``found``."""
    acts: list[SpeechAct] = []
    said = statements(sent, ctx)
    for st in said:
        acts.extend(accusations(st, found, ctx))
        acts.extend(praises(st, ctx))
        acts.extend(denials(st, ctx))
        acts.extend(threats(st, found, ctx))
        acts.extend(requests(st, ctx))
    acts.extend(commitments(sent, found, ctx))
    acts.extend(coercions(sent, found, ctx))
    acts.extend(threatened(sent, found, ctx))  # "threatened sanctions against Y": the act, hypothetical
    acts.extend(planned_meetings(sent, found, ctx))  # "agreed to meet Y": the meeting, hypothetical
    acts.extend(ultimatums(sent, ctx))  # "gave Y until Monday to hand over power or face sanctions"
    acts.extend(namings(sent, ctx))
    acts.extend(said_to_be(sent, ctx))  # "hit in what Kyiv said was a Russian drone attack"
    acts.extend(disavowals(sent, found, ctx))
    charges = [(c.source, c.target, c.anchor) for c in found if c.trigger.plover == "ACCUSE"]
    charges += [
        (s, t, a.anchor.i) for a in acts if a.trigger.plover == "ACCUSE" for s in a.sources for t in a.targets
    ]
    acts.extend(rebuttals(sent, charges, ctx))  # "..., a charge Rwanda denies"
    acts.extend(stances(sent, said, found, ctx))
    acts.extend(refusals(sent, said, ctx))
    acts.extend(kept_open_acts(sent, found, ctx))  # "did not rule out sanctions against Y"
    acts.extend(open_options(sent, said, ctx))  # "all options are on the table"
    acts.extend(readiness(found, ctx))  # "is prepared to impose sanctions on Y"
    acts.extend(voiced(said, found, acts, ctx))  # "“Canada condemns ...,” Foreign Minister Joly said"
    have = {(c.source, c.trigger.plover, c.target) for c in found}
    out: list[SpeechAct] = []
    for act in acts:
        pairs = {(s, act.trigger.plover, t) for s in act.sources for t in act.targets if s != t}
        if pairs - have:
            out.append(act)
            have |= pairs
    return out
