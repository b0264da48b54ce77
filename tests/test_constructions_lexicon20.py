"""Expected compliance (round 20, item "lexicon"): a state or official that expects or wants another
to comply ("Kenya expects Somalia to honour the maritime accord", "we want Serbia to respect the
ceasefire") asks it to (REQUEST of the complement's subject), as "urged X to ..." does; an
expectation of what another will do that is no compliance ("expects China to retaliate", "wants his
counterpart to win the election") is a forecast or a wish, no demand.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


EXPECTED_COMPLIANCE = [
    ("Kenya expects Somalia to honour the maritime agreement.", "KEN REQUEST SOM"),
    ("The African Union expects Sudan to respect the ceasefire, its chairman said.", "AU REQUEST SDN"),
    (
        "Canada's foreign minister said she expects China to cooperate fully with the investigation.",
        "CAN REQUEST CHN",
    ),
    (
        '"We expect Armenia to fulfil its obligations," the Azerbaijani foreign ministry said.',
        "AZE REQUEST ARM",
    ),
    ("Ghana wants Togo to release the detained traders immediately.", "GHA REQUEST TGO"),
    ("Peru expects Bolivia to stop the smuggling across their border.", "PER REQUEST BOL"),
    ("Kenya expects both neighbours, Sudan and Chad, to respect the truce.", "KEN REQUEST TCD"),
    ("The United States wants both parties, Israel and Hamas, to return to the talks.", "USA REQUEST ISR"),
]


@pytest.mark.parametrize(("text", "wanted"), EXPECTED_COMPLIANCE)
def test_expected_compliance_is_a_request(expect: Expect, text: str, wanted: str) -> None:
    """A verb of ``expectation_rule.verbs`` whose infinitive clause has a subject of its own and a verb
    of compliance (``compliance``: honour, respect, cooperate, fulfil, release, stop ...) asks that
    subject to comply."""
    expect(text, want=(wanted,))


FORECASTS = [
    ("Japan expects China to retaliate against the new tariffs.", "JPN REQUEST CHN"),
    ("Brazil's president said he wanted his American counterpart to win the election.", "BRA REQUEST USA"),
    ("Kenya does not expect Uganda to withdraw its troops.", "KEN REQUEST UGA"),
    ("The Kenyan president is expected to visit Uganda next week.", "KEN REQUEST UGA"),
]


@pytest.mark.parametrize(("text", "unwanted"), FORECASTS)
def test_forecasts_and_wishes_are_no_request(expect: Expect, text: str, unwanted: str) -> None:
    """An expected act that is no compliance (a reprisal, a win), a denied expectation and the passive
    "is expected to" ask no one."""
    expect(text, not_want=(unwanted,))


def test_urged_compliance_stays_a_request(expect: Expect) -> None:
    """Guard: a verb of asking keeps its own request."""
    expect("Kenya urged Somalia to honour the maritime agreement.", want=("KEN REQUEST SOM",))


# --- hyphenated spellings: "co-operation", "co-ordinate" read as the lexicon's words --------------------

HYPHENATED = [
    ("Fiji froze police co-operation with China.", "FJI SANCTION CHN"),
    ("Ghana co-operated with Togo on the inquiry.", "GHA COOPERATE TGO"),
    ("Chile will co-ordinate with Peru on the rescue.", "CHL COOPERATE PER"),
    ("Japan's co-operation with Australia has deepened over the past decade.", "JPN COOPERATE AUS"),
    ("Co-operation between Vietnam and Laos is growing, officials said.", "VNM COOPERATE LAO"),
]


@pytest.mark.parametrize(("text", "wanted"), HYPHENATED)
def test_hyphenated_spellings_are_the_lexicons_words(expect: Expect, text: str, wanted: str) -> None:
    """A word of ``hyphenated_spellings`` is one token with the lemma of its spelling without the
    hyphen, so the lexicon and the rules read it as they read "cooperation" or "coordinate"."""
    expect(text, want=(wanted,))


def test_other_co_words_stay_split(expect: Expect) -> None:
    """Guard: a "co-" word outside the list keeps the tokenizer's split (the host of a summit)."""
    expect("Kenya will co-host the summit with Uganda.", want=("KEN CONSULT UGA",))


def test_hyphenated_spelling_keeps_the_text() -> None:
    """The token's text is the document's own; only its norm and lemma lose the hyphen."""
    from actorgraph.nlp import load_pipeline

    doc = load_pipeline()("Peru froze its co-operation with Chile.")
    token = next(t for t in doc if t.text == "co-operation")
    assert (token.norm_, token.lemma_) == ("cooperation", "cooperation")


# --- considering, deeming, regarding, seeing or viewing X as a terrorist group accuses X -----------------

NAMED_TERRORIST = [
    ("Ankara regards the YPG as a terrorist organization.", "TUR ACCUSE SYR"),
    ("Russia deems the Azov Regiment a terrorist group.", "RUS ACCUSE UKR"),
    ("Rwanda views the FDLR as a terrorist movement.", "RWA ACCUSE FDLR"),
    ("Baghdad sees the PKK as a terrorist group.", "IRQ ACCUSE TUR"),
    (
        "Egypt has long considered the Muslim Brotherhood a terrorist organisation.",
        "EGY ACCUSE MUSLIM_BROTHERHOOD",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), NAMED_TERRORIST)
def test_seeing_a_group_as_terrorist_accuses_it(expect: Expect, text: str, wanted: str) -> None:
    """The verbs of holding a view (consider, deem, regard, see, view) join those of naming (call,
    label, brand) in the curated "* as terrorist group" patterns: ACCUSE, not the listing (SANCTION)
    of "designate" (sides at state level: the YPG is Syria's, the PKK Turkey's)."""
    expect(text, want=(wanted,))


def test_seeing_a_group_as_a_partner_accuses_no_one(expect: Expect) -> None:
    """Guard: another view of the group is no accusation."""
    expect("Turkey considers Hezbollah a partner, its foreign minister said.", not_want=("TUR ACCUSE LBN",))
