"""Report pages: parsed as HTML and checked element by element (no browser needed)."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from html.parser import HTMLParser

import networkx as nx
import pytest

import actorgraph.render
from actorgraph.errors import RenderError
from actorgraph.graph import build_graph, country_graph
from actorgraph.model import ACTOR_TYPES, Actor, Document, Relation
from actorgraph.render import notebook_html, render_report
from actorgraph.render.dates import DateSpan, date_range_label, date_span, format_date
from actorgraph.render.payload import NODE_STYLES, build_payload, safe_url
from actorgraph.render.report import CONTENT_SECURITY_POLICY, script_json

# Article-controlled strings that must never reach the page as markup or code.
IMG = "<img src=x onerror=alert(1)>"
IMG_FLAG = "<img src=x onerror=window.__xss=1>"
SCRIPT = "</script><script>alert(1)</script>"
ATTR = '" onmouseover="alert(1)'
HREF = '<a href="javascript:window.__xss=1">read the href</a>'
SEPARATORS = "line\u2028separator\u2029paragraph"
JS_URL = "javascript:alert(1)"
HOSTILE = (IMG, IMG_FLAG, SCRIPT, ATTR, HREF, SEPARATORS)


def relation(
    rid: str,
    source: Actor,
    target: Actor,
    rtype: str,
    quad: int | None,
    sentence: str,
    predicate: str,
    **kw: object,
) -> Relation:
    """A relation between two actors with sensible defaults for the evidence fields."""
    defaults: dict[str, object] = {"doc_id": "d1", "goldstein": 1.0, "date": "2016-08-16", "confidence": 0.9}
    return Relation.between(
        source, target, rtype, sentence, predicate=predicate, id=rid, quad_class=quad, **{**defaults, **kw}
    )


def hostile_inputs() -> tuple[list[Actor], list[Relation], list[Document]]:
    """A small graph whose names, aliases, sentences, predicates, titles and URLs are attacks."""
    iran = Actor("IRN", "Iran", "country", "IRN", ("Tehran",), 12, ("gazetteer",))
    russia = Actor("RUS", "Russia", "country", "RUS", ("Moscow",), 9, ("gazetteer", "metonym"))
    img = Actor("x-img", IMG_FLAG, "person", "IRN", (SCRIPT, ATTR), 3, ("ner",), office=ATTR)
    href = Actor("x-href", HREF, "organization", None, (IMG, SEPARATORS), 1, ("coreference",))
    relations = [
        relation("r1", russia, iran, "COOPERATE", 2, "Russian bombers used Iran's Hamadan air base.", "used"),
        relation(
            "r2",
            iran,
            russia,
            "CONSULT",
            1,
            f"Iran consulted Russia {SCRIPT} today.",
            "consulted",
            doc_id="d2",
        ),
        relation(
            "r3", iran, russia, "REJECT", 3, f"Iran did not allow {IMG}.", "did not allow", negated=True
        ),
        relation("r4", img, href, "ASSAULT", 4, f"{HREF} attacked {ATTR}", HREF, doc_id="d3"),
        relation(
            "r5", href, iran, "THREATEN", 3, f"It {SEPARATORS} may threaten.", SEPARATORS, hypothetical=True
        ),
        relation("r6", img, iran, "AFFILIATION", None, f"{IMG_FLAG} of Iran", "of", attributed_to="x-href"),
    ]
    documents = [
        Document("d1", "text", SCRIPT, "2016-08-16", JS_URL, "Al-Monitor"),
        Document("d2", "text", HREF, "2016-08-17", "https://example.org/news?a=1&b=2", "Reuters"),
        Document("d3", "text", IMG, None, " JavaScript:alert(1)", ATTR),
    ]
    return [iran, russia, img, href], relations, documents


@pytest.fixture
def hostile_graph() -> nx.MultiDiGraph:
    """The hostile actors and relations as a MultiDiGraph."""
    actors, relations, _ = hostile_inputs()
    return build_graph(actors, relations)


@pytest.fixture
def hostile_page(hostile_graph: nx.MultiDiGraph) -> str:
    """A report of the hostile graph, with a hostile title and documents."""
    _, _, documents = hostile_inputs()
    return render_report(hostile_graph, title=f"Report {SCRIPT}", documents=documents)


class PageParser(HTMLParser):
    """Collects every element's attributes, script bodies and the JSON data block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buffer: list[str] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script, self._buffer = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buffer)))
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._buffer.append(data)
        else:
            self.texts.append(data)

    def find(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.elements if t == tag]


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def data_block(page: str) -> tuple[str, dict[str, object]]:
    """The raw text of the JSON block and its parsed value."""
    blocks = [body for attrs, body in parse(page).scripts if attrs.get("id") == "ag-data"]
    assert len(blocks) == 1
    return blocks[0], json.loads(blocks[0])


