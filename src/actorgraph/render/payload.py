"""Turn an actor graph into the plain data a report page draws.

Everything the page shows about actors and relations enters it through
:func:`build_payload`, as JSON-ready dicts; the page's script puts article text into
the DOM with ``textContent`` only. URLs are kept only when their scheme is http(s); bidi
controls are removed from every string (see :mod:`actorgraph.render.text`).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import networkx as nx

from actorgraph.filters import STATUSES, status_of
from actorgraph.graph import simple_graph
from actorgraph.measures import betweenness
from actorgraph.model import SUGGESTED_BELOW, UNSTATED_BELOW, Document
from actorgraph.render.dates import date_range_label, date_span
from actorgraph.render.layout import layout_positions
from actorgraph.render.text import clean_text, mixed_scripts
from actorgraph.render.views import community_styles, country_view, node_sizes, sector_labels

if TYPE_CHECKING:
    from actorgraph.engines.progress import Progress

__all__ = [
    "EDGE_STYLES",
    "MAX_NODES",
    "NODE_STYLES",
    "PAYLOAD_STEPS",
    "STATUS_STYLES",
    "LegendEntry",
    "Summary",
    "build_payload",
    "edge_kind",
    "safe_url",
]


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One legend line: a key used in the data, a colour (or line style) and a human label."""

    key: str
    colour: str
    label: str


#: Node colours by actor type (colour-blind-friendly hues, distinct from the edge palette).
NODE_STYLES: tuple[LegendEntry, ...] = (
    LegendEntry("country", "#2f4b7c", "Country"),
    LegendEntry("person", "#e8a33d", "Person"),
    LegendEntry("organization", "#8e5ea2", "Organization"),
    LegendEntry("igo", "#2a9d8f", "International organization"),
    LegendEntry("armed_group", "#7b4a2e", "Armed group"),
    LegendEntry("media", "#d45087", "Media"),
    LegendEntry("other", "#8c8c8c", "Other"),
)

#: Edge colours by quad class, plus the structural AFFILIATION and unclassified relations.
EDGE_STYLES: tuple[LegendEntry, ...] = (
    LegendEntry("q1", "#3f9b55", "Verbal cooperation"),
    LegendEntry("q2", "#2368b0", "Material cooperation"),
    LegendEntry("q3", "#e07b12", "Verbal conflict"),
    LegendEntry("q4", "#c62828", "Material conflict"),
    LegendEntry("affiliation", "#a3a9b1", "Affiliation"),
    LegendEntry("other", "#6b7785", "Unclassified"),
)

#: How each status (:data:`actorgraph.filters.STATUSES`) is drawn and named on the page.
_STATUS_LOOKS: dict[str, tuple[str, str]] = {
    "asserted": ("solid", "Stated as fact"),
    "reported": ("dashed", "Reported by a speaker"),
    "hypothetical": ("dotted", "Hypothetical (would, may, plans)"),
    "negated": ("dotted", "Negated (did not happen), grey"),
}
#: One legend entry and line style per status (see :func:`actorgraph.filters.status_of`), in their order.
STATUS_STYLES: tuple[LegendEntry, ...] = tuple(LegendEntry(s, *_STATUS_LOOKS[s]) for s in STATUSES)

_NODE_KEYS = {e.key for e in NODE_STYLES}

