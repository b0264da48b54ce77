"""The gazetteer matcher: a spaCy component that marks every name of the actor data as an entity.

It does what spaCy's ``EntityRuler`` did with ~19,000 phrase patterns, at a fraction of the cost:

* **start-up**: a pattern is the token sequence the pipeline's tokenizer makes of a surface form.
  Tokenizing 19,000 forms (and creating their lexemes) took 1–3 s at every start; the token
  sequences ship with actorgraph (``data/gazetteer_tokens.json``, :func:`write_token_table`),
  keyed by the tokenizer's own serialisation and checked form by form, so a form the table lacks
  (new data, a user's actor file) is tokenized at start and nothing stale is used;
* **matching**: one dictionary lookup per token and table (case-sensitive forms such as "US",
  "UN" by text, the others by lower-case text) instead of the token ``Matcher`` (3.6–5.2 s per
  59,000 words for the case-sensitive forms). Tables are keyed by the strings' hashes, so a
  document's keys are one ``Doc.to_array`` of ``ORTH`` and ``LOWER``, not a ``Token`` per word.

Overlaps are resolved as the ``EntityRuler`` did (longest first, then leftmost; a case-sensitive
form before a case-insensitive one of the same span), and each entity carries
``"<actor id>|<how>"`` in ``ent.ent_id_``.
"""

# No ``from __future__ import annotations`` here: spaCy < 3.8.5 (confection < 1) validates a
# factory's arguments with pydantic v1, which cannot resolve an annotation left as a string
# ("field 'nlp' not yet prepared so type is still a ForwardRef").
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NamedTuple

import spacy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # (not in the stubs)
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from actorgraph.actors.gazetteer import SurfaceForm

__all__ = ["TOKEN_TABLE", "GazetteerMatcher", "Pattern", "tokenized", "tokenizer_key", "write_token_table"]

logger = logging.getLogger(__name__)

_TABLE_FORMAT = 1
#: The typographic apostrophe news text writes where the data writes "'" ("Côte d’Ivoire").
_CURLY = "\u2019"


class Pattern(NamedTuple):
    """A surface form as the tokenizer splits it, and what a match of it means.

    (A named tuple rather than a dataclass: 19,000 of them are made at every start.)
    """

    tokens: tuple[str, ...]
    case_sensitive: bool
    label: str
    ent_id: str


class _Table:
    """Patterns keyed by their tokens' hashes (``ORTH`` or ``LOWER`` values: a ``Doc.to_array`` is
    the document's keys), and the lengths of the patterns each first token starts."""

    def __init__(self) -> None:
        self.patterns: dict[tuple[int, ...], tuple[str, str]] = {}
        self.lengths: dict[int, tuple[int, ...]] = {}

    def index(self) -> None:
        """Recompute :attr:`lengths` (longest first) after patterns were added."""
        lengths: dict[int, set[int]] = {}
        for key in self.patterns:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}

    def find(self, keys: Sequence[int]) -> Iterable[tuple[int, int, str, str]]:
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
                exact[tuple(map(hash_string, p.tokens))] = (p.label, p.ent_id)
            else:
                folded[tuple(hash_string(t.lower()) for t in p.tokens)] = (p.label, p.ent_id)
            self._patterns.append(p)
        self._exact.index()
        self._folded.index()

    def to_state(self) -> tuple[Any, ...]:
        """The matcher's tables and patterns as plain values (what the data cache keeps)."""
        exact, folded = self._exact, self._folded
        patterns = [tuple(p) for p in self._patterns]
        return exact.patterns, exact.lengths, folded.patterns, folded.lengths, patterns

    def from_state(self, state: tuple[Any, ...]) -> "GazetteerMatcher":
        """Take the tables and patterns :meth:`to_state` gave (replacing any added before)."""
        exact, folded = self._exact, self._folded
        exact.patterns, exact.lengths, folded.patterns, folded.lengths, patterns = state
        self._patterns = [Pattern._make(p) for p in patterns]
        return self

    def __len__(self) -> int:
        return len(self._exact.patterns) + len(self._folded.patterns)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orth, lower = doc.to_array([ORTH, LOWER]).T.tolist()
        if _CURLY in doc.text:
            # "the Kurdistan Workers’ Party", "Côte d’Ivoire": a typographic apostrophe is the data's "'"
            for token in doc:
                if _CURLY in token.text:
                    orth[token.i] = hash_string(token.text.replace(_CURLY, "'"))
                    lower[token.i] = hash_string(token.lower_.replace(_CURLY, "'"))
        found = [
            Span(doc, start, end, label=label, span_id=ent_id)
            for table, keys in ((self._exact, orth), (self._folded, lower))
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

    def from_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> "GazetteerMatcher":
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


#: The token table shipped in ``actorgraph/data`` for the default pipeline's tokenizer; rebuild it
#: with ``python scripts/build_token_table.py`` after a change of data, spaCy or model.
TOKEN_TABLE = "gazetteer_tokens.json"


def tokenizer_key(nlp: Language) -> str:
    """A fingerprint of ``nlp``'s tokenizer: its rules and exceptions, serialised, and spaCy's version."""
    h = hashlib.sha256(f"{_TABLE_FORMAT}\0spacy {spacy.about.__version__}\0".encode())
    h.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))  # type: ignore[union-attr]
    return h.hexdigest()[:16]


