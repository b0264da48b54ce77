"""The public Python API: what `import actorgraph as ag` offers and how a notebook user meets it."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

import actorgraph as ag
from actorgraph.export import read_relation_table
from actorgraph.model import RELATION_FIELDS

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran on Monday. "
    "Iran and Russia signed an agreement on military cooperation, officials said. "
    "The United States imposed sanctions on Iran on Tuesday."
)


@functools.cache
def _text_result() -> ag.Result:
    """TEXT built once for the tests that only read the result."""
    return ag.build(texts=[TEXT])


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


def test_no_module_reaches_into_another_packages_private_names() -> None:
    """A name starting with ``_`` is imported only inside its own package (``engines`` from
    ``engines.dask``); across packages (``notebook`` from ``render``) there is a public function."""
    import ast

    offenders = []
    for path in sorted((ROOT / "src" / "actorgraph").rglob("*.py")):
        parts = path.relative_to(ROOT / "src").with_suffix("").parts
        here = parts[1] if len(parts) > 2 else parts[-1]  # the package (or top-level module) it belongs to
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("actorgraph."):
                there = node.module.split(".")[1]  # type: ignore[union-attr]
                private = [a.name for a in node.names if a.name.startswith("_")]
                if private and there != here:
                    offenders.append(f"{'.'.join(parts)} imports {node.module}.{private[0]}")
    assert offenders == []


def test_package_reexports_the_public_api() -> None:
    for name in (
        "build",
        "extract",
        "from_dataframe",
        "Result",
        "Store",
        "Document",
        "Relation",
        "Actor",
        "InputError",
        "centrality",
        "communities",
        "dyads",
    ):
        assert name in ag.__all__


def test_build_takes_raw_text_and_returns_a_graph_of_the_relations() -> None:
    result = _text_result()
    assert isinstance(result.graph, nx.MultiDiGraph)
    assert result.graph.number_of_edges() == len(result.relations)
    kinds = {(r.source_id, r.type, r.target_id) for r in result.relations}
    assert ("USA", "SANCTION", "IRN") in kinds
    assert any(
        r.type == "CONSULT" and {r.source_name, r.target_name} == {"Vladimir Putin", "Hassan Rouhani"}
        for r in result.relations
    )
    for _, _, data in result.graph.edges(data=True):  # every field; directed as its negation, mutual
        assert set(RELATION_FIELDS) - {"directed"} | {"mutual"} <= set(data)


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


def test_to_pandas_gives_typed_actor_and_relation_tables() -> None:
    """Relation columns are the record's fields in order, with a datetime and a precision after
    ``date``; numbers are nullable integers/decimals, vocabularies categorical, ids text."""
    actors, relations = _text_result().to_pandas()
    columns = list(RELATION_FIELDS)
    at = columns.index("date") + 1
    assert list(relations.columns) == [*columns[:at], "datetime", "date_precision", *columns[at:]]
    dtypes = relations.dtypes.astype(str).to_dict()
    assert (dtypes["quad_class"], dtypes["goldstein"], dtypes["cameo_root"]) == ("Int64", "Float64", "string")
    assert (dtypes["type"], dtypes["source_type"], dtypes["datetime"]) == (
        "category",
        "category",
        "datetime64[ns]",
    )
    assert "ASSAULT" in relations["type"].cat.categories and "AFFILIATION" in relations["type"].cat.categories
    assert {"id", "name", "type", "country", "aliases"} <= set(actors.columns)
    assert "IRN" in set(actors["id"]) and str(actors["type"].dtype) == "category"


def test_every_frame_has_its_columns_and_dtypes_when_empty() -> None:
    """An empty result gives the same columns and dtypes as a full one: code written against a
    full frame works on an empty one."""
    full, empty = _text_result(), ag.Result((), (), ())
    for name in ("actor_frame", "relation_frame", "document_frame", "mention_frame"):
        a, b = getattr(full, name)(), getattr(empty, name)()
        assert len(a) > 0 and len(b) == 0, name
        assert a.dtypes.astype(str).to_dict() == b.dtypes.astype(str).to_dict(), name


def test_dates_of_any_precision_become_datetimes_with_a_precision() -> None:
    """Year, month, day and timestamps (with a zone: to UTC) in one column; pandas compares them."""
    docs = [
        ag.Document("y", "Iran protested.", date="2016"),
        ag.Document("m", "Iran protested.", date="2016-08"),
        ag.Document("d", "Iran protested.", date="2016-08-16"),
        ag.Document("t", "Iran protested.", date="2016-08-16T23:30:00-02:00"),
        ag.Document("n", "Iran protested."),
    ]
    frame = ag.Result(docs, (), ()).document_frame()
    assert frame["date_precision"].tolist()[:4] == ["year", "month", "day", "time"]
    assert frame["datetime"].dt.strftime("%Y-%m-%d %H:%M").tolist()[:4] == [
        "2016-01-01 00:00",
        "2016-08-01 00:00",
        "2016-08-16 00:00",
        "2016-08-17 01:30",
    ]
    assert frame["datetime"].isna().tolist() == [False, False, False, False, True]
    assert list(frame.loc[frame["datetime"] >= "2016-08", "id"]) == ["m", "d", "t"]


def test_documents_and_mentions_frames() -> None:
    """One row per document (with its text) and per mention (with offsets into that text)."""
    result = _text_result()
    documents, mentions = result.document_frame(), result.mention_frame()
    assert documents["text"].tolist() == [TEXT]
    row = mentions[mentions["actor_id"] == "IRN"].iloc[0]
    assert TEXT[row["start"] : row["end"]] == row["text"]
    assert str(mentions["resolved_by"].dtype) == "category"


def test_country_graph_folds_people_into_their_states_keeping_evidence() -> None:
    result = _text_result()
    folded = result.country_graph()
    assert "P_PUTIN" not in folded and "RUS" in folded
    consult = [d for _, _, d in folded.edges(data=True) if d["type"] == "CONSULT"]
    assert consult and all(d["sentence"] for d in consult)


def test_save_html_writes_only_the_page(tmp_path: Path) -> None:
    out = _text_result().save_html(tmp_path / "deep" / "page.html")
    assert out.is_file()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["deep", "page.html"]


def test_pages_from_a_result_draw_as_many_actors_as_render_report(tmp_path: Path) -> None:
    """to_html, save_html and show draw up to render_report's max_nodes (20,000), not fewer:
    5,001 actors are all drawn, without the "Showing the ... actors" notice."""
    import inspect

    from actorgraph.render import render_report

    many = ag.Result((), tuple(ag.Actor(f"A{i}", f"Actor {i}", "person") for i in range(5001)), ())
    for page in (many.to_html(), many.save_html(tmp_path / "many.html").read_text(encoding="utf-8")):
        assert '"shown_actors":5001' in page and "actors with the most relations out of" not in page
    default = inspect.signature(render_report).parameters["max_nodes"].default
    for method in (ag.Result.to_html, ag.Result.save_html, ag.Result.show):
        assert inspect.signature(method).parameters["max_nodes"].default in (None, default), method


def test_repr_html_is_a_light_summary_that_says_how_to_see_the_report() -> None:
    """A result displays as a few kB of plain HTML (no frame, no script): counts and names, escaped."""
    result = replace(_text_result(), title="<b>Moscow</b> & Tehran")
    html = result._repr_html_()
    assert len(html) < 10_000
    assert "<iframe" not in html and "<script" not in html
    assert "&lt;b&gt;Moscow&lt;/b&gt; &amp; Tehran" in html
    assert f"{len(result.relations)} relations" in html and "Vladimir Putin" in html
    assert "result.show()" in html and "save_html" in html


def test_show_outside_a_notebook_says_what_to_do() -> None:
    """There is nowhere to display in a plain interpreter: the error names save_html."""
    with pytest.raises(ag.RenderError, match="save_html"):
        _text_result().show()


def test_the_same_input_gives_the_same_ids() -> None:
    first = [r.id for r in ag.build(texts=[TEXT]).relations]
    again = [r.id for r in ag.build([TEXT]).relations]  # a plain article in inputs is still read as text
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
    # (only the data cache: what a start parses, kept for the next start; see actorgraph.datacache)
    assert [p.name for p in tmp_path.iterdir()] == [".cache"]
    assert [p.name for p in (tmp_path / ".cache").iterdir()] == ["actorgraph"]


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


def test_importing_actorgraph_loads_no_networkx_until_a_graph_is_wanted() -> None:
    """``import actorgraph`` and the command-line module load neither spaCy nor networkx (nor
    numpy, which networkx brings): a one-sentence ``extract`` pays for none of them. The public
    names that need networkx still work, and a graph loads it."""
    code = (
        "import sys, actorgraph as ag, actorgraph.cli\n"
        "heavy = ('networkx', 'numpy', 'spacy', 'pandas', 'trafilatura', 'actorgraph.graph')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "print([f.__module__ for f in (ag.centrality, ag.communities, ag.dyads)])\n"
        "print([f.__module__ for f in (ag.build_graph, ag.country_graph)])\n"
        "from actorgraph import dyads\n"
        "print('dyads' in dir(ag), 'networkx' in sys.modules)\n"
        "r = ag.Result([], [ag.Actor('IRN', 'Iran', 'country', 'IRN')], [])\n"
        "print(r.graph.number_of_nodes(), ag.centrality(r).shape[0])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "[]",
        "['actorgraph.analysis', 'actorgraph.analysis', 'actorgraph.analysis']",
        "['actorgraph.graph', 'actorgraph.graph']",
        "True True",
        "1 1",
    ]


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


# --- an immutable result and its slices ---------------------------------------------------------------


def test_a_result_cannot_be_changed_in_place() -> None:
    """Fields are tuples and cannot be reassigned; the graph is frozen (copy it to change it)."""
    import dataclasses

    result = _text_result()
    assert isinstance(result.relations, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.relations = ()  # type: ignore[misc]
    with pytest.raises(nx.NetworkXError, match=r"[Ff]rozen"):
        result.graph.add_edge("IRN", "USA")
    assert result.graph.copy().number_of_edges() == len(result.relations)


def test_filter_keeps_graph_tables_and_exports_in_step(tmp_path: Path) -> None:
    """A filtered result is a new result: its graph, tables and exports hold only what passed."""
    result = _text_result()
    sanctions = result.filter(types="sanction")
    assert {r.type for r in sanctions.relations} == {"SANCTION"}
    assert sanctions.graph.number_of_edges() == len(sanctions.relations) == len(sanctions.relation_frame())
    assert set(sanctions.graph.nodes) == {"USA", "IRN"} == {a.id for a in sanctions.actors}
    path = sanctions.export(tmp_path / "s.csv", "csv")
    assert [r.id for r in read_relation_table(path)] == [r.id for r in sanctions.relations]
    assert len(result.relations) > len(sanctions.relations)  # the original is untouched


def test_filter_takes_actor_names_and_aliases_and_suggests_ids() -> None:
    """Ids, names and aliases (any case) select an actor; a typo names the closest actors."""
    result = _text_result()
    by_id, by_name, by_alias = (result.filter(actors=k) for k in ("IRN", "Iran", "tehran"))
    assert by_id.relations == by_name.relations == by_alias.relations != ()
    assert all("IRN" in (r.source_id, r.target_id) for r in by_id.relations)
    with pytest.raises(ag.InputError, match=r"actors='Irn': no actor 'Irn'; did you mean IRN \(Iran\)"):
        result.filter(actors="Irn")


def test_store_takes_actor_names_and_aliases_as_filter_does(tmp_path: Path) -> None:
    """Store.result, graph and relations take an actor's id, name or alias (any case), like
    Result.filter, and an unknown actor is an error naming the parameter and the closest ids."""
    with ag.Store(tmp_path / "s.db") as store:
        store.add([ag.Document("d1", TEXT)])
        by_id = store.result(actor="IRN")
        expected = {r.id for r in store.result().filter(actors="IRN").relations}
        assert by_id.relations and {r.id for r in by_id.relations} == expected
        for key in ("Iran", "iran", "Tehran"):
            assert store.result(actor=key).relations == by_id.relations, key
            assert store.graph(actor=key).number_of_edges() == len(by_id.relations)
            assert tuple(store.relations(actor=key)) == by_id.relations
        with pytest.raises(ag.InputError, match=r"actor='Iram': no actor 'Iram'; did you mean IRN \(Iran\)"):
            store.result(actor="Iram")


STATED = (
    "Iran and Russia signed an agreement on Monday. Iraq said Turkey bombed Syria. "
    "China did not sanction North Korea. Israel could strike Iran next year. "
    "Russia said Ukraine did not attack Belarus. Iran said Israel might attack Lebanon."
)


def test_one_status_vocabulary_for_filter_store_and_page(tmp_path: Path) -> None:
    """Each relation has one status (negated, else hypothetical, else reported, else asserted):
    Result.filter(statuses=), Store.result(statuses=) and the page's status filter (its data and
    legend) keep the same relations for every status, a reported denial among the negated."""
    import json

    from actorgraph.filters import STATUSES
    from actorgraph.render.payload import build_payload

    result = ag.build([ag.Document("d1", STATED)])
    payload, _ = build_payload(result.graph, title="t")
    assert payload["style"]["statuses"] == list(STATUSES)
    page = result.to_html()
    assert re.findall(r'data-filter="statuses" data-value="(\w+)"', page) == list(STATUSES)
    data = json.loads(
        re.search(r'<script type="application/json" id="ag-data">(.*?)</script>', page, re.S)[1]
    )
    assert data["style"]["statuses"] == list(STATUSES)
    on_page = {e["id"]: e["status"] for e in payload["edges"]}
    denial = next(r for r in result.relations if r.negated and r.attributed_to)  # "Russia said ... did not"
    assert on_page[denial.id] == "negated"
    with ag.Store(tmp_path / "s.db") as store:
        store.add([ag.Document("d1", STATED)])
        for status in STATUSES:
            kept = {r.id for r in result.filter(statuses=status).relations}
            assert kept == {i for i, s in on_page.items() if s == status}, status
            assert kept == {r.id for r in store.result(statuses=status).relations}, status
            assert kept == {r.id for r in store.relations(statuses=[status])}, status
        assert len({s for s in on_page.values()}) == 4
        with pytest.raises(ag.InputError, match="statuses='denied': not a status"):
            store.result(statuses="denied")


def test_filter_by_dates_statuses_confidence_and_affiliations() -> None:
    """Dates select documents (undated ones go), statuses and confidence select relations; errors
    name the Python parameter, not a command-line flag."""
    iran, iraq = ag.Actor("IRN", "Iran", "country", "IRN"), ag.Actor("IRQ", "Iraq", "country", "IRQ")
    zarif = ag.Actor("P_ZARIF", "Javad Zarif", "person", "IRN")
    docs = [
        ag.Document("a", "x", date="2016-08-16"),
        ag.Document("b", "y", date="2017-01-02"),
        ag.Document("c", "z"),
    ]
    rels = [
        ag.Relation.between(iran, iraq, "CONSULT", "Iran met Iraq.", doc_id="a", confidence=0.9),
        ag.Relation.between(iran, iraq, "ASSAULT", "Iran did not shell Iraq.", doc_id="b", negated=True),
        ag.Relation.between(
            iraq, iran, "ACCUSE", "Iraq, Zarif said, lied.", doc_id="c", attributed_to="P_ZARIF"
        ),
        ag.Relation.between(zarif, iran, "AFFILIATION", "Zarif of Iran.", doc_id="a", confidence=0.5),
    ]
    result = ag.Result(docs, (iran, iraq, zarif), rels)
    assert [d.id for d in result.filter(since="2017-01-01").documents] == ["b"]
    assert [r.type for r in result.filter(until="2016-12-31").relations] == ["CONSULT", "AFFILIATION"]
    assert [r.type for r in result.filter(statuses="asserted").relations] == ["CONSULT", "AFFILIATION"]
    kept = result.filter(statuses=["asserted", "reported"]).relations
    assert [r.type for r in kept] == ["CONSULT", "ACCUSE", "AFFILIATION"]
    assert [r.type for r in result.filter(min_confidence=0.8).relations] == ["CONSULT", "ASSAULT", "ACCUSE"]
    no_affiliations = result.filter(affiliations=False)
    assert "AFFILIATION" not in {r.type for r in no_affiliations.relations}
    assert "P_ZARIF" not in {a.id for a in no_affiliations.actors}
    for bad, message in (
        ({"since": "16/08/2016"}, "since='16/08/2016': not a date"),
        ({"types": "BOMB"}, "types='BOMB': not a relation type"),
        ({"statuses": "alleged"}, "statuses='alleged': not a status"),
        ({"min_confidence": 2}, "min_confidence=2: use a number from 0 to 1"),
    ):
        with pytest.raises(ag.InputError, match=message):
            result.filter(**bad)  # type: ignore[arg-type]


# --- graph views and analysis ------------------------------------------------------------------------


def test_to_digraph_counts_events_both_ways_and_leaves_structure_out() -> None:
    """One edge per ordered pair; a mutual agreement counts both ways; affiliations, negated and
    hypothetical relations stay out unless asked for; weight is what was asked."""
    result = _text_result()
    d = result.to_digraph()
    assert isinstance(d, nx.DiGraph) and not d.is_multigraph()
    assert d.has_edge("USA", "IRN") and d.edges["USA", "IRN"]["q4"] >= 1
    assert all(data["relations"] >= 1 for _, _, data in d.edges(data=True))
    mutual = [r for r in result.relations if not r.directed and r.type != "AFFILIATION"]
    assert mutual and all(
        d.has_edge(r.source_id, r.target_id) and d.has_edge(r.target_id, r.source_id) for r in mutual
    )
    assert not any(
        r.type == "AFFILIATION" for r in result.relations if d.has_edge(r.source_id, r.target_id)
    ) or (result.to_digraph(affiliations=True).number_of_edges() > d.number_of_edges())
    by_score = result.to_digraph(weight="goldstein")
    assert by_score.edges["USA", "IRN"]["weight"] == by_score.edges["USA", "IRN"]["goldstein"] < 0
    with pytest.raises(ag.InputError, match="weight='mass'"):
        result.to_digraph(weight="mass")  # type: ignore[arg-type]


def test_top_level_analysis_returns_frames_with_names() -> None:
    """ag.centrality, ag.communities and ag.dyads take a result (or a graph) and name the actors."""
    result = _text_result()
    central = ag.centrality(result)
    assert list(central.columns[:4]) == ["id", "name", "type", "country"]
    assert central.set_index("id").loc["IRN", "relations"] >= 2
    communities = ag.communities(result)
    assert set(communities["id"]) == set(result.graph.nodes) and communities["community"].min() == 0
    dyads = ag.dyads(result.country_graph())
    row = dyads[(dyads["source"] == "USA") & (dyads["target"] == "IRN")].iloc[0]
    assert (row["source_name"], row["target_name"]) == ("United States", "Iran") and row["q4"] >= 1
    for frame in (ag.centrality(ag.Result((), (), ())), ag.dyads(ag.Result((), (), ()))):
        assert len(frame) == 0 and len(frame.columns) > 4


def test_pyvis_network_styled_like_the_report_and_from_nx_works(tmp_path: Path) -> None:
    """to_pyvis gives every actor and relation with the report's colours, positions (physics off)
    and plain-text titles that never contain "href"; pyvis' own from_nx accepts to_digraph()."""
    from pyvis.network import Network

    hostile = ag.Document("h", TEXT + ' The <a href="javascript:alert(1)">United States</a> said so.')
    result = ag.build([hostile])
    net = result.to_pyvis()
    assert isinstance(net, Network)
    assert {n["id"] for n in net.nodes} == set(result.graph.nodes)
    assert len(net.edges) == result.graph.number_of_edges()
    iran = next(n for n in net.nodes if n["id"] == "IRN")
    assert iran["color"] == "#2f4b7c" and isinstance(iran["x"], float) and "Iran" in iran["title"]
    assert not any("href" in str(item.get("title")) for item in [*net.nodes, *net.edges])
    page = net.generate_html()
    assert "popup.innerHTML" not in page  # pyvis' innerHTML tooltips stay off
    before = nx.to_dict_of_dicts(result.graph)
    other = Network(directed=True)
    other.from_nx(result.to_digraph())
    assert len(other.nodes) == result.to_digraph().number_of_nodes()
    assert nx.to_dict_of_dicts(result.graph) == before  # our graph is not changed


