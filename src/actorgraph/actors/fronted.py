"""A clause's subject the parser hung on the phrase fronted before it.

"During a call with his Kenyan counterpart X, Tanzanian President Y stressed ...", "In a conversation
with A, B allegedly joked ...": the parser makes the subject the apposition or the conjunct of the last
name in the fronted phrase and leaves the verb with no subject. The name right before such a verb, after
a comma, is the verb's subject (``relations.arguments.subjects`` reads it so), neither a description of
the name it hangs on (``descriptions``) nor one of the people the fronted phrase names
(``relations.arguments.np_actors`` skips it). Nothing here knows about actors.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_swallowed", "swallowed_subject"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

#: Tags of a verb that needs a subject of its own (a past participle with no auxiliary too: the parser
#: tags a quoted verb so, 'allegedly "joked" that ...').
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
#: Words of the verb's own that may stand between the subject and the verb ("reportedly", quotes).
_BETWEEN_DEPS = frozenset({"advmod", "punct", "neg"})


def swallowed_subject(verb: Token) -> Token | None:
    """The name the parser hung on the phrase fronted before ``verb`` that is the verb's subject, else
    ``None``: ``verb`` is the sentence's main verb, finite, with no subject and no auxiliary; a
    prepositional phrase opens the sentence; the word right before the verb (past its adverbs and
    quotes) heads a noun in that phrase that the parser made an apposition or a conjunct, and a comma
    comes right before that noun."""
    if verb.dep_ != "ROOT" or verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in _FINITE_TAGS:
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in {"expl", "aux", "auxpass"} for c in verb.children):
        return None
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
    if fronted is None or fronted.left_edge.i != verb.sent.start:
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > fronted.i and doc[i].head.i == verb.i and doc[i].dep_ in _BETWEEN_DEPS:
        i -= 1
    name = doc[i]
    if name.dep_ not in {"appos", "conj"} or name.pos_ not in {"PROPN", "NOUN"}:
        return None
    if not fronted.left_edge.i < name.i <= fronted.right_edge.i:
        return None
    start = name.left_edge.i
    return name if start > 0 and doc[start - 1].text == "," else None


def is_swallowed(token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence's main verb that the parser hung on the phrase
    fronted before it (:func:`swallowed_subject`)."""
    if token.dep_ not in {"appos", "conj"}:
        return False
    swallowed = swallowed_subject(token.sent.root)
    return swallowed is not None and swallowed.i == token.i