#: The most actors a page draws by default (those with the most relations); the page says when it
#: leaves some out.
MAX_NODES = 20000
#: How far above its members' centre a state without relations of its own is drawn (pixels).
_ABOVE_MEMBERS = 45.0
#: Steps :func:`build_payload` reports to its ``progress``.
PAYLOAD_STEPS = 5


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts and dates shown in the page header (over the whole graph, not only what is drawn)."""

    documents: int
    actors: int
    relations: int
    shown_actors: int
    shown_relations: int
    #: The span of the relations' dates, each end at its own precision ("2019 – 14 Mar 2025"),
    #: or ``None`` when no relation has a readable date.
    dates: str | None
    #: How many relations have a readable date.
    dated: int = 0
    #: The span of the documents' dates, or ``None``.
    document_dates: str | None = None

    @property
    def truncated(self) -> bool:
        """Whether some actors were left out of the drawing."""
        return self.shown_actors < self.actors


def safe_url(url: object) -> str | None:
    """Return ``url`` if it is an absolute http(s) URL with a host, else ``None``.

    >>> safe_url("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(ord(c) < 0x20 or c in "\x7f\u2028\u2029" for c in url):
        return None
    return url


def edge_kind(data: Mapping[str, Any]) -> str:
    """The legend key of a relation: ``q1``–``q4``, ``affiliation`` or ``other``."""
    if data.get("type") == "AFFILIATION":
        return "affiliation"
    quad = data.get("quad_class")
    if quad in (1, 2, 3, 4):
        return f"q{quad}"
    return "other"


def _text(value: object) -> str | None:
    return None if value is None else clean_text(str(value))


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [clean_text(value)]
    if isinstance(value, Sequence | set | frozenset):
        return [clean_text(str(v)) for v in value]
    return [clean_text(str(value))]


def _select_nodes(g: nx.MultiDiGraph, max_nodes: int) -> list[Hashable]:
    """The nodes to draw: all of them, or the ``max_nodes`` of highest degree (then mentions, id)."""
    nodes = list(g.nodes)
    if len(nodes) <= max_nodes:
        return nodes
    ranked = sorted(
        nodes,
        key=lambda n: (-g.degree(n), -int(g.nodes[n].get("mentions") or 0), str(n)),
    )
    keep = set(ranked[:max_nodes])
    return [n for n in nodes if n in keep]


def _betweenness(g: nx.MultiDiGraph, *, seed: int = 42) -> dict[Hashable, float]:
    """Betweenness of each node (normalised, on the undirected simple graph), for sizes and panels.

    Estimated from a seeded sample of source nodes that shrinks as the graph grows (all nodes up
    to 300, then 300, 120 or 50 sources): exact figures are not worth a minute of page building,
    and a sample of 50 already ranks the few central actors of a 20,000-actor graph.
    """
    simple = simple_graph(g)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    k = None if n <= 300 else 300 if n <= 1000 else 120 if n <= 5000 else 50
    found = betweenness(simple, k=k, seed=seed)
    return {v: round(float(found.get(v, 0.0)), 6) for v in g.nodes}


def _induced(g: nx.MultiDiGraph, nodes: list[Hashable]) -> nx.MultiDiGraph:
    """The subgraph on ``nodes`` as a copy in the graph's own node and edge order.

    (``MultiDiGraph.subgraph`` views iterate a small selection in set order, which depends on
    ``PYTHONHASHSEED``: the page would not be the same bytes from one run to the next.)
    """
    keep = set(nodes)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in nodes)
    sub.add_edges_from(
        (u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if u in keep and v in keep
    )
    return sub


def _date_table(dates: list[str]) -> dict[str, list[str]]:
    """``{date as given: [first day, last day, label]}`` for every readable date (see ``dates``)."""
    table: dict[str, list[str]] = {}
    for raw in dates:
        if raw not in table and (span := date_span(raw)) is not None:
            table[raw] = [span.start, span.end, span.label]
    return table


def build_payload(
    g: nx.MultiDiGraph,
    *,
    title: str,
    documents: Sequence[Document] = (),
    max_nodes: int = MAX_NODES,
    progress: Progress | None = None,
) -> tuple[dict[str, Any], Summary]:
    """Build the JSON-ready data of a report page and the header summary.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        As made by :func:`actorgraph.graph.build_graph` (or a view such as ``country_graph``).
    title : str
        The page title (kept in the data for scripts that want it).
    documents : sequence of Document
        Documents the relations cite; only their id, title, date, source and http(s) URL are used.
    max_nodes : int
        Draw at most this many actors, those of highest degree.
    progress : Progress, optional
        Told ``update(1, 0)`` after each of the ``PAYLOAD_STEPS`` steps (layout, country view,
        communities, centrality, data).

    Returns
    -------
    tuple of (dict, Summary)
        The page data (``nodes``, ``edges``, ``documents``, ``dates``, ``style``, ``meta``)
        and the header summary.
    """
    shown = _select_nodes(g, max_nodes)
    sub = _induced(g, shown) if len(shown) < g.number_of_nodes() else g
    # dot radii by mentions (as drawn by default), so that a compact layout keeps dots apart
    radii = {n: node_sizes(int(sub.nodes[n].get("mentions") or 0), d, 0.0, 0.0)[0] for n, d in sub.degree()}
    positions = layout_positions(sub, radii=radii)
    step = progress.update if progress is not None else lambda documents, words: None
    step(1, 0)

    edge_rows: list[tuple[Hashable, Hashable, str, Mapping[str, Any]]] = []
    seen_ids: set[str] = set()
    for u, v, key, data in sub.edges(keys=True, data=True):
        eid = str(key)
        if eid in seen_ids:  # the same key on two node pairs: keep both, ids must be unique
            eid = f"{eid}#{len(seen_ids)}"
        seen_ids.add(eid)
        edge_rows.append((u, v, eid, data))
    edge_rows.sort(key=lambda r: (str(r[3].get("date") or ""), r[2]))
    folded = country_view(sub, edge_rows, positions)
    for state, (cx, cy) in folded.centres.items():
        if state in sub and sub.degree(state) == 0:  # related only through its members at country level
            positions[state] = (cx, round(cy - _ABOVE_MEMBERS, 1))
    step(1, 0)
    community, community_legend = community_styles(sub)
    step(1, 0)
    central = _betweenness(sub)
    step(1, 0)
    max_betweenness = max(central.values(), default=0.0)

    names = {str(n): clean_text(str(d.get("name") or n)) for n, d in g.nodes(data=True)}
    affiliations: dict[str, list[str]] = {}
    for u, v, t in g.edges(data="type"):
        if t == "AFFILIATION" and names[str(v)] not in affiliations.setdefault(str(u), []):
            affiliations[str(u)].append(names[str(v)])
    degree = dict(sub.degree())
    members: dict[str, list[str]] = {}
    for member, state in folded.fold.items():
        members.setdefault(state, []).append(names[member])
    nodes: list[dict[str, Any]] = []
    for n in shown:
        d = sub.nodes[n]
        mentions = int(d.get("mentions") or 0)
        x, y = positions[n]
        actor_type = str(d.get("type") or "other")
        size, size_c = node_sizes(mentions, degree[n], central[n], max_betweenness)
        nodes.append(
            {
                "id": str(n),
                "name": names[str(n)],
                "type": actor_type if actor_type in _NODE_KEYS else "other",
                "country": _text(d.get("country")),
                "office": _text(d.get("office")),
                "sector": _text(d.get("sector")),
                "code": _text(d.get("code")),
                "sector_by": _text(d.get("sector_by")),
                "mixed": mixed_scripts(names[str(n)]),
                "aliases": _strings(d.get("aliases")),
                "resolved_by": _strings(d.get("resolved_by")),
                "members": _strings(d.get("members")) or sorted(members.get(str(n), [])),
                "affiliations": affiliations.get(str(n), []),
                "mentions": mentions,
                "degree": degree[n],
                "betweenness": central[n],
                "community": community.get(n, -1),
                "fold": folded.fold.get(str(n)),
                "size": size,
                "size_c": size_c,
                "x": x,
                "y": y,
            }
        )
    for extra in folded.extra:
        nodes.append(
            {
                **extra,
                "country": extra["id"],
                "office": None,
                "sector": None,
                "code": extra["id"],
                "sector_by": None,
                "mixed": False,
                "aliases": [],
                "resolved_by": [],
                "affiliations": [],
                "mentions": 0,
                "degree": 0,
                "betweenness": 0.0,
                "community": -1,
                "fold": None,
                "country_only": True,
                "size": 16.0,
                "size_c": 16.0,
            }
        )

    edges: list[dict[str, Any]] = []
    first_copy: dict[tuple[str, str, str, str], str] = {}
    for u, v, eid, d in edge_rows:
        attributed = _text(d.get("attributed_to"))
        directed = not d.get("mutual")
        ends = (str(u), str(v)) if directed else tuple(sorted((str(u), str(v))))  # mutual: one order
        sentence = clean_text(str(d.get("sentence") or ""))
        # the same sentence for the same relation in another document: a re-published copy
        copy_key = (ends[0], ends[1], str(d.get("type") or ""), " ".join(sentence.lower().split()))
        edge: dict[str, Any] = {
            "id": eid,
            "from": ends[0],
            "to": ends[1],
            "type": str(d.get("type") or ""),
            "kind": edge_kind(d),
            "status": status_of(d),
            "predicate": clean_text(str(d.get("predicate") or "")),
            "sentence": sentence,
            "doc_id": _text(d.get("doc_id")),
            "date": _text(d.get("date")),
            "quad_class": d.get("quad_class") if d.get("quad_class") in (1, 2, 3, 4) else None,
            "goldstein": _number(d.get("goldstein")),
            "confidence": _number(d.get("confidence")),
            "directed": directed,
            "negated": bool(d.get("negated")),
            "hypothetical": bool(d.get("hypothetical")),
            "attributed_to": attributed,
            "attributed_name": names.get(attributed, attributed) if attributed else None,
        }
        if sentence and copy_key in first_copy:
            edge["copy_of"] = first_copy[copy_key]
        else:
            first_copy[copy_key] = eid
        if eid in folded.edges:
            cv = folded.edges[eid]
            edge["cv"] = cv if cv is None or directed else sorted(cv)
        edges.append(edge)

    docs: dict[str, dict[str, str | None]] = {}
    for doc in documents:
        docs[str(doc.id)] = {
            "title": _text(doc.title),
            "date": _text(doc.date),
            "source": _text(doc.source),
            "url": safe_url(doc.url),
        }

    cited = {str(d.get("doc_id")) for _, _, d in g.edges(data=True) if d.get("doc_id") is not None}
    relation_dates = [str(d["date"]) for _, _, d in g.edges(data=True) if d.get("date")]
    summary = Summary(
        documents=len(docs) if documents else len(cited),
        actors=g.number_of_nodes(),
        relations=g.number_of_edges(),
        shown_actors=len(nodes),
        shown_relations=len(edges),
        dates=date_range_label(relation_dates),
        dated=sum(date_span(d) is not None for d in relation_dates),
        document_dates=date_range_label(str(doc.date) for doc in documents if doc.date),
    )
    payload: dict[str, Any] = {
        "meta": {
            "title": clean_text(title),
            "actors": summary.actors,
            "relations": summary.relations,
            "shown_actors": summary.shown_actors,
            "shown_relations": summary.shown_relations,
            "truncated": summary.truncated,
        },
        "style": {
            "node_colours": {e.key: e.colour for e in NODE_STYLES},
            "node_labels": {e.key: e.label for e in NODE_STYLES},
            "edge_colours": {e.key: e.colour for e in EDGE_STYLES},
            "edge_labels": {e.key: e.label for e in EDGE_STYLES},
            "statuses": list(STATUSES),
            "status_labels": {e.key: e.label for e in STATUS_STYLES},
            # a relation under this confidence was suggested by the learned model: drawn faint
            "suggested_below": SUGGESTED_BELOW,
            # and under this one, its sentence has no word stating an act between the two
            "unstated_below": UNSTATED_BELOW,
            "communities": community_legend,
            "sector_labels": sector_labels(),
        },
        "nodes": nodes,
        "edges": edges,
        "documents": docs,
        # the drawn relations' and documents' dates as day spans with labels, for the date filter
        "dates": _date_table(
            [str(e["date"]) for e in edges if e["date"]]
            + [str(d["date"]) for d in docs.values() if d["date"]]
        ),
    }
    step(1, 0)
    return payload, summary