def test_public_api_is_exported_and_sorted() -> None:
    """``actorgraph.render`` re-exports exactly its public functions, the default page size and
    the number of steps a page build reports, in a sorted ``__all__``."""
    assert actorgraph.render.__all__ == sorted(actorgraph.render.__all__)
    assert set(actorgraph.render.__all__) == {
        "MAX_NODES",
        "RENDER_STEPS",
        "notebook_html",
        "render_report",
        "render_template",
    }
    for name in actorgraph.render.__all__:
        assert callable(getattr(actorgraph.render, name)) or name.isupper()
    assert actorgraph.render.MAX_NODES == 20000


def test_every_actor_type_has_a_colour() -> None:
    """The legend covers every actor type of the model."""
    assert [e.key for e in NODE_STYLES] == list(ACTOR_TYPES)


def test_scripts_and_styles_are_all_inline(hostile_page: str) -> None:
    """Exactly two scripts (data, ours), none with ``src``; no external stylesheet."""
    page = parse(hostile_page)
    scripts = page.scripts
    assert [attrs.get("type") for attrs, _ in scripts] == ["application/json", None]
    assert all("src" not in attrs for attrs, _ in scripts)
    assert "window.actorgraph" in scripts[1][1]
    assert page.find("link") == [] or all(
        not str(a.get("href", "")).startswith(("http://", "https://", "//")) for a in page.find("link")
    )
    for tag, attrs in page.elements:
        for name in ("src", "href"):
            value = str(attrs.get(name) or "")
            assert not value.startswith(("http://", "https://", "//")), (tag, attrs)
    assert len(page.find("style")) == 1
    assert "@import" not in hostile_page


