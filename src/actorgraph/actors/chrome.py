"""Page chrome: the parts of a saved article that are not the article.

Chrome is recognised by its shape, never by a word somewhere in a sentence:

* **spans** of fixed forms: photo credits ("REUTERS/SANA/Handout via Reuters"), wire tags,
  datelines ("ISLAMABAD/PENTAGON —"), "X contributed to this report" (``boilerplate_span`` in
  ``grammar.json``);
* **whole short lines** of site furniture: "Skip to main content", "Sign in", "Follow us on
  Twitter", "$25.00 / month" (``chrome_lines``: each pattern must match the entire line);
* **navigation lists**: short lines that start with a bullet and have no verb;
* **shouting**: a sentence of 40 letters or more, mostly capitals (agency disclaimers);
* **the end of the page**: from two chrome lines close together in the second half of the text,
  the rest (newsletter and membership promotions).

A sentence that states who did what (an actor in the subject of its verb and another actor, or a
pronoun subject and an actor) is never chrome by the line, list and end-of-page rules, whatever
its words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, cast

from spacy.tokens import Doc, Span

from actorgraph.actors.gazetteer import read_grammar

__all__ = ["chrome_ranges", "in_ranges", "is_chrome_line"]

#: A line longer than this is article text, whatever it says.
_MAX_LINE_WORDS = 40
#: The end-of-page block starts at a chrome line followed by another within this many lines.
_BLOCK_LINES = 3
_BULLETS = ("•", "·", "|", "▪", "◦")
_ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i"})

_LINE = re.compile(r"[^\n]+")


@cache
def _compiled() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    grammar = read_grammar()
    return (
        [re.compile(p, re.IGNORECASE) for p in grammar["chrome_lines"]],
        [re.compile(p) for p in grammar["boilerplate_span"]],
    )


def is_chrome_line(line: str) -> bool:
    """Whether ``line`` is, as a whole, a line of site furniture ("Skip to main content", "Sign in").

    Examples
    --------
    >>> is_chrome_line("Already a Member? Sign in"), is_chrome_line("Turkey backed Sweden's NATO membership.")
    (True, False)
    """
    text = " ".join(line.split())
    if not text or len(text.split()) > _MAX_LINE_WORDS:
        return False
    line_patterns, _ = _compiled()
    return any(p.fullmatch(text) for p in line_patterns)


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def _states_relation(sent: Span) -> bool:
    """Whether ``sent`` names who did what: an actor in its subject and another actor, or a
    pronoun subject and an actor."""
    actors = [e for e in sent.ents if e.label_ in _ACTOR_LABELS]
    if not actors:
        return False
    for token in sent:
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if token.lower_ in _PRONOUNS:
            return True
        subject = range(token.left_edge.i, token.right_edge.i + 1)
        if len(actors) >= 2 and any(e.start in subject for e in actors):
            return True
    return False


def _navigation(line: Span, text: str) -> bool:
    """Whether ``line`` (whose text is ``text``) starts with a bullet and has no verb."""
    return text.lstrip().startswith(_BULLETS) and not any(t.pos_ in {"VERB", "AUX"} for t in line)


def chrome_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of ``doc`` that are page chrome, sorted and non-overlapping.

    ``doc`` must be parsed (sentences, dependencies, entities): a sentence that states a
    relation is kept whatever its words.
    """
    text = doc.text
    _, span_patterns = _compiled()
    ranges: list[tuple[int, int]] = []
    for pattern in span_patterns:
        ranges.extend(m.span() for m in pattern.finditer(text))
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    chrome_line = [is_chrome_line(text[a:b]) for a, b in lines]
    tail = next(
        (
            lines[i][0]
            for i in range(len(lines))
            if chrome_line[i]
            and lines[i][0] > len(text) // 2
            and any(chrome_line[i + 1 : i + 1 + _BLOCK_LINES])
        ),
        len(text),
    )
    for (a, b), is_line in zip(lines, chrome_line, strict=True):
        span = doc.char_span(a, b, alignment_mode="expand")
        # (a span's text is the document's between its first and last characters: sliced, not
        # joined from a Token object per word)
        if span is None or not (
            is_line or a >= tail or _navigation(span, text[span.start_char : span.end_char])
        ):
            continue
        sents = cast(Any, span).sents  # a Span's sentences (spaCy's stubs lack the property)
        kept = [(s.start_char, s.end_char) for s in sents if _states_relation(s)]
        ranges.extend(_minus((a, b), kept))
    ranges.extend((s.start_char, s.end_char) for s in doc.sents if _shouting(text[s.start_char : s.end_char]))
    return _merged(ranges)


def _minus(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, start = [], span[0]
    for a, b in sorted(holes):
        if a > start:
            out.append((start, min(a, span[1])))
        start = max(start, b)
    if start < span[1]:
        out.append((start, span[1]))
    return out


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def in_ranges(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the span ``[start, end)`` overlaps any of the sorted ``ranges``."""
    return bool(ranges) and any(s < end and start < e for s, e in ranges)
