"""Analysis views as pandas DataFrames with actor names: ``ag.centrality``, ``ag.communities``, ``ag.dyads``.

Each takes a :class:`~actorgraph.api.Result` or an actor graph (``result.graph``,
``result.country_graph()``) and works on events only: AFFILIATION edges (a person to their
state) are structure and are left out unless ``affiliations=True``, and relations stated as
not happening or as possible are left out as in :func:`actorgraph.graph.event_digraph`.

Examples
--------
>>> from actorgraph.graph import build_graph
>>> from actorgraph.model import Actor, Relation
>>> iran, iraq = Actor("IRN", "Iran", "country", "IRN"), Actor("IRQ", "Iraq", "country", "IRQ")
>>> shelled = Relation.between(iran, iraq, "ASSAULT", "Iran shelled Iraq.", quad_class=4)
>>> g = build_graph([iran, iraq], [shelled])
>>> dyads(g)[["source_name", "target_name", "relations", "q4"]].to_dict("records")
[{'source_name': 'Iran', 'target_name': 'Iraq', 'relations': 1, 'q4': 1}]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import networkx as nx

from actorgraph.graph import centrality as _centrality
from actorgraph.graph import communities as _communities
from actorgraph.graph import event_digraph
from actorgraph.model import ACTOR_TYPES

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["centrality", "communities", "dyads"]


class _HasGraph(Protocol):
    @property
    def graph(self) -> nx.MultiDiGraph: ...  # pragma: no cover


def _graph(source: _HasGraph | nx.MultiDiGraph, affiliations: bool) -> tuple[nx.MultiDiGraph, nx.DiGraph]:
    g = source if isinstance(source, nx.Graph) else source.graph
    return g, event_digraph(g, affiliations=affiliations)


def _actor_columns(g: nx.Graph, nodes: list[Any]) -> dict[str, list[Any]]:
    return {
        "id": [str(n) for n in nodes],
        "name": [str(g.nodes[n].get("name") or n) for n in nodes],
        "type": [g.nodes[n].get("type") for n in nodes],
        "country": [g.nodes[n].get("country") for n in nodes],
    }


def centrality(
    source: _HasGraph | nx.MultiDiGraph, *, affiliations: bool = False, seed: int = 42
) -> pd.DataFrame:
    """Who is central: relations in and out, distinct partners and betweenness, one row per actor.

    Parameters
    ----------
    source : Result or networkx.MultiDiGraph
    affiliations : bool
        Count AFFILIATION edges too.
    seed : int
        Seed of the betweenness estimate on graphs of more than 300 actors (exact below).

    Returns
    -------
    pandas.DataFrame
        ``id, name, type, country, relations, in_relations, out_relations, partners,
        betweenness``, most central first (betweenness, then relations, then id).
    """
    import pandas as pd

    g, d = _graph(source, affiliations)
    scores = _centrality(nx.MultiDiGraph(d), seed=seed)
    nodes = list(d.nodes)
    frame = pd.DataFrame(
        {
            **_actor_columns(g, nodes),
            "relations": [int(d.in_degree(n, "relations") + d.out_degree(n, "relations")) for n in nodes],
            "in_relations": [int(d.in_degree(n, "relations")) for n in nodes],
            "out_relations": [int(d.out_degree(n, "relations")) for n in nodes],
            "partners": [len(set(d.predecessors(n)) | set(d.successors(n))) for n in nodes],
            "betweenness": [scores[n]["betweenness"] for n in nodes],
        }
    )
    frame = frame.sort_values(["betweenness", "relations", "id"], ascending=[False, False, True])
    return _typed(frame.reset_index(drop=True))


def communities(
    source: _HasGraph | nx.MultiDiGraph, *, affiliations: bool = True, seed: int = 42
) -> pd.DataFrame:
    """Louvain communities (seeded), one row per actor, numbered by size (0 = largest).

    AFFILIATION edges count here by default, so that people join their state's community.

    Returns
    -------
    pandas.DataFrame
        ``id, name, type, country, community``, by community then name.
    """
    import pandas as pd

    g, d = _graph(source, affiliations)
    found = _communities(nx.MultiDiGraph(d), seed=seed)
    nodes = list(d.nodes)
    frame = pd.DataFrame({**_actor_columns(g, nodes), "community": [found.get(n, -1) for n in nodes]})
    return _typed(frame.sort_values(["community", "name", "id"]).reset_index(drop=True))


def dyads(source: _HasGraph | nx.MultiDiGraph, *, affiliations: bool = False) -> pd.DataFrame:
    """Events per ordered pair of actors: counts per quad class and the summed Goldstein-style score.

    Mutual relations count in both directions (as in :func:`~actorgraph.graph.event_digraph`).

    Returns
    -------
    pandas.DataFrame
        ``source, source_name, target, target_name, relations, q1, q2, q3, q4, goldstein``,
        most relations first.
    """
    import pandas as pd

    g, d = _graph(source, affiliations)
    edges = sorted(d.edges(data=True), key=lambda e: (-e[2]["relations"], str(e[0]), str(e[1])))
    name = {n: str(g.nodes[n].get("name") or n) for n in d.nodes}
    columns = ["relations", "q1", "q2", "q3", "q4", "goldstein"]
    frame = pd.DataFrame(
        {
            "source": pd.Series([str(u) for u, _, _ in edges], dtype="string"),
            "source_name": pd.Series([name[u] for u, _, _ in edges], dtype="string"),
            "target": pd.Series([str(v) for _, v, _ in edges], dtype="string"),
            "target_name": pd.Series([name[v] for _, v, _ in edges], dtype="string"),
            **{
                c: pd.Series([e[c] for _, _, e in edges], dtype="Float64" if c == "goldstein" else "Int64")
                for c in columns
            },
        }
    )
    return frame


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Text as ``string``, counts as ``Int64``, scores as ``Float64`` (as in :mod:`actorgraph.frames`)."""
    import pandas as pd

    dtypes: dict[str, Any] = {}
    for column in frame.columns:
        if column == "type":
            dtypes[column] = pd.CategoricalDtype(ACTOR_TYPES)
        elif column in ("id", "name", "country"):
            dtypes[column] = "string"
        elif column == "betweenness":
            dtypes[column] = "Float64"
        else:
            dtypes[column] = "Int64"
    return frame.astype(dtypes)
