"""An official quoting their own side's act: one event stated at two levels.

"“Canada condemns Iran's seizure of the tanker,” Foreign Minister Melanie Joly said" states the
state's act and the act of the official whose words these are; the guidelines keep both edges ("an
event stated at two levels (a minister and her state)"), and the annotated sets do so for the
official's own words: a quotation, or the quoted verb of 'said Saudi Arabia “refuses all
interference”'; and for a paraphrase that names the speaker first ("Putin said Russia supports the
proposal", "X announced that his government had recalled its ambassador"), as the reviews of the
tenth and eleventh blind sets found the gold does. A paraphrase told first with the speaker after
it as its source ("Russia supports the proposal, Putin said") stays the state's alone: there the
writer states the act and cites whom they have it from.

The speaker is a person whose side is the quoted clause's subject: their state, when they serve it
(a state sector: not the opposition, not a commentator), or the organisation they belong to and its
parent ("European Commission President Ursula von der Leyen" speaks for the European Union). Only
what is said or decided passes to the speaker (``voiced_types`` of the ``speech`` entry of
``data/grammar.json``), not what the side does on the ground ("“our soldiers shot two militants,”
the commander said"); "we" already is the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from actorgraph.actors.sectors import sector_class
from actorgraph.relations.arguments import Context, np_actors
from actorgraph.relations.discourse.common import SUBJECT_DEPS, state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.speech.statements import Found, SpeechAct, Statement
from actorgraph.relations.speech.words import word_lists

__all__ = ["voiced"]

#: How far up a chain of "decided to adopt", "condemns and rejects" the subject is looked for.
_CHAIN = 4


def voiced(
    said: Sequence[Statement], found: Sequence[Found], acts: Sequence[SpeechAct], ctx: Context
) -> list[SpeechAct]:
    """The acts of ``found`` and ``acts`` (this sentence's) that a statement's speaker voices, in
    quotation marks or in a paraphrase told after the speech verb, as their own side's, made the
    speaker's too (asserted or hypothetical as the side's act is)."""
    doc = ctx.actors.doc
    kinds = word_lists().voiced_types
    # (sources, targets, trigger, anchor, hypothetical) of every act of the sentence
    done: list[tuple[tuple[str, ...], tuple[str, ...], Trigger, Token, bool]] = [
        ((c.source,), (c.target,), c.trigger, doc[c.anchor], c.hypothetical)
        for c in found
        if c.anchor >= 0 and not c.negated
    ]
    done += [(a.sources, a.targets, a.trigger, a.anchor, a.hypothetical) for a in acts]
    out: list[SpeechAct] = []
    for st in said:
        within = {t.i for t in st.clause.subtree}
        for speaker in st.speakers:
            sides = _sides(speaker, ctx)
            if not sides:
                continue
            for sources, targets, trigger, anchor, hypothetical in done:
                mine = set(sources) & sides
                aimed = tuple(t for t in targets if t != speaker and t not in sides)
                if (
                    mine
                    and aimed
                    and trigger.plover in kinds
                    and anchor.i in within
                    and (ctx.discourse.quotations.inside(anchor.i) or _said_first(st, anchor))
                    and _subject_names(anchor, mine, ctx)
                ):
                    out.append(SpeechAct((speaker,), aimed, trigger, (anchor,), anchor, hypothetical))
    return out


def _said_first(st: Statement, anchor: Token) -> bool:
    """Whether the speech verb comes before the act it reports and the act is what the clause says:
    "X said (that) <act>", "X said <state> would consider ... or <act>", not "<act>, X said" nor an
    act told in passing ("said flights continue under the memorandum <state> signed with Y")."""
    if st.verb is None or st.verb.i > anchor.i:
        return False
    node = anchor
    for _ in range(_CHAIN):
        if node.i == st.clause.i:
            return True
        if node.dep_ not in _SPINE or node.head.i == node.i:
            return False
        node = node.head
    return node.i == st.clause.i


#: How a paraphrased act hangs on the root of the clause said: "would consider ... or ask".
_SPINE = frozenset({"xcomp", "conj", "ccomp"})


def _sides(speaker: str, ctx: Context) -> set[str]:
    """Whom a person speaks for: the state they serve, the organisations they belong to and those
    organisations' parents (empty: no person, or no official)."""
    draft = ctx.actors.actors.get(speaker)
    if draft is None or draft.type != "person":
        return set()
    sides: set[str] = set()
    if sector_class(draft.sector, draft.type) == "state":
        state = state_of(ctx, speaker)
        if state != speaker:
            sides.add(state)
    for a in ctx.actors.affiliations:
        org = ctx.actors.actors.get(a.target_id)
        if a.source_id == speaker and org is not None and org.type == "igo":
            sides.add(a.target_id)  # "European Commission President X": the Commission, and the EU
            sides |= {b.target_id for b in ctx.actors.affiliations if b.source_id == a.target_id}
    return sides


def _subject_names(anchor: Token, sides: set[str], ctx: Context) -> bool:
    """Whether the subject of ``anchor``'s clause (up a chain of "decided to adopt", "condemns and
    rejects") names one of ``sides``: "“Canada condemns ...”", not "“This will be the end of our
    relationship”" nor "“Pakistan's commitment to ...”"."""
    node = anchor
    for _ in range(_CHAIN):
        if node.pos_ not in {"VERB", "AUX"}:
            return False
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS and child.dep_ != "nsubjpass":
                return bool(set(np_actors(child, ctx)[0]) & sides)
        if node.dep_ not in {"xcomp", "conj"} or node.head is node:
            return False
        node = node.head
    return False