def test_pyvis_from_nx_takes_our_graphs_as_they_are() -> None:
    """pyvis' Network.from_nx passes every node and edge attribute as a keyword argument: the
    graphs of a real result carry none of its own names (directed, to, from, source), so it takes
    result.graph and result.country_graph() with every actor and relation; a mutual relation says
    so as ``mutual`` (Relation.directed itself is unchanged)."""
    from pyvis.network import Network

    result = _text_result()
    mutual = [r for r in result.relations if not r.directed]
    assert mutual, "TEXT states a mutual relation ('Iran and Russia signed')"
    for graph in (result.graph, result.country_graph()):
        net = Network(directed=True)
        net.from_nx(graph.copy())  # pyvis writes size and width into the graph it is given
        assert {n["id"] for n in net.nodes} == set(graph.nodes)
        assert len(net.edges) == graph.number_of_edges()
    by_id = {e["id"]: e for e in net.edges}
    assert all(by_id[r.id]["mutual"] is True for r in mutual if r.id in by_id)
    directed = {r.id: r.directed for r in result.relations}
    for _, _, key, d in result.graph.edges(keys=True, data=True):
        assert d["mutual"] is not directed[key]
        assert not {"directed", "to", "from", "source", "dest"} & set(d)


# --- inputs and progress -------------------------------------------------------------------------------


