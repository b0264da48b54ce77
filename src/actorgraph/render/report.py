"""Self-contained HTML report pages and their notebook embedding.

Rendering is pure: these functions return strings; writing files is the caller's job.
The page inlines our script (which draws the graph on a 2D canvas) and stylesheet, and the
graph as one JSON block escaped for script context; it loads nothing from the network and
carries a Content-Security-Policy that forbids it.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

import jinja2
import networkx as nx
from markupsafe import Markup

from actorgraph.errors import RenderError
from actorgraph.model import SUGGESTED_BELOW, Document
from actorgraph.render.payload import (
    EDGE_STYLES,
    MAX_NODES,
    NODE_STYLES,
    PAYLOAD_STEPS,
    STATUS_STYLES,
    build_payload,
)
from actorgraph.render.text import clean_text

if TYPE_CHECKING:
    from actorgraph.engines.progress import Progress, ProgressOption

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "MAX_NODES",
    "RENDER_STEPS",
    "notebook_html",
    "render_report",
    "render_template",
    "script_json",
]

#: The policy every report carries: inline scripts and styles only, images only as data: URLs.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

#: Steps a page build reports to ``progress=``: the page data's, then the HTML.
RENDER_STEPS = PAYLOAD_STEPS + 1

#: Our page script, in parts (data and filters; drawing; side panel; controls), inlined as one script.
_SCRIPT_PARTS = ("report_core.js", "report_draw.js", "report_panel.js", "report_controls.js")
_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
_CLOSE_SCRIPT = re.compile(r"<(/script|!--)", re.IGNORECASE)
_CLOSE_STYLE = re.compile(r"</style", re.IGNORECASE)


@functools.cache
def _loader() -> jinja2.PackageLoader:
    return jinja2.PackageLoader("actorgraph", "templates")


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=_loader(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{int(n):,}"
    return env


def render_template(name: str, /, **context: Any) -> str:
    """Render one of actorgraph's templates (``templates/*.html.j2``) with the page's environment.

    Autoescaping is on (article text in ``context`` is escaped) and an undefined variable is an
    error. The notebook summary (:mod:`actorgraph.notebook`) is made this way.

    Examples
    --------
    >>> html = render_template("notebook.html.j2", page="<p>x</p>", height=200)
    >>> html.startswith('<iframe class="actorgraph-frame" srcdoc="&lt;p&gt;x&lt;/p&gt;"')
    True
    """
    return _environment().get_template(name).render(**context)


def script_json(data: Any) -> Markup:
    """Serialise ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>``, ``&``, U+2028 and U+2029 become ``\\uXXXX`` escapes, so no string can
    close the element or start a comment; ``JSON.parse`` restores them.

    >>> str(script_json({"a": "</script>"}))
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str)
    return Markup(text.translate(_JSON_ESCAPES))  # safe: every "<" is escaped above


def _inline_script(code: str) -> Markup:
    return Markup(_CLOSE_SCRIPT.sub(lambda m: "<\\" + m.group(1), code))  # our own code, not data


def _inline_style(css: str) -> Markup:
    return Markup(_CLOSE_STYLE.sub("<\\/style", css))  # static stylesheets


@functools.cache
def _assets() -> dict[str, Markup]:
    """Our script and stylesheet, from the templates folder."""
    env = _environment()
    parts = [_loader().get_source(env, name)[0] for name in _SCRIPT_PARTS]
    # the parts share one function scope, so that the page adds a single global (window.actorgraph)
    own_js = '(function () {\n"use strict";\n' + "\n".join(parts) + "\n})();\n"
    own_css = _loader().get_source(env, "report.css")[0]
    return {
        "app_js": _inline_script(own_js),
        "app_css": _inline_style(own_css),
    }


def _reporting(progress: ProgressOption) -> AbstractContextManager[Progress | None]:
    """The progress contract's ``reporting`` for a page build, counting ``RENDER_STEPS`` steps."""
    if progress is None or progress is False:
        return nullcontext(None)
    # imported here: engines/__init__ loads the pipeline, and with it spaCy
    from actorgraph.engines.progress import reporting

    return reporting(progress, total=RENDER_STEPS, desc="rendering", unit="step")


