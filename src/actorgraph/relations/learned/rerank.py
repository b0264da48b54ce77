"""Reranking the rules' own event relations: a learned judgement of each edge the rules emit.

For every event candidate of the rules (never an affiliation) :func:`edge_features` describes what
the rule saw: its trigger (lemma only where training keeps it: frequent across sets), type, mode and
confidence, the anchor word's part of speech and dependency, each side's dependency shape to the
anchor (subject, object, preposition's object, possessive, compound, conjunct), distances, flags
(negated, hypothetical, attributed), the actors' types and sectors and how they were found (the
gazetteer or the tagger only, how many mentions), plurals and lists, the lexicon types on the parse
path between the two sides, the other actors and rule types of the sentence, and how many edges the
same pair and each side get in the document.

:class:`Reranker` applies two models of :mod:`.model`: a binary one, the probability that the edge's
pair is a pair the gold relates (the edge is dropped below its threshold), and optionally a
multinomial one over PLOVER types, whose most probable other type is added as a second typed edge
of the same pair when it reaches ``second_type``. ``scripts/train_rerank.py`` trains them and
``benchmarks/rerank_cv.py`` measures them; measured by leave-one-set-out cross-validation they do
not beat the rules (see that script), so the pipeline does not run them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from actorgraph.actors.resolve import DocActors
from actorgraph.actors.sectors import sector_class
from actorgraph.relations.candidates import Candidate
from actorgraph.relations.learned.features import link, plover_of
from actorgraph.relations.learned.model import LinearModel, SoftmaxModel
from actorgraph.relations.lexicon import Lexicon

__all__ = ["NO_TYPE", "Reranker", "edge_features", "rerank_features"]

#: The type model's class for an edge whose pair needs no second type.
NO_TYPE = "NONE"


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return "more"


def _nearest_head(actors: DocActors, actor_id: str, sent: Span, anchor: Token | None) -> Token | None:
    """The head word of the mention of ``actor_id`` in ``sent`` nearest the anchor (none when the rule
    found the side outside the sentence: a pronoun, a group referred back to)."""
    doc = actors.doc
    heads = [
        doc[m.start : m.end].root
        for m in actors.mentions
        if m.actor_id == actor_id and m.start >= sent.start and m.end <= sent.end
    ]
    if not heads:
        return None
    at = anchor.i if anchor is not None else sent.start
    return min(heads, key=lambda t: (abs(t.i - at), t.i))


def _side(
    prefix: str, actors: DocActors, actor_id: str, head: Token | None, anchor: Token | None
) -> dict[str, float]:
    f: dict[str, float] = {}
    draft = actors.actors[actor_id]
    f[f"{prefix}type={draft.type}"] = 1.0
    f[f"{prefix}class={sector_class(draft.sector, draft.type)}"] = 1.0
    if draft.sector:
        f[f"{prefix}sector={draft.sector[:3]}"] = 1.0
    if set(draft.resolved_by) <= {"ner", "coreference"}:
        f[f"{prefix}tagger_only"] = 1.0
    f[f"{prefix}mentions={_bucket(draft.mentions, (1, 3))}"] = 1.0
    if head is None:
        f[f"{prefix}absent"] = 1.0
        return f
    mention = actors.by_token.get(head.i)
    if mention is not None:
        f[f"{prefix}how={mention.resolved_by}"] = 1.0
    if head.tag_ in {"NNS", "NNPS"}:
        f[f"{prefix}plural"] = 1.0
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        f[f"{prefix}listed"] = 1.0
    if anchor is not None:
        j = link(head, anchor)
        f[f"{prefix}role={j.roles[0]}"] = 1.0
        f[f"{prefix}anchor_heads={j.lca.i == anchor.i}"] = 1.0
        f[f"{prefix}path={_bucket(len(j.deps), (1, 2, 3))}"] = 1.0
        f[f"{prefix}distance={_bucket(abs(head.i - anchor.i), (2, 6, 12))}"] = 1.0
        f[f"{prefix}before={head.i < anchor.i}"] = 1.0
    return f


def edge_features(
    c: Candidate, actors: DocActors, lexicon: Lexicon, document_candidates: Sequence[Candidate]
) -> dict[str, float]:
    """The features of the rules' candidate ``c`` among ``document_candidates`` (the document's own).

    Every feature is a name with a value (1.0 for an indicator).
    """
    t = c.trigger
    f: dict[str, float] = {"bias_edge": 1.0}
    f[f"type={t.plover}"] = 1.0
    f[f"trigger={t.trigger}|{t.plover}"] = 1.0
    f[f"trigger_pos={t.pos}"] = 1.0
    f[f"trigger_mode={t.mode or 'none'}"] = 1.0
    f[f"trigger_source={t.source}"] = 1.0
    f[f"confidence={round(c.confidence, 2)}"] = 1.0
    f[f"negated={c.negated}"] = 1.0
    f[f"hypothetical={c.hypothetical}"] = 1.0
    f[f"attributed={c.attributed_to is not None}"] = 1.0
    f[f"directed={c.directed}"] = 1.0
    doc, sent = actors.doc, c.sentence
    anchor = doc[c.anchor] if c.anchor >= 0 else None
    if anchor is None:
        f["no_anchor"] = 1.0
    else:
        f[f"anchor_pos={anchor.pos_}"] = 1.0
        f[f"anchor_dep={anchor.dep_}"] = 1.0
        f[f"anchor_lemma={anchor.lemma_.lower()}|{t.plover}"] = 1.0
    head_s = _nearest_head(actors, c.source, sent, anchor)
    head_t = _nearest_head(actors, c.target, sent, anchor)
    f |= _side("s_", actors, c.source, head_s, anchor)
    f |= _side("t_", actors, c.target, head_t, anchor)
    if head_s is not None and head_t is not None and head_s.i != head_t.i:
        j = link(head_s, head_t)
        on_path = {p for p in (plover_of(x, lexicon) for x in (*j.path, j.lca)) if p}
        for p in on_path - {t.plover}:
            f[f"path_lex={p}"] = 1.0
        f[f"path_has_type={t.plover in on_path}"] = 1.0
        f[f"path_lca_is_anchor={anchor is not None and j.lca.i == anchor.i}"] = 1.0
        f[f"sides_distance={_bucket(abs(head_s.i - head_t.i), (3, 8, 16))}"] = 1.0
        if "conj" in j.roles:
            f["sides_conjoined"] = 1.0
    src, tgt = actors.actors[c.source], actors.actors[c.target]
    f[f"types={src.type}>{tgt.type}"] = 1.0
    state_s = c.source if src.type == "country" else src.country
    state_t = c.target if tgt.type == "country" else tgt.country
    if state_s is not None and state_s == state_t:
        f["same_state"] = 1.0
    named = {m.actor_id for m in actors.mentions if m.start >= sent.start and m.end <= sent.end}
    f[f"sentence_actors={_bucket(len(named), (2, 3, 5))}"] = 1.0
    pair = frozenset((c.source, c.target))
    same_sentence = [o for o in document_candidates if o.sentence.start == sent.start]
    f[f"sentence_edges={_bucket(len(same_sentence), (1, 2, 4))}"] = 1.0
    for other in {o.trigger.plover for o in same_sentence if o is not c} - {t.plover}:
        f[f"sentence_other={other}"] = 1.0
    pair_edges = [o for o in document_candidates if frozenset((o.source, o.target)) == pair]
    f[f"pair_edges={_bucket(len(pair_edges), (1, 2))}"] = 1.0
    f[f"pair_types={_bucket(len({o.trigger.plover for o in pair_edges}), (1, 2))}"] = 1.0
    touching: Counter[str] = Counter()
    for o in document_candidates:
        touching.update({o.source, o.target})
    f[f"source_edges={_bucket(touching[c.source], (1, 2, 4))}"] = 1.0
    f[f"target_edges={_bucket(touching[c.target], (1, 2, 4))}"] = 1.0
    if any(x.text in {'"', "“", "”"} for x in sent):
        f["quote"] = 1.0
    return f


def rerank_features(
    candidates: Sequence[Candidate], actors: DocActors, lexicon: Lexicon
) -> list[dict[str, float]]:
    """:func:`edge_features` of each of a document's candidates, in order."""
    return [edge_features(c, actors, lexicon, candidates) for c in candidates]


