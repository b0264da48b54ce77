"""Scoring against gold annotations: PLOVER gold-standard sentences and article gold graphs.

PLOVER convention (``../shared/dev/README.md``): compare at country level (first
three letters of a code; IGO* = IGO); each gold record gives one directed dyad per
source x target pair, and a compound record one unordered pair per pair of its
sources. A predicted relation maps each side to its state (a state's own code, a
person's or organ's country), ``IGO`` for IGOs, ``IMG`` for armed groups without a
state, ``NGO`` for other organisations without one.

Same-country dyads (both sides of one state: the government and rebels, police and
protesters) are scored apart, at (state, coarse sector class): ``state`` (GOV, MIL,
COP, JUD, LEG, SPY or the bare state), ``armed`` (REB, UAF, IMG), ``political`` (OPP,
PTY, ELI) and ``society`` (the rest); see :func:`actorgraph.actors.sectors.sector_class`.
A predicted relation counts when its two sides are different actors of one state. Two
sides of one class (a minister and the parliament) make a dyad of that class with itself.

Article gold graphs (``seed.gold.json``): predicted actors are matched to gold
actors by id, name or alias (case-insensitive); relations are compared as
undirected dyads of matched actors, with and without the PLOVER type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from actorgraph.actors.sectors import sector_class
from actorgraph.model import Actor, Relation

__all__ = ["PRF", "PloverScore", "SeedScore", "actor_code", "score_plover", "score_seed"]


@dataclass
class PRF:
    """Counts and precision / recall / F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        counts = f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  {counts}"


def actor_code(actor_type: str, actor_id: str, country: str | None) -> str:
    """The country-level code of an actor, as the PLOVER gold standard codes it."""
    if actor_type == "country":
        return actor_id[:3]
    if actor_type == "igo":
        return "IGO"
    if country:
        return country[:3]
    if actor_type == "armed_group":
        return "IMG"
    return "NGO"


def _gold_code(code: str) -> str:
    return "IGO" if code.startswith("IGO") else code[:3]


@dataclass
class PloverScore:
    """Scores on PLOVER gold-standard sentences."""

    dyad: PRF = field(default_factory=PRF)
    typed: PRF = field(default_factory=PRF)
    found_dyads: int = 0
    type_right: int = 0
    per_type: dict[str, PRF] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)
    type_errors: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    same_country: PRF = field(default_factory=PRF)
    same_country_misses: list[dict[str, Any]] = field(default_factory=list)
    same_country_false_positives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        """Of the gold dyads found, the share whose PLOVER type is right."""
        return self.type_right / self.found_dyads if self.found_dyads else 0.0


def _pred_dyads(
    relations: Iterable[Relation],
) -> dict[tuple[str, str], tuple[bool, set[str], list[Relation]]]:
    out: dict[tuple[str, str], tuple[bool, set[str], list[Relation]]] = {}
    relations = list(relations)
    # A person or organ without a state codes as what it is affiliated to ("Arab League Secretary General X").
    affiliated = {
        r.source_id: actor_code(r.target_type, r.target_id, r.target_country)
        for r in relations
        if r.type == "AFFILIATION"
    }

    def code(kind: str, actor: str, country: str | None) -> str:
        if not country and kind not in {"country", "igo"} and actor in affiliated:
            return affiliated[actor]
        return actor_code(kind, actor, country)

    for r in relations:
        if r.type == "AFFILIATION":
            continue
        s = code(r.source_type, r.source_id, r.source_country)
        t = code(r.target_type, r.target_id, r.target_country)
        if s == t:
            continue
        key = (s, t)
        directed, types, rels = out.get(key, (True, set(), []))
        out[key] = (directed and r.directed, types | {r.type}, [*rels, r])
    return out


#: Codes of the PLOVER gold that are no state: their two sides are not "of one state".
_NOT_STATES = frozenset({"IGO", "NGO", "IMG", "ISM"})

Side = tuple[str, str]


def _gold_side(actor: dict[str, Any]) -> Side:
    return _gold_code(actor["code"]), sector_class(actor.get("sector"))


def _gold_same_country(record: dict[str, Any]) -> tuple[set[tuple[Side, Side]], bool]:
    """The record's same-country dyads at (state, class), and whether they are undirected."""
    sources = [_gold_side(a) for a in record["sources"]]
    targets = [_gold_side(a) for a in record["targets"]]
    if record.get("compound"):
        pairs = {
            (a, b) if a <= b else (b, a)
            for i, a in enumerate(sources)
            for b in sources[i + 1 :]
            if a[0] == b[0]
        }
        return {p for p in pairs if p[0][0] not in _NOT_STATES}, True
    return {(s, t) for s in sources for t in targets if s[0] == t[0] and s[0] not in _NOT_STATES}, False


