"""Training data for the learned relation models: every document's rule relations and candidate pairs,
with labels from an annotated set's gold.

    python scripts/learn_data.py OUT_DIR NAME=STORIES.jsonl:GOLD_DIR [NAME=... ...]
    python scripts/learn_data.py OUT_DIR voa                    # VOA dev, shipped in tests/data/voa
    python scripts/learn_data.py OUT_DIR voa voa2 voa3          # any set shipped in tests/data/NAME

Writes ``OUT_DIR/NAME.jsonl``: one line per document with the rules' relations (the fields the
reference scorer reads) and the candidate pairs of :mod:`actorgraph.relations.learned.pairs` (the
pair's features, each sentence's features and the relation it would make). Labels use the reference
scorer's own actor matching (``tests/data/voa/score_docs.py``, imported, not re-implemented): a pair
is positive when the gold has a relation other than AFFILIATION between the gold actors its two
actors match; a sentence's types are the categories (and alternatives) of the gold relations on the
pair whose evidence lies in it. Features hold no text of the articles beyond lemmas.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
VOA = DATA / "voa"
#: The fields of a relation the reference scorer reads.
ROW_FIELDS = (
    "doc_id",
    "source_id",
    "source_name",
    "source_type",
    "source_country",
    "source_sector",
    "target_id",
    "target_name",
    "target_type",
    "target_country",
    "target_sector",
    "type",
    "negated",
    "hypothetical",
)


def scorer() -> Any:
    """The reference document scorer shipped with the VOA gold."""
    spec = importlib.util.spec_from_file_location("score_docs", VOA / "score_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_sets(specs: Sequence[str]) -> list[tuple[str, Path, Path]]:
    """``NAME=STORIES.jsonl:GOLD_DIR``, or a bare ``NAME`` shipped as ``tests/data/NAME/stories.jsonl`` and
    ``tests/data/NAME/gold`` (``voa``) -> (name, stories, gold directory)."""
    out = []
    for spec in specs:
        if "=" not in spec:
            out.append((spec, DATA / spec / "stories.jsonl", DATA / spec / "gold"))
            continue
        name, _, paths = spec.partition("=")
        stories, _, gold = paths.rpartition(":")
        out.append((name, Path(stories), Path(gold)))
    return out


def _fields(actors: Any, actor_id: str, sector: str | None, side: str) -> dict[str, Any]:
    d = actors.actors[actor_id]
    return {
        f"{side}_id": actor_id,
        f"{side}_name": d.name,
        f"{side}_type": d.type,
        f"{side}_country": d.country,
        f"{side}_sector": sector,
    }


def collect(name: str, stories: Path, gold_dir: Path) -> Iterator[dict[str, Any]]:
    """One record per document of the set that has a gold file."""
    from actorgraph.actors.gazetteer import load_gazetteer
    from actorgraph.actors.groups import relation_side
    from actorgraph.ingest import read_documents
    from actorgraph.nlp import load_pipeline
    from actorgraph.pipeline import document_step
    from actorgraph.relations import load_lexicon
    from actorgraph.relations.learned.features import Words
    from actorgraph.relations.learned.pairs import PairCandidate, PairModel, pair_candidates

    sd = scorer()
    gold = sd.load_gold(str(gold_dir))
    nlp, gazetteer, lexicon = load_pipeline(), load_gazetteer(), load_lexicon()

    class Recorder(PairModel):
        """Records the candidates of a document and adds nothing."""

        def __init__(self) -> None:
            self.words = Words.load()
            self.seen: list[PairCandidate] = []
            self.actors: Any = None

        def relations(self, document: Any, actors: Any, lexicon: Any, rules: Any) -> list[Any]:
            self.seen = pair_candidates(document, actors, lexicon, rules, self.words, keep_related=True)
            self.actors = actors
            return []

    for document in read_documents([str(stories)]):
        g = gold.get(document.id)
        if g is None:
            continue
        recorder = Recorder()
        result = document_step(nlp(document.text), document, gazetteer, lexicon, recorder)
        rows = [{k: getattr(r, k) for k in ROW_FIELDS} for r in result.relations]
        pairs_gold: dict[frozenset[str], set[str]] = {}
        spans: dict[frozenset[str], list[tuple[int, int, set[str]]]] = {}
        for rel in g.rels:
            if rel["category"] == "AFFILIATION":
                continue
            key = frozenset((rel["source"], rel["target"]))
            cats = {rel["category"]} | ({rel["alt_category"]} if rel.get("alt_category") else set())
            pairs_gold.setdefault(key, set()).update(cats)
            at = document.text.find(rel["evidence"])
            if at >= 0:
                spans.setdefault(key, []).append((at, at + len(rel["evidence"]), cats))
        actors = recorder.actors
        candidates = []

        def gold_of(actor_id: str, sector: str | None, g: Any = g, actors: Any = actors) -> str | None:
            d = actors.actors[actor_id]
            return g.match(actor_id, d.name, d.type, d.country, sector)  # type: ignore[no-any-return]

        for c in recorder.seen:
            sentences = []
            keys: set[frozenset[str]] = set()
            raw = tuple(gold_of(e, actors.actors[e].sector) for e in c.ends)
            if None not in raw and raw[0] != raw[1]:
                keys.add(frozenset(raw))  # type: ignore[arg-type]
            for s in c.sentences:
                tgt, tgt_sector = relation_side(actors, s.target, s.source)
                row = {"doc_id": document.id}
                row |= _fields(actors, s.source, actors.actors[s.source].sector, "source")
                row |= _fields(actors, tgt, tgt_sector, "target")
                ends = (gold_of(s.source, actors.actors[s.source].sector), gold_of(tgt, tgt_sector))
                key = frozenset(ends) if None not in ends and ends[0] != ends[1] else None
                if key is not None:
                    keys.add(key)  # type: ignore[arg-type]
                types = sorted(
                    {
                        cat
                        for k in ([key] if key else keys)
                        for lo, hi, cats in spans.get(k, [])
                        if lo < s.end and hi > s.start
                        for cat in cats
                    }
                )
                sentences.append(
                    {
                        "start": s.start,
                        "end": s.end,
                        "features": s.features,
                        "row": row,
                        "negated": s.negated,
                        "hypothetical": s.hypothetical,
                        "types": types,
                        "rule_types": list(s.rule_types),
                    }
                )
            gold_types = sorted({t for k in keys for t in pairs_gold.get(k, set())})
            candidates.append(
                {
                    "ends": list(c.ends),
                    "related": c.related,
                    "features": c.features,
                    "label": int(bool(gold_types)),
                    "gold_types": gold_types,
                    "sentences": sentences,
                }
            )
        yield {"set": name, "doc_id": document.id, "rules": rows, "candidates": candidates}


def load(path: Path) -> list[dict[str, Any]]:
    """The records written for one set."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: Sequence[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, stories, gold_dir in parse_sets(argv[1:]):
        n = pos = cands = 0
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for record in collect(name, stories, gold_dir):
                f.write(json.dumps(record, sort_keys=True) + "\n")
                n += 1
                cands += len(record["candidates"])
                pos += sum(c["label"] for c in record["candidates"])
        print(f"{name}: {n} documents, {cands} candidate pairs, {pos} positive")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
