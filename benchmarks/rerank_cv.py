"""Does reranking the rules' own edges transfer? Leave-one-set-out and document-grouped 5-fold CV.

    python scripts/train_rerank.py data DATA_DIR voa pool1=S.jsonl:GOLD ...      # once: parse and label
    python benchmarks/rerank_cv.py DATA_DIR voa pool1=S.jsonl:GOLD ... [--json FILE]

For each set held out: train the reranker (:mod:`actorgraph.relations.learned.rerank`) on the other
sets, its thresholds chosen inside them only (``scripts/train_rerank.py``), apply it to the held-out
set and print pair (dyad) and typed P/R/F1 with the reference scorer, status all and asserted, rules
alone -> rules reranked; pair precision is the event precision of the pairs; and how well the
held-out edges are ranked (ROC AUC of "the edge's pair is a gold pair") by the pair model's
probability and by the rules' own confidence. Then the same over every document in 5
document-grouped folds. Needs scikit-learn (the ``train`` extra). Prints numbers
only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import learn_data
import train_rerank


def _cell(fig: dict[str, float]) -> str:
    return f"{fig['precision']:.3f}/{fig['recall']:.3f}/{fig['f1']:.3f}"


def _line(label: str, recs: list[dict[str, Any]], gold: dict[str, Path], rows: list[dict[str, Any]]) -> dict:
    out: dict[str, Any] = {}
    cells = []
    rules = [row for rec in recs for row in rec["rows"]]
    for status in ("all", "asserted"):
        before = train_rerank.evaluate(recs, gold, rules, status)
        after = train_rerank.evaluate(recs, gold, rows, status)
        out[status] = {"rules": before, "reranked": after}
        for metric in ("dyad", "typed"):
            cells.append(f"{_cell(before[metric])} -> {_cell(after[metric])}")
    print(f"{label:<8} " + " | ".join(cells), flush=True)
    return out


def _auc(recs: list[dict[str, Any]], reranker: Any) -> tuple[float, float]:
    """ROC AUC of the held-out edges' pair labels by the pair model and by the rules' confidence."""
    from sklearn.metrics import roc_auc_score

    edges = [e for rec in recs for e in rec["edges"] if e["features"]]
    labels = [int(e["pair_ok"]) for e in edges]
    model = [reranker.pair.score(e["features"]) for e in edges]
    rules = [next(float(k[11:]) for k in e["features"] if k.startswith("confidence=")) for e in edges]
    return float(roc_auc_score(labels, model)), float(roc_auc_score(labels, rules))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    gold = {name: g for name, _, g in learn_data.parse_sets(args.sets)}
    records = {name: train_rerank.load(args.data, name) for name in gold}
    print("pair P/R/F1 and typed P/R/F1, rules -> rules reranked (status all | status asserted)")
    print(f"{'held out':<8} {'pair all':<41} | {'typed all':<41} | {'pair asserted':<41} | typed asserted")
    figures: dict[str, Any] = {"leave_one_set_out": {}, "five_fold": None, "thresholds": {}, "auc": {}}
    every = [rec for recs in records.values() for rec in recs]
    held_rows: list[dict[str, Any]] = []
    for name, recs in records.items():
        train = [rec for rec in every if rec["set"] != name]
        reranker = train_rerank.train(train, gold)
        figures["thresholds"][name] = {"pair": reranker.pair.threshold, "second_type": reranker.second_type}
        figures["auc"][name] = _auc(recs, reranker)
        rows = train_rerank.reranked_rows(recs, reranker)
        held_rows += rows
        figures["leave_one_set_out"][name] = _line(name, recs, gold, rows)
    figures["leave_one_set_out"]["pooled"] = _line("pooled", every, gold, held_rows)
    print("thresholds chosen (pair drop below / second type at; 0 and 1.1 change nothing):")
    for name, t in figures["thresholds"].items():
        print(f"  {name:<8} pair {t['pair']:<5} second type {t['second_type']}")
    print("held-out ROC AUC of 'the edge's pair is a gold pair': pair model | rules' confidence")
    for name, (model, rules) in figures["auc"].items():
        print(f"  {name:<8} {model:.3f} | {rules:.3f}")
    f1 = [figures["leave_one_set_out"][n]["all"] for n in gold]
    mean = {
        side: {m: sum(x[side][m]["f1"] for x in f1) / len(f1) for m in ("dyad", "typed")}
        for side in ("rules", "reranked")
    }
    figures["leave_one_set_out"]["mean_f1"] = mean
    print(
        f"mean over held-out sets (status all): pair F1 {mean['rules']['dyad']:.3f} -> "
        f"{mean['reranked']['dyad']:.3f}, typed F1 {mean['rules']['typed']:.3f} -> "
        f"{mean['reranked']['typed']:.3f}"
    )
    ordered = sorted(every, key=lambda rec: (rec["set"], rec["doc_id"]))
    folds = [ordered[k::5] for k in range(5)]
    rows = []
    for k, held in enumerate(folds):
        train = [rec for j, fold in enumerate(folds) if j != k for rec in fold]
        rows += train_rerank.reranked_rows(held, train_rerank.train(train, gold))
    figures["five_fold"] = _line("5-fold", ordered, gold, rows)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
