"""The public Python API: what `import actorgraph as ag` offers and how a notebook user meets it."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import actorgraph as ag
from actorgraph.model import RELATION_FIELDS

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran on Monday. "
    "Iran and Russia signed an agreement on military cooperation, officials said. "
    "The United States imposed sanctions on Iran on Tuesday."
)


def _modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(ag.__path__, "actorgraph.") if not m.name.endswith("__main__")
    )


def _isort_key(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions, each alphabetically (ruff RUF022, isort style)."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[:1].isupper() else (2, name)


@pytest.mark.parametrize("name", _modules())
def test_every_module_has_a_sorted_all_of_real_names(name: str) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{name} has no __all__"
    assert list(exported) == sorted(exported, key=_isort_key), "sort __all__ as ruff's RUF022 does"
    for item in exported:
        assert hasattr(module, item), f"{name}.__all__ names {item}, which it does not define"


def test_package_reexports_the_public_api() -> None:
    for name in ("build", "extract", "Result", "Store", "Document", "Relation", "Actor", "InputError"):
        assert name in ag.__all__


def test_build_takes_raw_text_and_returns_a_graph_of_the_relations() -> None:
    result = ag.build([TEXT])
    assert isinstance(result.graph, nx.MultiDiGraph)
    assert result.graph.number_of_edges() == len(result.relations)
    kinds = {(r.source_id, r.type, r.target_id) for r in result.relations}
    assert ("USA", "SANCTION", "IRN") in kinds
    assert any(
        r.type == "CONSULT" and {r.source_name, r.target_name} == {"Vladimir Putin", "Hassan Rouhani"}
        for r in result.relations
    )
    for _, _, data in result.graph.edges(data=True):
        assert set(RELATION_FIELDS) <= set(data)


def test_build_takes_documents_and_keeps_their_metadata() -> None:
    doc = ag.Document(
        id="d1", text=TEXT, title="Moscow and Tehran", date="2016-08-16", url="https://example.org/a"
    )
    result = ag.build([doc])
    assert [d.id for d in result.documents] == ["d1"]
    assert {r.doc_id for r in result.relations} == {"d1"}
    assert all(r.date and r.date.startswith("2016") for r in result.relations)


def test_a_missing_path_raises_input_error_and_on_error_collects_it(tmp_path: Path) -> None:
    with pytest.raises(ag.InputError, match="no such file"):
        ag.build([tmp_path / "missing.txt"])
    seen: list[ag.InputError] = []
    result = ag.build([tmp_path / "missing.txt", DATA / "voa_sample.jsonl"], on_error=seen.append)
    assert len(seen) == 1 and len(result.documents) == 3


def test_to_pandas_gives_actor_and_relation_tables() -> None:
    actors, relations = ag.build([TEXT]).to_pandas()
    assert list(relations.columns) == list(RELATION_FIELDS)
    assert {"id", "name", "type", "country", "aliases"} <= set(actors.columns)
    assert "IRN" in set(actors["id"])


def test_country_graph_folds_people_into_their_states_keeping_evidence() -> None:
    result = ag.build([TEXT])
    folded = result.country_graph()
    assert "P_PUTIN" not in folded and "RUS" in folded
    consult = [d for _, _, d in folded.edges(data=True) if d["type"] == "CONSULT"]
    assert consult and all(d["sentence"] for d in consult)


def test_save_html_writes_only_the_page(tmp_path: Path) -> None:
    out = ag.build([TEXT]).save_html(tmp_path / "deep" / "page.html")
    assert out.is_file()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["deep", "page.html"]


def test_repr_html_embeds_the_page_offline() -> None:
    html = ag.build([TEXT])._repr_html_()
    assert html.startswith("<iframe") and "srcdoc=" in html
    assert "https://" not in html.split("srcdoc=")[0]


def test_the_same_input_gives_the_same_ids() -> None:
    first = [r.id for r in ag.build([TEXT]).relations]
    again = [r.id for r in ag.build([TEXT]).relations]
    assert first == again and len(set(first)) == len(first)


def test_importing_actorgraph_writes_nothing_and_needs_no_network(tmp_path: Path) -> None:
    code = "import actorgraph, actorgraph.nlp; actorgraph.nlp.load_pipeline()"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "NO_PROXY": "*",
            "HTTPS_PROXY": "http://127.0.0.1:9",
        },
    )
    assert proc.returncode == 0, proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_importing_actorgraph_loads_no_spacy_until_something_parses() -> None:
    """``import actorgraph``, a Result made by hand, its graph and its page leave spaCy (and the
    HTML reader, trafilatura) unloaded; ``build`` loads them."""
    code = (
        "import sys, actorgraph as ag\n"
        "iran = ag.Actor('IRN', 'Iran', 'country', 'IRN')\n"
        "r = ag.Result([], [iran], [])\n"
        "r.graph; r.to_html()\n"
        "heavy = ('spacy', 'thinc', 'trafilatura', 'actorgraph.pipeline', 'actorgraph.nlp')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "ag.build(['Iran and Russia signed an agreement on Tuesday.'])\n"
        "print('spacy' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["[]", "True"]


def test_save_html_on_a_full_disk_keeps_the_previous_page(tmp_path: Path) -> None:
    """A page write that fails for lack of space (a file-size limit: EFBIG) raises RenderError
    naming the file and leaves the previous page whole, not a 0-byte file."""
    page = tmp_path / "report.html"
    page.write_text("<p>yesterday's report</p>")
    code = (
        "import resource, signal, sys\n"
        "import actorgraph as ag\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))\n"
        "try:\n"
        f"    ag.Result([], [ag.Actor('IRN', 'Iran', 'country', 'IRN')], []).save_html({str(page)!r})\n"
        "except ag.RenderError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert str(page) in proc.stdout
    assert page.read_text() == "<p>yesterday's report</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


@pytest.mark.skipif(not (ROOT / "src" / "actorgraph").is_dir(), reason="needs the source tree")
def test_source_passes_ruff_and_mypy_strict() -> None:
    for command in (
        [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks", "scripts"],
        [sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "scripts"],
        [sys.executable, "-m", "mypy", "--strict", "--ignore-missing-imports", "src/actorgraph"],
    ):
        proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_scrambled_and_hostile_text_never_breaks_the_pipeline() -> None:
    """Random word salad from real stories, with brackets, possessives, markup and control marks."""
    import json
    import random

    rng = random.Random(7)
    words = " ".join(
        json.loads(line)["text"]
        for line in (DATA / "voa_sample.jsonl").read_text(encoding="utf-8").splitlines()
    ).split()
    noise = [
        "\n\n",
        "[",
        "]",
        "'s",
        "’s",
        "?s",
        "—",
        "<script>alert(1)</script>",
        "\u202e",
        "U.S.",
        "(",
        '"',
        "al-",
    ]
    texts = []
    for _ in range(40):
        sample = [rng.choice(words) for _ in range(rng.randint(1, 80))]
        for _ in range(rng.randint(0, 6)):
            sample.insert(rng.randrange(len(sample) + 1), rng.choice(noise))
        texts.append(" ".join(sample))
    texts += ["[Hezbollah]", "’s", "He said it would.", "-" * 3000, "a" * 5000, "the two countries agreed"]
    result = ag.build([ag.Document(id=str(i), text=t) for i, t in enumerate(texts)])
    assert len(result.documents) == len(texts)
    for r in result.relations:
        doc = next(d for d in result.documents if d.id == r.doc_id)
        assert doc.text[r.char_start : r.char_end] == r.sentence
    assert "<script>alert(1)</script>" not in result.to_html().split('id="ag-data"')[1]


def _modules_with_examples() -> list[str]:
    import doctest

    finder = doctest.DocTestFinder()
    return [
        name
        for name in _modules()
        if any(
            not example.options.get(doctest.SKIP)
            for test in finder.find(importlib.import_module(name))
            for example in test.examples
        )
    ]


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples_run(name: str) -> None:
    import doctest

    module = importlib.import_module(name)
    failures, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert attempted > 0 and failures == 0
