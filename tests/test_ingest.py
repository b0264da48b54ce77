"""Tests of actorgraph.ingest: paths, records and standard input become Documents, or InputErrors."""

from __future__ import annotations

import doctest
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from actorgraph import ingest
from actorgraph.errors import InputError
from actorgraph.ingest import document_from_text, iter_documents, read_documents
from actorgraph.ingest.documents import human_size
from actorgraph.model import Document, stable_id

DATA = Path(__file__).parent / "data"
VOA = DATA / "voa_sample.jsonl"
ARTICLE = DATA / "ingest" / "article.html"
USE = ".txt, .md, .html, .jsonl or .csv"


def voa_records() -> list[dict[str, str]]:
    return [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()]


def collect(inputs: object, **kwargs: object) -> tuple[list[Document], list[InputError]]:
    """Read ``inputs`` with an ``on_error`` that gathers errors; return documents and errors."""
    errors: list[InputError] = []
    docs = read_documents(inputs, on_error=errors.append, **kwargs)  # type: ignore[arg-type]
    return docs, errors


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def single_error(path: Path | str, **kwargs: object) -> InputError:
    docs, errors = collect([path], **kwargs)
    assert docs == []
    assert len(errors) == 1
    return errors[0]


# --- module ---------------------------------------------------------------------------------------


def test_all_is_sorted_and_public() -> None:
    assert ingest.__all__ == sorted(ingest.__all__)
    assert all(callable(getattr(ingest, name)) for name in ingest.__all__)


def test_docstring_examples_run() -> None:
    result = doctest.testmod(ingest, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


# --- JSONL: the VOA sample ------------------------------------------------------------------------


def test_voa_jsonl_yields_one_document_per_story_with_its_fields() -> None:
    docs = read_documents([VOA])
    records = voa_records()
    assert [d.id for d in docs] == ["6203091", "6180932", "8011076"]
    for n, (doc, rec) in enumerate(zip(docs, records, strict=True), start=1):
        assert doc.text == rec["text"]
        assert doc.title == rec["title"]
        assert doc.url == rec["url"]
        assert doc.origin == f"{VOA}:{n}"
    assert docs[0].date == "2021-03-09T20:47:18Z"  # published "2021-03-09 20:47:18Z"


def test_jsonl_accepts_headline_and_published_and_skips_blank_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.ndjson",
        '\n{"headline": "Talks", "published": "2025-03-13", "text": "Iran rejected the offer."}\n\n'
        '{"title": "T", "headline": "H", "date": "2024-01-02", "published": "1999-01-01", "text": "x y"}\n',
    )
    first, second = read_documents([path])
    assert (first.title, first.date, first.origin) == ("Talks", "2025-03-13", f"{path}:2")
    assert (second.title, second.date, second.origin) == ("T", "2024-01-02", f"{path}:4")


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("{not json", "not valid JSON: expecting property name enclosed in double quotes (column 2)"),
        ('["a list"]', "expected a JSON object, got an array"),
        ('{"title": "no text"}', "record has no 'text'"),
        ('{"text": "   "}', "record's 'text' is empty"),
        ('{"text": 42}', "'text' must be a string, not a number"),
        ('{"text": "Iran protested.", "title": ["x"]}', "'title' must be a string, not an array"),
        (
            '{"text": "Iran protested.", "published": "14/03/2025"}',
            "unparseable date '14/03/2025'; use ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)",
        ),
    ],
)
def test_jsonl_bad_record_is_reported_with_its_line_and_the_others_still_yield(
    tmp_path: Path, bad_line: str, reason: str
) -> None:
    good = voa_records()
    lines = [json.dumps(good[0]), bad_line, json.dumps(good[1])]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["6203091", "6180932"]
    assert [(e.origin, e.reason) for e in errors] == [(f"{path}:2", reason)]
    assert str(errors[0]) == f"{path}:2: {reason}"


