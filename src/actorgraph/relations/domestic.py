"""Domestic advocacy: relations the annotation guidelines leave out.

"Domestic advocacy groups and opposition politicians whose only relation is with their own government
are left out" (``tests/data/voa/README.md``, the guidelines of every annotated set): activists calling
on their government, farmers or unions urging it, the opposition praising or accusing its president.
Such an actor (an advocate's sector, ``domestic_advocacy.sectors`` in grammar.json: the opposition,
parties, rights and aid groups, unions, farmers, business; not the population at large, "the
Albanians of southern Serbia are demanding autonomy", which PLOVER codes) whose relations in the
document are all with its own state's side (the state, its organs and officials) states none: what
it says or asks of that side (``domestic_advocacy.types``) is dropped. What it does in the street
stays (``PROTEST``, and force), and so does what the state does to it (an arrest, a beating); an
actor that also relates to another state or an IGO keeps every relation. Pure Python over the
document's relations, after the rules and the learned pairs.

An official, organ or fighter and the state, organisation or armed group the document affiliates it
with are one side too (``own_side_rule``, as :mod:`actorgraph.relations.candidates` reads it for the
actors whose state is known when the rules run): "Ghana sent Deputy Minister X to the border town" is
no aid to X, "X will head the Kenyan delegation at the talks" no meeting with Kenya, "forces aligned
with X, who commands the Y militia" no support of Y. Only material acts and commitments go; force,
coercion, charges and words addressed to one's own side stay (a purge, a mutiny, an arrest). A
state's membership of an organisation is no such tie ("NATO member Turkey" and NATO stay two sides),
nor is a polity's in its state ("Puntland" and Somalia).
"""

from __future__ import annotations

from collections.abc import Iterable

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.sectors import sector_class
from actorgraph.model import Relation

__all__ = ["affiliated_acts", "domestic_advocacy"]

_NOT_ADVOCATES = frozenset({"country", "igo", "armed_group"})
#: What an actor may do to the body it belongs to, besides ``own_side_rule.kept_types``: force ("the
#: militia killed its own commander", "soldiers fired on their own army's officers").
_FORCE = frozenset({"ASSAULT"})


def _state(actor_id: str, actor_type: str, country: str | None) -> str | None:
    return actor_id if actor_type == "country" else country


def _advocate(actor_type: str, sector: str | None, country: str | None) -> bool:
    """Whether an actor of this type and sector is a domestic advocate: a society or political group
    or person of a known state ("Kenyan activists", "Zambia's opposition", "opposition leader X")."""
    return (
        country is not None
        and actor_type not in _NOT_ADVOCATES
        and (sector or "")[:3].upper() in read_grammar()["domestic_advocacy"]["sectors"]
    )


def domestic_advocacy(relations: Iterable[Relation]) -> set[str]:
    """The ids of the relations in which a domestic advocate whose only relations are with its own
    state's side addresses that side (see the module docstring).

    Examples
    --------
    >>> import actorgraph as ag
    >>> text = "Kenyan human rights activists called on the government to free detained protesters."
    >>> [r.source_name for r in ag.extract(text) if r.type == "REQUEST"]
    []
    """
    events = [r for r in relations if r.type != "AFFILIATION"]
    types = read_grammar()["domestic_advocacy"]["types"]
    abroad: set[str] = set()  # actors with a relation across a border, or with an IGO
    for r in events:
        sides = (
            (r.source_id, r.source_type, r.source_country, r.target_id, r.target_type, r.target_country),
            (r.target_id, r.target_type, r.target_country, r.source_id, r.source_type, r.source_country),
        )
        for me, my_type, my_country, other, other_type, other_country in sides:
            mine, theirs = _state(me, my_type, my_country), _state(other, other_type, other_country)
            if other_type == "igo" or (theirs is not None and theirs != mine):
                abroad.add(me)
    return {
        r.id
        for r in events
        if r.type in types
        and r.source_id not in abroad
        and _advocate(r.source_type, r.source_sector, r.source_country)
        and _state(r.target_id, r.target_type, r.target_country) == r.source_country
        and sector_class(r.target_sector, r.target_type) == "state"
    }


def _own_polity(actor_type: str, sector: str | None) -> bool:
    """Whether an affiliated actor is a side of its own: a state in an organisation, or an organisation
    of no sector, a polity such as a federal member state ("Puntland suspended its cooperation with
    Somalia")."""
    return actor_type == "country" or (actor_type == "organization" and sector is None)


def affiliated_acts(relations: Iterable[Relation], affiliations: Iterable[tuple[str, str]]) -> set[str]:
    """The ids of the event relations between an actor and the body the document affiliates it with
    (``affiliations``: pairs of member and body), but for a state's membership of an organisation and
    the types one's own side may be the target of (see the module docstring).

    Examples
    --------
    >>> import actorgraph as ag
    >>> text = "Ghana sent Deputy Interior Minister Naana Eyiah to the border town after the attack."
    >>> [r.target_name for r in ag.extract(text) if r.type == "AID"]
    []
    """
    ties = set(affiliations)
    kept = _FORCE.union(read_grammar()["own_side_rule"]["kept_types"])
    out: set[str] = set()
    for r in relations:
        if r.type == "AFFILIATION" or r.type in kept:
            continue
        for member, member_type, sector, body in (
            (r.source_id, r.source_type, r.source_sector, r.target_id),
            (r.target_id, r.target_type, r.target_sector, r.source_id),
        ):
            if (member, body) in ties and not _own_polity(member_type, sector):
                out.add(r.id)
    return out