def test_texts_are_texts_and_a_missing_path_is_an_error(tmp_path: Path) -> None:
    """texts= always parses; a string in inputs that names no file is an error that points to
    texts=, even with spaces in it (a mistyped path is not parsed as an article)."""
    assert [d.origin for d in ag.build(texts=["Iran protested."]).documents] == ["texts[0]"]
    with pytest.raises(ag.InputError, match=r"Iran protested.: no such file or directory; .*texts="):
        ag.build(["Iran protested."])
    for missing in ("news/my old article.txt", str(tmp_path / "two words.md")):
        with pytest.raises(ag.InputError, match=f"{re.escape(missing)}: no such file"):
            ag.build([missing])
    seen: list[ag.InputError] = []
    result = ag.build(["news/my old article.txt"], texts=["", "China protested."], on_error=seen.append)
    assert len(result.documents) == 1 and len(seen) == 2
    with pytest.raises(ag.InputError, match="nothing to read"):
        ag.build()


def test_a_string_taken_as_text_that_looks_like_a_path_warns(tmp_path: Path) -> None:
    """A string in inputs that names no file is parsed as an article only when it plainly is one
    (several lines, or more than four words, not ending like a file name); when such a string
    still looks like a path (a separator, a leading ~, a file suffix inside), a warning says so and
    points to texts=. A pathlib.Path is never text; texts= never warns."""
    mistyped = "~/news/Iran and Russia/talks in August"
    with pytest.warns(UserWarning, match=r"names no file.*parsed as text.*looks like a path.*texts="):
        result = ag.build([mistyped])
    assert [d.origin for d in result.documents] == ["<text>"]
    for looks_like_path in (
        "notes.txt from Iran and Russia talks",
        "C:\\Users\\me\\My news about Iran and Iraq",
    ):
        with pytest.warns(UserWarning, match="looks like a path"):
            ag.build([looks_like_path])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = "Iran and Russia met.\nSee https://example.org/a/b for more on Iran."
        assert len(ag.build([article, TEXT]).documents) == 2
        assert len(ag.build(texts=[mistyped]).documents) == 1
        with pytest.raises(ag.InputError, match="no such file"):
            ag.build([Path(TEXT)])


