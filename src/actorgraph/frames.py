"""pandas DataFrames of actors, relations, documents and mentions, with the same dtypes every time.

The columns come from the records' ``to_dict()`` (so fields added to the dataclasses appear
without a change here), in that order, and have fixed dtypes even when a frame is empty:

===========================  ==============================================================
text                         ``string`` (pandas' nullable string; missing is ``<NA>``)
integers                     ``Int64`` (nullable): ``quad_class``, ``char_start``, ``mentions`` ...
decimals                     ``Float64`` (nullable): ``goldstein``, ``confidence``
flags                        ``boolean``: ``directed``, ``negated``, ``hypothetical``
fixed vocabularies           ``category`` with every allowed value as a category: actor
                             ``type``, ``source_type``/``target_type``, relation ``type``
                             (the 16 PLOVER types and AFFILIATION), ``resolved_by`` of a mention
lists                        ``object`` holding Python lists (``aliases``, ``resolved_by``)
===========================  ==============================================================

Dates stay as given in ``date`` (ISO 8601 at the precision the text states: ``2016``,
``2016-08``, ``2016-08-16`` or a timestamp) and two columns are added after it:
``datetime`` (``datetime64[ns]``, the start of the stated period, UTC for timestamps with a zone)
and ``date_precision`` (``year``, ``month``, ``day`` or ``time``), so that
``frame[frame.datetime >= "2016-08"]`` works on every row.

Examples
--------
>>> from actorgraph.model import Actor
>>> frame = actor_frame([Actor("IRN", "Iran", "country", "IRN", ("Tehran",), 3)])
>>> frame.dtypes[["id", "type", "mentions"]].astype(str).tolist()
['string', 'category', 'Int64']
>>> actor_frame([]).columns.tolist()[:4]
['id', 'name', 'type', 'country']
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

from actorgraph.model import ACTOR_TYPES, PLOVER_TYPES, Actor, Document, Mention, Relation

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DATE_PRECISIONS",
    "RELATION_TYPES",
    "actor_frame",
    "date_columns",
    "document_frame",
    "mention_frame",
    "relation_frame",
]

#: Every relation type: the 16 PLOVER event types and the structural AFFILIATION.
RELATION_TYPES: tuple[str, ...] = (*PLOVER_TYPES, "AFFILIATION")
#: The values of ``date_precision``.
DATE_PRECISIONS: tuple[str, ...] = ("year", "month", "day", "time")

#: Columns whose values come from a fixed list, beyond those typed as ``Literal`` in the model.
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "type": RELATION_TYPES,
    "source_type": ACTOR_TYPES,
    "target_type": ACTOR_TYPES,
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})([T ].*)?)?)?$")


def _dtype(hint: Any, column: str, overrides: Mapping[str, tuple[str, ...]]) -> Any:
    """The pandas dtype of a dataclass field's type hint."""
    import pandas as pd

    if column in overrides:
        return pd.CategoricalDtype(overrides[column])
    args = [a for a in get_args(hint) if a is not type(None)]
    if get_origin(hint) in (types.UnionType, typing.Union) and len(args) == 1:
        hint = args[0]
    if get_origin(hint) is Literal:
        return pd.CategoricalDtype(get_args(hint))
    if get_origin(hint) is tuple:
        return object
    return {str: "string", int: "Int64", float: "Float64", bool: "boolean"}.get(hint, object)


def _frame(
    cls: type,
    records: Sequence[dict[str, Any]],
    columns: list[str],
    overrides: Mapping[str, tuple[str, ...]] = _CATEGORIES,
) -> pd.DataFrame:
    import pandas as pd

    hints = typing.get_type_hints(cls)
    data = {}
    for column in columns:
        values = [r.get(column) for r in records]
        if column in hints:
            dtype = _dtype(hints[column], column, overrides)
        else:  # a derived value that to_dict() adds (an actor's code): text if it is text
            dtype = "string" if all(v is None or isinstance(v, str) for v in values) else object
        data[column] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=columns)


def date_columns(dates: Iterable[str | None]) -> tuple[pd.Series, pd.Series]:
    """``(datetime, date_precision)`` of ISO 8601 dates at any precision.

    ``datetime`` is the start of the stated period (``2016`` → 2016-01-01, ``2016-08`` →
    2016-08-01); a timestamp with a zone is converted to UTC and the zone dropped. Dates that
    cannot be read give ``NaT`` and ``<NA>``.

    Examples
    --------
    >>> when, precision = date_columns(["2016", "2016-08", "2016-08-16", "2016-08-16T10:30:00+02:00", None])
    >>> when.dt.strftime("%Y-%m-%d %H:%M").tolist()[:4], precision.tolist()
    (['2016-01-01 00:00', '2016-08-01 00:00', '2016-08-16 00:00', '2016-08-16 08:30'], \
['year', 'month', 'day', 'time', nan])
    """
    import pandas as pd

    starts: list[pd.Timestamp | None] = []
    precisions: list[str | None] = []
    for value in dates:
        text = value.strip() if isinstance(value, str) else ""
        match = _ISO.match(text)
        start: pd.Timestamp | None = None
        precision: str | None = None
        if match:
            year, month, day, time = match.groups()
            precision = "time" if time else "day" if day else "month" if month else "year"
            try:
                stamp = pd.Timestamp(text if time else f"{year}-{month or '01'}-{day or '01'}")
                start = stamp.tz_convert("UTC").tz_localize(None) if stamp.tzinfo else stamp
            except ValueError:
                start, precision = None, None
        starts.append(start)
        precisions.append(precision)
    return (
        pd.Series(pd.to_datetime(pd.Series(starts, dtype=object)), dtype="datetime64[ns]"),
        pd.Series(precisions, dtype=pd.CategoricalDtype(DATE_PRECISIONS)),
    )


def _with_dates(frame: pd.DataFrame) -> pd.DataFrame:
    when, precision = date_columns(frame["date"].tolist())
    at = frame.columns.get_loc("date") + 1
    frame.insert(at, "datetime", when.to_numpy())
    frame.insert(at + 1, "date_precision", precision.array)
    return frame


def _columns(example: Any) -> list[str]:
    return list(example.to_dict()) if hasattr(example, "to_dict") else list(example.__dataclass_fields__)


_ACTOR = Actor("", "", "other")
_RELATION = Relation.between(_ACTOR, _ACTOR, "AGREE", "x")


def actor_frame(actors: Iterable[Actor]) -> pd.DataFrame:
    """One row per actor: ``Actor.to_dict()`` with fixed dtypes (module docstring)."""
    return _frame(Actor, [a.to_dict() for a in actors], _columns(_ACTOR), {})


def relation_frame(relations: Iterable[Relation]) -> pd.DataFrame:
    """One row per relation: ``Relation.to_dict()``, ``datetime`` and ``date_precision`` after ``date``."""
    return _with_dates(_frame(Relation, [r.to_dict() for r in relations], _columns(_RELATION)))


def document_frame(documents: Iterable[Document]) -> pd.DataFrame:
    """One row per document (``id``, ``text``, ``title``, ``date``, ``datetime``, ``date_precision``, ...)."""
    from dataclasses import asdict

    columns = list(Document.__dataclass_fields__)
    return _with_dates(_frame(Document, [asdict(d) for d in documents], columns, {}))


def mention_frame(mentions: Iterable[Mention]) -> pd.DataFrame:
    """One row per mention: document, actor, the text as written and its character offsets."""
    from dataclasses import asdict

    columns = list(Mention.__dataclass_fields__)
    return _frame(Mention, [asdict(m) for m in mentions], columns, {})
