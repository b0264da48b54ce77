"""Data for, and training of, the learned type model (``relations/learned/types.py``).

    python scripts/train_types.py collect OUT_DIR NAME=STORIES.jsonl:GOLD_DIR ... (or voa)
    python scripts/train_types.py train OUT_DIR NAME=... [--out FILE] [--cv FILE]

``collect`` writes ``OUT_DIR/NAME.types.jsonl``: per document, every rule relation (rules only, as
``--rules-only`` emits them) with the fields the reference scorer reads, its sentence's offsets, the
rule's type, the features of :func:`~actorgraph.relations.learned.types.edge_features`, and its labels:
the categories (alternatives included) of the gold relations on the pair its two actors match (the
reference scorer's own matching, ``tests/data/voa/score_docs.py``) whose evidence lies in its sentence.
It also writes the gold's typed items with their evidence offsets (for ``benchmarks/types_cv.py``'s
sizing). Features hold no text of the articles beyond lemmas.

``train`` fits a multinomial L2 logistic regression on the labelled rows (a row with two accepted
types counts once per type), keeping only features seen in at least ``MIN_DOCS`` documents of at least
``MIN_SETS`` sets, chooses the margin on document-grouped out-of-fold predictions of the training sets
only, and writes ``src/actorgraph/data/learned_types.json``. Needs scikit-learn (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learn_data

from actorgraph.relations.learned.model import SoftmaxModel, save_models
from actorgraph.relations.learned.types import TypeModel

MIN_DOCS = 3
MIN_SETS = 2
C_TYPE = 0.3
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)
#: Probabilities a second type must reach (1.01: never).
SECOND = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01)
Record = dict[str, Any]


def collect(name: str, stories: Path, gold_dir: Path) -> Iterator[Record]:
    """One record per document of the set that has a gold file."""
    from actorgraph.actors.gazetteer import load_gazetteer
    from actorgraph.ingest import read_documents
    from actorgraph.nlp import load_pipeline
    from actorgraph.pipeline import document_step
    from actorgraph.relations import _from_candidate, load_lexicon
    from actorgraph.relations.learned.pairs import PairModel
    from actorgraph.relations.learned.types import rule_edges

    sd = learn_data.scorer()
    gold = sd.load_gold(str(gold_dir))
    nlp, gazetteer, lexicon = load_pipeline(), load_gazetteer(), load_lexicon()

    class Recorder(PairModel):
        """Records the rule candidates of a document with their features and adds nothing."""

        def __init__(self) -> None:
            self.rows: list[tuple[Any, dict[str, float]]] = []
            self.actors: Any = None

        def relations(self, document: Any, actors: Any, lexicon: Any, rules: Any) -> list[Any]:
            self.actors = actors
            seen: set[str] = set()
            for c, features in rule_edges(actors, lexicon, doc_date=document.date):
                r = _from_candidate(document, actors, lexicon, c)
                if r.id not in seen:
                    seen.add(r.id)
                    self.rows.append((r, features))
            return []

    for document in read_documents([str(stories)]):
        g = gold.get(document.id)
        if g is None:
            continue
        recorder = Recorder()
        document_step(nlp(document.text), document, gazetteer, lexicon, recorder)
        items: dict[tuple[str, str], dict[str, Any]] = {}
        spans: defaultdict[frozenset[str], list[tuple[int, int, set[str]]]] = defaultdict(list)
        for rel in g.rels:
            if rel["category"] == "AFFILIATION":
                continue
            pair = tuple(sorted((rel["source"], rel["target"])))
            cats = {rel["category"]} | ({rel["alt_category"]} if rel.get("alt_category") else set())
            item = items.setdefault(
                (pair[0] + "|" + pair[1], rel["category"]), {"accepts": set(), "spans": []}
            )
            item["accepts"] |= cats
            at = document.text.find(rel["evidence"])
            if at >= 0:
                item["spans"].append((at, at + len(rel["evidence"])))
                spans[frozenset(pair)].append((at, at + len(rel["evidence"]), cats))
        rows = []
        for r, feats in recorder.rows:
            row = {k: getattr(r, k) for k in learn_data.ROW_FIELDS}
            ends = [
                g.match(
                    getattr(r, f"{s}_id"),
                    getattr(r, f"{s}_name"),
                    getattr(r, f"{s}_type"),
                    getattr(r, f"{s}_country"),
                    getattr(r, f"{s}_sector"),
                )
                for s in ("source", "target")
            ]
            key = frozenset(ends) if None not in ends and ends[0] != ends[1] else None
            labels = (
                sorted(
                    {
                        cat
                        for lo, hi, cats in spans.get(key, [])
                        if lo < r.char_end and hi > r.char_start
                        for cat in cats
                    }
                )
                if key
                else []
            )
            rows.append(
                {
                    "row": row,
                    "start": r.char_start,
                    "end": r.char_end,
                    "rule": r.type,
                    "pair": sorted(key) if key else None,
                    "labels": labels,
                    "features": feats,
                }
            )
        gold_items = [
            {"pair": k[0].split("|"), "category": k[1], "accepts": sorted(v["accepts"]), "spans": v["spans"]}
            for k, v in sorted(items.items())
        ]
        yield {"set": name, "doc_id": document.id, "edges": rows, "gold": gold_items}


def load(data: Path, name: str) -> list[Record]:
    """The records ``collect`` wrote for one set."""
    return learn_data.load(data / f"{name}.types.jsonl")


def vocabulary(records: Sequence[Record]) -> set[str]:
    """Features seen in at least ``MIN_DOCS`` documents of at least ``MIN_SETS`` sets."""
    docs: Counter[str] = Counter()
    sets: defaultdict[str, set[str]] = defaultdict(set)
    for rec in records:
        for name in {n for e in rec["edges"] for n in e["features"]}:
            docs[name] += 1
            sets[name].add(rec["set"])
    return {n for n, k in docs.items() if k >= MIN_DOCS and len(sets[n]) >= MIN_SETS}


def fit(records: Sequence[Record], vocab: set[str], c: float = C_TYPE) -> SoftmaxModel:
    """The multinomial model over the labelled rule edges of ``records``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs, ys = [], []
    for rec in records:
        for e in rec["edges"]:
            for t in e["labels"]:
                xs.append({k: v for k, v in e["features"].items() if k in vocab})
                ys.append(t)
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(xs)
    names = list(vec.get_feature_names_out())
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit(x, ys)
    classes = tuple(str(k) for k in lr.classes_)
    weights = {
        k: {n: round(float(w), 6) for n, w in zip(names, row, strict=True) if abs(w) > 1e-6}
        for k, row in zip(classes, lr.coef_, strict=True)
    }
    intercepts = {k: round(float(b), 6) for k, b in zip(classes, lr.intercept_, strict=True)}
    return SoftmaxModel(classes, weights, intercepts)


