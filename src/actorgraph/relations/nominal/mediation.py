"""A mediation noun and the parties it goes between when no "between" phrase of its own names them:
"Turkey, a key mediator in the war between Russia and Ukraine" (the parties of the event it is in),
"with the mediation of X, A and B agreed", "a prisoner exchange between A and B took place thanks to
X's mediation" (the parties of the clause it is the manner of), "Egypt, a mediator in the conflict"
(the two sides of the last fight the story told), "A and B held talks. C's mediation proved decisive"
(else of the last dispute or meeting of two told just before). The mediator meets each party (the
noun's CONSULT).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, governing_verb, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.nominal.common import DOER_DEPS
from actorgraph.relations.syntax import examples, hyphen_partners, reduced_relative
from actorgraph.relations.triggers import noun_trigger

__all__ = ["co_mediators", "mediated_matter", "mediated_talks", "mediation", "past_mediation"]

_BETWEEN = ("between", "among", "amongst")
#: The phrase of a mediation that names what it mediates: "a mediator in the war", "mediation on Gaza".
_EVENT_PREPS = frozenset({"in", "of", "on", "over"})
#: The prepositions that make a mediation the manner of its clause: "with/under/through X's mediation".
_MANNER_PREPS = frozenset({"with", "under", "through", "to", "after", "following", "via"})
_VERBS = frozenset({"VERB", "AUX"})


def mediation(
    noun: Token, trigger: Trigger, sent: Span, ctx: Context, doc_date: str | None
) -> list[Candidate] | None:
    """The mediator's meetings with the parties a mediation noun (a trigger of ``third_party_modes``)
    goes between, when it has no "between" phrase of its own; ``None`` where it names no mediator or
    no party."""
    if trigger.mode not in ctx.grammar["third_party_modes"] or len(prep_objects(noun, _BETWEEN, ctx)[0]) > 1:
        return None
    mediators = _mediators(noun, ctx)
    if not mediators:
        return None
    parties, tokens, anchor, inferred = _parties(noun, mediators, ctx)
    parties = [p for p in dict.fromkeys(parties) if p not in mediators]
    # done in the clause's mood, not an object of its verb: "under X's mediation, A and B agreed to ..."
    manner = anchor is not noun
    together = co_mediators(noun, mediators, sent, ctx, doc_date, anchor=anchor, manner=manner)
    if not parties:
        return together or None  # "a truce brokered under US-Saudi mediation": no meeting of the two
    confidence = 0.5 if inferred else 0.6
    met = emit(
        mediators, parties, trigger, [noun, *tokens], sent, anchor, ctx, doc_date, confidence, manner=manner
    )
    return met + together


def co_mediators(
    noun: Token,
    mediators: list[str],
    sent: Span,
    ctx: Context,
    doc_date: str | None,
    *,
    anchor: Token | None = None,
    manner: bool = False,
) -> list[Candidate]:
    """ "Egypt and Qatar acted as mediators between A and B", "under US-Saudi mediation": two or more
    mediators of one mediation work together (``co_mediation_rule``: COOPERATE), no meeting."""
    if len(mediators) < 2:
        return []
    rule = ctx.grammar["co_mediation_rule"]
    together = Trigger(noun.lemma_.lower(), "noun", rule["plover"], rule["cameo"], "", (), True, "rule")
    return emit(mediators, [], together, [noun], sent, anchor or noun, ctx, doc_date, 0.5, manner=manner)


def _mediators(noun: Token, ctx: Context) -> list[str]:
    """Who mediates: the noun's own modifiers ("Qatari mediation", "Egypt's mediation", "US-Saudi
    mediation") or "of"/"by" phrase ("the mediation of the UAE"), the name it describes ("Egypt, a key
    mediator", "Qatar is a mediator", "Qatar acted as a mediator") or its named examples ("mediators,
    including Egypt and Qatar")."""
    found = [a for c in noun.children if c.dep_ in DOER_DEPS for a in np_actors(c, ctx)[0]]
    found += prep_objects(noun, ("of", "by"), ctx)[0]
    if noun.dep_ == "appos":
        found += np_actors(noun.head, ctx)[0]
    elif noun.dep_ in {"attr", "oprd"} and noun.head.pos_ in _VERBS:
        found += subjects(noun.head, ctx)[0]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in _VERBS:
        # "acted as a mediator", "As a mediator, Russia deployed ...": the clause's subject
        found += subjects(noun.head.head, ctx)[0]
    found += [a for c in noun.children if c.dep_ == "appos" for a in np_actors(c, ctx)[0]]
    found += [a for t in examples(noun) for a in np_actors(t, ctx)[0]]
    return list(dict.fromkeys(found))


