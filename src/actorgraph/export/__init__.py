"""Exchange formats, as symmetric write/read pairs, and :func:`export` dispatching by name.

Tables: ``write_relations(relations, dest, format=...)`` / ``read_relations(src, format=...)``
and the same for actors. ``dest``/``src`` is a path or an open text file. JSONL
writes one object per line with exactly the record's fields; CSV writes a
header row, empty cells for ``None``, lists joined by ``|``.

Untrusted text: article text ends up in every cell and attribute. In CSV, a text cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so
that spreadsheets show it instead of running it as a formula (OWASP's rule against CSV
injection; a cell that starts with ``'`` gets one more); numbers are left alone and the
readers here remove the quote. In GEXF and GraphML, characters that XML 1.0 cannot hold
(control characters such as form feed, ESC or NUL) become U+FFFD, one for one.

Graphs: ``write_gexf``/``read_gexf``, ``write_graphml``/``read_graphml`` and
``write_node_link``/``read_node_link``. The relation table with GDELT-style columns next to
ours: ``write_relation_table``/``read_relation_table`` (CSV or Parquet). :func:`export`
writes any of ``gexf``, ``graphml``, ``json``, ``csv`` and ``parquet`` from a result or a graph.

GDELT/Phoenix-compatible columns (``GDELT_COLUMNS``), computed from ours:

==================  ==============================================================
``GLOBALEVENTID``   our relation id (a hex digest, not GDELT's integer)
``SQLDATE``         event date as the integer YYYYMMDD (empty when undated)
``Actor1Code``      CAMEO-style actor code: country code + sector (``IRN``, ``SYRREB``,
                    ``KENCOP``, ``IGO``, ``REB``), i.e. ``source_code``; empty when neither is known
``Actor1Name``      canonical name, upper-cased as in GDELT
``Actor1CountryCode``  ISO 3166 alpha-3 of the actor's state
``Actor1Type1Code`` the sector (``GOV``, ``MIL``, ``REB``, ``CVL`` ...); ``IGO`` for an IGO; without a
                    sector ``REB`` (armed group), ``MED`` (media), else empty
``Actor2*``         the same for the target
``EventCode``, ``EventBaseCode``, ``EventRootCode``  the CAMEO root (two digits): we
                    classify to the root only
``QuadClass``       1–4 (PLOVER convention: SANCTION is material conflict)
``GoldsteinScale``  our Goldstein-style score
``SOURCEURL``       the document's http(s) URL, when documents are given
==================  ==============================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Protocol, get_args

from actorgraph.errors import RenderError
from actorgraph.export.graphs import (
    from_exchange_graph,
    read_gexf,
    read_graphml,
    read_node_link,
    to_exchange_graph,
    to_gexf_graph,
    write_gexf,
    write_graphml,
    write_node_link,
    xml_text,
)
from actorgraph.export.relation_table import (
    GDELT_COLUMNS,
    read_relation_frame,
    read_relation_table,
    relation_frame,
    write_relation_table,
)
from actorgraph.export.tables import (
    FORMULA_STARTS,
    BinaryDest,
    Dest,
    TableFormat,
    csv_text,
    csv_untext,
    read_actors,
    read_relations,
    write_actors,
    write_relations,
)
from actorgraph.model import Document, Relation

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EXPORT_FORMATS",
    "FORMULA_STARTS",
    "GDELT_COLUMNS",
    "ExportFormat",
    "TableFormat",
    "csv_text",
    "csv_untext",
    "export",
    "from_exchange_graph",
    "read_actors",
    "read_gexf",
    "read_graphml",
    "read_node_link",
    "read_relation_frame",
    "read_relation_table",
    "read_relations",
    "relation_frame",
    "to_exchange_graph",
    "to_gexf_graph",
    "write_actors",
    "write_gexf",
    "write_graphml",
    "write_node_link",
    "write_relation_table",
    "write_relations",
    "xml_text",
]

ExportFormat = Literal["gexf", "graphml", "json", "csv", "parquet"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)


class HasRelations(Protocol):
    """What :func:`export` needs of a result: its graph, relations and documents."""

    @property
    def graph(self) -> nx.MultiDiGraph: ...  # pragma: no cover

    relations: list[Relation]
    documents: list[Document]


def export(
    source: HasRelations | nx.MultiDiGraph,
    dest: Dest | BinaryDest,
    format: ExportFormat,
    *,
    documents: Sequence[Document] = (),
) -> None:
    """Write a result (or a graph) in one exchange format.

    Parameters
    ----------
    source : Result or networkx.MultiDiGraph
        A :class:`~actorgraph.api.Result` (its graph, relations and documents are used) or
        an actor graph such as ``result.country_graph()`` (its edges are the relations).
    dest : path or open file
        Binary for ``gexf``, ``graphml`` and ``parquet``; text for ``json`` and ``csv``.
    format : {"gexf", "graphml", "json", "csv", "parquet"}
        GEXF (Gephi), GraphML, node-link JSON, or the relation table with GDELT-style columns.
    documents : sequence of Document, optional
        For the table's ``SOURCEURL`` when ``source`` is a graph.

    Raises
    ------
    RenderError
        On an unknown format or a file that cannot be written.

    Examples
    --------
    >>> import io
    >>> from actorgraph.graph import build_graph
    >>> from actorgraph.model import Actor
    >>> buffer = io.StringIO()
    >>> export(build_graph([Actor("IRN", "Iran", "country")], []), buffer, "json")
    >>> '"edges": []' in buffer.getvalue()
    True
    """
    if format not in EXPORT_FORMATS:
        raise RenderError(f"unknown export format {format!r}: choose from {', '.join(EXPORT_FORMATS)}.")
    import networkx as nx

    from actorgraph.graph import edge_relation

    if isinstance(source, nx.Graph):
        g: nx.MultiDiGraph = source
        relations = [edge_relation(d) for _, _, d in g.edges(data=True)]
    else:
        g, relations, documents = source.graph, list(source.relations), documents or source.documents
    if format == "gexf":
        write_gexf(g, dest)  # type: ignore[arg-type]
    elif format == "graphml":
        write_graphml(g, dest)  # type: ignore[arg-type]
    elif format == "json":
        write_node_link(g, dest)  # type: ignore[arg-type]
    else:
        write_relation_table(relations, dest, format=format, documents=documents)
