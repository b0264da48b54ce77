"""Features of two actors named in one sentence, for the learned pair and type models.

Generalising features first, since the models must work on outlets they were not trained on: the
lexicon's PLOVER types of the words on the dependency path between the two mentions and of their
lowest common ancestor (LCA), the LCA's part of speech and dependency, the dependency by which each
mention reaches the LCA (subject, object, a preposition's object with the preposition, conjunct,
apposition, possessive, compound), distances, the number of actors in the sentence, whether the two
are items of one list, the actors' types, what the rules found in the sentence, reported speech,
negation and modality, and where the sentence stands. Lemmas of the LCA and the path are given too;
training keeps only those frequent across sets (a word seen in one document is noise).

Every feature is a name with a value (1.0 for an indicator); a sentence's features are a plain dict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.resolve import DocActors, MentionSpan
from actorgraph.relations.lexicon import Lexicon
from actorgraph.relations.syntax import negated
from actorgraph.relations.triggers import noun_trigger, verb_trigger

__all__ = ["LexiconTypes", "Link", "Words", "link", "mention_head", "plover_of", "sentence_features"]

#: Dependencies of a subject or agent: the side that reaches the LCA so is the doer.
DOER_ROLES = frozenset({"nsubj", "csubj", "agent", "by"})


@dataclass(frozen=True, slots=True)
class Words:
    """The grammar's word lists the features read."""

    speech: frozenset[str]
    modals: frozenset[str]
    negation: frozenset[str]
    intent: frozenset[str]
    quotes: frozenset[str]
    #: nouns for people or forces acting for a state ("troops", "ministers")
    agents: frozenset[str]

    @classmethod
    def load(cls) -> Words:
        """The lists of ``grammar.json``."""
        g = read_grammar()
        return cls(
            frozenset(g["speech_verbs"]),
            frozenset(g["hypothetical_aux"]),
            frozenset(g["negation_words"]),
            frozenset(g["intent_verbs"]),
            frozenset(g["quote_marks"]) | {'"', "“", "”"},
            frozenset(g["agent_heads"]),
        )


@dataclass(frozen=True, slots=True)
class Link:
    """How two mentions of one sentence are joined in its parse."""

    lca: Token
    #: the dependency by which each side reaches the LCA ("self" when it is the LCA), a preposition
    #: on the way named "prep_<word>"
    roles: tuple[str, str]
    #: the words between the two sides and the LCA (neither side's own head, nor the LCA)
    path: tuple[Token, ...]
    #: the dependency labels along the path, from the first side to the second
    deps: tuple[str, ...]


def mention_head(doc: Doc, mention: MentionSpan) -> Token:
    """The syntactic head of a mention: its word whose head lies outside the mention."""
    return doc[mention.start : mention.end].root


