"""Where an event noun stands in its clause: who takes part in the meeting it names, the verb that receives
it or talks about it, the meeting it is the occasion of, the list it is in, the act it carries ("the
imposition of [sanctions]"), the plan or request it is proposed in, the use or grievance it is the
object of.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import (
    Context,
    governing_verb,
    subjects,
)
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.common import event_noun
from actorgraph.relations.syntax import (
    conjuncts,
    listed_gerund,
    pobjects,
)
from actorgraph.relations.triggers import COOPERATIVE_TYPES, noun_trigger

__all__ = ["names_it"]


def _participants(noun: Token, ctx: Context) -> tuple[list[str], Token | None]:
    """Who takes part in the meeting ``noun`` names, and the verb of taking part ("Qatar took part in
    talks between ...", "Norway participated in the talks", "joined the talks": ``participation_rule``
    in ``data/grammar.json``); nobody where no verb of taking part governs the noun."""
    verb = governing_verb(noun)
    rule = ctx.grammar["participation_rule"]
    if verb is None or verb.lemma_ not in rule["verbs"]:
        return [], None
    if verb.lemma_ == "take" and not any(
        c.dep_ == "dobj" and c.lower_ == rule["take_object"] for c in verb.children
    ):
        return [], None  # "took the talks seriously"
    return subjects(verb, ctx)[0], verb


def _proposed(noun: Token, ctx: Context) -> bool:
    """Whether an event noun is what a plan, a proposal, a prospect or a request names ("the proposal
    for EU sanctions on Belarus", "the prospect of Chinese strikes", "the request for Japanese aid"):
    its "for" or "of" object, under a noun of ``hypothetical_heads`` or ``asking_nouns`` in
    grammar.json, or of a type that is not yet real (a request, an agreement)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "of"} or noun.head.head.pos_ != "NOUN":
        return False
    head = noun.head.head
    lemma = head.lemma_.lower()
    if lemma in ctx.hypo_heads or lemma in ctx.grammar["asking_nouns"]:
        return True
    own = noun_trigger(head, ctx.lexicon)
    return own is not None and own.plover in {"REQUEST", "AGREE"}


