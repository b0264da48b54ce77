"""Throughput and memory of ``Store.add`` against bare spaCy, on the VOA stories.

    python benchmarks/throughput.py                 # >= 500,000 words (about 10 min on 2 cores)
    python benchmarks/throughput.py --words 60000   # a quick run

The corpus is ``../shared/corpus/voa_stories.jsonl`` (else ``tests/data/voa_sample.jsonl``)
repeated with distinct ids up to ``--words`` words, written to a JSONL file. In one run, with
the same model, components and batch size, it prints:

* words/s of bare ``nlp.pipe`` (the limit), in 1 process and with ``n_process=N``;
* words/s of ``Store.add`` end to end (read JSONL, skip stored, parse, extract, commit) with
  1 worker and with N workers, and their ratio to bare spaCy;
* the N-worker speed-up, and ``nlp.pipe(n_process=N)`` + extraction in the parent for comparison;
* re-adding the unchanged corpus, and its speed-up over the first add;
* peak RSS of each phase (this process and its children), and RSS along the 1-worker add.

It prints numbers and never asserts on them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil

from actorgraph.actors.gazetteer import load_gazetteer
from actorgraph.engines import LocalEngine
from actorgraph.ingest import read_documents
from actorgraph.nlp import load_pipeline
from actorgraph.pipeline import PipelineConfig, document_step
from actorgraph.relations import load_lexicon
from actorgraph.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (
    ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl",
    ROOT / "tests" / "data" / "voa_sample.jsonl",
)


class PeakRss:
    """Samples the RSS of this process plus all its children every 50 ms; keeps the peak."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def now() -> int:
        me = psutil.Process()
        total: int = me.memory_info().rss
        for child in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # a child may exit meanwhile
                total += child.memory_info().rss
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.now())
            time.sleep(0.05)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.now())


