"""Who stands behind another's act: the requester or inviter, the mediator, a standing body's parties.

Round 12, the nominal engineer's brief (analysis mechanism 1). Each construction has five sentences
written for these tests (different actors, wording and sentence shapes; none taken from the
development or evaluation sets), run through the packaged model. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level, mutual relations both ways); ``not_want`` lists
relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


# --- "at the request of X", "upon the invitation of X": X asks whoever does what the clause tells ---

BEHEST = [
    (
        "Kenyan police officers were deployed to Haiti at the request of the Haitian government.",
        ("HTI REQUEST KEN",),
    ),
    ("Japan sent a team of engineers to Malawi upon the request of Lilongwe.", ("MWI REQUEST JPN",)),
    (
        "Indonesian President Joko Widodo arrived in Seoul on Monday at the invitation of South Korean"
        " President Yoon Suk Yeol.",
        ("KOR REQUEST IDN", "KOR CONSULT IDN"),
    ),
    ("Rwanda extended its military mission in Mozambique at the request of Maputo.", ("MOZ REQUEST RWA",)),
    (
        "The Vietnamese prime minister will visit Laos next week at the invitation of his Lao counterpart.",
        ("LAO REQUEST VNM",),
    ),
]


@pytest.mark.parametrize(("text", "want"), BEHEST)
def test_behest_asks_the_doer(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_behest_asks_nobody_without_a_doer(coded: Coded) -> None:
    """ "The meeting was held at the request of Switzerland": a meeting is no one asked."""
    found = coded("The meeting was held in Geneva at the request of Switzerland.")
    assert not [k for k in found if " REQUEST " in k], found


def test_invited_guest_is_asked_but_not_met_without_a_visit(coded: Coded) -> None:
    """An invitation to act is a request; only a visit or meeting the clause tells has a host."""
    found = coded("Finland sent two minesweepers to the Baltic exercise at the invitation of Estonia.")
    assert "EST REQUEST FIN" in found, found
    assert "EST CONSULT FIN" not in found, found


def test_request_asked_is_asserted(coded: Coded) -> None:
    """The request was made, whatever the mood of what it asked for ("will visit next week")."""
    found = coded(
        "The Vietnamese prime minister will visit Laos next week at the invitation of his Lao counterpart."
    )
    assert found["LAO REQUEST VNM"] == set(), found


# --- "talks mediated by X", "in Nairobi, which is mediated by X": the mediator meets each side ---------

MEDIATED = [
    (
        "Armenia's prime minister will meet Azerbaijan's president in Brussels, in talks mediated by the"
        " European Union.",
        ("EU CONSULT ARM", "EU CONSULT AZE"),
        (),
    ),
    (
        "Ethiopia's foreign minister will meet his Eritrean counterpart in Nairobi, Kenya, which is"
        " mediated by the African Union.",
        ("AU CONSULT ETH", "AU CONSULT ERI"),
        ("AU CONSULT KEN",),
    ),
    (
        "Kyrgyzstan and Tajikistan signed a border deal after negotiations mediated by Russia.",
        ("RUS CONSULT KGZ", "RUS CONSULT TJK"),
        (),
    ),
    (
        "Rwanda and Congo held a meeting in Luanda, which was mediated by Angola.",
        ("AGO CONSULT RWA", "AGO CONSULT COD"),
        (),
    ),
    (
        "Sudan's army chief met the prime minister of South Sudan in Addis Ababa, Ethiopia, which was"
        " mediated by Kenya.",
        ("KEN CONSULT SDN", "KEN CONSULT SSD"),
        ("KEN CONSULT ETH",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), MEDIATED)
def test_mediator_meets_each_side(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_mediated_talks_between_parties_stay(expect: Expect) -> None:
    """Guard: talks between two parties, mediated by a third, keep both readings as before."""
    expect(
        "The talks between India and Pakistan, mediated by the United Arab Emirates, stalled on Monday.",
        ("IND CONSULT PAK", "ARE CONSULT IND", "ARE CONSULT PAK"),
    )


# --- "the 10th session of the Joint Commission between A and B": a standing body of two that sits -----

STANDING_BODY = [
    (
        "The third session of the Joint Commission between Ghana and Togo opened in Lome on Tuesday.",
        "GHA",
        "TGO",
    ),
    ("The Bi-National Commission between Kenya and Tanzania met in Arusha.", "KEN", "TZA"),
    ("Egypt hosted the 12th session of the Higher Joint Committee between Egypt and Jordan.", "EGY", "JOR"),
    (
        "Ministers attended a session of the Joint Permanent Commission between Botswana and Namibia in"
        " Windhoek.",
        "BWA",
        "NAM",
    ),
    ("The fifth Joint Commission of Cooperation between Senegal and Mali ended in Bamako.", "SEN", "MLI"),
]


@pytest.mark.parametrize(("text", "a", "b"), STANDING_BODY)
def test_standing_body_sitting_is_a_meeting(expect: Expect, text: str, a: str, b: str) -> None:
    expect(text, (f"{a} CONSULT {b}", f"{b} CONSULT {a}"))


def test_standing_body_not_sitting_meets_nobody(coded: Coded) -> None:
    """Guard: a body named but not sitting ("was dissolved") is no meeting."""
    found = coded("The border commission between Peru and Chile was dissolved in 2010.")
    assert "PER CONSULT CHL" not in found, found
