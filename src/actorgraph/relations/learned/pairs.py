"""Candidate pairs: two actors named in one sentence that the rules did not relate.

Per document, every unordered pair of distinct resolved actors co-mentioned in a sentence, folded as
the rules fold them (an organ of a state, "the Russian army", is its state; a group of a society
acted upon stands for its state, :func:`~actorgraph.actors.groups.relation_side`), except pairs of
one state's parts (a state and its own official or organ), commentators (analysts, academics, former
officials: the guidelines leave them out) and pairs the rules already relate. A pair's features are
the maximum of its sentences' (:mod:`.features`) and how many sentences name both.

:class:`PairModel` scores each candidate with the learned pair model and, above its threshold, types
the pair by its best sentence with the learned type model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from itertools import combinations

from spacy.tokens import Span, Token

from actorgraph.actors.groups import relation_side
from actorgraph.actors.resolve import DocActors
from actorgraph.actors.sectors import commentator, folded_organ
from actorgraph.model import Document, Relation
from actorgraph.relations.learned.features import (
    DOER_ROLES,
    LexiconTypes,
    Words,
    link,
    mention_head,
    sentence_features,
)
from actorgraph.relations.learned.model import LinearModel, SoftmaxModel, load_models
from actorgraph.relations.lexicon import Lexicon

__all__ = ["LearnedPair", "PairCandidate", "PairModel", "PairSentence", "pair_candidates"]

#: Dependencies of a word that qualifies a noun rather than heads an argument.
_MODIFIER_DEPS = frozenset({"amod", "poss", "compound", "nmod"})
#: Most mentions of one actor per sentence compared with the other's (the nearest ones first).
_MENTIONS_PER_SIDE = 3


@dataclass(frozen=True, slots=True)
class PairSentence:
    """One sentence that names both actors of a candidate pair."""

    start: int
    end: int
    features: dict[str, float]
    #: the side reaching the lowest common ancestor as subject or agent first, else text order
    source: str
    target: str
    predicate: str
    negated: bool
    hypothetical: bool
    #: the speaker the rules attribute the sentence's relations to, when they name one
    attributed_to: str | None = None
    #: the types of the rules' relations between the two actors in this sentence (only the pairs the
    #: rules relate somewhere have any)
    rule_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PairCandidate:
    """Two actors co-mentioned in the document, the rules relating neither to the other."""

    ends: tuple[str, str]
    features: dict[str, float]
    sentences: tuple[PairSentence, ...]
    #: whether the rules relate the two already (only with ``keep_related``)
    related: bool = False


@dataclass(frozen=True, slots=True)
class LearnedPair:
    """A relation the learned models add."""

    source: str
    target: str
    type: str
    sentence_start: int
    sentence_end: int
    predicate: str
    probability: float
    negated: bool
    hypothetical: bool
    attributed_to: str | None = None
    #: whether its evidence sentence has a word of the lexicon (a trigger) joining the two, at their
    #: lowest common ancestor or on the path between them: without one the sentence names no act of the
    #: pair ("X said Y was a partner"), and the row is the model's guess from the story
    stated: bool = True


def _unit(actors: DocActors, actor_id: str) -> str | None:
    """The actor ``actor_id`` stands for in a pair: an organ is its state; a commentator is none."""
    draft = actors.actors[actor_id]
    if commentator(draft.type, draft.sector, draft.office):
        return None
    if (
        draft.country
        and folded_organ(draft.type, draft.sector, draft.country, draft.country)
        and actors.ensure_actor(draft.country)
    ):
        return draft.country
    return actor_id


def _stands_for(actors: DocActors, actor_id: str, head: Token, words: Words) -> str:
    """Whom a mention that qualifies a noun stands for, as the rules read the noun's phrase: the name
    the noun is in apposition with ("the Somali militant group, al-Shabab": al-Shabab), the state a
    person's people serve ("Lukashenko's troops": Belarus); else the mention's own actor."""
    noun = head.head
    if head.dep_ not in _MODIFIER_DEPS or noun.pos_ not in {"NOUN", "PROPN"} or noun.i == head.i:
        return actor_id
    for child in noun.children:
        named = actors.actor_at(child) if child.dep_ == "appos" else None
        if named is not None and named != actor_id:
            return named
    draft = actors.actors[actor_id]
    if (
        draft.type == "person"
        and (noun.lower_ in words.agents or noun.lemma_.lower() in words.agents)
        and draft.country
        and actors.ensure_actor(draft.country)
    ):
        return draft.country
    return actor_id


