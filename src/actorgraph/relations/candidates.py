"""A relation found in a sentence, before it becomes a :class:`~actorgraph.model.Relation`.

``emit`` turns sources and targets into candidates: every pair (mutual ones once), with the flags
(negated, hypothetical, attributed) and the date of the clause that states them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from actorgraph.actors.resolve import ActorDraft
from actorgraph.actors.sectors import sector_class
from actorgraph.relations.arguments import SUBJECT_DEPS, Context, np_actors
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.modality import event_date, flags
from actorgraph.relations.promises import answered_type
from actorgraph.relations.syntax import reciprocal_object
from actorgraph.relations.triggers import INTENT, REFUSAL

__all__ = ["Candidate", "emit"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One relation found in a sentence, before it is turned into a :class:`Relation`."""

    source: str
    target: str
    trigger: Trigger
    predicate: str
    sentence: Span
    directed: bool
    negated: bool
    hypothetical: bool
    attributed_to: str | None
    date: str | None
    confidence: float
    #: Token index of the word the event hangs on (-1 when unknown).
    anchor: int = -1


def _predicate(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    if hi - lo <= 6:
        return doc[lo : hi + 1].text
    return tokens[0].text


def _own_state(source: str, target: str, trigger: Trigger, ctx: Context) -> bool:
    """Whether ``target`` is the state ``source`` serves: "President Boric sent troops to Chile's border",
    "the Ghanaian army deployed engineers in Ghana", "interim President X signed a charter that will
    serve as Syria's constitution" -- the state acting on or committing itself, no relation. Words
    (rejecting, accusing, asking) can be addressed to one's own state ("the vice-president rejected
    calls by Kenya's anti-graft body"): only material acts and commitments count."""
    return trigger.plover in ctx.self_act_types and _serves(
        ctx.actors.actors[source], ctx.actors.actors[target]
    )


def _serves(own: ActorDraft, state: ActorDraft) -> bool:
    """Whether ``own`` is one of ``state``'s own officials, forces or organs."""
    return (
        state.type == "country"
        and own.type != "country"
        and own.country == state.id
        and sector_class(own.sector, own.type) == "state"
    )


def _own_side(source: str, target: str, trigger: Trigger, ctx: Context) -> bool:
    """Whether one side is a state and the other one of its own officials, forces or organs: one side,
    no relation between them ("the UK's message sent through its Foreign Secretary" is no support of
    him; "Islamabad protested the killing of Pakistani soldiers" is no attack on them). A state's
    coercion and charges of its own stay ("Egypt jailed its former president", "minister X was
    charged"), and so do words addressed to one's own state, as in :func:`_own_state`
    ("the vice-president rejected calls by Kenya's anti-graft body"; ``own_side_rule``)."""
    if trigger.plover in ctx.grammar["own_side_rule"]["kept_types"]:
        return False
    a, b = ctx.actors.actors[source], ctx.actors.actors[target]
    return _serves(a, b) or _serves(b, a)


def _procedure(anchor: Token, ctx: Context) -> bool:
    """Whether ``anchor`` is in a condition whose consequence is what an unnamed party may or must do:
    "if the BIA agrees with the government, the green card holder can appeal" explains how a procedure
    works and states no event (unlike "if talks fail, Turkey will attack")."""
    node = anchor
    for _ in range(3):
        marked = any(c.dep_ == "mark" and c.lower_ in ctx.hypo_marks for c in node.children)
        if node.dep_ == "advcl" and marked:
            main = node.head
            subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS]
            return (
                any(c.dep_ == "aux" and c.lower_ in ctx.grammar["procedure_modals"] for c in main.children)
                and bool(subjects)
                and all(s.pos_ in {"NOUN", "PROPN"} and not np_actors(s, ctx)[0] for s in subjects)
            )
        if node.head is node:
            break
        node = node.head
    return False


def _partner_elsewhere(anchor: Token, pred_tokens: list[Token], trigger: Trigger, ctx: Context) -> bool:
    """Whether a mutual act names its partner in a "with" phrase that is no actor, a party of states or
    people ("signed a deal with their neighbours", "sealed a pact with several Gulf states", "with the
    Asian giant"): its subjects act side by side towards that party, not on each other. Not "with each
    other", "with great fanfare", "with the help of X"; and a meeting stays one meeting whose subjects
    meet each other too (``partner_elsewhere_rule``)."""
    rule = ctx.grammar["partner_elsewhere_rule"]
    if trigger.plover in rule["kept_types"]:
        return False
    parties = (
        set(ctx.grammar["member_nouns"]) | set(ctx.grammar["group_heads"]["state"]) | set(rule["party_nouns"])
    )
    heads = {anchor, *pred_tokens}
    heads |= {h.head for h in list(heads) if h.pos_ == "NOUN" and h.head.pos_ in {"VERB", "AUX"}}
    heads |= {c for h in list(heads) if h.pos_ in {"VERB", "AUX"} for c in h.children if c.dep_ == "dobj"}
    for obj in (
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in rule["preps"]
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ):
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            continue  # "with the help of X": who stands behind the act, not its partner
        if obj.lower_ in parties or obj.lemma_.lower() in parties:
            return True
        if any(
            c.dep_ in {"amod", "compound"} and c.ent_type_ in rule["place_entities"] for c in obj.children
        ):
            return True  # "the Asian superpower", "the West African bloc"
    return False


