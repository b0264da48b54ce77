"""Report pages in a real browser: Debian's Chromium driven by Playwright, network blocked.

Skipped where /usr/bin/chromium is absent; CI installs Debian's chromium, so these run there.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from actorgraph.graph import build_graph
from actorgraph.model import PLOVER_TYPES, Actor, Document, Relation
from actorgraph.render import render_report

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# Each vector sets window.__xss (or calls a dialog, which the init script turns into the flag).
IMG = "<img src=x onerror=window.__xss=1>"
SVG = "<svg onload=window.__xss=1></svg>"
SCRIPT = "</script><script>window.__xss=1;alert(1)</script>"
ATTR = '" onmouseover="window.__xss=1" x="'
HREF = '<a href="javascript:window.__xss=1" onclick="window.__xss=1">read the href</a>'
SEPARATORS = "line\u2028separator\u2029paragraph"

INIT_SCRIPT = """
window.__xss = false;
window.__dialogs = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = function () { window.__xss = true; window.__dialogs.push(name); return null; };
}
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def _relation(
    rid: str, source: Actor, target: Actor, rtype: str, quad: int | None, sentence: str, **kw: Any
) -> Relation:
    defaults: dict[str, Any] = {"doc_id": "d1", "goldstein": 1.0, "date": "2016-08-16", "confidence": 0.9}
    return Relation.between(
        source, target, rtype, sentence, id=rid, quad_class=quad, **{"predicate": "said", **defaults, **kw}
    )


def hostile_graph() -> tuple[nx.MultiDiGraph, list[Document]]:
    """Actors, relations and documents whose every text field is an attack."""
    iran = Actor("IRN", "Iran", "country", "IRN", ("Tehran",), 12, ("gazetteer",))
    russia = Actor("RUS", "Russia", "country", "RUS", ("Moscow",), 9, ("gazetteer",))
    img = Actor("x-img", IMG, "person", "IRN", (SCRIPT, ATTR), 3, ("ner",), office=SVG)
    href = Actor("x-href", HREF, "organization", None, (IMG, SEPARATORS), 2, ("coreference",), office=HREF)
    relations = [
        _relation(
            "r1",
            russia,
            iran,
            "COOPERATE",
            2,
            "Russian bombers used Iran's Hamadan air base.",
            predicate="used",
        ),
        _relation(
            "r2",
            iran,
            russia,
            "CONSULT",
            1,
            f"Iran consulted Russia {SCRIPT}.",
            predicate=SCRIPT,
            doc_id="d2",
        ),
        _relation("r3", iran, russia, "REJECT", 3, f"Iran did not allow {IMG}.", predicate=IMG, negated=True),
        _relation(
            "r4", img, href, "ASSAULT", 4, f"{HREF} was attacked by {SVG} {ATTR}", predicate=HREF, doc_id="d3"
        ),
        _relation("r5", href, iran, "THREATEN", 3, f"It {SEPARATORS} may threaten.", hypothetical=True),
        _relation(
            "r6", img, iran, "AFFILIATION", None, f"{IMG} of Iran", attributed_to="x-href", doc_id="d2"
        ),
    ]
    documents = [
        Document("d1", "text", SCRIPT, "2016-08-16", "javascript:window.__xss=1", "Al-Monitor"),
        Document("d2", "text", HREF, "2016-08-17", "https://example.org/news?a=1&b=2", SVG),
        Document("d3", "text", IMG, None, " JavaScript:window.__xss=1", ATTR),
    ]
    return build_graph([iran, russia, img, href], relations), documents