def test_jsonl_bad_record_is_raised_without_on_error(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", '{"text": "China protested."}\n{"id": 1}\n')
    docs = iter_documents([path])
    assert next(docs).text == "China protested."
    with pytest.raises(InputError, match=r"bad\.jsonl:2: record has no 'text'$"):
        next(docs)


def test_jsonl_numeric_id_becomes_a_string(tmp_path: Path) -> None:
    path = write(tmp_path / "ids.jsonl", '{"id": 7, "text": "Japan and India met."}\n')
    assert read_documents([path])[0].id == "7"


def test_jsonl_invalid_utf8_in_a_later_line_names_the_line_and_byte_offset(tmp_path: Path) -> None:
    first = b'{"text": "' + b"a" * 9000 + b'"}\n'
    path = write(tmp_path / "late.jsonl", first + b'{"text": "caf\xe9"}\n')
    docs, errors = collect([path])
    assert len(docs) == 1
    assert [(e.origin, e.reason) for e in errors] == [
        (
            f"{path}:2",
            f"not valid UTF-8 text (byte 0xe9 at offset {len(first) + 13}); re-save it as UTF-8",
        )
    ]


def test_jsonl_record_larger_than_max_bytes_is_an_error_and_reading_goes_on(tmp_path: Path) -> None:
    path = write(
        tmp_path / "big.jsonl",
        '{"text": "short one"}\n{"text": "' + "x" * 500 + '"}\n{"text": "short two"}\n',
    )
    docs, errors = collect([path], max_bytes=100)
    assert [d.text for d in docs] == ["short one", "short two"]
    assert [(e.origin, e.reason) for e in errors] == [(f"{path}:2", "record is larger than 100 bytes")]


def test_jsonl_is_streamed_not_loaded_whole(tmp_path: Path) -> None:
    line = json.dumps({"text": "Russia and Ukraine exchanged prisoners. " * 25}) + "\n"
    path = tmp_path / "large.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for _ in range(5_000):  # about 5 MB
            f.write(line)
    tracemalloc.start()
    try:
        docs = iter_documents([path])
        next(docs)
        _, peak = tracemalloc.get_traced_memory()
        docs.close()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_jsonl_with_only_blank_lines_reports_no_records(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.jsonl", "\n\n  \n")
    assert single_error(path).reason == "no records found"


# --- CSV and TSV ----------------------------------------------------------------------------------


def test_csv_rows_become_documents_with_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "news.csv",
        "ID,Headline,published,text,section\n"
        '1,Sanctions,2025-03-14 16:35:50Z,"G7 warned Russia.\r\nMoscow said no.",Europe\n'
        "\n"
        "2,,,Turkey threatened the US.,Europe\n",
    )
    first, second = read_documents([path])
    assert first == Document(
        id="1",
        text="G7 warned Russia.\nMoscow said no.",
        title="Sanctions",
        date="2025-03-14T16:35:50Z",
        origin=f"{path}:2",
    )
    assert (second.id, second.title, second.date, second.origin) == ("2", None, None, f"{path}:5")


def test_tsv_is_read_with_tabs(tmp_path: Path) -> None:
    path = write(tmp_path / "news.tsv", "title\ttext\nTalks\tIndia, Mauritius upgrade ties.\n")
    [doc] = read_documents([path])
    assert (doc.title, doc.text) == ("Talks", "India, Mauritius upgrade ties.")


def test_csv_without_text_column_is_one_error_naming_the_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "wrong.csv", "title,body,date\nA,Some text,2025-01-01\nB,More,2025-01-02\n")
    err = single_error(path)
    assert str(err) == f"{path}: no 'text' column; found: title, body, date"


def test_csv_row_with_empty_text_is_reported_and_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "gaps.csv", "id,text\na,Kenya protested.\nb,\nc,Somalia agreed.\n")
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["a", "c"]
    assert [(e.origin, e.reason) for e in errors] == [(f"{path}:3", "record's 'text' is empty")]


def test_csv_field_longer_than_the_default_csv_limit_is_read(tmp_path: Path) -> None:
    long_text = "Pakistan accused Afghanistan. " * 10_000  # 300,000 characters > csv's 131,072
    path = write(tmp_path / "long.csv", f'text\n"{long_text}"\n')
    assert read_documents([path])[0].text == long_text