def _gone_without(token: Token, trigger: Trigger) -> bool:
    """Whether ``token`` is the noun of ``trigger`` that "without" governs ("ended without a deal")."""
    return token.dep_ == "pobj" and token.head.lower_ == "without" and token.lemma_.lower() == trigger.trigger


def _denied_by_no(token: Token, trigger: Trigger) -> bool:
    """Whether "no" denies ``token``, the noun of ``trigger`` ("reached no agreement", "there was no
    deal") or the object of the verb of ``trigger`` ("imposed no sanctions on X", "sent no troops")."""
    if trigger.pos == "noun":
        nouns = [token] if token.lemma_.lower() == trigger.trigger else []
    else:
        nouns = [c for c in token.children if c.dep_ == "dobj"] if token.pos_ in {"VERB", "AUX"} else []
    return any(d.dep_ == "det" and d.lower_ == "no" for n in nouns for d in n.children)


def emit(
    sources: list[str],
    targets: list[str],
    trigger: Trigger,
    pred_tokens: list[Token],
    sent: Span,
    anchor: Token,
    ctx: Context,
    doc_date: str | None,
    confidence: float,
    *,
    hypothetical: bool = False,
    modal: tuple[bool, bool] | None = None,
    manner: bool = False,
) -> list[Candidate]:
    """Candidates for every (source, target) pair; ``modal`` (negated, hypothetical) replaces the
    clause's own flags (a speech act is asserted whatever the mood of what it says); ``manner``: a
    noun event the clause is done in ("agreed on tariffs in coordination with X"), no object of the
    anchor verb, so a verb of intent does not make it hypothetical."""
    if _procedure(anchor, ctx):
        return []
    nominal = trigger.pos == "noun" and anchor.pos_ != "NOUN" and not manner  # "proposed new tariffs"
    negated, flagged, attributed = flags(anchor, ctx, nominal=nominal, plover=trigger.plover)
    hypothetical = hypothetical or flagged
    if modal is not None:
        negated, hypothetical = modal
    elif trigger.mode == REFUSAL:
        negated = False  # "does not recognize the court": the negation makes the refusal (REJECT)
    elif trigger.mode == INTENT:
        hypothetical = False  # "will restore ties with X": the intent stated is the act (acc-vocab)
    if trigger.pos == "noun" and any(_gone_without(t, trigger) for t in (anchor, *pred_tokens)):
        negated = True  # "talks ended without a deal", "left without an agreement": none was made
    if any(_denied_by_no(t, trigger) for t in (anchor, *pred_tokens)):
        negated = True  # "reached no agreement with X", "imposed no sanctions on X"
    when = event_date(anchor, doc_date)
    predicate = _predicate(pred_tokens)
    sources = [s for s in sources if not ctx.named_event(s)]  # "the Keen Sword Exercise": an event
    # "will fund the X Training Institute", named once: a body nothing places is no target
    targets = [t for t in targets if not ctx.named_event(t) and not ctx.unplaced_body(t)]
    pairs: list[tuple[str, str]] = []
    # "Armenia and Azerbaijan exchanged fire": a reciprocal verb makes any event mutual.
    mutual = trigger.symmetric or (
        not targets
        and trigger.trigger not in ctx.reciprocal_verbs
        and any(t.lemma_ in ctx.reciprocal_verbs for t in pred_tokens)
    )
    # "Moscow and Kyiv accused each other": the subject's members act on one another (acc-lists)
    mutual = mutual or (not targets and len(sources) > 1 and reciprocal_object(anchor))
    if targets:
        pairs = [
            (s, t)
            for s in sources
            for t in targets
            if s != t and not _own_state(s, t, trigger, ctx) and not _own_side(s, t, trigger, ctx)
        ]
    elif mutual and len(sources) > 1 and not _partner_elsewhere(anchor, pred_tokens, trigger, ctx):
        # "A Ugandan delegation, headed by X, held talks": a state and its own official are one side
        pairs = [
            (a, b)
            for i, a in enumerate(sources)
            for b in sources[i + 1 :]
            if a != b and not _own_side(a, b, trigger, ctx)
        ]
    if not pairs and sources and not negated and trigger.pos == "verb":
        # "forces shelled Idlib"; "Kenya offered to host the talks" is answered as the offer
        ctx.discourse.remember_doers(anchor, answered_type(trigger, ctx.grammar), sources)
    out = []
    seen: set[tuple[str, str]] = set()
    for s, t in pairs:
        key = tuple(sorted((s, t))) if mutual else (s, t)
        if key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        out.append(
            Candidate(
                s,
                t,
                trigger,
                predicate,
                sent,
                not mutual,
                negated,
                hypothetical,
                attributed,
                when,
                confidence,
                anchor.i,
            )
        )
    return out
