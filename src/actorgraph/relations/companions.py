"""Who goes along takes part: the leader of a delegation and a companion share its meeting.

* "India and China held border talks. The Indian delegation was led by X", "a Colombian delegation,
  led by X, met ...": X, a person, takes part in the meeting of the delegation's side told in this
  sentence, else in the last one told in the few sentences before.
* "Xi visited Serbia. He was accompanied by X", "Y was joined by X", "Y met Z, accompanied by X": X
  takes part in Y's meeting or visit, found the same way.

The person meets whoever the side met, as the side did (a visit stays a visit to its host). Only
meetings (CONSULT) are shared: a companion of an attack or a statement is not its doer. Words in
``companion_meetings`` (grammar.json). Read by ``extract`` once a sentence's own events are known.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.discourse.common import sentence_index, state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.voice import by_agents

__all__ = ["companion_meetings"]

_MEETING = "CONSULT"
#: (source, target, directed, CAMEO code) of a meeting already found.
Meeting = tuple[str, str, bool, str]


def companion_meetings(
    sent: Span, found: list[Candidate], ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """The meetings the delegation leaders and companions of ``sent`` take part in (module docstring);
    ``found``: the events already found in the sentence."""
    rule = ctx.grammar["companion_meetings"]
    out: list[Candidate] = []
    for verb in sent:
        if verb.tag_ != "VBN" or verb.lemma_ not in {*rule["leading_verbs"], *rule["accompanying_verbs"]}:
            continue
        companions = [a for a in by_agents(verb, ctx) if ctx.kind(a) == "person"]
        sides = [a for a in _principals(verb, rule, ctx) if a not in companions]
        if not companions or not sides:
            continue
        for meeting in _meetings(sides, verb, found, rule["sentences"], ctx):
            out.extend(_share(meeting, sides, companions, verb, sent, ctx, doc_date))
    return out


def _principals(verb: Token, rule: dict[str, list[str]], ctx: Context) -> list[str]:
    """Whom ``verb``'s by-agent goes along with: the side of the delegation it leads ("the Indian
    delegation was led by", "a delegation, headed by"), or whom it accompanies ("he was accompanied
    by", "Y met Z, accompanied by")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_ in rule["leading_verbs"]:
        if verb.dep_ == "acl":
            nouns = [verb.head]
        elif passive:
            nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            return []
        return [
            a
            for noun in nouns
            if noun.lemma_.lower() in rule["delegation_nouns"]
            for a in np_actors(noun, ctx)[0]
        ]
    if passive:
        return subjects(verb, ctx)[0]
    if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"}:
        named, head_passive, _ = subjects(verb.head, ctx)
        return [] if head_passive else named
    return []


def _meetings(
    sides: list[str], verb: Token, found: list[Candidate], reach: int, ctx: Context
) -> list[Meeting]:
    """The meetings of ``sides`` (a person or organ by their state too) told in this sentence, else
    in the latest sentence of the ``reach`` before that tells one."""
    here: list[Meeting] = [
        (c.source, c.target, c.directed, c.trigger.cameo) for c in found if c.trigger.plover == _MEETING
    ]
    mine = [m for m in here if _side_of(m, sides, ctx) is not None]
    if mine:
        return mine
    k = sentence_index(ctx, verb.i)
    before: list[Meeting] = []
    told = -1
    for act in reversed(ctx.discourse.events.acts):
        if act.sentence >= k:
            continue
        if k - act.sentence > reach or (told >= 0 and act.sentence != told):
            break
        meeting = (act.source, act.target, act.directed, act.cameo)
        if act.type == _MEETING and act.target and _side_of(meeting, sides, ctx) is not None:
            before.append(meeting)
            told = act.sentence
    return before


def _side_of(meeting: Meeting, sides: Iterable[str], ctx: Context) -> int | None:
    """Which end of ``meeting`` (0: source, 1: target) is one of ``sides`` or of their state."""
    ours = {*sides, *(state_of(ctx, s) for s in sides)}
    for end, actor in enumerate(meeting[:2]):
        if actor in ours or state_of(ctx, actor) in ours:
            return end
    return None


def _share(
    meeting: Meeting,
    sides: list[str],
    companions: list[str],
    verb: Token,
    sent: Span,
    ctx: Context,
    doc_date: str | None,
) -> list[Candidate]:
    """The companions' part in ``meeting``: they stand where their side stood."""
    end = _side_of(meeting, sides, ctx)
    if end is None:
        return []
    source, target, directed, cameo = meeting
    other = target if end == 0 else source
    mates = [c for c in companions if c != other and state_of(ctx, c) != state_of(ctx, other)]
    if not mates:
        return []
    trigger = Trigger(verb.lemma_, "verb", _MEETING, cameo or "040", "", ("dobj",), not directed, "rule")
    if end == 0:
        return emit(mates, [other], trigger, [verb], sent, verb, ctx, doc_date, 0.5)
    return emit([other], mates, trigger, [verb], sent, verb, ctx, doc_date, 0.5)
