"""The learned type model: retypes a rule's relation from the words of its sentence.

The rules type a relation by the lexicon entry of one trigger word, so a trigger read in the wrong
sense ("pressed Y to release", "hit Y with tariffs") keeps its entry's type whatever the sentence
says. :func:`edge_features` describes one rule candidate by its sentence: the rule's type, CAMEO root,
mode and entry source, the trigger's lemma (alone and with the rule's type), its part of speech and
dependency, the words hanging on it (particle, object, complement clause, a preposition and its
object) with their lexicon types, the lemmas on the dependency path between the two actors' mentions
and at their lowest common ancestor, the sentence's content lemmas, the flags (negated, hypothetical,
reported, mutual) and both actors' types. :class:`TypeModel` applies a multinomial linear model
(:class:`~.model.SoftmaxModel`) to them and replaces the rule's type only when the model's top type
beats it by the model's margin (chosen on held-out folds of the training sets). Training lives in
``scripts/train_types.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.tokens import Token

from actorgraph.actors.resolve import DocActors
from actorgraph.errors import DataFileError
from actorgraph.relations.candidates import Candidate
from actorgraph.relations.learned.features import LexiconTypes, Words, link
from actorgraph.relations.learned.model import SoftmaxModel, load_models
from actorgraph.relations.lexicon import Lexicon

__all__ = ["TypeModel", "default_types", "edge_features", "rule_edges"]

#: Dependencies of the trigger's children that say in which sense it is used.
_KID_DEPS = frozenset({"prt", "dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "dative", "advcl"})
#: Parts of speech of the sentence's content words (the bag of lemmas).
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _heads(actors: DocActors, actor_id: str, start: int, end: int) -> list[Token]:
    doc = actors.doc
    return [
        doc[m.start : m.end].root
        for m in actors.mentions
        if m.actor_id == actor_id and start <= m.start < end
    ]


def edge_features(c: Candidate, actors: DocActors, types: LexiconTypes, words: Words) -> dict[str, float]:
    """The features of a rule candidate ``c`` (name -> 1.0) for the type model."""
    f: dict[str, float] = {"bias_type": 1.0}
    rule = c.trigger.plover
    f[f"rule={rule}"] = 1.0
    f[f"cameo={c.trigger.cameo[:2] or 'none'}"] = 1.0
    f[f"mode={c.trigger.mode}|rule={rule}"] = 1.0
    f[f"entry={c.trigger.source}"] = 1.0
    sent = c.sentence
    doc = actors.doc
    anchor = doc[c.anchor] if 0 <= c.anchor < len(doc) else None
    trig = _lemma(anchor) if anchor is not None else c.predicate.lower()
    f[f"trig={trig}"] = 1.0
    f[f"trig={trig}|rule={rule}"] = 1.0
    if anchor is not None:
        f[f"trig_pos={anchor.pos_}"] = 1.0
        f[f"trig_dep={anchor.dep_}"] = 1.0
        if anchor.dep_ in {"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl"} or anchor.head.i != anchor.i:
            f[f"gov={_lemma(anchor.head)}"] = 1.0
            kind = types.of(anchor.head)
            if kind:
                f[f"gov_lex={kind}"] = 1.0
        for kid in anchor.children:
            if kid.dep_ in _KID_DEPS:
                f[f"kid={kid.dep_}:{_lemma(kid)}"] = 1.0
                f[f"kid_word={_lemma(kid)}"] = 1.0
                kind = types.of(kid)
                if kind:
                    f[f"kid_lex={kind}"] = 1.0
            elif kid.dep_ in {"prep", "agent"}:
                for obj in kid.children:
                    if obj.dep_ in {"pobj", "pcomp"}:
                        f[f"kid=prep_{kid.lower_}:{_lemma(obj)}"] = 1.0
                        f[f"kid_word={_lemma(obj)}"] = 1.0
                        kind = types.of(obj)
                        if kind:
                            f[f"kid_lex={kind}"] = 1.0
                f[f"kid_prep={kid.lower_}"] = 1.0
            elif kid.dep_ == "neg":
                f["trig_neg"] = 1.0
    a_heads = _heads(actors, c.source, sent.start, sent.end)
    b_heads = _heads(actors, c.target, sent.start, sent.end)
    if a_heads and b_heads:
        ta, tb = min(
            ((x, y) for x in a_heads[:3] for y in b_heads[:3]),
            key=lambda p: (len(link(p[0], p[1]).path), abs(p[0].i - p[1].i), p[0].i),
        )
        j = link(ta, tb)
        f[f"lca={_lemma(j.lca)}"] = 1.0
        kind = types.of(j.lca)
        f[f"lca_lex={kind or 'none'}"] = 1.0
        f["roles={}|{}".format(*j.roles)] = 1.0
        for tok in j.path:
            f[f"path={_lemma(tok)}"] = 1.0
            kind = types.of(tok)
            if kind:
                f[f"path_lex={kind}"] = 1.0
    else:
        f["no_mentions"] = 1.0
    for tok in sent:
        if tok.pos_ in _CONTENT_POS and not tok.is_stop and tok.is_alpha:
            f[f"w={_lemma(tok)}"] = 1.0
        kind = types.of(tok)
        if kind:
            f[f"sent_lex={kind}"] = 1.0
    for flag, on in (("negated", c.negated), ("hypothetical", c.hypothetical), ("mutual", not c.directed)):
        if on:
            f[flag] = 1.0
    if c.attributed_to is not None:
        f["reported"] = 1.0
    if any(t.text in words.quotes for t in sent):
        f["quote"] = 1.0
    src, tgt = actors.actors.get(c.source), actors.actors.get(c.target)
    f[f"types={src.type if src else '?'}>{tgt.type if tgt else '?'}"] = 1.0
    return f


def rule_edges(
    actors: DocActors, lexicon: Lexicon, *, doc_date: str | None = None
) -> list[tuple[Candidate, dict[str, float]]]:
    """Every rule candidate of a document that becomes a relation, with its :func:`edge_features`."""
    from actorgraph.actors.groups import own_forces
    from actorgraph.relations.extract import extract_candidates

    types, words = LexiconTypes(lexicon), Words.load()
    return [
        (c, edge_features(c, actors, types, words))
        for c in extract_candidates(actors, lexicon, doc_date=doc_date)
        if not own_forces(actors, c.source, c.target, c.trigger.plover)
    ]


@dataclass(frozen=True, slots=True)
class TypeModel:
    """The learned type model and the margin by which its top type must beat the rule's."""

    model: SoftmaxModel
    margin: float

    @classmethod
    def from_file(cls, path: str) -> TypeModel:
        """The multinomial model ``retype`` of a model file (its margin in the model's ``meta``)."""
        model = load_models(path).get("retype")
        if not isinstance(model, SoftmaxModel):
            raise DataFileError(f"{path}: needs a multinomial model 'retype'")
        return cls(model, float(model.meta.get("margin", 1.0)))

    def retype(self, rule: str, features: dict[str, float]) -> str:
        """The type of a relation the rules typed ``rule``, given its :func:`edge_features`."""
        if rule not in self.model.classes:
            return rule
        probs = self.model.probabilities(features)
        best = max(self.model.classes, key=lambda k: (probs[k], -self.model.classes.index(k)))
        if best != rule and probs[best] - probs[rule] > self.margin:
            return best
        return rule


@cache
def default_types() -> TypeModel:
    """The model shipped in ``data/learned_types.json``."""
    return TypeModel.from_file(str(files("actorgraph") / "data" / "learned_types.json"))
