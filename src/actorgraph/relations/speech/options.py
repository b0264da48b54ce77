"""Options kept open or closed: what someone does not rule out, rules out, or keeps on the table.

"Germany did not rule out further sanctions against Belarus", "refused to rule out strikes on Y",
"would not exclude expelling Y's diplomats": coercion kept open is a threat (PLOVER THREATEN: an
announced conditional coercion), and the act itself is possible, not denied (the guidelines'
THREATEN edge plus a hypothetical edge for the threatened act); cooperation kept open is only
possible. "India ruled out talks with Pakistan": what is ruled out is denied. The ruling out itself
("refused", "exclude") is no act. "All options are on the table" (in dealing with Y, against Y, of
Y's plans) threatens Y. The word lists are ``ruling_verbs``, ``refusal_verbs``, ``option_nouns``
and ``option_places`` in the ``speech`` entry of ``data/grammar.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.relations.arguments import Context, first_actor, prep_objects, subjects
from actorgraph.relations.speech.statements import (
    Found,
    SpeechAct,
    Statement,
    act,
    negated,
    own_side,
    state,
    voice,
)
from actorgraph.relations.speech.words import word_lists
from actorgraph.relations.triggers import COOPERATIVE_TYPES, noun_trigger, verb_trigger

__all__ = [
    "coercive_readiness",
    "kept_open",
    "kept_open_acts",
    "open_options",
    "options_at",
    "readiness",
    "rulings",
]

#: The links by which an act hangs on the verb that rules it out ("rule out [sanctions]",
#: "exclude [expelling]", "rule out [a new offensive] against").
_OBJECT_LINKS = frozenset({"dobj", "xcomp", "pcomp", "conj", "compound", "amod"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    s = read_grammar()["speech"]
    return (
        frozenset(s["ruling_verbs"]),
        frozenset(s["refusal_verbs"]),
        frozenset(s["option_nouns"]),
        frozenset(s["option_places"]),
    )


@cache
def _readiness_words() -> tuple[frozenset[str], frozenset[str]]:
    s = read_grammar()["speech"]
    return frozenset(s["readiness_words"]), frozenset(s["force_objects"]) | frozenset(
        s["retaliation_objects"]
    )


def coercive_readiness(word: Token, ctx: Context) -> Token | None:
    """The act ``word`` is ready for when it is coercion ("prepared to impose sanctions", "ready to
    take measures", "ready to use force") or a refusal ("ready to fight X's lawsuit", "prepared to
    veto the resolution"), else ``None``."""
    ready, objects = _readiness_words()
    # the adjective, or the copula it completes ("is [prepared]", "stands [ready]")
    words = [
        w for w in (word, *(c for c in word.children if c.dep_ in {"acomp", "oprd"})) if w.lower_ in ready
    ]
    comps = [c for w in words for c in w.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for comp in comps:
        trig = verb_trigger(comp, ctx.lexicon)
        if (trig is not None and trig[0].plover in {*word_lists().coercive_types, "REJECT"}) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in objects for c in comp.children
        ):
            return comp
        if comp.lemma_ in word_lists().retaliation_verbs:
            return comp
    return None


def readiness(found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "Seoul is prepared to impose sanctions on Pyongyang": readiness to coerce threatens (PLOVER
    THREATEN), the act itself hypothetical; "Jakarta is ready to fight the EU's lawsuit": readiness to
    refuse is the refusal, a stance taken now (REJECT); ``extract`` drops the commitment the lexicon
    read."""
    words = word_lists()
    doc = ctx.actors.doc
    out: list[SpeechAct] = []
    for c in found:
        if c.trigger.plover != "AGREE" or c.anchor < 0 or not c.target:
            continue
        word = doc[c.anchor]
        comp = coercive_readiness(word, ctx)
        if comp is None:
            continue
        trig = verb_trigger(comp, ctx.lexicon)
        if trig is not None and trig[0].plover == "REJECT":
            out.append(SpeechAct((c.source,), (c.target,), trig[0], (word, comp), comp, False))
            continue
        st = Statement((c.source,), word, word)
        out.append(act(st, [c.target], words.rules["THREATEN"], comp, hypothetical=False))
        if trig is not None and trig[0].plover in words.coercive_types:
            out.append(SpeechAct((c.source,), (c.target,), trig[0], (word, comp), comp, True))
    return out


def _rules_out(verb: Token) -> bool:
    """Whether ``verb`` rules something out ("rule out", "exclude")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    # "would not exclude sanctions"; "Egypt excluded Hamas from the talks" keeps its own act
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words()[1]
    return lemma in _words()[0] and (negated(verb) or refused)


def kept_open(verb: Token) -> bool | None:
    """For a verb that rules something out: whether it keeps it open ("did not rule out",
    "refused to rule out", "would not exclude"), or closes it ("ruled out"); ``None`` for any
    other verb.

    >>> import spacy
    >>> kept_open(spacy.blank("en")("sanctions")[0]) is None
    True
    """
    if not _rules_out(verb):
        return None
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words()[1]
    return negated(verb) or refused or (verb.dep_ == "xcomp" and negated(verb.head))


def options_at(anchor: Token) -> bool | None:
    """Whether the event at ``anchor`` is what someone keeps open (``True``) or rules out
    (``False``); ``None`` when it is neither ("sanctions" in "did not rule out sanctions on Y")."""
    node = anchor
    for _ in range(4):
        if node.head is node or node.dep_ not in _OBJECT_LINKS | {"pobj", "prep"}:
            return None
        node = node.head
        state_ = kept_open(node)
        if state_ is not None:
            return state_
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "conj":
            return None
    return None


def rulings(anchor: Token) -> bool:
    """Whether ``anchor`` is the ruling out itself ("exclude", "refused to rule out"): no act."""
    if kept_open(anchor) is not None:
        return True
    return anchor.lemma_.lower() in _words()[1] and any(
        c.dep_ == "xcomp" and kept_open(c) is not None for c in anchor.children
    )


def kept_open_acts(sent: Span, found: Sequence[Found], ctx: Context) -> list[SpeechAct]:
    """ "did not rule out further sanctions against Y": THREATEN Y, and the act, hypothetical."""
    words = word_lists()
    out: list[SpeechAct] = []
    for verb in sent:
        if not kept_open(verb):
            continue
        doers = [a for a in subjects(verb, ctx)[0] if voice(a, ctx)]
        if not doers:
            continue
        own = own_side(tuple(doers), ctx)
        st = Statement(tuple(doers), verb, verb)
        for key in (c for c in verb.children if c.dep_ in {"dobj", "xcomp", "pcomp"}):
            for item in (key, *key.conjuncts):
                trig = verb_trigger(item, ctx.lexicon) if item.pos_ == "VERB" else None
                kind = trig[0] if trig is not None else noun_trigger(item, ctx.lexicon)
                if kind is None or kind.plover not in words.coercive_types:
                    continue
                inside = {t.i for t in item.subtree}
                targets = [c.target for c in found if c.anchor in inside]
                if not targets:
                    targets = prep_objects(item, kind.preps, ctx)[0]
                if not targets:
                    targets = first_actor(item, ctx, exclude=own, skip_preps=ctx.place_preps)
                # "has not ruled out an offensive against the PKK": rebels at home are threatened too
                targets = [t for t in dict.fromkeys(targets) if t not in own]
                if not targets:
                    continue
                out.append(act(st, targets, words.rules["THREATEN"], item, hypothetical=False))
                out.append(SpeechAct(st.speakers, tuple(targets), kind, (verb, item), item, True))
    return out


def open_options(sent: Span, said: list[Statement], ctx: Context) -> list[SpeechAct]:
    """ "Washington said all options are on the table in dealing with Iran", "keeps all options on
    the table against Y", "no option was off the table": a threat to the other side the sentence
    names (not a partner of talks the options are for)."""
    _, _, nouns, places = _words()
    words = word_lists()
    out: list[SpeechAct] = []
    for noun in sent:
        if noun.lemma_.lower() not in nouns or noun.pos_ != "NOUN":
            continue
        clause = noun.head
        if noun.dep_ not in {"nsubj", "dobj"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        place = next(
            (
                p
                for p in clause.children
                if p.dep_ == "prep"
                and p.lower_ in {"on", "off"}
                and any(o.dep_ == "pobj" and o.lemma_.lower() in places for o in p.children)
            ),
            None,
        )
        if place is None or negated(clause):
            continue
        none = any(d.lower_ == "no" for d in noun.children)
        if (place.lower_ == "off") != none:
            continue  # "no option is on the table", "all options are off the table": nothing threatened
        st = next((s for s in said if clause.i in {t.i for t in s.clause.subtree}), None)
        if st is None:
            doers = [a for a in subjects(clause, ctx)[0] if voice(a, ctx)]
            st = Statement(tuple(doers), None, clause)
        if not st.speakers:
            continue
        own = own_side(st.speakers, ctx)
        partners = {
            t.i
            for tok in sent
            if tok.pos_ == "NOUN"
            and (trig := noun_trigger(tok, ctx.lexicon)) is not None
            and trig.plover in COOPERATIVE_TYPES
            for t in tok.subtree
        }
        targets = [
            a
            for tok in sent
            if tok.i not in partners and tok.pos_ != "PRON"
            if (a := ctx.actors.actor_at(tok)) is not None and a not in own and state(a, ctx) not in own
        ]
        if targets:
            out.append(
                act(st, list(dict.fromkeys(targets))[:1], words.rules["THREATEN"], noun, hypothetical=False)
            )
    return out
