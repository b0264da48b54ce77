"""The ``actorgraph`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns an
:class:`ActorGraphError` into one line on stderr with exit status 1. A bad file or
record in a batch is reported on its own line and skipped; the rest still produce
output, and the exit status is then 1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from actorgraph.errors import ActorGraphError, InputError
from actorgraph.export import EXPORT_FORMATS

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
    func = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(func)
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


def _progress(documents: Iterator[Any]) -> Iterator[Any]:
    if not sys.stderr.isatty():
        return documents
    from tqdm import tqdm

    return iter(tqdm(documents, unit="doc", desc="parsing", file=sys.stderr))


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
        list(inputs),
        model=model,
        actors=actors_file,
        lexicon=lexicon_file,
        title=title,
        on_error=errors,
        progress=_progress,
    )
    if not result.documents:
        if errors.count:
            sys.exit(1)  # each bad input has had its own line
        raise ActorGraphError("no documents could be read from the input; nothing to do")
    return result, errors


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
    result, errors = _run(inputs, model, actors_file, lexicon_file, title or stem)
    path = result.save_html(out)
    for fmt in exports:
        written = result.export(out.with_suffix(f".{fmt}"), fmt)  # type: ignore[arg-type]
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
    written = result.export(output, fmt)  # type: ignore[arg-type]
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
        dest: Any = output or click.get_text_stream("stdout")
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


def main() -> None:
    """Entry point: run the CLI, mapping our errors to one line and exit status 1."""
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
