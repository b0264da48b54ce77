"""The immutable :class:`Result` of a run, with its graph, table, page and export views."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from actorgraph.errors import RenderError
from actorgraph.files import atomic_write
from actorgraph.model import Actor, DocResult, Document, Mention, Relation

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from pyvis.network import Network

    from actorgraph.engines.progress import ProgressOption
    from actorgraph.export import ExportFormat
    from actorgraph.graph import Weight

__all__ = ["Result", "make_folder", "merge_actors"]


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


@dataclass(frozen=True)
class Result:
    """Documents, actors, mentions and relations of a run, with graph, table, page and export views.

    A result is immutable: its fields are tuples, its :attr:`graph` is frozen, and
    :meth:`filter` returns a new result whose graph, tables, page and exports all agree.

    Examples
    --------
    >>> import actorgraph as ag
    >>> iran, iraq = ag.Actor("IRN", "Iran", "country", "IRN"), ag.Actor("IRQ", "Iraq", "country", "IRQ")
    >>> talks = ag.Relation.between(iran, iraq, "CONSULT", "Iran met Iraq.", quad_class=1)
    >>> result = ag.Result((), (iran, iraq), (talks,))
    >>> result.graph.number_of_edges(), result.filter(types="ASSAULT").graph.number_of_edges()
    (1, 0)
    """

    documents: tuple[Document, ...]
    actors: tuple[Actor, ...]
    relations: tuple[Relation, ...]
    mentions: tuple[Mention, ...] = ()
    title: str = "actorgraph"

    def __post_init__(self) -> None:
        for name in ("documents", "actors", "relations", "mentions"):
            value = getattr(self, name)
            if not isinstance(value, tuple):  # lists are accepted and kept as tuples
                object.__setattr__(self, name, tuple(value))

    @classmethod
    def from_doc_results(cls, results: Iterable[DocResult], *, title: str = "actorgraph") -> Result:
        """Assemble a result from the per-document results of the pipeline (a document id once)."""
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
        return cls(
            tuple(documents), tuple(merge_actors(actors)), tuple(relations.values()), tuple(mentions), title
        )

    # --- graphs -------------------------------------------------------------------------------

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """One node per actor, one edge per relation (keyed by relation id); frozen: copy it to change it.

        Edge attributes are the relation's fields, with ``mutual`` for the negation of ``directed``
        (see :func:`actorgraph.graph.edge_attributes`), so that ``pyvis``' ``Network.from_nx``
        takes the graph (give it ``graph.copy()``: it writes sizes and widths into what it reads).
        """
        import networkx as nx

        from actorgraph.graph import build_graph

        return nx.freeze(build_graph(self.actors, self.relations))

    def country_graph(self) -> nx.MultiDiGraph:
        """The graph with people and state organs folded into their states, evidence kept."""
        from actorgraph.graph import country_graph

        return country_graph(self.graph)

    def to_digraph(
        self,
        *,
        affiliations: bool = False,
        reciprocal: Literal["both", "stored"] = "both",
        weight: Weight = "relations",
        negated: bool = False,
        hypothetical: bool = False,
    ) -> nx.DiGraph:
        """The events as a simple directed graph, one weighted edge per ordered pair of actors.

        For the algorithms that refuse multigraphs. AFFILIATION edges and relations stated as
        negated or hypothetical are left out by default; a mutual relation counts both ways.
        Parameters and edge attributes as in :func:`actorgraph.graph.event_digraph`.
        ``pyvis.network.Network.from_nx`` accepts this graph, as it does :attr:`graph`.
        """
        from actorgraph.graph import event_digraph

        return event_digraph(
            self.graph,
            affiliations=affiliations,
            reciprocal=reciprocal,
            weight=weight,
            negated=negated,
            hypothetical=hypothetical,
        )

    def to_exchange_graph(self) -> nx.MultiDiGraph:
        """A copy of :attr:`graph` that networkx's own writers accept (``nx.write_graphml``,
        ``nx.write_gexf``): no ``None``, lists as JSON; see :func:`actorgraph.export.to_exchange_graph`."""
        from actorgraph.export import to_exchange_graph

        return to_exchange_graph(self.graph)

    def to_pyvis(self, *, height: str = "750px", width: str = "100%") -> Network:
        """A ``pyvis.network.Network`` styled like the report, for users who customise it.

        See :func:`actorgraph.visual.to_pyvis`: colours, sizes, positions and plain-text
        titles as on the page; nothing is written until you call ``write_html``.
        """
        from actorgraph.visual import to_pyvis

        return to_pyvis(self.graph, height=height, width=width)

    # --- slicing ------------------------------------------------------------------------------

    def filter(
        self,
        *,
        types: str | Iterable[str] | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        actors: str | Iterable[str] | None = None,
        min_confidence: float | None = None,
        statuses: str | Iterable[str] | None = None,
        affiliations: bool = True,
    ) -> Result:
        """A new result with the documents and relations that pass, as the event store filters.

        Parameters
        ----------
        types : str or iterable of str, optional
            PLOVER types (or AFFILIATION) to keep, in any case.
        since, until : str or datetime.date, optional
            Keep documents published on or after ``since`` and on or before ``until``
            (``YYYY-MM-DD``, inclusive); undated documents are left out when either is given.
        actors : str or iterable of str, optional
            Keep relations with one of these actors as source or target; ids, names or aliases
            (``"IRN"``, ``"Iran"``, ``"Tehran"``).
        min_confidence : float, optional
            Keep relations at least this confident (0–1).
        statuses : str or iterable of str, optional
            Keep relations of these statuses: ``"asserted"``, ``"reported"``,
            ``"hypothetical"``, ``"negated"``. Each relation has one: negated if stated as not
            happening (even by a speaker), else hypothetical, else reported if attributed to a
            speaker, else asserted (:func:`actorgraph.filters.status_of`; the event store and
            the report page's status filter use the same). ``statuses=["asserted",
            "reported"]`` drops negated and hypothetical ones.
        affiliations : bool
            Keep AFFILIATION relations.

        Returns
        -------
        Result
            Its actors are those of the kept relations (and, when only dates are given, every
            actor mentioned in a kept document), with mentions counted in the kept documents.

        Raises
        ------
        InputError
            For a bad value, naming the parameter; for an unknown actor, with the closest
            matches ("no actor 'Iram'; did you mean IRN (Iran)?").
        """
        from actorgraph.filters import RelationFilter

        rule = RelationFilter.make(
            self.actors,
            types=types,
            since=since,
            until=until,
            actor_keys=actors,
            min_confidence=min_confidence,
            statuses=statuses,
            affiliations=affiliations,
        )
        documents = tuple(d for d in self.documents if rule.keeps_day(d.date))
        kept_docs = {d.id for d in documents}
        dated = rule.since is not None or rule.until is not None
        relations = tuple(r for r in self.relations if (not dated or r.doc_id in kept_docs) and rule.keeps(r))
        involved = {i for r in relations for i in (r.source_id, r.target_id)}
        mentions = tuple(
            m
            for m in self.mentions
            if m.doc_id in kept_docs and (not rule.by_relation or m.actor_id in involved)
        )
        counts = Counter(m.actor_id for m in mentions)
        keep = involved if rule.by_relation else involved | set(counts)
        actors_ = tuple(
            replace(a, mentions=counts[a.id]) if dated or rule.by_relation else a
            for a in self.actors
            if a.id in keep
        )
        return Result(documents, actors_, relations, mentions, self.title)

    # --- tables -------------------------------------------------------------------------------

    def to_pandas(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """``(actors, relations)`` as typed DataFrames; see :meth:`actor_frame` and :meth:`relation_frame`."""
        return self.actor_frame(), self.relation_frame()

    def actor_frame(self) -> pd.DataFrame:
        """One row per actor, with fixed columns and dtypes (see :mod:`actorgraph.frames`)."""
        from actorgraph.frames import actor_frame

        return actor_frame(self.actors)

    def relation_frame(self) -> pd.DataFrame:
        """One row per relation, with ``datetime`` and ``date_precision`` (see :mod:`actorgraph.frames`)."""
        from actorgraph.frames import relation_frame

        return relation_frame(self.relations)

    def document_frame(self) -> pd.DataFrame:
        """One row per document, with ``datetime`` and ``date_precision``."""
        from actorgraph.frames import document_frame

        return document_frame(self.documents)

    def mention_frame(self) -> pd.DataFrame:
        """One row per mention of an actor: document, actor, text as written, offsets, how it was resolved."""
        from actorgraph.frames import mention_frame

        return mention_frame(self.mentions)

    # --- pages and files ----------------------------------------------------------------------

    def to_html(self, *, max_nodes: int | None = None, progress: ProgressOption = None) -> str:
        """The self-contained report page as a string.

        Parameters
        ----------
        max_nodes : int, optional
            Draw at most this many actors (those with the most relations); by default
            :data:`actorgraph.render.MAX_NODES` (20,000), as :func:`~actorgraph.render.render_report`.
        progress : bool, tqdm class or bar, or Progress, optional
            As for :func:`build`, counting the steps of the page build
            (:data:`actorgraph.render.RENDER_STEPS`) instead of documents.
        """
        from actorgraph.render import MAX_NODES, render_report

        return render_report(
            self.graph,
            title=self.title,
            documents=self.documents,
            max_nodes=MAX_NODES if max_nodes is None else max_nodes,
            progress=progress,
        )

    def save_html(
        self, path: str | os.PathLike[str], *, max_nodes: int | None = None, progress: ProgressOption = None
    ) -> Path:
        """Write the report page to ``path`` (parent folders are created) and return the path.

        The page is written atomically: a failed write leaves the previous file as it was.
        ``max_nodes`` and ``progress`` as for :meth:`to_html`.
        """
        out = Path(path)
        page = self.to_html(max_nodes=max_nodes, progress=progress)
        make_folder(out)
        return atomic_write(out, page)

    def export(self, path: str | os.PathLike[str], format: ExportFormat) -> Path:
        """Write the result as ``gexf``, ``graphml``, ``json`` (node-link), ``csv`` or ``parquet``.

        Parent folders are created; the file is written atomically; the path is returned.
        """
        from actorgraph.export import export

        out = Path(path)
        make_folder(out)
        export(self, out, format)
        return out

    # --- notebooks ----------------------------------------------------------------------------

    def show(
        self, *, height: int = 650, max_nodes: int | None = None, progress: ProgressOption = None
    ) -> None:
        """Display the interactive report in Jupyter, VS Code or IPython (the page in a sandboxed iframe).

        A plain-HTML summary comes first: in an untrusted notebook, where JupyterLab removes
        the frame, it says what to do.

        Parameters
        ----------
        height : int
            Height of the frame in pixels.
        max_nodes : int, optional
            Draw at most this many actors (those with the most relations); as for :meth:`to_html`.
        progress : bool, tqdm class or bar, or Progress, optional
            As for :meth:`to_html`.

        Raises
        ------
        RenderError
            Outside IPython, or for a height that is not a positive number of pixels.
        """
        from actorgraph.notebook import ReportView, display_report, summary_html

        if isinstance(height, bool) or not isinstance(height, int) or height < 1:
            raise RenderError(f"show(height={height!r}): use a positive number of pixels")
        summary = summary_html(self.graph, title=self.title, documents=self.documents, frame=True)
        display_report(ReportView(summary, self.to_html(max_nodes=max_nodes, progress=progress), height))

    def _repr_html_(self) -> str:
        from actorgraph.notebook import summary_html

        return summary_html(self.graph, title=self.title, documents=self.documents)

    def __repr__(self) -> str:
        return (
            f"<Result: {len(self.documents)} documents, {len(self.actors)} actors, "
            f"{len(self.relations)} relations>"
        )


def make_folder(out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"{out}: cannot create the folder ({exc.strerror or exc})") from exc
