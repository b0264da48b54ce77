"""Conventions of the guidelines (round 18): praise of a deal the story told.

The guidelines code positive quotes as directed acts of the speaker: praise of another's doing
supports it, and a party's praise of its own deal ("the agreement will be a win-win for both
countries", said after the story told the deal) is its commitment to the partner, a directed AGREE.
"said the agreement between X and Y was a milestone" already supported X and Y; a deal named only as
"the agreement", "the treaty", "the partnership" now stands for the last such deal the story told,
as it already did for a negative judgement ("said the pact was dangerous").

Every sentence here was written for these tests (none comes from a gold file); five or more, with
different actors, deals and predicates, plus guards for the constructions next to it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Relations = Callable[[str], tuple[ag.Relation, ...]]


def _rows(relations: tuple[ag.Relation, ...]) -> set[str]:
    """ "SOURCE TYPE TARGET" of each relation, people by name, states by their code."""
    out: set[str] = set()
    for r in relations:
        s = r.source_name if r.source_type == "person" else r.source_id
        t = r.target_name if r.target_type == "person" else r.target_id
        out.add(f"{s} {r.type} {t}")
        if not r.directed:
            out.add(f"{t} {r.type} {s}")
    return out


@pytest.mark.parametrize(
    ("text", "speaker", "partner"),
    [
        (
            "Ghana and Togo signed a border treaty on Monday. Ghanaian Foreign Minister Samuel Ablakwa "
            "said the treaty was a historic achievement.",
            "Samuel Ablakwa",
            "TGO",
        ),
        (
            "Chile and Argentina reached a fisheries deal in Santiago. Chilean President Gabriel Boric "
            "said the deal was a breakthrough for the region.",
            "Gabriel Boric",
            "ARG",
        ),
        (
            "Poland and Lithuania signed a defence agreement on Friday. Lithuanian President Gitanas "
            "Nauseda said the agreement would be mutually beneficial.",
            "Gitanas Nauseda",
            "POL",
        ),
        (
            "Japan and the Philippines signed a maritime security pact in Manila. Japanese Prime "
            "Minister Fumio Kishida told reporters the pact was a milestone.",
            "Fumio Kishida",
            "PHL",
        ),
        (
            "Senegal and Mauritania agreed a new energy partnership last week. Senegalese President "
            'Bassirou Diomaye Faye said: "This partnership will be transformative for our people."',
            "Bassirou Diomaye Faye",
            "MRT",
        ),
        (
            "Fiji and Tonga signed a labour agreement. Fijian Prime Minister Sitiveni Rabuka said the "
            'agreement would be a "win-win" scenario for both countries.',
            "Sitiveni Rabuka",
            "TON",
        ),
    ],
)
def test_a_party_praising_its_own_deal_commits_to_the_partner(
    relations_of: Relations, text: str, speaker: str, partner: str
) -> None:
    rels = relations_of(text)
    agree = [r for r in rels if r.source_name == speaker and r.type == "AGREE" and r.target_id == partner]
    assert agree and all(r.directed and not r.hypothetical for r in agree), sorted(_rows(rels))
    assert f"{speaker} SUPPORT {partner}" not in _rows(rels), sorted(_rows(rels))


@pytest.mark.parametrize(
    ("text", "speaker", "parties"),
    [
        (
            "Serbia and Hungary signed an energy agreement on Tuesday. German Chancellor Olaf Scholz "
            "said the agreement was encouraging.",
            "Olaf Scholz",
            ("SRB", "HUN"),
        ),
        (
            "Rwanda and Burundi signed a ceasefire accord in Nairobi. Kenyan President William Ruto "
            "said the accord was a positive step.",
            "William Ruto",
            ("RWA", "BDI"),
        ),
        (
            "Armenia and Azerbaijan initialled a peace treaty in Washington. The treaty is a historic "
            "breakthrough, French President Emmanuel Macron said.",
            "Emmanuel Macron",
            ("ARM", "AZE"),
        ),
    ],
)
def test_a_third_party_praising_a_told_deal_supports_its_parties(
    relations_of: Relations, text: str, speaker: str, parties: tuple[str, str]
) -> None:
    rows = _rows(relations_of(text))
    for party in parties:
        assert f"{speaker} SUPPORT {party}" in rows, sorted(rows)
        assert f"{speaker} AGREE {party}" not in rows, sorted(rows)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a deal named in the sentence stays as it was: praise of the deal with Y supports Y
        (
            "Kenyan President William Ruto said the agreement with Ethiopia was a milestone.",
            ["William Ruto AGREE ETH"],
        ),
        # a meeting praised is no one's doing
        (
            "Vietnam and Laos held talks in Hanoi. Vietnamese Prime Minister Pham Minh Chinh said the "
            "talks were constructive.",
            ["Pham Minh Chinh AGREE LAO", "Pham Minh Chinh SUPPORT LAO"],
        ),
        # praise denied praises nothing
        (
            "Peru and Bolivia signed a trade agreement on Monday. Peruvian President Dina Boluarte said "
            "the agreement was not a breakthrough.",
            ["Dina Boluarte AGREE BOL", "Dina Boluarte SUPPORT BOL"],
        ),
        # a deal judged badly by its own party accuses no partner (as before)
        (
            "Mali and Niger signed a defence pact on Sunday. Malian Prime Minister Choguel Maiga said "
            "the pact was dangerous.",
            ["Choguel Maiga ACCUSE NER", "Choguel Maiga AGREE NER"],
        ),
    ],
)
def test_praise_guards(relations_of: Relations, text: str, unwanted: list[str]) -> None:
    rows = _rows(relations_of(text))
    assert not [u for u in unwanted if u in rows], sorted(rows)


def test_praise_of_the_deal_with_y_still_supports_y(relations_of: Relations) -> None:
    rows = _rows(
        relations_of("Kenyan President William Ruto said the agreement with Ethiopia was a milestone.")
    )
    assert "William Ruto SUPPORT ETH" in rows, sorted(rows)


@pytest.mark.parametrize(
    ("text", "speaker", "wanted"),
    [
        (
            "Serbia and Hungary signed an energy agreement on Tuesday. German Chancellor Olaf Scholz "
            "described the agreement as historic.",
            "Olaf Scholz",
            ["Olaf Scholz SUPPORT SRB", "Olaf Scholz SUPPORT HUN"],
        ),
        (
            "Rwanda and Burundi signed a ceasefire accord in Nairobi. Kenyan President William Ruto "
            "called the accord a milestone.",
            "William Ruto",
            ["William Ruto SUPPORT RWA", "William Ruto SUPPORT BDI"],
        ),
        (
            "Japan described the reconciliation between Ethiopia and Eritrea as an encouraging sign.",
            "",
            ["JPN SUPPORT ETH", "JPN SUPPORT ERI"],
        ),
        (
            "Ghana and Togo signed a border treaty on Monday. Ghanaian Foreign Minister Samuel Ablakwa "
            "called the treaty a historic achievement.",
            "Samuel Ablakwa",
            ["Samuel Ablakwa AGREE TGO"],
        ),
        (
            "Egypt and Sudan signed a water pact in Cairo. Egyptian President Abdel Fattah al-Sisi "
            "described the pact as a positive step.",
            "Abdel Fattah al-Sisi",
            ["Abdel Fattah al-Sisi AGREE SDN"],
        ),
    ],
)
def test_naming_a_deal_with_a_word_of_praise_is_praise(
    relations_of: Relations, text: str, speaker: str, wanted: list[str]
) -> None:
    rows = _rows(relations_of(text))
    assert [w for w in wanted if w in rows] == wanted, sorted(rows)
    if speaker:
        assert not any(r.startswith(f"{speaker} ACCUSE") for r in rows), sorted(rows)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # an actor described well is no doing praised here
        (
            "Australian Prime Minister Anthony Albanese called Japan a positive partner in the region.",
            ["Anthony Albanese AGREE JPN"],
        ),
        # a meeting named well is no one's doing
        (
            "Vietnam and Laos held talks in Hanoi. Vietnamese Prime Minister Pham Minh Chinh described "
            "the talks as constructive.",
            ["Pham Minh Chinh SUPPORT LAO", "Pham Minh Chinh AGREE LAO"],
        ),
        # a deal named badly still accuses its parties
        (
            "Iran and Russia signed a defence pact. Israeli Prime Minister Benjamin Netanyahu called "
            "the pact dangerous.",
            ["Benjamin Netanyahu SUPPORT IRN", "Benjamin Netanyahu SUPPORT RUS"],
        ),
    ],
)
def test_naming_guards(relations_of: Relations, text: str, unwanted: list[str]) -> None:
    rows = _rows(relations_of(text))
    assert not [u for u in unwanted if u in rows], sorted(rows)


@pytest.mark.parametrize(
    ("text", "speaker", "partner"),
    [
        (
            "Kyrgyzstan and Tajikistan signed a border treaty. Tajik President Emomali Rakhmon hailed "
            "the historic agreement.",
            "Emomali Rakhmon",
            "KGZ",
        ),
        (
            "Kenya and Ethiopia signed a power deal. Kenyan President William Ruto welcomed the deal.",
            "William Ruto",
            "ETH",
        ),
        (
            "Chile and Peru reached a fisheries accord on Monday. Peruvian Foreign Minister Javier "
            "Gonzalez-Olaechea praised the accord.",
            "Javier Gonzalez-Olaechea",
            "CHL",
        ),
        (
            "Egypt and Sudan signed a water pact. Sudanese leader Abdel Fattah al-Burhan applauded the pact.",
            "Abdel Fattah al-Burhan",
            "EGY",
        ),
        (
            "Norway and Iceland signed a fishing agreement in Oslo. Norwegian Prime Minister Jonas Gahr "
            "Store welcomed the agreement on Friday.",
            "Jonas Gahr Store",
            "ISL",
        ),
    ],
)
def test_a_party_welcoming_its_own_deal_commits_to_the_partner(
    relations_of: Relations, text: str, speaker: str, partner: str
) -> None:
    rels = relations_of(text)
    agree = [r for r in rels if r.source_name == speaker and r.type == "AGREE" and r.target_id == partner]
    assert agree and all(r.directed for r in agree), sorted(_rows(rels))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a third party welcoming the deal supports both parties (as before)
        (
            "Qatar and Oman signed a trade deal. Turkish President Recep Tayyip Erdogan welcomed the deal.",
            ["Recep Tayyip Erdogan SUPPORT QAT", "Recep Tayyip Erdogan SUPPORT OMN"],
            ["Recep Tayyip Erdogan AGREE QAT", "Recep Tayyip Erdogan AGREE OMN"],
        ),
        # a party rejecting its own deal answers nobody (as before)
        (
            "Ghana and Togo signed a border treaty. Ghana's president rejected the treaty.",
            [],
            ["GHA REJECT TGO"],
        ),
        # a deal that names its partner is welcomed as before
        (
            "Japanese Prime Minister Fumio Kishida welcomed the agreement with Manila on troop visits.",
            ["Fumio Kishida SUPPORT PHL"],
            ["Fumio Kishida AGREE PHL"],
        ),
    ],
)
def test_welcoming_guards(relations_of: Relations, text: str, wanted: list[str], unwanted: list[str]) -> None:
    rows = _rows(relations_of(text))
    assert [w for w in wanted if w in rows] == wanted, sorted(rows)
    assert not [u for u in unwanted if u in rows], sorted(rows)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ethiopia and Eritrea recalled their ambassadors in 1998.", ("ETH", "ERI")),
        ("Armenia and Azerbaijan withdrew their envoys after the clashes.", ("ARM", "AZE")),
        ("Algeria and Morocco recalled their ambassadors for consultations.", ("DZA", "MAR")),
        ("Qatar and Bahrain recalled their ambassadors in March.", ("QAT", "BHR")),
        ("Colombia and Venezuela have recalled their ambassadors amid the border row.", ("COL", "VEN")),
    ],
)
def test_two_states_recalling_their_ambassadors_withdraw_them_from_each_other(
    coded: Callable[[str], dict[str, set[str]]], text: str, sides: tuple[str, str]
) -> None:
    """The guidelines code withdrawing ambassadors as SANCTION; two states that recall "their"
    ambassadors with no post named recall them from each other."""
    found = coded(text)
    a, b = sides
    assert f"{a} SANCTION {b}" in found and f"{b} SANCTION {a}" in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a post named: recalled from it, not from each other
        (
            "France and Germany recalled their ambassadors to Russia.",
            ["FRA SANCTION RUS", "DEU SANCTION RUS"],
            ["FRA SANCTION DEU", "DEU SANCTION FRA"],
        ),
        (
            "Spain and Portugal recalled their ambassadors from Caracas.",
            ["ESP SANCTION VEN", "PRT SANCTION VEN"],
            ["ESP SANCTION PRT", "PRT SANCTION ESP"],
        ),
        # three states: who recalled from whom is not said
        (
            "Qatar, Saudi Arabia and Bahrain recalled their ambassadors.",
            [],
            ["QAT SANCTION SAU", "SAU SANCTION QAT"],
        ),
        # appointing envoys withdraws nothing
        ("Ghana and Nigeria appointed their ambassadors.", [], ["GHA SANCTION NGA", "NGA SANCTION GHA"]),
    ],
)
def test_recall_guards(
    coded: Callable[[str], dict[str, set[str]]], text: str, wanted: list[str], unwanted: list[str]
) -> None:
    found = coded(text)
    assert [w for w in wanted if w in found] == wanted, sorted(found)
    assert not [u for u in unwanted if u in found], sorted(found)
