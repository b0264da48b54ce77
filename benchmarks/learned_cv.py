"""Does the learned pair model transfer? Leave-one-set-out and document-grouped 5-fold cross-validation.

    python scripts/learn_data.py DATA_DIR voa pool1=S.jsonl:GOLD ...      # once: parse and label
    python benchmarks/learned_cv.py DATA_DIR voa pool1=S.jsonl:GOLD ... [--json FILE]

For each set held out: train both models on the other sets (threshold chosen inside them only, see
``scripts/train_pairs.py``), apply them to the held-out set and print its pair (dyad) and typed
P/R/F1 with the reference scorer, status all and asserted, for the rules alone and for rules +
learned. Then the same over every document, in 5 document-grouped folds. With ``--train-on A,B``,
instead: train once on sets A and B (what a clone can retrain on: ``voa,voa2,voa3``, shipped in
``tests/data``) and score each other set. Needs scikit-learn (the ``train`` extra). Prints numbers
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
import train_pairs


def _cell(fig: dict[str, float]) -> str:
    return f"{fig['precision']:.3f}/{fig['recall']:.3f}/{fig['f1']:.3f}"


def _line(label: str, recs: list[dict[str, Any]], gold: dict[str, Path], extra: list[dict[str, Any]]) -> dict:
    out: dict[str, Any] = {}
    cells = []
    for status in ("all", "asserted"):
        rules = train_pairs.evaluate(recs, gold, [], status)
        both = train_pairs.evaluate(recs, gold, extra, status)
        out[status] = {"rules": rules, "learned": both}
        for metric in ("dyad", "typed"):
            cells.append(f"{_cell(rules[metric])} -> {_cell(both[metric])}")
    directed = [out["all"][side]["directed"]["f1"] for side in ("rules", "learned")]
    cells.append("{:.3f} -> {:.3f}".format(*directed))
    print(f"{label:<10} " + " | ".join(cells))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--train-on", help="comma-separated sets: train on these only, score the others")
    args = parser.parse_args()
    sets = learn_data.parse_sets(args.sets)
    gold = {name: g for name, _, g in sets}
    records = {name: learn_data.load(args.data / f"{name}.jsonl") for name in gold}
    print("pair P/R/F1 and typed P/R/F1, rules -> rules + learned (status all | status asserted)")
    print(
        f"{'held out':<10} {'pair all':<41} | {'typed all':<41} | {'pair asserted':<41} | "
        f"{'typed asserted':<41} | directed F1 all"
    )
    if args.train_on:
        chosen = args.train_on.split(",")
        pair, types = train_pairs.train([r for name in chosen for r in records[name]], gold)
        print(f"trained on {', '.join(chosen)} (threshold {pair.threshold})")
        scored = {}
        for name in gold:
            if name not in chosen:
                extra = train_pairs.added_rows(records[name], pair, types, pair.threshold)
                scored[name] = _line(name, records[name], gold, extra)
        if args.json:
            args.json.write_text(
                json.dumps({"trained_on": chosen, "scored": scored}, indent=1), encoding="utf-8"
            )
        return 0
    figures: dict[str, Any] = {"leave_one_set_out": {}, "five_fold": None, "thresholds": {}}
    held_extra: list[dict[str, Any]] = []
    for name in gold:
        train = [r for other, recs in records.items() if other != name for r in recs]
        pair, types = train_pairs.train(train, gold)
        figures["thresholds"][name] = pair.threshold
        extra = train_pairs.added_rows(records[name], pair, types, pair.threshold)
        held_extra += extra
        figures["leave_one_set_out"][name] = _line(name, records[name], gold, extra)
    every = [r for recs in records.values() for r in recs]
    print("thresholds chosen:", figures["thresholds"])
    pooled = _line("pooled", every, gold, held_extra)
    figures["leave_one_set_out"]["pooled"] = pooled
    f1 = [figures["leave_one_set_out"][n]["all"] for n in gold]
    mean = {
        side: {m: sum(x[side][m]["f1"] for x in f1) / len(f1) for m in ("dyad", "directed", "typed")}
        for side in ("rules", "learned")
    }
    figures["leave_one_set_out"]["mean_f1"] = mean
    print(
        f"mean over held-out sets (status all): pair F1 {mean['rules']['dyad']:.3f} -> "
        f"{mean['learned']['dyad']:.3f}, typed F1 {mean['rules']['typed']:.3f} -> "
        f"{mean['learned']['typed']:.3f}, directed F1 {mean['rules']['directed']:.3f} -> "
        f"{mean['learned']['directed']:.3f}"
    )
    extra = []
    for i, held in enumerate(train_pairs.folds(every)):
        train = [r for j, p in enumerate(train_pairs.folds(every)) if j != i for r in p]
        pair, types = train_pairs.train(train, gold)
        extra += train_pairs.added_rows(held, pair, types, pair.threshold)
    figures["five_fold"] = _line("5-fold", every, gold, extra)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