def _pred_same_country(relations: Sequence[Relation]) -> dict[tuple[Side, Side], tuple[bool, list[Relation]]]:
    """Predicted dyads between different actors of one state, at (state, class)."""
    out: dict[tuple[Side, Side], tuple[bool, list[Relation]]] = {}
    for r in relations:
        if r.type == "AFFILIATION" or r.source_id == r.target_id:
            continue
        s = actor_code(r.source_type, r.source_id, r.source_country)
        t = actor_code(r.target_type, r.target_id, r.target_country)
        if s != t or s in _NOT_STATES:
            continue
        key = (
            (s, sector_class(r.source_sector, r.source_type)),
            (t, sector_class(r.target_sector, r.target_type)),
        )
        directed, rels = out.get(key, (True, []))
        out[key] = (directed and r.directed, [*rels, r])
    return out


def _score_same_country(score: PloverScore, record: dict[str, Any], relations: Sequence[Relation]) -> None:
    gold, undirected = _gold_same_country(record)
    pred = _pred_same_country(relations)
    matched: set[tuple[Side, Side]] = set()
    for g in gold:
        hit = next(
            (
                key
                for key, (directed, _) in pred.items()
                if key == g or ((undirected or not directed) and sorted(key) == sorted(g))
            ),
            None,
        )
        if hit is None:
            score.same_country.fn += 1
            score.same_country_misses.append(
                {"id": record["id"], "text": record["text"], "gold": g, "predicted": sorted(pred)}
            )
        else:
            matched.add(hit)
            score.same_country.tp += 1
    for key, (_, rels) in pred.items():
        if key not in matched:
            score.same_country.fp += 1
            score.same_country_false_positives.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "predicted": key,
                    "predicates": sorted({r.predicate for r in rels}),
                }
            )


def score_plover(
    records: Sequence[dict[str, Any]], relations_per_record: Sequence[Sequence[Relation]]
) -> PloverScore:
    """Score predicted relations (one list per gold record, same order) against PLOVER gold records.

    International dyads (``dyad``, ``typed``) at country level; same-country dyads (``same_country``)
    at (state, coarse sector class).
    """
    score = PloverScore()
    for record, relations in zip(records, relations_per_record, strict=True):
        _score_same_country(score, record, relations)
        gold_type = record["event"]
        per_type = score.per_type.setdefault(gold_type, PRF())
        sources = [_gold_code(a["code"]) for a in record["sources"]]
        targets = [_gold_code(a["code"]) for a in record["targets"]]
        if record.get("compound"):
            gold = {tuple(sorted((a, b))) for i, a in enumerate(sources) for b in sources[i + 1 :] if a != b}
            undirected = True
        else:
            gold = {(s, t) for s in sources for t in targets if s != t}
            undirected = False
        pred = _pred_dyads(relations)
        matched_pred: set[tuple[str, str]] = set()
        for g in gold:
            hit = None
            for key, (directed, types, _) in pred.items():
                same = key == g or ((undirected or not directed) and tuple(sorted(key)) == tuple(sorted(g)))
                if same:
                    hit = (key, types)
                    break
            if hit is None:
                score.dyad.fn += 1
                score.typed.fn += 1
                per_type.fn += 1
                score.misses.append(
                    {
                        "id": record["id"],
                        "text": record["text"],
                        "gold": g,
                        "type": gold_type,
                        "predicted": sorted((k, sorted(v[1])) for k, v in pred.items()),
                    }
                )
                continue
            key, types = hit
            matched_pred.add(key)
            score.dyad.tp += 1
            score.found_dyads += 1
            if gold_type in types:
                score.typed.tp += 1
                score.type_right += 1
                per_type.tp += 1
            else:
                score.typed.fn += 1
                score.typed.fp += 1
                per_type.fn += 1
                for t in types:
                    score.per_type.setdefault(t, PRF()).fp += 1
                score.confusion[(gold_type, sorted(types)[0])] += 1
                rels = pred[key][2]
                score.type_errors.append(
                    {
                        "id": record["id"],
                        "text": record["text"],
                        "gold": g,
                        "type": gold_type,
                        "predicted": sorted(types),
                        "predicates": sorted({r.predicate for r in rels}),
                    }
                )
        for key, (_, types, rels) in pred.items():
            if key in matched_pred:
                continue
            score.dyad.fp += 1
            score.typed.fp += 1
            for t in types:
                score.per_type.setdefault(t, PRF()).fp += 1
            score.false_positives.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "predicted": key,
                    "types": sorted(types),
                    "predicates": sorted({r.predicate for r in rels}),
                }
            )
    return score