@dataclass
class Loaded:
    """An opened report page and what it tried to do."""

    page: Any
    graph: nx.MultiDiGraph
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def xss(self) -> Any:
        return self.page.evaluate("window.__xss")

    def assert_clean(self) -> None:
        """Nothing ran, nothing was fetched, nothing was logged as an error."""
        assert self.xss() is False
        assert self.dialogs == []
        assert self.page.evaluate("window.__dialogs") == []
        assert self.page.evaluate("window.__csp") == []
        assert self.blocked == []
        assert self.errors == []

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Viewport coordinates of a node's centre."""
        xy = self.page.evaluate(
            """(id) => {
                const net = window.actorgraph.network;
                const p = net.canvasToDOM(net.getPositions([id])[id]);
                const r = document.getElementById("ag-graph").getBoundingClientRect();
                return [r.left + p.x, r.top + p.y];
            }""",
            node_id,
        )
        return float(xy[0]), float(xy[1])


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[Any]:
    """One headless Chromium for the module."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (CI installs Debian's chromium, so these tests run there)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_report(chromium_browser: Any, tmp_path: Path) -> Iterator[Any]:
    """Write a report to ``tmp_path`` and open it offline; returns a :class:`Loaded`."""
    pages: list[Any] = []

    def _open(g: nx.MultiDiGraph, documents: list[Document], *, title: str = "Report", **kw: Any) -> Loaded:
        path = tmp_path / "report.html"
        path.write_text(render_report(g, title=title, documents=documents, **kw), encoding="utf-8")
        page = chromium_browser.new_page(viewport={"width": 1400, "height": 900})
        pages.append(page)
        loaded = Loaded(page, g)
        page.add_init_script(INIT_SCRIPT)
        page.on("console", lambda m: loaded.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: loaded.errors.append(str(exc)))
        page.on("dialog", lambda d: (loaded.dialogs.append(d.message), d.dismiss()))

        def route(r: Any) -> None:
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                loaded.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(path.as_uri())
        page.wait_for_function("window.actorgraph !== undefined")
        return loaded

    yield _open
    for page in pages:
        page.close()


def test_page_draws_offline(open_report: Any, tmp_path: Path) -> None:
    """The canvas is drawn, every node and edge is in the vis DataSets, nothing loads or fails."""
    g, documents = hostile_graph()
    loaded = open_report(g, documents, title=f"Report {SCRIPT}")
    page = loaded.page
    assert page.locator("#ag-graph canvas").count() == 1
    assert page.evaluate("window.actorgraph.nodes.length") == g.number_of_nodes()
    assert page.evaluate("window.actorgraph.edges.length") == g.number_of_edges()
    assert page.title() == f"Report {SCRIPT}"
    assert page.locator(".ag-legend").is_visible()
    page.screenshot(path=str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000
    loaded.assert_clean()


def test_hostile_strings_execute_nothing(open_report: Any) -> None:
    """After load, clicks on every node and edge, hover and search, no vector has run."""
    g, documents = hostile_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    loaded.assert_clean()
    for node in g.nodes:
        assert page.evaluate("(id) => window.actorgraph.showNode(id)", node) is True
        loaded.assert_clean()
    for _, _, key in g.edges(keys=True):
        assert page.evaluate("(id) => window.actorgraph.showEdge(id)", key) is True
        loaded.assert_clean()
    # the panel shows hostile text as text
    page.evaluate("window.actorgraph.showEdge('r4')")
    panel = page.locator("#ag-panel")
    assert HREF in panel.text_content()
    assert panel.locator("img, svg, script, iframe, [onclick], [onerror], [onload]").count() == 0
    # real mouse: hover a hostile node (tooltip), then click it
    x, y = loaded.node_point("x-href")
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert HREF in tooltip.text_content()
    assert tooltip.locator("a, img, svg").count() == 0
    loaded.assert_clean()
    page.mouse.click(x, y)
    assert page.locator("#ag-panel h2").text_content() == HREF
    loaded.assert_clean()
    # search by a hostile alias
    page.fill("#ag-search-input", SCRIPT)
    page.press("#ag-search-input", "Enter")
    assert page.locator("#ag-panel h2").text_content() == IMG
    loaded.assert_clean()


def test_clicking_an_edge_shows_its_evidence(open_report: Any) -> None:
    """A real click on a lone edge shows its sentence, with the predicate in a <mark>."""
    g, documents = hostile_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    (x1, y1), (x2, y2) = loaded.node_point("x-img"), loaded.node_point("x-href")
    page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    panel = page.locator("#ag-panel")
    sentence = g.edges["x-img", "x-href", "r4"]["sentence"]
    assert sentence in panel.text_content()
    assert panel.locator("mark").first.text_content() == HREF
    assert page.evaluate("window.actorgraph.network.getSelectedEdges()") == ["r4"]
    loaded.assert_clean()


def test_pair_evidence_lists_every_relation_and_links_only_http(open_report: Any) -> None:
    """An Iran–Russia edge lists the pair's three relations; only the https document is a link."""
    g, documents = hostile_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    page.evaluate("window.actorgraph.showEdge('r1')")
    panel = page.locator("#ag-panel")
    assert panel.locator("article.ag-card").count() == 3
    text = panel.text_content()
    for rid in ("r1", "r2", "r3"):
        assert g.edges[*next((u, v) for u, v, k in g.edges(keys=True) if k == rid), rid]["sentence"] in text
    assert "negated" in text
    links = panel.locator("a")
    assert links.count() == 1
    assert links.first.get_attribute("href") == "https://example.org/news?a=1&b=2"
    assert links.first.get_attribute("rel") == "noopener noreferrer"
    assert links.first.text_content() == HREF
    assert page.locator("a[href^='javascript' i]").count() == 0
    page.evaluate("window.actorgraph.showEdge('r6')")
    assert "reported by " + HREF in panel.text_content()
    loaded.assert_clean()


