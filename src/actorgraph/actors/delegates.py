"""The state a delegation's leader or member serves: the delegation's.

"The Ghanaian delegation was led by X", "Uruguay's delegation was headed by X", "the delegation
consisted of X and Y" (``teams.team_of``), "X led the Togolese delegation", "X will lead the Lao
delegation", "X, who headed the Senegalese delegation" (``led_team``): a person the data does not
know and no description gives a state (or gives only a body of no state: "Investment Minister X"
read as an organisation "Investment") serves the one state the delegation's modifiers name. Runs
before ``groups.story_officials``, whose story state would otherwise stand in.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.actors.groups import _TEAM_NOUNS, _modifier_states
from actorgraph.actors.records import Affiliation, DocActors
from actorgraph.actors.teams import delegation_nouns, leading_verbs, team_of

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
    nouns = delegation_nouns() | _TEAM_NOUNS
    for verb in verbs:
        if verb.lemma_.lower() not in leading_verbs() or verb.tag_ == "VBN":
            continue
        team = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
        if team is not None:
            return team
    return None


def delegation_states(out: DocActors) -> None:
    """Give a person of no state the state of the delegation he or she leads or is named in (see the
    module docstring): the first mention that names one delegation of one state decides."""
    doc = out.doc
    for draft in list(out.actors.values()):
        if draft.type != "person" or draft.gazetteer or draft.country:
            continue
        own = [a for a in out.affiliations if a.source_id == draft.id]
        if any((t := out.actors.get(a.target_id)) is None or t.type in _OWN_BODIES or t.country for a in own):
            continue
        for mention in sorted((m for m in out.mentions if m.actor_id == draft.id), key=lambda m: m.start):
            name = doc[mention.start : mention.end].root
            team = team_of(name, _TEAM_NOUNS) or led_team(name)
            if team is None:
                continue
            states = _modifier_states(team, out)
            if len(states) != 1 or not out.ensure_actor(states[0]):
                continue
            draft.country = states[0]
            out.affiliations[:] = [a for a in out.affiliations if a.source_id != draft.id]
            out.affiliations.append(
                Affiliation(
                    draft.id,
                    states[0],
                    name.sent,
                    f"{doc[team.left_edge.i : team.i + 1].text} {mention.text}",
                    True,
                )
            )
            break
