"""The gazetteer matcher: a spaCy component that marks every name of the actor data as an entity.

It does what spaCy's ``EntityRuler`` did with ~19,000 phrase patterns, at a fraction of the cost:

* **start-up**: a pattern is the token sequence the pipeline's tokenizer makes of a surface form.
  Tokenizing 19,000 forms (and creating their lexemes) took 1–3 s at every start; the token
  sequences are cached on disk (:func:`tokenized`), keyed by the tokenizer's own serialisation
  and checked form by form, so new or changed data is tokenized again and nothing stale is used;
* **matching**: one dictionary lookup per token and table (case-sensitive forms such as "US",
  "UN" by text, the others by lower-case text) instead of the token ``Matcher`` (3.6–5.2 s per
  59,000 words for the case-sensitive forms).

Overlaps are resolved as the ``EntityRuler`` did (longest first, then leftmost; a case-sensitive
form before a case-insensitive one of the same span), and each entity carries
``"<actor id>|<how>"`` in ``ent.ent_id_``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from actorgraph.actors.gazetteer import SurfaceForm

__all__ = ["GazetteerMatcher", "Pattern", "cache_dir", "tokenized"]

logger = logging.getLogger(__name__)

_CACHE_FORMAT = 1


class Pattern(NamedTuple):
    """A surface form as the tokenizer splits it, and what a match of it means.

    (A named tuple rather than a dataclass: 19,000 of them are made at every start.)
    """

    tokens: tuple[str, ...]
    case_sensitive: bool
    label: str
    ent_id: str


class _Table:
    """Patterns keyed by their token tuple, and the lengths of the patterns each first token starts."""

    def __init__(self) -> None:
        self.patterns: dict[tuple[str, ...], tuple[str, str]] = {}
        self.lengths: dict[str, tuple[int, ...]] = {}

    def index(self) -> None:
        """Recompute :attr:`lengths` (longest first) after patterns were added."""
        lengths: dict[str, set[int]] = {}
        for key in self.patterns:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}

    def find(self, keys: Sequence[str]) -> Iterable[tuple[int, int, str, str]]:
        n = len(keys)
        patterns, lengths = self.patterns, self.lengths
        for i, key in enumerate(keys):
            for size in lengths.get(key, ()):
                if i + size <= n and (hit := patterns.get(tuple(keys[i : i + size]))) is not None:
                    yield i, i + size, hit[0], hit[1]


class GazetteerMatcher:
    """Mark the gazetteer's names in a ``Doc`` as entities (before ``ner``, which keeps them).

    Parameters
    ----------
    nlp : Language
        The pipeline (its vocabulary is shared).
    name : str
        The component's name.
    overwrite_ents : bool
        Whether a match replaces an entity already set on the tokens it covers.

    Examples
    --------
    >>> nlp = spacy.blank("en")
    >>> matcher = nlp.add_pipe("actorgraph_gazetteer")
    >>> matcher.add([Pattern(("Iran",), False, "GPE", "IRN|gaz"), Pattern(("UN",), True, "ORG", "UN|x")])
    >>> [(e.text, e.label_, e.ent_id_) for e in nlp("Iran wrote to the UN, not to un.").ents]
    [('Iran', 'GPE', 'IRN|gaz'), ('UN', 'ORG', 'UN|x')]
    """

    def __init__(
        self, nlp: Language, name: str = "actorgraph_gazetteer", *, overwrite_ents: bool = True
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.overwrite_ents = overwrite_ents
        self._exact = _Table()
        self._folded = _Table()
        self._patterns: list[Pattern] = []

    def add(self, patterns: Iterable[Pattern]) -> None:
        """Add patterns; a later pattern with the same tokens (and case rule) replaces an earlier one."""
        exact, folded = self._exact.patterns, self._folded.patterns
        for p in patterns:
            if not p.tokens:
                continue
            if p.case_sensitive:
                exact[p.tokens] = (p.label, p.ent_id)
            else:
                folded[tuple(t.lower() for t in p.tokens)] = (p.label, p.ent_id)
            self._patterns.append(p)
        self._exact.index()
        self._folded.index()

    def __len__(self) -> int:
        return len(self._exact.patterns) + len(self._folded.patterns)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        found = [
            Span(doc, start, end, label=label, span_id=ent_id)
            for table, keys in ((self._exact, [t.text for t in doc]), (self._folded, [t.lower_ for t in doc]))
            for start, end, label, ent_id in table.find(keys)
        ]
        if not found:
            return doc
        spans = filter_spans(found)  # longest first, then leftmost; stable: exact before folded
        if self.overwrite_ents:
            kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        else:
            taken = {i for e in doc.ents for i in range(e.start, e.end)}
            kept = list(doc.ents)
            spans = [s for s in spans if not taken.intersection(range(s.start, s.end))]
        doc.ents = kept + spans
        return doc

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Nothing to learn: patterns come from :meth:`add` or :meth:`from_disk`."""

    def to_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> None:
        """Write the patterns as JSON Lines (``patterns.jsonl`` in the folder ``path``)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "patterns.jsonl").open("w", encoding="utf-8") as f:
            for p in self._patterns:
                f.write(
                    json.dumps([list(p.tokens), p.case_sensitive, p.label, p.ent_id], ensure_ascii=False)
                    + "\n"
                )

    def from_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> GazetteerMatcher:
        """Read the patterns :meth:`to_disk` wrote."""
        lines = (Path(path) / "patterns.jsonl").read_text(encoding="utf-8").splitlines()
        self.add(Pattern(tuple(t), bool(c), str(lb), str(i)) for t, c, lb, i in map(json.loads, lines))
        return self


@Language.factory(
    "actorgraph_gazetteer",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"overwrite_ents": True},
)
def make_gazetteer_matcher(nlp: Language, name: str, overwrite_ents: bool) -> GazetteerMatcher:
    """The factory spaCy calls for ``nlp.add_pipe("actorgraph_gazetteer")``."""
    return GazetteerMatcher(nlp, name, overwrite_ents=overwrite_ents)


def cache_dir() -> Path:
    """Where start-up caches live.

    ``$ACTORGRAPH_CACHE``, else ``$XDG_CACHE_HOME/actorgraph``, else ``~/.cache/actorgraph``.
    """
    explicit = os.environ.get("ACTORGRAPH_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "actorgraph"


def _tokenizer_key(nlp: Language) -> str:
    h = hashlib.sha256(f"{_CACHE_FORMAT}\0spacy {spacy.about.__version__}\0".encode())
    h.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))  # type: ignore[union-attr]
    return h.hexdigest()[:16]


def tokenized(nlp: Language, forms: Sequence[SurfaceForm], *, cache: Path | None = None) -> list[Pattern]:
    """The patterns of ``forms``: each form's text split by ``nlp``'s tokenizer.

    Token sequences are read from a cache file named after the tokenizer (its rules and
    exceptions, serialised) and spaCy's version; forms not in it are tokenized, and the cache is
    rewritten (atomically) with the built-in forms of this run, so it follows data changes. A
    cache that cannot be read or written is only a slower start.
    """
    folder = cache if cache is not None else cache_dir()
    path = folder / f"gazetteer-tokens-{_tokenizer_key(nlp)}.json"
    known: dict[str, list[str]] = {}
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.debug("no gazetteer token cache at %s (%s): tokenizing the forms", path, exc)
    cached = set(known)
    missing = sorted({f.text for f in forms} - cached)
    for text, doc in zip(missing, nlp.tokenizer.pipe(missing), strict=True):  # type: ignore[union-attr]
        known[text] = [t.text for t in doc]
    builtin = {f.text for f in forms if f.resolved_by != "user"}  # a user's file stays out of the cache
    if builtin != cached:
        _write_cache(path, {t: known[t] for t in sorted(builtin)})
    return [
        Pattern(tuple(known[f.text]), f.case_sensitive, f.label, f"{f.actor_id}|{f.resolved_by}")
        for f in forms
    ]


def _write_cache(path: Path, data: dict[str, list[str]]) -> None:
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)  # readers see the old file or the new one, never a part
    except OSError as exc:
        logger.debug("cannot write the gazetteer token cache %s: %s", path, exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
