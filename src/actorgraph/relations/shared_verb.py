"""A verb of stating shared by two feelings: "expressed support to X and concern over Y's ships".

The lexicon reads a verb of stating with its first object ("expressed support to X": SUPPORT, the
``stance_rule`` of ``data/grammar.json``); a second feeling of another kind coordinated with it is the
subject's act too, aimed at its own phrase ("and concern over Y's ships": ACCUSE Y), wherever the
parser hung the coordination: on the first object, on the verb, or on the noun of the first
object's phrase ("concern over X's movements and appreciation to Y").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger

__all__ = ["second_feeling"]


def _kind(noun: Token, ctx: Context) -> str | None:
    """The PLOVER type of a feeling noun ("concern": ACCUSE, "solidarity": SUPPORT), or ``None``."""
    for plover, kind in ctx.grammar["stance_rule"]["types"].items():
        if noun.lemma_.lower() in kind["nouns"] or noun.lower_ in kind["nouns"]:
            return str(plover)
    return None


def _stating_verb(noun: Token, ctx: Context) -> tuple[Token, Token] | None:
    """(the verb of stating, its first feeling object) a coordinated feeling noun shares, or ``None``."""
    verbs = ctx.grammar["stance_rule"]["verbs"]
    head = noun.head
    if head.pos_ in {"VERB", "AUX"}:
        verb = head  # "conveyed thanks to X and alarm over Y": the parser made the noun the verb's conjunct
    elif head.dep_ == "dobj":
        verb = head.head  # "expressed support to X and concern over Y"
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.dep_ == "dobj":
        verb = head.head.head.head  # "expressed concern over X's moves and appreciation to Y"
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head.head  # "voiced solidarity with X and anger at Y", "with" hung on the verb
    else:
        return None
    if verb.lemma_.lower() not in verbs:
        return None
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    return (verb, first) if first is not None else None


def _own_phrase(
    noun: Token, hosts: tuple[Token, ...], preps: tuple[str, ...], ctx: Context
) -> tuple[list[str], list[Token], bool]:
    """The actors of the first target phrase after ``noun``, on the noun itself or, where the parser
    hung it elsewhere, on the word before it in the coordination or on the verb."""
    for host in hosts:
        if host is noun:
            found = prep_objects(noun, preps, ctx)
        else:
            after = [c for c in host.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in preps]
            actors: list[str] = []
            tokens: list[Token] = []
            inferred = False
            for prep in after[:1]:
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    sub, inf = np_actors(obj, ctx)
                    actors, tokens, inferred = [*actors, *sub], [*tokens, prep], inferred or inf
            found = (actors, tokens, inferred)
        if found[0]:
            return found
    return [], [], False


def second_feeling(noun: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "Canada expressed support to Ukraine and concern over Russia's drone strikes": the second
    feeling, of another kind than the first, is the subject's act at its own phrase (ACCUSE Russia)."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN":
        return []
    plover = _kind(noun, ctx)
    shared = _stating_verb(noun, ctx) if plover is not None else None
    if shared is None or plover is None:
        return []
    verb, first = shared
    if _kind(first, ctx) in {None, plover}:
        return []  # "expressed support and solidarity with X": one feeling, read with the verb
    kind = ctx.grammar["stance_rule"]["types"][plover]
    targets, tokens, inferred = _own_phrase(noun, (noun, noun.head, verb), tuple(kind["targets"]), ctx)
    sources = [a for a in subjects(verb, ctx)[0] if a not in targets]
    targets = [t for t in targets if t not in sources]
    if not sources or not targets:
        return []
    feeling = Trigger(verb.lemma_.lower(), "verb", plover, kind["cameo"], kind["mode"], (), False, "rule")
    confidence = 0.5 if inferred else 0.6
    return emit(sources, targets, feeling, [noun, *tokens, verb], sent, verb, ctx, doc_date, confidence)
