"""Results show themselves in Jupyter: a real kernel runs a notebook and its HTML output is checked."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

nbformat = pytest.importorskip(
    "nbformat", reason="the [notebook] extra (nbformat, nbclient, ipykernel) is not installed"
)
nbclient = pytest.importorskip("nbclient", reason="the [notebook] extra is not installed")
pytest.importorskip("ipykernel", reason="the [notebook] extra is not installed")

SRC = Path(__file__).resolve().parents[1] / "src"

CELLS = [
    f"import sys\nsys.path.insert(0, {str(SRC)!r})",
    """\
from actorgraph.api import Result
from actorgraph.model import Actor, Document, Relation

iran = Actor("IRN", "Iran", "country", "IRN", ("Tehran",), 3, ("gazetteer",))
russia = Actor("RUS", "Russia", "country", "RUS", ("Moscow",), 2, ("gazetteer",))
sentence = "Russia used Iran's air base </script><script>alert(1)</script>."
relation = Relation(
    "r1", "d1", "RUS", "Russia", "country", "RUS", "IRN", "Iran", "country", "IRN",
    "COOPERATE", "06", 2, 9.5, "used", True, False, False, None, sentence, 0, len(sentence),
    "2016-08-16", 0.9,
)
doc = Document("d1", sentence, "Hamadan", "2016-08-16", "https://example.org/a")
result = Result([doc], [iran, russia], [relation], title="Notebook <b>test</b>")
result""",
    "result.show(height=400)",
]


def _our_environment() -> dict[str, str]:
    """The environment, less what ipykernel 6's debugger sets in the client (PYDEVD_*)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PYDEVD_")}


class FrameParser(HTMLParser):
    """Collects the iframes of an output and their srcdoc."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.frames: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe":
            self.frames.append(dict(attrs))


class Untrusted(HTMLParser):
    """What JupyterLab's sanitiser leaves of an untrusted output: no iframe, script or style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("iframe", "script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("iframe", "script", "style")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.text.append(data)


def _run(tmp_path: Path) -> list[dict[str, str]]:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(code) for code in CELLS]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    env_before = _our_environment()
    client.execute()
    assert _our_environment() == env_before
    assert list(tmp_path.iterdir()) == []  # nothing written next to the notebook
    return [o for cell in nb.cells[-2:] for o in cell.outputs]


def test_result_shows_a_summary_and_show_the_report_in_a_kernel(tmp_path: Path) -> None:
    """The result's own output is a light plain-HTML summary; show() displays the summary, a note
    for untrusted notebooks and one sandboxed iframe whose srcdoc is the offline report; what an
    untrusted notebook keeps (no iframe) still gives the counts and how to open the report."""
    summary, shown = _run(tmp_path)
    assert (summary["output_type"], shown["output_type"]) == ("execute_result", "display_data")
    light = summary["data"]["text/html"]
    assert "<iframe" not in light and len(light) < 10_000 and "text/plain" in summary["data"]
    html = shown["data"]["text/html"]
    parser = FrameParser()
    parser.feed(html)
    assert len(parser.frames) == 1
    frame = parser.frames[0]
    srcdoc = str(frame["srcdoc"])
    assert srcdoc.startswith("<!DOCTYPE html>") and "height: 400px" in str(frame["style"])
    assert "allow-same-origin" not in str(frame["sandbox"])
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=[\"']?(https?:)?//", srcdoc, re.IGNORECASE)
    assert "<script>alert(1)" not in srcdoc and "<script>alert(1)" not in html
    assert "Notebook &lt;b&gt;test&lt;/b&gt;" in srcdoc
    for output in (light, html):
        untrusted = Untrusted()
        untrusted.feed(output)
        kept = " ".join("".join(untrusted.text).split())
        assert "Notebook <b>test</b>: 1 document, 2 actors, 1 relation" in kept
        assert "save_html" in kept
    assert "not trusted" in " ".join(_untrusted_text(html))


def _untrusted_text(html: str) -> list[str]:
    untrusted = Untrusted()
    untrusted.feed(html)
    return untrusted.text


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.skipif(not (EXAMPLES / "explore_voa.ipynb").is_file(), reason="needs the source tree")
def test_the_example_notebook_runs_and_shows_what_it_says(tmp_path: Path) -> None:
    """examples/explore_voa.ipynb runs in a kernel without errors or warnings, writes nothing, shows
    the summary as the result's output and the report (one iframe) where it calls show()."""
    import shutil

    shutil.copy(EXAMPLES / "voa_stories.jsonl", tmp_path)
    nb = nbformat.read(EXAMPLES / "explore_voa.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["voa_stories.jsonl"]
    outputs = [(cell.source, o) for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for _, o in outputs if o["output_type"] == "error"]
    warnings = [o["text"] for _, o in outputs if o.get("name") == "stderr" and "Warning" in o["text"]]
    assert warnings == []
    first = next(o for source, o in outputs if source.endswith("\nresult") and "data" in o)
    assert "VOA stories</strong>: 8 documents" in first["data"]["text/html"]
    assert "<iframe" not in first["data"]["text/html"]
    shown = [o for source, o in outputs if "result.show(" in source and "data" in o]
    assert len(shown) == 1 and shown[0]["data"]["text/html"].count("<iframe") == 1
    tables = [
        o["data"]["text/html"]
        for _, o in outputs
        if "data" in o and "<table" in o["data"].get("text/html", "")
    ]
    assert any("Pakistan" in t for t in tables)