def retyped_rows(records: Sequence[Record], model: TypeModel | None) -> list[dict[str, Any]]:
    """The rule rows of ``records``, their types replaced where ``model`` retypes them."""
    rows = []
    for rec in records:
        for e in rec["edges"]:
            t = e["rule"] if model is None else model.retype(e["rule"], e["features"])
            rows.append(dict(e["row"], type=t))
    return rows


def folds(records: Sequence[Record], k: int = 5) -> list[list[Record]]:
    """A deterministic document-grouped split of ``records`` into ``k`` folds."""
    ordered = sorted(records, key=lambda r: (r["set"], r["doc_id"]))
    return [ordered[i::k] for i in range(k)]


_GOLD: dict[str, Any] = {}


def _scorer() -> Any:
    """The reference scorer, loaded once."""
    if "" not in _GOLD:
        _GOLD[""] = learn_data.scorer()
    return _GOLD[""]


def _gold(gold_dir: Path) -> Any:
    """The gold documents of a folder (the reference scorer's), read once."""
    key = str(gold_dir)
    if key not in _GOLD:
        _GOLD[key] = _scorer().load_gold(key)
    return _GOLD[key]


def typed_f1(records: Sequence[Record], gold_dirs: dict[str, Path], rows: list[dict[str, Any]]) -> float:
    """Micro typed F1 (reference scorer, status all) of ``rows`` on the records' documents."""
    sd = _scorer()
    tp = npred = ngold = 0
    by_set: defaultdict[str, set[str]] = defaultdict(set)
    for rec in records:
        by_set[rec["set"]].add(rec["doc_id"])
    for name, docs in by_set.items():
        gold = {k: v for k, v in _gold(gold_dirs[name]).items() if k in docs}
        micro = sd.score(gold, [r for r in rows if r["doc_id"] in docs])["micro"]["typed"]
        tp, npred, ngold = tp + micro["tp"], npred + micro["n_pred"], ngold + micro["n_gold"]
    p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def choose_margin(records: Sequence[Record], gold_dirs: dict[str, Path], c: float = C_TYPE) -> float:
    """The margin that maximises typed F1 of the retyped rule rows on out-of-fold models of
    ``records`` (document-grouped 5 folds); the largest margin wins ties (the rules stay)."""
    parts = folds(records)
    oof = []
    for i, held in enumerate(parts):
        train = [r for j, p in enumerate(parts) if j != i for r in p]
        oof.append((held, fit(train, vocabulary(train), c)))
    best = (MARGINS[-1], -1.0)
    for m in sorted(MARGINS, reverse=True):
        rows = [row for held, model in oof for row in retyped_rows(held, TypeModel(model, m))]
        value = typed_f1(records, gold_dirs, rows)
        if value > best[1] + 1e-9:
            best = (m, value)
    return best[0]


