"""What every engine runs on a chunk of documents, wherever it runs: parse and extract, safely.

:func:`process_chunk` is a plain module-level function taking and returning picklable records
(:class:`~actorgraph.model.Document` in, :class:`~actorgraph.model.DocResult` or :class:`Failure`
out), so the same code runs in-process, in a process pool and on Dask workers. The spaCy pipeline,
gazetteer and lexicon are loaded once per process (they are cached by ``load_pipeline``,
``load_gazetteer`` and ``load_lexicon``): a worker pays the model load once, not per chunk.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

from actorgraph.errors import ActorGraphError
from actorgraph.model import DocResult, Document
from actorgraph.pipeline import PipelineConfig, run

__all__ = [
    "CHUNK_CHARS",
    "Failure",
    "Item",
    "chunked",
    "data_version",
    "process_chunk",
    "warm_up",
]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed: reported, not stored, retried by the next run."""

    doc_id: str
    origin: str
    reason: str


#: What engines yield, one per document sent, in input order.
Item = DocResult | Failure


#: About the most characters of text sent to a worker at once. Chunks of a few stories keep the
#: workers evenly loaded to the end of a run (92 stories in chunks of 32 kept one of two workers
#: idle for a third of it); the parse costs the same CPU per word in batches of 12,000 or 100,000
#: characters (measured on the VOA corpus).
CHUNK_CHARS = 25_000


def chunked(items: Iterable[_T], size: int, chars: int | None = None) -> Iterator[list[_T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily.

    With ``chars``, a list also ends once its documents' texts reach ``chars`` characters
    (a list holds at least one item).

    Examples
    --------
    >>> [len(c) for c in chunked(range(7), 3)]
    [3, 3, 1]
    >>> docs = [Document(id=str(n), text="x" * 10) for n in range(5)]
    >>> [len(c) for c in chunked(docs, 32, chars=20)]
    [2, 2, 1]
    """
    chunk: list[_T] = []
    total = 0
    for item in items:
        chunk.append(item)
        if chars is not None:
            total += len(getattr(item, "text", ""))
        if len(chunk) >= size or (chars is not None and total >= chars):
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def process_chunk(documents: Sequence[Document], config: PipelineConfig) -> list[Item]:
    """Parse and extract ``documents``; one :class:`DocResult` or :class:`Failure` each, in order.

    A chunk that fails as a whole is retried document by document, so one document that
    breaks the pipeline is reported and the others of its chunk are still extracted.
    """
    todo = list(documents)
    done: dict[str, Item]
    try:
        done = {r.document.id: r for r in run(todo, config)}
    except ActorGraphError:
        raise  # a missing model or a bad data file concerns every document: stop
    except Exception:
        done = {}
        for d in todo:
            try:
                done.update((r.document.id, r) for r in run([d], config))
            except ActorGraphError:
                raise
            except Exception as exc:
                logger.debug("extraction failed on %s", d.id, exc_info=True)
                done[d.id] = Failure(
                    d.id, d.origin or d.id, f"extraction failed: {type(exc).__name__}: {exc}"
                )
    return [done[d.id] for d in documents]


def warm_up(config: PipelineConfig) -> int:
    """Load the pipeline and data of ``config`` in this process (e.g. a worker); returns the pid."""
    run([Document(id="warm-up", text="Warm up.")], config)
    return os.getpid()


def _file_digest(h: hashlib._Hash, path: Path | Traversable) -> None:
    try:
        data = path.read_bytes()
    except OSError:
        data = b"<missing>"
    h.update(path.name.encode() + b"\0" + data + b"\0")


def _model_tag(model: str | None) -> str:
    if model and Path(model).is_dir():
        meta = Path(model) / "meta.json"
        return (
            "path:" + hashlib.sha256(meta.read_bytes() if meta.is_file() else model.encode()).hexdigest()[:16]
        )
    from actorgraph.nlp import DEFAULT_MODELS

    names: tuple[str, ...] = (model,) if model else DEFAULT_MODELS
    for name in names:
        if model is None and importlib.util.find_spec(name) is None:
            continue
        try:
            return f"{name}=={importlib.metadata.version(name)}"
        except importlib.metadata.PackageNotFoundError:
            return name
    return str(model)


def data_version(config: PipelineConfig) -> str:
    """A fingerprint of what extraction depends on besides the text.

    It covers actorgraph's version, the spaCy model and its version, every built-in data file
    and the user's actor and lexicon files. A stored document extracted under another
    fingerprint is out of date: ``Store.reprocess`` extracts it again.
    """
    from actorgraph import __version__
    from actorgraph.actors.matcher import TOKEN_TABLE

    h = hashlib.sha256()
    h.update(f"actorgraph {__version__}\0model {_model_tag(config.model)}\0".encode())
    data = files("actorgraph").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda p: p.name):
        # the gazetteer token table only saves start-up time: it changes no extraction
        if entry.is_file() and not entry.name.startswith(".") and entry.name != TOKEN_TABLE:
            _file_digest(h, entry)
    for extra in (config.actors, config.lexicon):
        if extra:
            _file_digest(h, Path(extra))
        else:
            h.update(b"-\0")
    if config.learned:  # the learned pair model adds relations: a store made without it is out of date
        h.update(b"learned\0")
    return h.hexdigest()[:16]
