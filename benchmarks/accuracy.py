"""Print actorgraph's accuracy on every development set.

    python benchmarks/accuracy.py [--dev DIR] [--seed FILE] [--only voa,voa2,voa3,usgov,voa4,voa5,voa6,
                                  plover,seed]
                                  [--details] [--json FILE] [--set NAME=STORIES.jsonl:GOLD_DIR ...]
                                  [--rules-only]

Sets:

* **VOA dev**: 30 Voice of America stories annotated at document level (``tests/data/voa/``, public
  domain), scored by the reference scorer ``tests/data/voa/score_docs.py`` (actors, dyad, directed,
  typed, affiliation, country), with ``--status all`` and ``asserted``, per-type recall of the typed
  items, and with ``--details`` the missed gold relations and the unmatched predictions with evidence;
* **VOA second set** (``voa2``): 24 further VOA stories annotated the same way (``tests/data/voa2/``,
  public domain), scored as VOA dev;
* **VOA third set** (``voa3``): the 21 remaining unreserved VOA stories of the corpus, annotated the same
  way (``tests/data/voa3/``, public domain), scored as VOA dev;
* **US government texts** (``usgov``): 23 readouts, statements and sanctions releases of the State,
  Defense and Treasury Departments, the White House and USAID (``tests/data/usgov/``, public domain),
  annotated the same way and scored as VOA dev: another genre than news, written by officials;
* **VOA fourth set** (``voa4``): 17 VOA stories from voanews.com outside the corpus, annotated the same
  way (``tests/data/voa4/``, public domain), scored as VOA dev;
* **VOA fifth set** (``voa5``): 22 more VOA stories from voanews.com outside the corpus and ``voa4``,
  annotated the same way (``tests/data/voa5/``, public domain), scored as VOA dev;
* **VOA sixth set** (``voa6``): 11 more VOA stories from voanews.com outside the corpus, ``voa4`` and
  ``voa5``, annotated the same way (``tests/data/voa6/``, public domain), scored as VOA dev;
* **PLOVER dev**: 94 gold sentences (``../shared/dev``, falling back to ``tests/data/plover_dev.jsonl``):
  international dyads at country level, and the same-country dyads (27: the government and rebels,
  police and protesters) at (state, coarse sector class);
* **seed**: the seed article's gold graph, skipped with a note when ``../shared/seed`` is absent;
* any other set annotated to the VOA guidelines (``tests/data/voa/README.md``), named with
  ``--set NAME=STORIES.jsonl:GOLD_DIR`` (repeatable; ``NAME`` may then be listed in ``--only``): your own
  articles, which need not be redistributable, scored and broken down exactly as VOA dev.

``--rules-only`` scores the rules alone, without the learned pair model (on by default). The model was
trained on VOA dev and the pools, so its figures there are in-sample: ``benchmarks/learned_cv.py``
gives the held-out ones.

``--json FILE`` also writes the headline figures, so that two runs can be compared.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import actorgraph as ag
from actorgraph.evaluate import score_plover, score_seed
from actorgraph.model import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"
#: The annotated document sets shipped in ``tests/data``, in the order they are printed.
SHIPPED = {
    "voa": "VOA dev",
    "voa2": "VOA second set",
    "voa3": "VOA third set",
    "usgov": "US government texts",
    "voa4": "VOA fourth set",
    "voa5": "VOA fifth set",
    "voa6": "VOA sixth set",
}
FIGURES: dict[str, Any] = {}
#: Options of every ``ag.build`` here (``--rules-only`` sets ``learned=False``).
BUILD: dict[str, Any] = {}


def _scorer() -> Any:
    """The reference document scorer shipped with the VOA gold (standard library only)."""
    spec = importlib.util.spec_from_file_location("score_docs", DATA / "voa" / "score_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(prf: Any) -> dict[str, float]:
    return {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1}


def _cell(m: dict[str, float]) -> str:
    return f"P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"


def document_set(key: str, label: str, stories: Path, gold_dir: Path, details: bool) -> None:
    """Score a set of stories annotated at document level with the reference scorer."""
    sd = _scorer()
    result = ag.build([stories], **BUILD)
    rows = [r.to_dict() for r in result.relations]
    print(f"== {label}: {stories} ({len(result.documents)} stories, {len(rows)} predicted relations)")
    for status in ("all", "asserted"):
        keep_gold = {"asserted", "claimed"} if status == "asserted" else None
        keep_pred = (lambda r: not r["negated"] and not r["hypothetical"]) if status == "asserted" else None
        gold = sd.load_gold(str(gold_dir), keep_gold)
        scored = sd.score(gold, rows, keep_pred)
        micro = scored["micro"]
        FIGURES[f"{key}_{status}"] = {k: v for k, v in micro.items()}
        print(f"  --status {status}")
        for metric in sd.METRICS:
            print(f"    {metric:<12} {_cell(micro[metric])}")
        if status == "all":
            _robust(sd, key, scored["per_doc"])
    gold = sd.load_gold(str(gold_dir))
    _voa_breakdown(sd, gold, rows, details)


def _robust(sd: Any, key: str, per_doc: dict[str, Any]) -> None:
    """Two views one list article cannot dominate: the set without a document that holds a fifth or
    more of its gold pairs (a list expanded into all its pairs can hold hundreds), and the mean over
    documents of pair and typed F1 (documents with gold or predicted events)."""
    total = sum(d["dyad"]["n_gold"] for d in per_doc.values())
    heavy = [doc for doc, d in per_doc.items() if total and d["dyad"]["n_gold"] >= 0.2 * total]
    if heavy:
        rest = sd.micro({doc: d for doc, d in per_doc.items() if doc not in heavy})
        FIGURES[f"{key}_without_heavy"] = {"dropped": heavy, "dyad": rest["dyad"], "typed": rest["typed"]}
        held = sum(per_doc[doc]["dyad"]["n_gold"] for doc in heavy)
        print(
            f"    without {', '.join(heavy)} ({held} of {total} gold pairs):"
            f" dyad {_cell(rest['dyad'])} | typed F1 {rest['typed']['f1']:.3f}"
        )
    live = [d for d in per_doc.values() if d["dyad"]["n_gold"] or d["dyad"]["n_pred"]]
    if live:
        macro = {m: sum(d[m]["f1"] for d in live) / len(live) for m in ("dyad", "typed")}
        FIGURES[f"{key}_macro"] = {"documents": len(live), **macro}
        figures = f"dyad F1 {macro['dyad']:.3f}, typed F1 {macro['typed']:.3f}"
        print(f"    mean over {len(live)} documents: {figures}")


def _voa_breakdown(sd: Any, gold: dict[str, Any], rows: list[dict[str, Any]], details: bool) -> None:
    """Per-category recall of typed items, and (with details) the misses and unmatched predictions."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    found, total, predicted, right = Counter(), Counter(), Counter(), Counter()
    misses: list[str] = []
    extras: list[str] = []
    for doc_id, g in sorted(gold.items()):
        pred_items: dict[tuple[frozenset[str], str], list[dict[str, Any]]] = {}
        for pr in by_doc.get(doc_id, []):
            ends = []
            for side in ("source", "target"):
                gid = g.match(
                    pr[f"{side}_id"],
                    pr[f"{side}_name"],
                    pr[f"{side}_type"],
                    pr[f"{side}_country"],
                    pr.get(f"{side}_sector"),
                )
                ends.append(gid if gid is not None else f"?{pr[f'{side}_name']}")
            pred_items.setdefault((frozenset(ends), pr["type"]), []).append(pr)
        gold_items: dict[tuple[frozenset[str], str], set[str]] = {}
        evidence: dict[tuple[frozenset[str], str], str] = {}
        for r in g.rels:
            if r["category"] == "AFFILIATION":
                continue
            key = (frozenset((r["source"], r["target"])), r["category"])
            gold_items.setdefault(key, {r["category"]}).update(
                [r["alt_category"]] if r.get("alt_category") else []
            )
            evidence.setdefault(
                key,
                f"{r['source']} {r['category']} {r['target']} [{r.get('status')}] | {r['evidence'][:160]}",
            )
        pred_pairs = {pair for pair, t in pred_items if t != "AFFILIATION"}
        matched_pred: set[tuple[frozenset[str], str]] = set()
        for key, accepted in gold_items.items():
            total[key[1]] += 1
            hit = next((pk for pk in pred_items if pk[0] == key[0] and pk[1] in accepted), None)
            if hit is not None:
                found[key[1]] += 1
                matched_pred.add(hit)
            elif details:
                what = "pair found, other type" if key[0] in pred_pairs else "pair missed"
                misses.append(f"    {doc_id} {evidence[key]}  ({what})")
        for key, prs in pred_items.items():
            if key[1] == "AFFILIATION":
                continue
            predicted[key[1]] += 1
            if key in matched_pred:
                right[key[1]] += 1
            elif details:
                pr = prs[0]
                extras.append(
                    f"    {doc_id} {pr['source_name']} {key[1]} {pr['target_name']} via {pr['predicate']!r}"
                    f"{' neg' if pr['negated'] else ''}{' hyp' if pr['hypothetical'] else ''}"
                    f" | {pr['sentence'][:160]}"
                )
    print("  typed items per gold category (found/gold; right/predicted):")
    for cat in sorted(set(total) | set(predicted)):
        recall, precision = f"{found[cat]:>3}/{total[cat]:<3}", f"{right[cat]:>3}/{predicted[cat]:<3}"
        print(f"    {cat:<12} recall {recall}  precision {precision}")
    if details:
        print(f"  missed gold items ({len(misses)}):")
        print("\n".join(misses))
        print(f"  predicted items not in the gold ({len(extras)}):")
        print("\n".join(extras))