def tokenized(
    nlp: Language, forms: Sequence[SurfaceForm], *, table: Path | Traversable | None = None
) -> list[Pattern]:
    """The patterns of ``forms``: each form's text split by ``nlp``'s tokenizer.

    Token sequences come from the token table (``data/gazetteer_tokens.json`` unless ``table``)
    when it was made by the same tokenizer (:func:`tokenizer_key`); a form it lacks (changed
    data, a user's actor file) or a table of another tokenizer means tokenizing at start, which
    costs time, never correctness. Nothing is written at run time.
    """
    source = table if table is not None else files("actorgraph").joinpath("data").joinpath(TOKEN_TABLE)
    known = _read_table(source, tokenizer_key(nlp))
    missing = sorted({f.text for f in forms} - set(known))
    if len(missing) > 200:
        logger.info(
            "tokenizing %d gazetteer forms the token table lacks; `python scripts/build_token_table.py` "
            "rebuilds it",
            len(missing),
        )
    for text, doc in zip(missing, nlp.tokenizer.pipe(missing), strict=True):  # type: ignore[union-attr]
        known[text] = [t.text for t in doc]
    return [
        Pattern(tuple(known[f.text]), f.case_sensitive, f.label, f"{f.actor_id}|{f.resolved_by}")
        for f in forms
    ]


def _read_table(source: Path | Traversable, key: str) -> dict[str, list[str]]:
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.debug("no gazetteer token table at %s (%s)", source, exc)
        return {}
    if not isinstance(data, dict) or data.get("tokenizer") != key or not isinstance(data.get("forms"), dict):
        logger.debug("the gazetteer token table %s was made by another tokenizer", source)
        return {}
    forms: dict[str, list[str]] = data["forms"]
    return forms


def write_token_table(nlp: Language, forms: Iterable[SurfaceForm], path: str | os.PathLike[str]) -> int:
    """Write the token table of ``forms`` for ``nlp``'s tokenizer to ``path``; returns the number of forms.

    One form a line, sorted, so that a rebuild after a data change reads as a small diff.
    """
    texts = sorted({f.text for f in forms})
    lines = [
        json.dumps(text, ensure_ascii=False) + ": " + json.dumps([t.text for t in doc], ensure_ascii=False)
        for text, doc in zip(texts, nlp.tokenizer.pipe(texts), strict=True)  # type: ignore[union-attr]
    ]
    body = ",\n".join(lines)
    Path(path).write_text(
        f'{{"tokenizer": "{tokenizer_key(nlp)}", "forms": {{\n{body}\n}}}}\n', encoding="utf-8"
    )
    return len(texts)