def second_rows(records: Sequence[Record], model: SoftmaxModel, threshold: float) -> list[dict[str, Any]]:
    """A second relation on each rule edge of ``records`` whose most probable type other than the
    rule's reaches ``threshold`` (the brief's "second type"; measured, not shipped)."""
    rows = []
    for rec in records:
        for e in rec["edges"]:
            probs = model.probabilities(e["features"])
            other = max((k for k in model.classes if k != e["rule"]), key=lambda k: (probs[k], k))
            if probs[other] >= threshold:
                rows.append(dict(e["row"], type=other))
    return rows


def choose_second(records: Sequence[Record], gold_dirs: dict[str, Path], c: float = C_TYPE) -> float:
    """The second-type threshold that maximises typed F1 of the rule rows plus the second types on
    out-of-fold models of ``records``; the highest wins ties (no second type)."""
    parts = folds(records)
    oof = []
    for i, held in enumerate(parts):
        train = [r for j, p in enumerate(parts) if j != i for r in p]
        oof.append((held, fit(train, vocabulary(train), c)))
    base = retyped_rows(records, None)
    best = (SECOND[-1], -1.0)
    for t in sorted(SECOND, reverse=True):
        value = typed_f1(records, gold_dirs, base + [r for held, m in oof for r in second_rows(held, m, t)])
        if value > best[1] + 1e-9:
            best = (t, value)
    return best[0]


def train(records: Sequence[Record], gold_dirs: dict[str, Path], c: float = C_TYPE) -> TypeModel:
    """The type model trained on ``records``, its margin chosen on them (out of fold)."""
    margin = choose_margin(records, gold_dirs, c)
    model = fit(records, vocabulary(records), c)
    return TypeModel(SoftmaxModel(model.classes, model.weights, model.intercepts, {"margin": margin}), margin)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("collect", "train"))
    parser.add_argument("data", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument(
        "--out", type=Path, default=learn_data.ROOT / "src/actorgraph/data/learned_types.json"
    )
    parser.add_argument("--cv", type=Path, help="a JSON file of cross-validation figures to record")
    args = parser.parse_args()
    sets = learn_data.parse_sets(args.sets)
    if args.command == "collect":
        args.data.mkdir(parents=True, exist_ok=True)
        for name, stories, gold_dir in sets:
            n = edges = labelled = 0
            with (args.data / f"{name}.types.jsonl").open("w", encoding="utf-8") as f:
                for rec in collect(name, stories, gold_dir):
                    f.write(json.dumps(rec, sort_keys=True) + "\n")
                    n += 1
                    edges += len(rec["edges"])
                    labelled += sum(1 for e in rec["edges"] if e["labels"])
            print(f"{name}: {n} documents, {edges} rule edges, {labelled} labelled")
        return 0
    gold_dirs = {name: gold for name, _, gold in sets}
    records = [rec for name in gold_dirs for rec in load(args.data, name)]
    model = train(records, gold_dirs)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=learn_data.ROOT
    ).stdout.strip()
    provenance = {
        "trained_on": {name: sum(1 for r in records if r["set"] == name) for name in gold_dirs},
        "rows": sum(len(e["labels"]) for r in records for e in r["edges"]),
        "commit": commit,
        "script": "scripts/train_types.py collect + train",
        "min_docs": MIN_DOCS,
        "min_sets": MIN_SETS,
        "c": C_TYPE,
        "margin": model.margin,
        "cross_validation": json.loads(args.cv.read_text(encoding="utf-8")) if args.cv else None,
    }
    save_models(args.out, {"retype": model.model}, provenance)
    print(f"{args.out}: classes {model.model.classes}, margin {model.margin}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
