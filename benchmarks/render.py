"""Report page benchmark: build time, file size and time to first draw in headless Chromium.

Synthetic actor graphs of 100 / 1,000 / 5,000 / 20,000 actors with about three relations per
actor (a skewed "rich get richer" source choice, random PLOVER types and dates). For each,
prints the time to build the page (layout, centrality, communities, HTML), its size, and the
time from navigation to the first drawn frame, then the time a filter change and an edge click
take to reach the screen, in Debian's Chromium with the network blocked. Prints, never asserts.

Usage::

    PYTHONPATH=src python benchmarks/render.py [--sizes 100,1000,5000,20000] [--max-nodes 5000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from actorgraph.graph import build_graph
from actorgraph.model import ACTOR_TYPES, PLOVER_TYPES, Actor, Relation
from actorgraph.render import render_report

CHROMIUM = "/usr/bin/chromium"
QUADS = {t: 1 + i * 4 // len(PLOVER_TYPES) for i, t in enumerate(PLOVER_TYPES)}


def synthetic_graph(n: int, *, per_node: int = 3, seed: int = 7) -> nx.MultiDiGraph:
    """``n`` actors and ``per_node * n`` relations with realistic-looking fields."""
    rnd = random.Random(seed)
    actors = [
        Actor(f"a{i}", f"Actor {i}", rnd.choice(ACTOR_TYPES), mentions=rnd.randint(1, 40))  # type: ignore[arg-type]
        for i in range(n)
    ]
    relations = []
    for j in range(per_node * n):
        s, t = actors[int(n * rnd.random() ** 2)], actors[rnd.randrange(n)]
        rtype = rnd.choice(PLOVER_TYPES)
        sentence = f"{s.name} and {t.name} did something, says sentence {j}."
        relations.append(
            Relation(
                f"r{j}",
                f"d{j % 50}",
                s.id,
                s.name,
                s.type,
                s.country,
                t.id,
                t.name,
                t.type,
                t.country,
                rtype,
                None,
                QUADS[rtype],
                1.0,
                "did",
                True,
                rnd.random() < 0.1,
                False,
                None,
                sentence,
                0,
                len(sentence),
                f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                0.9,
            )
        )
    return build_graph(actors, relations)


_TIMED = """(code) => {
    const ag = window.actorgraph;
    const start = performance.now();
    new Function("ag", code)(ag);
    return new Promise((r) => requestAnimationFrame(() => r(performance.now() - start)));
}"""


def measure_browser(path: Path) -> tuple[float, float, float]:
    """Seconds from navigation to the first drawn frame; then seconds to the next frame after
    a quad-class filter change, and after opening the evidence of an edge."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(path.as_uri(), timeout=120_000)
        page.wait_for_function("window.actorgraph && window.actorgraph.drawnAt() !== null", timeout=120_000)
        drawn = page.evaluate("window.actorgraph.drawnAt()") / 1000
        filtered = page.evaluate(_TIMED, 'ag.setFilter({ kinds: ["q1", "q2"] });') / 1000
        clicked = page.evaluate(_TIMED, "ag.showEdge(ag.data.edges[0].id);") / 1000
        browser.close()
    return drawn, filtered, clicked


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000,20000")
    parser.add_argument("--max-nodes", type=int, default=5000, help="draw at most this many actors")
    args = parser.parse_args(argv)
    print(
        f"{'actors':>7} {'relations':>9} {'drawn':>6} {'build s':>8} {'MB':>6} {'draw s':>7} "
        f"{'filter s':>8} {'click s':>7}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            g = synthetic_graph(n)
            start = time.perf_counter()
            page = render_report(g, title=f"{n} actors", max_nodes=args.max_nodes)
            build = time.perf_counter() - start
            path = Path(tmp) / f"bench_{n}.html"
            path.write_text(page, encoding="utf-8")
            drawn, filtered, clicked = measure_browser(path)
            shown = min(n, args.max_nodes)
            print(
                f"{n:>7,} {g.number_of_edges():>9,} {shown:>6,} {build:>8.2f} "
                f"{path.stat().st_size / 1e6:>6.1f} "
                f"{drawn:>7.2f} {filtered:>8.2f} {clicked:>7.2f}",
                flush=True,
            )


if __name__ == "__main__":
    sys.exit(main())
