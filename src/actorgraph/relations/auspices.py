"""Who stands behind another's act: the one who asked or invited, the mediator, a standing body's parties.

"Kenya sent police to Haiti at the request of Port-au-Prince" (Haiti asks Kenya: REQUEST), "X arrived
in Seoul at the invitation of Y" (Y asks X, and hosts the visit: CONSULT), "talks mediated by the
African Union", "will meet Y in Nairobi, which is mediated by X" (the mediator meets each side),
"a Russia-brokered ceasefire", "a truce brokered under US mediation" (the mediator meets the
settlement's parties: a truce that names none, the two sides of the last fight, who agree it),
"the 10th session of the Joint Commission between A and B" (A and B meet). The word lists are
``auspices_rule`` in ``data/grammar.json``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, governing_verb, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.modality import flags, to_come
from actorgraph.relations.syntax import is_passive, pobjects
from actorgraph.relations.triggers import noun_trigger, verb_trigger

__all__ = ["behest", "mediated", "meeting_noun", "meeting_sides", "standing_body"]

_MEETING = "CONSULT"
_NAMING_VERBS = frozenset({"call", "know", "name", "dub", "title"})


def _trigger(word: str, plover: str, cameo: str, *, symmetric: bool) -> Trigger:
    return Trigger(word, "noun", plover, cameo, "", (), symmetric, "rule")


def _doers_of(clause: Token, ctx: Context) -> list[str]:
    """Who does what ``clause`` tells: a verb's subjects (a passive's own subject: "police were sent
    to Haiti"), or the actors a noun's own phrase names ("the presence of Chinese police")."""
    if clause.pos_ in {"VERB", "AUX"}:
        if is_passive(clause):
            return [a for c in clause.children if c.dep_ == "nsubjpass" for a in np_actors(c, ctx)[0]]
        return subjects(clause, ctx)[0]
    found: list[str] = []
    for tok in clause.subtree:
        if tok.dep_ in {"poss", "amod", "compound", "nmod", "pobj"} and tok.head.pos_ == "NOUN":
            found += [a for a in np_actors(tok, ctx)[0] if a not in found]
    return found