def _parties(noun: Token, mediators: list[str], ctx: Context) -> tuple[list[str], list[Token], Token, bool]:
    """(parties, tokens, anchor, inferred): those of the event the noun is "in" or "of", else of the
    clause it is the manner of, else the two sides of the last fight told, else of the last dispute or
    meeting of two told just before (where the noun names no other phrase than such an event: "a
    mediator in the conflict", "mediators", "Brazil's mediation")."""
    # the phrase may hang on the verb whose object the noun is: "offered its mediation in the conflict"
    holders = [noun, *([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ in _VERBS else [])]
    phrases = [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _EVENT_PREPS
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    for phrase in phrases:
        # "a mediator in the war between Russia and Ukraine", "in the Armenia-Azerbaijan conflict",
        # "mediation in the rift between A and B"
        parties, tokens, inferred = prep_objects(phrase, _BETWEEN, ctx)
        if len(parties) < 2:
            partners = [c for c in phrase.children if c.dep_ in DOER_DEPS and hyphen_partners(c)]
            parties = [a for c in partners for a in np_actors(c, ctx)[0]]
            parties += [a for c in partners for h in hyphen_partners(c) for a in np_actors(h, ctx)[0]]
            tokens, inferred = partners, False
        if len(set(parties) - set(mediators)) > 1:
            return parties, [phrase, *tokens], noun, inferred
    clause = _clause(noun)
    if clause is not None:
        parties, tokens = _clause_parties(clause, ctx)
        if parties:
            return parties, tokens, clause, False
    if clause is not None or not _bare(noun, ctx):
        return [], [], noun, False
    # "Egypt, a key mediator in the conflict", "Mediators, including A and B, ...": the story's fight,
    # dispute or talks
    sides = ctx.discourse.mediated_sides(noun, mediators)
    return (sides, [], noun, True) if len(sides) > 1 else ([], [], noun, False)


def _bare(noun: Token, ctx: Context) -> bool:
    """Whether a mediation names nothing but its mediators and what it is in: every phrase of it is
    "of"/"by" a mediator, its named examples ("mediators, including A and B") or "in"/"of" a matter
    that names no actor nor place ("a mediator in the conflict", "in the crisis"); not "a mediator in
    Sudan", "mediation on the border issue with X"."""
    named = {t.i for t in examples(noun)}
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if all(o.i in named for o in objects):
            continue
        if prep.lower_ in {"of", "by"} and all(np_actors(o, ctx)[0] for o in objects):
            continue
        if prep.lower_ in _EVENT_PREPS and all(_matter(o, ctx) for o in objects):
            continue
        return False
    return True


def _matter(phrase: Token, ctx: Context) -> bool:
    """Whether a phrase names a matter, no actor nor place itself: "the conflict", "the ongoing Gaza
    conflict" (where it is may qualify it), not "Sudan"."""
    return phrase.pos_ == "NOUN" and not ctx.actors.actor_at(phrase) and not ctx.actors.place_at(phrase)


def _clause(noun: Token) -> Token | None:
    """The verb of the clause a mediation is the manner of: "With the mediation of X, A and B agreed",
    "signed a deal under X's mediation", "thanks to the mediation of X"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _MANNER_PREPS:
        return None
    node = noun.head.head
    for _ in range(3):  # "thanks to": the preposition hangs on "thanks"
        if node.pos_ in _VERBS:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_parties(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """Who does what the clause tells: an event noun subject's "between" parties ("a prisoner exchange
    between A and B took place"), else the subjects, objects and "with" objects of the verb."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        parties, tokens, _ = prep_objects(subject, _BETWEEN, ctx)
        if len(parties) > 1:
            return parties, [subject, *tokens]
    found = list(subjects(verb, ctx)[0])
    found += [a for c in verb.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0]]
    found += prep_objects(verb, ("with",), ctx)[0]
    return found, [verb]


def mediated_matter(noun: Token, ctx: Context) -> bool:
    """Whether ``noun`` is what a mediation is in ("offered its mediation in the conflict between A
    and B", "a mediator in the war"): its parties fight, not the clause's subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _EVENT_PREPS:
        return False
    holder = noun.head.head
    # the parser may hang the phrase on the verb whose object the mediation is
    holders = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ in _VERBS else [holder]
    return any(
        h.pos_ == "NOUN"
        and (found := noun_trigger(h, ctx.lexicon)) is not None
        and found.mode in ctx.grammar["third_party_modes"]
        for h in holders
    )


def mediated_talks(noun: Token, trigger: Trigger, ctx: Context) -> list[str]:
    """The parties of a meeting noun that names none of its own, held under a mediation that names
    them: "Egypt and Qatar acted as mediators between Israel and Hamas in months of talks" (Israel and
    Hamas hold the talks, not the mediators); none elsewhere."""
    if (
        not trigger.symmetric
        or trigger.plover != "CONSULT"
        or trigger.mode in ctx.grammar["third_party_modes"]
    ):
        return []
    if any(np_actors(c, ctx)[0] for c in noun.children if c.dep_ in DOER_DEPS):
        return []
    node = noun
    for _ in range(4):  # "in [months of] talks": up to the verb or the mediation noun
        if node.dep_ not in {"pobj", "prep"} or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in _VERBS or (node.pos_ == "NOUN" and node.dep_ != "pobj"):
            break
    holders = [node]
    if node.pos_ in _VERBS:
        holders = [o for p in node.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    for holder in holders:
        found = noun_trigger(holder, ctx.lexicon) if holder.pos_ == "NOUN" else None
        if found is not None and found.mode in ctx.grammar["third_party_modes"]:
            parties = prep_objects(holder, _BETWEEN, ctx)[0]
            if len(parties) > 1:
                return parties
    return []


def past_mediation(verb: Token, ctx: Context) -> Token:
    """The clause a noun the parser hung on a mediator's participle belongs to: "A and B signed the deal
    brokered by X in the presence of Y" (Y witnesses the signing, A's and B's meeting, not X's), the
    verb the settlement is the object of; else ``verb`` itself."""
    if verb.lemma_.lower() not in ctx.mediating_verbs or not reduced_relative(verb):
        return verb
    return governing_verb(verb.head) or verb