def _chain(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 64:
        chain.append(chain[-1].head)
    return chain


def _role(chain: list[Token], lca_at: int) -> str:
    """The dependency by which ``chain[0]`` reaches ``chain[lca_at]``."""
    if lca_at == 0:
        return "self"
    below = chain[lca_at - 1]
    if below.dep_ == "prep":
        return f"prep_{below.lower_}"
    if below.dep_ == "agent":
        return "agent"
    return below.dep_ or "dep"


def link(a: Token, b: Token) -> Link:
    """The lowest common ancestor of ``a`` and ``b`` and the path between them."""
    ca, cb = _chain(a), _chain(b)
    index_a = {t.i: k for k, t in enumerate(ca)}
    kb = next((k for k, t in enumerate(cb) if t.i in index_a), len(cb) - 1)
    ka = index_a.get(cb[kb].i, len(ca) - 1)
    lca = cb[kb]
    path = tuple(ca[1:ka]) + tuple(reversed(cb[1:kb]))
    deps = tuple(t.dep_ for t in ca[:ka]) + tuple(reversed([t.dep_ for t in cb[:kb]]))
    return Link(lca, (_role(ca, ka), _role(cb, kb)), path, deps)


class LexiconTypes:
    """:func:`plover_of` of a document's tokens, each token looked up once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.seen: dict[int, str | None] = {}

    def of(self, token: Token) -> str | None:
        """The PLOVER type the lexicon gives ``token``."""
        if token.i not in self.seen:
            self.seen[token.i] = plover_of(token, self.lexicon)
        return self.seen[token.i]


def plover_of(token: Token, lexicon: Lexicon) -> str | None:
    """The PLOVER type the lexicon gives ``token`` as a verb, noun or adjective trigger."""
    if token.pos_ in {"VERB", "AUX"}:
        found = verb_trigger(token, lexicon)
        return found[0].plover if found else None
    if token.pos_ in {"NOUN", "PROPN"}:
        trigger = noun_trigger(token, lexicon)
        return trigger.plover if trigger else None
    if token.pos_ == "ADJ":
        trigger = lexicon.adjective(token.lemma_.lower())
        return trigger.plover if trigger else None
    return None


def _bucket(n: int, edges: Iterable[int]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return "more"


def sentence_features(
    a: Token,
    b: Token,
    ends: tuple[str, str],
    sent: Span,
    actors: DocActors,
    lexicon: LexiconTypes,
    words: Words,
    *,
    index: int,
    sentence_actors: int,
    rule_types: Iterable[str],
    rule_touching: Iterable[str],
) -> tuple[dict[str, float], Link]:
    """The features of the two mentions headed by ``a`` and ``b`` (actors ``ends``) in ``sent``.

    ``index`` is the sentence's position in the document, ``sentence_actors`` the number of distinct
    actors it names, ``rule_types`` the types of the rules' relations stated in it and
    ``rule_touching`` those of them that involve one of the two actors.
    """
    f: dict[str, float] = {"bias_pair": 1.0}
    j = link(a, b)
    lca = j.lca
    f[f"lca_pos={lca.pos_}"] = 1.0
    f[f"lca_dep={lca.dep_}"] = 1.0
    f[f"lca_lemma={lca.lemma_.lower()}"] = 1.0
    lca_type = lexicon.of(lca)
    f[f"lca_lex={lca_type or 'none'}"] = 1.0
    for role in j.roles:
        f[f"role={role}"] = 1.0
    f["roles={}|{}".format(*sorted(j.roles))] = 1.0
    if any(r in DOER_ROLES for r in j.roles):
        f["has_doer"] = 1.0
    if set(j.roles) & {"dobj", "nsubjpass", "dative"} or any(r.startswith("prep_") for r in j.roles):
        f["has_patient"] = 1.0
    if "self" in j.roles:
        f["one_heads_other"] = 1.0
    path_types = {p for p in (lexicon.of(t) for t in j.path) if p}
    for p in path_types:
        f[f"path_lex={p}"] = 1.0
    if not path_types and lca_type is None:
        f["no_trigger"] = 1.0
    for tok in j.path:
        f[f"path_lemma={tok.lemma_.lower()}"] = 1.0
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_ in words.speech:
            f["path_speech"] = 1.0
    if (
        j.deps
        and all(d in {"conj", "appos", "compound", "cc", "punct"} for d in j.deps[1:])
        and ("conj" in j.roles)
    ):
        f["listed"] = 1.0
    if "appos" in j.roles:
        f["apposed"] = 1.0
    f[f"path_len={_bucket(len(j.path), (0, 1, 2, 4, 7))}"] = 1.0
    f[f"distance={_bucket(abs(a.i - b.i), (2, 4, 8, 15, 25))}"] = 1.0
    f[f"sentence_actors={_bucket(sentence_actors, (2, 3, 4, 6))}"] = 1.0
    f[f"sentence_at={_bucket(index, (0, 2, 6))}"] = 1.0
    if lca.pos_ in {"VERB", "AUX"} and lca.lemma_ in words.speech:
        f["lca_speech"] = 1.0
    if lca.lemma_ in words.intent:
        f["lca_intent"] = 1.0
    if negated(lca, set(words.negation)):
        f["lca_negated"] = 1.0
    if any(c.dep_ == "aux" and c.lower_ in words.modals for c in lca.children):
        f["lca_modal"] = 1.0
    for kind in {p for p in (lexicon.of(t) for t in sent) if p}:
        f[f"sentence_lex={kind}"] = 1.0
    if any(t.text in words.quotes for t in sent):
        f["quote"] = 1.0
    draft_a, draft_b = actors.actors[ends[0]], actors.actors[ends[1]]
    f["types={}|{}".format(*sorted((draft_a.type, draft_b.type)))] = 1.0
    for d in (draft_a, draft_b):
        f[f"type={d.type}"] = 1.0
        if set(d.resolved_by) <= {"ner", "coreference"}:
            f["tagger_only"] = 1.0
        if d.sector:
            f[f"sector={d.sector[:3]}"] = 1.0
    state_a = ends[0] if draft_a.type == "country" else draft_a.country
    state_b = ends[1] if draft_b.type == "country" else draft_b.country
    if state_a is not None and state_a == state_b:
        f["same_state"] = 1.0
    for kind in set(rule_types):
        f[f"rule_in_sentence={kind}"] = 1.0
        f["rule_in_sentence"] = 1.0
    for kind in set(rule_touching):
        f[f"rule_touching={kind}"] = 1.0
        f["rule_touching"] = 1.0
    return f, j
