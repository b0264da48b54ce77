"""What a person's name is made of and who it names in a story: its family and given names, namesakes
whose given names differ (two people), a name that looks like a person's, and a social-media handle
that spells a person's full name ("@JoeBiden")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from actorgraph.actors.chrome import in_ranges
from actorgraph.actors.gazetteer import handle_key, read_grammar
from actorgraph.actors.records import DocActors

__all__ = ["family_name", "given_names"]

_POSSESSIVE = ("'s", "’s", "'", "’", "?s")


_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]+[-‐–][a-z]+")  # "Ching-te", "Jae-in", "Ki-moon"


def family_name(name: str) -> str:
    """The lower-cased family name: "Haider al-Abadi’s" -> "abadi", "Lai Ching-te" -> "lai".

    A last word hyphenated before a lower-case syllable is a given name ("Ching-te", "Jae-in",
    "Ki-moon"): such names put the family name first.

    >>> family_name("Haider al-Abadi’s"), family_name("Moon Jae-in"), family_name("Scholz")
    ('abadi', 'moon', 'scholz')
    """
    for pos in _POSSESSIVE:
        if name.endswith(pos):
            name = name[: -len(pos)]
            break
    words = name.split()
    if not words:
        return ""
    if len(words) > 1 and _GIVEN_SYLLABLES.fullmatch(words[-1]):
        return words[0].lower()
    parts = re.split(r"[\-‐–]+", words[-1])
    return parts[-1].lower()


def given_names(name: str) -> list[str]:
    """The given names of a full name, lower-cased, without dots and name particles: "Hector Paul
    Joseph" -> ["hector", "paul"], "Moon Jae-in" -> ["jae-in"], "George W. Bush" -> ["george", "w"].

    >>> given_names("Hector Paul Joseph"), given_names("Moon Jae-in"), given_names("Scholz")
    (['hector', 'paul'], ['jae-in'], [])
    """
    words = [w.strip(".").lower() for w in name.split()]
    family_first = len(words) > 1 and _GIVEN_SYLLABLES.fullmatch(name.split()[-1])
    words = words[1:] if family_first else words[:-1]
    particles = set(read_grammar()["name_particles"])
    return [w for w in words if w and w not in particles]


def _same_person(one: list[str], other: list[str]) -> bool:
    """Whether two names of one family name may be one person by their given names: one's are among
    the other's ("George Bush", "George W. Bush"; "Abdel Bari", "Naser Eldin Abdel Bari") or the
    first begins alike (a spelling, "Sergei", "Sergey"; an initial)."""
    return (
        not one or not other or set(one) <= set(other) or set(other) <= set(one) or one[0][:1] == other[0][:1]
    )


#: Words that tell namesakes apart by generation ("the younger Lai"): no bare name of the story's own.
_GENERATIONS = frozenset({"younger", "elder", "older", "senior", "junior"})


def _namesakes(doc: Doc, names: list[tuple[int, int, str, bool]]) -> dict[int, str]:
    """Namesakes: people of one family name whose given names differ ("Arnel Joseph", "Hector Paul
    Joseph") are two people. ``names`` are (start, end, text, with an office) of the names found.
    Returns, for the first token of each name and for each bare family name of such a family name, a
    suffix that tells the namesakes apart ("" for the one named first, "#1", ...). A bare family name
    names the one of them with an office, if only one has ("President Joe Biden pardoned his son
    Hunter Biden. Biden said ..."), else the one the story called by it alone before naming another
    ("Karim Haddad ... Haddad said ... his brother Nabil Haddad ... Haddad"; not after "the younger"),
    else the one named last before it, else the one named next."""
    named: dict[str, list[tuple[int, int, list[str], bool]]] = {}
    for start, end, text, office in sorted(names):
        given = given_names(text)
        if given:
            named.setdefault(family_name(text), []).append((start, end, given, office))
    tags: dict[int, str] = {}
    for key, found in named.items():
        clusters: list[list[list[str]]] = []
        which: dict[int, int] = {}
        inside: set[int] = set()
        officials: set[int] = set()
        for start, end, given, office in found:
            k = next((k for k, c in enumerate(clusters) if all(_same_person(given, g) for g in c)), None)
            if k is None:
                k = len(clusters)
                clusters.append([])
            clusters[k].append(given)
            which[start] = k
            inside.update(range(start, end))
            if office:
                officials.add(k)
        if len(clusters) < 2:
            continue
        firsts = sorted({which[s]: s for s in sorted(which, reverse=True)}.items(), key=lambda kv: kv[1])
        bare = [
            t.i
            for t in doc
            if t.i not in inside and family_name(t.text) == key and t.text[:1].isupper() and t.pos_ == "PROPN"
        ]
        # "Karim Haddad ... Haddad said ... his brother Nabil Haddad ...": the one the story already
        # called by the family name alone before naming another keeps it
        called = firsts[0][0] if any(firsts[0][1] < i < firsts[1][1] for i in bare) else None
        last_named: int | None = None
        for token in doc:
            if token.i in which:
                last_named = which[token.i]
            elif token.i in inside or family_name(token.text) != key or not token.text[:1].isupper():
                continue
            else:
                k = (
                    next(iter(officials))
                    if len(officials) == 1
                    else called
                    if called is not None and (token.i == 0 or doc[token.i - 1].lower_ not in _GENERATIONS)
                    else last_named
                    if last_named is not None
                    else next(which[s] for s in sorted(which) if s > token.i)
                )
                tags[token.i] = f"#{k}" if k else ""
        tags.update({s: f"#{k}" for s, k in which.items() if k})
    return tags


def _first_name_word(name: str) -> str | None:
    """The first word of a name of two words or more, the family name of "Kim Jong Un" and "Li
    Qiang": the story's own full name is whom a bare "Kim" or "Li" means."""
    words = name.split()
    return words[0].lower() if len(words) > 1 and words[0][:1].isupper() else None


def _looks_like_person_name(text: str, particles: set[str]) -> bool:
    """One to six capitalised words, name particles ("al", "bin", "van") allowed in lower case, and a
    given name's syllables joined by a hyphen ("Kim Yong-nam", "Lin Chia-hao")."""
    words = text.replace("-", " ").split()
    return 1 <= len(words) <= 6 and all(
        _GIVEN_SYLLABLES.fullmatch(word)
        or all(w[:1].isupper() or w.lower() in particles for w in word.replace("-", " ").split())
        for word in text.split()
    )


def _handles(out: DocActors, add: Callable[[Span, str, str, str, str, str | None], None]) -> None:
    """ "I congratulate @JoeBiden", "(@jensstoltenberg)": a social-media handle names the person whose
    full name it spells without spaces (:func:`handle_key`), one the story names first, else the one
    person of the data (``Gazetteer.by_handle``)."""
    doc = out.doc
    story: dict[str, str | None] = {}
    for draft in out.actors.values():
        if draft.type == "person" and len(draft.name.split()) > 1:
            key = handle_key(draft.name)
            story[key] = draft.id if story.get(key, draft.id) == draft.id else None
    for token in doc:
        if token.text[:1] != "@" or len(token.text) < 3 or token.i in out.by_token:
            continue
        if in_ranges(token.idx, token.idx + len(token), out.chrome):
            continue
        person = story.get(handle_key(token.text))
        how = "coreference"
        if person is None:
            person, how = out.gazetteer.by_handle(token.text), "gazetteer"
        if person is not None:
            name = out.actors[person].name if person in out.actors else out.gazetteer.actors[person].name
            add(doc[token.i : token.i + 1], person, how, name, "person", None)