# --- text files and stdin -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("G7 urges Russia to accept ceasefire\n\nTop diplomats met.", "G7 urges Russia to accept ceasefire"),
        (
            "\n\n  Can the US pry Russia away from China?  \n\nAnalysts doubt it.",
            "Can the US pry Russia away from China?",
        ),
        ("Top diplomats met on Friday.\n\nThey urged Russia to accept.", None),  # ends with a period
        ("G7 urges Russia\nTop diplomats met.\n", None),  # no blank line after it
        ("G7 urges Russia to accept a ceasefire", None),  # nothing after it
        ("A" * 201 + "\n\nText.", None),  # too long
        ("A" * 200 + "\n\nText.", "A" * 200),
    ],
)
def test_txt_title_is_a_short_first_line_followed_by_a_blank_line(
    tmp_path: Path, content: str, title: str | None
) -> None:
    [doc] = read_documents([write(tmp_path / "story.txt", content)])
    assert doc.title == title
    assert doc.text == content


def test_md_heading_marks_are_dropped_from_the_title(tmp_path: Path) -> None:
    [doc] = read_documents([write(tmp_path / "story.md", "# Iran ignores concerns #\n\nThe US said so.\n")])
    assert doc.title == "Iran ignores concerns"
    assert doc.text.startswith("# Iran ignores concerns #\n\n")


def test_txt_text_is_kept_unchanged_so_offsets_stay_valid(tmp_path: Path) -> None:
    content = "\n  Headline here\n\n    Indented line,   odd   spacing.  \n\tTabbed line.\n\n\n"
    path = write(tmp_path / "story.text", content)
    [doc] = read_documents([path])
    assert doc.text == content
    start = content.index("odd")
    assert doc.text[start : start + 3] == "odd"
    assert doc.origin == str(path)


def test_txt_crlf_line_endings_become_lf_and_a_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path / "win.txt", "\ufeffRussia and Ukraine\r\n\r\nThey talked.\r\nAgain.\rX".encode())
    [doc] = read_documents([path])
    assert doc.text == "Russia and Ukraine\n\nThey talked.\nAgain.\rX"
    assert doc.title == "Russia and Ukraine"


def test_stdin_is_read_for_dash() -> None:
    text = "Iraq says key Islamic State leader is dead\r\n\r\nOne of the group's leaders is dead."
    [doc] = read_documents(["-"], stdin=io.StringIO(text))
    assert doc.origin == "<stdin>"
    assert doc.title == "Iraq says key Islamic State leader is dead"
    assert doc.text == text.replace("\r\n", "\n")
    assert doc.id == stable_id(doc.text)


def test_empty_stdin_is_an_error() -> None:
    with pytest.raises(InputError, match=r"^<stdin>: standard input is empty$"):
        read_documents(["-"], stdin=io.StringIO(" \n"))


# --- HTML -----------------------------------------------------------------------------------------


def test_html_article_keeps_paragraphs_and_drops_page_chrome() -> None:
    [doc] = read_documents([ARTICLE])
    voa = voa_records()[0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == voa["title"]  # the <h1>
    assert len(paragraphs) == 4
    assert " ".join(paragraphs[1:]) == voa["text"][: len(" ".join(paragraphs[1:]))]
    assert "ties with Egypt as well as Gulf nations" in paragraphs[2]  # <em> joined inline
    assert "this month. Turkish foreign minister" in paragraphs[2]  # <br> joined inline
    for chrome in (
        "Subscribe",
        "World News Desk",
        "Reader123",
        "Most read",
        "Copyright",
        "dataLayer",
        "track(",
    ):
        assert chrome not in doc.text
    assert doc.title == voa["title"]
    assert doc.url == voa["url"]
    assert doc.date == "2021-03-09"
    assert doc.origin == str(ARTICLE)


def test_html_date_is_not_guessed_from_a_copyright_year(tmp_path: Path) -> None:
    page = ARTICLE.read_text(encoding="utf-8")
    page = page.replace('<meta property="article:published_time" content="2021-03-09T20:47:18Z">', "")
    page = page.replace("By Staff Reporter, March 9, 2021", "By Staff Reporter")
    [doc] = read_documents([write(tmp_path / "undated.htm", page)])
    assert doc.date is None


def test_html_falls_back_to_body_text_when_trafilatura_finds_no_article(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Deal</title><style>p {}</style></head><body><header>Site</header>"
        "<table><tr><td>Russia and China signed a trade deal.</td></tr>"
        "<tr><td>India objected.</td></tr></table><footer>(c) Site</footer></body></html>"
    )
    [doc] = read_documents([write(tmp_path / "table.html", page)])
    assert doc.text == "Russia and China signed a trade deal.\n\nIndia objected."


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><script>a()</script></head><body><script>b()</script></body></html>"
    path = write(tmp_path / "empty.html", page)
    assert str(single_error(path)) == f"{path}: no article text found"


# --- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.md", b" \n\t\n", "file contains only whitespace"),
        ("empty.jsonl", b"", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("latin1.txt", "Café Société".encode("latin-1"), None),
        ("utf16.txt", "Russia".encode("utf-16"), "file is UTF-16 encoded; re-save it as UTF-8"),
        ("latin1.csv", "text\nCafé".encode("latin-1"), None),
        ("report.pdf", b"%PDF-1.7", f"unsupported file type '.pdf'; use {USE}"),
        ("README", b"Russia", f"unsupported file type (no extension); use {USE}"),
    ],
)
def test_unreadable_file_is_one_input_error(
    tmp_path: Path, name: str, content: bytes, reason: str | None
) -> None:
    path = write(tmp_path / name, content)
    if reason is None:  # the latin-1 "é" is byte 0xe9
        offset = content.index(b"\xe9")
        reason = f"not valid UTF-8 text (byte 0xe9 at offset {offset}); re-save it as UTF-8"
    err = single_error(path)
    assert (err.origin, err.reason) == (str(path), reason)


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "story.txt"
    with pytest.raises(InputError) as info:
        read_documents([missing])
    assert str(info.value) == f"{missing}: no such file or directory"


