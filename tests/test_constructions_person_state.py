"""A person given the wrong state (round 14): a counterpart is of another state than its possessor, and
a person the gazetteer knows keeps its state unless his own title names another.

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording, and guards that nearby constructions keep their state.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _country(text: str, actor_id: str) -> str | None:
    return next(a.country for a in ag.build([text]).actors if a.id == actor_id)


def _visit(host: str, guest: str, state: str, where: str, other: str) -> str:
    return (
        f"President {host} of {state} has visited {where} for talks with his counterpart, "
        "President Amos Kiwe. "
        f"This was President {host.split()[-1]}'s first trip since his election as President of {state}. "
        f"The visit followed a stop in the Republic of {other}, where both President {host.split()[-1]} "
        f"and his counterpart, President {guest}, {{verb}}."
    )


@pytest.mark.parametrize(
    ("text", "person", "possessor_state"),
    [
        (
            _visit("William Ruto", "Chiso Phiri", "Kenya", "Ghana", "Malawi").format(verb="discussed trade"),
            "P_CHISO_PHIRI",
            "KEN",
        ),
        (
            _visit("Emmanuel Macron", "Koffi Adjovi", "France", "Senegal", "Benin").format(
                verb="signed a cultural accord"
            ),
            "P_KOFFI_ADJOVI",
            "FRA",
        ),
        (
            _visit("Lula da Silva", "Ramon Ortega", "Brazil", "Peru", "Bolivia").format(
                verb="opened a bridge on the border"
            ),
            "P_RAMON_ORTEGA",
            "BRA",
        ),
        (
            "Prime Minister Keir Starmer of Britain arrived in Oslo on Monday. It was Prime Minister "
            "Starmer's first trip abroad since his election. Later he flew to the Republic of Estonia, "
            "where both Prime Minister Starmer and his counterpart, Prime Minister Tarvo Saar, "
            "inspected troops.",
            "P_TARVO_SAAR",
            "GBR",
        ),
        (
            "President Cyril Ramaphosa of South Africa visited Namibia on Friday. It was President "
            "Ramaphosa's second visit to the region this year. He then travelled to the Republic of "
            "Botswana, where both President Ramaphosa and his counterpart, President Kagiso Molefe, "
            "launched a rail project.",
            "P_KAGISO_MOLEFE",
            "ZAF",
        ),
    ],
)
def test_a_counterpart_is_not_of_the_possessors_state(text: str, person: str, possessor_state: str) -> None:
    assert _country(text, person) != possessor_state


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Kenyan President William Ruto met his Ghanaian counterpart, President Kofi Mensah, in Accra.",
            "P_KOFI_MENSAH",
            "GHA",
        ),
        (
            "President Emmanuel Macron of France visited Senegal. There, President Macron and his Senegalese "
            "counterpart, President Bassirou Faye, signed a cultural accord.",
            "P_BASSIROU_FAYE",
            "SEN",
        ),
    ],
)
def test_a_counterpart_a_demonym_names_keeps_its_state(text: str, person: str, state: str) -> None:
    assert _country(text, person) == state


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Armenia's foreign ministry said on Monday that Pashinyan and Azerbaijani President Ilham Aliyev "
            "would hold talks. Armenian Foreign Minister Ararat Mirzoyan said the meeting would be in "
            "Brussels. On Tuesday, Armenian television aired a statement which said that Pashinyan and "
            "Azerbaijani President Ilham Aliyev would meet on May 3.",
            "P_ILHAM_ALIYEV",
            "AZE",
        ),
        (
            "The Kremlin said on Friday that Putin and Kazakh President Kassym-Jomart Tokayev would talk. "
            "Russian Foreign Minister Sergey Lavrov said the call would cover energy. Later, Russian "
            "agencies quoted a note which said that Putin and Kazakh President Kassym-Jomart Tokayev had "
            "agreed on a pipeline.",
            "P_TOKAYEV",
            "KAZ",
        ),
        (
            "Hungary's government said on Monday that Orban and Brazilian President Luiz Inacio Lula "
            "da Silva spoke. Hungarian Foreign Minister Peter Szijjarto said the call covered Ukraine. "
            "A statement later said that Orban and Brazilian President Luiz Inacio Lula da Silva "
            "would meet in June.",
            "P_LULA",
            "BRA",
        ),
    ],
)
def test_a_known_person_keeps_his_state_beside_another_leader(text: str, person: str, state: str) -> None:
    assert _country(text, person) == state


def _ids(text: str) -> set[str]:
    return {a.id for a in ag.build([text]).actors}


@pytest.mark.parametrize(
    ("text", "body", "stray"),
    [
        (
            "The Department of Homeland Security said it would keep working with DOJ (Department of "
            "Justice) to defend the policy in court.",
            "USA_DOJ",
            "ORG_DOJ",
        ),
        (
            "DOS (Department of State) warned Mexico that the visas would be revoked.",
            "USA_STATE_DEPARTMENT",
            "ORG_DOS",
        ),
        (
            "Officials said DOD (Department of Defense) would send two ships to Haiti, and DOD later "
            "confirmed the plan.",
            "USA_PENTAGON",
            "ORG_DOD",
        ),
        (
            "DHS (Department of Homeland Security) accused Venezuela of refusing deportation flights.",
            "USA_DHS",
            "ORG_DHS",
        ),
        (
            "The ministry asked DOJ (Department of Justice) investigators to question the Chinese "
            "executives.",
            "USA_DOJ",
            "ORG_DOJ",
        ),
    ],
)
def test_an_acronym_spelled_out_in_brackets_after_it_is_that_body(text: str, body: str, stray: str) -> None:
    ids = _ids(text)
    assert body in ids
    assert stray not in ids


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Polish ambassador to Belarus Jan Kowalski was expelled on Friday.", "P_JAN_KOWALSKI", "POL"),
        (
            "The ministry called in Danish ambassador to Iran Henrik Madsen to protest the arrests.",
            "P_HENRIK_MADSEN",
            "DNK",
        ),
        (
            "Spanish ambassador to Venezuela Carlos Ruiz was told to leave the country.",
            "P_CARLOS_RUIZ",
            "ESP",
        ),
        (
            "The letter was delivered to Italian ambassador to Egypt Marco Bellini, who was summoned to "
            "the ministry.",
            "P_MARCO_BELLINI",
            "ITA",
        ),
        ("Norwegian envoy to Sudan Ola Berg said both sides agreed to a truce.", "P_OLA_BERG", "NOR"),
    ],
)
def test_an_envoy_serves_the_state_that_sends_him_not_the_one_he_is_posted_to(
    text: str, person: str, state: str
) -> None:
    assert _country(text, person) == state


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Tehran summoned Swedish ambassador to Iran Erik Lindqvist after the verdict.",
            "P_ERIK_LINDQVIST",
            "SWE",
        ),
        (
            "Moscow summoned Finnish ambassador to Russia Anna Virtanen on Tuesday.",
            "P_ANNA_VIRTANEN",
            "FIN",
        ),
    ],
)
def test_an_envoy_the_parser_reads_whole_keeps_the_sending_state(text: str, person: str, state: str) -> None:
    assert _country(text, person) == state