def test_page_has_a_restrictive_content_security_policy(hostile_page: str) -> None:
    """The CSP meta tag forbids every source but inline code and data: images."""
    metas = [m for m in parse(hostile_page).find("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    policy = str(metas[0]["content"])
    assert policy == CONTENT_SECURITY_POLICY
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'unsafe-inline'"
    assert directives["style-src"] == "'unsafe-inline'"
    assert directives["img-src"] == "data:"


def test_no_element_has_an_event_handler_attribute(hostile_page: str) -> None:
    """No ``on*=`` attribute exists anywhere in the markup, hostile names notwithstanding."""
    for tag, attrs in parse(hostile_page).elements:
        assert not [a for a in attrs if a.lower().startswith("on")], (tag, attrs)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_never_appear_raw(hostile_page: str, hostile: str) -> None:
    """Outside the JSON block the page holds no hostile string; inside, only escaped forms."""
    raw, _ = data_block(hostile_page)
    outside = hostile_page.replace(raw, "")
    assert hostile not in outside
    assert hostile not in raw


def test_json_block_is_escaped_for_script_context(hostile_page: str) -> None:
    """The data block contains no character that could end the script or break JS parsing."""
    raw, _ = data_block(hostile_page)
    for char in ("<", ">", "&", "\u2028", "\u2029"):
        assert char not in raw
    assert "\\u003c/script\\u003e" in raw


def test_title_is_escaped_in_head_and_header(hostile_page: str) -> None:
    """The hostile title shows as text in <title> and <h1>."""
    assert hostile_page.count("Report &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;") == 2
    assert f"Report {SCRIPT}" in parse(hostile_page).texts


def test_json_block_round_trips(hostile_graph: nx.MultiDiGraph, hostile_page: str) -> None:
    """The data block parses back to every node and edge, with hostile text intact as data."""
    _, data = data_block(hostile_page)
    nodes, edges = data["nodes"], data["edges"]
    assert isinstance(nodes, list) and isinstance(edges, list)
    assert len(nodes) == hostile_graph.number_of_nodes()
    assert len(edges) == hostile_graph.number_of_edges()
    by_id = {n["id"]: n for n in nodes}
    assert by_id["x-img"]["name"] == IMG_FLAG
    assert by_id["x-img"]["aliases"] == [SCRIPT, ATTR]
    assert by_id["x-href"]["aliases"] == [IMG, SEPARATORS]
    assert {n["type"] for n in nodes} == {"country", "person", "organization"}
    assert {n["country"] for n in nodes} == {"IRN", "RUS", None}
    assert {e["id"] for e in edges} == {"r1", "r2", "r3", "r4", "r5", "r6"}
    r4 = next(e for e in edges if e["id"] == "r4")
    assert (r4["from"], r4["to"], r4["predicate"], r4["kind"]) == ("x-img", "x-href", HREF, "q4")
    assert r4["sentence"] == f"{HREF} attacked {ATTR}"
    r6 = next(e for e in edges if e["id"] == "r6")
    assert (r6["kind"], r6["attributed_name"]) == ("affiliation", HREF)
    assert data["meta"] == {
        "title": f"Report {SCRIPT}",
        "actors": 4,
        "relations": 6,
        "shown_actors": 4,
        "shown_relations": 6,
        "truncated": False,
    }


def test_only_http_urls_are_kept(hostile_page: str) -> None:
    """javascript: URLs are dropped before the page; no <a> is in the static markup at all."""
    _, data = data_block(hostile_page)
    documents = data["documents"]
    assert isinstance(documents, dict)
    assert documents["d1"]["url"] is None
    assert documents["d3"]["url"] is None
    assert documents["d2"]["url"] == "https://example.org/news?a=1&b=2"
    assert JS_URL not in hostile_page
    assert parse(hostile_page).find("a") == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org", "HTTP://example.org"),
        (" https://example.org/b ", "https://example.org/b"),
        (JS_URL, None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//example.org/protocol-relative", None),
        ("https:no-host", None),
        ("https://example.org/\u2028x", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_safe_url(url: object, expected: str | None) -> None:
    """Only absolute http(s) URLs with a host survive."""
    assert safe_url(url) == expected


def test_script_json_escapes_html_significant_characters() -> None:
    """<, >, &, U+2028 and U+2029 become \\u escapes that JSON parsers restore."""
    value = {"s": "</script><!-- & \u2028\u2029 ü"}
    text = str(script_json(value))
    assert text == '{"s":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 ü"}'
    assert json.loads(text) == value


def test_header_counts_and_date_range(hostile_page: str) -> None:
    """The header states documents, actors, relations and the date range."""
    text = " ".join(" ".join(parse(hostile_page).texts).split())
    assert "3 documents" in text
    assert "4 actors" in text
    assert "6 relations" in text
    assert "16 Aug 2016 – 17 Aug 2016" in text


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("2019", "2019"),
        ("2024-09", "Sep 2024"),
        ("2025-03-14", "14 Mar 2025"),
        ("2025-03-14T16:35:50Z", "14 Mar 2025"),
        ("2025-03-04 08:00:00+01:00", "4 Mar 2025"),
        ("last spring", "last spring"),
        ("2025-13", "2025-13"),
        ("2025-02-30", "2025-02-30"),
        (None, ""),
    ],
)
def test_format_date_shows_each_date_at_its_own_precision(value: object, label: str) -> None:
    """Years stay years, months read "Sep 2024", days "14 Mar 2025"; unreadable text is kept as is."""
    assert format_date(value) == label


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2019", ("2019-01-01", "2019-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-02", ("2023-02-01", "2023-02-28")),
        ("2025-03-14T23:59:59Z", ("2025-03-14", "2025-03-14")),
    ],
)
def test_date_span_covers_every_day_of_a_year_or_month(value: str, span: tuple[str, str]) -> None:
    """For filtering, "2019" is 2019-01-01..2019-12-31 and a month runs to its last day."""
    found = date_span(value)
    assert isinstance(found, DateSpan)
    assert (found.start, found.end) == span


def test_date_range_label_of_mixed_precision_dates() -> None:
    """A range over "2019", "2024-09" and timestamps reads "2019 – 14 Mar 2025", not "2019 – 2025-03-14"."""
    dates = ["2019-11-25T23:43:03Z", "2019", "2024-09", "2025-03-14T16:35:50Z", "not a date"]
    assert date_range_label(dates) == "2019 – 14 Mar 2025"
    assert date_range_label(["2016-08-16", "2016-08-16T09:00:00Z"]) == "16 Aug 2016"
    assert date_range_label(["2016", "2016-08-16"]) == "2016"  # the year starts first and ends last
    assert date_range_label([]) is None