def test_single_document_file_larger_than_max_bytes_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "Turkey threatened the US. " * 10)
    assert single_error(path, max_bytes=100).reason == "file is larger than 100 bytes"
    assert human_size(50_000_000) == "50 MB"


def test_on_error_gets_every_error_and_reading_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Kenya and Somalia met.")
    docs, errors = collect([tmp_path / "missing.txt", write(tmp_path / "e.txt", ""), good])
    assert [d.text for d in docs] == ["Kenya and Somalia met."]
    assert [e.reason for e in errors] == ["no such file or directory", "file is empty"]


def test_without_on_error_the_first_error_is_raised(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file is empty"):
        read_documents([write(tmp_path / "e.txt", ""), tmp_path / "missing.txt"])


@pytest.mark.parametrize("bad", [b"story.txt", 42, None])
def test_input_of_the_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        read_documents([bad])  # type: ignore[list-item]


# --- directories ----------------------------------------------------------------------------------


def test_directory_is_walked_in_sorted_order_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "B text.")
    write(root / "a" / "z.md", "A/Z text.")
    write(root / "a" / "c.html", "<html><body><p>A/C text.</p></body></html>")
    write(root / "c.jsonl", '{"text": "C1 text."}\n{"text": "C2 text."}\n')
    write(root / "d.csv", "text\nD text.\n")
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "config.txt", "hidden")
    write(root / "notes.pdf", "%PDF")
    docs = read_documents([root])
    assert [d.text for d in docs] == ["A/C text.", "A/Z text.", "B text.", "C1 text.", "C2 text.", "D text."]
    assert docs[0].origin == os.path.join(str(root), "a", "c.html")
    assert docs[3].origin == os.path.join(str(root), "c.jsonl") + ":1"


