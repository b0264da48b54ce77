"""Dates of mixed precision (year, year-month, day or timestamp) as spans and as page labels.

Relations and documents carry ISO 8601 dates at whatever precision the source gave: "2019",
"2024-09", "2025-03-14" or "2025-03-14T16:35:50Z". A report treats each as the span of days it
covers ("2019" is 2019-01-01 to 2019-12-31) for filtering, and shows each in one style at its
own precision ("2019", "Sep 2024", "14 Mar 2025").
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["DateSpan", "date_range_label", "date_span", "format_date"]

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days a date covers (ISO ``YYYY-MM-DD``, both inclusive) and its label."""

    start: str
    end: str
    label: str


def date_span(value: object) -> DateSpan | None:
    """The span of days of an ISO date at year, month or day precision; ``None`` if unparseable.

    A timestamp counts as its day (the time and zone are dropped, as the page shows days).

    >>> date_span("2019")
    DateSpan(start='2019-01-01', end='2019-12-31', label='2019')
    >>> date_span("2024-02")
    DateSpan(start='2024-02-01', end='2024-02-29', label='Feb 2024')
    >>> date_span("2025-03-14T16:35:50Z").label
    '14 Mar 2025'
    >>> date_span("last week") is None
    True
    """
    if not isinstance(value, str):
        return None
    return _span(value)


@functools.lru_cache(maxsize=4096)  # a page of 60,000 relations has a few hundred distinct dates
def _span(value: str) -> DateSpan | None:
    match = _ISO.match(value)
    if match is None:
        return None
    year, month, dom = int(match[1]), match[2], match[3]
    if month is None:
        return DateSpan(f"{year:04d}-01-01", f"{year:04d}-12-31", f"{year:04d}")
    m = int(month)
    if not 1 <= m <= 12:
        return None
    last = calendar.monthrange(year, m)[1]
    if dom is None:
        return DateSpan(
            f"{year:04d}-{m:02d}-01", f"{year:04d}-{m:02d}-{last:02d}", f"{_MONTHS[m - 1]} {year:04d}"
        )
    d = int(dom)
    if not 1 <= d <= last:
        return None
    iso = f"{year:04d}-{m:02d}-{d:02d}"
    return DateSpan(iso, iso, f"{d} {_MONTHS[m - 1]} {year:04d}")


def format_date(value: object) -> str:
    """A date as the page shows it ("2019", "Sep 2024", "14 Mar 2025"); unparseable text as is.

    >>> format_date("2016-08-16"), format_date("2016-08"), format_date("2016")
    ('16 Aug 2016', 'Aug 2016', '2016')
    """
    span = date_span(value)
    if span is not None:
        return span.label
    return "" if value is None else str(value)


def date_range_label(dates: Iterable[object]) -> str | None:
    """The range the dates cover, from the one that starts first to the one that ends last.

    Each end keeps its own precision; ``None`` when no date can be read.

    >>> date_range_label(["2025-03-14T16:35:50Z", "2019", "2019-11-25", "2024-09"])
    '2019 – 14 Mar 2025'
    >>> date_range_label(["2016-08-16", "2016-08-16T10:00:00Z"])
    '16 Aug 2016'
    """
    spans = [s for s in (date_span(d) for d in dates) if s is not None]
    if not spans:
        return None
    first = min(spans, key=lambda s: (s.start, s.end))
    last = max(spans, key=lambda s: (s.end, s.start))
    return first.label if first.label == last.label else f"{first.label} – {last.label}"
