"""Meetings of many: who meets whom when a sentence gathers a list.

"The summit brought together A, B and C", "the talks were attended by delegations from A, B and C",
"the participating countries were A, B and C", "A, B and C were among the countries that attended the
summit": every pair of participants meets (CONSULT, undirected, in the clause's mood), a convener or
host meets each of them, and the subjects of one meeting ("officials from A, B and C met with D") meet
each other too; two of one state are one side. A group's own meeting ("the ASEAN talks bring together
ministers from ...") lists its members and gathers nobody here. A body whose members a phrase lists ("a
committee comprising delegates from A, B and C convened", "after a meeting of the X Commission,
comprising A, B and C") has them meet each other. The word lists are ``gathering_rule`` in
``data/grammar.json``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.discourse.common import state_of
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.syntax import is_passive
from actorgraph.relations.triggers import noun_trigger, verb_trigger

__all__ = ["gathered_meeting", "meet_each_other", "members_meeting", "met_together"]


def _meeting_noun(noun: Token, ctx: Context) -> str | None:
    """What ``noun`` names: "meeting", a meeting of all its participants ("talks", "the summit", "a
    forum"; not "a news conference"), "group", the meeting of a group, whose participants a list
    would name as the group's members ("the ASEAN talks"), or ``None``."""
    rule = ctx.grammar["gathering_rule"]
    if noun.pos_ != "NOUN":
        return None
    found = noun_trigger(noun, ctx.lexicon)
    meeting = (found is not None and found.plover == rule["plover"] and found.symmetric) or (
        noun.lemma_.lower() in rule["meeting_nouns"]
    )
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    if not meeting or any(c.lower_ in rule["press_words"] for c in modifiers):
        return None  # "the press conference was attended by reporters from ..."
    groups = any(ctx.kind(a) == "igo" for c in modifiers for a in np_actors(c, ctx)[0])
    return "group" if groups else "meeting"


def _taking_part(holder: Token, ctx: Context) -> str | None:
    """What a phrase describing participants takes part in ("participants in the talks", "the
    participating countries", "the countries taking part in the dialogue", "states represented at the
    negotiations", "attending the forum"): "meeting", "group" (a group's meeting: "participants in the
    NATO summit") or ``None`` (no such phrase, or what it takes part in is no meeting: "the countries
    attending the World Cup", "the states represented by the law firm")."""
    rule = ctx.grammar["gathering_rule"]
    verbs = rule["taking_part_verbs"]
    if holder.pos_ == "VERB" and holder.lemma_ in verbs:
        takers = [holder]  # "attending the forum were ..."
    else:
        takers = [c for c in holder.children if c.dep_ in {"amod", "acl", "relcl"} and c.lemma_ in verbs]
        if holder.lemma_.lower() in rule["participant_nouns"]:
            takers.append(holder)
    if len(takers) != 1:
        return None
    taker = takers[0]
    if taker.lemma_ == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in taker.children):
        return None
    met = [c for c in taker.children if c.dep_ == "dobj" and c.lower_ != "part"]
    met += [o for p in taker.children if p.dep_ in {"prep", "agent"} for o in p.children if o.dep_ == "pobj"]
    if not met and verbs.get(taker.lemma_.lower(), True):
        return None  # "the states represented by ...", "the participants were ...": of no meeting named
    found = {_meeting_noun(o, ctx) for o in met}
    return "group" if "group" in found else None if None in found else "meeting"


def _meeting_hosts(meeting: Token, ctx: Context) -> list[str]:
    """Who hosts a meeting: the subject of the verb of hosting it is the object of ("Portugal hosted the
    conference, which ..."), or the by-agent of one on it ("the summit, hosted by Ghana"):
    ``hosting_verbs`` of ``gathering_rule``."""
    verbs = ctx.grammar["gathering_rule"]["hosting_verbs"]
    if meeting.dep_ == "dobj" and meeting.head.lemma_ in verbs:
        return subjects(meeting.head, ctx)[0]
    return [
        a
        for c in meeting.children
        if c.dep_ == "acl" and c.lemma_ in verbs
        for a in prep_objects(c, ("by",), ctx)[0]
    ]