def behest(noun: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "at the request of X", "upon the invitation of X", "at X's invitation": X asks the clause's
    doers (REQUEST); an inviter also hosts a visit or meeting the clause tells (CONSULT)."""
    rule = ctx.grammar["auspices_rule"]
    lemma = noun.lemma_.lower()
    prep = noun.head
    if lemma not in rule["behest_nouns"] or noun.dep_ != "pobj" or prep.lower_ not in rule["behest_preps"]:
        return []
    askers, tokens, _ = prep_objects(noun, ("of",), ctx)
    if not askers:
        # "at Egypt's invitation", "at the Haitian government's request": the possessor asks
        owners = [c for c in noun.children if c.dep_ == "poss"]
        askers, tokens = [a for c in owners for a in np_actors(c, ctx)[0]], owners
    clause = prep.head
    if not askers or clause.pos_ not in {"VERB", "AUX", "NOUN"}:
        return []
    if clause.pos_ == "NOUN" and clause.dep_ == "pobj" and clause.head.head.pos_ == "NOUN":
        clause = clause.head.head  # "the extension of the presence of X at the request of Y"
    doers = [a for a in _doers_of(clause, ctx) if a not in askers]
    if not doers:
        return []
    ask = _trigger(lemma, rule["behest_nouns"][lemma], rule["request_cameo"], symmetric=False)
    pred = [prep, noun, *tokens]
    out = emit(askers, doers, ask, pred, sent, noun, ctx, doc_date, 0.6, modal=(False, False))
    meeting = verb_trigger(clause, ctx.lexicon) if clause.pos_ in {"VERB", "AUX"} else None
    if lemma in rule["hosting_nouns"] and meeting is not None and meeting[0].plover == _MEETING:
        # "arrived in Seoul at the invitation of Y": the host meets the guest, in the visit's mood
        host = _trigger(lemma, _MEETING, rule["host_cameo"], symmetric=True)
        out += emit(askers, doers, host, [clause, *pred], sent, clause, ctx, doc_date, 0.6)
    return out


def meeting_noun(noun: Token, ctx: Context) -> bool:
    """Whether ``noun`` names a meeting: a noun the lexicon codes CONSULT for both sides, or one of
    ``gathering_rule["meeting_nouns"]``."""
    found = noun_trigger(noun, ctx.lexicon)
    meeting = found is not None and found.plover == _MEETING and found.symmetric
    return meeting or noun.lemma_.lower() in ctx.grammar["gathering_rule"]["meeting_nouns"]


def meeting_sides(meeting: Token, ctx: Context) -> tuple[list[str], Token | None]:
    """The parties of a meeting (a noun's between-parties, else the doers of the clause it hangs
    under) or of a clause of meeting (its subjects and whom they meet), with the clause."""
    if meeting.pos_ == "NOUN":
        between = prep_objects(meeting, ("between", "among"), ctx)[0]
        if len(between) > 1:
            return between, meeting
        verb = governing_verb(meeting)
        if verb is None and meeting.dep_ == "pobj" and meeting.head.head.pos_ in {"VERB", "AUX"}:
            verb = meeting.head.head  # "signed a deal after negotiations mediated by X"
        return (meeting_sides(verb, ctx)[0], verb) if verb is not None else ([], None)
    found = list(subjects(meeting, ctx)[0])
    for child in meeting.children:
        if child.dep_ == "dobj":
            found += np_actors(child, ctx)[0]
    found += prep_objects(meeting, ("with",), ctx)[0]
    return list(dict.fromkeys(found)), meeting


def mediated(verb: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate] | None:
    """ "talks mediated by X", "in Quito, which is mediated by X": the mediator meets each side of
    the meeting (CONSULT); ``None`` where ``verb`` is no such participle or relative."""
    rule = ctx.grammar["auspices_rule"]
    lemma = verb.lemma_.lower()
    if lemma in ctx.mediating_verbs or lemma in rule["settlement_sponsors"]:
        # "a deal brokered by X", "the accord, sponsored by X", "the pact was facilitated by X"
        settlement = _brokered_settlement(verb, rule["settlement_nouns"])
        if settlement is not None:
            found = _brokered(verb, settlement, *_mediators(verb, ctx), sent, ctx, doc_date)
            return found if found or settlement.i == verb.head.i else None
    if lemma in rule["hosting_participles"]:
        return _hosted(verb, sent, ctx, doc_date) or None
    if lemma not in ctx.mediating_verbs:
        return None
    if _passive_meeting(verb, ctx) is not None:
        # "the talks between A and B were mediated by X": the mediator meets each side
        return _hosted(verb, sent, ctx, doc_date, cameo=rule["mediate_cameo"]) or None
    if verb.dep_ == "amod" and meeting_noun(verb.head, ctx):
        # "Norway-facilitated negotiations between A and B": the mediator meets each side
        return _hosted(verb, sent, ctx, doc_date, cameo=rule["mediate_cameo"]) or None
    if not is_passive(verb):
        # "Russia brokered a truce on Sunday": a truce that names no party (else the lexicon's verb)
        truce = next((c for c in verb.children if c.dep_ == "dobj" and ctx.discourse.is_truce(c)), None)
        if truce is not None and not prep_objects(truce, ("between", "among", "with"), ctx)[0]:
            found = _brokered(verb, truce, subjects(verb, ctx)[0], [], sent, ctx, doc_date)
            return found or None
    if not is_passive(verb) or verb.dep_ not in {"acl", "relcl"}:
        return None
    mediators, tokens, _ = prep_objects(verb, ("by",), ctx)
    if not mediators:
        return None
    head = verb.head
    if meeting_noun(head, ctx):
        sides, clause = meeting_sides(head, ctx)
    elif verb.dep_ == "relcl" and (ctx.actors.place_at(head) or head.ent_type_ in {"GPE", "LOC", "FAC"}):
        # "will meet Y in Quito, Ecuador, which is mediated by X": the relative is on the place, the
        # mediation on the meeting its phrase belongs to
        node = head
        for _ in range(4):  # "meet Y in Quito": place, preposition, (object,) verb
            if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
                break
            node = node.head
        meeting = verb_trigger(node, ctx.lexicon) if node.pos_ in {"VERB", "AUX"} else None
        if meeting is None or meeting[0].plover != _MEETING:
            return None
        sides, clause = meeting_sides(node, ctx)
    else:
        return None
    sides = [s for s in sides if s not in mediators]
    if not sides or clause is None:
        return []
    meet = _trigger(verb.lemma_.lower(), _MEETING, rule["mediate_cameo"], symmetric=True)
    return emit(mediators, sides, meet, [verb, *tokens], sent, clause, ctx, doc_date, 0.6)


def _brokered_settlement(verb: Token, settlements: list[str]) -> Token | None:
    """The settlement a participle of brokering is on ("a truce brokered by X", "the accord, which was
    sponsored by X"), or the subject of such a passive ("the pact was facilitated by X")."""
    if verb.dep_ in {"acl", "amod", "relcl"} and verb.head.lemma_.lower() in settlements:
        return verb.head
    if not is_passive(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in settlements), None)


def _hosted(
    verb: Token, sent: Span, ctx: Context, doc_date: str | None, *, cameo: str | None = None
) -> list[Candidate]:
    """ "A and B reached a deal during talks hosted by X", "a summit organized by X", "a meeting
    between A and B, convened by X", "A's talks with B, organised by X", "the AU-sponsored talks
    between A and B" (the host hyphened before the participle): the host meets each side of the
    meeting the participle hangs on (its possessor and "with" party, its between-parties, else the
    doers of a clause of meeting or agreeing it hangs under: "Israel struck Gaza during talks hosted by
    Egypt" says nothing of who attended); ``cameo`` for a mediator's ("Norway-facilitated talks")."""
    rule = ctx.grammar["auspices_rule"]
    subject = _passive_meeting(verb, ctx)  # "the talks between A and B were hosted by X"
    meeting = verb.head if subject is None else subject
    while meeting.dep_ == "conj" and meeting.head.i != meeting.i:
        meeting = meeting.head
    if meeting.dep_ == "pobj" and meeting.head.lower_ in {"between", "among", "with"}:
        meeting = meeting.head.head  # "a meeting between A and B, organised by X": hung on B
    attributive = verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.head.i == meeting.i
    relative = subject is not None or (is_passive(verb) and verb.dep_ in {"acl", "relcl"})
    if not (relative or attributive) or not meeting_noun(meeting, ctx):
        return []
    hosts, tokens, _ = prep_objects(verb, ("by",), ctx) if relative else ([], [], False)
    if attributive:
        hosts, tokens = _hyphened(verb, ctx)
    # "A's talks with B, hosted by X": the noun's own parties, else its between-parties or clause's
    own = [a for c in meeting.children if c.dep_ == "poss" for a in np_actors(c, ctx)[0]]
    partners = prep_objects(meeting, ("with",), ctx)[0]
    sides, clause = (own + partners, meeting) if own and partners else meeting_sides(meeting, ctx)
    if subject is not None:
        if clause is None or clause.i != meeting.i:
            # no between-parties: those its own words name ("talks, called the Belgrade-Pristina
            # Dialogue, were convened by X"), else, under a fronted participle, the last meeting the
            # story told ("A and B met. Mediated by X, the meeting lasted ..."; a passive clause's
            # is the noun rules' work: nominal same_event)
            sides = _named_sides(meeting, ctx)
            if not sides and verb.dep_ == "advcl":
                sides = ctx.discourse.same_event(meeting, verb, hosts)
        clause = meeting
    if not hosts or clause is None:
        return []
    # "A and B resumed AU-sponsored talks": the meeting is what a light verb's doers hold
    held = meeting.dep_ == "dobj" and meeting.head.i == clause.i and clause.lemma_ in ctx.light_verbs
    if clause.i != meeting.i and not held:
        told = verb_trigger(clause, ctx.lexicon)
        if told is None or told[0].plover not in rule["hosted_clause_types"]:
            return []
    sides = [s for s in sides if s not in hosts]
    host = _trigger(verb.lemma_.lower(), _MEETING, cameo or rule["host_cameo"], symmetric=True)
    # a reduced relative states a fact whatever the clause around it ("agreed to meet again after talks
    # organized by X", "had pledged ... during talks hosted by X"), unless the meeting is still to come
    negated, hypothetical, _ = flags(verb, ctx)
    modal = (negated, hypothetical or to_come(meeting, ctx))
    return (
        emit(hosts, sides, host, [verb, *tokens], sent, verb, ctx, doc_date, 0.6, modal=modal)
        if sides
        else []
    )


def _passive_meeting(verb: Token, ctx: Context) -> Token | None:
    """The meeting a passive clause of hosting or mediating tells of as its subject ("the talks were
    hosted by X", "a summit between A and B will be convened by X"); ``None`` for any other clause."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i:
        # "Mediated by X, the meeting lasted seven hours": the fronted participle tells of the subject
        subject = (c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"})
        return next((c for c in subject if meeting_noun(c, ctx)), None)
    if not is_passive(verb) or verb.dep_ in {"acl", "relcl", "amod", "advcl"}:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and meeting_noun(c, ctx)), None)


def _named_sides(meeting: Token, ctx: Context) -> list[str]:
    """Two or more parties a meeting noun or its appositive names in its own words: its possessor and
    "with" party, or the actors compounded or hyphened before it ("the Belgrade-Pristina Dialogue")."""
    found = [a for c in meeting.children if c.dep_ == "poss" for a in np_actors(c, ctx)[0]]
    found += prep_objects(meeting, ("with",), ctx)[0]
    names = [c for c in meeting.children if c.dep_ == "appos"]
    for acl in (c for c in meeting.children if c.dep_ == "acl" and c.lemma_.lower() in _NAMING_VERBS):
        # "talks, officially called the A-B Dialogue", "the talks known as the A-B format"
        names += [
            t
            for t in acl.subtree
            if t.dep_ in {"oprd", "attr", "dobj", "pobj"} and t.pos_ in {"NOUN", "PROPN"}
        ]
    for noun in (meeting, *names):
        for child in noun.children:
            if child.i < noun.i and child.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
                found += [a for t in child.subtree if (a := ctx.actors.actor_at(t))]
    found = list(dict.fromkeys(found))
    return found if len(found) > 1 else []


def _mediators(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """Who brokered: the by-agent ("brokered by X"), the word hyphened before the participle
    ("a Russia-brokered truce", "the Egyptian-mediated deal"), or the actors of a mediation the
    participle was made under ("brokered under US-Saudi mediation")."""
    rule = ctx.grammar["auspices_rule"]
    found, tokens, _ = prep_objects(verb, ("by",), ctx)
    hyphened, before = _hyphened(verb, ctx)
    found += [a for a in hyphened if a not in found]
    tokens += before
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"under", "through", "with"}:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if pobj.lemma_.lower() in rule["mediation_nouns"]:
                    found += [a for a in np_actors(pobj, ctx)[0] if a not in found]
                    tokens += [child, pobj]
    return found, tokens


def _hyphened(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """The actors hyphened before a participle ("a Russia-brokered truce", "the AU-sponsored talks"),
    with their tokens."""
    found: list[str] = []
    tokens: list[Token] = []
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"npadvmod", "amod", "compound", "nmod"}:
            hyphened = any(t.tag_ == "HYPH" for t in verb.doc[child.i + 1 : verb.i])
            if hyphened and (actor := ctx.actors.actor_at(child)) and actor not in found:
                found.append(actor)
                tokens.append(child)
    return found, tokens


def _brokered(
    verb: Token,
    settlement: Token,
    mediators: list[str],
    tokens: list[Token],
    sent: Span,
    ctx: Context,
    doc_date: str | None,
) -> list[Candidate]:
    """ "a truce brokered by X", "a Russia-brokered ceasefire", "A and B signed a deal brokered by
    X": the mediator meets each party of the settlement (CONSULT); a truce that names no party is
    the one of the two sides of the last fight reported, who agree it (the noun's own type); so is
    one the mediator brokered ("Russia brokered a truce")."""
    rule = ctx.grammar["auspices_rule"]
    if not mediators:
        return []
    sides = prep_objects(settlement, ("between", "among"), ctx)[0]
    clause = governing_verb(settlement)
    agreed = False
    keeping: Token | None = None
    if len(sides) < 2:
        sides = []
        ended = _ended_fight_sides(settlement, ctx)
        if (
            clause is not None
            and settlement.dep_ in {"dobj", "pobj"}
            and clause.lemma_.lower() in {*rule["settling_verbs"], *rule["keeping_verbs"]}
        ):
            # "A and B signed a deal brokered by X", "agreed to a Russia-brokered ceasefire",
            # "violated a Saudi-brokered truce"
            sides = subjects(clause, ctx)[0]
            keeping = clause if settlement.dep_ == "pobj" else None
        elif ended and ctx.discourse.is_truce(settlement):
            sides, agreed = ended, True  # "a Qatar-brokered truce ended the fighting between A and B"
        elif ctx.discourse.is_truce(settlement):
            sides = ctx.discourse.last_fight_sides(settlement, mediators)
            agreed = True
        if not sides:
            # "A and B signed a pact. The pact, brokered by X, ...": the deal the story told
            sides, agreed = ctx.discourse.told_deal_parties(settlement), False
    sides = [s for s in sides if s not in mediators]
    if len(sides) < 2 and agreed:
        return []
    if not sides:
        return []
    # its mood: "called for a Qatar-brokered truce" is a truce not yet made
    anchor = verb if settlement.head.i == verb.i else settlement
    meet = _trigger(verb.lemma_.lower(), _MEETING, rule["mediate_cameo"], symmetric=True)
    # "agreed to a Russia-brokered ceasefire": made, in the mood of the clause that keeps it
    modal = flags(keeping, ctx)[:2] if keeping is not None else None
    out = emit(mediators, sides, meet, [verb, *tokens], sent, anchor, ctx, doc_date, 0.6, modal=modal)
    truce = noun_trigger(settlement, ctx.lexicon)
    if agreed and truce is not None and truce.plover == "AGREE":
        out += emit(sides[:1], sides[1:], truce, [settlement], sent, anchor, ctx, doc_date, 0.5)
    return out


def _ended_fight_sides(settlement: Token, ctx: Context) -> list[str]:
    """The parties of the fight a settlement ends, halts or stops as its subject ("a truce ended the
    clashes between A and B", "ended seven weeks of fighting between A and B"); none for any other
    clause."""
    rule = ctx.grammar["auspices_rule"]
    verb = settlement.head
    if settlement.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in rule["ending_verbs"]:
        return []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for fight in (obj, *pobjects(obj, "of")):  # "ended seven weeks of fighting between A and B"
            sides = prep_objects(fight, ("between",), ctx)[0]
            if len(sides) > 1:
                return sides
    return []


def standing_body(noun: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "the 10th session of the Joint Commission between A and B", "the Bi-National Commission
    between A and B met": a standing body of two that sits is its parties' meeting (CONSULT)."""
    rule = ctx.grammar["auspices_rule"]
    if noun.lemma_.lower() not in rule["standing_bodies"]:
        return []
    parties, tokens, _ = prep_objects(noun, ("between",), ctx)
    if len(parties) < 2:
        return []
    head = noun.head
    anchor: Token | None = None
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in rule["sitting_nouns"]:
        anchor = head.head
    elif noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in rule["sitting_verbs"]:
        anchor = head
    elif any(c.ent_type_ == "ORDINAL" for c in noun.children if c.dep_ in {"amod", "nummod"}):
        anchor = noun  # "the fifth Joint Commission between A and B"
    if anchor is None:
        return []
    mood = governing_verb(anchor) if anchor.pos_ == "NOUN" else anchor
    sit = _trigger(noun.lemma_.lower(), _MEETING, rule["sitting_cameo"], symmetric=True)
    return emit(parties, [], sit, [anchor, noun, *tokens], sent, mood or anchor, ctx, doc_date, 0.6)