@pytest.mark.parametrize("files", [{}, {"notes.pdf": "%PDF", ".hidden.txt": "x", "sub/image.png": "x"}])
def test_directory_without_usable_files_is_an_error(tmp_path: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        write(tmp_path / "docs" / name, content)
    (tmp_path / "docs").mkdir(exist_ok=True)
    err = single_error(tmp_path / "docs")
    assert err.reason == "no .txt/.md/.html/.jsonl/.csv files found"


def test_unreadable_directory_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    write(locked / "a.txt", "text")

    def deny(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", deny)
    err = single_error(locked)
    assert str(err) == f"{locked}: cannot list directory: permission denied"


# --- documents and ids ----------------------------------------------------------------------------


def test_documents_pass_through_unchanged() -> None:
    doc = Document(id="x", text="Given.")
    assert read_documents([doc, doc]) == [doc, doc]


def test_a_single_path_is_accepted_as_well_as_a_list() -> None:
    assert read_documents(VOA) == read_documents([str(VOA)])


def test_content_hash_ids_are_stable_across_calls(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "Japan's prime minister will visit India.")
    first, second = read_documents([path, path])
    assert first.id == second.id == stable_id(first.text) == read_documents([path])[0].id
    assert document_from_text("Japan's prime minister will visit India.").id == first.id
    assert document_from_text("Another text.").id != first.id


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-03-14", "2025-03-14"),
        ("20250314", "2025-03-14"),
        ("2025-03-14 16:35:50Z", "2025-03-14T16:35:50Z"),
        ("2025-03-14T16:35:50+00:00", "2025-03-14T16:35:50Z"),
        ("2025-03-14T16:35:50.123456+02:00", "2025-03-14T16:35:50+02:00"),
        ("2025-03-14T16:35", "2025-03-14T16:35:00"),
        ("Fri, 14 Mar 2025 16:35:50 GMT", "2025-03-14T16:35:50Z"),
        ("March 14, 2025", "2025-03-14"),
        ("14 Mar 2025", "2025-03-14"),
        ("2025/03/14", "2025-03-14"),
        # a feed that knows only the month or the year keeps that precision (ISO 8601 allows it)
        ("2019-07", "2019-07"),
        ("2019", "2019"),
        ("July 2019", "2019-07"),
        ("Jul 2019", "2019-07"),
        ("  ", None),
    ],
)
def test_dates_are_normalised_to_iso_8601(given: str, expected: str | None) -> None:
    assert document_from_text("Text.", date=given).date == expected


@pytest.mark.parametrize("bad", ["14/03/2025", "2025-13-01", "yesterday", "2025-13", "0", "20250"])
def test_unparseable_date_is_an_error_naming_the_value(bad: str) -> None:
    with pytest.raises(InputError) as info:
        document_from_text("Text.", date=bad, origin="feed.jsonl:3")
    assert str(info.value).startswith(f"feed.jsonl:3: unparseable date {bad!r}; use ISO 8601")


def test_document_from_text_keeps_text_and_rejects_empty_text() -> None:
    doc = document_from_text("  Text kept as is.\r\n", id="a1", title="", url="https://example.org/a")
    assert doc == Document(id="a1", text="  Text kept as is.\r\n", url="https://example.org/a")
    with pytest.raises(InputError, match=r"^<text>: text is empty$"):
        document_from_text(" \n ")


# --- issue 12: nothing lost, nothing spoofed ------------------------------------------------------


@pytest.mark.parametrize("field", ["id", "title", "url", "source", "text", "date"])
def test_a_lone_surrogate_in_a_record_is_reported_and_the_others_still_yield(
    tmp_path: Path, field: str
) -> None:
    """A cut-off emoji (``"\\ud83d"`` in JSON) is not valid Unicode: that record is an error, not a crash."""
    bad = {"id": "bad", "text": "Kenya protested to Uganda.", field: "Nairobi \\ud83d talks"}
    lines = [json.dumps({"id": "a", "text": "Chad thanked Niger."})]
    lines.append(json.dumps(bad).replace("\\\\ud83d", "\\ud83d"))
    lines.append(json.dumps({"id": "c", "text": "Mali accused Algeria."}))
    path = write(tmp_path / "emoji.jsonl", "\n".join(lines) + "\n")
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["a", "c"]
    [err] = errors
    assert err.origin == f"{path}:2"
    assert f"'{field}'" in err.reason and "surrogate" in err.reason and "U+D83D" in err.reason


def test_a_document_given_with_a_lone_surrogate_is_an_input_error() -> None:
    docs, errors = collect([Document(id="x\ud800", text="Peru and Chile met."), Document("y", "Ok.")])
    assert [d.id for d in docs] == ["y"]
    assert "'id'" in errors[0].reason and "surrogate" in errors[0].reason