def plover(path: Path, details: bool) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document(id=r["id"], text=r["text"]) for r in records]
    t0 = time.perf_counter()
    result = ag.build(docs, **BUILD)
    elapsed = time.perf_counter() - t0
    by_doc: dict[str, list[ag.Relation]] = {}
    for rel in result.relations:
        by_doc.setdefault(rel.doc_id, []).append(rel)
    score = score_plover(records, [by_doc.get(r["id"], []) for r in records])
    FIGURES["plover_dyad"], FIGURES["plover_typed"] = _figures(score.dyad), _figures(score.typed)
    FIGURES["plover_same_country"] = _figures(score.same_country)
    print(f"== PLOVER dev: {path} ({len(records)} sentences, {elapsed:.1f} s)")
    print(f"  country-level directed dyads   {score.dyad}")
    print(f"  dyad + PLOVER type             {score.typed}")
    print(f"  same-country (state, class)    {score.same_country}")
    print(
        f"  type right where dyad found    {score.type_accuracy:.3f} ({score.type_right}/{score.found_dyads})"
    )
    print("  per gold type (typed):")
    for t, prf in sorted(score.per_type.items()):
        print(f"    {t:<10} {prf}")
    if score.confusion:
        print("  confusion (gold -> predicted):")
        for (g, p), n in score.confusion.most_common():
            print(f"    {g:<10} -> {p:<10} {n}")
    if details:
        print("  misses:")
        for m in score.misses:
            print(f"    [{m['type']}] gold {m['gold']} predicted {m['predicted']}\n      {m['text']}")
        print("  right dyad, wrong type:")
        for m in score.type_errors:
            print(f"    [{m['type']}] predicted {m['predicted']} via {m['predicates']}\n      {m['text']}")
        print("  false positives:")
        for m in score.false_positives:
            print(f"    {m['predicted']} {m['types']} via {m['predicates']}\n      {m['text']}")
        print("  same-country misses:")
        for m in score.same_country_misses:
            print(f"    gold {m['gold']} predicted {m['predicted']}\n      {m['text']}")
        print("  same-country false positives:")
        for m in score.same_country_false_positives:
            print(f"    {m['predicted']} via {m['predicates']}\n      {m['text']}")


