"""Report page benchmark: build time, file size, first presented frame and filter changes.

Synthetic actor graphs of 100 / 1,000 / 5,000 / 20,000 actors with three relations per actor
(a skewed "rich get richer" source choice, random PLOVER types, statuses and dates). For each,
prints the time to build the page (layout, centrality, communities, HTML), its size, then in
Debian's Chromium with the network blocked:

- ``frame``: seconds from navigation start to the first frame *presented* after the graph is
  drawn. An init script watches every animation frame; once the page's ``actorgraph.ready``
  promise has resolved (the renderer drew the graph), the next frame's callback schedules a
  task, which runs after that frame was produced. Internal "drawn" events fire before the
  browser presents anything (see PITFALLS.md), so they are not used;
- ``filter``: the median and the slowest of several filter changes (quad class, relation type,
  document, date range, status, minimum confidence, level, reset), each timed from the call to
  the task after the next presented frame;
- ``click``: the same for opening the evidence of an edge.

Each size is built once and opened ``--repeat`` times, each in a fresh browser; the medians
are printed. ``--build-only`` skips the browser and prints the build's wall and CPU seconds
(CPU time is the steadier figure on a shared machine). The machine is shared: say so next
to any figure, and quote the command. Prints, never asserts.

Usage::

    python benchmarks/render.py [--sizes 100,1000,5000,20000] [--max-nodes 20000] [--repeat 3]
    python benchmarks/render.py --build-only --sizes 1000,5000,20000
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

from actorgraph.graph import build_graph
from actorgraph.model import ACTOR_TYPES, PLOVER_TYPES, Actor, Relation
from actorgraph.render import render_report

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
QUADS = {t: 1 + i * 4 // len(PLOVER_TYPES) for i, t in enumerate(PLOVER_TYPES)}

#: Records, in the page, the first frame presented after the graph is drawn.
FIRST_FRAME = """
window.__agFirstFrame = null;
(function tick() {
  const ag = window.actorgraph;
  if (ag && !tick.waiting) {
    tick.waiting = true;
    Promise.resolve(ag.ready).then(() => requestAnimationFrame(() =>
      setTimeout(() => { window.__agFirstFrame = performance.now(); }, 0)));
  }
  if (window.__agFirstFrame === null) requestAnimationFrame(tick);
})();
"""

_TIMED = """(code) => {
    const ag = window.actorgraph;
    const start = performance.now();
    new Function("ag", code)(ag);
    return new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - start), 0)));
}"""

#: Filter changes timed one after the other (each from the state the previous one left).
FILTERS = {
    "quad class": 'ag.setFilter({ kinds: ["q1", "q2"] });',
    "relation type": 'ag.setFilter({ relTypes: ["ASSAULT", "AID", "CONSULT"] });',
    "reset": "ag.reset();",
    "document": 'ag.setFilter({ doc: "d7" });',
    "all documents": 'ag.setFilter({ doc: "" });',
    "date range": 'ag.setFilter({ dateFrom: "2024-03", dateTo: "2024-05" });',
    "status": 'ag.setFilter({ dateFrom: "", dateTo: "", statuses: ["asserted"] });',
    "confidence": "ag.setFilter({ minConfidence: 0.8 });",
    "country level": 'ag.setLevel("country");',
    "actor level": 'ag.setLevel("actor");',
    "reset again": "ag.reset();",
}


def synthetic_graph(n: int, *, per_node: int = 3, seed: int = 7) -> nx.MultiDiGraph:
    """``n`` actors and ``per_node * n`` relations with realistic-looking fields."""
    rnd = random.Random(seed)
    countries = [f"C{i:02d}" for i in range(60)]
    actors = [
        Actor(
            f"a{i}",
            f"Actor {i}",
            rnd.choice(ACTOR_TYPES),  # type: ignore[arg-type]
            rnd.choice(countries) if rnd.random() < 0.6 else None,
            mentions=rnd.randint(1, 40),
        )
        for i in range(n)
    ]
    relations = []
    for j in range(per_node * n):
        s, t = actors[int(n * rnd.random() ** 2)], actors[rnd.randrange(n)]
        rtype = rnd.choice(PLOVER_TYPES)
        sentence = f"{s.name} and {t.name} did something, says sentence {j}."
        relations.append(
            Relation.between(
                s,
                t,
                rtype,
                sentence,
                id=f"r{j}",
                doc_id=f"d{j % 50}",
                predicate="did",
                quad_class=QUADS[rtype],
                goldstein=1.0,
                negated=rnd.random() < 0.05,
                hypothetical=rnd.random() < 0.1,
                date=f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                confidence=round(rnd.uniform(0.5, 1.0), 2),
            )
        )
    return build_graph(actors, relations)


def measure_browser(path: Path) -> dict[str, Any]:
    """Seconds to the first presented frame, and to the frame after each filter change and a click."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.add_init_script(FIRST_FRAME)
        page.goto(path.as_uri(), timeout=180_000)
        page.wait_for_function("window.__agFirstFrame !== null", timeout=180_000, polling=100)
        frame = page.evaluate("window.__agFirstFrame") / 1000
        filters = {name: page.evaluate(_TIMED, code) / 1000 for name, code in FILTERS.items()}
        click = page.evaluate(_TIMED, "ag.showEdge(ag.data.edges[0].id);") / 1000
        browser.close()
    return {"frame": frame, "filters": filters, "click": click}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000,20000")
    parser.add_argument("--max-nodes", type=int, default=20000, help="draw at most this many actors")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (medians are printed)")
    parser.add_argument("--details", action="store_true", help="print each filter change's median")
    parser.add_argument("--build-only", action="store_true", help="time the page build, open no browser")
    args = parser.parse_args(argv)
    if args.build_only:
        print(f"{'actors':>7} {'relations':>9} {'build s':>8} {'CPU s':>6} {'MB':>6}")
        for n in (int(s) for s in args.sizes.split(",")):
            g = synthetic_graph(n)
            start, cpu = time.perf_counter(), time.process_time()
            page = render_report(g, title=f"{n} actors", max_nodes=args.max_nodes)
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"{n:>7,} {g.number_of_edges():>9,} {wall:>8.2f} {cpu:>6.2f} "
                f"{len(page.encode()) / 1e6:>6.1f}",
                flush=True,
            )
        return
    print(
        f"{'actors':>7} {'relations':>9} {'drawn':>6} {'build s':>8} {'MB':>6} {'frame s':>8} "
        f"{'filter med':>10} {'filter max':>10} {'click s':>7}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            g = synthetic_graph(n)
            path = Path(tmp) / f"bench_{n}.html"
            start = time.perf_counter()
            page = render_report(g, title=f"{n} actors", max_nodes=args.max_nodes)
            builds = [time.perf_counter() - start]
            path.write_text(page, encoding="utf-8")
            runs = [measure_browser(path) for _ in range(args.repeat)]
            med = statistics.median
            per_filter = {name: med(r["filters"][name] for r in runs) for name in FILTERS}
            print(
                f"{n:>7,} {g.number_of_edges():>9,} {min(n, args.max_nodes):>6,} {med(builds):>8.2f} "
                f"{path.stat().st_size / 1e6:>6.1f} {med(r['frame'] for r in runs):>8.2f} "
                f"{med(per_filter.values()):>10.3f} {max(per_filter.values()):>10.3f} "
                f"{med(r['click'] for r in runs):>7.3f}",
                flush=True,
            )
            if args.details:
                for name, value in per_filter.items():
                    print(f"{'':>9}{name:<16} {value:.3f} s")


if __name__ == "__main__":
    sys.exit(main())
