"""The command line as a user meets it: help with examples, outputs, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.model import RELATION_FIELDS

DATA = Path(__file__).parent / "data"
VOA = DATA / "voa_sample.jsonl"


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actorgraph", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=300,
    )


@pytest.mark.parametrize("command", [[], ["build"], ["extract"], ["actors"]])
def test_every_help_has_an_example(command: list[str]) -> None:
    proc = run(*command, "--help")
    assert proc.returncode == 0
    assert "Example:" in proc.stdout
    assert "actorgraph " in proc.stdout.split("Example:")[1]


def test_build_writes_the_report_where_asked(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "voa.html"
    proc = run("build", str(VOA), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "<canvas" in page or "vis-network" in page or "ag-data" in page
    assert "3 documents" in proc.stderr
    assert not (tmp_path / "lib").exists()


def test_build_defaults_to_graphs_folder_named_after_the_input(tmp_path: Path) -> None:
    proc = run("build", str(VOA), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "graphs" / "voa_sample.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graphs"]


def test_extract_jsonl_has_exactly_the_documented_fields(tmp_path: Path) -> None:
    proc = run("extract", str(VOA), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows, "the three VOA stories state relations"
    for row in rows:
        assert tuple(row) == RELATION_FIELDS
        assert row["sentence"] and row["doc_id"] in {"6203091", "6180932", "8011076"}


def test_extract_csv_and_actors_csv_have_headers(tmp_path: Path) -> None:
    rel = tmp_path / "relations.csv"
    proc = run("extract", str(VOA), "--format", "csv", "-o", str(rel))
    assert proc.returncode == 0, proc.stderr
    assert rel.read_text(encoding="utf-8").splitlines()[0].split(",")[:3] == ["id", "doc_id", "source_id"]
    proc = run("actors", str(VOA), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].startswith("id,name,type,country")


def test_stdin_is_an_input() -> None:
    proc = run("extract", "-", stdin="Russia and Iran signed an agreement on military cooperation.")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {(r["source_name"], r["target_name"]) for r in rows} & {("Russia", "Iran"), ("Iran", "Russia")}


def _one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    for needle in needles:
        assert needle in lines[0]


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    _one_line_error(run("build", str(missing)), str(missing), "no such file")


def test_empty_file_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    _one_line_error(run("extract", str(empty)), str(empty), "empty")


def test_binary_file_is_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _one_line_error(run("extract", str(binary)), str(binary), "binary")


def test_latin1_file_is_one_line(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le président français a rencontré".encode("latin-1"))
    _one_line_error(run("extract", str(latin)), str(latin), "UTF-8")


def test_csv_without_text_column_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "table.csv"
    bad.write_text("title,body\nA,B\n", encoding="utf-8")
    _one_line_error(run("extract", str(bad)), str(bad), "'text'")


def test_unknown_model_says_how_to_install_one() -> None:
    _one_line_error(run("extract", str(VOA), "--model", "no_such_pipeline_xyz"), "pip install")


def test_a_bad_record_is_reported_and_the_rest_still_produce_output(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    good = VOA.read_text(encoding="utf-8").splitlines()
    batch.write_text("\n".join([good[0], "{not json", good[1]]) + "\n", encoding="utf-8")
    out = tmp_path / "rel.jsonl"
    proc = run("extract", str(batch), "-o", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{batch}:2" in proc.stderr
    docs = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {json.loads(good[0])["id"], json.loads(good[1])["id"]}


def test_user_actor_and_lexicon_files_extend_the_data(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text(
        "id,name,type,country,aliases\nWAGNER_X,Zorbland Brigade,armed_group,RUS,ZB|the Zorblanders\n"
    )
    lexicon = tmp_path / "lexicon.csv"
    lexicon.write_text("trigger,pos,plover,cameo,target\nzap,verb,ASSAULT,190,dobj\n")
    text = "The Zorbland Brigade zapped Ukraine on Monday, officials said."
    proc = run("extract", "-", "--actors", str(actors), "--lexicon", str(lexicon), stdin=text)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert any(
        r["source_id"] == "WAGNER_X" and r["target_id"] == "UKR" and r["type"] == "ASSAULT" for r in rows
    ), rows


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json", "csv"])
def test_export_command_writes_each_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"voa.{fmt}"
    proc = run("export", str(VOA), "--format", fmt, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 200


def test_build_exports_next_to_the_page(tmp_path: Path) -> None:
    page = tmp_path / "voa.html"
    proc = run("build", str(VOA), "-o", str(page), "--export", "gexf,json")
    assert proc.returncode == 0, proc.stderr
    assert {p.name for p in tmp_path.iterdir()} == {"voa.html", "voa.gexf", "voa.json"}


def test_unknown_export_format_is_one_line(tmp_path: Path) -> None:
    proc = run("build", str(VOA), "-o", str(tmp_path / "x.html"), "--export", "pdf")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "unknown format 'pdf'" in proc.stderr


def test_add_is_incremental_and_report_reads_the_store(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    first = run("add", str(VOA), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "now 3 documents" in first.stderr
    again = run("add", str(VOA), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "now 3 documents" in again.stderr
    page = tmp_path / "report.html"
    proc = run("report", "--db", str(db), "--type", "SANCTION", "-o", str(page))
    assert proc.returncode == 0, proc.stderr
    assert page.is_file() and "relations" in proc.stderr


def test_report_on_a_missing_store_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    _one_line_error(run("report", "--db", str(missing), "-o", str(tmp_path / "x.html")), str(missing))


@pytest.mark.parametrize("command", ["add", "report", "reprocess", "export"])
def test_store_and_export_help_have_examples(command: str) -> None:
    proc = run(command, "--help")
    assert proc.returncode == 0
    assert "Example" in proc.stdout