def seed(article: Path, gold_path: Path, details: bool) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = ag.build([article], **BUILD)
    s = score_seed(gold, result.actors, result.relations)
    for name in ("actors", "events", "typed", "affiliations"):
        FIGURES[f"seed_{name}"] = _figures(getattr(s, name))
    print(f"== seed article: {article.name}")
    print(f"  actors                         {s.actors}")
    print(f"  events, undirected dyads       {s.events}")
    print(f"  events, dyad + type            {s.typed}")
    print(f"  affiliations                   {s.affiliations}")
    for label, want, ok in s.flags:
        print(f"  flag {want:<12} {label:<32} {'flagged' if ok else 'NOT flagged'}")
    if details:
        print(f"  actors missed: {s.actor_misses}")
        print(f"  actors extra:  {s.actor_extra}")
        print(f"  events missed: {s.event_misses}")
        print("  events extra:")
        for e in s.event_extra:
            print(f"    {e}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dev", type=Path, default=SHARED / "dev")
    parser.add_argument(
        "--seed", type=Path, default=SHARED / "seed" / "al-monitor-2016-08-16-iran-russia.txt"
    )
    parser.add_argument("--details", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--only", default=",".join([*SHIPPED, "plover", "seed"]), help="comma-separated sets to run"
    )
    parser.add_argument("--json", type=Path, help="also write the headline figures to this file")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=STORIES.jsonl:GOLD_DIR",
        help="also score this set of stories annotated to the VOA guidelines (repeatable)",
    )
    parser.add_argument("--rules-only", action="store_true", help="without the learned pair model")
    args = parser.parse_args()
    if args.rules_only:
        BUILD["learned"] = False
    only = set(args.only.split(","))
    extra: list[tuple[str, Path, Path]] = []
    for spec in args.set:
        name, sep, paths = spec.partition("=")
        stories, sep2, gold_dir = paths.rpartition(":")
        if not (sep and sep2 and name and stories and gold_dir):
            parser.error(f"--set {spec!r}: expected NAME=STORIES.jsonl:GOLD_DIR")
        for path in (Path(stories), Path(gold_dir)):
            if not path.exists():
                parser.error(f"--set {spec!r}: {path} does not exist")
        extra.append((name, Path(stories), Path(gold_dir)))
        if args.only == parser.get_default("only"):  # no --only: every set, the named ones too
            only.add(name)
    for name, label in SHIPPED.items():
        if name in only:
            document_set(name, label, DATA / name / "stories.jsonl", DATA / name / "gold", args.details)
    if "plover" in only:
        dev = args.dev / "plover_dev.jsonl"
        if not dev.exists():
            dev = ROOT / "tests" / "data" / "plover_dev.jsonl"
        plover(dev, args.details)
    gold = args.dev / "seed.gold.json"
    if "seed" not in only:
        pass
    elif args.seed.exists() and gold.exists():
        seed(args.seed, gold, args.details)
    else:
        print(f"== seed article: skipped ({args.seed} or {gold} is absent; it is not redistributed)")
    for name, stories, gold_dir in extra:
        if name in only:
            document_set(name, name, stories, gold_dir, args.details)
    if args.json:
        args.json.write_text(json.dumps(FIGURES, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
