"""Relation extraction: lexicon, dependency patterns, and conversion to :class:`Relation`."""

from __future__ import annotations

from actorgraph.actors.groups import own_forces, relation_side
from actorgraph.actors.resolve import Affiliation, DocActors
from actorgraph.actors.sectors import commentator, folded_organ
from actorgraph.model import UNSTATED_BELOW, Document, Relation, stable_id
from actorgraph.relations.candidates import Candidate
from actorgraph.relations.domestic import affiliated_acts, domestic_advocacy
from actorgraph.relations.extract import extract_candidates
from actorgraph.relations.learned.pairs import LearnedPair, PairModel
from actorgraph.relations.lexicon import Lexicon, Trigger, load_lexicon

__all__ = [
    "LEARNED_CONFIDENCE",
    "UNSTATED_BELOW",
    "UNSTATED_CONFIDENCE",
    "Lexicon",
    "PairModel",
    "Trigger",
    "doc_relations",
    "load_lexicon",
]


def _relation(
    document: Document,
    actors: DocActors,
    source: str,
    target: str,
    rtype: str,
    sentence_start: int,
    sentence_end: int,
    predicate: str,
    **fields: object,
) -> Relation:
    if rtype != "AFFILIATION":
        # a group of civilians a foreign actor acts upon stands for its state, keeping its sector
        (source, source_sector), (target, target_sector) = (
            relation_side(actors, source, target, doer=True),
            relation_side(actors, target, source),
        )
    else:
        source_sector, target_sector = actors.actors[source].sector, actors.actors[target].sector
    src, tgt = actors.actors[source], actors.actors[target]
    sentence = document.text[sentence_start:sentence_end].strip()
    lead = len(document.text[sentence_start:sentence_end]) - len(
        document.text[sentence_start:sentence_end].lstrip()
    )
    start = sentence_start + lead
    return Relation(
        id=stable_id(document.id, start, source, rtype, target, predicate),
        doc_id=document.id,
        source_id=source,
        source_name=src.name,
        source_type=src.type,
        source_country=src.country,
        target_id=target,
        target_name=tgt.name,
        target_type=tgt.type,
        target_country=tgt.country,
        source_sector=source_sector,
        target_sector=target_sector,
        type=rtype,
        predicate=predicate,
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        **fields,  # type: ignore[arg-type]
    )


def _from_candidate(document: Document, actors: DocActors, lexicon: Lexicon, c: Candidate) -> Relation:
    info = lexicon.types.get(c.trigger.plover)
    return _relation(
        document,
        actors,
        c.source,
        c.target,
        c.trigger.plover,
        c.sentence.start_char,
        c.sentence.end_char,
        c.predicate,
        cameo_root=c.trigger.cameo[:2] or (info.cameo_roots[0] if info else None),
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        directed=c.directed,
        negated=c.negated,
        hypothetical=c.hypothetical,
        attributed_to=c.attributed_to,
        date=c.date,
        confidence=round(c.confidence, 2),
    )


def _from_affiliation(document: Document, actors: DocActors, a: Affiliation) -> Relation:
    return _relation(
        document,
        actors,
        a.source_id,
        a.target_id,
        "AFFILIATION",
        a.sentence.start_char,
        a.sentence.end_char,
        a.predicate,
        cameo_root=None,
        quad_class=None,
        goldstein=None,
        directed=True,
        negated=False,
        hypothetical=False,
        attributed_to=None,
        date=document.date,
        confidence=0.8 if a.from_text else 0.6,
    )


def _member(actors: DocActors, a: Affiliation, acting: set[str]) -> bool:
    """Whether an affiliation is worth stating: not an organ's membership of its own state (it is the
    state), not that of a commentator (analyst, former official, journalist) or of an IGO's organ
    that takes part in no event. An outlet in none has the state the text gives it ("Syria's national
    news agency SANA"), not the gazetteer's ("told Kyodo", "Xinhua reported")."""
    draft = actors.actors[a.source_id]
    if folded_organ(draft.type, draft.sector, draft.country, a.target_id):
        return False
    if a.source_id not in acting:
        if draft.type == "igo":  # an organ in no event is no actor: "at the European Parliament"
            return False
        if draft.type == "media":
            return a.from_text
    return a.source_id in acting or not commentator(draft.type, draft.sector, draft.office)


