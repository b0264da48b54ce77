"""Flags and dates of an event: negated, hypothetical, reported by whom, and when."""

from __future__ import annotations

import re
from datetime import date as Date

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, accusers, gerund_doer, prep_objects, subjects
from actorgraph.relations.syntax import conjuncts, negated, reduced_relative

__all__ = ["background", "event_date", "flags", "parse_event_date", "to_come"]

#: Future auxiliaries: hypothetical along the clause chain, not from any clause above.
_FUTURE = {"will", "'ll", "wo", "would", "shall"}


def flags(
    anchor: Token, ctx: Context, *, nominal: bool = False, plover: str | None = None
) -> tuple[bool, bool, str | None]:
    """(negated, hypothetical, attributed_to) for the clause of ``anchor``.

    ``nominal``: the event is a noun the anchor verb governs ("proposed new tariffs", "called for
    sanctions"), so a verb of intent, demand or offer makes it hypothetical. ``plover``: the event's
    type; a threat (THREATEN) is made whatever its own "if" or "unless" (``mood_rule``).
    """
    continuing = set(ctx.grammar["mood_rule"]["continuation_verbs"])
    negative = negated(anchor, ctx.negation)
    # "proposed new tariffs", but "the curbs decided by Tokyo": a decision made states its measure
    hypothetical = (
        nominal
        and anchor.pos_ in {"VERB", "AUX"}
        and anchor.lemma_ in ctx.intent
        and not _decided(anchor, ctx)
    )
    # "Amid Chinese pressure on Lithuania, Vilnius sought ...": a fact the clause is set against;
    # "to try to save a truce brokered by X": a settlement made
    set_against = background(anchor, ctx) or _made(anchor, ctx)
    if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in {"dobj", "pobj"} and not set_against:
        # "proposed a ceasefire between X and Y", "called for talks between X and Y"
        governor = anchor.head if anchor.dep_ == "dobj" else anchor.head.head
        hypothetical |= governor.pos_ in {"VERB", "AUX"} and governor.lemma_ in ctx.intent
    attributed: str | None = None
    node = anchor
    # "Somali forces, backed by Kenyan troops, could retake ...", "Saudi Arabia, an ally of Egypt,
    # could ...": a reduced relative or an apposition states a fact whatever the mood of the clause
    # around it (attribution still passes through).
    settled = set_against or _in_force(anchor, ctx)
    # "could overshadow Lula's upcoming visit to X": a measure in force is no event to come by its own
    # words ("upcoming", "planned", "next week's")
    hypothetical = hypothetical or (not set_against and to_come(anchor, ctx))
    if nominal and anchor.pos_ == "VERB" and anchor.lemma_ in ctx.speech:
        # "announced an upcoming summit", "confirmed next week's talks": what a statement reports keeps
        # the time of its own words ("signed a proposed agreement", "held the planned talks" carry it out)
        hypothetical |= any(c.dep_ == "dobj" and to_come(c, ctx) for c in anchor.children)
    past_conjunct = False  # the clause below this node is a past verb conjoined to it
    for _ in range(8):
        # "wants to maintain ties with X", "could keep funding X": what is kept up goes on already
        settled = settled or node.lemma_ in continuing
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in ctx.hypo_aux and child.lower_ not in _FUTURE:
                hypothetical = hypothetical or not settled
            if child.dep_ == "mark" and child.lower_ in ctx.hypo_marks:
                hypothetical = hypothetical or not settled
            if (
                child.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in ctx.hypo_marks for m in child.children)
                and not (node is anchor and plover == "THREATEN")  # "warned X of reprisals if ...": made
            ):
                hypothetical = hypothetical or not settled  # "If talks fail, Turkey will attack ..."
            if child.dep_ == "prep" and child.lower_ == "according":
                for sub in child.subtree:
                    actor = ctx.actors.actor_at(sub)
                    if actor:
                        attributed = attributed or actor
                        break
        if node is not anchor and attributed is None and node.lemma_ in ctx.speech and node.pos_ == "VERB":
            subj, _, _ = subjects(node, ctx)
            if not subj:
                subj, _, _ = prep_objects(node, ("by",), ctx)
            attributed = subj[0] if subj else attributed
        head = node.head
        if head == node:
            break
        if attributed is None and node is anchor and anchor.pos_ == "NOUN":
            # "Lebanon accused Israel of armed aggression": the aggression is Lebanon's claim
            claimants = accusers(anchor, ctx)
            attributed = claimants[0] if claimants else None
        if attributed is None and gerund_doer(node, ctx):
            # "Ukraine accused Russia of shelling the plant": the shelling is Ukraine's claim.
            claimants, _, _ = subjects(head.head, ctx)
            attributed = claimants[0] if claimants else None
        if node.dep_ in {"xcomp", "ccomp"} and head.lemma_ in ctx.intent and not _decision_made(node, ctx):
            hypothetical = hypothetical or not settled  # "plans to deploy", "demanded that Panama cut ties"
        if node.dep_ in {"xcomp", "ccomp"} and head.lemma_ in ctx.negating:
            negative = True
        if _denied_content(node, ctx):
            negative = True  # "Rwanda denied reports that it had sent troops into Congo"
        if (
            node.dep_ == "advcl"
            and node.tag_ in {"VBZ", "VBP"}
            and any(c.dep_ == "mark" and c.lower_ == "before" for c in node.children)
            and not past_conjunct  # "days before X arrives in Y, has raised concerns": a misparse
        ):
            hypothetical = hypothetical or not settled  # "days before its delegation arrives in Togo"
        if node.dep_ in {"acl", "ccomp"} and head.lemma_ in ctx.hypo_heads and head.pos_ == "NOUN":
            hypothetical = hypothetical or not settled
        if node.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_ in ctx.grammar["negating_nouns"]:
            negative = True  # "Hungary's refusal to send weapons", "the failure of X to release Y"
        # "Mongolia, which has close ties with Russia, might ...": a relative clause says what its noun is
        # "the first chance to meet since Chile recalled its ambassador": a past clause of time is a fact
        settled = settled or reduced_relative(node) or node.dep_ in {"appos", "relcl"}
        settled = settled or _past_fact(node, ctx)
        past_conjunct = node.dep_ == "conj" and node.tag_ in {"VBD", "VBN"}
        node = head
    # "will", "would": an act announced for later has not happened, in the writer's voice or a
    # speaker's ("said it would send troops"); read along the clause chain only.
    node = anchor
    for _ in range(4):
        if node.lemma_ in continuing:
            break  # "would maintain its ties with X": what goes on already is no plan
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in node.children):
            hypothetical = True
        if _past_fact(node, ctx):
            break  # "will host a summit, after Greece held talks with Cyprus": the talks were held
        if node.head == node or node.dep_ not in {"xcomp", "conj", "ccomp", "advcl", "acl", "relcl"}:
            break
        if node.dep_ == "xcomp" and node.head.lemma_ in ctx.grammar["speech"]["ongoing_verbs"]:
            break  # "would continue to offer": what goes on already is no plan
        if reduced_relative(node):
            break
        node = node.head
    if attributed is None:
        # a sentence inside a quotation is the quoted speaker's, wherever the attribution stands
        attributed = ctx.discourse.speaker_at(anchor)

    return negative, hypothetical, attributed


