"""Promises of material aid (round 20, item "types"): a verb of promising whose direct object is the aid
itself, money, a loan, funding, troops or police officers ("pledged $50 million to X", "promised a loan
to X", "pledged 300 troops to X") is that aid promised (AID), as "pledged to provide aid to X" already
is, never the bare commitment (AGREE) that CAMEO's "pledge" or "offer * assistance" (033) gives.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- aid promised as the object of a verb of promising -------------------------------------------------

PROMISED_AID = [
    ("Japan pledged $50 million to Mozambique for flood relief.", "JPN AID MOZ"),
    ("The Netherlands has promised a new loan to Ghana, the finance ministry said.", "NLD AID GHA"),
    ("Senegal pledged 300 troops to the Gambia last year.", "SEN AID GMB"),
    ("Germany promised humanitarian assistance to Yemen on Tuesday.", "DEU AID YEM"),
    ("Norway has committed 40 million euros to Niger for its health clinics.", "NOR AID NER"),
    ("Turkey offered development assistance to Somalia after the drought.", "TUR AID SOM"),
    ("Canada pledged additional funding to Jordan for the refugee camps.", "CAN AID JOR"),
]


@pytest.mark.parametrize(("text", "wanted"), PROMISED_AID)
def test_aid_promised_as_the_object_is_aid(expect: Expect, text: str, wanted: str) -> None:
    """A verb of ``promised_act_rule.aid_object.verbs`` whose object is money, a noun the lexicon
    codes as aid, or personnel sent (``aid_object.personnel``) is the aid: AID, not AGREE."""
    src, _, tgt = wanted.split()
    expect(text, want=(wanted,), not_want=(f"{src} AGREE {tgt}",))


# --- a charge or one's own conduct denied rejects its maker, never what it is about -------------------

DENIED_CONDUCT = [
    ("Ghana has consistently denied any involvement in the coup attempt in Togo.", "GHA REJECT TGO"),
    ("Chile denies any territorial ambitions on Bolivia, the minister said.", "CHL REJECT BOL"),
    ("Eritrea rejected allegations of interference in Ethiopia's elections.", "ERI REJECT ETH"),
    ("Moscow dismissed claims of a military role in Mali.", "RUS REJECT MLI"),
    ("Vietnam denied reports of a naval buildup near the Philippines.", "VNM REJECT PHL"),
]


@pytest.mark.parametrize(("text", "unwanted"), DENIED_CONDUCT)
def test_denied_conduct_rejects_no_one_it_concerns(expect: Expect, text: str, unwanted: str) -> None:
    """A charge, a report or one's own conduct denied, rejected or dismissed (``rejected_stances``:
    "involvement", "ambitions", "allegations", "claims", "reports") is rejected in its maker (possessor,
    "by"/"from"), never in the state its "in"/"on"/"near" phrase names."""
    expect(text, not_want=(unwanted,))


# --- declared persona non grata: an expulsion, however the parser hangs the verdict --------------------

DECLARED_UNWELCOME = [
    ("Ghana declared Togo's ambassador persona non grata on Friday.", "GHA SANCTION TGO"),
    (
        "Hungary declared two Austrian diplomats personae non gratae in a retaliatory move.",
        "HUN SANCTION AUT",
    ),
    ("Chad declared the French envoy persona non grata, the foreign ministry said.", "TCD SANCTION FRA"),
    ("The Tanzanian ambassador was declared persona non grata by Uganda.", "UGA SANCTION TZA"),
    ("Bolivia's Congress voted to declare President Gabriel Boric a persona non grata.", "BOL SANCTION CHL"),
]


@pytest.mark.parametrize(("text", "wanted"), DECLARED_UNWELCOME)
def test_declared_persona_non_grata_is_an_expulsion(expect: Expect, text: str, wanted: str) -> None:
    """Declaring another state's diplomat or leader persona non grata (``expelled_envoy_rule``) expels
    him, also where the parser makes him the subject of the verdict ("declared [the envoy persona non
    grata]"), in the passive, and for a named person who is no diplomat."""
    expect(text, want=(wanted,))


# --- disarming another's forces is coercion; disarming one's own a retreat -----------------------------

DISARMED_OTHERS = [
    "The Iraqi army moved to disarm the Kataib Hezbollah militia last month.",
    "Nigeria's military disarmed Boko Haram fighters near the border with Cameroon.",
    "The Sudanese army began disarming the Rapid Support Forces in Khartoum.",
    "Peacekeepers from Rwanda disarmed the M23 rebels in North Kivu.",
    "Somali troops disarmed al-Shabaab militants at a checkpoint outside Mogadishu.",
]


@pytest.mark.parametrize("text", DISARMED_OTHERS)
def test_disarming_another_is_coercion(coded: Callable[[str], dict[str, set[str]]], text: str) -> None:
    """A verb of disarming (lexicon mode ``disarm``: RETREAT, CAMEO 0873, one's own forces laid down)
    whose object is another actor's forces disarms them by force: COERCE of that actor
    (``disarm_other_rule``), never a RETREAT towards it."""
    found = coded(text)
    kinds = {key.split()[1] for key in found}
    assert "COERCE" in kinds and "RETREAT" not in kinds, sorted(found)


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # a promise of an act stays what it was: cooperation promised is a commitment
    ("China pledged closer cooperation with Laos.", ("CHN AGREE LAO",), ("CHN AID LAO",)),
    # an offer to meet is the planned meeting
    ("Brazil promised to hold talks with Paraguay next month.", ("BRA CONSULT PRY",), ("BRA AID PRY",)),
    # a promise to provide aid is the aid (unchanged)
    ("Italy pledged to provide aid to Tunisia.", ("ITA AID TUN",), ("ITA AGREE TUN",)),
    # committing a crime is no aid
    ("Rebels from Chad committed crimes in Sudan, Khartoum said.", (), ("TCD AID SDN",)),
    # words of backing promised are no aid
    ("Britain pledged its full support for Ukraine.", (), ("GBR AID UKR",)),
    # the maker of a charge or a request denied is rejected
    ("Indonesia denied the accusations made by Australia.", ("IDN REJECT AUS",), ()),
    ("Pakistan rejected the allegations by India.", ("PAK REJECT IND",), ()),
    ("Uganda dismissed Kenya's claims.", ("UGA REJECT KEN",), ()),
    ("Burundi rejected the accusations of Rwanda.", ("BDI REJECT RWA",), ()),
    ("Egypt denied a request from Sudan to open the border.", ("EGY REJECT SDN",), ()),
    ("Peru rejected the proposal from Chile on fishing rights.", ("PER REJECT CHL",), ()),
    # disarming one's own fighters stays a retreat
    (
        "The rebels of the ELN agreed to disarm their fighters under the deal with Colombia.",
        (),
        ("COL COERCE",),
    ),
    # a declaration that is no verdict on a person expels no one
    ("Kenya declared a state of emergency after the floods in Somalia.", (), ("KEN SANCTION SOM",)),
    ("Serbia declared its support for the Hungarian plan.", (), ("SRB SANCTION HUN",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_guards(expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    expect(text, want=wanted, not_want=unwanted)