def test_from_dataframe_names_its_columns_and_reports_bad_rows() -> None:
    """Rows become documents with their id, date (Timestamps too), URL and headline; a row without
    text is reported and skipped; an unknown column names the parameter."""
    import pandas as pd

    frame = pd.DataFrame(
        {
            "story": [TEXT, None, "China and Russia held talks in Moscow."],
            "key": [17, 18, 19],
            "when": pd.to_datetime(["2016-08-16", "2016-08-17", None]),
            "link": ["https://example.org/a", None, None],
            "head": ["Moscow and Tehran", None, "Talks"],
        }
    )
    seen: list[ag.InputError] = []
    result = ag.from_dataframe(
        frame, text="story", id="key", date="when", url="link", headline="head", on_error=seen.append
    )
    assert [(d.id, d.date, d.title) for d in result.documents] == [
        ("17", "2016-08-16T00:00:00", "Moscow and Tehran"),
        ("19", None, "Talks"),
    ]
    assert len(seen) == 1 and "row 1" in str(seen[0]) and "missing" in str(seen[0])
    with pytest.raises(ag.InputError, match="headline='title': no such column"):
        ag.from_dataframe(frame, text="story", headline="title")


def test_one_progress_contract_for_build_and_store(tmp_path: Path) -> None:
    """build and Store.add take True, the tqdm class, a tqdm bar, or an object with
    update(documents, words): each is told of every document, with a total."""
    import io

    from tqdm import tqdm

    class Counter:
        def __init__(self) -> None:
            self.documents = self.words = 0
            self.closed = False

        def update(self, documents: int, words: int) -> None:
            self.documents += documents
            self.words += words

        def close(self) -> None:
            self.closed = True

    counter = Counter()
    ag.build([DATA / "voa_sample.jsonl"], progress=counter)
    assert counter.documents == 3 and counter.words > 1000 and not counter.closed
    ag.build(texts=[TEXT], progress=True)
    bar = tqdm(file=io.StringIO())
    ag.build(texts=[TEXT], progress=bar)
    assert bar.n == 1 and bar.total == 1
    with ag.Store(tmp_path / "s.db") as store:
        stats = store.add([DATA / "voa_sample.jsonl"], progress=tqdm)
        assert stats.added == 3
        counter = Counter()
        store.reprocess(force=True, progress=counter)
        assert counter.documents == 3


