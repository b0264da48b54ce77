"""One statement, one relation: two rules that read the same words of a sentence as the same event
between the same sides (a verb's pattern and its object noun, "held talks with X" and "talks") make one
relation, not two edges of the graph (``relations._one_reading_each``). Two acts told by other words
("banned and sentenced X") or in opposite directions stay two.

Every sentence here was written for these tests (none comes from a gold file); the five duplicated
readings were checked to come out twice before the change.
"""

from __future__ import annotations

from collections import Counter

import pytest

import actorgraph as ag


def _events(text: str) -> Counter[tuple[str, str, str]]:
    result = ag.build([text], learned=False)
    return Counter(
        (*sorted((r.source_id, r.target_id)), r.type) for r in result.relations if r.type != "AFFILIATION"
    )


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Brazilian Foreign Minister Mauro Vieira held talks with his Argentine counterpart in Buenos"
            " Aires on Tuesday.",
            ("ARG", "P_MAURO_VIEIRA", "CONSULT"),
        ),
        ("Poland imposed sanctions on three Belarusian officials on Friday.", ("BLR", "POL", "SANCTION")),
        ("A court in Ankara ordered the arrest of a Greek journalist.", ("GRC", "TUR_JUD", "COERCE")),
        (
            "Indonesia held a separate meeting with Malaysian officials on the sidelines of the summit.",
            ("IDN", "MYS", "CONSULT"),
        ),
        ("Norway held consultations with Iceland on fishing quotas.", ("ISL", "NOR", "CONSULT")),
    ],
)
def test_one_statement_read_by_two_rules_is_one_relation(text: str, event: tuple[str, str, str]) -> None:
    assert _events(text)[event] == 1


def test_two_acts_told_by_other_words_stay_two() -> None:
    assert (
        _events("Rwanda banned and sentenced a Congolese activist in absentia.")[("COD_OPP", "RWA", "COERCE")]
        == 2
    )


def test_accusations_in_both_directions_stay_two() -> None:
    text = "Serbia accused Kosovo of provocations, and Kosovo accused Serbia of meddling."
    result = ag.build([text], learned=False)
    directed = {(r.source_id, r.target_id) for r in result.relations if r.type == "ACCUSE"}
    assert directed == {("SRB", "KSV"), ("KSV", "SRB")}
