"""The act one is involved in: "Iran's involvement in the attack on X", "accused Y of complicity in the
shelling of Z", "sanctioned W for its role in supplying drones to V": whoever the noun of
``involvement_nouns`` is about does the act its "in" phrase names, when the act names no doer itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, np_actors, prep_objects

__all__ = ["involved_doers", "involvement_of"]

_OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
#: The prepositions of a charge, a punishment or a credit: "accused X of", "expelled X over", "for".
_CHARGE_PREPS = {"of", "for", "over"}


def involvement_of(act: Token, ctx: Context) -> Token | None:
    """The noun of ``involvement_nouns`` whose "in" phrase ``act`` (a noun or a gerund) is, else
    ``None``: "involvement in [the attack]", "its role in [supplying] ..."."""
    prep = act.head
    if act.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    nouns = [prep.head]
    if prep.head.pos_ in {"VERB", "AUX"}:
        # "accused X of complicity [in] shipping ...": the parser hangs "in" on the verb
        nouns = [
            o
            for p in prep.head.children
            if p.dep_ == "prep" and p.lower_ in _CHARGE_PREPS and p.i < prep.i
            for o in p.children
            if o.dep_ == "pobj"
        ]
    involved = ctx.grammar["involvement_nouns"]
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in involved), None)


def involved_doers(act: Token, ctx: Context) -> tuple[list[str], bool]:
    """Who is involved in ``act`` (see :func:`involvement_of`) and whether they are only guessed: the
    involvement's named owner ("Iran's involvement", "Iranian involvement"), else the one a verb charges
    with it, the verb's object or passive subject ("accused X of involvement in", "expelled a diplomat
    over his role in", "sanctioned X for its role in", "X was accused of complicity in"), else the owner
    a pronoun stands for, else its "of"/"by" phrase ("the involvement of X in"); none where the act is
    no involvement's."""
    noun = involvement_of(act, ctx)
    if noun is None:
        return [], False
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS]
    named = [a for c in owners if c.pos_ != "PRON" for a in np_actors(c, ctx)[0]]
    if named:
        return named, False
    charged = _charged_with(noun, ctx)
    if charged:
        return charged, False
    found: list[str] = []
    guessed = False
    for owner in owners:
        sub, inf = np_actors(owner, ctx)
        found.extend(sub)
        guessed |= inf
    if not found:
        found, _, guessed = prep_objects(noun, ("of", "by"), ctx)
    return list(dict.fromkeys(found)), guessed


def _charged_with(noun: Token, ctx: Context) -> list[str]:
    """The object of the verb that charges, punishes or credits someone with ``noun`` through its
    "of", "for" or "over" phrase ("accused [X] of complicity", "expelled [X] over his role"), or whom
    the object falls on ("imposed sanctions on [X] for its role")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _CHARGE_PREPS:
        return []
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    found: list[str] = []
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        # "India has been accused by Canada of involvement in ...": the passive's subject is charged
        found.extend(np_actors(obj, ctx)[0] or prep_objects(obj, ("on", "against"), ctx)[0])
    return found
