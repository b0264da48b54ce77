"""An act done "in protest over X's Y": the doer complains officially of X.

"Egypt expelled Turkey's ambassador in protest over Erdogan's backing of the Brotherhood", "Ghana
recalled its envoy in protest at Lome's border closure": beside the act itself, the official doer
(a state, an organisation, an office or a named official, as ``official_protest_rule`` reads the verb
"protest") accuses whoever did or owns what it protests (ACCUSE); people in the street demonstrate,
and a protest that names no one ("walked out in protest") accuses no one.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal import act_doers
from actorgraph.relations.syntax import is_passive

__all__ = ["in_protest"]


@cache
def _grounds() -> frozenset[str]:
    """What a protest is over, at or against."""
    return frozenset(read_grammar()["protest_grounds"]["words"])


@cache
def _official_heads() -> frozenset[str]:
    """Heads of an official doer: the protest rule's own, offices, institutions and governments."""
    grammar = read_grammar()
    return frozenset(
        [
            *grammar["official_protest_rule"]["heads"],
            *grammar["office_nouns"],
            *grammar["institution_heads"],
            *grammar["leader_government_heads"],
        ]
    )


def _official(verb: Token, ctx: Context) -> Token | None:
    """The clause whose subject is official (a name, not a people's, or an office or institution): the
    verb's own, or the one it inherits its subject from; ``None`` if none is."""
    heads = _official_heads()
    node = verb
    doers = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
    while not doers and node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
        node = node.head  # "Egypt ... decided to expel its ambassador in protest": the subject it inherits
        doers = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
    official = any((d.pos_ == "PROPN" and d.ent_type_ != "NORP") or d.lemma_.lower() in heads for d in doers)
    return node if official else None


def in_protest(noun: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "expelled Turkey's ambassador in protest over Erdogan's backing of X": the clause's official
    doer accuses the doers or owner of what it protests (ACCUSE Erdogan)."""
    rule = ctx.grammar["official_protest_rule"]
    if noun.lemma_.lower() != "protest" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    verb = noun.head.head
    for _ in range(3):  # "expelled X's ambassador in protest": the parser may hang it on the object
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    clause = _official(verb, ctx) if verb.pos_ in {"VERB", "AUX"} else None
    if clause is None:
        return []
    sources = prep_objects(verb, ("by",), ctx)[0] if is_passive(verb) else subjects(verb, ctx)[0]
    targets: list[str] = []
    tokens: list[Token] = []
    grounds = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _grounds()]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
    if not grounds and after.dep_ == "prep" and after.lower_ in _grounds() and after.head.is_ancestor(noun):
        grounds = [after]  # "in protest over X's backing", "over" hung on the verb or its object
    for prep in grounds:
        for ground in (o for o in prep.children if o.dep_ == "pobj"):
            doers, _ = act_doers(ground, ctx)
            found = doers or np_actors(ground, ctx)[0]
            targets += [a for a in found if a not in targets]
            tokens += [prep]
    targets = [t for t in targets if t not in sources]
    if not sources or not targets:
        return []
    # the clause's own act, no object of its verb ("decided to expel X in protest": no decision's object)
    complaint = Trigger("protest", "verb", rule["plover"], rule["cameo"], rule["mode"], (), False, "rule")
    # the protest is made in the mood of the clause that names its maker ("decided to expel X in protest")
    return emit(sources, targets, complaint, [noun.head, noun, *tokens], sent, clause, ctx, doc_date, 0.6)