def test_payload_dates_table_gives_spans_and_labels(hostile_graph: nx.MultiDiGraph) -> None:
    """The page gets each distinct date as [first day, last day, label] for its slider and panels."""
    g = hostile_graph.copy()
    g.edges["IRN", "RUS", "r2"]["date"] = "2016"
    payload, summary = build_payload(g, title="t")
    assert payload["dates"]["2016"] == ["2016-01-01", "2016-12-31", "2016"]
    assert payload["dates"]["2016-08-16"] == ["2016-08-16", "2016-08-16", "16 Aug 2016"]
    assert summary.dates == "2016"


def test_relations_carry_status_copies_and_one_order_for_mutual_pairs() -> None:
    """Each relation says how it is stated; a re-published sentence points at its first copy; a
    mutual relation is stored in one order whatever the sentence's word order."""
    usa = Actor("USA", "United States", "country", "USA")
    pak = Actor("PAK", "Pakistan", "country", "PAK")
    rels = [
        relation("a", usa, pak, "AGREE", 1, "They agreed.", "agreed", directed=False, date="2020-01-01"),
        relation(
            "b",
            pak,
            usa,
            "AGREE",
            1,
            "They agreed.",
            "agreed",
            directed=False,
            doc_id="d2",
            date="2020-01-02",
        ),
        relation("c", pak, usa, "AID", 2, "Pakistan did not aid the US.", "aid", negated=True),
        relation("d", pak, usa, "AID", 2, "Pakistan would aid the US.", "aid", hypothetical=True),
        relation("e", pak, usa, "AID", 2, "Pakistan aided the US, a source said.", "aid", attributed_to="x"),
    ]
    edges = {e["id"]: e for e in build_payload(build_graph([usa, pak], rels), title="t")[0]["edges"]}
    assert (edges["a"]["from"], edges["a"]["to"]) == (edges["b"]["from"], edges["b"]["to"]) == ("PAK", "USA")
    assert edges["b"]["copy_of"] == "a" and "copy_of" not in edges["a"]
    assert [edges[k]["status"] for k in "acde"] == ["asserted", "negated", "hypothetical", "reported"]


def test_dashes_flags_are_in_the_data(hostile_graph: nx.MultiDiGraph) -> None:
    """Negated, hypothetical and attributed relations carry their flags to the page."""
    payload, _ = build_payload(hostile_graph, title="t")
    edges = {e["id"]: e for e in payload["edges"]}
    assert edges["r3"]["negated"] and edges["r5"]["hypothetical"] and edges["r6"]["attributed_to"] == "x-href"
    assert not (edges["r1"]["negated"] or edges["r1"]["hypothetical"] or edges["r1"]["attributed_to"])


def test_positions_are_deterministic_and_finite(hostile_graph: nx.MultiDiGraph) -> None:
    """The same graph always gives the same page; every node has finite pixel coordinates."""
    first = render_report(hostile_graph, title="t")
    assert first == render_report(hostile_graph, title="t")
    _, data = data_block(first)
    for node in data["nodes"]:  # type: ignore[union-attr]
        assert isinstance(node["x"], float) and isinstance(node["y"], float)
    coords = {(n["x"], n["y"]) for n in data["nodes"]}  # type: ignore[union-attr]
    assert len(coords) == hostile_graph.number_of_nodes()


def test_max_nodes_keeps_the_most_connected_and_says_so(hostile_graph: nx.MultiDiGraph) -> None:
    """Above ``max_nodes`` only the top actors by degree are drawn and a notice explains it."""
    page = render_report(hostile_graph, title="t", max_nodes=2)
    _, data = data_block(page)
    assert {n["id"] for n in data["nodes"]} == {"IRN", "RUS"}  # type: ignore[union-attr]
    assert {e["id"] for e in data["edges"]} == {"r1", "r2", "r3"}  # type: ignore[union-attr]
    assert data["meta"]["truncated"] is True  # type: ignore[index]
    notices = [a for t, a in parse(page).elements if t == "p" and a.get("class") == "ag-notice"]
    assert len(notices) == 1
    assert "Showing the 2 actors with the most relations out of 4" in " ".join(parse(page).texts)


def test_no_notice_when_everything_is_drawn(hostile_page: str) -> None:
    """A graph under the limit has no truncation notice."""
    assert not [a for t, a in parse(hostile_page).elements if a.get("class") == "ag-notice"]


def test_empty_and_isolated_graphs_render() -> None:
    """A graph without edges (or without nodes) still gives a complete page."""
    empty = render_report(nx.MultiDiGraph(), title="Nothing")
    assert data_block(empty)[1]["nodes"] == []
    assert "relations undated" in empty
    lone = build_graph([Actor("IRN", "Iran", "country", "IRN"), Actor("un", "UN", "igo")], [])
    assert len(data_block(render_report(lone, title="Two"))[1]["nodes"]) == 2  # type: ignore[arg-type]


