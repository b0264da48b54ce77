"""Training data and training for the learned reranker of the rules' own edges
(:mod:`actorgraph.relations.learned.rerank`).

    python scripts/train_rerank.py data DATA_DIR voa NAME=STORIES.jsonl:GOLD_DIR ...   # parse and label
    python scripts/train_rerank.py train DATA_DIR voa NAME=... --out FILE              # fit, write JSON

``data`` writes ``DATA_DIR/NAME.rerank.jsonl``: per document with a gold file, the relations the
pipeline outputs (the fields the reference scorer reads) and, for each event relation, the features
of the rule candidate that made it and its labels: ``pair_ok`` when the reference scorer's own actor
matching (``tests/data/voa/score_docs.py``, imported) maps its two actors to a pair the gold relates
(other than AFFILIATION), ``missing`` the types of that pair's gold items that none of the rules'
types on the pair answers (what a second typed edge could find). Features hold no text of the
articles beyond lemmas.

``train`` fits the models on every set named (scikit-learn, the ``train`` extra): the pair model is
an L2 logistic regression; the type model a multinomial one whose classes are the missing types and
``NONE``. The thresholds (drop an edge below ``pair``; add a second type at or above
``second_type``) are chosen inside the training sets only, on out-of-fold scores (leave one set out,
or document-grouped 5 folds with one set), maximising the mean of pair F1 and typed F1 (status all).
A threshold of 0 drops nothing and 1.1 adds nothing: the rules' output unchanged.
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

from actorgraph.relations.learned.model import LinearModel, SoftmaxModel, save_models
from actorgraph.relations.learned.rerank import NO_TYPE, Reranker

ROOT = Path(__file__).resolve().parent.parent
MIN_DOCS = 3
MIN_SETS = 2
C_PAIR = 0.1
C_TYPE = 0.3
PAIR_THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
TYPE_THRESHOLDS = (1.1, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15)
Record = dict[str, Any]


def _missing(g: Any, pair: frozenset[str], have: set[str]) -> list[str]:
    """The types of the gold items on ``pair`` that none of the types ``have`` answers (each
    predicted type answers one item that accepts it, as the scorer's one-to-one matching does)."""
    items: dict[str, set[str]] = {}
    for r in g.rels:
        if r["category"] != "AFFILIATION" and frozenset((r["source"], r["target"])) == pair:
            items.setdefault(r["category"], {r["category"]}).update(
                [r["alt_category"]] if r.get("alt_category") else []
            )
    for kind in sorted(have):
        hit = next((k for k, accepted in sorted(items.items()) if kind in accepted), None)
        if hit is not None:
            del items[hit]
    return sorted(set().union(*items.values())) if items else []


def collect(name: str, stories: Path, gold_dir: Path) -> Iterator[Record]:
    """One record per document of the set that has a gold file."""
    from actorgraph.actors.gazetteer import load_gazetteer
    from actorgraph.actors.groups import own_forces
    from actorgraph.ingest import read_documents
    from actorgraph.nlp import load_pipeline
    from actorgraph.pipeline import document_step
    from actorgraph.relations import _from_candidate, load_lexicon
    from actorgraph.relations.extract import extract_candidates
    from actorgraph.relations.learned.pairs import PairModel
    from actorgraph.relations.learned.rerank import rerank_features

    sd = learn_data.scorer()
    gold = sd.load_gold(str(gold_dir))
    nlp, gazetteer, lexicon = load_pipeline(), load_gazetteer(), load_lexicon()

    class Recorder(PairModel):
        """Records the features of the rules' candidates of a document and adds nothing."""

        def __init__(self) -> None:
            self.features: dict[str, dict[str, float]] = {}
            self.unmatched = 0

        def relations(self, document: Any, actors: Any, lexicon: Any, rules: Any) -> list[Any]:
            # the rules' candidates again, on the same parse and actors, as doc_relations keeps them
            cands = [
                c
                for c in extract_candidates(actors, lexicon, doc_date=document.date)
                if not own_forces(actors, c.source, c.target, c.trigger.plover)
            ]
            for c, f in zip(cands, rerank_features(cands, actors, lexicon), strict=True):
                self.features.setdefault(_from_candidate(document, actors, lexicon, c).id, f)
            self.unmatched = len({r.id for r in rules} - set(self.features))
            return []

    for document in read_documents([str(stories)]):
        g = gold.get(document.id)
        if g is None:
            continue
        recorder = Recorder()
        result = document_step(nlp(document.text), document, gazetteer, lexicon, recorder)
        rows = [{k: getattr(r, k) for k in learn_data.ROW_FIELDS} for r in result.relations]
        events = [(i, r) for i, r in enumerate(result.relations) if r.type != "AFFILIATION"]
        ends: dict[int, tuple[str | None, str | None]] = {}
        for i, r in events:
            ends[i] = (
                g.match(r.source_id, r.source_name, r.source_type, r.source_country, r.source_sector),
                g.match(r.target_id, r.target_name, r.target_type, r.target_country, r.target_sector),
            )
        gold_pairs = {frozenset((r["source"], r["target"])) for r in g.rels if r["category"] != "AFFILIATION"}
        have: defaultdict[frozenset[str], set[str]] = defaultdict(set)
        for i, r in events:
            if None not in ends[i]:
                have[frozenset(ends[i])].add(r.type)  # type: ignore[arg-type]
        edges = []
        for i, r in events:
            pair = frozenset(ends[i]) if None not in ends[i] else None
            ok = pair is not None and pair in gold_pairs
            edges.append(
                {
                    "row": i,
                    "features": recorder.features.get(r.id, {}),
                    "pair_ok": ok,
                    "missing": _missing(g, pair, have[pair]) if ok and pair is not None else [],
                }
            )
        yield {
            "set": name,
            "doc_id": document.id,
            "rows": rows,
            "edges": edges,
            "unrecorded": sum(not e["features"] for e in edges),
        }


def load(data: Path, name: str) -> list[Record]:
    """The records written for one set."""
    path = data / f"{name}.rerank.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def vocabulary(records: Sequence[Record]) -> set[str]:
    """Features seen in at least ``MIN_DOCS`` documents of at least ``MIN_SETS`` sets (with one set
    given, of that set)."""
    docs: Counter[str] = Counter()
    sets: defaultdict[str, set[str]] = defaultdict(set)
    for rec in records:
        for name in {n for e in rec["edges"] for n in e["features"]}:
            docs[name] += 1
            sets[name].add(rec["set"])
    need = min(MIN_SETS, len({rec["set"] for rec in records}))
    return {n for n, k in docs.items() if k >= MIN_DOCS and len(sets[n]) >= need}


def _matrix(rows: list[dict[str, float]], vocab: set[str]) -> tuple[Any, list[str]]:
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{k: v for k, v in r.items() if k in vocab} for r in rows])
    return x, list(vec.get_feature_names_out())


