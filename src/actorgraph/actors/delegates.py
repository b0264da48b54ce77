"""The state a delegation's leader or member serves: the delegation's.

"The Ghanaian delegation was led by X", "Uruguay's delegation was headed by X", "the delegation
consisted of X and Y" (``teams.team_of``), "X led the Togolese delegation", "X will lead the Lao
delegation", "X, who headed the Senegalese delegation" (``led_team``): a person the data does not
know and no description gives a state (or gives only a body of no state: "Investment Minister X"
read as an organisation "Investment") serves the one state the delegation's modifiers name. So does
an official (a person with an office) whom a state, its government or its official sends: "Chile's
government sent Undersecretary X to ...", "Minister Y delegated Deputy Minister X to represent ..."
(``sending_verbs`` of ``delegation_rule``; ``_sender_state``). Runs before
``groups.story_officials``, whose story state would otherwise stand in.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.groups import TEAM_NOUNS, modifier_states
from actorgraph.actors.records import Affiliation, DocActors
from actorgraph.actors.teams import delegation_nouns, leading_verbs, sending_verbs, team_of

__all__ = ["delegation_states", "led_team"]

#: Actor types that are a person's own affiliation, which a delegation's state does not replace.
_OWN_BODIES = frozenset({"country", "igo", "armed_group", "person"})


def led_team(name: Token) -> Token | None:
    """The delegation ``name`` leads as the subject of an active leading verb: "X led the Togolese
    delegation", "A and B will head the delegation", "X, who headed the Senegalese delegation"."""
    node = name
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verbs = [node.head] if node.dep_ == "nsubj" else []
    verbs += [
        c
        for c in name.children
        if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in {"who", "that"} for s in c.children)
    ]
    nouns = delegation_nouns() | TEAM_NOUNS
    for verb in verbs:
        if verb.lemma_.lower() not in leading_verbs() or verb.tag_ == "VBN":
            continue
        team = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
        if team is not None:
            return team
    return None


@cache
def _titles() -> frozenset[str]:
    """Titles and office nouns, with their "under" forms ("undersecretary", "under-secretary")."""
    grammar = read_grammar()
    words = frozenset(grammar["titles"]) | frozenset(grammar["office_nouns"])
    return words | {f"under{w}" for w in words} | {f"under-{w}" for w in words}


def _sender_state(name: Token, out: DocActors) -> tuple[str | None, Token] | None:
    """The state that sends ``name``, an official (a title on the way), as the object of a sending verb,
    with the verb: the subject's state, whether the subject is the state, a body or person of known
    state, or a noun its modifiers give one state ("Chile's government", "the Indonesian government")."""
    node, path = name, [name]
    while node.head.i != node.i and (
        node.dep_ in {"conj", "appos", "compound"}
        # "Undersecretary of the Interior X": the parser hangs the name on the title's "of"
        or (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _titles())
    ):
        node = node.head.head if node.dep_ == "pobj" else node.head
        path.append(node)
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in sending_verbs():
        return None
    if not any(
        t.lemma_.lower() in _titles() for p in path for t in (p, *p.children) if t.i < name.i or t is p
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    actor = out.actor_at(subject)
    if actor is not None:
        draft = out.actors[actor]
        return (actor if draft.type == "country" else draft.country), verb
    states = modifier_states(subject, out)
    return (states[0] if len(states) == 1 else None), verb


def delegation_states(out: DocActors) -> None:
    """Give a person of no state the state of the delegation he or she leads or is named in, or of
    whoever sends him or her as an official (see the module docstring): the first mention that names
    one such state decides."""
    doc = out.doc
    for draft in list(out.actors.values()):
        if draft.type != "person" or draft.gazetteer or draft.country:
            continue
        own = [a for a in out.affiliations if a.source_id == draft.id]
        if any((t := out.actors.get(a.target_id)) is None or t.type in _OWN_BODIES or t.country for a in own):
            continue
        for mention in sorted((m for m in out.mentions if m.actor_id == draft.id), key=lambda m: m.start):
            name = doc[mention.start : mention.end].root
            team = team_of(name, TEAM_NOUNS) or led_team(name)
            states = modifier_states(team, out) if team is not None else []
            evidence = doc[team.left_edge.i : team.i + 1].text if team is not None else ""
            if not states and (sent := _sender_state(name, out)) is not None and sent[0] is not None:
                states, evidence = [sent[0]], sent[1].text
            if len(states) != 1 or not out.ensure_actor(states[0]):
                continue
            draft.country = states[0]
            out.affiliations[:] = [a for a in out.affiliations if a.source_id != draft.id]
            out.affiliations.append(
                Affiliation(draft.id, states[0], name.sent, f"{evidence} {mention.text}", True)
            )
            break