def test_node_panel_and_search(open_report: Any) -> None:
    """Clicking a node shows its facts and relations; the search box finds actors by alias."""
    g, documents = hostile_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    page.fill("#ag-search-input", "tehran")
    page.press("#ag-search-input", "Enter")
    panel = page.locator("#ag-panel")
    assert panel.locator("h2").text_content() == "Iran"
    assert page.evaluate("window.actorgraph.network.getSelectedNodes()") == ["IRN"]
    text = panel.text_content()
    assert "Tehran" in text and "gazetteer" in text and "5 relations" in text
    page.fill("#ag-search-input", "no such actor")
    page.press("#ag-search-input", "Enter")
    assert page.locator("#ag-search-status").text_content() == "No actor matches."
    loaded.assert_clean()


def _random_graph(n: int, m: int, seed: int = 7) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    types = ["country", "person", "organization", "igo", "armed_group", "media", "other"]
    actors = [Actor(f"a{i}", f"Actor {i}", rnd.choice(types), mentions=rnd.randint(0, 30)) for i in range(n)]  # type: ignore[arg-type]
    relations = []
    for j in range(m):
        s, t = actors[int(n * rnd.random() ** 2)], actors[rnd.randrange(n)]
        relations.append(
            _relation(
                f"r{j}",
                s,
                t,
                rnd.choice(PLOVER_TYPES),
                rnd.randint(1, 4),
                f"{s.name} and {t.name}, sentence {j}.",
            )
        )
    return build_graph(actors, relations)


@pytest.mark.slow
def test_thousand_nodes_draw(open_report: Any, tmp_path: Path) -> None:
    """A 1,000-actor graph renders and draws without physics; the time is printed, not asserted."""
    g = _random_graph(1000, 3000)
    start = time.perf_counter()
    loaded = open_report(g, [], title="1,000 actors")
    loaded.page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    print(f"1,000 nodes / 3,000 edges: rendered, loaded and drawn in {time.perf_counter() - start:.2f} s")
    assert loaded.page.evaluate("window.actorgraph.nodes.length") == 1000
    loaded.page.screenshot(path=str(tmp_path / "thousand.png"))
    loaded.assert_clean()