def fit(records: Sequence[Record]) -> tuple[LinearModel, SoftmaxModel]:
    """The pair and type models (thresholds not chosen yet: see :func:`train`)."""
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(records)
    edges = [e for rec in records for e in rec["edges"]]
    x, names = _matrix([e["features"] for e in edges], vocab)
    lr = LogisticRegression(C=C_PAIR, max_iter=3000)
    lr.fit(x, [int(e["pair_ok"]) for e in edges])
    weights = {n: round(float(w), 6) for n, w in zip(names, lr.coef_[0], strict=True) if abs(w) > 1e-6}
    pair = LinearModel(weights, round(float(lr.intercept_[0]), 6), 0.0)
    labels = [e["missing"][0] if e["missing"] else NO_TYPE for e in edges]
    mt = LogisticRegression(C=C_TYPE, max_iter=3000)
    mt.fit(x, labels)
    classes = tuple(str(c) for c in mt.classes_)
    coef = mt.coef_ if len(classes) > 2 else [-mt.coef_[0], mt.coef_[0]]
    icpt = mt.intercept_ if len(classes) > 2 else [-mt.intercept_[0], mt.intercept_[0]]
    types = SoftmaxModel(
        classes,
        {
            c: {n: round(float(w), 6) for n, w in zip(names, coef[k], strict=True) if abs(w) > 1e-6}
            for k, c in enumerate(classes)
        },
        {c: round(float(icpt[k]), 6) for k, c in enumerate(classes)},
    )
    return pair, types


def reranked_rows(records: Sequence[Record], reranker: Reranker) -> list[dict[str, Any]]:
    """The scorer's rows of ``records`` after reranking (affiliations untouched)."""
    out: list[dict[str, Any]] = []
    for rec in records:
        edges = [e for e in rec["edges"] if e["features"]]
        judged = {e["row"] for e in edges}
        out += [row for i, row in enumerate(rec["rows"]) if i not in judged]
        rows = [rec["rows"][e["row"]] for e in edges]
        keys = [(frozenset((r["source_id"], r["target_id"])), r["type"]) for r in rows]
        decided = reranker.decide(keys, [e["features"] for e in edges])
        out += [dict(rows[k], type=kind) for k, kind in decided]
    return out