def _decided(participle: Token, ctx: Context) -> bool:
    """Whether ``participle`` is the past participle of a verb of decision on its event noun ("the
    curbs decided by Tokyo", "the tariffs agreed by X and Y"): the decision is made, the measure
    stated (``event_mood_rule.decided``; "the tariffs proposed by X" stays a plan)."""
    return (
        participle.tag_ == "VBN"
        and participle.dep_ in {"acl", "amod"}
        and participle.lemma_ in ctx.grammar["event_mood_rule"]["decided"]
    )


def _made(noun: Token, ctx: Context) -> bool:
    """Whether a settlement noun is told as made by a past participle after it, on the noun or on the
    last of its between-parties ("a truce between A and B brokered by X", "the accord signed in 2015",
    "a ceasefire agreed in Doha": ``event_mood_rule.made``); "a truce proposed by X" is no settlement
    made, and an attributive "a Qatar-brokered truce" may be one still wished for."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    holders = [noun]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}):
        for party in (c for c in prep.children if c.dep_ == "pobj"):
            holders += [party, *conjuncts(party)]
    made = ctx.grammar["event_mood_rule"]["made"]
    return any(
        c.dep_ == "acl"
        and c.i > noun.i
        and c.tag_ in {"VBN", "VBD"}  # "the accord signed in 2015", at times tagged a past tense
        and c.lemma_ in made
        and not any(a.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} for a in c.children)
        for holder in holders
        for c in holder.children
    )


def _decision_made(act: Token, ctx: Context) -> bool:
    """Whether ``act`` is the infinitive of a verb of decision in the past ("has decided to expel X",
    "decided to cut ties with Y"): the act is reported as decided, a fact, not a plan
    (``mood_rule.decision_made``; "may decide to", "will decide whether to" are no past, and their
    modals flag the act on their own; "decided that the two sides would meet" tells a plan)."""
    verb = act.head
    return (
        act.dep_ == "xcomp"
        and verb.tag_ in {"VBD", "VBN"}
        and verb.lemma_ in ctx.grammar["mood_rule"]["decision_made"]
    )


def _past_fact(clause: Token, ctx: Context) -> bool:
    """Whether ``clause`` is a clause of time or cause in the past that states a fact whatever the mood
    of the clause it hangs on ("after Greece held talks with Cyprus", "since Chile had recalled its
    ambassador", "when Sudan met South Sudan"; ``mood_rule.fact_marks``): its verb in the simple past or
    the perfect, no modal on it ("after X could meet Y" is no fact)."""
    if clause.dep_ != "advcl":
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxiliaries))
    marks = ctx.grammar["mood_rule"]["fact_marks"]
    return (
        past
        and not any(a.lower_ in ctx.hypo_aux for a in auxiliaries)
        and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
    )


def to_come(noun: Token, ctx: Context) -> bool:
    """Whether an event noun names an event still to come, by its own words or by the tense of the
    clause it is the subject of (``event_mood_rule``).

    Its own words: "an upcoming summit", "a possible deal", "any deal", "the planned visit", "next
    month's talks", "talks next week"; the phrase it is the object of: "ahead of his visit to X", "on
    the eve of talks between X and Y" (``ahead_phrases``). Its clause: the subject of a verb of
    occurrence in the future ("the meeting will take place in X"; "would" in what a verb of speech
    reports, "said talks would resume"; a time phrase of the future on the verb, "talks resume next
    week") or of a word of a timetable ("talks are scheduled for Monday"). The future of any other
    verb is what an existing thing will do ("the tariffs will hurt X"); a participle of decision ("the
    sanctions set by X") is no plan.
    """
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    rule = ctx.grammar["event_mood_rule"]
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in rule["determiners"]:
            return True  # "any deal between X and Y would ...", "will respond to any attack by X"
        if child.dep_ in {"amod", "compound", "nmod"} and (
            child.lower_ in rule["modifiers"]
            or (child.tag_ == "VBN" and child.lemma_ in ctx.intent and child.lemma_ not in rule["decided"])
        ):
            return True
        if (
            child.dep_ in {"poss", "npadvmod", "compound", "nmod"}
            and child.ent_type_ == "DATE"
            and any(t.lower_ in rule["time_words"] for t in child.subtree)
        ):
            return True  # "next month's talks", "tomorrow's meeting", "talks next week"
    if noun.dep_ == "pobj":
        # "ahead of his visit to X", "on the eve of talks between X and Y", "in the run-up to the summit"
        before = noun.doc[max(noun.head.i - 5, 0) : noun.head.i + 1].text.lower()
        return before.endswith(tuple(rule["ahead_phrases"]))
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    if verb.lower_ in rule["timetable_words"] and verb.tag_ in {"VBN", "JJ"}:
        return True  # "talks are scheduled for Monday", "the visit is expected next week"
    occurs = verb.lemma_ in rule["occurrence_verbs"] and (
        verb.lemma_ != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )
    if not occurs:
        return False
    # "would" is the future of the past in what a verb of speech reports ("said talks would resume")
    future = _FUTURE if verb.dep_ == "ccomp" and verb.head.lemma_ in ctx.speech else _FUTURE - {"would"}
    return any(c.dep_ == "aux" and c.lower_ in future for c in verb.children) or any(
        t.ent_type_ == "DATE" and t.lower_ in rule["time_words"]
        for c in verb.children
        if c.dep_ in {"npadvmod", "prep", "advmod"}
        for t in c.subtree
    )  # "talks resume next week", "in the coming days"


def background(noun: Token, ctx: Context) -> bool:
    """Whether an event noun is the object of a phrase that sets a fact as a clause's background:
    "amid", "despite", "following", "in the wake of" (``circumstance_phrases`` in grammar.json)."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "pobj":
        return False
    phrases = ctx.grammar["circumstance_phrases"]
    prep = noun.head
    if prep.lower_ in phrases["preps"]:
        return True
    # "in the wake of X's strikes", "in the aftermath of the invasion"
    return prep.lower_ == "of" and prep.head.lemma_.lower() in phrases["nouns"] and prep.head.dep_ == "pobj"


def _in_force(noun: Token, ctx: Context) -> bool:
    """Whether an event noun names a measure its doer already has in place: the doer is named in the
    noun's own phrase ("U.S. tariffs", "the American embargo") and the first verb above it deals with
    the measure ("cope with", "withstand", "circumvent"), rather than making or proposing it ("impose",
    "threatened", "called for": light and intent verbs)."""
    if noun.pos_ not in {"NOUN", "PROPN"} or not any(
        c.dep_ in {"poss", "compound", "amod", "nmod"} and ctx.actors.actor_at(c) for c in noun.children
    ):
        return False
    node = noun
    for _ in range(6):
        if node.dep_ not in {"dobj", "pobj", "prep", "conj", "appos"} or node.head is node:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            lemma = node.lemma_.lower()
            return lemma not in ctx.light_verbs and lemma not in ctx.intent and lemma not in ctx.negating
    return False


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_DATE_RE = re.compile(
    r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s*(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?)?,?\s*(?P<year>\d{4})?(?!\d)",
)


def parse_event_date(text: str, doc_date: str | None) -> str | None:
    """Read a date phrase ("Aug. 16", "September 30, 2014", "November 2015") as ISO 8601.

    A missing year is taken from the document date (or ``None`` without one).
    """
    m = _DATE_RE.search(text)
    if not m:
        y = re.fullmatch(r"\s*(?:in\s+)?(\d{4})\s*", text)
        return y.group(1) if y else None
    month = _MONTHS[m.group("month")[:3].lower()]
    year = int(m.group("year")) if m.group("year") else None
    if year is None and doc_date and doc_date[:4].isascii() and doc_date[:4].isdigit():
        year = int(doc_date[:4])  # a document dated to the day, the month ("2019-07") or the year
    if year is None:
        return None
    if m.group("day"):
        try:
            return Date(year, month, int(m.group("day"))).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}"


def event_date(anchor: Token, doc_date: str | None) -> str | None:
    node = anchor
    for _ in range(3):
        for child in node.children:
            for tok in (child, *[c for c in child.children if c.dep_ == "pobj"]):
                if tok.ent_type_ == "DATE":
                    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
                    if ent is not None:
                        parsed = parse_event_date(ent.text, doc_date)
                        if parsed:
                            return parsed
        if node.head == node:
            break
        node = node.head
    return doc_date


def _denied_content(node: Token, ctx: Context) -> bool:
    """Whether ``node`` is the clause of a report, claim or allegation that a verb of denial takes as
    its object ("denied reports that it had sent troops", "rejected claims that it had bombed X"): the
    act is denied, as "denied that it had sent troops" (``denied_content_nouns``, ``negating_verbs``)."""
    noun = node.head
    return (
        node.dep_ in {"acl", "ccomp"}
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in ctx.grammar["denied_content_nouns"]
        and noun.dep_ == "dobj"
        and noun.head.lemma_ in ctx.negating
    )