def test_country_graph_view_renders(hostile_graph: nx.MultiDiGraph) -> None:
    """The country-level view (with folded ``members``) renders too."""
    folded = country_graph(hostile_graph)
    _, data = data_block(render_report(folded, title="Countries"))
    assert len(data["nodes"]) == folded.number_of_nodes()  # type: ignore[arg-type]
    assert len(data["edges"]) == folded.number_of_edges()  # type: ignore[arg-type]


def test_bad_max_nodes_raises_render_error(hostile_graph: nx.MultiDiGraph) -> None:
    """``max_nodes`` below 1 is refused with a message naming the fix."""
    with pytest.raises(RenderError, match="max_nodes >= 1"):
        render_report(hostile_graph, title="t", max_nodes=0)


def test_notebook_html_escapes_the_page_for_an_attribute(hostile_page: str) -> None:
    """The iframe's srcdoc holds the page with every quote and bracket escaped, and decodes back to it."""
    frame = notebook_html(hostile_page, height=480)
    assert frame.count('"') == frame.count('="') * 2  # only the attribute delimiters are raw quotes
    assert frame.count("<") == 2 and frame.count(">") == 2  # <iframe ...> and </iframe>
    assert "'" not in frame
    parser = parse(frame)
    iframes = parser.find("iframe")
    assert len(iframes) == 1
    assert iframes[0]["srcdoc"] == hostile_page
    assert "height: 480px" in str(iframes[0]["style"])
    assert "allow-same-origin" not in str(iframes[0]["sandbox"])


@pytest.mark.parametrize("height", [0, -5, 2.5, True, "650"])
def test_notebook_html_rejects_bad_heights(height: object) -> None:
    """Heights must be positive integers."""
    with pytest.raises(RenderError, match="height"):
        notebook_html("<p>x</p>", height=height)  # type: ignore[arg-type]


def test_country_view_folds_people_and_hides_internal_edges(hostile_graph: nx.MultiDiGraph) -> None:
    """At country level the Iranian person folds into Iran; affiliation edges are hidden."""
    payload, _ = build_payload(hostile_graph, title="t")
    nodes = {n["id"]: n for n in payload["nodes"]}
    edges = {e["id"]: e for e in payload["edges"]}
    assert nodes["x-img"]["fold"] == "IRN"
    assert nodes["IRN"]["fold"] is None and nodes["x-href"]["fold"] is None  # no country: stays
    assert IMG_FLAG in nodes["IRN"]["members"]
    assert edges["r6"]["cv"] is None  # AFFILIATION
    assert edges["r4"]["cv"][:2] == ["IRN", "x-href"]
    assert "cv" not in edges["r5"] or edges["r5"]["cv"][:2] == ["x-href", "IRN"]


def test_country_view_adds_states_that_are_not_actors() -> None:
    """A person of a state absent from the graph brings a country-only node at their place."""
    putin = Actor("p-putin", "Vladimir Putin", "person", "RUS", mentions=3)
    iran = Actor("IRN", "Iran", "country", "IRN")
    g = build_graph([putin, iran], [relation("r1", putin, iran, "CONSULT", 1, "Putin met Iran.", "met")])
    payload, _ = build_payload(g, title="t")
    extra = [n for n in payload["nodes"] if n.get("country_only")]
    assert [(n["id"], n["type"], n["members"]) for n in extra] == [("RUS", "country", ["Vladimir Putin"])]
    putin_node = next(n for n in payload["nodes"] if n["id"] == "p-putin")
    assert (extra[0]["x"], extra[0]["y"]) == (putin_node["x"], putin_node["y"])
    assert payload["edges"][0]["cv"][:2] == ["RUS", "IRN"]


def test_nodes_carry_sizes_communities_and_affiliations(hostile_graph: nx.MultiDiGraph) -> None:
    """Each node has both sizes, a community and betweenness; affiliations name their targets."""
    payload, _ = build_payload(hostile_graph, title="t")
    nodes = {n["id"]: n for n in payload["nodes"]}
    for n in nodes.values():
        assert 10 <= n["size"] <= 32 and 10 <= n["size_c"] <= 32
        assert isinstance(n["community"], int) and 0 <= n["betweenness"] <= 1
    assert nodes["x-img"]["affiliations"] == ["Iran"]
    legend = payload["style"]["communities"]
    assert legend and all(set(c) == {"colour", "label", "size"} for c in legend)


