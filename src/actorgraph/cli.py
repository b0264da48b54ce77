"""The ``actorgraph`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns an
:class:`ActorGraphError` into one line on stderr with exit status 1. A bad file or
record in a batch is reported on its own line and skipped; the rest still produce
output, and the exit status is then 1.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from actorgraph.errors import ActorGraphError, InputError
from actorgraph.export import EXPORT_FORMATS

if TYPE_CHECKING:
    from actorgraph.pipeline import PipelineConfig

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])


class _Errors:
    """Collects input errors of a batch: each is printed once, at once."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        click.echo(f"error: {error} (skipped)", err=True)


def _common(func: F) -> F:
    """INPUT... and the data options: what every parsing command takes."""
    func = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(func)
    return _data_options(func)


def _verbose(_ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("info: %(message)s"))
        log = logging.getLogger("actorgraph")
        log.addHandler(handler)
        log.setLevel(logging.INFO)


def _learned_option(ctx: click.Context, _param: click.Parameter, value: bool | None) -> None:
    if value is not None:
        ctx.meta["actorgraph.learned"] = value


def _learned() -> bool:
    """Whether the command runs the learned pair model (``--learned/--rules-only``)."""
    from actorgraph.pipeline import LEARNED_BY_DEFAULT

    ctx = click.get_current_context(silent=True)
    return bool(ctx.meta.get("actorgraph.learned", LEARNED_BY_DEFAULT)) if ctx else LEARNED_BY_DEFAULT


def _data_options(func: F) -> F:
    """--model, --actors, --lexicon, --learned/--rules-only and --verbose."""
    func = click.option(
        "--learned/--rules-only",
        default=None,
        expose_value=False,
        callback=_learned_option,
        help="Add the pairs of actors named in one sentence that the learned pair model relates and the "
        "rules missed (marked by a confidence under 0.4, drawn faint on the page), or keep to the "
        "hand-written rules.",
    )(func)
    func = click.option(
        "-v",
        "--verbose",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=_verbose,
        help="Say more on stderr, such as how much page chrome each document lost.",
    )(func)
    func = click.option(
        "--model", metavar="NAME_OR_PATH", help="spaCy pipeline: an installed package name or a directory."
    )(func)
    func = click.option(
        "--actors",
        "actors_file",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Extra actors (CSV or JSONL: id, name, type, country, aliases) added to the built-in data.",
    )(func)
    func = click.option(
        "--lexicon",
        "lexicon_file",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Extra relation triggers (CSV or TSV: trigger, plover[, pos, cameo, target, symmetric]).",
    )(func)
    return func


def _run(
    inputs: tuple[str, ...],
    model: str | None,
    actors_file: str | None,
    lexicon_file: str | None,
    title: str | None = None,
) -> tuple[Any, _Errors]:
    from actorgraph.api import build

    errors = _Errors()
    result = build(
        _paths(inputs),
        model=model,
        actors=actors_file,
        lexicon=lexicon_file,
        learned=_learned(),
        title=title,
        on_error=errors,
        progress=sys.stderr.isatty(),  # a bar on a terminal, nothing in pipes and logs
    )
    if not result.documents:
        if errors.count:
            sys.exit(1)  # each bad input has had its own line
        raise ActorGraphError("no documents could be read from the input; nothing to do")
    return result, errors


def _paths(inputs: tuple[str, ...]) -> list[str | Path]:
    """The command's inputs as paths (``-`` stays standard input): a missing path is an error, never text."""
    return [name if name == "-" else Path(name) for name in inputs]


def _finish(errors: _Errors) -> None:
    if errors.count:
        click.echo(f"error: {errors.count} input(s) skipped, see above", err=True)
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="actorgraph")
def cli() -> None:
    """Turn news text about international affairs into a graph of actors and relations.

    \b
    Example:
      actorgraph build examples/voa_stories.jsonl -o graphs/voa.html
    """