class _BytesStdin(io.TextIOWrapper):
    """Standard input as a terminal or pipe gives it: a text stream over bytes."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")


def test_non_utf8_stdin_is_an_input_error_naming_the_byte() -> None:
    """Under a C.UTF-8 locale bad bytes would arrive as lone surrogates: they are an error too."""
    data = "Le président".encode("latin-1")
    docs, errors = collect(["-"], stdin=_BytesStdin(data))
    assert docs == []
    assert [str(e) for e in errors] == [
        f"<stdin>: not valid UTF-8 text (byte 0xe9 at offset {data.index(0xE9)}); re-save it as UTF-8"
    ]


def test_a_surrogate_escaped_stdin_without_bytes_is_an_input_error() -> None:
    docs, errors = collect(["-"], stdin=io.StringIO("Le pr\udce9sident"))
    assert docs == [] and "0xe9" in errors[0].reason


def test_a_symlink_loop_is_reported_and_the_walk_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "a.txt", "Chad thanked Niger.")
    write(root / "z" / "b.txt", "Mali accused Algeria.")
    (root / "loop1").symlink_to(root / "loop2")
    (root / "loop2").symlink_to(root / "loop1")
    (root / "m").symlink_to(root)  # a cycle back to the top is walked once
    docs, errors = collect([root])
    assert [d.text for d in docs] == ["Chad thanked Niger.", "Mali accused Algeria."]
    assert sorted(e.origin for e in errors) == [str(root / "loop1"), str(root / "loop2")]
    assert all("symbolic links" in e.reason for e in errors)


def test_a_symlink_loop_given_as_input_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").symlink_to(tmp_path / "x.txt")
    assert "symbolic links" in single_error(tmp_path / "x.txt").reason


def test_tsv_quotes_are_text_not_csv_quoting(tmp_path: Path) -> None:
    """One unbalanced ``"`` must not merge the following rows into one document."""
    path = write(
        tmp_path / "news.tsv",
        'id\ttext\n1\t"Ukraine asked Poland for help.\n2\tPoland sent aid.\n3\tHe said "yes".\n',
    )
    docs = read_documents([path])
    assert [(d.id, d.text) for d in docs] == [
        ("1", '"Ukraine asked Poland for help.'),
        ("2", "Poland sent aid."),
        ("3", 'He said "yes".'),
    ]
    assert [d.origin for d in docs] == [f"{path}:2", f"{path}:3", f"{path}:4"]


def test_tsv_cells_quoted_by_a_spreadsheet_are_unwrapped(tmp_path: Path) -> None:
    """pandas and spreadsheets quote a cell that holds a quote, doubling the quotes inside."""
    path = write(tmp_path / "news.tsv", 'id\ttext\n1\t"Iran said ""no"" to the deal."\n2\t"Hi."\n')
    assert [d.text for d in read_documents([path])] == ['Iran said "no" to the deal.', '"Hi."']


@pytest.mark.parametrize("ext", [".tsv", ".csv"])
def test_a_row_with_the_wrong_number_of_fields_is_reported(tmp_path: Path, ext: str) -> None:
    sep = "\t" if ext == ".tsv" else ","
    rows = ["id", "text", "date"], ["1", "Chad thanked Niger.", "2025-01-02"], ["2", "Mali left."]
    rows += (["3", "Peru agreed.", "2025-01-03", "extra"], ["4", "Chile agreed.", ""])
    path = write(tmp_path / f"news{ext}", "\n".join(sep.join(r) for r in rows) + "\n")
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["1", "4"]
    assert [(e.origin, e.reason) for e in errors] == [
        (f"{path}:3", "row has 2 fields, the header 3"),
        (f"{path}:4", "row has 4 fields, the header 3"),
    ]


def test_a_nul_byte_past_the_first_8_kib_is_rejected_like_one_before(tmp_path: Path) -> None:
    text = "Chad thanked Niger. " * 500  # 10,000 bytes
    late = write(tmp_path / "late.txt", text.encode() + b"\x00" + b"Mali accused Algeria.")
    early = write(tmp_path / "early.txt", b"\x00" + text.encode())
    assert single_error(early).reason == "binary file, not text"
    assert single_error(late).reason == "binary file, not text"


@pytest.mark.parametrize("ext", [".jsonl", ".csv"])
def test_a_nul_byte_in_a_late_record_is_reported_and_reading_goes_on(tmp_path: Path, ext: str) -> None:
    pad = "Chad thanked Niger. " * 500
    if ext == ".jsonl":
        rows = [json.dumps({"text": pad}), '{"text": "Mali\x00 left."}', json.dumps({"text": "Peru agreed."})]
        content = "\n".join(rows) + "\n"
    else:
        content = f"text\n{pad}\nMali\x00 left.\nPeru agreed.\n"
    path = write(tmp_path / f"c{ext}", content.encode())
    docs, errors = collect([path])
    assert [d.text for d in docs] == [pad, "Peru agreed."]
    assert [(e.origin, e.reason) for e in errors] == [
        (f"{path}:3" if ext == ".csv" else f"{path}:2", "binary data: a NUL byte")
    ]


