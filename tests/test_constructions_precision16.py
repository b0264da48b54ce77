"""Precision, round 16: a name that names a document, a programme or a day is no side of a relation.

Every sentence here was written for these tests (none comes from a gold file); five sentences with
different actors, wording and sentence shapes, plus guards for the bodies whose names the tagger
alone finds. Expectations are what a careful event coder writes down.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("Nepal backs the Himalayan Water Arrangement, a deal with India.", "Arrangement"),
        ("Turkey pulled out of the UN-brokered Aegean Fuel Initiative in May.", "Initiative"),
        ("Kenya welcomed the Comprehensive Economic Partnership Agreement with the UAE.", "Agreement"),
        ("Brazil endorsed the Amazon Cooperation Treaty on Friday.", "Treaty"),
        ("Nepal supports the Framework Arrangement on Trade with Australia, officials said.", "Arrangement"),
    ],
)
def test_a_named_document_is_no_side(relations_of: RelationsOf, text: str, document: str) -> None:
    """A treaty, an arrangement or an initiative the tagger took for an organisation is what the
    sides sign, back or leave, never a party that agrees, is supported or is met."""
    rows = [r for r in relations_of(text) if r.type != "AFFILIATION"]
    sides = [(r.source_name, r.type, r.target_name) for r in rows]
    assert not any(document in r.source_name or document in r.target_name for r in rows), sides


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # bodies the tagger alone finds keep their place as sides, whatever their name ends in
        ("The Mekong River Commission urged Laos to halt work on the dam.", "Commission"),
        ("The Caspian Fisheries Council accused Iran of overfishing sturgeon.", "Council"),
    ],
)
def test_a_named_body_stays_a_side(relations_of: RelationsOf, text: str, body: str) -> None:
    """Only names headed by a document, a programme or a day are dropped: a commission or a council
    of the tagger's still acts."""
    rows = [r for r in relations_of(text) if r.type != "AFFILIATION"]
    assert any(body in r.source_name for r in rows), [(r.source_name, r.type, r.target_name) for r in rows]
