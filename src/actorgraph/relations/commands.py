"""A command to one's own forces or officials: "Putin ordered his army to invade Ukraine", "the
president ordered the military to strike X", "authorized the Pentagon to send weapons to X".

The act commanded is the commander's (``subjects`` reads its doer: the object where it names an
actor, else the commander), and the command asks no one: a state makes no request of its own army,
nor of whom the army is to act on. ``own_command_rule`` in grammar.json names the verbs and the nouns
of subordinates."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.relations.arguments import Context, np_actors, subjects
from actorgraph.relations.discourse.common import state_of

__all__ = ["commanded_doers", "own_command"]


def own_command(verb: Token, ctx: Context) -> bool:
    """Whether ``verb`` commands the commander's own forces or officials to do what its infinitive
    complement says: an object whose head is a subordinate noun naming no actor of another state
    ("his army", "Turkish troops"), or a bare one ("the army": the commander's, whoever the resolver
    took it for)."""
    rule = ctx.grammar["own_command_rule"]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in rule["verbs"]:
        return False
    if not any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not {objects[0].lemma_.lower(), objects[0].lower_} & set(rule["subordinates"]):
        return False
    states: set[str] = set()
    for commander in subjects(verb, ctx)[0]:
        draft = ctx.actors.actors.get(commander)
        if draft is None or (draft.type != "country" and not draft.country):
            return False  # "the Security Council ordered the government to ...": no state's command
        states.add(state_of(ctx, commander))
    if not states:
        return False
    return _bare(objects[0]) or all(state_of(ctx, a) in states for a in np_actors(objects[0], ctx)[0])


def commanded_doers(complement: Token, ctx: Context) -> list[str] | None:
    """Who does what an own command orders (``complement`` its infinitive): the commander where the
    object is bare ("ordered the army to ..."), else ``None`` (the object, read as any object control)."""
    verb = complement.head
    if complement.dep_ != "xcomp" or verb is complement or not own_command(verb, ctx):
        return None
    if not any(c.dep_ == "dobj" and _bare(c) for c in verb.children):
        return None
    return subjects(verb, ctx)[0]


def _bare(noun: Token) -> bool:
    """A subordinate noun with nothing but an article: "the army", "the military"."""
    return all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