def evaluate(
    records: Sequence[Record], gold: dict[str, Path], rows: list[dict[str, Any]], status: str = "all"
) -> dict[str, Any]:
    """Micro pair (dyad) and typed figures of ``rows`` against the gold of the records' documents,
    and the event precision (the share of event rows whose pair the gold relates)."""
    sd = learn_data.scorer()
    keep_gold = {"asserted", "claimed"} if status == "asserted" else None
    docs: dict[str, Any] = {}
    for name in sorted({rec["set"] for rec in records}):
        loaded = sd.load_gold(str(gold[name]), keep_gold)
        docs |= {rec["doc_id"]: loaded[rec["doc_id"]] for rec in records if rec["set"] == name}
    keep = (lambda r: not r["negated"] and not r["hypothetical"]) if status == "asserted" else None
    micro = sd.score(docs, rows, keep)["micro"]
    return {m: micro[m] for m in ("dyad", "typed")}


def _folds(records: Sequence[Record]) -> list[list[Record]]:
    sets = sorted({rec["set"] for rec in records})
    if len(sets) > 1:
        return [[rec for rec in records if rec["set"] == s] for s in sets]
    ordered = sorted(records, key=lambda rec: rec["doc_id"])
    return [ordered[k::5] for k in range(5)]


def train(records: Sequence[Record], gold: dict[str, Path]) -> Reranker:
    """Both models fitted on ``records``, thresholds chosen on out-of-fold scores of ``records``."""
    folds = _folds(records)
    oof: list[tuple[list[Record], LinearModel, SoftmaxModel]] = []
    for k, held in enumerate(folds):
        rest = [rec for j, fold in enumerate(folds) if j != k for rec in fold]
        oof.append((held, *fit(rest)))

    def objective(pair_t: float, type_t: float) -> float:
        rows = [
            row
            for held, pair, types in oof
            for row in reranked_rows(held, Reranker(_at(pair, pair_t), types, type_t))
        ]
        figures = evaluate(records, gold, rows)
        return (figures["dyad"]["f1"] + figures["typed"]["f1"]) / 2

    pair_t = max(PAIR_THRESHOLDS, key=lambda t: (objective(t, 1.1), -t))
    type_t = max(TYPE_THRESHOLDS, key=lambda t: (objective(pair_t, t), t))
    pair, types = fit(records)
    return Reranker(_at(pair, pair_t), types, type_t)


def _at(model: LinearModel, threshold: float) -> LinearModel:
    return LinearModel(model.weights, model.intercept, threshold, model.meta)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", choices=("data", "train"))
    parser.add_argument("data", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--out", type=Path, help="the model file that train writes (none ships)")
    args = parser.parse_args(argv)
    sets = learn_data.parse_sets(args.sets)
    if args.step == "data":
        args.data.mkdir(parents=True, exist_ok=True)
        for name, stories, gold_dir in sets:
            n = edges = ok = unrecorded = 0
            with (args.data / f"{name}.rerank.jsonl").open("w", encoding="utf-8") as f:
                for rec in collect(name, stories, gold_dir):
                    f.write(json.dumps(rec, sort_keys=True) + "\n")
                    n, edges = n + 1, edges + len(rec["edges"])
                    ok += sum(e["pair_ok"] for e in rec["edges"])
                    unrecorded += rec["unrecorded"]
            print(f"{name}: {n} documents, {edges} events, {ok} on a gold pair, {unrecorded} unrecorded")
        return 0
    if args.out is None:
        parser.error("train needs --out FILE")
    gold = {name: g for name, _, g in sets}
    records = [rec for name in gold for rec in load(args.data, name)]
    reranker = train(records, gold)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    provenance = {
        "sets": {name: sum(rec["set"] == name for rec in records) for name in gold},
        "commit": commit,
        "trained_by": "scripts/train_rerank.py",
        "thresholds": {"pair": reranker.pair.threshold, "second_type": reranker.second_type},
    }
    models: dict[str, LinearModel | SoftmaxModel] = {"rerank_pair": reranker.pair}
    if reranker.types is not None:
        models["rerank_type"] = reranker.types
    save_models(args.out, models, provenance)
    print(f"wrote {args.out}: pair threshold {reranker.pair.threshold}, second type {reranker.second_type}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
