"""Tests of actorgraph.actors.matcher: the gazetteer's names as entities, built once, not at every start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
import spacy

from actorgraph.actors.gazetteer import SurfaceForm, load_gazetteer
from actorgraph.actors.matcher import TOKEN_TABLE, Pattern, tokenized, tokenizer_key, write_token_table
from actorgraph.nlp import load_pipeline

DATA = Path(__file__).parent / "data"

SENTENCES = [
    "The US and the UN urged Tehran to talk; us citizens of the U.S. were told to leave Iran.",
    "Russia's President Vladimir Putin met Xi Jinping in Moscow on Tuesday.",
    "The European Union and NATO condemned the strike near Gaza, and Hamas said Israel lied.",
    "Kenyan police fired on opposition supporters in Nairobi, the Kenyan interior ministry said.",
    "AU troops left Mogadishu as al-Shabaab fighters attacked the Somali National Army.",
]


def forms(*rows: tuple[str, str, bool]) -> list[SurfaceForm]:
    return [SurfaceForm(text, actor, "GPE", "gazetteer", exact) for text, actor, exact in rows]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return load_pipeline()


def test_docstring_examples_run() -> None:
    import doctest

    from actorgraph.actors import matcher

    assert doctest.testmod(matcher).failed == 0


def test_it_marks_what_an_entity_ruler_with_the_same_forms_marks(nlp: spacy.language.Language) -> None:
    """The replaced EntityRuler (LOWER phrase patterns, ORTH token patterns) is the reference."""
    reference = spacy.blank("en")
    reference.tokenizer = nlp.tokenizer
    ruler = reference.add_pipe(
        "entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True}
    )
    patterns = []
    for f in load_gazetteer().surface_forms():
        ent_id = f"{f.actor_id}|{f.resolved_by}"
        shape = [{"ORTH": t} for t in f.text.split()] if f.case_sensitive else f.text
        patterns.append({"label": f.label, "id": ent_id, "pattern": shape})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    stories = (DATA / "voa_sample.jsonl").read_text(encoding="utf-8").splitlines()
    texts = SENTENCES + [json.loads(line)["text"] for line in stories]
    ours = nlp.get_pipe("actorgraph_gazetteer")
    for text in texts:
        want = [(e.start, e.end, e.label_, e.ent_id_) for e in reference(text).ents]
        got = [(e.start, e.end, e.label_, e.ent_id_) for e in ours(nlp.make_doc(text)).ents]
        assert got == want, text[:80]
        assert want, "every text names a known actor"


def test_case_sensitive_forms_match_only_as_written(nlp: spacy.language.Language) -> None:
    doc = nlp.get_pipe("actorgraph_gazetteer")(
        nlp.make_doc("Officials of US and UN envoys met us and un staff.")
    )
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("US", "USA|gazetteer"), ("UN", "UN|gazetteer")]


def test_longest_match_wins_and_existing_entities_are_replaced() -> None:
    nlp = spacy.blank("en")
    matcher = nlp.add_pipe("actorgraph_gazetteer")
    matcher.add(
        [
            Pattern(("South", "Sudan"), False, "GPE", "SSD|gazetteer"),
            Pattern(("Sudan",), False, "GPE", "SDN|gazetteer"),
            Pattern(("SUDAN",), True, "ORG", "X|user"),
        ]
    )
    assert [(e.text, e.ent_id_) for e in nlp("South Sudan and Sudan, SUDAN.").ents] == [
        ("South Sudan", "SSD|gazetteer"),
        ("Sudan", "SDN|gazetteer"),
        ("SUDAN", "X|user"),  # the exact form before the folded one of the same span
    ]


def test_patterns_round_trip_through_disk(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    matcher = nlp.add_pipe("actorgraph_gazetteer")
    matcher.add([Pattern(("Burkina", "Faso"), False, "GPE", "BFA|gazetteer")])
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert [e.ent_id_ for e in again("Troops left Burkina Faso.").ents] == ["BFA|gazetteer"]


# --- the token table: built once, checked form by form -------------------------------------------


def test_the_shipped_token_table_fits_the_default_pipeline(nlp: spacy.language.Language) -> None:
    """Made by this tokenizer (else every start tokenizes ~19,000 forms); rebuild it with
    ``python scripts/build_token_table.py`` after a change of spaCy or the model."""
    table = json.loads(files("actorgraph").joinpath("data", TOKEN_TABLE).read_text(encoding="utf-8"))
    assert table["tokenizer"] == tokenizer_key(nlp)
    assert table["forms"]["Cote D' Ivoire"] == ["Cote", "D", "'", "Ivoire"]


def test_a_start_reads_the_token_table_instead_of_tokenizing(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    given = forms(("Côte d'Ivoire", "CIV", False), ("U.S.", "USA", True))
    table = tmp_path / "tokens.json"
    assert write_token_table(nlp, given, table) == 2
    assert [p.tokens for p in tokenized(nlp, given, table=table)] == [("Côte", "d'Ivoire"), ("U.S.",)]
    marked = json.loads(table.read_text(encoding="utf-8"))
    marked["forms"]["Côte d'Ivoire"] = ["C", "d"]  # a split the tokenizer never makes: only the table says so
    table.write_text(json.dumps(marked), encoding="utf-8")
    assert tokenized(nlp, given, table=table)[0].tokens == ("C", "d")


def test_forms_the_table_lacks_are_tokenized(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    table = tmp_path / "tokens.json"
    write_token_table(nlp, forms(("Upper Volta", "BFA", False)), table)
    user = [SurfaceForm("Acme Corp.", "ACME", "ORG", "user", False)]
    patterns = tokenized(nlp, forms(("Burkina Faso", "BFA", False)) + user, table=table)
    assert [p.tokens for p in patterns] == [("Burkina", "Faso"), ("Acme", "Corp.")]


def test_a_table_of_another_tokenizer_is_not_used(tmp_path: Path) -> None:
    plain, special = spacy.blank("en"), spacy.blank("en")
    special.tokenizer.add_special_case("Chad", [{"ORTH": "Ch"}, {"ORTH": "ad"}])
    assert tokenizer_key(plain) != tokenizer_key(special)
    table = tmp_path / "tokens.json"
    write_token_table(plain, forms(("Chad", "TCD", False)), table)
    assert tokenized(special, forms(("Chad", "TCD", False)), table=table)[0].tokens == ("Ch", "ad")


@pytest.mark.parametrize("content", [b"\x00{not json", b"[1, 2]", b'{"tokenizer": 3}', None])
def test_a_broken_or_missing_table_only_costs_time(tmp_path: Path, content: bytes | None) -> None:
    table = tmp_path / "tokens.json"
    if content is not None:
        table.write_bytes(content)
    patterns = tokenized(spacy.blank("en"), forms(("Sierra Leone", "SLE", False)), table=table)
    assert patterns[0].tokens == ("Sierra", "Leone")


def test_loading_the_pipeline_writes_nothing_but_its_cache(tmp_path: Path) -> None:
    """No file next to the caller: the token table ships with the package, and what a start
    parses is kept in the data cache folder only (:mod:`actorgraph.datacache`)."""
    code = "import actorgraph.nlp; actorgraph.nlp.load_pipeline()"
    env = {k: v for k, v in os.environ.items() if k != "ACTORGRAPH_CACHE_DIR"}
    env |= {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["xdg"]
    assert [p.name for p in (tmp_path / "xdg").iterdir()] == ["actorgraph"]


def test_the_lemmatizer_looks_words_up_in_sets_and_lemmatizes_as_spacy_does(
    nlp: spacy.language.Language,
) -> None:
    """Its word lists answer ``in`` from sets (a list made each unseen word a linear search)."""
    from actorgraph.nlp import _IndexedList, _load_model

    ours = nlp.get_pipe("lemmatizer")
    index = ours.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    assert index and all(isinstance(forms, _IndexedList) for forms in index.values())
    stock = _load_model(None).get_pipe("lemmatizer")  # the model as spaCy loads it: lists
    assert all(isinstance(f, list) for f in stock.lookups.get_table("lemma_index").values())  # type: ignore[attr-defined]
    texts = [json.loads(line)["text"] for line in (DATA / "voa_sample.jsonl").read_text().splitlines()]
    compared = 0
    with nlp.select_pipes(disable=["lemmatizer"]):
        for doc in nlp.pipe(texts):
            mine, theirs = ours(doc.copy()), stock(doc.copy())
            assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]
            compared += sum(t.lemma_ != t.text.lower() for t in mine)
    assert compared > 500  # real lemmatisation happened ("said" -> "say"), not only lower-casing


def test_the_attribute_ruler_s_one_token_matches_are_remembered_and_its_output_kept(
    nlp: spacy.language.Language,
) -> None:
    """Tags, parts of speech, morphology and lemmas as the model's own attribute ruler sets them,
    its longer patterns ("gon na", "there is") included, in a fresh process's order and again."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    assert "actorgraph_attributes" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    ours = nlp.get_pipe("actorgraph_attributes")
    stock = nlp.get_pipe("attribute_ruler")
    slang = (
        "There is no deal yet, and there were talks. Y'all know it ain't over: we're gon na "
        "wait, we got ta talk. Let's meet in Paris, c'mon. It's nothin' but the U.S. envoy's "
        "view.\n\nNew line."
    )
    texts = [slang, *SENTENCES] + [
        json.loads(line)["text"] for line in (DATA / "voa_sample.jsonl").read_text().splitlines()
    ]
    attrs = [POS, TAG, MORPH, LEMMA, DEP]
    before = len(ours.cache)  # type: ignore[attr-defined]
    with nlp.select_pipes(enable=["actorgraph_paragraphs", "tok2vec", "tagger", "parser"]):
        parsed = list(nlp.pipe(texts))
    for _ in range(2):  # the second time from the remembered matches
        for doc in parsed:
            mine, theirs = ours(doc.copy()), stock(doc.copy())
            assert (mine.to_array(attrs) == theirs.to_array(attrs)).all(), doc.text[:60]
    assert len(ours.cache) > before  # type: ignore[attr-defined]
    slang_doc = ours(parsed[0].copy())
    assert [t.lemma_ for t in slang_doc if t.lower_ in ("gon", "na", "ai")] == ["be", "go", "to"]


def test_the_pipeline_with_its_faster_lemmatizer_tables_saves_and_loads_back(
    nlp: spacy.language.Language, tmp_path: Path
) -> None:
    """``nlp.to_disk()`` works (a set in a lookups table would not pack) and the pipeline loaded
    back tags and lemmatizes as it did (its attribute cache re-reads the ruler loaded with it)."""
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    ours = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    theirs = loaded.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    assert {pos: list(forms) for pos, forms in ours.items()} == dict(theirs)
    text = "Ministers said the talks had collapsed after soldiers seized two villages."
    assert [(t.pos_, t.lemma_) for t in loaded(text)] == [(t.pos_, t.lemma_) for t in nlp(text)]
    assert [t.lemma_ for t in nlp(text)][:2] == ["minister", "say"]
