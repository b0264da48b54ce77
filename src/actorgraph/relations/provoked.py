"""Whom a hostile act answers when its clause says what provoked it and the act names no one.

* A clause that an act causes (``causative_verbs``): "Turkey shot down a Russian jet, prompting
  Moscow to cut trade ties" (the participle's clause: its subjects, a passive's by-agents), "Ecuador's
  raid on the embassy led Mexico to sever diplomatic relations", "Russia's annexation of Crimea, which
  prompted the EU to ..." (the doers the causing noun names: ``nominal.act_doers``; a hostile act that
  names none, "The attacks prompted Washington to ...": the last act told on the reactor,
  ``Events.provokers``).
* A phrase of reply on the act (``response_nouns`` under "in"): "Nigeria recalled its ambassador in
  response to Ghana's expulsion of traders", "froze all new trade in retaliation for Ottawa's calls":
  the actor the phrase names, or the doers of the act it names; a bare "In response, Y recalled its
  envoy" answers the last hostile act told on Y (``Events.provokers``).

Only for the hostile ``types`` (a recall, a cut of ties, a protest lodged, tariffs imposed), and only
when the act names no target of its own; the reactor's own side is never its provoker. The word lists
are ``provoked_act_rule`` in ``data/grammar.json``.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects, subjects
from actorgraph.relations.discourse.common import state_of
from actorgraph.relations.nominal import act_doers
from actorgraph.relations.syntax import is_passive
from actorgraph.relations.triggers import noun_trigger

__all__ = ["provoking_doers"]


def _clause_doers(clause: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """Who does what a clause tells: a verb's subjects, a passive's by-agents (never its patients)."""
    if is_passive(clause):
        found, tokens, _ = prep_objects(clause, ("by",), ctx)
        return found, tokens
    return subjects(clause, ctx)[0], [clause]


def _caused_by(
    verb: Token, sources: list[str], rule: dict[str, list[str]], ctx: Context
) -> tuple[list[str], list[Token]]:
    """The doers of the act that made ``verb``'s subject act: "X did A, prompting Y to [B]", "X's A led
    Y to [B]" (a coordinated act shares it: "prompting Y to cut ties and [accuse] X"); "The attacks
    prompted Y to [B]", a hostile act that names no doer: whoever last struck, held, sanctioned or
    threatened Y in this sentence or the two before (``Events.provokers``)."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
    cause = node.head
    if node.dep_ != "xcomp" or cause.lemma_.lower() not in rule["causative_verbs"]:
        return [], []
    if not any(c.dep_ == "dobj" for c in cause.children):
        return [], []  # "prompting calls to expel X": no one made to act
    own = [c for c in cause.children if c.dep_ in {"nsubj", "csubj"}]
    if own:
        # "Ecuador's raid on the embassy led Mexico to ...": the causing act's own doers (not an actor
        # that causes: "Washington pushed Tokyo to ..." asks, it provokes nothing); "Russia's annexation
        # of Crimea, which prompted the EU to ...": the act the relative clause is on
        found: list[str] = []
        tokens: list[Token] = []
        for subject in own:
            if subject.lower_ in ctx.relative_pronouns and cause.dep_ == "relcl":
                subject = cause.head
            if subject.pos_ == "NOUN":
                doers, named = act_doers(subject, ctx)
                if not doers and _hostile(subject, rule, ctx):
                    doers, named = ctx.discourse.provokers(verb, sources), [subject]
                found += doers
                tokens += named if doers else []
        return found, tokens
    if (
        cause.tag_ == "VBG"
        and cause.dep_ in {"advcl", "xcomp", "conj"}
        and cause.head.pos_ in {"VERB", "AUX"}
    ):
        # "Algerian troops crossed the border, prompting Morocco to ...": whoever did the clause's act
        return _clause_doers(cause.head, ctx)
    return [], []


def _hostile(noun: Token, rule: dict[str, list[str]], ctx: Context) -> bool:
    """Whether ``noun`` names a hostile act ("the attacks", "the seizure"), of the rule's ``types``."""
    found = noun_trigger(noun, ctx.lexicon)
    return found is not None and found.plover in rule["types"]


def _replied_to(
    verb: Token, sources: list[str], rule: dict[str, list[str]], ctx: Context
) -> tuple[list[str], list[Token]]:
    """ "in response to Ghana's expulsion of traders", "in retaliation for Ottawa's calls", "in
    retaliation against Kyiv": the actor the phrase names, else the doers of the act it names; a bare
    "In response," answers whoever last struck, held, sanctioned or threatened the reactor in this
    sentence or the two before (``Events.provokers``)."""
    node = verb
    heads = [verb]
    while node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
        heads.append(node)
    found: list[str] = []
    tokens: list[Token] = []
    # the parser may hang the phrase on the object: "cut [ties in retaliation for X's criticism]"
    heads += [c for h in heads for c in h.children if c.dep_ == "dobj"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for reply in (o for o in prep.children if o.dep_ == "pobj"):
                if reply.lemma_.lower() not in rule["response_nouns"]:
                    continue
                if not any(p.dep_ == "prep" for p in reply.children):
                    bare = ctx.discourse.provokers(verb, sources)
                    found += bare
                    tokens += [reply] if bare else []
                for answered in (
                    o
                    for p in reply.children
                    if p.dep_ == "prep" and p.lower_ in rule["response_preps"]
                    for o in p.children
                    if o.dep_ == "pobj"
                ):
                    named = np_actors(answered, ctx)[0]
                    if not named and answered.pos_ == "NOUN":
                        named = act_doers(answered, ctx)[0]
                    found += named
                    tokens += [reply] if named else []
    return found, tokens


def provoking_doers(verb: Token, sources: list[str], ctx: Context) -> tuple[list[str], list[Token]]:
    """Whom a hostile act with no target of its own answers, by what its clause says provoked it (see
    the module's docstring): ([] , []) when it says nothing, or names only the reactor's own side."""
    rule = ctx.grammar["provoked_act_rule"]
    found, tokens = _caused_by(verb, sources, rule, ctx)
    if not found:
        found, tokens = _replied_to(verb, sources, rule, ctx)
    own = set(sources) | {state_of(ctx, s) for s in sources}
    kept = [a for a in dict.fromkeys(found) if a not in own and state_of(ctx, a) not in own]
    return kept, tokens if kept else []