def gathered_meeting(verb: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "The summit brought together A, B and C", "the forum gathered ministers of A, B and C", "the talks
    were attended by delegations from A, B and C", "participants in the talks included A, B and C", "the
    participating countries were A, B and C": a verb whose one side is a meeting, or a phrase that
    describes its participants, and whose other lists two or more participants is every pair's meeting,
    in the verb's mood; a convener ("Egypt brought together A, B and C for talks") meets each of them
    too (``gathering_rule`` in grammar.json)."""
    rule = ctx.grammar["gathering_rule"]
    lemma = verb.lemma_.lower()
    passive = is_passive(verb)
    copula = lemma == "be"
    if passive and lemma in rule["passive"]:
        side = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "the summit, attended by": nominal
        listed, tokens, inferred = prep_objects(verb, ("by",), ctx)
    elif not passive and lemma in rule["attending_verbs"]:
        # "twelve countries attended the conference, including A, B and C": the named examples attend
        side = [c for c in verb.children if c.dep_ == "dobj"]
        examples = [
            o
            for m in side
            for p in m.children
            if p.dep_ == "prep" and p.lower_ in ctx.grammar["example_markers"]
            for o in p.children
            if o.dep_ == "pobj"
        ]
        listed = [*subjects(verb, ctx)[0], *(a for o in examples for a in np_actors(o, ctx)[0])]
        tokens, inferred = examples, False
        if not examples:
            return []  # "A, B and C attended the summit": the lexicon's own reading
    elif not passive and (lemma in rule["active"] or copula):
        particle = rule["active"].get(lemma, "")
        if particle and not any(c.lower_ == particle for c in verb.children if c.dep_ in {"advmod", "prt"}):
            return []
        side = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        objects = [c for c in verb.children if c.dep_ in ({"attr", "acomp"} if copula else {"dobj"})]
        among = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among" for o in p.children]
        if copula and not objects and side and among:
            # "A, B and C were among the countries that attended the summit": the subjects are listed
            side, objects = [o for o in among if o.dep_ == "pobj"], side
        if not objects and particle:
            # "brought together Malaysia, Brunei and ...": a name the parser made an adverbial
            objects = [
                c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.pos_ == "PROPN"
            ]
        listed = [a for o in objects for a in np_actors(o, ctx)[0]]
        tokens, inferred = objects, False
    else:
        return []
    listed = list(dict.fromkeys(listed))
    if len(side) != 1 or len(listed) < 2:
        return []
    holder = side[0]
    if holder.tag_ == "WDT" and verb.dep_ == "relcl":
        holder = verb.head  # "the meeting, which included A, B and C"
    hosts: list[str] = []
    meeting = None if copula else _meeting_noun(holder, ctx)
    if lemma in {"include", "be"} and meeting is None:
        meeting = _taking_part(holder, ctx)  # "the participating countries were A, B and C"
    elif meeting is None and lemma in rule["host_verbs"] and not passive:
        hosts = np_actors(holder, ctx)[0]  # "Egypt brought together A, B and C for talks"
        meeting = "meeting" if hosts else None
    if meeting != "meeting":
        return []
    if not hosts:
        hosts = _meeting_hosts(holder, ctx)  # "Portugal hosted the conference, which was attended by"
    trigger = Trigger(lemma, "verb", rule["plover"], rule["cameo"], "meet", (), True, "rule")
    pred = [verb, *tokens]
    confidence = 0.55 if inferred else 0.65
    out = meet_each_other(listed, trigger, pred, sent, verb, ctx, doc_date, confidence)
    guests = [a for a in listed if a not in hosts]
    if hosts and guests:
        out += emit(hosts, guests, trigger, pred, sent, verb, ctx, doc_date, confidence)
    return out


def _described_bodies(verb: Token) -> set[int]:
    """The nouns a verb of membership ("comprising", "made up of", "which includes") may describe: the
    noun the parser hangs it on, and the noun right before the comma it follows, where the parser hung
    it on another word ("a meeting of the X Commission, comprising A, B and C", "of the 'X Platform 3+3,'
    comprising ...")."""
    out = {verb.head.i} if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"} else set()
    start = verb.sent.start
    before = verb.i - 1
    while before > start and verb.doc[before].is_quote:
        before -= 1
    if before <= start or verb.doc[before].text != ",":
        return out
    body = verb.doc[before - 1]
    while body.is_punct and body.i > start:
        body = body.nbor(-1)
    while body.dep_ == "nummod" or (body.dep_ in {"compound", "flat"} and body.head.i > body.i):
        body = body.head  # "the X Platform 3+3": the name before its number
    return out | {body.i} if body.pos_ in {"NOUN", "PROPN"} else out


def listed_members(body: Token, ctx: Context) -> list[str]:
    """The actors a phrase of membership on ``body`` lists ("comprising A, B and C", "consisting of
    envoys from A and B", "made up of A and B", "which includes experts from A and B"; ``member_verbs``
    of ``gathering_rule``, each with the preposition it needs); none for a count ("comprising 12
    states")."""
    verbs = ctx.grammar["gathering_rule"]["member_verbs"]
    out: list[str] = []
    for verb in body.sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in verbs or body.i not in _described_bodies(verb):
            continue
        if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue  # "made up of": "made" alone is no membership
        if lemma == "include" and verb.dep_ != "relcl":
            continue  # "including A and B" names examples, not the members
        prep = verbs[lemma]
        objects = (
            # "comprising Armenia, ...": a name the parser may make an adverbial
            [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN")]
            if not prep
            else [o for p in verb.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children]
        )
        # "comprising delegates from A, B and C": the parser hangs the "from" on the verb
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
        out += [a for o in objects if o.dep_ in {"pobj", "dobj", "npadvmod"} for a in np_actors(o, ctx)[0]]
    return list(dict.fromkeys(out))


def members_meeting(token: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "A committee comprising delegates from A, B and C convened", "the contact group, made up of A, B
    and C, met", "the mechanism, composed of officers from A and B, held its first meeting", "after a
    meeting of the X Commission, comprising A, B and C": the members a body's phrase lists meet each
    other where the body meets (the subject of a verb of meeting, or of one whose object is a meeting)
    or where a meeting "of" it is told, in that word's mood."""
    rule = ctx.grammar["gathering_rule"]
    if token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if objects:  # "held its first meeting"
            meets = token.lemma_ in ctx.grammar["light_verbs"] and all(
                _meeting_noun(o, ctx) == "meeting" for o in objects
            )
        else:  # "met", "convened", "gathered"
            found = verb_trigger(token, ctx.lexicon)
            meets = (found is not None and found[0].plover == rule["plover"] and found[0].symmetric) or (
                token.lemma_ in rule["active"] and not rule["active"][token.lemma_]
            )
        bodies = [c for c in token.children if c.dep_ == "nsubj"] if meets else []
        pred = [token, *objects]
    elif token.pos_ == "NOUN" and _meeting_noun(token, ctx) == "meeting":
        bodies = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        pred = [token]
    else:
        return []
    members = [a for b in bodies if b.dep_ in {"nsubj", "pobj"} for a in listed_members(b, ctx)]
    if len(members) < 2:
        return []
    pos = "verb" if token.pos_ == "VERB" else "noun"
    trigger = Trigger(token.lemma_, pos, rule["plover"], rule["cameo"], "meet", (), True, "rule")
    return meet_each_other(members, trigger, pred, sent, token, ctx, doc_date, 0.55)


def meet_each_other(
    actors: list[str],
    trigger: Trigger,
    pred: list[Token],
    sent: Span,
    anchor: Token,
    ctx: Context,
    doc_date: str | None,
    confidence: float,
) -> list[Candidate]:
    """Every pair of ``actors`` at one meeting, but two of one state ("Rubio and US senators" are one
    side of it, no meeting of their own)."""

    out: list[Candidate] = []
    for i, one in enumerate(actors):
        for other in actors[i + 1 :]:
            if state_of(ctx, one) != state_of(ctx, other):
                out += emit([one], [other], trigger, pred, sent, anchor, ctx, doc_date, confidence)
    return out


def met_together(verb: Token, trigger: Trigger, sources: list[str], ctx: Context) -> bool:
    """Whether two or more subjects of a meeting verb were in one meeting ("A, B and C met with D"),
    not apart ("met separately", "each met", ``apart_words`` of ``gathering_rule``)."""
    rule = ctx.grammar["gathering_rule"]
    if len(sources) < 2 or trigger.plover != rule["plover"] or not trigger.symmetric or trigger.pos != "verb":
        return False
    return not any(
        t.lower_ in rule["apart_words"] for t in verb.subtree if t.dep_ in {"advmod", "det", "appos"}
    )
