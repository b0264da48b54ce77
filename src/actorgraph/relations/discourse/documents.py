"""Documents and who issued them: "X issued a statement ... The statement threatened sanctions".

A statement, declaration, resolution or letter acts for whoever the story says issued it: the
subject of an issuing verb ("Japan and Korea released a joint declaration"), its by-agent ("a
communique was issued by the AU", "a resolution adopted by the council"), its owner or source
("Russia's statement", "a letter from the ministers"), the body it was brought in ("a resolution
in the U.S. Congress"), or the speaker it was said in ("In a statement, X said"). "the
statement" is then the issuer of the last such document of the same kind ("the document" of any
kind) in the sentences before; a document the story introduced with no issuer ("a statement
circulated online") names nobody, and so does one that acts only in someone else's words
("experts argue that the document fails to ...").
The word lists are ``document_nouns`` in ``data/grammar.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from actorgraph.relations.discourse.common import MEMORY_SENTENCES, sentence_index

if TYPE_CHECKING:
    from actorgraph.relations.arguments import Context

__all__ = ["Documents"]

_OWNER_PREPS = frozenset({"from", "by", "of"})


class Documents:
    """The issuers of the documents one story speaks of."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.actors.doc
        words = ctx.grammar["document_nouns"]
        self.nouns = set(words["kinds"])
        self.generic = set(words["generic"])
        self.issuing = set(words["issuing_verbs"])
        self._busy = False

    def issuer(self, token: Token) -> list[str] | None:
        """Who issued the document "the <noun>" at ``token`` stands for (``None``: not a document
        noun, or no such document before it; empty: one nobody is said to have issued)."""
        lemma = token.lemma_.lower()
        if lemma not in self.nouns and lemma not in self.generic:
            return None
        if self._busy or self._told_by_another(token):
            return []
        self._busy = True
        try:
            k = sentence_index(self.ctx, token.i)
            start = self.ctx.sentence_starts[max(0, k - MEMORY_SENTENCES)]
            for i in range(token.i - 1, start - 1, -1):
                noun = self.doc[i]
                other = noun.lemma_.lower()
                if noun.pos_ != "NOUN" or other not in self.nouns | self.generic:
                    continue
                if other != lemma and lemma not in self.generic:
                    continue
                found = self.issued_by(noun)
                if found:
                    return found
                if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
                    return []  # "a statement circulated online": issued by nobody the story names
            return None
        finally:
            self._busy = False

    def _bodies(self, noun: Token) -> list[str]:
        """ "a resolution in the U.S. Congress": the body a document was brought in (an organisation
        named so, not a place standing for its state: "a statement in Geneva")."""
        out: list[str] = []
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for pobj in prep.children:
                mention = self.ctx.actors.by_token.get(pobj.i)
                if pobj.dep_ != "pobj" or mention is None or mention.resolved_by == "metonym":
                    continue
                if self.ctx.kind(mention.actor_id) not in {"country", "person"}:
                    out.append(mention.actor_id)
        return out

    def _told_by_another(self, token: Token) -> bool:
        """ "Experts argue that the document fails to ...": what someone else says a document does
        is their characterisation, no act of its issuer."""
        speech = self.ctx.discourse.quote_verbs
        node = token.head if token.dep_ in {"nsubj", "nsubjpass"} else None
        while node is not None and node.dep_ in {"ccomp", "xcomp", "conj"} and node.head is not node:
            node = node.head
            if node.lemma_ in speech and node.pos_ in {"VERB", "AUX"}:
                return True
        return False

    def issued_by(self, noun: Token) -> list[str]:
        """The actors a document phrase says issued it (none when ``noun`` is no document noun)."""
        from actorgraph.relations.arguments import np_actors, subjects

        ctx = self.ctx
        if noun.lemma_.lower() not in self.nouns | self.generic:
            return []
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for child in noun.children:
            if child.dep_ == "acl" and child.lemma_ in self.issuing:
                owners += _agents(child)  # "a resolution adopted by the council"
        found = [a for o in owners for a in np_actors(o, ctx)[0]]
        found += self._bodies(noun)  # "a resolution in the U.S. Congress"
        if found:
            return found
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_ in self.issuing:
            return subjects(head, ctx)[0]  # "Japan and Korea released a joint declaration"
        if noun.dep_ == "nsubjpass" and head.lemma_ in self.issuing:
            return [a for o in _agents(head) for a in np_actors(o, ctx)[0]]  # "was issued by the AU"
        if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in {"VERB", "AUX"}:
            return subjects(head.head, ctx)[0]  # "In a statement, the ministry said"
        return []


def _agents(verb: Token) -> list[Token]:
    """The nouns of a passive verb's by-phrase."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
