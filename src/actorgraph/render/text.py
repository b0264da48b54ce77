"""Untrusted text on a page: bidi controls removed, look-alike letters from several scripts flagged.

Article text decides what a page shows, never how it is shown. Two Unicode features let text
change what a reader sees: bidirectional embeddings, overrides and isolates (U+202A–U+202E,
U+2066–U+2069) reorder the characters around them, so that "Iran → Israel" can display as
"Israel ← Iran"; and letters of other scripts that look Latin (Cyrillic "а", Greek "ο") make
two names that read the same but are different actors. The first are removed from every string
a page shows (the page also isolates each untrusted string, ``unicode-bidi: isolate``); the
second are reported, so that the page can mark the name.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "mixed_scripts"]

#: Embeddings, overrides and isolates. Marks (U+200E, U+200F, U+061C) only attach a direction
#: to neutral characters next to them and stay: Arabic and Hebrew text uses them legitimately.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Scripts whose letters are mistaken for Latin ones.
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"})


def clean_text(value: str) -> str:
    """``value`` without bidi embeddings, overrides and isolates.

    >>> clean_text("Iran \\u202eleahsI\\u202c")
    'Iran leahsI'
    >>> clean_text("plain")
    'plain'
    """
    return _BIDI_CONTROLS.sub("", value)


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else None


def mixed_scripts(value: str) -> bool:
    """Whether one word of ``value`` mixes letters of scripts that look alike (Latin, Cyrillic, Greek ...).

    Names written wholly in one script, or words of different scripts side by side, are not
    flagged: only a word such as "Russiа" (a Cyrillic "а" at the end) is.

    >>> mixed_scripts("Russi\\u0430")
    True
    >>> mixed_scripts("Russia"), mixed_scripts("Россия"), mixed_scripts("Moscow (Москва)")
    (False, False, False)
    """
    if value.isascii():  # one script; most names (saves ~1 s on a 20,000-actor page)
        return False
    for word in value.split():
        scripts = {s for s in map(_script, word) if s is not None}
        if len(scripts & _LOOKALIKE_SCRIPTS) > 1:
            return True
    return False