def test_the_page_build_reports_progress_by_the_same_contract(tmp_path: Path) -> None:
    """to_html, save_html (and render_report) take the same progress= values as build: each
    step of the page build is reported, with the number of steps as total; the page is the same."""
    import io
    from functools import partial

    from tqdm import tqdm

    from actorgraph.render import RENDER_STEPS, render_report

    result = ag.build(texts=[TEXT])
    seen: list[tuple[int, int]] = []

    class Steps:
        def update(self, documents: int, words: int) -> None:
            seen.append((documents, words))

        def close(self) -> None:  # pragma: no cover - never called for a caller's own object
            raise AssertionError("the caller closes its own progress")

    page = result.to_html(progress=Steps())
    assert seen == [(1, 0)] * RENDER_STEPS
    assert page == result.to_html()
    bar = tqdm(file=io.StringIO())
    result.save_html(tmp_path / "page.html", progress=bar)
    assert (bar.n, bar.total) == (RENDER_STEPS, RENDER_STEPS)
    out = io.StringIO()
    render_report(result.graph, title="t", progress=partial(tqdm, file=out))
    assert f"{RENDER_STEPS}/{RENDER_STEPS}" in out.getvalue() and "step" in out.getvalue()
    assert "words/s" not in out.getvalue()
    assert result.to_html(progress=True) == page


def test_errors_met_from_python_name_the_parameter(tmp_path: Path) -> None:
    """A Python caller reads the parameter it passed (since=, type=, Store(path)), not only a CLI flag."""
    with ag.Store(tmp_path / "s.db") as store:
        with pytest.raises(ag.InputError, match="since='2025-13-01': not a date"):
            store.result(since="2025-13-01")
        with pytest.raises(ag.InputError, match="type='BOMB': not a relation type"):
            store.graph(type="BOMB")
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("not a database at all, just some notes " * 200)
    with pytest.raises(ag.StoreError, match=r"Store\(path\)"):
        ag.Store(not_sqlite)