@dataclass
class SeedScore:
    """Scores of one article against its gold graph."""

    actors: PRF
    events: PRF
    typed: PRF
    affiliations: PRF
    flags: list[tuple[str, str, bool]]
    actor_misses: list[str]
    actor_extra: list[str]
    event_misses: list[tuple[str, str, str]]
    event_extra: list[tuple[str, str, str, str]]


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().replace("'s", "").split())


def score_seed(gold: dict[str, Any], actors: Sequence[Actor], relations: Sequence[Relation]) -> SeedScore:
    """Score one article's actors and relations against its gold graph."""
    gold_names = {
        g["id"]: {_norm(g["name"]), _norm(g["id"]), *(_norm(a) for a in g.get("aliases", []))}
        for g in gold["actors"]
    }
    mapping: dict[str, str] = {}
    for a in actors:
        names = {_norm(a.id), _norm(a.name), *(_norm(x) for x in a.aliases)}
        for gid, gnames in gold_names.items():
            if names & gnames and gid not in mapping.values():
                mapping[a.id] = gid
                break
    # the guidelines fold a state's organs (army, police, government) into it, as the VOA scorer does
    folded = {
        a.id: a.country
        for a in actors
        if a.id not in mapping and a.type != "person" and a.sector and sector_class(a.sector) == "state"
        if a.country in gold_names
    }
    actor_prf = PRF(
        tp=len(mapping),
        fp=len(actors) - len(mapping) - len(folded),
        fn=len(gold_names) - len(set(mapping.values())),
    )
    mapping.update({k: v for k, v in folded.items() if v is not None})
    mapped = [
        (mapping.get(r.source_id, r.source_id), mapping.get(r.target_id, r.target_id), r) for r in relations
    ]

    gold_events = [g for g in gold["relations"] if g["category"] != "AFFILIATION"]
    gold_pairs = {frozenset((g["source"], g["target"])) for g in gold_events}
    gold_typed = {
        (frozenset((g["source"], g["target"])), c)
        for g in gold_events
        for c in (g["category"], g.get("alt_category"))
        if c
    }
    pred_pairs = {frozenset((s, t)) for s, t, r in mapped if r.type != "AFFILIATION" and s != t}
    pred_typed = {(frozenset((s, t)), r.type) for s, t, r in mapped if r.type != "AFFILIATION" and s != t}
    events = PRF(len(gold_pairs & pred_pairs), len(pred_pairs - gold_pairs), len(gold_pairs - pred_pairs))
    typed_tp = {p for p in pred_typed if p in gold_typed}
    typed_gold_found = {(pair) for pair, _ in typed_tp}
    typed = PRF(
        len(typed_gold_found),
        len({p for p in pred_typed if p not in gold_typed}),
        len({frozenset((g["source"], g["target"])) for g in gold_events} - typed_gold_found),
    )
    gold_aff = {(g["source"], g["target"]) for g in gold["relations"] if g["category"] == "AFFILIATION"}
    pred_aff = {(s, t) for s, t, r in mapped if r.type == "AFFILIATION"}
    affiliations = PRF(len(gold_aff & pred_aff), len(pred_aff - gold_aff), len(gold_aff - pred_aff))

    flags = []
    for g in gold_events:
        if "status" not in g:
            continue
        pair = frozenset((g["source"], g["target"]))
        rels = [r for s, t, r in mapped if frozenset((s, t)) == pair and r.type != "AFFILIATION"]
        want = g["status"]
        ok = any(
            (want == "hypothetical" and r.hypothetical)
            or (want == "negated" and r.negated)
            or (want == "claimed" and r.attributed_to is not None)
            for r in rels
        )
        flags.append((f"{g['source']}-{g['target']} {g['category']}", want, ok))
    return SeedScore(
        actors=actor_prf,
        events=events,
        typed=typed,
        affiliations=affiliations,
        flags=flags,
        actor_misses=sorted(set(gold_names) - set(mapping.values())),
        actor_extra=sorted(a.id for a in actors if a.id not in mapping),
        event_misses=sorted(
            (g["source"], g["target"], g["category"])
            for g in gold_events
            if frozenset((g["source"], g["target"])) not in pred_pairs
        ),
        event_extra=sorted(
            {
                (s, t, r.type, r.predicate)
                for s, t, r in mapped
                if r.type != "AFFILIATION" and frozenset((s, t)) not in gold_pairs
            }
        ),
    )
