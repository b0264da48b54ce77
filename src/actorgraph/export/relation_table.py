"""The relation table with GDELT/Phoenix-style columns next to ours, as CSV or Parquet.

See :mod:`actorgraph.export` for the columns.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from actorgraph.errors import RenderError
from actorgraph.export.tables import BinaryDest, Dest, csv_text, open_dest, read_relations, typed_fields
from actorgraph.model import RELATION_FIELDS, Document, Relation, actor_code

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "GDELT_COLUMNS",
    "read_relation_frame",
    "read_relation_table",
    "relation_frame",
    "write_relation_table",
]

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "SOURCEURL",
)
#: Actor1Type1Code of an actor without a sector, by actor type.
_ROLE_CODES = {"armed_group": "REB", "media": "MED"}


def _actor_code(country: str | None, sector: str | None, actor_type: str) -> tuple[str, str]:
    """``(Actor1Code, Actor1Type1Code)``: the actor's code, and its sector (or a role from its type)."""
    if actor_type == "igo":
        return actor_code(country, sector, actor_type) or "", "IGO"
    role = sector or _ROLE_CODES.get(actor_type, "")
    return actor_code(country, role, actor_type) or "", role


def _sqldate(date: str | None) -> int | None:
    digits = (date or "")[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else None


def relation_frame(relations: Iterable[Relation], documents: Sequence[Document] = ()) -> pd.DataFrame:
    """The relation table as a DataFrame: our columns (``RELATION_FIELDS``), then ``GDELT_COLUMNS``.

    Integer columns that may be empty use pandas' nullable ``Int64``.
    """
    import pandas as pd

    from actorgraph.render.payload import safe_url

    urls = {d.id: safe_url(d.url) for d in documents}
    rows = []
    for r in relations:
        row = r.to_dict()
        code1, role1 = _actor_code(r.source_country, r.source_sector, r.source_type)
        code2, role2 = _actor_code(r.target_country, r.target_sector, r.target_type)
        row.update(
            GLOBALEVENTID=r.id,
            SQLDATE=_sqldate(r.date),
            Actor1Code=code1,
            Actor1Name=r.source_name.upper(),
            Actor1CountryCode=r.source_country or "",
            Actor1Type1Code=role1,
            Actor2Code=code2,
            Actor2Name=r.target_name.upper(),
            Actor2CountryCode=r.target_country or "",
            Actor2Type1Code=role2,
            EventCode=r.cameo_root or "",
            EventBaseCode=r.cameo_root or "",
            EventRootCode=r.cameo_root or "",
            QuadClass=r.quad_class,
            GoldsteinScale=r.goldstein,
            SOURCEURL=urls.get(r.doc_id) or "",
        )
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[*RELATION_FIELDS, *GDELT_COLUMNS])
    for column in ("quad_class", "QuadClass", "SQLDATE", "char_start", "char_end"):
        frame[column] = frame[column].astype("Int64")
    for column in ("goldstein", "GoldsteinScale", "confidence"):
        frame[column] = frame[column].astype("Float64")
    for column in ("directed", "negated", "hypothetical"):
        frame[column] = frame[column].astype(bool)
    return frame


def write_relation_table(
    relations: Iterable[Relation],
    dest: Dest | BinaryDest,
    *,
    format: Literal["csv", "parquet"] = "csv",
    documents: Sequence[Document] = (),
) -> None:
    """Write the relation table (ours and GDELT-style columns) as CSV or Parquet.

    Parameters
    ----------
    relations : iterable of Relation
    dest : path or open file
        A text file for CSV, a binary file for Parquet.
    format : {"csv", "parquet"}
    documents : sequence of Document, optional
        For ``SOURCEURL`` (http/https URLs only).
    """
    frame = relation_frame(relations, documents)
    if format == "parquet":
        _require_pyarrow()
        with open_dest(dest, "wb") as f:
            frame.to_parquet(f, index=False)
    else:
        with open_dest(dest, "w") as f:
            _csv_frame(frame).to_csv(f, index=False, lineterminator="\n")


def _csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells are neutralised with :func:`csv_text` (numbers and booleans as they are)."""
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        dtype = out[column].dtype
        if not (pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)):
            out[column] = out[column].map(lambda v: csv_text(v) if isinstance(v, str) else v)
    return out


def _require_pyarrow() -> None:
    if importlib.util.find_spec("pyarrow") is None:
        raise RenderError('Parquet needs pyarrow: pip install "actorgraph[parquet]"')


def read_relation_table(
    src: Dest | BinaryDest, *, format: Literal["csv", "parquet"] = "csv"
) -> list[Relation]:
    """Read relations back from a table written by :func:`write_relation_table` (our columns)."""
    import pandas as pd

    if format == "parquet":
        _require_pyarrow()
        with open_dest(src, "rb") as f:
            frame = pd.read_parquet(f, columns=list(RELATION_FIELDS))
        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
        return [Relation(**typed_fields(Relation, {k: _plain(v) for k, v in row.items()})) for row in records]
    # the csv module, not pandas: pandas' C parser cuts a cell at a NUL character; a table written
    # before sectors existed has no sector and code columns, which read as None
    return read_relations(src, format="csv")  # type: ignore[arg-type]


def read_relation_frame(src: Dest | BinaryDest, *, format: Literal["csv", "parquet"] = "csv") -> pd.DataFrame:
    """Read a relation table back as a typed DataFrame (our columns, dtypes of :mod:`actorgraph.frames`).

    ``pd.read_csv`` alone guesses types (the CAMEO root ``"07"`` becomes ``7``, numeric ids
    become integers) and keeps the ``'`` that neutralises formula-like cells; this reader
    does neither.

    Examples
    --------
    >>> import io
    >>> from actorgraph.model import Actor
    >>> iran, iraq = Actor("IRN", "Iran", "country", "IRN"), Actor("IRQ", "Iraq", "country", "IRQ")
    >>> aid = Relation.between(iran, iraq, "AID", "=Iran aided Iraq.", cameo_root="07")
    >>> buffer = io.StringIO()
    >>> write_relation_table([aid], buffer)
    >>> _ = buffer.seek(0)
    >>> frame = read_relation_frame(buffer)
    >>> frame.loc[0, "cameo_root"], frame.loc[0, "sentence"]
    ('07', '=Iran aided Iraq.')
    """
    from actorgraph.frames import relation_frame as typed_frame

    return typed_frame(read_relation_table(src, format=format))


def _plain(value: Any) -> Any:
    """numpy scalars -> Python scalars."""
    return value.item() if hasattr(value, "item") else value