def filter_graph() -> tuple[nx.MultiDiGraph, list[Document]]:
    """Countries, people and an IGO; relations of every quad class over three days and two documents."""
    irn = Actor("IRN", "Iran", "country", "IRN", ("Islamic Republic",), 10, ("gazetteer",))
    rus = Actor("RUS", "Russia", "country", "RUS", ("Moscow",), 8, ("gazetteer",))
    usa = Actor("USA", "United States", "country", "USA", ("Washington",), 6, ("gazetteer",))
    lavrov = Actor("p-lavrov", "Sergei Lavrov", "person", "RUS", ("Lavrov",), 4, ("ner",), office="minister")
    zarif = Actor("p-zarif", "Javad Zarif", "person", "IRN", ("Zarif",), 3, ("ner",))
    un = Actor("un", "United Nations", "igo", None, ("UN",), 2, ("gazetteer",))
    rels = [
        _relation("e1", lavrov, zarif, "CONSULT", 1, "Lavrov met Zarif.", date="2016-08-10"),
        _relation("e2", rus, irn, "COOPERATE", 2, "Russia used the base.", date="2016-08-12"),
        _relation("e3", usa, rus, "ACCUSE", 3, "Washington accused Moscow.", date="2016-08-14", doc_id="d2"),
        _relation("e4", usa, irn, "SANCTION", 4, "The US sanctioned Iran.", date="2016-08-14", doc_id="d2"),
        _relation("e5", lavrov, rus, "AFFILIATION", None, "Russian minister Lavrov.", date="2016-08-10"),
        _relation("e6", zarif, irn, "AFFILIATION", None, "Iran's Zarif.", date="2016-08-10"),
        _relation("e7", lavrov, un, "REQUEST", 3, "Lavrov asked the UN.", date="2016-08-12"),
    ]
    docs = [
        Document("d1", "text", "Meeting in Moscow", "2016-08-10", "https://example.org/1"),
        Document("d2", "text", "Sanctions", "2016-08-14", "https://example.org/2"),
    ]
    return build_graph([irn, rus, usa, lavrov, zarif, un], rels), docs


COUNTS = "() => ({nodes: window.actorgraph.nodeView.length, edges: window.actorgraph.edgeView.length})"


def test_each_filter_hides_what_it_should(open_report: Any) -> None:
    """Actor type, relation type, quad class, date and document filters hide nodes and edges."""
    g, documents = filter_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    assert page.evaluate(COUNTS) == {"nodes": 6, "edges": 7}

    def apply(f: dict[str, Any]) -> tuple[int, int, list[str]]:
        page.evaluate("window.actorgraph.reset()")
        page.evaluate("(f) => window.actorgraph.setFilter(f)", f)
        c = page.evaluate(COUNTS)
        return c["nodes"], c["edges"], sorted(page.evaluate("window.actorgraph.edgeView.getIds()"))

    # hiding people hides their relations, not the actors they relate to
    assert apply({"actorTypes": ["country", "igo"]}) == (4, 3, ["e2", "e3", "e4"])
    # relation types: only actors with a shown relation stay
    assert apply({"relTypes": ["SANCTION"]}) == (2, 1, ["e4"])
    assert apply({"kinds": ["q3", "q4"]}) == (5, 3, ["e3", "e4", "e7"])
    assert apply({"dateFrom": "2016-08-12", "dateTo": "2016-08-12"})[2] == ["e2", "e7"]
    assert apply({"doc": "d2"}) == (3, 2, ["e3", "e4"])
    # the controls do the same: untick "Person" in the actor-type menu
    page.evaluate("window.actorgraph.reset()")
    page.click("#ag-menu-actors summary")
    page.locator("#ag-f-actors label", has_text="Person").click()
    assert page.evaluate(COUNTS) == {"nodes": 4, "edges": 3}
    assert "Showing 4 of 6 actors" in page.locator("#ag-view-status").text_content()
    page.keyboard.press("Escape")  # closes the menu
    assert page.locator("#ag-menu-actors[open]").count() == 0
    page.select_option("#ag-f-doc", "d2")
    assert page.evaluate(COUNTS) == {"nodes": 3, "edges": 2}
    page.click("#ag-f-reset")
    assert page.evaluate(COUNTS) == {"nodes": 6, "edges": 7}
    loaded.assert_clean()


def test_country_toggle_folds_persons(open_report: Any) -> None:
    """At country level Lavrov and Zarif become Russia and Iran; affiliations disappear."""
    g, documents = filter_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    page.click("#ag-level button[data-value=country]")
    ids = sorted(page.evaluate("window.actorgraph.nodeView.getIds()"))
    assert ids == ["IRN", "RUS", "USA", "un"]
    edges = page.evaluate("window.actorgraph.edgeView.get().map((e) => [e.id, e.from, e.to])")
    assert sorted(map(tuple, edges)) == [
        ("e1", "RUS", "IRN"),
        ("e2", "RUS", "IRN"),
        ("e3", "USA", "RUS"),
        ("e4", "USA", "IRN"),
        ("e7", "RUS", "un"),
    ]
    # clicking the folded Russia–Iran edge lists both relations, including Lavrov's
    page.evaluate("window.actorgraph.showEdge('e2')")
    assert page.locator("#ag-panel article.ag-card").count() == 2
    assert "Sergei Lavrov → Javad Zarif" in page.locator("#ag-panel").text_content()
    # searching a person at country level finds their state
    page.fill("#ag-search-input", "lavrov")
    page.press("#ag-search-input", "Enter")
    assert page.locator("#ag-panel h2").text_content() == "Russia"
    assert "Sergei Lavrov" in page.locator("#ag-panel").text_content()
    page.click("#ag-level button[data-value=actor]")
    assert page.evaluate(COUNTS) == {"nodes": 6, "edges": 7}
    loaded.assert_clean()