@cli.command()
@_common
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Report page to write (default: graphs/<first input name>.html).",
)
@click.option("--title", help="Title of the report page.")
@click.option(
    "--export",
    "exports",
    callback=lambda _ctx, _param, value: _export_formats(value),
    metavar="FORMATS",
    help=f"Also write these formats next to the page, comma-separated: {','.join(EXPORT_FORMATS)}.",
)
def build(
    inputs: tuple[str, ...],
    model: str | None,
    actors_file: str | None,
    lexicon_file: str | None,
    output: str | None,
    title: str | None,
    exports: list[str],
) -> None:
    """Build the interactive HTML report of INPUT... (files, directories, or - for stdin).

    \b
    Example:
      actorgraph build article.txt news/ -o graphs/iran.html --export gexf,csv
    """
    stem = "stdin" if inputs[0] == "-" else Path(inputs[0]).stem or "actorgraph"
    out = Path(output) if output else Path("graphs") / f"{stem}.html"
    for fmt in exports:
        if out.with_suffix(f".{fmt}") == out:
            raise ActorGraphError(
                f"--export {fmt} would write {out}, the page itself; give the page an .html name with -o"
            )
    result, errors = _run(inputs, model, actors_file, lexicon_file, title or stem)
    path = result.save_html(out)
    for fmt in exports:
        written = result.export(out.with_suffix(f".{fmt}"), fmt)
        click.echo(f"{written}: {fmt}", err=True)
    click.echo(
        f"{path}: {len(result.documents)} documents, {len(result.actors)} actors, "
        f"{len(result.relations)} relations",
        err=True,
    )
    _finish(errors)


def _export_formats(value: str | None) -> list[str]:
    formats = [f.strip().lower() for f in (value or "").split(",") if f.strip()]
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise click.BadParameter(f"unknown format {unknown[0]!r}; choose from {', '.join(EXPORT_FORMATS)}")
    return formats


@cli.command("export")
@_common
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Exchange format.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), metavar="FILE", required=True, help="File to write."
)
def export_command(
    inputs: tuple[str, ...],
    model: str | None,
    actors_file: str | None,
    lexicon_file: str | None,
    fmt: str,
    output: str,
) -> None:
    """Write the graph of INPUT... for other tools: GEXF (Gephi), GraphML, node-link JSON,
    or the relation table as CSV or Parquet with GDELT-style columns.

    \b
    Example:
      actorgraph export news/ --format gexf -o graphs/news.gexf
    """
    result, errors = _run(inputs, model, actors_file, lexicon_file)
    written = result.export(output, fmt)
    click.echo(f"{written}: {fmt}, {len(result.actors)} actors, {len(result.relations)} relations", err=True)
    _finish(errors)


def _table_command(kind: str) -> Callable[..., None]:
    def command(
        inputs: tuple[str, ...],
        model: str | None,
        actors_file: str | None,
        lexicon_file: str | None,
        fmt: str,
        output: str | None,
    ) -> None:
        from actorgraph.export import write_actors, write_relations

        result, errors = _run(inputs, model, actors_file, lexicon_file)
        dest: Any = output or sys.stdout
        if kind == "relations":
            write_relations(result.relations, dest, format=fmt)  # type: ignore[arg-type]
        else:
            write_actors(result.actors, dest, format=fmt)  # type: ignore[arg-type]
        _finish(errors)

    command = click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Write here instead of standard output.",
    )(command)
    command = click.option(
        "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True
    )(command)
    return _common(command)


cli.command(
    "extract",
    help="""Write the relation table of INPUT... (one relation a line in JSONL, or CSV).

\b
Example:
  actorgraph extract article.txt --format csv -o relations.csv""",
)(_table_command("relations"))

cli.command(
    "actors",
    help="""Write the actor table of INPUT... (JSONL or CSV).

\b
Example:
  actorgraph actors news/ --format csv -o actors.csv""",
)(_table_command("actors"))


DEFAULT_DB = "graphs/actorgraph.db"


def _store_options(func: F) -> F:
    func = click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=DEFAULT_DB,
        show_default=True,
        metavar="FILE",
        help="The SQLite event store.",
    )(func)
    return func


def _engine_options(func: F) -> F:
    func = click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Worker processes (for --engine dask: of the local cluster).",
    )(func)
    func = click.option(
        "--engine",
        type=click.Choice(["local", "dask"]),
        default="local",
        show_default=True,
        help="Where documents are parsed: this machine, or a Dask cluster (needs actorgraph[dask]).",
    )(func)
    func = click.option(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="Address of a running Dask scheduler (with --engine dask); default: a local cluster.",
    )(func)
    return _data_options(func)


