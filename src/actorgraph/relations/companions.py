"""Who goes along takes part: a companion and those present share a meeting.

* "Xi visited Serbia. He was accompanied by X", "Y was joined by X", "Y met Z, accompanied by X": X
  takes part in Y's meeting or visit, found the same way.
* "A and B will hold talks. Officials of C will also be present", "X met Y. Z was also in attendance",
  "Those in attendance included C and D": whoever is present meets each party of the meeting told in
  the sentence, else of the last one told in the few before (a delegation's leader and members are
  its state's, ``actors.teams``), else whoever met with no one named ("Heads
  of state from IGAD met in Entebbe"; a meeting a relative clause names, "talks where C was in
  attendance", is ``gatherings``').

The person meets whoever the side met, as the side did (a visit stays a visit to its host). Only
meetings (CONSULT) are shared: a companion of an attack or a statement is not its doer. Words in
``companion_meetings`` (grammar.json). Read by ``extract`` once a sentence's own events are known.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.discourse.common import sentence_index, state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.triggers import verb_trigger
from actorgraph.relations.voice import by_agents

__all__ = ["companion_meetings", "presence_meetings"]

_MEETING = "CONSULT"
#: (source, target, directed, CAMEO code) of a meeting already found.
Meeting = tuple[str, str, bool, str]


def companion_meetings(
    sent: Span, found: list[Candidate], ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """The meetings the companions of ``sent`` take part in (module docstring);
    ``found``: the events already found in the sentence."""
    rule = ctx.grammar["companion_meetings"]
    out: list[Candidate] = []
    for verb in sent:
        if verb.tag_ != "VBN" or verb.lemma_ not in rule["accompanying_verbs"]:
            continue
        companions = [a for a in by_agents(verb, ctx) if ctx.kind(a) == "person"]
        sides = [a for a in _principals(verb, ctx) if a not in companions]
        if not companions or not sides:
            continue
        for meeting in _meetings(sides, verb, found, rule["sentences"], ctx):
            out.extend(_share(meeting, sides, companions, verb, sent, ctx, doc_date))
    return out


def presence_meetings(
    sent: Span, found: list[Candidate], ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """The meetings those present in ``sent`` take part in (module docstring); ``found``: the events
    already found in the sentence."""
    rule = ctx.grammar["companion_meetings"]
    out: list[Candidate] = []
    for verb in sent:
        present = _present(verb, rule, ctx)
        if not present:
            continue
        own = {*present, *(state_of(ctx, a) for a in present)}
        meetings = _meetings(None, verb, found, rule["sentences"], ctx) or _gathered(
            verb, rule["sentences"], ctx
        )
        parties = [
            end
            for meeting in meetings
            for end in meeting[:2]
            if isinstance(end, str) and end and end not in own and state_of(ctx, end) not in own
        ]
        if parties:
            trigger = Trigger(verb.lemma_, "verb", _MEETING, "040", "", ("dobj",), True, "rule")
            out.extend(
                emit(present, list(dict.fromkeys(parties)), trigger, [verb], sent, verb, ctx, doc_date, 0.5)
            )
    return out


def _present(verb: Token, rule: dict[str, list[str]], ctx: Context) -> list[str]:
    """Who ``verb`` says is present at a meeting: the subject of "was (also) present", "were in
    attendance" (not "present in northern Syria"), the object of "those present / in attendance
    included"; nobody for a relative clause on the meeting ("talks where X was in attendance")."""
    if verb.lemma_ in rule["presence_verbs"] and verb.dep_ != "relcl" and _attending(verb, rule, ctx):
        named, passive, _ = subjects(verb, ctx)
        return [] if passive else named
    if verb.lemma_ in rule["including_verbs"]:
        holders = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in rule["presence_pronouns"]]
        if holders and any(_attending(h, rule, ctx) for h in (*holders, verb)):  # "in attendance" on either
            return [a for c in verb.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0]]
    return []


def _gathered(verb: Token, reach: int, ctx: Context) -> list[Meeting]:
    """ "Heads of state from IGAD met in Entebbe": a meeting verb before ``verb`` (in its sentence or
    the ``reach`` before, the nearest first) whose subject met no one named; that subject, as a
    meeting of its own."""
    k = sentence_index(ctx, verb.i)
    for j in range(k, max(-1, k - reach - 1), -1):
        for token in reversed(ctx.sentences[j]):
            if token.i >= verb.i or token.pos_ != "VERB":
                continue
            fired = verb_trigger(token, ctx.lexicon)
            if fired is None or fired[0].plover != _MEETING or any(c.dep_ == "dobj" for c in token.children):
                continue
            named, passive, _ = subjects(token, ctx)
            if len(named) == 1 and not passive and not prep_objects(token, ("with",), ctx)[0]:
                return [(named[0], "", False, fired[0].cameo)]
    return []


def _attending(head: Token, rule: dict[str, list[str]], ctx: Context) -> bool:
    """Whether ``head`` has "present" (bare, or "at" a meeting) or "in attendance" on it."""
    for child in head.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(o.dep_ == "pobj" and o.lower_ in rule["presence_nouns"] for o in child.children)
        ):
            return True
        if child.lower_ not in rule["presence_words"] or child.dep_ not in {"acomp", "amod", "advmod"}:
            continue
        places = [p for p in child.children if p.dep_ == "prep"]
        if all(
            p.lower_ == "at" and any(o.dep_ == "pobj" and _meeting_noun(o, ctx) for o in p.children)
            for p in places
        ):
            return True  # "were present", "was present at the talks"; not "present in Syria"
    return False


def _meeting_noun(noun: Token, ctx: Context) -> bool:
    trigger = ctx.lexicon.noun(noun.lemma_.lower())
    return trigger is not None and trigger.plover == _MEETING


def _principals(verb: Token, ctx: Context) -> list[str]:
    """Whom ``verb``'s by-agent accompanies ("he was accompanied by", "Y met Z, accompanied by")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return subjects(verb, ctx)[0]
    if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"}:
        named, head_passive, _ = subjects(verb.head, ctx)
        return [] if head_passive else named
    return []


def _meetings(
    sides: list[str] | None, verb: Token, found: list[Candidate], reach: int, ctx: Context
) -> list[Meeting]:
    """The meetings of ``sides`` (a person or organ by their state too; any, for ``None``) told in
    this sentence, else in the latest sentence of the ``reach`` before that tells one."""
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


def _side_of(meeting: Meeting, sides: Iterable[str] | None, ctx: Context) -> int | None:
    """Which end of ``meeting`` (0: source, 1: target) is one of ``sides`` or of their state (the
    source for ``None``: any side)."""
    if sides is None:
        return 0
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