def test_toggles_and_tables_with_hostile_text_run_nothing(open_report: Any) -> None:
    """Community colours, centrality sizes, country level and overview tables show hostile text as text."""
    g, documents = hostile_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    page.click("#ag-colour button[data-value=community]")
    assert page.locator("#ag-legend-communities").is_visible()
    assert not page.locator("#ag-legend-types").is_visible()
    page.click("#ag-size button[data-value=centrality]")
    assert page.locator("#ag-size-note").text_content() == "size = betweenness centrality"
    page.click("#ag-level button[data-value=country]")
    for node in page.evaluate("window.actorgraph.nodeView.getIds()"):
        page.evaluate("(id) => window.actorgraph.showNode(id)", node)
    page.evaluate("window.actorgraph.showOverview()")
    panel = page.locator("#ag-panel")
    assert panel.locator("table.ag-table").count() == 2
    assert IMG in panel.text_content()
    assert page.locator("#ag-f-doc option").count() == 4
    page.click("#ag-menu-types summary")
    assert page.locator("body img, body svg, [onclick], [onerror], [onload], [onmouseover]").count() == 0
    loaded.assert_clean()


def unconnected_graph() -> tuple[nx.MultiDiGraph, list[Document]]:
    """The filter graph plus two actors without any relation; one relation dated by year only,
    one by month, one undated; a person whose only relation is an affiliation."""
    g, documents = filter_graph()
    lonely = Actor("p-lonely", "Lonely Person", "person", None, ("the hermit",), 1, ("ner",))
    idle = Actor("org-idle", "Idle Organisation", "organization", None, (), 1, ("ner",))
    member = Actor("p-member", "Party Member", "person", "IRN", (), 1, ("ner",))
    irn = Actor("IRN", "Iran", "country", "IRN", ("Islamic Republic",), 10, ("gazetteer",))
    usa = Actor("USA", "United States", "country", "USA", ("Washington",), 6, ("gazetteer",))
    extra = build_graph(
        [lonely, idle, member, irn, usa],
        [
            _relation("y1", usa, irn, "ACCUSE", 3, "In 2015 Washington accused Tehran.", date="2015"),
            _relation("m1", irn, usa, "CONSULT", 1, "In July 2016 they talked.", date="2016-07"),
            _relation("u1", irn, usa, "CONSULT", 1, "They talk.", date=None),
            _relation("a1", member, irn, "AFFILIATION", None, "Iran's party member.", date="2016-08-10"),
        ],
    )
    merged = nx.compose(g, extra)
    return merged, documents


def test_unconnected_actors_are_hidden_until_the_toggle_shows_them(open_report: Any) -> None:
    """Actors without any relation are hidden by default; the box "Show unconnected actors (2)" shows
    them and hides them again. An actor whose only relation is an affiliation counts as connected."""
    g, documents = unconnected_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    shown = set(page.evaluate("window.actorgraph.nodeView.getIds()"))
    assert "p-lonely" not in shown and "org-idle" not in shown
    assert "p-member" in shown
    assert len(shown) == g.number_of_nodes() - 2
    toggle = page.locator("label.ag-toggle")
    assert toggle.is_visible()
    assert " ".join(toggle.text_content().split()) == "Show unconnected actors (2)"
    assert "Showing 7 of 9 actors" in page.locator("#ag-view-status").text_content()
    toggle.click()
    shown = set(page.evaluate("window.actorgraph.nodeView.getIds()"))
    assert {"p-lonely", "org-idle"} <= shown and len(shown) == g.number_of_nodes()
    toggle.click()
    assert "p-lonely" not in page.evaluate("window.actorgraph.nodeView.getIds()")
    loaded.assert_clean()


