"""The pure document step, and the batch loop around it.

``document_step(doc, document, ...)`` turns one parsed document into a
:class:`DocResult` (actors, mentions, relations) with no global state, so that
every engine (in-process, multiprocessing, a cluster) gives identical results.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from actorgraph.actors.gazetteer import Gazetteer, load_gazetteer
from actorgraph.errors import InputError
from actorgraph.model import Actor, DocResult, Document, Mention, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from actorgraph.actors.resolve import DocActors
    from actorgraph.relations import Lexicon, PairModel

__all__ = [
    "BATCH_CHARS",
    "LEARNED_BY_DEFAULT",
    "WINDOW",
    "PipelineConfig",
    "document_step",
    "freeze_after_load",
    "pieces",
    "run",
]

logger = logging.getLogger(__name__)

#: Longest piece of a document parsed as one spaCy ``Doc`` (characters): a longer document is cut,
#: at the largest break (section, paragraph, line, sentence, word) in the last half of each window.
#: Parsing takes about 3.4 kB of memory per character, so memory stays bounded whatever the length.
WINDOW = 100_000
#: Most characters parsed in one batch (of at most ``batch_size`` documents or pieces): parsing peaks at
#: about 3.4 kB per character of the batch, so a corpus of short documents peaks as one long document
#: does (a piece fills a batch), and a corpus x4 as the corpus.
BATCH_CHARS = 100_000


class _Collector:
    """When this process's cycle collector runs for the parse, across calls of :func:`run` (an
    engine calls it once per chunk of a few documents).

    A batch's parse leaves reference cycles; collected after about half a full batch's characters
    (80 ms, about 2% of their parse; less with the model frozen), they never pile up across batches
    (the CLI's collector runs rarely), so peak memory is one batch's, whatever the corpus size.
    """

    def __init__(self) -> None:
        self.parsed = 0  # characters parsed since the last collection
        self.freeze = False  # whether to freeze what is alive after the next model load

    def loaded(self) -> None:
        """The model is loaded: freeze what is alive now, if :func:`freeze_after_load` asked."""
        if self.freeze:
            self.freeze = False
            gc.freeze()

    def batch_parsed(self, characters: int) -> None:
        """A batch of ``characters`` was parsed and its results made: collect, if it is time."""
        self.parsed += characters
        if self.parsed >= BATCH_CHARS // 2:
            self.parsed = 0
            gc.collect()


_COLLECTOR = _Collector()

_BREAKS = tuple(
    re.compile(p)
    for p in (
        r"\n[ \t]*\n[ \t]*\n\s*",  # a section: two blank lines or more
        r"\n[ \t]*\n\s*",  # a paragraph
        r"\n\s*",  # a line
        r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])",  # a sentence
        r"\s+",  # a word
    )
)


#: Whether the learned pair model (``relations.learned``) adds the pairs the rules miss unless told.
LEARNED_BY_DEFAULT = True


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """What a run needs to know: the model and the user's data files."""

    model: str | None = None
    actors: str | None = None
    lexicon: str | None = None
    batch_size: int = 32
    #: whether the learned pair model adds the pairs the rules miss (``relations.learned``)
    learned: bool = LEARNED_BY_DEFAULT


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


def document_step(
    doc: Doc, document: Document, gazetteer: Gazetteer, lexicon: Lexicon, learned: PairModel | None = None
) -> DocResult:
    """Resolve actors and extract relations from one parsed document (``learned``: the learned pair
    model that adds the pairs the rules miss, none by default).

    NER-only organisations that take part in no relation are left out: on saved web
    pages they are mostly page furniture ("Al-Monitor PRO"). So are commentators
    (:func:`~actorgraph.actors.commentary.commentators`) that take part in no event.
    """
    # (spaCy's side is imported on first use: importing this module, e.g. for the command line's
    # options or an engine's records, does not import spaCy)
    from actorgraph.actors.commentary import commentators
    from actorgraph.actors.resolve import resolve_actors
    from actorgraph.relations import doc_relations

    found = resolve_actors(doc, gazetteer)
    if found.chrome and logger.isEnabledFor(logging.INFO):
        ignored = sum(end - start for start, end in found.chrome)
        where = document.origin or document.id
        logger.info(
            "%s: %d passages of page chrome ignored (%d characters)", where, len(found.chrome), ignored
        )
    relations = doc_relations(document, found, lexicon, learned)
    acting = {a for r in relations if r.type != "AFFILIATION" for a in (r.source_id, r.target_id)}
    # Analysts, academics and former officials who only comment are no actors, and their
    # affiliations go with them (the annotation guidelines of the evaluation sets).
    silent = commentators(found) - acting
    relations = [r for r in relations if r.source_id not in silent and r.target_id not in silent]
    involved = {r.source_id for r in relations} | {r.target_id for r in relations}
    keep = {
        a.id
        for a in found.actors.values()
        if a.id not in silent and (a.id in involved or (a.mentions and (a.gazetteer or a.type == "person")))
    }
    relations = [r for r in relations if r.source_id in keep and r.target_id in keep]
    actors, mentions = _actor_list(document, found, keep)
    return DocResult(document, actors, mentions, tuple(relations))


def pieces(text: str, window: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of ``text``, each at most ``window`` characters.

    Each cut falls at the largest break found in the last half of the window: a section, a
    paragraph, a line, a sentence end, a space; only text with none of them is cut blindly. A
    break's whitespace ends the piece before it, so sentences (and the relations they state)
    are never split where the text has a break.

    Examples
    --------
    >>> text = "Chad thanked Niger.\\n\\nMali accused Algeria. Peru agreed."
    >>> [text[a:b] for a, b in pieces(text, 40)]
    ['Chad thanked Niger.\\n\\n', 'Mali accused Algeria. Peru agreed.']
    """
    start, n = 0, len(text)
    while n - start > window:
        end = _cut(text, start + window // 2, start + window)
        yield start, end
        start = end
    yield start, n


def _cut(text: str, lo: int, hi: int) -> int:
    region = text[lo:hi]
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(region):  # noqa: B007 - the last match is the one wanted
            pass
        if last is not None and last.end() > 0:
            return lo + last.end()
    return hi


def _shifted(result: DocResult, document: Document, offset: int) -> DocResult:
    """A piece's result as part of ``document``: offsets moved by ``offset``, ids kept unique."""
    if not offset:
        return replace(result, document=document)
    return DocResult(
        document,
        result.actors,
        tuple(replace(m, start=m.start + offset, end=m.end + offset) for m in result.mentions),
        tuple(
            replace(
                r, id=stable_id(r.id, offset), char_start=r.char_start + offset, char_end=r.char_end + offset
            )
            for r in result.relations
        ),
    )


def _joined(document: Document, parts: list[DocResult]) -> DocResult:
    """The pieces' results as one: each actor once (mentions summed, aliases united)."""
    if len(parts) == 1:
        return parts[0]
    from actorgraph.api import merge_actors

    return DocResult(
        document,
        tuple(merge_actors(a for p in parts for a in p.actors)),
        tuple(m for p in parts for m in p.mentions),
        tuple(r for p in parts for r in p.relations),
    )


def _batches(
    units: Iterable[tuple[str, _Piece]], size: int, chars: int
) -> Iterator[list[tuple[str, _Piece]]]:
    """Consecutive lists of at most ``size`` units and about ``chars`` characters (at least one unit)."""
    batch: list[tuple[str, _Piece]] = []
    total = 0
    for unit in units:
        if batch and (len(batch) >= size or total + len(unit[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(unit)
        total += len(unit[0])
    if batch:
        yield batch


@dataclass(frozen=True, slots=True)
class _Piece:
    document: Document
    offset: int
    last: bool


def freeze_after_load() -> None:
    """Hide what is alive after this process's next model load from the cycle collector.

    For processes that actorgraph owns (the command line, its worker processes), not for a
    library user's: spaCy, the model, the gazetteer and the lexicon make about 10^6 objects
    that live as long as the process, and ``gc.freeze()`` keeps every later collection from
    walking them again (the collections of a 59k-word run fall from 0.45 to 0.18 s of CPU).
    """
    _COLLECTOR.freeze = True


def run(
    documents: Iterable[Document],
    config: PipelineConfig = PipelineConfig(),
    *,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[DocResult]:
    """Parse documents in batches and yield one :class:`DocResult` each, in input order.

    A document longer than :data:`WINDOW` characters is parsed in pieces (see :func:`pieces`),
    and a batch holds at most ``config.batch_size`` documents or pieces and about
    :data:`BATCH_CHARS` characters, so memory does not grow with document length. A document
    whose id was already given to another text in this run is reported through ``on_error`` (or
    raised) and skipped.
    """
    from actorgraph.nlp import load_pipeline
    from actorgraph.relations import load_lexicon

    nlp = load_pipeline(config.model, config.actors)
    gazetteer = load_gazetteer(config.actors)
    lexicon = load_lexicon(config.lexicon)
    learned = None
    if config.learned:
        from actorgraph.relations.learned.pairs import default_model

        learned = default_model()
    _COLLECTOR.loaded()

    seen: dict[str, str] = {}  # id -> hash of the text first seen under it

    def units() -> Iterator[tuple[str, _Piece]]:
        for document in documents:
            digest = stable_id(document.text)
            if seen.setdefault(document.id, digest) != digest:
                error = InputError(
                    document.origin or document.id,
                    f"id {document.id!r} was already used for a different text (give each record "
                    "its own id, or leave 'id' out to key documents by their content)",
                )
                if on_error is None:
                    raise error
                on_error(error)
                continue
            spans = list(pieces(document.text, WINDOW))
            for k, (a, b) in enumerate(spans):
                yield document.text[a:b], _Piece(document, a, k == len(spans) - 1)

    parts: list[DocResult] = []
    for batch in _batches(units(), config.batch_size, BATCH_CHARS):
        texts = [text for text, _ in batch if text.strip()]  # a blank piece needs no parse
        done: list[DocResult] = []
        # The strings and lexemes a batch adds to spaCy's vocabulary are dropped after it (its
        # Docs are gone by then: results hold plain strings), so memory does not grow with the
        # number of distinct words read.
        with nlp.memory_zone():
            docs = iter(nlp.pipe(texts, batch_size=max(len(texts), 1)))
            for text, piece in batch:
                if text.strip():
                    whole = piece.offset == 0 and piece.last
                    part = piece.document if whole else replace(piece.document, text=text)
                    result = document_step(next(docs), part, gazetteer, lexicon, learned)
                    parts.append(_shifted(result, piece.document, piece.offset))
                if piece.last:
                    done.append(_joined(piece.document, parts) if parts else DocResult(piece.document))
                    parts = []
            del docs
        _COLLECTOR.batch_parsed(sum(map(len, texts)))
        yield from done
