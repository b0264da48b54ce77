"""Tests of actorgraph.pipeline: long documents are parsed in bounded pieces, never cut mid-sentence."""

from __future__ import annotations

import json
import re
import tracemalloc
from pathlib import Path

import pytest

from actorgraph import pipeline
from actorgraph.errors import InputError
from actorgraph.model import Document
from actorgraph.pipeline import PipelineConfig, pieces, run

DATA = Path(__file__).parent / "data"
STORIES = [json.loads(line)["text"] for line in (DATA / "voa_sample.jsonl").read_text("utf-8").splitlines()]
SECTION = "\n\n\n"


def evidence(text: str, config: PipelineConfig | None = None) -> list[tuple[str, str, str, str, str, int]]:
    """The relations of ``text`` parsed alone, as comparable tuples."""
    [result] = run([Document(id="alone", text=text)], config or PipelineConfig())
    return sorted(
        (r.source_id, r.target_id, r.type, r.predicate, r.sentence, r.char_start) for r in result.relations
    )


@pytest.mark.parametrize(
    "text",
    [
        SECTION.join(STORIES * 3),
        "\n\n".join(STORIES * 3),
        " ".join(STORIES * 3),  # one paragraph of 40,000 characters
        "x" * 25_000 + ". " + "y " * 9_000,  # no sentence end for a whole window: cut at a space
    ],
    ids=["sections", "paragraphs", "one-paragraph", "no-sentences"],
)
def test_pieces_cover_the_text_and_end_at_the_largest_break_they_can(text: str) -> None:
    window = 12_000
    parts = list(pieces(text, window))
    assert "".join(text[a:b] for a, b in parts) == text
    assert all(0 < b - a <= window for a, b in parts)
    assert [a for a, _ in parts[1:]] == [b for _, b in parts[:-1]]
    for _, end in parts[:-1]:
        before = text[:end]
        if SECTION in text:
            assert before.endswith(SECTION)
        elif "\n\n" in text:
            assert before.endswith("\n\n")
        elif "x" * 100 in text and end <= 25_000:
            assert before.endswith("x") and len(before) % window == 0  # a blind cut
        else:
            assert re.search(r"[.!?][\"'”’)]*\s+$", before) or before.endswith(" "), before[-60:]


def test_a_short_document_is_one_piece() -> None:
    assert list(pieces("Chad thanked Niger.", 100)) == [(0, 19)]


def test_a_long_document_gives_the_relations_of_its_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stories joined into one document: cut between them, each part gives what it gives alone (the
    rules' relations: the learned pair model reads the whole of what it is given, how many actors a
    piece names and how often, and so does the rules' memory of whom a side has dealt with most
    (`Events.story_counterpart`), so a piece of two stories is not each story alone to them: the
    window holds one story)."""
    monkeypatch.setattr(pipeline, "WINDOW", max(len(s) for s in STORIES) + 10)
    text = SECTION.join(STORIES * 2)
    rules = PipelineConfig(learned=False)
    [result] = run([Document(id="long", text=text)], rules)
    want = []
    offset = 0
    for story in STORIES * 2:
        want += [(s, t, ty, p, sent, start + offset) for s, t, ty, p, sent, start in evidence(story, rules)]
        offset += len(story) + len(SECTION)
    got = sorted(
        (r.source_id, r.target_id, r.type, r.predicate, r.sentence, r.char_start) for r in result.relations
    )
    assert [g for g in got if g[2] != "AFFILIATION"] == sorted(w for w in want if w[2] != "AFFILIATION")
    # an affiliation is stated once per piece, at its first sentence, not once per story
    assert {g[:3] for g in got if g[2] == "AFFILIATION"} == {w[:3] for w in want if w[2] == "AFFILIATION"}
    assert len({r.id for r in result.relations}) == len(result.relations)
    for r in result.relations:
        assert text[r.char_start : r.char_end] == r.sentence
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
    assert len({a.id for a in result.actors}) == len(result.actors)
    turkey = next(a for a in result.actors if a.id == "TUR")
    assert turkey.mentions == sum(m.actor_id == "TUR" for m in result.mentions)


def test_a_document_longer_than_spacys_limit_is_parsed_not_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """1.1 million characters (spaCy refuses more than 1 million in one Doc) in pieces of 100,000."""
    text = SECTION.join(STORIES) + SECTION + "\n" * 1_100_000 + "Kenya and Somalia signed a security pact."
    errors: list[InputError] = []
    [result] = run([Document(id="huge", text=text)], PipelineConfig(), on_error=errors.append)
    assert errors == []
    assert any(r.sentence == "Kenya and Somalia signed a security pact." for r in result.relations)


@pytest.mark.slow
def test_memory_is_flat_in_document_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """Peak memory of parsing a document 3x longer stays about the same (pieces of 10,000 characters)."""
    monkeypatch.setattr(pipeline, "WINDOW", 10_000)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 20_000)
    run([Document(id="warm", text=STORIES[0])], PipelineConfig())
    peaks = []
    for copies in (2, 6):
        text = "\n\n".join(STORIES * copies)
        tracemalloc.start()
        [result] = run([Document(id=f"x{copies}", text=text)], PipelineConfig())
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert result.relations
    assert peaks[1] < 1.3 * peaks[0], peaks


def test_spacys_vocabulary_does_not_grow_with_the_words_read() -> None:
    """Every document brings new words (here invented names); spaCy's string store and vocabulary
    keep none of them once its batch is done, while the results keep them as plain text."""
    from actorgraph.nlp import load_pipeline

    nlp = load_pipeline(None, None)
    run([Document(id="warm", text="Chad thanked Niger for its help on Monday.")], PipelineConfig())
    strings = len(nlp.vocab.strings)
    names = [f"Vorquelian{n}" for n in range(40)]
    documents = [
        Document(id=f"d{n}", text=f"Kenya accused Somalia of arming the {name} militia in {name}ville.")
        for n, name in enumerate(names)
    ]
    results = list(run(documents, PipelineConfig(batch_size=8)))
    assert [r.document.id for r in results] == [d.id for d in documents]
    for name, result in zip(names, results, strict=True):
        [accusation] = [r for r in result.relations if r.type == "ACCUSE"]
        assert (accusation.source_id, accusation.target_id) == ("KEN", "SOM")
        assert f"the {name} militia in {name}ville." in accusation.sentence
    assert len(nlp.vocab.strings) - strings < 10, len(nlp.vocab.strings) - strings
    # (``len(nlp.vocab)`` counts every lexeme ever made: spaCy does not decrement it)
    assert not [name for name in names if name in nlp.vocab.strings or name in nlp.vocab]