# --- round 3 audit of issue 12 --------------------------------------------------------------------


@pytest.mark.parametrize("ext", [".jsonl", ".csv"])
@pytest.mark.parametrize("bad", [b"\xff", b"\x00"])
def test_a_bad_record_in_the_first_8_kib_is_reported_and_reading_goes_on(
    tmp_path: Path, ext: str, bad: bytes
) -> None:
    """The first 8 KiB judge whether a record file is text at all, not each record in them."""
    if ext == ".jsonl":
        content = (
            b'{"text": "Chad thanked Niger."}\n{"text": "Mali '
            + bad
            + b' left."}\n{"text": "Peru agreed."}\n'
        )
    else:
        content = b"text\nChad thanked Niger.\nMali " + bad + b" left.\nPeru agreed.\n"
    path = write(tmp_path / f"small{ext}", content)
    docs, errors = collect([path])
    assert [d.text for d in docs] == ["Chad thanked Niger.", "Peru agreed."]
    assert [e.origin for e in errors] == [f"{path}:3" if ext == ".csv" else f"{path}:2"]


@pytest.mark.parametrize("ext", [".jsonl", ".csv"])
def test_a_record_file_that_is_binary_throughout_is_one_error(tmp_path: Path, ext: str) -> None:
    """A compressed or Latin-1 file is one error for the file, not one per line."""
    latin1 = "".join(f'{{"text": "Le président {i} a parlé."}}\n' for i in range(50)).encode("latin-1")
    path = write(tmp_path / f"latin1{ext}", latin1 if ext == ".jsonl" else b"text\n" + latin1)
    reason = single_error(path).reason
    assert reason.startswith("not valid UTF-8 text (byte 0xe9")
    binary = write(tmp_path / f"packed{ext}", bytes(range(256)) * 40)
    assert single_error(binary).reason == "binary file, not text"


def test_a_broken_symbolic_link_in_a_folder_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "a.txt", "Chad thanked Niger.")
    (root / "gone.txt").symlink_to(tmp_path / "moved" / "gone.txt")
    (root / "archive").symlink_to(tmp_path / "unmounted")
    docs, errors = collect([root])
    assert [d.text for d in docs] == ["Chad thanked Niger."]
    assert [(e.origin, e.reason) for e in errors] == [
        (str(root / "archive"), "broken symbolic link: its target does not exist"),
        (str(root / "gone.txt"), "broken symbolic link: its target does not exist"),
    ]


def test_a_csv_quote_never_closed_is_reported_not_read_as_one_document(tmp_path: Path) -> None:
    path = write(
        tmp_path / "news.csv",
        'id,text\n1,Chad thanked Niger.\n2,"Mali said no.\n3,Peru agreed.\n4,Chile agreed.\n',
    )
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["1"]
    assert [e.origin for e in errors] == [f"{path}:3"]
    assert "quote" in errors[0].reason and "never closed" in errors[0].reason


def test_a_csv_row_with_text_after_its_closing_quote_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    path = write(tmp_path / "news.csv", 'id,text\n1,"Mali said" no.\n2,Peru agreed.\n3,"Chile ""agreed""."\n')
    docs, errors = collect([path])
    assert [(d.id, d.text) for d in docs] == [("2", "Peru agreed."), ("3", 'Chile "agreed".')]
    assert [e.origin for e in errors] == [f"{path}:2"]
    assert errors[0].reason.startswith("malformed CSV")


def test_a_month_dated_record_is_read_and_dates_its_relations(tmp_path: Path) -> None:
    """A feed with month-precision dates loses no document: relations take the month, or the
    day a date phrase gives within it (its year from the document)."""
    import actorgraph as ag

    records = [
        {"id": "m", "published": "2019-07", "text": "Iran's foreign minister met Iraq's prime minister."},
        {"id": "d", "published": "2019", "text": "Chad expelled the French ambassador on Aug. 16."},
    ]
    path = write(tmp_path / "feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    result = ag.build([path])
    assert [d.date for d in result.documents] == ["2019-07", "2019"]
    dates = {r.doc_id: r.date for r in result.relations if r.type != "AFFILIATION"}
    assert dates == {"m": "2019-07", "d": "2019-08-16"}
