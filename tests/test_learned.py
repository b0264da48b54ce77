"""The learned pair model on real text: the shipped JSON, the switch, what it adds and what it leaves.

The sentences are our own (not from any annotated set): plain events between two actors that the
rules miss (unusual verbs, a navy's or coast guard's act), and co-mentions that state no relation
(participants of one conference, a dateline, a comparison, parallel facts).
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

import actorgraph as ag
from actorgraph.model import PLOVER_TYPES, SUGGESTED_BELOW
from actorgraph.relations import LEARNED_CONFIDENCE
from actorgraph.relations.learned.model import LinearModel, SoftmaxModel, load_models

MODEL = Path(str(files("actorgraph") / "data" / "learned_pairs.json"))
PACKAGE = Path(ag.__file__).parent

# (text, one side, the other side): the rules relate neither to the other here (two sentences: a lone
# sentence gets no learned pair, MIN_TEXT_SENTENCES)
ADDED = [
    (
        "The Indonesian navy intercepted a Vietnamese fishing boat near the Natuna islands. "
        "It was the third.",
        "IDN",
        "VNM",
    ),
    ("Kenyan police teargassed Somali traders at the market in Eastleigh. Four were hurt.", "KEN", "SOM"),
    (
        "Vietnam's coast guard chased Chinese survey ships out of its waters. It was the third time.",
        "VNM",
        "CHN",
    ),
    (
        "Greek fighter jets shadowed Turkish drones over the Aegean on Thursday. No shots were fired.",
        "GRC",
        "TUR",
    ),
    (
        "Ecuador's foreign ministry hit back at Colombia's president over the tariff remarks. Trade is down.",
        "ECU",
        "COL",
    ),
    ("Tanzania joined Uganda in condemning the attack on the border post. Two guards died.", "TZA", "UGA"),
]
#: An article of our own: the rules relate the two ministers, their states and Vieira's request; the model
#: adds Mondino's conditional offer to Brazil (the pair is right; its type is the model's best guess).
ARTICLE = (
    "Brazilian Foreign Minister Mauro Vieira met his Argentine counterpart Diana Mondino in Brasilia on "
    "Monday, as Brazil and Argentina try to end a months-long quarrel over steel tariffs.\n"
    "Vieira told reporters that Argentina should lift the tariffs before the Mercosur summit in July.\n"
    "Argentina imposed the duties in March, and Brazil answered with curbs on Argentine wheat.\n"
    "Mondino said Buenos Aires was ready to compromise if Brazil dropped its own measures.\n"
)
#: two-sentence texts naming actors together with no relation stated
NOTHING = [
    "Ministers from Ghana and Togo attended a forum on trade in Accra. The forum closed on Friday with a "
    "call for lower tariffs.",
    "Kazakhstan, Uzbekistan and Kyrgyzstan sent delegations to a climate conference in Baku. The talks ran "
    "for two weeks.",
    "LAGOS, Nigeria — Officials in Benin said the elections would go ahead as planned. Voting starts at "
    "dawn.",
    "Canada and Mexico both reported record harvests this year. Prices for corn fell as a result.",
    "Like Sweden, Finland has thousands of lakes and long, dark winters. Its summers are short.",
    "Tourism from Japan and South Korea rose by a fifth in the first quarter, Thai officials said. Hotels in "
    "Phuket were full.",
]

# (article, one state, the other): the rules relate the two in the first sentence (a meeting) and
# miss the second sentence's act (a verb outside the lexicon), which states another relation
SECOND_ACT = [
    (
        "Thailand and Cambodia held talks on fishing rights in Bangkok on Tuesday. Two days later, Thai "
        "gunboats chased Cambodian trawlers out of the disputed waters.",
        "THA",
        "KHM",
    ),
    (
        "Hungary's foreign minister visited Romania in May. In June, Hungarian fighter jets intercepted a "
        "Romanian cargo plane over Debrecen.",
        "HUN",
        "ROU",
    ),
    (
        "Serbia and Kosovo resumed talks in Brussels last month. Serbia has since jammed Kosovo's mobile "
        "networks along the border.",
        "SRB",
        "KSV",
    ),
    (
        "Egypt hosted Sudanese officials in Cairo for talks on the Nile dam. Egypt then wooed Sudan with "
        "cheap electricity from its new power plants.",
        "EGY",
        "SDN",
    ),
    (
        "Nepal's prime minister met Indian officials in New Delhi in March. Weeks later, Nepalese soldiers "
        "shadowed Indian patrols along the Kalapani border.",
        "NPL",
        "IND",
    ),
]
# (article, one state, the other): related in the first sentence, named side by side in the second
# with no relation stated there
SECOND_NOTHING = [
    (
        "Chile and Peru signed a trade pact on Monday. Chile, like Peru, exports most of its copper to "
        "Asian markets.",
        "CHL",
        "PER",
    ),
    (
        "Ghana's president visited Nigeria last week. Ghana and Nigeria both hold general elections next "
        "year.",
        "GHA",
        "NGA",
    ),
    (
        "Vietnam accused China of ramming its fishing boats. Vietnam's economy grew faster than China's "
        "last year.",
        "VNM",
        "CHN",
    ),
    (
        "Kenya and Tanzania agreed to build a railway between their ports. Tourists from Kenya and Tanzania "
        "crowded the beaches of Zanzibar over the holidays.",
        "KEN",
        "TZA",
    ),
    (
        "Poland condemned Belarus over the migrant crossings. The weather in Poland and Belarus turned "
        "cold in November.",
        "POL",
        "BLR",
    ),
]


def _events(text: str, *, learned: bool) -> list[ag.Relation]:
    return [r for r in ag.build(texts=[text], learned=learned).relations if r.type != "AFFILIATION"]


def _states(r: ag.Relation) -> frozenset[str | None]:
    source = r.source_id if r.source_type == "country" else r.source_country
    target = r.target_id if r.target_type == "country" else r.target_country
    return frozenset((source, target))


def test_the_shipped_model_file_is_json_with_both_models_and_its_provenance() -> None:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    assert data["format"] == 1
    models = load_models(MODEL)
    pair, types = models["pair"], models["type"]
    assert isinstance(pair, LinearModel) and isinstance(types, SoftmaxModel)
    assert 0.0 < pair.threshold < 1.0 and pair.weights
    assert set(types.classes) <= set(PLOVER_TYPES) and "AFFILIATION" not in types.classes
    provenance = data["provenance"]
    assert provenance["trained_on"]["voa"] == 30
    assert {"commit", "candidates", "positives", "cross_validation"} <= set(provenance)


def test_nothing_at_run_time_unpickles_or_needs_scikit_learn() -> None:
    sources = [p.read_text(encoding="utf-8") for p in (PACKAGE / "relations" / "learned").glob("*.py")]
    for text in sources:
        for word in ("pickle", "joblib", "sklearn"):
            assert f"import {word}" not in text and f"from {word}" not in text
    assert not list((PACKAGE / "data").glob("*.pkl")) and not list((PACKAGE / "data").glob("*.joblib"))


@pytest.mark.xfail(
    strict=True,
    reason="a lone subject-verb-object event with a verb outside the lexicon scores about 0.2, under the "
    "shipped threshold (0.375 then, 0.35 after the retraining on 148 articles, 0.375 again after the one on "
    "342 in round 19): in the 124 annotated "
    "articles, such pairs the rules miss are related in the gold only about one time in five (32/169), "
    "and a two-sentence text has none of the salience (mentions, repeated co-mention, the rules' edges at "
    "the other level) the model leans on",
)
@pytest.mark.parametrize(("text", "one", "other"), ADDED)
def test_a_plain_event_the_rules_miss_gets_a_learned_edge(text: str, one: str, other: str) -> None:
    assert not [r for r in _events(text, learned=False) if _states(r) == {one, other}]
    added = [r for r in _events(text, learned=True) if _states(r) == {one, other}]
    assert added, text
    assert all(r.confidence < LEARNED_CONFIDENCE + 0.005 for r in added)
    assert all(r.sentence == text for r in added)


@pytest.mark.parametrize("text", NOTHING)
def test_actors_named_together_with_no_stated_relation_get_no_edge(text: str) -> None:
    assert _events(text, learned=True) == []


@pytest.mark.xfail(
    strict=True,
    reason="a pair the rules relate in one sentence is no candidate in another (pairs.pair_candidates). "
    "Measured (benchmarks/missing_types_cv.py): an oracle adding the gold's new type in "
    "every such sentence would raise typed F1 by 3-7 points a set, but a sentence model over the pair "
    "features finds them at about one in four (9 of 43 at score 0.3, out of fold) and the type model "
    "names 43 of 103 right: held-out typed F1 fell (mean .504 -> .495), so it was not shipped",
)
@pytest.mark.parametrize(("text", "one", "other"), SECOND_ACT)
def test_a_second_act_of_a_pair_the_rules_relate_elsewhere_gets_an_edge(
    text: str, one: str, other: str
) -> None:
    second = text[text.index(". ") + 2 :]
    before = [r for r in _events(text, learned=False) if _states(r) == {one, other}]
    assert before and all(r.sentence != second for r in before)
    added = [r for r in _events(text, learned=True) if _states(r) == {one, other} and r.sentence == second]
    assert added and all(r.type not in {b.type for b in before} for r in added), text


@pytest.mark.parametrize(("text", "one", "other"), SECOND_NOTHING)
def test_a_pair_related_in_one_sentence_gets_nothing_where_it_is_only_named_together(
    text: str, one: str, other: str
) -> None:
    first = text[: text.index(". ") + 1]
    events = [r for r in _events(text, learned=True) if _states(r) == {one, other}]
    assert events and all(r.sentence == first for r in events), text


def test_the_switch_keeps_to_the_rules_and_the_learned_edges_only_add() -> None:
    rules = ag.build(texts=[ARTICLE], learned=False).relations
    both = ag.build(texts=[ARTICLE], learned=True).relations
    assert all(r.confidence >= SUGGESTED_BELOW for r in rules)
    assert {r.id for r in rules} <= {r.id for r in both}
    learned = [r for r in both if r.confidence < SUGGESTED_BELOW]
    assert {(r.source_name, r.target_name) for r in learned} == {("Diana Mondino", "Brazil")}
    (r,) = learned
    assert r.type in PLOVER_TYPES and r.predicate == "said" and r.sentence.startswith("Mondino said")
    assert 0.0 < r.confidence < LEARNED_CONFIDENCE


def test_learned_edges_are_deterministic() -> None:
    first = ag.build(texts=[ARTICLE], learned=True).relations
    assert first == ag.build(texts=[ARTICLE], learned=True).relations


@pytest.mark.parametrize("switch", ["--learned", "--rules-only"])
def test_the_command_line_switch_turns_the_learned_edges_on_and_off(tmp_path: Path, switch: str) -> None:
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "actorgraph", "extract", str(article), "--format", "jsonl", switch],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    learned = [r for r in rows if r["confidence"] < SUGGESTED_BELOW]
    assert bool(learned) == (switch == "--learned")


def test_a_confidence_tells_a_rule_from_a_suggestion_on_real_news() -> None:
    """Every relation a rule states has a confidence of at least SUGGESTED_BELOW, every learned event
    less (the page draws those faint): on the 30 VOA dev stories, where both kinds occur."""
    stories = Path(__file__).parent / "data" / "voa" / "stories.jsonl"
    rules = {r.id for r in ag.build([stories], learned=False).relations}
    both = ag.build([stories], learned=True).relations
    assert rules and all(r.confidence >= SUGGESTED_BELOW for r in both if r.id in rules)
    # (an actor a learned relation makes acting may bring its affiliation, a rule's: 0.6 or 0.8)
    added = [r for r in both if r.id not in rules and r.type != "AFFILIATION"]
    assert added and all(r.confidence < SUGGESTED_BELOW for r in added)


def test_a_sentence_naming_more_actors_than_training_ever_saw_gives_no_candidate_pair() -> None:
    """A list longer than MAX_SENTENCE_UNITS (a vote table) gives no candidate pair, whose number grows
    as the square of its length; a short list in the same story still does."""
    from actorgraph.actors.gazetteer import load_gazetteer
    from actorgraph.actors.resolve import resolve_actors
    from actorgraph.nlp import load_pipeline
    from actorgraph.relations import load_lexicon
    from actorgraph.relations.learned.features import Words
    from actorgraph.relations.learned.pairs import MAX_SENTENCE_UNITS, pair_candidates

    states = ["France", "Germany", "Italy", "Spain", "Poland", "Japan", "India", "Brazil", "Mexico"]
    states += ["Canada", "Egypt", "Kenya", "Nigeria", "Ghana", "Chile", "Peru"]
    assert len(states) > MAX_SENTENCE_UNITS
    text = (
        f"The resolution was backed by {', '.join(states[:-1])} and {states[-1]}. "
        "Argentina later praised Uruguay for its vote."
    )
    document = ag.Document(id="vote", text=text)
    actors = resolve_actors(load_pipeline()(text), load_gazetteer())
    pairs = pair_candidates(document, actors, load_lexicon(), [], Words.load())
    long_sentence = text.index("Argentina")
    assert pairs and all(s.start >= long_sentence for c in pairs for s in c.sentences)


@pytest.mark.parametrize(
    "text",
    [
        "Poland has not ruled out closing its border with Belarus.",
        "Chile tried to contain Peruvian fishing fleets.",
        "Kenya wants to curb Somali charcoal exports.",
    ],
)
def test_a_lone_sentence_gets_no_learned_pair_though_its_pair_scores_above_the_threshold(text: str) -> None:
    """The pair features describe a story (mentions, co-mentions, the story's actors); the shortest
    training article had four sentences, and in a lone sentence every pair looks like the story's
    main one: the model adds nothing to a text of fewer than MIN_TEXT_SENTENCES sentences."""
    from actorgraph.actors.gazetteer import load_gazetteer
    from actorgraph.actors.resolve import resolve_actors
    from actorgraph.nlp import load_pipeline
    from actorgraph.relations import load_lexicon
    from actorgraph.relations.learned.features import Words
    from actorgraph.relations.learned.pairs import MIN_TEXT_SENTENCES, default_model, pair_candidates

    assert MIN_TEXT_SENTENCES == 2
    model = default_model()
    document = ag.Document(id="lone", text=text)
    actors = resolve_actors(load_pipeline()(text), load_gazetteer())
    pairs = pair_candidates(document, actors, load_lexicon(), [], Words.load())
    assert any(model.pair.score(c.features) >= model.pair.threshold for c in pairs), text
    assert model.relations(document, actors, load_lexicon(), []) == []
    assert _events(text, learned=True) == _events(text, learned=False)