def make_corpus(source: Path, words: int, out: Path) -> tuple[int, int]:
    """Write ``source``'s records, repeated with distinct ids, until ``words`` words; return (docs, words)."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    n_docs = n_words = 0
    with out.open("w", encoding="utf-8") as f:
        rep = 0
        while n_words < words:
            for rec in records:
                f.write(json.dumps({**rec, "id": f"{rec.get('id', n_docs)}-r{rep}"}) + "\n")
                n_docs += 1
                n_words += len(rec["text"].split())
                if n_words >= words:
                    break
            rep += 1
    return n_docs, n_words


def timed(label: str, func: Callable[[], Any]) -> tuple[float, int, Any]:
    print(f"  running: {label} ...", file=sys.stderr, flush=True)
    with PeakRss() as rss:
        start = time.perf_counter()
        value = func()
        seconds = time.perf_counter() - start
    return seconds, rss.peak, value


def texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, default=500_000, help="corpus size in words (default 500,000)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the parallel runs (default 2)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: actorgraph's)")
    parser.add_argument("--skip-n-process", action="store_true", help="skip the nlp.pipe(n_process=N) runs")
    args = parser.parse_args()

    source = next((p for p in CORPORA if p.exists()), None)
    if source is None:
        sys.exit("no corpus found")
    config = PipelineConfig(model=args.model)
    batch = config.batch_size
    n = args.workers
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = make_corpus(source, args.words, corpus)
        size_mb = corpus.stat().st_size / 1e6
        print(
            f"corpus: {source.name} repeated -> {docs:,} documents, "
            f"{words:,} words, {size_mb:.1f} MB; cores: {os.cpu_count()}; batch_size {batch}"
        )
        nlp = load_pipeline(config.model, config.actors)  # warm: every timing below excludes model load
        meta = nlp.meta
        print(f"model: {meta.get('name')} {meta.get('version')}; components: {', '.join(nlp.pipe_names)}")
        list(nlp.pipe(["Warm up the pipeline."] * 4))
        rows: list[tuple[str, float, int, float | None]] = []

        def row(label: str, seconds: float, peak: int, base: float | None = None) -> float:
            wps = words / seconds
            rows.append((label, wps, peak, wps / base if base else None))
            print(
                f"  {label}: {wps:,.0f} words/s, {seconds:.1f} s, peak RSS {peak / 1e6:,.0f} MB",
                file=sys.stderr,
            )
            return wps

        t, peak, _ = timed("bare nlp.pipe", lambda: sum(1 for _ in nlp.pipe(texts(corpus), batch_size=batch)))
        bare1 = row("bare nlp.pipe, 1 process", t, peak)

        along: list[tuple[int, int]] = []

        class Sampler:
            done = 0

            def update(self, documents: int, words: int) -> None:
                self.done += documents
                along.append((self.done, PeakRss.now()))

            def close(self) -> None:
                return None

        db1 = Path(tmp) / "one.db"
        with Store(db1) as store:
            t, peak, stats = timed(
                "add, 1 worker", lambda: store.add([corpus], config=config, progress=Sampler())
            )
            assert stats.added == docs, stats
            e2e1 = row("Store.add end to end, 1 worker", t, peak, bare1)
            t_re, peak_re, stats_re = timed("re-add", lambda: store.add([corpus], config=config))
            assert stats_re.added == 0, stats_re
            relations = store.counts()["relations"]

        baren = None
        if not args.skip_n_process:
            t, peak, _ = timed(
                f"bare nlp.pipe n_process={n}",
                lambda: sum(1 for _ in nlp.pipe(texts(corpus), batch_size=batch, n_process=n)),
            )
            baren = row(f"bare nlp.pipe, n_process={n}", t, peak, bare1)

            gazetteer, lexicon = load_gazetteer(config.actors), load_lexicon(config.lexicon)

            def n_process_step() -> int:
                documents = read_documents([corpus])
                stream = nlp.pipe(
                    ((d.text, d) for d in documents), batch_size=batch, n_process=n, as_tuples=True
                )
                return sum(len(document_step(doc, d, gazetteer, lexicon).relations) for doc, d in stream)

            t, peak, alt_relations = timed(f"n_process={n} + extraction in parent", n_process_step)
            row(f"nlp.pipe(n_process={n}) + extraction in parent", t, peak, bare1)
            assert alt_relations == relations, (alt_relations, relations)

        # bare spaCy again, so that warm-up and machine load favour neither side: the limit is the faster run
        t, peak, _ = timed(
            "bare nlp.pipe again", lambda: sum(1 for _ in nlp.pipe(texts(corpus), batch_size=batch))
        )
        bare_again = words / t
        if bare_again > bare1:
            bare1 = row("bare nlp.pipe, 1 process (again; the limit)", t, peak)
        e2e1_ratio = e2e1 / bare1

        dbn = Path(tmp) / "n.db"
        with Store(dbn) as store, LocalEngine(n) as engine:
            t, peak, stats = timed(
                f"add, {n} workers", lambda: store.add([corpus], config=config, engine=engine)
            )
            assert stats.added == docs, stats
            e2en = row(f"Store.add end to end, {n} workers (pool)", t, peak, baren or bare1)
            same = list(store.relations()) == list(Store(db1, read_only=True).relations())

    print()
    print(f"{'run':<50} {'words/s':>9} {'peak RSS':>10} {'ratio':>7}")
    for label, wps, peak, ratio in rows:
        print(f"{label:<50} {wps:>9,.0f} {peak / 1e6:>7,.0f} MB {'' if ratio is None else f'{ratio:>6.2f}x'}")
    print()
    print(
        f"end to end / bare spaCy, 1 worker:        {e2e1_ratio:.2f}  (goal >= 0.90; limit = faster bare run)"
    )
    if baren:
        print(f"end to end / bare spaCy, {n} workers:       {e2en / baren:.2f}")
    print(f"{n}-worker speed-up of Store.add:           {e2en / e2e1:.2f}x (goal >= 1.6x)")
    print(f"{n} workers give the same relations as 1:   {same}")
    print(
        f"re-add of the unchanged corpus:           {t_re:.2f} s, {(words / e2e1) / t_re:.0f}x faster "
        f"than the first add (goal >= 50x); peak RSS {peak_re / 1e6:,.0f} MB"
    )
    marks = [along[int(len(along) * q) - 1] for q in (0.25, 0.5, 0.75, 1.0) if along]
    print(
        "RSS along the 1-worker add:               "
        + ", ".join(f"{d:,} docs {r / 1e6:,.0f} MB" for d, r in marks)
    )
    print(f"relations: {relations:,}; load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