def test_page_has_filters_toggles_and_both_legends(hostile_page: str) -> None:
    """The controls bar holds the level, colour and size toggles, the filters and a reset."""
    page = parse(hostile_page)
    ids = {a.get("id") for _, a in page.elements}
    for required in (
        "ag-level",
        "ag-colour",
        "ag-size",
        "ag-f-actors",
        "ag-f-types",
        "ag-f-kinds",
        "ag-f-statuses",
        "ag-f-doc",
        "ag-f-conf",
        "ag-timeline",
        "ag-f-undated",
        "ag-f-ego",
        "ag-f-component",
        "ag-f-reset",
        "ag-chips",
        "ag-legend-types",
        "ag-legend-communities",
    ):
        assert required in ids, required
    communities = next(a for _, a in page.elements if a.get("id") == "ag-legend-communities")
    assert "hidden" in communities


_SAME_BYTES = """
import hashlib, random
from actorgraph.graph import build_graph
from actorgraph.model import Actor, Relation
from actorgraph.render import render_report
rnd = random.Random(3)
actors = [Actor(f"a{i}", f"Actor {i}", "person", mentions=i % 7) for i in range(300)]
pairs = [(actors[rnd.randrange(300)], actors[rnd.randrange(300)]) for _ in range(200)]
rels = [Relation.between(s, t, "CONSULT", f"s{j}", id=f"r{j}") for j, (s, t) in enumerate(pairs)]
g = build_graph(actors, rels)
for max_nodes in (1000, 150):
    print(hashlib.sha256(render_report(g, title="t", max_nodes=max_nodes).encode()).hexdigest())
# above FAST_COMMUNITIES and the dense layout: fast Louvain, sampled betweenness and spring
many = [Actor(f"b{i}", f"Actor {i}", "person", mentions=i % 7) for i in range(1600)]
rels = [
    Relation.between(many[int(1600 * rnd.random() ** 2)], many[rnd.randrange(1600)], "AID", "s", id=f"q{j}")
    for j in range(4800)
]
print(hashlib.sha256(render_report(build_graph(many, rels), title="t").encode()).hexdigest())
"""


def test_same_graph_gives_the_same_page_whatever_the_hash_seed(
    printed_under_seeds: Callable[[str, tuple[str, ...]], list[str]],
) -> None:
    """Many small components (and a truncated drawing), and a graph large enough for the fast
    Louvain and sampled betweenness, render to the same bytes under two PYTHONHASHSEED values:
    nothing iterates a set of node ids."""
    pages = printed_under_seeds(_SAME_BYTES, ("1", "2"))
    assert pages[0] == pages[1]
    assert len(pages[0].split()) == 3


def test_a_state_known_only_through_its_groups_is_drawn_beside_them() -> None:
    """Kenya has no relation of its own, its police and protesters do: at country level Kenya
    takes their relations, so it is placed next to them, not in the grid of unconnected actors
    under the drawing (from where its lines crossed the whole graph)."""
    from actorgraph.render.payload import build_payload

    rnd = random.Random(4)
    actors = [Actor("KEN", "Kenya", "country", "KEN")]
    actors += [
        Actor("KENCOP", "Kenyan police", "other", "KEN", sector="COP", sector_by="group noun"),
        Actor("KENCVL", "Kenyan protesters", "other", "KEN", sector="CVL", sector_by="group noun"),
    ]
    others = [Actor(f"a{i}", f"Actor {i}", "organization") for i in range(30)]
    rels = [Relation.between(actors[1], actors[2], "ASSAULT", "Police fired on protesters.", id="k1")]
    rels += [
        Relation.between(rnd.choice(others), rnd.choice(others + actors[1:]), "CONSULT", f"s{j}", id=f"r{j}")
        for j in range(60)
    ]
    payload, _ = build_payload(build_graph(actors + others, rels), title="t")
    at = {n["id"]: (n["x"], n["y"]) for n in payload["nodes"]}
    centre = ((at["KENCOP"][0] + at["KENCVL"][0]) / 2, (at["KENCOP"][1] + at["KENCVL"][1]) / 2)
    assert math.dist(at["KEN"], centre) < 120
    linked_ys = [y for n, (_, y) in at.items() if n != "KEN"]
    assert at["KEN"][1] < max(linked_ys)
