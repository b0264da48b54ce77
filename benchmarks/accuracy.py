"""Print actorgraph's accuracy on the PLOVER dev sentences and on the seed article's gold graph.

    python benchmarks/accuracy.py [--dev DIR] [--seed FILE] [--details]

By default it reads ``../shared/dev`` (falling back to ``tests/data/plover_dev.jsonl``) and
``../shared/seed``; the seed part is skipped, with a note, when the article is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import actorgraph as ag
from actorgraph.evaluate import score_plover, score_seed
from actorgraph.model import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def plover(path: Path, details: bool) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document(id=r["id"], text=r["text"]) for r in records]
    t0 = time.perf_counter()
    result = ag.build(docs)
    elapsed = time.perf_counter() - t0
    by_doc: dict[str, list[ag.Relation]] = {}
    for rel in result.relations:
        by_doc.setdefault(rel.doc_id, []).append(rel)
    score = score_plover(records, [by_doc.get(r["id"], []) for r in records])
    print(f"== PLOVER dev: {path} ({len(records)} sentences, {elapsed:.1f} s)")
    print(f"  country-level directed dyads   {score.dyad}")
    print(f"  dyad + PLOVER type             {score.typed}")
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


def seed(article: Path, gold_path: Path, details: bool) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = ag.build([article])
    s = score_seed(gold, result.actors, result.relations)
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
    args = parser.parse_args()
    dev = args.dev / "plover_dev.jsonl"
    if not dev.exists():
        dev = ROOT / "tests" / "data" / "plover_dev.jsonl"
    plover(dev, args.details)
    gold = args.dev / "seed.gold.json"
    if args.seed.exists() and gold.exists():
        seed(args.seed, gold, args.details)
    else:
        print(f"== seed article: skipped ({args.seed} or {gold} is absent; it is not redistributed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
