"""The word lists the speech rules read (the ``speech`` entry of ``data/grammar.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.relations.lexicon import Trigger

__all__ = ["Words", "word_lists"]


@dataclass(frozen=True, slots=True)
class Words:
    """Word lists and rule triggers of the speech rules, loaded once."""

    speech: frozenset[str]
    negative_verbs: frozenset[str]
    negative_adjectives: frozenset[str]
    negative_nouns: frozenset[str]
    obligation_verbs: frozenset[str]
    obligation_passives: frozenset[str]
    obligation_nouns: frozenset[str]
    obligation_aux: frozenset[str]
    future_aux: frozenset[str]
    possibility_aux: frozenset[str]
    threat_speech: frozenset[str]
    retaliation_verbs: frozenset[str]
    retaliation_objects: frozenset[str]
    threat_predicates: dict[str, frozenset[str]]
    commitment_types: frozenset[str]
    coercive_types: frozenset[str]
    claimed_types: frozenset[str]
    reporting_sectors: frozenset[str]
    naming: frozenset[str]
    commentators: frozenset[str]
    ongoing: frozenset[str]
    speaker_pronouns: frozenset[str]
    informants: frozenset[str]
    wrongdoing: frozenset[str]
    cognition: frozenset[str]
    recognition: frozenset[str]
    reason_marks: frozenset[str]
    withdrawal_verbs: frozenset[str]
    yield_verbs: frozenset[str]
    relation_nouns: frozenset[str]
    answered: frozenset[str]
    interviewers: frozenset[str]
    forecasts: frozenset[str]
    rebuttal_nouns: frozenset[str]
    rebuttal_verbs: frozenset[str]
    charge_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    claim_voicing: frozenset[str]
    positive_adjectives: frozenset[str]
    positive_nouns: frozenset[str]
    voiced_types: frozenset[str]
    rules: dict[str, Trigger]


@cache
def word_lists() -> Words:
    """The speech word lists (read once)."""
    g = read_grammar()
    s: dict[str, Any] = g["speech"]

    def rule(key: str) -> Trigger:
        return Trigger("said", "verb", s[key]["plover"], s[key]["cameo"], "", ("dobj",), False, "rule")

    return Words(
        speech=frozenset(g["speech_verbs"]) | frozenset(g["quote_verbs"]) | frozenset(s["statement_verbs"]),
        negative_verbs=frozenset(s["negative_verbs"]),
        negative_adjectives=frozenset(s["negative_adjectives"]),
        negative_nouns=frozenset(s["negative_nouns"]),
        obligation_verbs=frozenset(s["obligation_verbs"]),
        obligation_passives=frozenset(s["obligation_passives"]),
        obligation_nouns=frozenset(s["obligation_nouns"]),
        obligation_aux=frozenset(g["demand_modals"]) | {"ought"},
        future_aux=frozenset(s["future_aux"]),
        possibility_aux=frozenset(s["possibility_aux"]),
        threat_speech=frozenset(s["threat_speech_verbs"]),
        retaliation_verbs=frozenset(s["retaliation_verbs"]),
        retaliation_objects=frozenset(s["retaliation_objects"]),
        threat_predicates={k: frozenset(v) for k, v in s["threat_predicates"].items()},
        commitment_types=frozenset(s["commitment_types"]),
        coercive_types=frozenset(s["coercive_types"]),
        claimed_types=frozenset(s["claimed_types"]),
        reporting_sectors=frozenset(s["reporting_sectors"]),
        naming=frozenset(s["naming_verbs"]),
        commentators=frozenset(s["commentator_words"]),
        ongoing=frozenset(s["ongoing_verbs"]),
        speaker_pronouns=frozenset(g["pronouns_speaker"]) | {"it"},
        informants=frozenset(s["informant_heads"]),
        wrongdoing=frozenset(s["wrongdoing_verbs"]),
        cognition=frozenset(s["cognition_verbs"]),
        recognition=frozenset(s["recognition_verbs"]),
        reason_marks=frozenset(s["reason_marks"]),
        withdrawal_verbs=frozenset(s["withdrawal_verbs"]),
        yield_verbs=frozenset(s["yield_verbs"]),
        relation_nouns=frozenset(s["relation_nouns"]),
        answered=frozenset(s["answered_types"]),
        interviewers=frozenset(g["interview_nouns"]),
        forecasts=frozenset(g["forecast_verbs"]),
        rebuttal_nouns=frozenset(s["rebuttal_nouns"]),
        rebuttal_verbs=frozenset(s["rebuttal_verbs"]),
        charge_verbs=frozenset(s["charge_verbs"]),
        claim_nouns=frozenset(s["claim_nouns"]),
        claim_voicing=frozenset(s["claim_voicing_verbs"]),
        positive_adjectives=frozenset(s["positive_adjectives"]),
        positive_nouns=frozenset(s["positive_nouns"]),
        voiced_types=frozenset(s["voiced_types"]),
        rules={
            "ACCUSE": rule("accuse_rule"),
            "THREATEN": rule("threaten_rule"),
            "AGREE": rule("commit_rule"),
            "REQUEST": rule("request_rule"),
            "REJECT": rule("reject_rule"),
            "SUPPORT": rule("praise_rule"),
        },
    )
