"""Questions: "asked whether ...", "Why would X ..., Y asked" want an answer, not an act.

"It was unclear what role, if any, X played in the strike on Y" asks what part X had: an open
question, no event of X's (:func:`open_question`, ``question_roles``).

"asked Algeria to take back its nationals" and "asked Nigeria for help" ask for an act; "asked the
witness whether he had seen the soldiers" and "asked why his government had closed the border" ask
a question, which no event coder records as a demand. The word lists are ``question_verbs`` and
``question_marks`` in the ``speech`` entry of ``data/grammar.json``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from actorgraph.actors.gazetteer import read_grammar

__all__ = ["asks_a_question", "open_question"]

#: The clause links by which an asking verb holds what it asks.
_ASKED = frozenset({"ccomp", "parataxis"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    speech = read_grammar()["speech"]
    return frozenset(speech["question_verbs"]), frozenset(speech["question_marks"])


@cache
def _roles() -> frozenset[str]:
    return frozenset(read_grammar()["speech"]["question_roles"])


def open_question(anchor: Token) -> bool:
    """Whether the event at ``anchor`` is asked about, not stated: its clause asks what part
    someone had in it ("what role Iran played in the attack", "what part, if any, Israel took in
    the strikes") or leaves it open with "if any".

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> open_question(nlp("strike")[0])
    False
    """
    roles = _roles()
    node = anchor
    for _ in range(5):
        clause = node if node.pos_ in {"VERB", "AUX"} else None
        near = [node, *node.children]
        if clause is not None:
            near += [g for c in clause.children if c.dep_ in {"dobj", "ccomp", "advcl"} for g in c.children]
        for tok in near:
            wh = any(d.dep_ == "det" and d.tag_ in {"WDT", "WP"} for d in tok.children)
            if wh and tok.lemma_.lower() in roles:
                return True  # "what role", "what part"
            if tok.lower_ == "any" and any(m.dep_ == "mark" and m.lower_ == "if" for m in tok.children):
                return True  # ", if any,"
        if clause is not None and node.dep_ not in {"conj", "xcomp"}:
            return False
        if node.head is node:
            return False
        node = node.head
    return False


def asks_a_question(verb: Token) -> bool:
    """Whether ``verb`` asks a question rather than for an act: an asking verb with no infinitive
    ("asked X to ...") and no thing asked for ("asked for help"), whose clause opens with a
    question word or "if"/"whether", or ends with a question mark.
    """
    verbs, marks = _words()
    if verb.lemma_.lower() not in verbs:
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return False  # "asked Algeria to take back its nationals", "asked Nigeria for help"
    if any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    ):
        return True  # "asked the witness if he had seen ...", the clause parsed as a condition
    clauses = [c for c in verb.children if c.dep_ in _ASKED]
    if verb.dep_ in _ASKED and verb.head.pos_ in {"VERB", "AUX"}:
        clauses.append(verb.head)  # “Why would they ...?” | he asked
    for clause in clauses:
        tokens = list(clause.subtree)
        first = tokens[0]
        if first.tag_.startswith("W") or any(
            t.dep_ == "mark" and t.lower_ in marks and t.head == clause for t in tokens
        ):
            return True
        after = clause.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(clause.doc) else None
        if "?" in {tokens[-1].text, after.text if after is not None else ""}:
            return True
    return False
