"""A second act on a pair already coded (round 20, item "typed-on-found-pairs"): the wrong a punishment
or threat cites is its doer's charge.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "imposed tariffs on X, citing X's failure to ...": the act and the charge --------------------------

CITED_WRONGS = [
    # the wrong's possessor is accused
    (
        "Japan imposed tariffs on South Korea on Friday, citing Seoul's failure to curb steel exports.",
        ("JPN SANCTION KOR", "JPN ACCUSE KOR"),
        (),
    ),
    (
        "Washington expelled two Russian diplomats, citing Moscow's refusal to cooperate with the "
        "investigation.",
        ("USA SANCTION RUS", "USA ACCUSE RUS"),
        (),
    ),
    # a wrong that names no one of its own is the punished side's
    (
        "Kenya suspended flights to Tanzania, citing a breach of the aviation agreement.",
        ("KEN SANCTION TZA", "KEN ACCUSE TZA"),
        (),
    ),
    (
        "Ghana recalled its ambassador from Togo on Monday, citing interference in its elections.",
        ("GHA SANCTION TGO", "GHA ACCUSE TGO"),
        (),
    ),
    (
        "Canada imposed sanctions on Iran, citing the country's repeated violations of human rights.",
        ("CAN SANCTION IRN", "CAN ACCUSE IRN"),
        (),
    ),
    # a threat citing the doers' own grievance accuses the one threatened, not each other
    (
        "Fiji and Samoa threatened to leave the Pacific Islands Forum, citing their dissatisfaction with "
        "the selection of its new chief.",
        ("FJI ACCUSE PIF", "WSM ACCUSE PIF"),
        ("FJI ACCUSE WSM", "WSM ACCUSE FJI"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CITED_WRONGS)
def test_a_cited_wrong_is_a_charge(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)


CITED_GUARDS = [
    # no wrong cited: figures, concerns of one's own
    (
        "Chile imposed tariffs on Peru, citing figures from the central bank.",
        ("CHL SANCTION PER",),
        ("CHL ACCUSE PER",),
    ),
    (
        "Turkey closed its border with Syria, citing security concerns.",
        ("TUR SANCTION SYR",),
        ("TUR ACCUSE SYR",),
    ),
    # no punishment: aid citing a failure charges no one
    (
        "Norway sent aid to Malawi, citing the country's failure to feed its people.",
        ("NOR AID MWI",),
        ("NOR ACCUSE MWI",),
    ),
    # the charge stays one where the wrong's owner is named (the speech rules code it too)
    (
        "Brazil recalled its ambassador from Israel, citing Israel's violations of international law.",
        ("BRA SANCTION ISR", "BRA ACCUSE ISR"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CITED_GUARDS)
def test_cited_wrong_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)


# --- "X called the pact illegal": the parties of the deal the story told are accused ------------------

JUDGED_DEALS = [
    (
        "China and the Solomon Islands signed a security pact. Australia deemed the pact dangerous.",
        ("AUS ACCUSE CHN", "AUS ACCUSE SLB"),
        (),
    ),
    (
        "Russia and Belarus signed a treaty on nuclear weapons. Lithuania called the treaty a provocation.",
        ("LTU ACCUSE RUS", "LTU ACCUSE BLR"),
        (),
    ),
    (
        "Turkey and Libya signed a maritime accord in 2019. Greece called the accord illegal.",
        ("GRC ACCUSE TUR", "GRC ACCUSE LBY"),
        (),
    ),
    (
        "Turkey signed a maritime accord with Libya in 2019. Greece described the accord as illegal.",
        ("GRC ACCUSE TUR", "GRC ACCUSE LBY"),
        (),
    ),
    (
        "Ethiopia and Djibouti reached an agreement on port access last month. Eritrea labelled the "
        "agreement a threat to regional peace.",
        ("ERI ACCUSE ETH", "ERI ACCUSE DJI"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), JUDGED_DEALS)
def test_a_deal_named_badly_accuses_its_parties(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)


JUDGED_DEAL_GUARDS = [
    # a party naming its own deal badly accuses no partner
    (
        "Ghana and Togo signed a trade deal in May. Ghana later called the deal a mistake.",
        ("GHA AGREE TGO",),
        ("GHA ACCUSE TGO",),
    ),
    # praise stays praise
    (
        "Chile and Peru signed a fisheries accord. Bolivia described the accord as historic.",
        ("CHL AGREE PER",),
        ("BOL ACCUSE CHL", "BOL ACCUSE PER"),
    ),
    # no deal told: nobody to accuse
    ("Greece called the accord illegal.", (), ("GRC ACCUSE TUR",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), JUDGED_DEAL_GUARDS)
def test_judged_deal_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)
