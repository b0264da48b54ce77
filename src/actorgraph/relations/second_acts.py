"""Second acts a sentence states beside one already coded on the same sides.

* A punishment given for a wrong (``punished_wrongs``): "the US sanctioned three judges for undermining
  democracy", "expelled two diplomats for spying", "froze the assets of X over financing Y": beside the
  sanction or coercion, its doer accuses (ACCUSE) the one punished of what the gerund says it did; the
  charge is made when the punishment is told, asserted whatever the punishment's mood. Only a gerund:
  a noun ground ("in response to the downing of ...", "for his role") matched no annotated charge when
  measured (round 17: 0 of 4 rows); nor the "for" of a verb that asks for something ("called for
  punishing X").
* A fight a peace act is to end (``ended_fights``): "A and B signed a deal to end a war that killed
  thousands", "reached a truce, ending hostilities", "an agreement aimed at ending the fighting": the
  sides of the mutual agreement or talks of the clause the ending hangs in fought each other (ASSAULT,
  mutual, asserted: the fight happened, whatever becomes of the peace). Not where the fight names
  parties of its own ("a deal with Chad to end the fighting in Sudan", "a roadmap for ending Sudan's
  conflict": a mediator's), nor where the last fight the story told has neither side ("the US and Saudi
  Arabia agreed a plan to end the war": the war is others'; one with either side, "Israeli strikes on
  Lebanon", leaves Israel's talks with Hamas theirs), nor from another clause ("joined the talks with X
  as Y pushes to broker an end to the war").
* A wrong cited for a punishment or threat (``cited_wrongs``): "imposed tariffs on X, citing Seoul's failure
  to curb exports", "recalled its envoy from X, citing interference in its elections", "threatened to leave
  the Forum, citing their dissatisfaction with ...": beside the act, its doer accuses (ACCUSE) whoever the
  cited wrong is of (its possessor or "of"/"by" phrase), else the one the act is done to; the doer's own
  side is never accused ("their dissatisfaction"). Only a wrong (``cited_nouns`` and the speech rules'
  negative nouns), not "citing security concerns" or "citing figures from ...".

Words in ``second_acts`` (grammar.json). Read by ``extract`` once a sentence's own events are known.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.speech.statements import own_side
from actorgraph.relations.speech.words import word_lists

__all__ = ["cited_wrongs", "ended_fights", "punished_wrongs"]


def _grounds(anchor: Token, rule: dict[str, Any]) -> Iterator[tuple[Token, Token]]:
    """(preposition, gerund) of the grounds on the punishment's word, its verb or its object (the
    parser hangs "for X-ing" on either): "sanctioned X for undermining", "expelled X over spying"."""
    holders = [anchor]
    if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in {"dobj", "nsubjpass"}:
        holders.append(anchor.head)
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "dobj"]
    for holder in dict.fromkeys(holders):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in rule["ground_preps"]):
            if prep.lower_ == "for" and holder.lemma_.lower() in rule["for_verbs"]:
                continue  # "called for punishing X": what is asked for, no ground
            for ground in (o for o in prep.children if o.dep_ in {"pobj", "pcomp"} and o.tag_ == "VBG"):
                yield prep, ground


def punished_wrongs(
    sent: Span, found: list[Candidate], ctx: Context, doc_date: str | None
) -> list[Candidate]:
    """The charges the punishments of ``sent`` are given for (module docstring); ``found``: the
    events already found in the sentence."""
    rule = ctx.grammar["second_acts"]["punishment"]
    charge = Trigger("accuse", "verb", rule["plover"], rule["cameo"], rule["mode"], (), False, "rule")
    out: list[Candidate] = []
    done: set[tuple[str, str, int]] = set()
    for c in found:
        if c.trigger.plover not in rule["types"] or c.negated or c.anchor < 0:
            continue
        anchor = sent.doc[c.anchor]
        for prep, ground in _grounds(anchor, rule):
            if (c.source, c.target, ground.i) in done:
                continue
            done.add((c.source, c.target, ground.i))
            out += emit(
                [c.source],
                [c.target],
                charge,
                [prep, ground],
                sent,
                anchor,
                ctx,
                doc_date,
                0.5,
                modal=(False, False),
            )
    return out


def _ending(noun: Token, rule: dict[str, Any]) -> Token | None:
    """The verb or noun that ends the fight ``noun`` names: "to end a war", "ending the fighting",
    "an end to the clashes"; ``None`` if none does."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in rule["ending_verbs"]:
        return noun.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.lemma_.lower() in rule["ending_nouns"]
    ):
        return noun.head.head
    return None


def _named_parties(noun: Token, ctx: Context) -> set[str]:
    """The parties the fight's own phrase names ("Sudan's conflict", "the fighting in Sudan", "clashes
    along their border")."""
    named: set[str] = set()
    for child in noun.children:
        if child.dep_ == "prep":
            for obj in (o for o in child.children if o.dep_ == "pobj"):
                named.update(np_actors(obj, ctx)[0])
        elif child.dep_ in {"poss", "amod", "compound", "nmod"}:
            named.update(np_actors(child, ctx)[0])
    return named