def render_report(
    g: nx.MultiDiGraph,
    *,
    title: str,
    documents: Sequence[Document] = (),
    max_nodes: int = MAX_NODES,
    progress: ProgressOption = None,
) -> str:
    """Return one self-contained HTML page showing the actor graph and its evidence.

    The page draws the graph on a 2D canvas at precomputed positions (no physics),
    with nodes coloured by actor type and edges by quad class and styled by status, and a
    side panel that shows, on click, every relation between two actors with its sentence
    and document. It works offline and under a strict Content-Security-Policy; article
    text is never interpreted as HTML.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        An actor graph from :func:`actorgraph.graph.build_graph` (or ``country_graph``):
        node attributes are :class:`~actorgraph.model.Actor` fields, edges are keyed by
        relation id with :class:`~actorgraph.model.Relation` fields as attributes.
    title : str
        Page title, shown in the header (escaped).
    documents : sequence of Document, optional
        The documents the relations cite, for titles, dates and links (http/https URLs
        only). Without them the evidence panel names documents by id.
    max_nodes : int, optional
        Draw at most this many actors, those with the most relations; the page says
        when actors were left out. Default :data:`MAX_NODES`, 20,000.
    progress : bool, tqdm class or bar, or Progress, optional
        The progress contract of :func:`actorgraph.build` (see
        :mod:`actorgraph.engines.progress`), counting the ``RENDER_STEPS`` steps of the build
        (layout, country view, communities, centrality, data, HTML): ``True`` for a
        ``tqdm.auto`` bar, a tqdm class or bar, or an object with ``update`` and ``close``.

    Returns
    -------
    str
        A complete HTML document (UTF-8 text).

    Raises
    ------
    RenderError
        If ``max_nodes`` is less than 1.

    Examples
    --------
    >>> from actorgraph.graph import build_graph
    >>> from actorgraph.model import Actor
    >>> page = render_report(build_graph([Actor("IRN", "Iran", "country", "IRN")], []), title="Iran")
    >>> page.startswith("<!DOCTYPE html>")
    True
    """
    if max_nodes < 1:
        raise RenderError(f"render_report: max_nodes={max_nodes} draws nothing; pass max_nodes >= 1.")
    with _reporting(progress) as bar:
        payload, summary = build_payload(
            g, title=title, documents=documents, max_nodes=max_nodes, progress=bar
        )
        template = _environment().get_template("report.html.j2")
        page = template.render(
            title=clean_text(title),
            csp=CONTENT_SECURITY_POLICY,
            summary=summary,
            node_styles=NODE_STYLES,
            edge_styles=EDGE_STYLES,
            status_styles=STATUS_STYLES,
            suggested_below_pct=round(SUGGESTED_BELOW * 100),
            communities=payload["style"]["communities"],
            data_json=script_json(payload),
            **_assets(),
        )
        if bar is not None:
            bar.update(1, 0)
    return page


def notebook_html(page: str, *, height: int = 650) -> str:
    """Embed a page in an ``<iframe srcdoc="...">`` for Jupyter and VS Code (``_repr_html_``).

    The page is escaped for a double-quoted attribute (``&``, ``<``, ``>``, ``"``, ``'``)
    and runs in a sandboxed iframe: scripts and new-tab links are allowed, access to the
    notebook's origin is not.

    Parameters
    ----------
    page : str
        A complete HTML document, usually from :func:`render_report`.
    height : int, optional
        Height of the frame in CSS pixels. Default 650.

    Returns
    -------
    str
        One ``<iframe>`` element.

    Raises
    ------
    RenderError
        If ``height`` is not a positive integer.

    Examples
    --------
    >>> notebook_html('<p title="x">hi</p>', height=300)[:40]
    '<iframe class="actorgraph-frame" srcdoc='
    """
    if isinstance(height, bool) or not isinstance(height, int) or height < 1:
        raise RenderError(f"notebook_html: height={height!r} is not a positive number of pixels.")
    return render_template("notebook.html.j2", page=page, height=height)