def _from_learned(document: Document, actors: DocActors, lexicon: Lexicon, p: LearnedPair) -> Relation:
    info = lexicon.types.get(p.type)
    return _relation(
        document,
        actors,
        p.source,
        p.target,
        p.type,
        p.sentence_start,
        p.sentence_end,
        p.predicate,
        cameo_root=info.cameo_roots[0] if info and info.cameo_roots else None,
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        directed=True,
        negated=p.negated,
        hypothetical=p.hypothetical,
        attributed_to=p.attributed_to,
        date=document.date,
        # below every rule's confidence (SUGGESTED_BELOW and up), so that an analyst can filter them out;
        # under UNSTATED_BELOW when no word of its sentence states an act of the pair
        confidence=round((LEARNED_CONFIDENCE if p.stated else UNSTATED_CONFIDENCE) * p.probability, 2),
    )


#: The highest confidence a learned relation gets (its probability times this): under
#: :data:`~actorgraph.model.SUGGESTED_BELOW`, the rules' lowest (0.75 or 0.55 for a verb, less 0.15 when
#: inferred), so that a relation's confidence tells an analyst whether a rule stated it.
LEARNED_CONFIDENCE = 0.35
#: The highest confidence of a learned relation whose evidence sentence has no word of the lexicon joining
#: its two actors ("X said Y was a partner": the type is the model's guess from the story): under
#: :data:`UNSTATED_BELOW`, which every other learned relation reaches (the model's threshold times
#: :data:`LEARNED_CONFIDENCE`), so that the tables tell the two kinds apart by confidence alone.
UNSTATED_CONFIDENCE = 0.12


def _words_within(short: str, long: str) -> bool:
    """Whether the words of ``short`` stand in a row inside ``long`` ("held talks" in "held talks with")."""
    inner, outer = short.split(), long.split()
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def _same_statement(a: Candidate, b: Candidate) -> bool:
    """Whether two readings of one sentence's pair and type are one statement: their predicates share
    their words, and neither reverses the other ("held talks with X", mutual, and "held talks", X's
    host's, are one; "A accused B" and "B accused A" are two)."""
    if a.directed and b.directed and (a.source, a.target) != (b.source, b.target):
        return False
    return _words_within(a.predicate, b.predicate) or _words_within(b.predicate, a.predicate)


def _one_reading_each(found: list[Candidate]) -> list[Candidate]:
    """``found`` without a second reading of one statement: two rules that read the same words of a
    sentence ("held talks with X": the verb's pattern and the noun "talks"; "sign" and "sign a minerals
    deal") as the same event between the same sides, with the same flags, make one relation, the more
    confident (then the longer predicate). Two acts of one type in one sentence told by other words
    ("banned and sentenced X") stay two."""
    groups: dict[tuple[object, ...], list[Candidate]] = {}
    for c in found:
        key = (c.sentence.start, *sorted((c.source, c.target)), c.trigger.plover, c.negated, c.hypothetical)
        groups.setdefault(key, []).append(c)
    dropped: set[int] = set()
    for group in groups.values():
        ranked = sorted(group, key=lambda c: (-c.confidence, -len(c.predicate)))
        for i, weaker in enumerate(ranked):
            if any(_same_statement(weaker, kept) for kept in ranked[:i] if id(kept) not in dropped):
                dropped.add(id(weaker))
    return [c for c in found if id(c) not in dropped]


def doc_relations(
    document: Document, actors: DocActors, lexicon: Lexicon, learned: PairModel | None = None
) -> list[Relation]:
    """Every relation (events and affiliations) of one document, deduplicated by id, in text order.

    With ``learned``, the pairs of actors named in one sentence that the rules did not relate and
    that its models accept are added (:mod:`actorgraph.relations.learned`), with a confidence below
    :data:`LEARNED_CONFIDENCE`.
    """
    relations: dict[str, Relation] = {}
    found = [
        c
        for c in extract_candidates(actors, lexicon, doc_date=document.date)
        if not own_forces(actors, c.source, c.target, c.trigger.plover)
    ]
    for c in _one_reading_each(found):
        r = _from_candidate(document, actors, lexicon, c)
        relations.setdefault(r.id, r)
    if learned is not None:
        for p in learned.relations(document, actors, lexicon, list(relations.values())):
            r = _from_learned(document, actors, lexicon, p)
            relations.setdefault(r.id, r)
    for own in affiliated_acts(relations.values(), ((a.source_id, a.target_id) for a in actors.affiliations)):
        del relations[own]  # "Ghana sent Deputy Minister X to ...": one side, no aid to him
    for left_out in domestic_advocacy(relations.values()):
        del relations[left_out]  # "activists called on the government": the guidelines leave it out
    acting = {r.source_id for r in relations.values()} | {r.target_id for r in relations.values()}
    for a in actors.affiliations:
        if a.target_id in actors.actors and _member(actors, a, acting):
            r = _from_affiliation(document, actors, a)
            relations.setdefault(r.id, r)
    return sorted(relations.values(), key=lambda r: (r.char_start, r.type == "AFFILIATION", r.id))
