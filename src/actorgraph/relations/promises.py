"""What a promise or a commitment is coded as: the act promised, where the guidelines code that act.

An intent to cooperate, meet, talk or deepen ties is an agreement (AGREE, PLOVER's future commitment).
A promise of aid or backing is coded as the act promised, as a planned meeting is a hypothetical CONSULT
and a vow of force a threat (``promised_act_rule`` in grammar.json):

* a verb of promising and its act, "pledged to provide aid to X", "offered to send relief to X": AID;
  and one whose object is the aid itself, money, a loan, funding or people sent, "pledged $50 million to
  X", "promised a loan to X", "pledged 300 troops to X", "offered development assistance to X": AID
  (``promised_aid``; CAMEO codes some as a commitment, 033, and "pledge" bare as one);
  "vowed to support X": SUPPORT (the act, hypothetical, as a vow to condemn or to reject already is);
  an offer or a proposal to meet, "offered to host talks between A and B", "proposed to hold talks
  with X": the planned meeting, CONSULT (a pledge or an agreement to meet stays a commitment);
* future aid announced, "X will send rescue teams to Y", "said it would provide aid to Y": the aid
  alone (hypothetical), no commitment beside it (``relations/speech/pledges.py``; "will support the
  resolution" stays a commitment);
* a commitment noun whose "to" names such an act, "its commitment to provide X with aid": that act; one
  whose "to" names a cause and no act, "its commitment to the defence of X", "to X's sovereignty",
  "to the Pacific Alliance": backing of it (SUPPORT).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from actorgraph.relations.lexicon import Lexicon, Trigger
from actorgraph.relations.syntax import pobjects

__all__ = [
    "announced_types",
    "answered_type",
    "committed_cause",
    "offered_meeting",
    "promised_act",
    "promised_aid",
    "promised_types",
]


def promised_types(grammar: dict[str, Any]) -> frozenset[str]:
    """The types of acts a promise of them is coded as."""
    return frozenset(grammar["promised_act_rule"]["types"])


def announced_types(grammar: dict[str, Any]) -> frozenset[str]:
    """The types of future acts whose announcement is the act alone, no commitment beside it."""
    return frozenset(grammar["promised_act_rule"]["announced_types"])


def offered_meeting(trig: Trigger, grammar: dict[str, Any]) -> bool:
    """Whether ``trig`` is an offer or a proposal read as the meeting it plans ("offered to host talks",
    ``promised_act_rule.offered_meeting``): it reports its complement, and what it plans is hypothetical."""
    offered = grammar["promised_act_rule"]["offered_meeting"]
    return trig.trigger in offered["verbs"] and trig.plover in offered["types"]


def answered_type(trig: Trigger, grammar: dict[str, Any]) -> str:
    """The type later replies answer ``trig`` as: an offered meeting is still the offer, AGREE ("Kenya
    offered to host the talks. Ethiopia declined.": Ethiopia rejects Kenya's offer); else its own."""
    return "AGREE" if offered_meeting(trig, grammar) else trig.plover


def promised_act(trig: Trigger, acts: Iterable[Trigger | None], grammar: dict[str, Any]) -> Trigger:
    """``trig`` (a commitment, AGREE) as the first of ``acts`` (the triggers of the acts promised) whose
    type the guidelines code for its promise; else ``trig``."""
    acts = list(acts)
    offered = grammar["promised_act_rule"]["offered_meeting"]
    if trig.trigger in offered["verbs"]:
        meeting = next((a for a in acts if a is not None and a.plover in offered["types"]), None)
        if meeting is not None:
            # "offered to host talks between A and B": the planned meeting, no commitment beside it;
            # whom the offer names (not the act's mode: "host" reads its place as the one visited)
            return replace(trig, plover=meeting.plover, cameo=meeting.cameo, source="rule")
    kinds = promised_types(grammar)
    act = next((a for a in acts if a is not None and a.plover in kinds), None)
    if act is None:
        return trig
    return replace(trig, plover=act.plover, cameo=act.cameo, mode=act.mode, source="rule")


def _aid_noun(noun: Token, lexicon: Lexicon, rule: dict[str, Any]) -> Trigger | None:
    """The aid ``noun`` names, if any: money ("$50 million", "40 million euros": ``aid_object.currencies``
    where the tagger sees no sum), a noun the lexicon
    codes as aid, alone or with its modifier ("a loan", "military assistance"), people sent
    (``aid_object.personnel``: "300 troops", "police officers")."""
    lemma = noun.lemma_.lower()
    mods = [c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}]
    for form in (*(f"{m} {lemma}" for m in mods), lemma):
        found = lexicon.noun(form)
        if found is not None and found.plover == rule["plover"]:
            return found
    if noun.ent_type_ == "MONEY" or lemma in rule["currencies"] or lemma in rule["personnel"]:
        return Trigger(lemma, "noun", rule["plover"], rule["cameo"], "", (), False, "rule")
    return None


def promised_aid(verb: Token, lexicon: Lexicon, grammar: dict[str, Any]) -> Trigger | None:
    """ "pledged $50 million to X", "promised a loan to X", "pledged 300 troops to X", "committed funding
    to X": a verb of promising (``promised_act_rule.aid_object.verbs``) whose direct object (or that
    object's "of" noun, "a commitment of $200 million") is aid is that aid promised, to the "to"/"for"
    object or the one offered it ("offered Chavez asylum"); else None."""
    rule = grammar["promised_act_rule"]["aid_object"]
    if verb.lemma_.lower() not in rule["verbs"]:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in objects for o in pobjects(c, "of")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    aid = next((a for o in objects if (a := _aid_noun(o, lexicon, rule)) is not None), None)
    if aid is None:
        return None
    target = ("dobj", *rule["target"])
    return Trigger(verb.lemma_.lower(), "verb", aid.plover, aid.cameo, "", target, False, "rule")


def _committed_to(noun: Token) -> tuple[list[Token], list[Token]]:
    """The nouns and the verbs a commitment is "to": "to the defence of X" (a noun), "to strengthening
    ties" (a gerund), "to provide X with aid" (an infinitive the parser hangs on the noun)."""
    nouns: list[Token] = []
    verbs: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            for o in c.children:
                if o.dep_ == "pobj":
                    nouns.append(o)
                elif o.dep_ == "pcomp":
                    verbs.append(o)
        elif c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
            verbs.append(c)
    return nouns, verbs


def committed_cause(
    trig: Trigger,
    noun: Token,
    read_noun: Callable[[Token], Trigger | None],
    read_verb: Callable[[Token], Trigger | None],
    grammar: dict[str, Any],
) -> Trigger:
    """``trig``, the commitment noun ``noun`` (one of ``promised_act_rule.nouns``), as what it is "to":
    the act promised where the guidelines code it, backing (SUPPORT) where it names a cause and no act
    (a noun no trigger reads); else ``trig`` ("commitment to strengthening cooperation with X": AGREE)."""
    rule = grammar["promised_act_rule"]
    if trig.plover != "AGREE" or noun.lemma_.lower() not in rule["nouns"]:
        return trig
    nouns, verbs = _committed_to(noun)
    if not nouns and not verbs:
        return trig
    acts = [*(read_verb(v) for v in verbs), *(read_noun(n) for n in nouns if n.pos_ == "NOUN")]
    named = [a for a in acts if a is not None]
    if named or verbs:
        # an act promised: "to provide X with aid" (AID), "to expanding trade with X" (AGREE)
        return promised_act(trig, named, grammar)
    cause = rule["cause"]
    return replace(trig, plover=cause["plover"], cameo=cause["cameo"], mode="", source="rule")