@dataclass(frozen=True, slots=True)
class Reranker:
    """The learned judgement of the rules' edges: drop those whose pair is improbable, and add a
    second type where the type model finds one probable.

    ``pair`` scores the probability that an edge's pair is related in the gold (the edge is kept at
    or above its threshold); ``types`` (optional) gives a distribution over PLOVER types, and its
    most probable type other than the edge's own is added when it reaches ``second_type``.
    """

    pair: LinearModel
    types: SoftmaxModel | None = None
    second_type: float = 1.1

    def decide(
        self, edges: Sequence[tuple[frozenset[str], str]], features: Sequence[dict[str, float]]
    ) -> list[tuple[int, str]]:
        """For edges given as (pair of actors, type) with their features: the (index, type) of each
        edge kept, in order, each followed by the (index, second type) added on it, if any (at most
        one per pair of actors, from the edge whose type model is surest)."""
        kept: set[int] = set()
        own: defaultdict[frozenset[str], set[str]] = defaultdict(set)
        for k, ((pair, kind), f) in enumerate(zip(edges, features, strict=True)):
            if self.pair.accepts(f):
                kept.add(k)
                own[pair].add(kind)
        best: dict[frozenset[str], tuple[float, int, str]] = {}
        for k, ((pair, _), f) in enumerate(zip(edges, features, strict=True)):
            if self.types is None or k not in kept:
                continue
            probs = self.types.probabilities(f)
            for kind in self.types.classes:
                p = probs[kind]
                if kind in own[pair] or kind == NO_TYPE or p < self.second_type:
                    continue
                if pair not in best or p > best[pair][0]:
                    best[pair] = (p, k, kind)
        seconds = {k: kind for _, k, kind in best.values()}
        out: list[tuple[int, str]] = []
        for k, (_, kind) in enumerate(edges):
            if k in kept:
                out.append((k, kind))
                if k in seconds:
                    out.append((k, seconds[k]))
        return out

    def rerank(
        self, candidates: Sequence[Candidate], features: Sequence[dict[str, float]]
    ) -> list[Candidate]:
        """The candidates :meth:`decide` keeps, a second type as a copy with that type."""
        edges = [(frozenset((c.source, c.target)), c.trigger.plover) for c in candidates]
        out = []
        for k, kind in self.decide(edges, features):
            c = candidates[k]
            out.append(c if kind == c.trigger.plover else replace(c, trigger=replace(c.trigger, plover=kind)))
        return out
