"""Implicit parties (round 15): a visit that names its visitor and not where it went.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]
Coded = Callable[[str], dict[str, set[str]]]
RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


# --- a visit with no destination goes where the story's visit went ---------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # another visitor "also made the trip"
        (
            "Spain's foreign minister visited Morocco on Monday. Portugal's foreign minister also made"
            " the trip later in the week.",
            ["PRT CONSULT MAR"],
        ),
        # a visit verb with no object
        (
            "Japanese Prime Minister Fumio Kishida travelled to Vietnam in November. South Korean"
            " President Yoon Suk Yeol visited in June.",
            ["KOR CONSULT VNM"],
        ),
        # "the first visit to X by ... since ..., when Y visited"
        (
            "The trip was the first visit to Egypt by a Turkish leader since 2012, when the Qatari emir"
            " visited for talks.",
            ["QAT CONSULT EGY"],
        ),
        # a visit to come
        (
            "Chancellor Olaf Scholz flew to Beijing on Thursday. France's president will visit in the"
            " spring.",
            ["FRA CONSULT CHN"],
        ),
        # "paying visits", several visitors
        (
            "Norway's foreign minister arrived in Nairobi on Tuesday. Danish and Swedish ministers have"
            " also been paying visits this year.",
            ["DNK CONSULT KEN", "SWE CONSULT KEN"],
        ),
    ],
)
def test_a_visit_without_destination_goes_where_the_last_visit_went(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, want=tuple(wanted))


# --- the visitor's own visit: the side they met or were received by -----------------------------


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Indian Prime Minister Narendra Modi met Egyptian President Abdel Fattah el-Sisi in Cairo on"
            " Sunday. During his visit, Modi also laid a wreath at a war memorial.",
            "Modi",
            "EGY",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping"
            " on Friday. Lula's visit ended with a state banquet.",
            "Lula",
            "CHN",
        ),
        (
            "South African President Cyril Ramaphosa hosted Kenyan President William Ruto in Pretoria."
            " The visit of Ruto was his first since taking office.",
            "Ruto",
            "ZAF",
        ),
        (
            "Ursula von der Leyen met Moldovan President Maia Sandu in Chisinau on Thursday. During her"
            " trip, von der Leyen announced a growth plan.",
            "Leyen",
            "MDA",
        ),
        (
            "Turkish Foreign Minister Hakan Fidan held talks with Iraqi Prime Minister Mohammed Shia"
            " al-Sudani on Monday. Fidan's visit came a week after a drone strike near the border.",
            "Fidan",
            "IRQ",
        ),
    ],
)
def test_a_visitors_visit_goes_to_whom_they_met(
    relations_of: RelationsOf, text: str, visitor: str, host: str
) -> None:
    found = {(r.source_name, r.type, r.target_id) for r in relations_of(text)}
    assert any(visitor in s and t == "CONSULT" and h == host for s, t, h in found), sorted(found)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a destination the visit names, even one that is no actor, is where it went
        (
            "Egypt's foreign minister visited Jordan on Monday. His Saudi counterpart's trip to the"
            " region follows next week.",
            ["SAU CONSULT JOR"],
        ),
        # going home is no visit to the last host
        (
            "Vietnam's president visited Laos on Monday. Cambodia's prime minister travelled home on"
            " Tuesday.",
            ["KHM CONSULT LAO"],
        ),
        # a visit too far back names no host
        (
            "Chile's foreign minister visited Peru on Monday. Peru and Chile have disputed their sea"
            " border for decades. Fishing fleets of both states work the area. Prices of anchovy rose"
            " this year. Exports to China fell. The Argentine foreign minister visited on Friday.",
            ["ARG CONSULT PER"],
        ),
    ],
)
def test_a_visit_without_destination_stays_without_a_wrong_host(
    expect: Expect, text: str, unwanted: list[str]
) -> None:
    expect(text, not_want=tuple(unwanted))


# --- "A and B urged both sides to ...": the pair is not the clause's own subject ----------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ethiopia and Eritrea clashed along the border on Friday. Kenya and Uganda urged both sides"
            " to hold talks.",
            ["KEN REQUEST ETH", "KEN REQUEST ERI", "UGA REQUEST ERI"],
        ),
        (
            "Armenian and Azerbaijani troops exchanged fire overnight. France and Germany called on the"
            " two countries to resume negotiations.",
            ["FRA REQUEST ARM", "DEU REQUEST AZE"],
        ),
        (
            "Thailand and Cambodia traded artillery fire on Thursday. Malaysia and Indonesia asked the"
            " two neighbours to agree to a truce.",
            ["MYS REQUEST THA", "IDN REQUEST KHM"],
        ),
        (
            "Serbia and Kosovo blamed each other for the violence. The European Union and the United"
            " States pressed both countries to de-escalate.",
            ["EU REQUEST SRB", "USA REQUEST KSV"],
        ),
        (
            "Venezuela and Guyana traded accusations over the Essequibo region. Brazil and Colombia"
            " urged both sides to settle the dispute peacefully.",
            ["BRA REQUEST VEN", "COL REQUEST GUY"],
        ),
    ],
)
def test_a_pair_is_not_the_clause_subject_list(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # no pair before: the subject's own list is still no pair of its object
        (
            "Brazil and Colombia urged both sides to settle the dispute peacefully.",
            ["BRA REQUEST COL", "COL REQUEST BRA"],
        ),
        # "between the two countries" after a subject list is that list, not the pair before
        (
            "Sudan and South Sudan held talks in Juba. Egypt and Ethiopia later pledged to expand trade"
            " between the two countries.",
            ["EGY COOPERATE SDN", "ETH COOPERATE SSD"],
        ),
    ],
)
def test_a_subject_list_is_no_pair_of_its_object(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))


def test_the_two_sides_as_subject_stay_the_pair_before(expect: Expect) -> None:
    """The subject is the pair itself: nothing of its own clause is left out."""
    expect(
        "Egypt and Sudan signed a water deal on Monday. The two sides agreed to meet again in May.",
        want=("EGY CONSULT SDN",),
    )


# --- "X was received by Y": the host's visit, as "Y received X" -------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kenyan President William Ruto was received by South African President Cyril Ramaphosa in"
            " Pretoria.",
            ["ZAF CONSULT KEN"],
        ),
        (
            "Later that day, Foreign Minister Hakan Fidan was received by Iraqi Prime Minister Mohammed"
            " Shia al-Sudani.",
            ["IRQ CONSULT TUR"],
        ),
        (
            "Indonesian President Prabowo Subianto was warmly received by Chinese President Xi Jinping at"
            " the Great Hall of the People.",
            ["CHN CONSULT IDN"],
        ),
        (
            "On arrival, Brazilian President Luiz Inacio Lula da Silva was received by Saudi Crown Prince"
            " Mohammed bin Salman in Riyadh.",
            ["SAU CONSULT BRA"],
        ),
        (
            "Hungarian Prime Minister Viktor Orban, who was received by Russian President Vladimir Putin"
            " in the Kremlin, called for a ceasefire.",
            ["RUS CONSULT HUN"],
        ),
    ],
)
def test_received_by_is_hosted_by(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a thing received is no guest
        (
            "Israel's proposal was received by Egyptian President Abdel Fattah el-Sisi with caution.",
            ["EGY CONSULT ISR"],
        ),
        # a state received by a body is no visit of a person
        (
            "Ukraine's application was received by the European Union in February.",
            ["EU CONSULT UKR"],
        ),
    ],
)
def test_a_thing_received_is_no_guest(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))


# --- the leader of a delegation, and a companion, take part in its meeting --------------------------


def _takes_part(found: tuple[ag.Relation, ...], person: str, other: str) -> bool:
    return any(
        r.type == "CONSULT"
        and (
            (person in r.source_name and other in {r.target_id, r.target_country})
            or (person in r.target_name and other in {r.source_id, r.source_country})
        )
        for r in found
    )


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        (
            "A Colombian delegation, led by Foreign Minister Luis Gilberto Murillo, met Ecuador's"
            " foreign minister in Quito on Monday.",
            "Murillo",
            "ECU",
        ),
        (
            "India and China held a new round of border talks on Sunday. The Indian delegation was led"
            " by Foreign Secretary Vikram Misri.",
            "Misri",
            "CHN",
        ),
        (
            "The Turkish delegation, headed by Foreign Minister Hakan Fidan, held talks with Syrian"
            " President Ahmed al-Sharaa in Damascus.",
            "Fidan",
            "SYR",
        ),
        (
            "Japan and South Korea resumed security talks in Seoul on Friday. Tokyo's delegation was"
            " headed by Vice Foreign Minister Masataka Okano.",
            "Okano",
            "KOR",
        ),
        (
            "A Sudanese delegation led by Finance Minister Jibril Ibrahim held talks with Egypt in Cairo"
            " on Sunday.",
            "Jibril",
            "EGY",
        ),
        # a companion
        (
            "Chinese President Xi Jinping visited Serbia on Tuesday. He was accompanied by Foreign"
            " Minister Wang Yi.",
            "Wang",
            "SRB",
        ),
        (
            "During her visit to Tunisia, Ursula von der Leyen was accompanied by Italian Prime Minister"
            " Giorgia Meloni.",
            "Meloni",
            "TUN",
        ),
        (
            "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis"
            " Ababa on Monday. Ruto was accompanied by Kenyan Foreign Minister Musalia Mudavadi.",
            "Mudavadi",
            "ETH",
        ),
        (
            "German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi in New Delhi,"
            " accompanied by Economy Minister Robert Habeck.",
            "Habeck",
            "IND",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday. He was joined"
            " by Foreign Minister Mauro Vieira.",
            "Vieira",
            "CHN",
        ),
    ],
)
def test_a_delegations_leader_or_a_companion_takes_part_in_its_meeting(
    relations_of: RelationsOf, text: str, person: str, other: str
) -> None:
    found = relations_of(text)
    assert _takes_part(found, person, other), [(r.source_name, r.type, r.target_id) for r in found]


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        # no meeting told: the delegation's leader meets no one
        (
            "The Indian delegation was led by Foreign Secretary Vikram Misri. Trade with China fell"
            " last year.",
            "Misri",
            "CHN",
        ),
        # a companion of an attack takes part in no meeting
        (
            "Chinese President Xi Jinping visited Serbia in May. Russian troops shelled Kharkiv on"
            " Friday, accompanied by Defence Minister Andrei Belousov.",
            "Belousov",
            "SRB",
        ),
    ],
)
def test_no_meeting_no_companion(relations_of: RelationsOf, text: str, person: str, other: str) -> None:
    found = relations_of(text)
    assert not _takes_part(found, person, other), [(r.source_name, r.type, r.target_id) for r in found]


# --- a call for restraint or a truce with no fight told: both sides of the last dispute -------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ethiopia accused Eritrea of massing troops on the border. Kenya called for restraint.",
            ["KEN REQUEST ETH", "KEN REQUEST ERI"],
        ),
        (
            "Venezuela threatened to annex the Essequibo region of Guyana. Brazil called for dialogue and"
            " restraint on Friday.",
            ["BRA REQUEST VEN", "BRA REQUEST GUY"],
        ),
        (
            "Somalia accused Ethiopia of violating its sovereignty. The African Union called on Wednesday"
            " for restraint and dialogue.",
            ["AU REQUEST SOM", "AU REQUEST ETH"],
        ),
        (
            "Serbia accused Kosovo of provocations in the north. The European Union appealed for calm and"
            " restraint.",
            ["EU REQUEST SRB", "EU REQUEST KSV"],
        ),
        (
            "India accused Pakistan of sheltering militants, and Islamabad rejected the charge. Qatar"
            " appealed for restraint.",
            ["QAT REQUEST IND", "QAT REQUEST PAK"],
        ),
    ],
)
def test_a_call_for_restraint_goes_to_the_last_dispute(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a disputant's own call asks no one of its own dispute
        (
            "Ethiopia accused Eritrea of massing troops on the border. Eritrea called for restraint.",
            ["ERI REQUEST ETH"],
        ),
        # a dispute too far back is no longer the one called off
        (
            "Ethiopia accused Eritrea of massing troops on the border. Coffee exports rose in May. Addis"
            " Ababa opened a new rail line. Rains were heavy this year. A marathon was held in the"
            " capital. Prices of teff fell. Kenya called for restraint.",
            ["KEN REQUEST ETH"],
        ),
    ],
)
def test_a_call_for_restraint_without_a_dispute_asks_no_one(
    expect: Expect, text: str, unwanted: list[str]
) -> None:
    expect(text, not_want=tuple(unwanted))


def test_a_fight_told_later_is_still_the_one_called_off(expect: Expect) -> None:
    """The dispute is only the fallback: a fight the story tells after the call is the one called off."""
    expect(
        "Egypt called for restraint on Monday. Sudan's army shelled RSF positions in Khartoum.",
        want=("EGY REQUEST SDN",),
    )


# --- those present at a meeting meet its parties ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Armenia and Azerbaijan will hold talks in Abu Dhabi next week. The foreign ministers of"
            " France and Germany will also be present.",
            ["FRA CONSULT ARM", "DEU CONSULT AZE"],
        ),
        (
            "Qatar hosted talks on Sunday where envoys from Israel and Egypt were in attendance.",
            ["QAT CONSULT ISR", "QAT CONSULT EGY"],
        ),
        (
            "Serbia's president met Hungary's prime minister in Belgrade on Monday. Officials from"
            " Slovakia were also present.",
            ["SVK CONSULT SRB", "SVK CONSULT HUN"],
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman received Jordan's King Abdullah in Riyadh. Kuwait's"
            " foreign minister was also in attendance.",
            ["KWT CONSULT SAU", "KWT CONSULT JOR"],
        ),
        (
            "Chile's president held talks with Peru's president in Lima. Those in attendance included"
            " the foreign ministers of Bolivia and Ecuador.",
            ["BOL CONSULT CHL", "ECU CONSULT PER"],
        ),
        # a meeting of one side that met no one named
        (
            "Heads of state from the Southern African Development Community met in Harare on Friday."
            " Those in attendance included the presidents of Zambia and Malawi.",
            ["ZMB CONSULT SADC", "MWI CONSULT SADC"],
        ),
    ],
)
def test_those_present_meet_the_meetings_parties(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # present somewhere is no presence at a meeting
        (
            "Turkey and Syria held talks in Moscow. Russian troops remain present in northern Syria.",
            ["RUS CONSULT TUR"],
        ),
        # no meeting told: those present meet no one
        (
            "Fighting resumed near Goma on Monday. Observers from Angola were present.",
            ["AGO CONSULT COD"],
        ),
    ],
)
def test_presence_without_a_meeting_is_no_meeting(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))
