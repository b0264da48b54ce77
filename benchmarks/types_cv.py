"""Does a learned type model transfer? Sizing, leave-one-set-out and document-grouped 5-fold.

    python scripts/learn_data.py DATA_DIR voa pool1=S.jsonl:GOLD ...             # once: pairs
    python scripts/train_types.py collect DATA_DIR voa pool1=S.jsonl:GOLD ...    # once: rule edges
    python benchmarks/types_cv.py DATA_DIR voa pool1=S.jsonl:GOLD ... [--size-only] [--json FILE]

Sizing (rules only, status all): per set, the typed items the rules emit on gold pairs and how many a
gold item on the pair accepts; the gold typed items on pairs the rules found that no emitted item
matches, split into those whose evidence sentence holds a rule edge on the pair (a retype could fix
them: the edge's type is accepted by no other gold item of the pair there, or it is, so that only a
second type would) and those whose evidence holds none (a new edge is needed); and the typed F1 a
perfect retype would reach.

Leave-one-set-out: for each set held out, the pair model (``scripts/train_pairs.py``) and the type
model (``scripts/train_types.py``, margin chosen inside the training sets only) are trained on the
others; the held-out set's pair and typed P/R/F1 (reference scorer, status all) of today's default
(rules + learned pairs), with the type model retyping the rule edges, and with a second relation on
every rule edge whose best other type reaches a probability chosen inside the training sets (the
"second type"), and the mean over sets. Retyping and second types never change the pairs. Then the
same over every document in 5 document-grouped folds. Needs scikit-learn. Prints numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import learn_data
import train_pairs
import train_types

Record = dict[str, Any]


def size(records: list[Record], pairs: dict[str, Record]) -> dict[str, int]:
    """The sizing counts of one set's type records (rules only); ``pairs`` are the set's pair records
    (``scripts/learn_data.py``) by document."""
    n: dict[str, int] = defaultdict(int)
    for rec in records:
        named = [s for c in pairs[rec["doc_id"]]["candidates"] if c["related"] for s in c["sentences"]]
        gold_pairs: defaultdict[tuple[str, ...], list[Record]] = defaultdict(list)
        for item in rec["gold"]:
            gold_pairs[tuple(item["pair"])].append(item)
        emitted: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
        sentences: defaultdict[tuple[str, ...], list[tuple[int, int, str]]] = defaultdict(list)
        for e in rec["edges"]:
            if e["pair"] is not None:
                key = tuple(e["pair"])
                emitted[key].add(e["rule"])
                sentences[key].append((e["start"], e["end"], e["rule"]))
        for key, types in emitted.items():
            if key not in gold_pairs:
                continue
            accepted = {t for item in gold_pairs[key] for t in item["accepts"]}
            n["emitted_on_gold_pairs"] += len(types)
            n["emitted_accepted"] += len(types & accepted)
        for key, items in gold_pairs.items():
            n["gold_items"] += len(items)
            if key not in emitted:
                continue
            n["gold_items_on_found_pairs"] += len(items)
            for item in items:
                if emitted[key] & set(item["accepts"]):
                    continue
                n["missed"] += 1
                here = [t for lo, hi, t in sentences[key] for a, b in item["spans"] if lo < b and hi > a]
                if not here:
                    n["missed_no_edge_in_evidence"] += 1
                    if any(
                        s["start"] < b and s["end"] > a and set(s["types"]) & set(item["accepts"])
                        for s in named
                        for a, b in item["spans"]
                    ):
                        n["missed_no_edge_both_named"] += 1  # a typed edge on a related pair would fix it
                    continue
                others = {t for other in items if other is not item for t in other["accepts"]}
                if all(t in others for t in here):
                    n["missed_edge_is_another_items_type"] += 1  # a second type would fix it
                else:
                    n["missed_retype_fixes"] += 1
    return dict(n)


def _prf(fig: dict[str, float]) -> str:
    return f"{fig['precision']:.3f}/{fig['recall']:.3f}/{fig['f1']:.3f}"


def sizing(types: dict[str, list[Record]], gold: dict[str, Path], data: Path) -> dict[str, Any]:
    """Print and return the sizing table."""
    print("sizing, rules only, status all")
    print(
        f"{'set':<7} {'emit@gold':>9} {'accepted':>8} {'gold':>5} {'@found':>6} {'missed':>6} "
        f"{'retype':>6} {'2nd type':>8} {'new edge':>8} {'co-named':>8} {'typed F1':>8} {'ceiling':>7}"
    )
    out = {}
    for name, recs in types.items():
        pairs = {r["doc_id"]: r for r in learn_data.load(data / f"{name}.jsonl")}
        n = size(recs, pairs)
        rows = train_types.retyped_rows(recs, None)
        sd = learn_data.scorer()
        g = {k: v for k, v in sd.load_gold(str(gold[name])).items() if k in {r["doc_id"] for r in recs}}
        micro = sd.score(g, rows)["micro"]["typed"]
        tp, npred, ngold = micro["tp"], micro["n_pred"], micro["n_gold"]
        f1 = 2 * tp / (npred + ngold) if npred + ngold else 0.0
        ceiling = 2 * (tp + n.get("missed_retype_fixes", 0)) / (npred + ngold) if npred + ngold else 0.0
        print(
            f"{name:<7} {n.get('emitted_on_gold_pairs', 0):>9} {n.get('emitted_accepted', 0):>8} "
            f"{n.get('gold_items', 0):>5} {n.get('gold_items_on_found_pairs', 0):>6} {n.get('missed', 0):>6} "
            f"{n.get('missed_retype_fixes', 0):>6} {n.get('missed_edge_is_another_items_type', 0):>8} "
            f"{n.get('missed_no_edge_in_evidence', 0):>8} {n.get('missed_no_edge_both_named', 0):>8} "
            f"{f1:>8.3f} {ceiling:>7.3f}"
        )
        out[name] = dict(n, typed_f1=f1, retype_ceiling=ceiling)
    return out


def _figures(recs: list[Record], gold: dict[str, Path], rows: list[dict[str, Any]]) -> dict[str, Any]:
    sd = learn_data.scorer()
    counts: defaultdict[str, int] = defaultdict(int)
    by_set: defaultdict[str, set[str]] = defaultdict(set)
    for rec in recs:
        by_set[rec["set"]].add(rec["doc_id"])
    for name, docs in by_set.items():
        g = {k: v for k, v in sd.load_gold(str(gold[name])).items() if k in docs}
        micro = sd.score(g, [r for r in rows if r["doc_id"] in docs])["micro"]
        for metric in ("dyad", "typed"):
            for k in ("tp", "n_pred", "n_gold"):
                counts[f"{metric}_{k}"] += micro[metric][k]
    out = {}
    for metric in ("dyad", "typed"):
        tp, npred, ngold = (counts[f"{metric}_{k}"] for k in ("tp", "n_pred", "n_gold"))
        p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
        out[metric] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def _line(
    label: str,
    recs: list[Record],
    gold: dict[str, Path],
    extra: list[dict[str, Any]],
    model: Any,
    second: Any,
) -> Any:
    """One held-out line: default, retyped, and default + second types (``second``: rows to add)."""
    base = train_types.retyped_rows(recs, None) + extra
    before = _figures(recs, gold, base)
    after = _figures(recs, gold, train_types.retyped_rows(recs, model) + extra)
    plus = _figures(recs, gold, base + second)
    changed = sum(
        1 for rec in recs for e in rec["edges"] if model.retype(e["rule"], e["features"]) != e["rule"]
    )
    print(
        f"{label:<8} {_prf(before['dyad'])} | {_prf(before['typed'])} -> retyped {_prf(after['typed'])} "
        f"({changed}) | + second {_prf(plus['typed'])} ({len(second)})"
    )
    return {
        "default": before,
        "retyped": after,
        "second": plus,
        "changed": changed,
        "second_added": len(second),
    }


def pair_rows(data: Path, gold: dict[str, Path]) -> dict[str, list[dict[str, Any]]]:
    """The relations the learned pair model adds to each held-out set (trained on the others, as
    ``benchmarks/learned_cv.py`` does) and to each fold of the 5 document-grouped folds ("5-fold"),
    cached in ``DATA/types_cv_pairs.json`` for the same sets and pair records."""
    pairs = {name: learn_data.load(data / f"{name}.jsonl") for name in gold}
    stamp = [sorted(gold), [(data / f"{name}.jsonl").stat().st_mtime for name in sorted(gold)]]
    cache = data / "types_cv_pairs.json"
    if cache.exists():
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("stamp") == stamp:
            return dict(cached["rows"])
    out: dict[str, list[dict[str, Any]]] = {}
    for name in gold:
        train = [r for other, recs in pairs.items() if other != name for r in recs]
        pair, ptypes = train_pairs.train(train, gold)
        out[name] = train_pairs.added_rows(pairs[name], pair, ptypes, pair.threshold)
    every = [r for recs in pairs.values() for r in recs]
    parts = train_pairs.folds(every)
    out["5-fold"] = []
    for i in range(len(parts)):
        pair, ptypes = train_pairs.train([r for j, p in enumerate(parts) if j != i for r in p], gold)
        out["5-fold"] += train_pairs.added_rows(parts[i], pair, ptypes, pair.threshold)
    cache.write_text(json.dumps({"stamp": stamp, "rows": out}), encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--size-only", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sets = learn_data.parse_sets(args.sets)
    gold = {name: g for name, _, g in sets}
    types = {name: train_types.load(args.data, name) for name in gold}
    figures: dict[str, Any] = {"sizing": sizing(types, gold, args.data)}
    if not args.size_only:
        added = pair_rows(args.data, gold)
        print(
            "\nleave one set out, status all: default (rules + learned pairs); typed with the model retyping"
        )
        print("rule edges (edges changed), and with a second type on rule edges (relations added)")
        print(f"{'held out':<8} {'pair P/R/F1':<17} | typed P/R/F1")
        loso: dict[str, Any] = {}
        margins = {}
        for name in gold:
            extra = added[name]
            train_t = [r for other, recs in types.items() if other != name for r in recs]
            model = train_types.train(train_t, gold)
            cut = train_types.choose_second(train_t, gold)
            margins[name] = (model.margin, cut)
            second = train_types.second_rows(types[name], model.model, cut)
            loso[name] = _line(name, types[name], gold, extra, model, second)
        mean = {
            side: {m: sum(loso[n][side][m]["f1"] for n in gold) / len(gold) for m in ("dyad", "typed")}
            for side in ("default", "retyped", "second")
        }
        print("(margin, second-type threshold) chosen:", margins)
        print(
            f"mean over held-out sets: pair F1 {mean['default']['dyad']:.3f} (unchanged by both), typed F1 "
            f"{mean['default']['typed']:.3f} -> retyped {mean['retyped']['typed']:.3f}, "
            f"+ second {mean['second']['typed']:.3f}"
        )
        figures["leave_one_set_out"] = dict(loso, mean_f1=mean, margins=margins)
        every_t = [r for recs in types.values() for r in recs]
        parts_t = train_types.folds(every_t)
        extra, retyped, plain, seconds = added["5-fold"], [], [], []
        for i in range(5):
            tt = [r for j, p in enumerate(parts_t) if j != i for r in p]
            model = train_types.train(tt, gold)
            retyped += train_types.retyped_rows(parts_t[i], model)
            seconds += train_types.second_rows(parts_t[i], model.model, train_types.choose_second(tt, gold))
            plain += train_types.retyped_rows(parts_t[i], None)
        before, after = _figures(every_t, gold, plain + extra), _figures(every_t, gold, retyped + extra)
        plus = _figures(every_t, gold, plain + extra + seconds)
        print(
            f"{'5-fold':<8} {_prf(before['dyad'])} | {_prf(before['typed'])} -> retyped "
            f"{_prf(after['typed'])} | + second {_prf(plus['typed'])} ({len(seconds)})"
        )
        figures["five_fold"] = {"default": before, "retyped": after, "second": plus}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
