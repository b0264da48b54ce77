"""Documents from texts, and the small helpers every reader shares (dates, sizes, reasons)."""

from __future__ import annotations

import email.utils
from datetime import date as date_cls
from datetime import datetime, timedelta

from actorgraph.errors import InputError
from actorgraph.model import Document, stable_id

__all__ = [
    "DATE_HINT",
    "Result",
    "check_document",
    "crlf",
    "document_from_text",
    "human_size",
    "json_type",
    "normalise_date",
    "os_reason",
    "printable",
    "unicode_reason",
    "utf8_reason",
]

Result = Document | InputError

_DATE_FORMATS = ("%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")
#: Dates of month or year precision, read into the ISO 8601 form of the same precision.
_PARTIAL_DATE_FORMATS = (("%Y-%m", "%Y-%m"), ("%B %Y", "%Y-%m"), ("%b %Y", "%Y-%m"))
DATE_HINT = "use ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"


def document_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
    origin: str | None = None,
) -> Document:
    """Wrap a text in a :class:`Document`, checking it and normalising its date.

    Parameters
    ----------
    text : str
        The article text, kept exactly as given so that character offsets stay valid.
    id : str, optional
        The document id; by default the content hash ``stable_id(text)``.
    title, url, source : str, optional
        Metadata; empty strings become ``None``.
    date : str, optional
        A date or timestamp, normalised to ISO 8601: ``YYYY-MM-DD`` for a date,
        ``YYYY-MM-DDTHH:MM:SS`` (with ``Z`` or ``+HH:MM`` when a zone is given) for a time.
    origin : str, optional
        Where the text came from, for messages; ``"<text>"`` when not given.

    Returns
    -------
    Document

    Raises
    ------
    InputError
        If ``text`` is empty or only whitespace, a field is not valid Unicode (a lone
        surrogate, such as half of an emoji cut off), or ``date`` cannot be read as a date.

    Examples
    --------
    >>> doc = document_from_text("Russia and Ukraine agreed to talks.", date="2025-03-14 16:35:50Z")
    >>> doc.date, doc.id == document_from_text("Russia and Ukraine agreed to talks.").id
    ('2025-03-14T16:35:50Z', True)
    """
    origin = printable(origin) if origin else origin
    where = origin or "<text>"
    if not text.strip():
        raise InputError(where, "text is empty")
    for name, value in (("id", id), ("title", title), ("date", date), ("url", url), ("source", source)):
        if value and (problem := unicode_reason(value, name)):
            raise InputError(where, problem)
    if problem := unicode_reason(text, "text"):
        raise InputError(where, problem)
    return Document(
        id=id if id else stable_id(text),
        text=text,
        title=title or None,
        date=normalise_date(date, where) if date and date.strip() else None,
        url=url or None,
        source=source or None,
        origin=origin,
    )


def check_document(document: Document) -> Result:
    """``document`` itself if every field is valid Unicode, else the :class:`InputError` saying why."""
    where = printable(document.origin or document.id)
    for name in ("id", "text", "title", "date", "url", "source"):
        value = getattr(document, name)
        if isinstance(value, str) and (problem := unicode_reason(value, name)):
            return InputError(where, problem)
    return document


def unicode_reason(value: str, name: str) -> str | None:
    """Why ``value`` cannot be written as UTF-8 (it holds a lone surrogate), or ``None``.

    ``json.loads`` accepts ``"\\ud83d"`` (half of an emoji) and a ``surrogateescape`` stream turns
    each undecodable byte into one; either would crash SQLite, file writes and spaCy later.

    Examples
    --------
    >>> unicode_reason("Talks \\ud83d", "title")
    "'title' is not valid Unicode: a lone surrogate (U+D83D) at character 6, e.g. half of an emoji"
    >>> unicode_reason("Talks \\U0001f600", "title") is None
    True
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, escaped by surrogateescape
            return (
                f"not valid UTF-8 text (byte 0x{code - 0xDC00:02x} at character {exc.start}); "
                "re-save it as UTF-8"
            )
        return (
            f"'{name}' is not valid Unicode: a lone surrogate (U+{code:04X}) at character {exc.start}, "
            "e.g. half of an emoji"
        )
    return None


def printable(text: str) -> str:
    """``text`` (a path or origin) with undecodable bytes shown as ``\\xNN``, so it can be written."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def normalise_date(value: str, where: str) -> str:
    """``value`` as ISO 8601: ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS`` plus ``Z``/``+HH:MM`` if zoned;
    a date known only to the month or the year keeps that precision (``YYYY-MM``, ``YYYY``).

    >>> normalise_date("July 2019", "feed.jsonl:3"), normalise_date("2019", "feed.jsonl:4")
    ('2019-07', '2019')
    """
    text = value.strip()
    try:
        return date_cls.fromisoformat(text).isoformat()
    except ValueError:
        pass
    if len(text) == 4 and text.isascii() and text.isdigit() and text != "0000":
        return text
    for fmt, iso in _PARTIAL_DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).strftime(iso)
        except ValueError:
            continue
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            for fmt in _DATE_FORMATS:
                try:
                    return datetime.strptime(text, fmt).date().isoformat()
                except ValueError:
                    continue
    if moment is None:
        raise InputError(where, f"unparseable date {value!r}; {DATE_HINT}")
    stamp = moment.replace(microsecond=0).isoformat()
    if moment.utcoffset() == timedelta(0):
        stamp = stamp[:19] + "Z"
    return stamp


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n")


def human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1000:
        return f"{n / 1000:g} kB"
    return f"{n} bytes"


def utf8_reason(exc: UnicodeDecodeError, base: int) -> str:
    byte = exc.object[exc.start]
    return f"not valid UTF-8 text (byte 0x{byte:02x} at offset {base + exc.start}); re-save it as UTF-8"


def os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