def _config(model: str | None, actors_file: str | None, lexicon_file: str | None) -> PipelineConfig:
    from actorgraph.pipeline import PipelineConfig

    return PipelineConfig(model=model, actors=actors_file, lexicon=lexicon_file, learned=_learned())


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@_store_options
@_engine_options
def add(
    inputs: tuple[str, ...],
    db: str,
    workers: int,
    engine: str,
    scheduler: str | None,
    model: str | None,
    actors_file: str | None,
    lexicon_file: str | None,
) -> None:
    """Add INPUT... to the event store; documents already stored are not parsed again.

    Safe to interrupt: what was committed stays, and running the same command again goes on.

    \b
    Examples:
      actorgraph add news/ --db graphs/syria.db
      actorgraph add corpus.jsonl --db graphs/syria.db --workers 2
      actorgraph add corpus.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from actorgraph.engines import progress_bar
    from actorgraph.store import Store

    errors = _Errors()
    progress = progress_bar(list(inputs))
    try:
        with Store(db) as store:
            stats = store.add(
                list(inputs),
                config=_config(model, actors_file, lexicon_file),
                workers=workers,
                engine=engine,  # type: ignore[arg-type]
                scheduler=scheduler,
                on_error=errors,
                progress=progress,
            )
            counts = store.counts()
    finally:
        if progress is not None:
            progress.close()
    click.echo(f"{db}: {stats}", err=True)
    click.echo(f"{db}: now {counts['documents']} documents, {counts['relations']} relations", err=True)
    if stats.outdated:
        click.echo(
            f"note: {stats.outdated} stored documents were extracted with other data; "
            f"run `actorgraph reprocess --db {db}` to update them",
            err=True,
        )
    _finish(errors)


@cli.command()
@_store_options
@click.option("--since", metavar="DATE", help="Only documents published on or after DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only documents published on or before DATE (YYYY-MM-DD).")
@click.option("--actor", metavar="ID", help="Only relations of this actor (e.g. IRN, P_VLADIMIR_PUTIN).")
@click.option(
    "--type", "types", multiple=True, metavar="PLOVER", help="Only relations of this type (repeatable)."
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE", help="Report page to write.")
@click.option("--title", help="Title of the report page.")
def report(
    db: str,
    since: str | None,
    until: str | None,
    actor: str | None,
    types: tuple[str, ...],
    output: str | None,
    title: str | None,
) -> None:
    """Build the HTML report of the event store, or of a slice of it.

    \b
    Example:
      actorgraph report --db graphs/syria.db --since 2025-01-01 --type ASSAULT -o graphs/assaults.html
    """
    from actorgraph.store import Store

    with Store(db, read_only=True) as store:
        result = store.result(since=since, until=until, actor=actor, type=types or None, title=title)
    stem = Path(db).stem or "actorgraph"
    path = result.save_html(Path(output) if output else Path("graphs") / f"{stem}.html")
    n_docs, n_actors, n_relations = len(result.documents), len(result.actors), len(result.relations)
    click.echo(f"{path}: {n_docs} documents, {n_actors} actors, {n_relations} relations", err=True)


@cli.command()
@_store_options
@_engine_options
@click.option("--all", "force", is_flag=True, help="Re-extract every document, not only out-of-date ones.")
def reprocess(
    db: str,
    workers: int,
    engine: str,
    scheduler: str | None,
    model: str | None,
    actors_file: str | None,
    lexicon_file: str | None,
    force: bool,
) -> None:
    """Re-extract stored documents from their stored text after a change of model, actors or lexicon.

    Sources are not read again. Interrupted, it goes on where it stopped when run again.

    \b
    Example:
      actorgraph reprocess --db graphs/syria.db --actors my_actors.csv --workers 2
    """
    from actorgraph.engines import progress_bar
    from actorgraph.store import Store

    errors = _Errors()
    with Store(db) as store:
        todo = len(store) if force else store.outdated(_config(model, actors_file, lexicon_file))
        progress = progress_bar(total=todo, desc="reprocessing")
        try:
            stats = store.reprocess(
                _config(model, actors_file, lexicon_file),
                force=force,
                workers=workers,
                engine=engine,  # type: ignore[arg-type]
                scheduler=scheduler,
                on_error=errors,
                progress=progress,
            )
        finally:
            if progress is not None:
                progress.close()
    click.echo(
        f"{db}: {stats.added} documents re-extracted ({stats.relations} relations), {stats.failed} failed",
        err=True,
    )
    _finish(errors)


def main() -> None:
    """Entry point: run the CLI, mapping our errors to one line and exit status 1."""
    # Loading spaCy, the model, the gazetteer and the lexicon makes ~10^6 long-lived objects, and
    # at Python's default threshold (700) the cycle collector walks them again and again: 0.2-0.3 s
    # of CPU at every start, ~5% of a 20,000-word run. Young collections every 50,000 allocations
    # instead cost nothing in output and a few MB at most (the command's process only).
    gc.set_threshold(50_000, *gc.get_threshold()[1:])
    from actorgraph.pipeline import freeze_after_load  # (imports no spaCy)

    freeze_after_load()
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("error: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ActorGraphError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("error: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)


if __name__ == "__main__":
    main()
