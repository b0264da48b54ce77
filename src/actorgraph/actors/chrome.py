"""Page chrome: the parts of a saved article that are not the article.

Photo credits ("REUTERS/SANA/Handout via Reuters"), wire tags, datelines
("ISLAMABAD/PENTAGON —"), video captions ("WATCH: ..."), and whole paragraphs of
site furniture (newsletter and membership promotions, "Skip to main content").
The patterns are data (``grammar.json``: ``boilerplate_paragraph`` and
``boilerplate_span``); this module turns them into character ranges to ignore.
"""

from __future__ import annotations

import re
from functools import cache

from actorgraph.actors.gazetteer import read_grammar

__all__ = ["chrome_ranges", "in_ranges", "is_chrome_line"]

#: A paragraph longer than this is article text even if it says "subscribe".
_MAX_CHROME_WORDS = 60

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")


@cache
def _compiled() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    grammar = read_grammar()
    return (
        [re.compile(p) for p in grammar["boilerplate_paragraph"]],
        [re.compile(p) for p in grammar["boilerplate_span"]],
    )


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def chrome_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that are page chrome, sorted and non-overlapping."""
    para_patterns, span_patterns = _compiled()
    ranges: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        body = para.group()
        if len(body.split()) <= _MAX_CHROME_WORDS and any(p.search(body) for p in para_patterns):
            ranges.append(para.span())
            if para.start() > len(text) // 2:
                # Site furniture in the second half: the article has ended.
                ranges.append((para.start(), len(text)))
                break
            continue
        for line in re.finditer(r"[^\n]+", body):
            # A short line without a verb-like end inside a list of short lines is navigation.
            if line.group().lstrip().startswith(("•", "·", "|")):
                ranges.append((para.start() + line.start(), para.start() + line.end()))
    for pattern in span_patterns:
        ranges.extend(m.span() for m in pattern.finditer(text))
    for sentence in re.finditer(r"[^.!?\n]+[.!?]?", text):
        if _shouting(sentence.group()):
            ranges.append(sentence.span())
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def is_chrome_line(line: str) -> bool:
    """Whether a short line is site furniture ("Skip to main content", "Sign in")."""
    para_patterns, _ = _compiled()
    return len(line.split()) <= _MAX_CHROME_WORDS and any(p.search(line) for p in para_patterns)


def in_ranges(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the span ``[start, end)`` overlaps any of the sorted ``ranges``."""
    return any(s < end and start < e for s, e in ranges)
