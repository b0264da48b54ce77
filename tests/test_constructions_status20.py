"""A decision made states its act (round 20): "Peru has decided to expel Bolivia's ambassador",
"Ghana decided to suspend imports from Togo": a verb of decision in the past (``decision_made`` in
grammar.json's ``mood_rule``) reports the act decided, which the guidelines code as done, not as a
plan, as "the curbs decided by Tokyo" already states its measure. Guards: a decision still to come
("may decide to", "will decide whether to") and what the decided act itself plans ("decided that the
two sides would meet") stay hypothetical, and so does any other verb of intent ("plans to").
Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str, bool]]:
    res = ag.build(texts=[text], learned=False)
    return {
        (r.source_id, r.type, r.target_id, r.hypothetical) for r in res.relations if r.type != "AFFILIATION"
    }


def _flags(text: str, source: str, target: str) -> set[bool]:
    return {e[3] for e in _events(text) if {e[0], e[2]} == {source, target}}


DECIDED = [
    # (text, source, target)
    ("Peru has decided to expel Bolivia's ambassador over the border dispute.", "PER", "BOL"),
    ("On Friday Ghana decided to suspend all imports from Togo.", "GHA", "TGO"),
    ("Kenya's cabinet said it had decided to send police officers to Haiti.", "KEN", "HTI"),
    ("The Swedish government decided to impose sanctions on Belarus last month.", "SWE", "BLR"),
    ("Morocco unanimously decided to cut diplomatic ties with Iran in 2018.", "MAR", "IRN"),
]


@pytest.mark.parametrize(("text", "source", "target"), DECIDED)
def test_an_act_decided_is_stated(text: str, source: str, target: str) -> None:
    assert _flags(text, source, target) == {False}, _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru may decide to expel Bolivia's ambassador over the border dispute.",
        "Ghana will decide next week whether to suspend imports from Togo.",
        "Sweden plans to impose sanctions on Belarus.",
    ],
)
def test_a_decision_to_come_stays_a_plan(text: str) -> None:
    events = _events(text)
    assert events and all(e[3] for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "It was decided that Chile and Peru would hold talks every year.",
        "It was decided that the two sides would hold regular negotiations between Chile and Peru.",
    ],
)
def test_what_the_decision_plans_stays_a_plan(text: str) -> None:
    assert _flags(text, "CHL", "PER") == {True}, _events(text)


# A clause of time or cause in the past states a fact, whatever the mood of the clause it hangs on
# ("Turkey will host talks, after Greece held talks with Cyprus", "the first chance to meet since Chile
# recalled its ambassador"): neither the future, a modal, a verb of intent nor a hypothetical head
# above it reaches it (``mood_rule.fact_marks``). Guards: "if" with a past verb stays hypothetical, and a
# clause of time in the present ("after Bolivia recalls ...") belongs to the plan.
PAST_CLAUSES = [
    # (text, source, target)
    ("Turkey will host a summit next month, after Greece held talks with Cyprus last week.", "GRC", "CYP"),
    ("It was the first chance to meet since Chile recalled its ambassador from Peru.", "CHL", "PER"),
    (
        "Japan may send more aid to Vietnam, weeks after China attacked Vietnamese fishing boats.",
        "CHN",
        "VNM",
    ),
    ("Seoul would consider new talks, after North Korea fired missiles at Japan on Sunday.", "PRK", "JPN"),
    ("Norway would host the talks, as it did when Sudan met South Sudan in 2012.", "SDN", "SSD"),
]


@pytest.mark.parametrize(("text", "source", "target"), PAST_CLAUSES)
def test_a_past_clause_of_time_is_stated(text: str, source: str, target: str) -> None:
    assert _flags(text, source, target) == {False}, _events(text)


def test_a_past_condition_stays_hypothetical() -> None:
    text = "If Ghana imposed tariffs on Togo, Benin would protest."
    assert _flags(text, "GHA", "TGO") == {True}, _events(text)


def test_a_present_clause_of_time_belongs_to_the_plan() -> None:
    text = "Peru will expel Bolivia's envoy after Bolivia recalls its ambassador from Peru."
    assert _flags(text, "BOL", "PER") == {True}, _events(text)


# An event ahead of which something happens is still to come ("ahead of his state visit to Bolivia",
# "on the eve of talks between India and Nepal", "in the run-up to the summit", "days before its
# delegation arrives in Togo": ``event_mood_rule.ahead_phrases``, a "before" clause in the present).
# Guards: what follows an event, or a "before" clause in the past, is told as done.
AHEAD = [
    # (text, source, target)
    ("Chile's president arrived in Lima ahead of his state visit to Bolivia.", "CHL", "BOL"),
    ("Ghana unveiled a new trade plan days before its delegation arrives in Togo.", "GHA", "TGO"),
    (
        "Kenya's foreign minister spoke to reporters ahead of his talks with Somalia's president.",
        "KEN",
        "SOM",
    ),
    ("In the run-up to the summit between Canada and Mexico, Canada named a new envoy.", "CAN", "MEX"),
    ("Nepal freed two Indian fishermen on the eve of talks between India and Nepal.", "IND", "NPL"),
]


@pytest.mark.parametrize(("text", "source", "target"), AHEAD)
def test_an_event_ahead_is_to_come(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert any({e[0], e[2]} == {source, target} and e[1] == "CONSULT" and e[3] for e in events), events
    assert not any({e[0], e[2]} == {source, target} and e[1] == "CONSULT" and not e[3] for e in events), (
        events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign minister spoke to reporters after his talks with Somalia's president.",
        "Before Peru's president visited Chile last year, the two states signed a trade deal.",
    ],
)
def test_an_event_told_as_done_stays_stated(text: str) -> None:
    events = _events(text)
    assert events and not any(e[1] == "CONSULT" and e[3] for e in events), events


def test_a_past_verb_the_parser_joins_to_a_before_clause_is_not_to_come() -> None:
    text = (
        "The move comes days before the Kenyan delegation, including its foreign minister, arrives in "
        "Mogadishu, has raised concerns in Ethiopia about the possibility of an Egyptian military presence."
    )
    assert not any(e[1] == "ACCUSE" and e[3] for e in _events(text)), _events(text)
