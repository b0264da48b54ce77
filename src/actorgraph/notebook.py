"""How results show themselves in Jupyter, VS Code and IPython.

A result's own display (``_repr_html_``) is a light summary in plain HTML: counts, dates, the
top actors and relation types, and how to open the full report. It survives JupyterLab's
sanitiser in untrusted notebooks and costs a few kilobytes per display instead of the
0.8–1.8 MB of the whole page. :meth:`actorgraph.api.Result.show` displays the interactive
report: the same summary, a note for untrusted notebooks, and the page in a sandboxed
``<iframe srcdoc>`` (which untrusted notebooks remove, silently, leaving the summary and the
note). No IPython import happens at module level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from actorgraph.errors import RenderError

if TYPE_CHECKING:
    import networkx as nx

    from actorgraph.model import Document

__all__ = ["ReportView", "display_report", "summary_html"]

#: Actors listed in the summary.
SUMMARY_ACTORS = 8


def summary_html(
    g: nx.MultiDiGraph, *, title: str, documents: Sequence[Document], frame: bool = False
) -> str:
    """The plain-HTML summary of a result: counts, dates, top actors, relation types, what to do next.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The result's graph.
    title : str
        Shown in bold (escaped).
    documents : sequence of Document
        For the count and the dates.
    frame : bool
        Whether the report follows in a frame (the closing note then says what to do if it
        does not appear).

    Examples
    --------
    >>> import networkx as nx
    >>> html = summary_html(nx.MultiDiGraph(), title="<b>x</b>", documents=[])
    >>> "&lt;b&gt;x&lt;/b&gt;</strong>: 0 documents, 0 actors, 0 relations." in html
    True
    """
    from actorgraph.graph import type_counts
    from actorgraph.render import render_template
    from actorgraph.render.dates import date_range_label

    ranked = sorted(
        g.nodes,
        key=lambda n: (-g.degree(n), -int(g.nodes[n].get("mentions") or 0), str(n)),
    )[:SUMMARY_ACTORS]
    dates = [str(d["date"]) for _, _, d in g.edges(data=True) if d.get("date")]
    dates += [d.date for d in documents if d.date]
    return render_template(
        "notebook_summary.html.j2",
        title=title,
        documents=len(documents),
        actors=g.number_of_nodes(),
        relations=g.number_of_edges(),
        dates=date_range_label(dates),
        top_actors=[
            (
                str(g.nodes[n].get("name") or n),
                str(g.nodes[n].get("type") or "other"),
                int(g.nodes[n].get("mentions") or 0),
                g.degree(n),
            )
            for n in ranked
        ],
        types=type_counts(g)[:8],
        frame=frame,
    )


@dataclass(frozen=True, slots=True)
class ReportView:
    """The interactive report as a notebook output: the summary, then the page in an iframe."""

    summary: str
    page: str
    height: int = 650

    def _repr_html_(self) -> str:
        from actorgraph.render import notebook_html

        return self.summary + notebook_html(self.page, height=self.height)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/html": self._repr_html_(), "text/plain": "<actorgraph report>"}


def display_report(view: ReportView) -> None:
    """Display ``view`` in the running IPython or Jupyter session.

    Raises
    ------
    RenderError
        Outside IPython: there is nowhere to display; write the page instead.
    """
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:
        shell = None
    else:
        shell = get_ipython()
    if shell is None:
        raise RenderError(
            "show() displays the report in Jupyter or IPython; here, write it with "
            'result.save_html("report.html") and open the file in a browser'
        )
    display(view)  # type: ignore[no-untyped-call]
