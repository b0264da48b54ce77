"""Meetings a clause happens at: whom the clause's subject meets there.

* "X said at a news conference following talks with Y": the parser hangs "following" on the news
  conference as a participle, so the talks lose the clause whose subject held them; the subject of the
  clause the phrase belongs to is the doer of the talks, as in "X said after talks with Y".
* "X said during a meeting hosted by Y", "X spoke at a summit convened by Y", "X told a session chaired
  by Y": a speaker at a gathering attends it, and meets its host (as "attended the summit hosted by Y").
  Only a verb of speaking puts its subject there: "Israel struck Gaza during talks hosted by Egypt" says
  nothing of who attended.

Read by ``extract`` beside ``nominal.from_noun``, for a noun the lexicon codes CONSULT.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, governing_verb, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger

__all__ = ["occasion_meetings"]

#: The verbs of speaking that put their subject at the gathering they are done at.
_SPEAKING = frozenset({"speak", "address", "brief"})
#: The dependencies of a gathering a verb of speaking addresses ("told the summit", "addressed a session").
_ADDRESSED = frozenset({"dobj", "dative"})


def occasion_meetings(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """The meetings of a clause's subject at the occasion ``noun`` names (module docstring)."""
    if trigger.plover != "CONSULT":
        return []
    clause = _lost_clause(noun, ctx)
    if clause is not None:
        sources = subjects(clause, ctx)[0]
        targets, tokens, _ = prep_objects(noun, ("with",), ctx)
        targets = [t for t in targets if t not in sources]
        return emit(sources, targets, trigger, [noun, *tokens], sent, noun, ctx, doc_date, 0.6)
    hosted = _hosted(noun, ctx)
    if hosted is None:
        return []
    verb, host_verb = hosted
    hosts, tokens, _ = prep_objects(host_verb, ("by",), ctx)
    speakers, passive, _ = subjects(verb, ctx)
    speakers = [] if passive else [s for s in speakers if s not in hosts]
    return emit(speakers, hosts, trigger, [verb, noun, host_verb, *tokens], sent, verb, ctx, doc_date, 0.6)


def _lost_clause(noun: Token, ctx: Context) -> Token | None:
    """The clause verb of "following talks with Y" that the parser made a participle or a preposition
    on another noun ("said at a news conference [following talks]") or a complement of the verb
    ("told journalists [following a meeting]"; "briefed diplomats following a call", the call its
    object); ``None`` when the phrase is a preposition the clause keeps."""
    lost = noun.head
    time_preps = ctx.grammar["time_preps"]["preps"]
    if noun.dep_ not in {"dobj", "pobj"} or lost.tag_ != "VBG" or lost.lower_ not in time_preps:
        return None
    if lost.dep_ in {"xcomp", "advcl", "prep"} and lost.head.pos_ in {"VERB", "AUX"}:
        return lost.head
    if lost.dep_ in {"acl", "prep"} and lost.head.pos_ == "NOUN":
        # "said at a news conference [following] talks with Y", a participle or a preposition of the noun
        return governing_verb(lost.head)
    return None


def _hosted(noun: Token, ctx: Context) -> tuple[Token, Token] | None:
    """(verb of speaking, hosting participle) of "said during a meeting hosted by Y", "spoke at a summit
    convened by Y", "told a session chaired by Y"; ``None`` otherwise."""
    host_verb = next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_ in {*ctx.convening_verbs, "hold"}
            and any(a.dep_ == "agent" for a in c.children)
        ),
        None,
    )
    if host_verb is None:
        return None
    occasion = ctx.occasion_preps | set(ctx.grammar["time_preps"]["preps"])
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in occasion:
        verb = noun.head.head
    elif noun.dep_ in _ADDRESSED:
        verb = noun.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_ not in ctx.speech | _SPEAKING:
        return None
    return verb, host_verb