def test_search_finds_and_shows_a_hidden_unconnected_actor(open_report: Any) -> None:
    """Searching a hidden unconnected actor (by alias) shows it, selects it and opens its panel;
    the others stay hidden, and Reset hides it again."""
    g, documents = unconnected_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    page.fill("#ag-search-input", "the hermit")
    page.press("#ag-search-input", "Enter")
    assert page.locator("#ag-panel h2").text_content() == "Lonely Person"
    ids = page.evaluate("window.actorgraph.nodeView.getIds()")
    assert "p-lonely" in ids and "org-idle" not in ids
    assert page.evaluate("window.actorgraph.network.getSelectedNodes()") == ["p-lonely"]
    assert "no relations" in page.locator("#ag-search-status").text_content()
    page.click("#ag-f-reset")
    assert "p-lonely" not in page.evaluate("window.actorgraph.nodeView.getIds()")
    loaded.assert_clean()


def test_no_toggle_when_every_actor_is_unconnected(open_report: Any) -> None:
    """A graph without relations shows all its actors, and no toggle."""
    g = build_graph([Actor("IRN", "Iran", "country", "IRN"), Actor("un", "UN", "igo")], [])
    loaded = open_report(g, [])
    assert sorted(loaded.page.evaluate("window.actorgraph.nodeView.getIds()")) == ["IRN", "un"]
    assert not loaded.page.locator("label.ag-toggle").is_visible()
    loaded.assert_clean()


def test_date_slider_on_mixed_precision_dates(open_report: Any) -> None:
    """Dates read "2015 – 14 Aug 2016"; a year-only relation counts as every day of its year;
    undated relations show until the range is narrowed, as the slider's tooltip says."""
    g, documents = unconnected_graph()
    loaded = open_report(g, documents)
    page = loaded.page
    assert page.locator("#ag-f-dates").text_content() == "2015 – 14 Aug 2016"
    tooltip = page.locator(".ag-dates").get_attribute("title")
    assert "without a date is shown until you narrow the range" in tooltip
    assert "u1" in page.evaluate("window.actorgraph.edgeView.getIds()")

    def edges_in(f: dict[str, Any]) -> list[str]:
        page.evaluate("window.actorgraph.reset()")
        page.evaluate("(f) => window.actorgraph.setFilter(f)", f)
        return sorted(page.evaluate("window.actorgraph.edgeView.getIds()"))

    assert edges_in({"dateFrom": "2015-06-01", "dateTo": "2015-06-30"}) == ["y1"]
    assert edges_in({"dateFrom": "2016-07-15", "dateTo": "2016-07-15"}) == ["m1"]
    assert edges_in({"dateFrom": "2016"}) == ["a1", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "m1"]
    # the slider: moving the left thumb one stop narrows to "Jul 2016 – 14 Aug 2016", hiding u1 and y1
    page.evaluate("window.actorgraph.reset()")
    page.evaluate(
        """() => { const r = document.getElementById("ag-f-from"); r.value = "1";
                   r.dispatchEvent(new Event("input", { bubbles: true })); }"""
    )
    assert page.locator("#ag-f-dates").text_content() == "Jul 2016 – 14 Aug 2016"
    ids = page.evaluate("window.actorgraph.edgeView.getIds()")
    assert "u1" not in ids and "y1" not in ids and "m1" in ids
    loaded.assert_clean()


def test_names_are_drawn_at_a_readable_size(open_report: Any) -> None:
    """At the first fit of a hundred-actor graph most names are drawn, none below 12 px on screen."""
    g = _random_graph(100, 160)
    loaded = open_report(g, [])
    page = loaded.page
    page.wait_for_function("window.actorgraph.drawnAt() !== null")
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    shown = page.evaluate("window.actorgraph.nodeView.length")
    assert page.evaluate("window.actorgraph.labelsDrawn()") >= shown // 3
    assert page.evaluate("window.actorgraph.network.getScale()") >= 0.45
    loaded.assert_clean()