def _clause(ending: Token) -> list[Token]:
    """The words up from ``ending`` to the first verb of its clause, that verb last (a participle on a
    noun passed through: "an agreement aimed at ending"): where the peace act that ends it is told."""
    chain: list[Token] = []
    node = ending
    while node.head.i != node.i and node.dep_ not in {"ccomp", "parataxis"}:
        node = node.head
        chain.append(node)
        if node.pos_ in {"VERB", "AUX"} and not (node.dep_ == "acl" and node.tag_ in {"VBN", "VBG"}):
            break
    return chain


def ended_fights(sent: Span, found: list[Candidate], ctx: Context, doc_date: str | None) -> list[Candidate]:
    """The fights the peace acts of ``sent`` are to end, between the peace act's sides (module
    docstring); ``found``: the events already found in the sentence."""
    rule = ctx.grammar["second_acts"]["ended_fight"]
    peace = [c for c in found if c.trigger.plover in rule["peace_types"] and c.anchor >= 0]
    fought = {frozenset((c.source, c.target)) for c in found if c.trigger.plover == rule["plover"]}
    out: list[Candidate] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rule["fight_nouns"]:
            continue
        ending = _ending(noun, rule)
        if ending is None:
            continue
        chain = _clause(ending)
        if not chain:
            continue
        at = {t.i for t in chain}
        named = _named_parties(noun, ctx)
        # "A and B signed a deal to end the war": the clause's doers, where it names them
        doers = set(subjects(chain[-1], ctx)[0]) if chain[-1].pos_ in {"VERB", "AUX"} else set()
        trigger = Trigger(noun.lemma_.lower(), "noun", rule["plover"], rule["cameo"], "", (), True, "rule")
        last = set(ctx.discourse.last_fight_sides(noun, []))
        for c in peace:
            sides = {c.source, c.target}
            if c.directed or c.anchor not in at or frozenset(sides) in fought or len(sides) < 2:
                continue
            if (last and not sides & last) or (named and named != sides) or (doers and not sides <= doers):
                # the story's last fight is all others'; "ending Sudan's conflict": Sudan's own; "A and B
                # signed a deal to end the war, pledging to cut support for rebels": A and B fought
                continue
            fought.add(frozenset(sides))
            out += emit(
                [c.source, c.target],
                [],
                trigger,
                [ending, noun],
                sent,
                noun,
                ctx,
                doc_date,
                0.5,
                modal=(False, False),
            )
    return out


def _citing(anchor: Token) -> Iterator[Token]:
    """The "citing" participles on the clause of an act's word ("imposed tariffs on X, citing ...": on
    the verb the noun hangs under), up to its first verb."""
    node = anchor
    while True:
        yield from (c for c in node.children if c.lemma_.lower() == "cite" and c.tag_ == "VBG")
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return
        node = node.head


def _wrong_owners(cited: Token, ctx: Context) -> list[str]:
    """Whose the cited wrong is: its possessor or "of"/"by" phrase ("Seoul's failure", "violations by X")."""
    owners: list[str] = []
    for child in cited.children:
        if child.dep_ == "poss":
            owners += np_actors(child, ctx)[0]
        elif child.dep_ in {"prep", "agent"} and child.lower_ in {"of", "by"}:
            owners += [a for o in child.children if o.dep_ == "pobj" for a in np_actors(o, ctx)[0]]
    return owners


def cited_wrongs(sent: Span, found: list[Candidate], ctx: Context, doc_date: str | None) -> list[Candidate]:
    """The charges the punishments and threats of ``sent`` cite (module docstring); ``found``: the
    events already found in the sentence."""
    rule = ctx.grammar["second_acts"]["cited_wrong"]
    wrongs = frozenset(rule["cited_nouns"]) | word_lists().negative_nouns
    charge = Trigger("cite", "verb", rule["plover"], rule["cameo"], rule["mode"], (), False, "rule")
    out: list[Candidate] = []
    done: set[tuple[str, str, int]] = set()
    for c in found:
        if c.trigger.plover not in rule["types"] or c.negated or c.anchor < 0:
            continue
        # the act's doers ("A and B threatened to leave X, citing their dissatisfaction")
        own = own_side(tuple(d.source for d in found if d.anchor == c.anchor), ctx)
        for cite in _citing(sent.doc[c.anchor]):
            for cited in (o for o in cite.children if o.dep_ == "dobj"):
                if cited.lemma_.lower() not in wrongs and cited.lower_ not in wrongs:
                    continue
                # "citing the country's failure", "citing their dissatisfaction": the one the act is done to
                owners = [a for a in _wrong_owners(cited, ctx) if a not in own]
                for target in owners or [c.target]:
                    if (c.source, target, cited.i) in done or target in own:
                        continue
                    done.add((c.source, target, cited.i))
                    out += emit(
                        [c.source],
                        [target],
                        charge,
                        [cite, cited],
                        sent,
                        cite,
                        ctx,
                        doc_date,
                        0.5,
                        modal=(False, False),
                    )
    return out
