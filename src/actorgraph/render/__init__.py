"""HTML rendering of actor graphs: self-contained report pages and notebook embedding.

Functions here return strings; writing files is left to the caller.
"""

from __future__ import annotations

from actorgraph.render.report import MAX_NODES, RENDER_STEPS, notebook_html, render_report, render_template

__all__ = ["MAX_NODES", "RENDER_STEPS", "notebook_html", "render_report", "render_template"]
