"""Tests of actorgraph.actors.matcher: the gazetteer's names as entities, built once, not at every start."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import spacy

from actorgraph.actors.gazetteer import SurfaceForm, load_gazetteer
from actorgraph.actors.matcher import Pattern, cache_dir, tokenized
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


# --- the token cache: built once, invalidated by the data -----------------------------------------


def test_a_second_start_reads_the_token_cache_instead_of_tokenizing(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    given = forms(("Côte d'Ivoire", "CIV", False), ("U.S.", "USA", True))
    first = tokenized(nlp, given, cache=tmp_path)
    assert [p.tokens for p in first] == [("Côte", "d'Ivoire"), ("U.S.",)]
    [path] = tmp_path.glob("gazetteer-tokens-*.json")
    marked = json.loads(path.read_text(encoding="utf-8"))
    marked["Côte d'Ivoire"] = ["C", "d"]  # a split the tokenizer never makes: only the cache says so
    path.write_text(json.dumps(marked), encoding="utf-8")
    assert tokenized(nlp, given, cache=tmp_path)[0].tokens == ("C", "d")


def test_changed_data_is_tokenized_again_and_the_cache_follows_it(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    tokenized(nlp, forms(("Upper Volta", "BFA", False)), cache=tmp_path)
    new = forms(("Burkina Faso", "BFA", False))
    assert [p.tokens for p in tokenized(nlp, new, cache=tmp_path)] == [("Burkina", "Faso")]
    [path] = tmp_path.glob("gazetteer-tokens-*.json")
    assert json.loads(path.read_text(encoding="utf-8")) == {"Burkina Faso": ["Burkina", "Faso"]}


def test_a_users_actor_file_stays_out_of_the_cache(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    user = [SurfaceForm("Acme Corp", "ACME", "ORG", "user", False)]
    tokenized(nlp, forms(("Chad", "TCD", False)) + user, cache=tmp_path)
    [path] = tmp_path.glob("gazetteer-tokens-*.json")
    assert json.loads(path.read_text(encoding="utf-8")) == {"Chad": ["Chad"]}


def test_another_tokenizer_uses_another_cache_file(tmp_path: Path) -> None:
    plain, special = spacy.blank("en"), spacy.blank("en")
    special.tokenizer.add_special_case("Chad", [{"ORTH": "Ch"}, {"ORTH": "ad"}])
    assert tokenized(plain, forms(("Chad", "TCD", False)), cache=tmp_path)[0].tokens == ("Chad",)
    assert tokenized(special, forms(("Chad", "TCD", False)), cache=tmp_path)[0].tokens == ("Ch", "ad")
    assert len(list(tmp_path.glob("gazetteer-tokens-*.json"))) == 2


@pytest.mark.parametrize("damage", ["garbage", "unwritable"])
def test_a_broken_or_unwritable_cache_only_costs_time(tmp_path: Path, damage: str) -> None:
    nlp = spacy.blank("en")
    if damage == "garbage":
        tokenized(nlp, forms(("Chad", "TCD", False)), cache=tmp_path)
        for path in tmp_path.glob("gazetteer-tokens-*.json"):
            path.write_bytes(b"\x00{not json")
        where = tmp_path
    else:
        where = tmp_path / "file-not-folder"
        where.write_text("x", encoding="utf-8")
    assert tokenized(nlp, forms(("Sierra Leone", "SLE", False)), cache=where)[0].tokens == ("Sierra", "Leone")


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ACTORGRAPH_CACHE", str(tmp_path / "ag"))
    assert cache_dir() == tmp_path / "ag"
    monkeypatch.delenv("ACTORGRAPH_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "actorgraph"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path(os.path.expanduser("~")) / ".cache" / "actorgraph"