def _list_mates(noun: Token, ctx: Context) -> tuple[list[Token], list[Token]]:
    """The event nouns (or gerunds) listed with ``noun`` before it and after it ("Israeli airstrikes
    and shelling on Gaza", "Russian shelling, drone attacks and missile strikes on X")."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "VERB"}:
        head = head.head
    if head is noun and not any(c.dep_ == "conj" for c in noun.children):
        return [], []
    items = [head, *(t for t in conjuncts(head) if t.pos_ in {"NOUN", "VERB"})]
    items = [t for t in items if t.tag_ == "VBG" or (t.pos_ == "NOUN" and event_noun(t, ctx))]
    if noun not in items:
        return [], []
    return [t for t in items if t.i < noun.i], [t for t in items if t.i > noun.i]


def _slot(noun: Token, ctx: Context) -> Token:
    """The noun that stands in the clause for ``noun``: the series it is counted in ("a wave of
    [airstrikes]", "a barrage of missile and drone [attacks]"; ``series_nouns`` in grammar.json), else
    ``noun`` itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        series = noun.head.head
        if series.pos_ == "NOUN" and series.lemma_.lower() in ctx.grammar["series_nouns"]:
            return series
    return noun


def _receiver(noun: Token, trigger: Trigger, ctx: Context) -> Token | None:
    """The verb whose subject receives, faces or suffers the event ``noun`` names ("won support from
    X", "endured a wave of airstrikes by X"), or whose subject is an act the event reacts to
    ("Russia's annexation of Crimea drew criticism from X": ``reaction_rule`` in grammar.json)."""
    slot = _slot(noun, ctx)
    while slot.dep_ == "conj" and slot.head.pos_ in {"NOUN", "VERB"}:
        slot = slot.head  # a list's later item: the list stands where its first item does
    verb = slot.head
    listed = listed_gerund(slot) and slot.dep_ in {"advcl", "xcomp"}  # "faced [shelling], airstrikes"
    rule = ctx.grammar["reaction_rule"]
    if slot.dep_ == "pobj" and slot.head.lower_ in rule["suffered_preps"] and verb.dep_ == "prep":
        # "India is suffering from US tariffs", "suffered under sanctions imposed by X" (acc-referents)
        verb = verb.head
        return verb if verb.pos_ == "VERB" and verb.lemma_ in rule["sufferers"] else None
    if not (slot.dep_ == "dobj" or listed) or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lemma_ in ctx.receive_verbs or (verb.lemma_ in rule["verbs"] and trigger.plover in rule["types"]):
        return verb
    return None


def _carried_act(noun: Token, ctx: Context) -> tuple[Token | None, Trigger | None]:
    """The act a noun made from a verb (``nominal_verbs`` in grammar.json) carries in its "of" phrase,
    with that act's own trigger: "the imposition of [sanctions]", "the resumption of [aid]", "the
    lifting of [restrictions]"; ``(None, None)`` when the "of" object is no event noun."""
    if noun.lemma_.lower() not in ctx.grammar["nominal_verbs"]:
        return None, None
    for obj in pobjects(noun, "of"):
        if obj.pos_ == "NOUN" and (own := ctx.lexicon.noun(obj.lemma_.lower())) is not None:
            return obj, own
    return None, None


def _topic(
    noun: Token, trigger: Trigger, governing: Token | None, participle: Token | None, ctx: Context
) -> bool:
    """Whether an event noun is what a verb of talking is about ("discussed the war", "talked about the
    blockade"; ``topic_verbs``), or what a meeting noun or a noun of prospects is about ("held talks on
    trade cooperation", "considered prospects for X's cooperation with Y"; ``_noun_topic``: cooperative
    acts only, as sought or weighed), not a meeting itself."""
    if trigger.plover in COOPERATIVE_TYPES - {"CONSULT"} and _noun_topic(noun, ctx):
        return True  # "consultations on the duties imposed by X" keep the duties: a fact talked about
    return (
        governing is not None
        and participle is None
        and trigger.plover != "CONSULT"
        and governing.lemma_.lower() in ctx.grammar["topic_verbs"]
    )


def _noun_topic(noun: Token, ctx: Context) -> bool:
    """Whether ``noun`` is the object of an "on"/"about" phrase of a meeting noun ("talks on
    cooperation", "a meeting about aid") or of a "for"/"of" phrase of a noun of prospects ("prospects
    for cooperation", "the potential for trade"; ``topic_nouns`` in grammar.json)."""
    rule = ctx.grammar["topic_nouns"]
    prep = noun.head
    over = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or over.pos_ != "NOUN":
        return False
    if prep.lower_ in rule["prospect_preps"]:
        return over.lemma_.lower() in rule["prospects"]
    if prep.lower_ not in rule["meeting_preps"]:
        return False
    meeting = noun_trigger(over, ctx.lexicon)
    return meeting is not None and meeting.plover == "CONSULT"


def _circumstance(
    noun: Token, trigger: Trigger, governing: Token | None, over: Trigger | None, ctx: Context
) -> bool:
    """Whether a meeting noun is the occasion of another act ("assured Ethiopia in a phone call",
    "pressed Argentina during talks"), not what the act is about."""
    return (
        trigger.plover == "CONSULT"
        and (over is None or over.plover != "CONSULT")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ctx.occasion_preps
        and governing is not None
        and governing.i == noun.head.head.i
    )


def _one_meeting(noun: Token, trigger: Trigger, governing: Token | None, ctx: Context) -> bool:
    """Whether the people a meeting noun is "with" all meet: one meeting, or talks someone hosts."""
    if trigger.plover != "CONSULT" or not trigger.symmetric:
        return False
    if governing is not None and governing.lemma_ in ctx.convening_verbs:
        return True
    return noun.tag_ == "NN" and trigger.mode == "meet"


def _used_in(noun: Token, ctx: Context) -> Token | None:
    """The noun of using whose "of" object ``noun`` is ("the Chinese coast guard's [use] of water
    cannon against X"; ``use_nouns`` in grammar.json), else ``None``."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    use = noun.head.head
    return use if use.pos_ == "NOUN" and use.lemma_.lower() in ctx.grammar["use_nouns"]["nouns"] else None


def _grievance(noun: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether ``noun`` is a hostile act a clause is over or about ("lodged a protest over the killing
    of ...", "summoned the envoy over the seizure of ..."; ``grievance_rule`` in grammar.json): a reason
    of the clause's act, no act of its subject (not "preside over official talks"); so is one in any
    phrase of a noun of disapproval ("expressed condemnation of the harassment of X's boats", "voiced
    outrage at the shooting of ...": whom the noun disapproves of did it, not its speaker)."""
    rule = ctx.grammar["grievance_rule"]
    if noun.dep_ != "pobj" or trigger.plover not in rule["types"]:
        return False
    if noun.head.lower_ in rule["preps"]:
        return True
    holder = noun.head.head if noun.head.dep_ == "prep" else None
    found = noun_trigger(holder, ctx.lexicon) if holder is not None and holder.pos_ == "NOUN" else None
    return found is not None and found.plover == "ACCUSE"


def names_it(verb: Token, ctx: Context) -> bool:
    """Whether a verb names its object as something ("called the detention unacceptable"); not
    "called on X, Y and Z to ...", whatever the parser makes of the list (acc-discourse)."""
    if any(c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1 for c in verb.children):
        return False
    return verb.lemma_ in ctx.naming_verbs and any(c.dep_ in {"oprd", "acomp"} for c in verb.children)
