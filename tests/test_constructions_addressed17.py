"""Event nouns (round 17, item "nominal"): a speech act addressed to the subject of a verb that
receives or answers it ("received an invitation from Angola", "ignored warnings from ECOWAS", "rejected
calls from India to ...") is its giver's act on that subject; "at X's invitation" as "at the invitation
of X".

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "received an invitation from Angola": the giver asks (warns, presses) the receiver --------------

ADDRESSED = [
    (
        "The Congolese government had received an invitation from Angola to attend the talks.",
        "AGO REQUEST COD",
    ),
    ("Burundi received Kenya's invitation for talks in Nairobi.", "KEN REQUEST BDI"),
    (
        "Officials confirmed the Houthis and Hezbollah received Iran's invitation for the talks.",
        "IRN REQUEST LBN",
    ),
    ("Mali declined an invitation from ECOWAS to attend the summit.", "ECOWAS REQUEST MLI"),
    ("Peru turned down an invitation from Chile to join the negotiations.", "CHL REQUEST PER"),
    ("Guinea ignored repeated warnings from ECOWAS.", "ECOWAS THREATEN GIN"),
    ("Chad defied a directive from the African Union to hold elections.", "AU REQUEST TCD"),
    ("Nepal rejected calls from India to reopen the border.", "IND REQUEST NPL"),
    ("Serbia heeded calls from the European Union to lower tensions.", "EU REQUEST SRB"),
    ("Peru has faced mounting pressure from the United States over the deal.", "USA COERCE PER"),
    # an answer negated: the speech act was still made
    ("Guinea did not heed warnings from ECOWAS.", "ECOWAS THREATEN GIN"),
    ("Tunisia has not accepted the invitation from the European Union.", "EU REQUEST TUN"),
]


@pytest.mark.parametrize(("text", "wanted"), ADDRESSED)
def test_a_speech_act_received_is_its_givers_act_on_the_receiver(
    expect: Expect, text: str, wanted: str
) -> None:
    """A noun of ``addressed_rule`` (invitation, directive, call, warning, pressure) that is the object
    of one of its verbs (received, declined, ignored, defied, rejected, heeded, faced, turned down),
    with a giver named by "from" or a possessor, is the giver's act (the noun's type) on the verb's
    subject, asserted whatever the subject does with it."""
    found = expect(text, want=(wanted,))
    assert not found[wanted] & {"negated", "hypothetical"}, found[wanted]


# --- "at Egypt's invitation": the possessor asks, as "at the invitation of Egypt" ---------------------

BEHEST = [
    ("A Sudanese delegation will travel to Cairo on Monday at Egypt's invitation.", "EGY REQUEST SDN"),
    ("Kenyan police were deployed to Haiti at the Haitian government's request.", "HTI REQUEST KEN"),
    ("Chinese President Xi Jinping visited Hanoi at Vietnam's invitation.", "VNM REQUEST CHN"),
]


@pytest.mark.parametrize(("text", "wanted"), BEHEST)
def test_a_possessor_of_a_behest_noun_asks(expect: Expect, text: str, wanted: str) -> None:
    """ "at X's invitation", "at X's request": the possessor asks the clause's doers, as an "of"
    phrase does."""
    expect(text, want=(wanted,))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # a phone call received is no request
    ("Biden received a call from Putin on Tuesday.", (), ("RUS REQUEST USA",)),
    # no verb of receiving: the noun's own reading
    (
        "Ghana accepted an invitation from Nigeria to join the mission.",
        ("GHA AGREE NGA", "NGA REQUEST GHA"),
        (),
    ),
    # a speech act not received, or one the subject may answer some day, is none made
    ("Mali did not receive an invitation from ECOWAS.", (), ()),
    ("Niger will reject any demand from France to release the hostages.", (), ()),
    # the subject gives the speech act, no one receives it
    ("Mali sent an invitation to Niger.", (), ("NER REQUEST MLI",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Phone calls received and invitations sent keep their readings; an accepted invitation is also
    the agreement."""
    found = expect(text, want=wanted, not_want=unwanted)
    made = [k for k, v in found.items() if " REQUEST " in k and not v & {"negated", "hypothetical"}]
    assert not made or wanted, found