def _acted_upon(actors: DocActors, a: str, b: str) -> frozenset[str]:
    """The pair as the rules relate it when either side is acted upon: a group of a society stands
    for its state ("Residents of Kharkiv ... shelling by Russian forces": Ukraine and Russia)."""
    return frozenset((relation_side(actors, a, b)[0], relation_side(actors, b, a)[0]))


def _state(actors: DocActors, actor_id: str) -> str | None:
    draft = actors.actors[actor_id]
    return actor_id if draft.type == "country" else draft.country


def _one_state(actors: DocActors, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are of one state (the state and its official, organ or group, or two
    of its people or bodies: home affairs, which the guidelines mostly leave out), or one of them is
    an outlet (what an outlet reports or is told is no relation of its own)."""
    state_a = _state(actors, a)
    return (state_a is not None and state_a == _state(actors, b)) or "media" in {
        actors.actors[a].type,
        actors.actors[b].type,
    }


#: The most actors (after folding) a sentence may name for its pairs to be candidates. The training
#: sentences named at most 8; a longer list (a vote table, 50 states invited) is outside what the model
#: learned, and its pairs grow as the square of its length (50 states: 1,225 pairs a sentence, and a
#: 200-sentence table took 48 s instead of 12 s).
MAX_SENTENCE_UNITS = 12
#: The fewest sentences a text needs for the model to add pairs. Its pair features describe a story (how
#: often each actor is named, in how many sentences the two meet, how many actors the story has), and the
#: shortest training article had four sentences: in a lone sentence those features mean something else
#: (every actor is the story's most named), and the model trained on 342 articles scores most lone pairs
#: near its threshold ("Turkey tried to contain Iranian smuggling networks": 0.40).
MIN_TEXT_SENTENCES = 2


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((f"<={e}" for e in edges if n <= e), "more")


def pair_candidates(
    document: Document,
    actors: DocActors,
    lexicon: Lexicon,
    rules: Sequence[Relation],
    words: Words,
    *,
    keep_related: bool = False,
) -> list[PairCandidate]:
    """Every candidate pair of the document, in order of first co-mention (with ``keep_related``, the
    pairs the rules relate too, marked ``related``: the type model learns from them)."""
    doc = actors.doc
    events = [r for r in rules if r.type != "AFFILIATION"]
    related = {frozenset((r.source_id, r.target_id)) for r in events if r.source_id != r.target_id}
    # as the pairs are read: organs as their states ("Russian forces shelled ..." relates Russia)
    for r in events:
        if r.source_id in actors.actors and r.target_id in actors.actors:
            unit_s, unit_t = _unit(actors, r.source_id), _unit(actors, r.target_id)
            if unit_s is not None and unit_t is not None:
                related.add(frozenset((unit_s, unit_t)))
    related_states = {
        frozenset((_state(actors, r.source_id) or r.source_id, _state(actors, r.target_id) or r.target_id))
        for r in events
        if r.source_id in actors.actors and r.target_id in actors.actors
    }
    in_rules = {a for r in events for a in (r.source_id, r.target_id)}
    mentions = sorted(actors.mentions, key=lambda m: m.start)
    types = LexiconTypes(lexicon)
    counts: dict[str, int] = {}
    for m in mentions:
        unit = _unit(actors, m.actor_id)
        if unit is not None:
            counts[unit] = counts.get(unit, 0) + 1
    top = set(sorted(counts, key=lambda u: (-counts[u], u))[:3])
    found: dict[frozenset[str], list[PairSentence]] = {}
    order: list[frozenset[str]] = []
    k = 0
    for index, sent in enumerate(doc.sents):
        inside = []
        while k < len(mentions) and mentions[k].start < sent.end:
            if mentions[k].start >= sent.start:
                inside.append(mentions[k])
            k += 1
        if len(inside) < 2 or actors.is_chrome(sent):
            continue
        heads: dict[str, list[Token]] = {}
        for m in inside:
            head = mention_head(doc, m)
            unit = _unit(actors, _stands_for(actors, m.actor_id, head, words))
            if unit is not None:
                heads.setdefault(unit, []).append(head)
        if not 2 <= len(heads) <= MAX_SENTENCE_UNITS:
            continue
        here = [r for r in events if sent.start_char <= r.char_start < sent.end_char]
        for a, b in combinations(sorted(heads, key=lambda u: heads[u][0].i), 2):
            pair = frozenset((a, b))
            known = pair in related or _acted_upon(actors, a, b) in related
            if (known and not keep_related) or _one_state(actors, a, b):
                continue
            touching = [r.type for r in here if {r.source_id, r.target_id} & pair]
            # (the rules relate the pair in the document; do they here? benchmarks/missing_types_cv.py)
            on_pair = (
                sorted({r.type for r in here if _ends(actors, r) in (pair, _acted_upon(actors, a, b))})
                if known
                else []
            )
            states = {_state(actors, a) or a, _state(actors, b) or b}
            # "Putin ordered strikes on Ukraine" beside the pair (Putin, Zelensky): the same event at
            # the other level of one of the two states
            levels = [
                r.type
                for r in here
                if r.source_id in actors.actors
                and r.target_id in actors.actors
                and {_state(actors, r.source_id) or r.source_id, _state(actors, r.target_id) or r.target_id}
                == states
            ]
            kinds = [r.type for r in here]
            item = _sentence((a, b), heads, sent, actors, types, words, index, kinds, touching)
            if on_pair:
                item = replace(item, rule_types=tuple(on_pair))
            speakers = {r.attributed_to for r in here}
            if len(speakers) == 1:  # "..., said Shamkhani": the speaker of the sentence's other relations
                item = replace(item, attributed_to=speakers.pop())
            ruled = {e for r in here for e in (r.source_id, r.target_id)}
            if _modifier_of_other(item, ruled, (a, b)):
                # "Kenya condemned the Somali militant group, al-Shabab", "Ukraine accused Lukashenko's
                # troops": the rules read the phrase the modifier qualifies and related its actor
                item.features["modifier_beside_rules"] = 1.0
            for kind in levels:
                item.features[f"rule_other_level={kind}"] = 1.0
                item.features["rule_other_level"] = 1.0
            if pair not in found:
                found[pair] = []
                order.append(pair)
            found[pair].append(item)
    out = []
    for pair in order:
        items = found[pair]
        a, b = sorted(pair, key=lambda u: (items[0].source != u, u))
        agg: dict[str, float] = {}
        for s in items:
            for name, value in s.features.items():
                agg[name] = max(agg.get(name, 0.0), value)
        agg[f"sentences={_bucket(len(items), (1, 2))}"] = 1.0
        agg[f"ends_in_rules={len(pair & in_rules)}"] = 1.0
        low, high = sorted(counts.get(u, 0) for u in pair)
        agg[f"mentions_min={_bucket(low, (1, 2, 5))}"] = 1.0
        agg[f"mentions_max={_bucket(high, (1, 2, 5, 10))}"] = 1.0
        agg[f"top_actors={len(pair & top)}"] = 1.0
        # how crowded the story is: the more actors it names, the fewer of its pairs are related
        agg[f"story_actors={_bucket(len(counts), (4, 8, 12, 20))}"] = 1.0
        pair_states = frozenset(_state(actors, u) or u for u in pair)
        if pair_states in related_states:
            agg["states_related_by_rules"] = 1.0
        known = pair in related or _acted_upon(actors, a, b) in related
        out.append(PairCandidate((a, b), agg, tuple(items), known))
    return out


def _ends(actors: DocActors, r: Relation) -> frozenset[str | None]:
    """The two actors of a rule's relation as the pairs are read (organs as their states)."""
    if r.source_id not in actors.actors or r.target_id not in actors.actors:
        return frozenset((r.source_id, r.target_id))
    return frozenset((_unit(actors, r.source_id), _unit(actors, r.target_id)))


def _modifier_of_other(item: PairSentence, ruled: set[str], ends: tuple[str, str]) -> bool:
    """Whether one side is only a modifier (demonym, possessor, compound) of another noun while the
    rules relate the other side in the sentence."""
    return any(
        item.features.get(f"{side}_modifier") and ends[1 - k] in ruled for k, side in enumerate(("a", "b"))
    )


def _sentence(
    ends: tuple[str, str],
    heads: dict[str, list[Token]],
    sent: Span,
    actors: DocActors,
    lexicon: LexiconTypes,
    words: Words,
    index: int,
    rule_types: list[str],
    touching: list[str],
) -> PairSentence:
    a, b = ends
    # the two mentions nearest each other in the parse
    ta, tb = min(
        ((x, y) for x in heads[a][:_MENTIONS_PER_SIDE] for y in heads[b][:_MENTIONS_PER_SIDE]),
        key=lambda p: (len(link(p[0], p[1]).path), abs(p[0].i - p[1].i), p[0].i),
    )
    features, j = sentence_features(
        ta,
        tb,
        ends,
        sent,
        actors,
        lexicon,
        words,
        index=index,
        sentence_actors=len(heads),
        rule_types=rule_types,
        rule_touching=touching,
    )
    for side, tok in (("a", ta), ("b", tb)):
        if tok.dep_ in _MODIFIER_DEPS and tok.head.pos_ in {"NOUN", "PROPN"}:
            features[f"{side}_modifier"] = 1.0
    role_a, role_b = j.roles
    if role_b in DOER_ROLES and role_a not in DOER_ROLES:
        source, target = b, a
    elif role_a in DOER_ROLES or ta.i <= tb.i:
        source, target = a, b
    else:
        source, target = b, a
    # a society group acted upon stands for its state, as in the rules' relations
    target = relation_side(actors, target, source)[0]
    return PairSentence(
        sent.start_char,
        sent.end_char,
        features,
        source,
        target,
        j.lca.text,
        "lca_negated" in features,
        "lca_modal" in features or "lca_intent" in features,
    )


class PairModel:
    """The learned pair model and type model, applied to a document's candidate pairs."""

    def __init__(self, pair: LinearModel, types: SoftmaxModel) -> None:
        self.pair = pair
        self.types = types
        self.words = Words.load()

    @classmethod
    def from_file(cls, path: str) -> PairModel:
        """The models ``pair`` and ``type`` of a model file."""
        models = load_models(path)
        pair, types = models.get("pair"), models.get("type")
        if not isinstance(pair, LinearModel) or not isinstance(types, SoftmaxModel):
            from actorgraph.errors import DataFileError

            raise DataFileError(f"{path}: needs a binary model 'pair' and a multinomial model 'type'")
        return cls(pair, types)

    def relations(
        self, document: Document, actors: DocActors, lexicon: Lexicon, rules: Sequence[Relation]
    ) -> list[LearnedPair]:
        """The relations the models add to the rules' ``rules`` in ``document``."""
        out: list[LearnedPair] = []
        if sum(1 for _ in actors.doc.sents) < MIN_TEXT_SENTENCES:
            return out
        for c in pair_candidates(document, actors, lexicon, rules, self.words):
            p = self.pair.score(c.features)
            if p < self.pair.threshold:
                continue
            best = max(c.sentences, key=lambda s: (self.pair.score(s.features), -s.start))
            rtype, _ = self.types.predict(best.features)
            out.append(
                LearnedPair(
                    best.source,
                    best.target,
                    rtype,
                    best.start,
                    best.end,
                    best.predicate,
                    p,
                    best.negated,
                    best.hypothetical,
                    best.attributed_to,
                    stated=bool(triggers(best)),
                )
            )
        return out


def triggers(sentence: PairSentence) -> set[str]:
    """The lexicon types of the words joining the two actors in ``sentence``: their lowest common
    ancestor and the words on the path between them."""
    found = set()
    for name in sentence.features:
        kind, _, value = name.partition("=")
        if kind in {"lca_lex", "path_lex"} and value != "none":
            found.add(value)
    return found


@cache
def default_model() -> PairModel:
    """The models shipped in ``data/learned_pairs.json``."""
    return PairModel.from_file(str(files("actorgraph") / "data" / "learned_pairs.json"))
