"""The pure document step, and the batch loop around it.

``document_step(doc, document, ...)`` turns one parsed document into a
:class:`DocResult` (actors, mentions, relations) with no global state, so that
every engine (in-process, multiprocessing, a cluster) gives identical results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from actorgraph.actors.gazetteer import Gazetteer, load_gazetteer
from actorgraph.actors.resolve import DocActors, resolve_actors
from actorgraph.errors import InputError
from actorgraph.model import Actor, DocResult, Document, Mention, stable_id
from actorgraph.nlp import load_pipeline
from actorgraph.relations import Lexicon, doc_relations, load_lexicon

__all__ = ["PipelineConfig", "document_step", "run"]

#: Longest document parsed as a whole (characters); spaCy's own default limit is 1,000,000.
MAX_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """What a run needs to know: the model and the user's data files."""

    model: str | None = None
    actors: str | None = None
    lexicon: str | None = None
    batch_size: int = 32


def _actor_list(
    document: Document, found: DocActors, keep: set[str]
) -> tuple[tuple[Actor, ...], tuple[Mention, ...]]:
    actors = tuple(
        Actor(
            id=d.id,
            name=d.name,
            type=d.type,  # type: ignore[arg-type]
            country=d.country,
            aliases=tuple(sorted(a for a in d.aliases if a != d.name)),
            mentions=d.mentions,
            resolved_by=tuple(d.resolved_by),  # type: ignore[arg-type]
            office=d.office,
            sector=d.sector,
            sector_by=d.sector_by,
        )
        for d in found.actors.values()
        if d.id in keep
    )
    doc = found.doc
    mentions = tuple(
        Mention(
            document.id,
            m.actor_id,
            m.text,
            doc[m.start].idx,
            doc[m.end - 1].idx + len(doc[m.end - 1].text),
            m.resolved_by,  # type: ignore[arg-type]
        )
        for m in found.mentions
        if m.actor_id in keep
    )
    return actors, mentions


def document_step(doc: Doc, document: Document, gazetteer: Gazetteer, lexicon: Lexicon) -> DocResult:
    """Resolve actors and extract relations from one parsed document.

    NER-only organisations that take part in no relation are left out: on saved web
    pages they are mostly page furniture ("Al-Monitor PRO").
    """
    found = resolve_actors(doc, gazetteer)
    relations = doc_relations(document, found, lexicon)
    involved = {r.source_id for r in relations} | {r.target_id for r in relations}
    keep = {
        a.id
        for a in found.actors.values()
        if a.id in involved or (a.mentions and (a.gazetteer or a.type == "person"))
    }
    relations = [r for r in relations if r.source_id in keep and r.target_id in keep]
    actors, mentions = _actor_list(document, found, keep)
    return DocResult(document, actors, mentions, tuple(relations))


def run(
    documents: Iterable[Document],
    config: PipelineConfig = PipelineConfig(),
    *,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[DocResult]:
    """Parse documents in batches and yield one :class:`DocResult` each, in input order.

    A document too long to parse is reported through ``on_error`` (or raised) and skipped.
    """
    nlp = load_pipeline(config.model, config.actors)
    gazetteer = load_gazetteer(config.actors)
    lexicon = load_lexicon(config.lexicon)

    texts: dict[str, str] = {}  # id -> hash of the text first seen under it

    def accepted() -> Iterator[tuple[str, Document]]:
        for document in documents:
            digest = stable_id(document.text)
            if texts.setdefault(document.id, digest) != digest:
                reason = (
                    f"id {document.id!r} was already used for a different text (give each record "
                    "its own id, or leave 'id' out to key documents by their content)"
                )
                if on_error is None:
                    raise InputError(document.origin or document.id, reason)
                on_error(InputError(document.origin or document.id, reason))
                continue
            if len(document.text) > MAX_CHARS:
                error = InputError(
                    document.origin or document.id,
                    f"document is {len(document.text):,} characters; the limit is {MAX_CHARS:,}: split it",
                )
                if on_error is None:
                    raise error
                on_error(error)
                continue
            yield document.text, document

    for doc, document in nlp.pipe(accepted(), batch_size=config.batch_size, as_tuples=True):
        yield document_step(doc, document, gazetteer, lexicon)
