"""How a learned row is presented: whether the sentence it cites states an act between its two actors.

The texts are our own (no annotated set's sentence). A learned row whose sentence has no word of the
lexicon joining the two ("X said Y had a bright future", "Y did not respond to X's offer") keeps its row,
with a confidence under ``UNSTATED_BELOW`` that the tables and the page read. In the STATED texts two
actors the rules relate nowhere are named in two sentences, one stating an act between them and one not;
citing the first (and taking its type) was measured and not shipped (strict xfail below).
"""

from __future__ import annotations

import pytest

import actorgraph as ag
from actorgraph.model import SUGGESTED_BELOW, Relation
from actorgraph.relations import LEARNED_CONFIDENCE, UNSTATED_BELOW, UNSTATED_CONFIDENCE
from actorgraph.relations.learned.pairs import default_model


def _learned(text: str) -> list[Relation]:
    result = ag.build(texts=[text], learned=True)
    return [r for r in result.relations if r.type != "AFFILIATION" and r.confidence < SUGGESTED_BELOW]


def _row(rows: list[Relation], one: str, other: str) -> Relation:
    found = [r for r in rows if {r.source_id, r.target_id} == {one, other}]
    assert len(found) == 1, [(r.source_id, r.type, r.target_id) for r in rows]
    return found[0]


# (text, one side, the other, the words of the sentence the row must cite, its type)
STATED = [
    (
        "Serbian President Aleksandar Vucic on Friday extended an olive branch to his Croatian "
        "counterpart Zoran Milanovic in a bid to end a quarrel over war memorials. Milanovic, who spoke "
        "afterwards, did not publicly answer Vucic's gesture, but kept a cool tone. Both capitals stayed "
        "quiet on Saturday.",
        "P_VUCIC",
        "P_MILANOVIC",
        "extended an olive branch",
        "SUPPORT",
    ),
    (
        "Prime Minister Christopher Luxon flew into Samoa on Thursday for a round of talks with Prime "
        "Minister Fiame Naomi Mata'afa about a policing agreement. Luxon said it was perfectly "
        "understandable that the Samoan government wanted more time on the pact. The pact covers training"
        " and equipment.",
        "P_LUXON",
        "WSM",
        "flew into Samoa",
        "CONSULT",
    ),
    (
        "Egyptian President Abdel Fattah al-Sisi on Sunday extended an olive branch to Ethiopian Prime "
        "Minister Abiy Ahmed in a bid to end the dam dispute. Abiy, who spoke later, did not respond to "
        "Sisi's overture, but struck a firm tone. The Nile talks have stalled for years.",
        "P_SISI",
        "P_ABIY",
        "extended an olive branch",
        "SUPPORT",
    ),
    (
        "Indonesian President Prabowo Subianto travelled to Dili on Wednesday for talks with "
        "Timor-Leste's Prime Minister Xanana Gusmao on border markers. Prabowo said it was natural that "
        "the Timorese government wanted a longer process. Coffee exports were discussed too.",
        "P_PRABOWO",
        "TLS",
        "travelled to Dili",
        "CONSULT",
    ),
    (
        "Argentine President Javier Milei on Monday extended an olive branch to his Chilean counterpart "
        "Gabriel Boric in a bid to end a feud over fishing rights. Boric, who spoke later, did not "
        "publicly respond to Milei's offer, but sounded a defiant note. Fishing boats stayed in port on "
        "Tuesday.",
        "P_MILEI",
        "P_BORIC",
        "extended an olive branch",
        "SUPPORT",
    ),
]

# (text, one side, the other): no sentence has a word of the lexicon joining the two
UNSTATED = [
    (
        "Malaysian Prime Minister Anwar Ibrahim said Brunei had long been a quiet neighbour on the island"
        " of Borneo. Anwar said the Bruneian people were close to Malaysians. Trade is growing.",
        "P_ANWAR_IBRAHIM",
        "BRN",
    ),
    (
        "Moroccan King Mohammed VI said the people of Senegal were close to his heart. Mohammed VI flew "
        "to Dakar at the head of a large delegation to attend Senegal's independence celebrations. Trade "
        "deals were expected.",
        "MAR",
        "SEN",
    ),
    (
        "Turkish President Recep Tayyip Erdogan said the people of Azerbaijan were like brothers to the "
        "Turks. Erdogan said Azerbaijan had a bright future. Markets were calm.",
        "P_ERDOGAN",
        "AZE",
    ),
    (
        "Kenyan President William Ruto said Uganda had long been a good neighbour to Kenyans. Ruto said "
        "the Ugandan people were dear to him. Trade is growing.",
        "P_RUTO",
        "UGA",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="measured, not shipped: citing the pair's sentence whose word at the two's lowest common ancestor "
    "has the type model's type (else the most probable sentence) made 32 of the studied sets' 301 learned "
    "rows cite another sentence, by hand 14 better and 6 worse, but cost typed items (unstudied pooled "
    "631 of 632, studied 1989 of 1993); with any word on the path, 21 better and 9 worse of 51, typed "
    "629 of 632 unstudied (/work/notes/r20/learned/NOTES.md)",
)
@pytest.mark.parametrize(("text", "one", "other", "words", "kind"), STATED)
def test_a_learned_row_cites_the_sentence_whose_words_state_the_act(
    text: str, one: str, other: str, words: str, kind: str
) -> None:
    """Not the sentence the pair model scores highest ("did not respond to X's offer", "X said it was
    natural that ..."), but the one with a word joining the two whose type the type model agrees with."""
    row = _row(_learned(text), one, other)
    assert words in row.sentence
    assert row.type == kind


def test_a_learned_row_whose_sentence_states_an_act_keeps_the_learned_band() -> None:
    """Guard: "Abiy did not respond to Sisi's overture" has a word of the lexicon ("overture") joining the
    two, so its row stays in the upper learned band."""
    text, one, other, _, _ = STATED[2]
    row = _row(_learned(text), one, other)
    assert "did not respond to Sisi's overture" in row.sentence
    assert UNSTATED_BELOW <= row.confidence < SUGGESTED_BELOW


@pytest.mark.parametrize(
    ("text", "one", "other"), UNSTATED + [(t, a, b) for t, a, b, _, _ in STATED[:2] + STATED[3:]]
)
def test_a_learned_row_with_no_act_word_in_its_sentence_is_marked_by_its_confidence(
    text: str, one: str, other: str
) -> None:
    row = _row(_learned(text), one, other)
    assert 0 < row.confidence < UNSTATED_BELOW


def test_the_rules_rows_beside_an_unstated_learned_row_keep_their_confidence() -> None:
    """Guard: Mohammed VI's visit is the rules' (flew to Dakar to attend ...), not the model's."""
    result = ag.build(texts=[UNSTATED[1][0]], learned=True)
    visit = [r for r in result.relations if (r.source_id, r.target_id) == ("P_MOHAMMED_VI", "SEN")]
    assert visit and all(r.type == "CONSULT" and r.confidence >= SUGGESTED_BELOW for r in visit)


def test_the_two_learned_bands_do_not_overlap_at_the_shipped_threshold() -> None:
    """Every stated learned row reaches UNSTATED_BELOW (the model's threshold times LEARNED_CONFIDENCE,
    rounded as the rows are), every unstated one stays under it."""
    threshold = default_model().pair.threshold
    assert round(LEARNED_CONFIDENCE * threshold, 2) >= UNSTATED_BELOW
    assert round(UNSTATED_CONFIDENCE * 1.0, 2) < UNSTATED_BELOW
