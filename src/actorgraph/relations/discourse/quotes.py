"""Quotations and who they are attributed to.

A quotation's speaker is named by a speech verb outside the marks in the sentences it touches
("“...,” X said", "X told reporters: “...”", "X praised Y, saying: “...”", a document's issuer:
"“...,” said a statement posted by X", "“...,” read a statement from X"; never by a subject
inside the marks), the next sentence when it reports no clause of its own ("“...” | he said.",
not "“...” | Y told X that ..."), "according to X", the subject of a clause with no speech verb
that a colon closes right before it ("X struck a defiant tone: “...”"), or, for a quotation that
is a whole sentence, whoever the sentence before reports ("X said ... . “We will ...”"), else, for
one opening a sentence with no speaker of its own, the speaker of the quotation just before (a
continuation in the next paragraph). "..., they said" gives the quotation every member of the
group *they* stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from actorgraph.relations.discourse.common import DEFINITE, person_in, sentence_index

if TYPE_CHECKING:
    from actorgraph.relations.arguments import Context

__all__ = ["Quotations", "Quote"]

#: Sentences back that "the spokesperson" looks for the phrase that introduced them.
_INTRODUCED_SENTENCES = 6
#: Dependencies by which the parser may hang a lead-in clause ("X was blunt:") on the quoted verb.
_LEAD_IN_DEPS = frozenset({"ccomp", "advcl", "parataxis"})
#: Characters after which a straight quote opens ("(", a dash), besides white space.
_OPENERS = frozenset("([{—–-/")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: token range ``[start, end)`` inside the marks, and who it is attributed to
    (``speakers``: all of them, "..., they said"; ``speaker``: the first)."""

    start: int
    end: int
    speaker: str | None
    speakers: tuple[str, ...] = ()


class Quotations:
    """The quotations of one document, found on first use."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.actors.doc
        g = ctx.grammar
        self.quote_verbs = set(g["speech_verbs"]) | set(g["quote_verbs"])
        self.titles = set(g["titles"]) | set(ctx.agent_heads)
        self._quotes: list[Quote] | None = None
        self._quote_starts: list[int] = []
        self._spans: list[tuple[int, int]] | None = None
        self.finding = False  # the speakers are being found
        self._span_starts: list[int] = []

    @property
    def quotes(self) -> list[Quote]:
        """The document's quotations in text order (found on first use: finding their speakers
        reads the rest of the context)."""
        if self._quotes is None:
            self._quotes = []
            self.finding = True
            try:
                self._quotes = self._find_quotes()
            finally:
                self.finding = False
            self._quote_starts = [q.start for q in self._quotes]
        return self._quotes

    def quote_at(self, token: Token) -> Quote | None:
        """The quotation ``token`` is inside, if any."""
        quotes = self.quotes
        k = bisect_right(self._quote_starts, token.i) - 1
        if k >= 0 and quotes[k].start <= token.i < quotes[k].end:
            return quotes[k]
        return None

    def inside(self, i: int) -> bool:
        """Whether token ``i`` is inside quotation marks (found without reading who speaks)."""
        if self._spans is None:
            self._spans = self._marks()
            self._span_starts = [a for a, _ in self._spans]
        k = bisect_right(self._span_starts, i) - 1
        return k >= 0 and self._spans[k][0] <= i < self._spans[k][1]

    def speaker_at(self, token: Token) -> str | None:
        """The actor a quotation around ``token`` is attributed to."""
        quote = self.quote_at(token)
        return quote.speaker if quote is not None else None

    def speakers_at(self, token: Token) -> list[str]:
        """Every actor a quotation around ``token`` is attributed to ("..., they said": the group)."""
        quote = self.quote_at(token)
        return list(quote.speakers) if quote is not None else []

    def _marks(self) -> list[tuple[int, int]]:
        """Quotation spans as token ranges inside the marks.

        Curly quotes pair up; a curly opening quote that meets another opening quote before it
        closes is a quotation continued in the next paragraph. A straight quote opens when it is
        followed by a word and preceded by a space, and closes otherwise. The marks are found in
        the text (no pass over every token), then mapped to tokens.
        """
        doc, text = self.doc, self.doc.text
        marks = self.ctx.grammar["quote_marks"]
        opening, closing = set(marks["open"]), set(marks["close"])
        chars = "".join(c for key in ("open", "close", "straight") for c in marks[key])
        found = [m.start() for m in _quote_pattern(chars).finditer(text)]
        if not found:
            return []
        starts = doc.to_array([IDX]).tolist()
        spans: list[tuple[int, int]] = []
        start: int | None = None
        for pos in found:
            i = bisect_right(starts, pos) - 1
            char = text[pos]
            if char in opening:
                if start is not None:
                    spans.append((start, i))
                start = i + 1
            elif char in closing:
                if start is not None:
                    spans.append((start, i))
                start = None
            else:  # a straight quote
                before = pos == 0 or text[pos - 1].isspace() or text[pos - 1] in _OPENERS
                opens = before and pos + 1 < len(text) and not text[pos + 1].isspace()
                if start is None and (opens or not before):
                    start = i + 1
                elif start is not None:
                    spans.append((start, i))
                    start = i + 1 if opens else None
        if start is not None and start < len(doc):
            # never closed: to the end of its paragraph ("X said: “... . We congratulate ..." at the
            # end of a story), not only of its first sentence
            spans.append(
                (
                    start,
                    max(self.ctx.sentences[sentence_index(self.ctx, start)].end, _paragraph_end(doc, start)),
                )
            )
        return [(a, b) for a, b in spans if b > a]

    def _find_quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        spans = self._marks()
        inside: set[int] = {i for a, b in spans for i in range(a, b)}
        owned: list[bool] = []  # attributed by a verb or "according to" of its own
        for a, b in spans:
            attributed = self._attribution(a, b, inside)
            owned.append(bool(attributed))
            speakers = attributed or []
            k = sentence_index(self.ctx, a)
            opens_sentence = a - self.ctx.sentence_starts[k] <= 1
            if attributed is None and opens_sentence and k > 0:
                # "X said ... . “We will ...”": whoever the sentence right before reports, before the
                # speaker of a quotation further back ("“...,” Y said. X called for calm. “We ...”")
                speakers = self._reported_before(k, a, b, inside)
            if attributed is None and quotes and not speakers:
                # A quotation that opens a sentence with no speaker of its own continues the last
                # speaker's words ("... ,” he said. “We will ..."), and so does one that ends its
                # sentence after a lead-in with no verb ("... ,” he said. For Europe, “we ...").
                prev = quotes[-1]
                gap = k - sentence_index(self.ctx, prev.end - 1)
                if prev.speaker and (opens_sentence or (gap <= 1 and self._led_in(k, a, b))) and gap <= 2:
                    speakers = list(prev.speakers) or [prev.speaker]
            quotes.append(Quote(a, b, speakers[0] if speakers else None, tuple(speakers)))
        return self._continued(quotes, owned)

    @staticmethod
    def _continued(quotes: list[Quote], owned: list[bool]) -> list[Quote]:
        """ "“We condemn ... ¶ “We also ...,” X said.": a quotation whose paragraph ends without a
        closing mark goes on in the next one, and is the words of whoever that one is attributed to
        (back along a chain of such paragraphs), not of the speaker before it."""
        for k in range(len(quotes) - 2, -1, -1):
            here, after = quotes[k], quotes[k + 1]
            if owned[k] or not owned[k + 1] or after.start != here.end + 1:
                continue
            quotes[k] = Quote(here.start, here.end, after.speaker, after.speakers)
            owned[k] = True
        return quotes

    def _led_in(self, k: int, a: int, b: int) -> bool:
        """Whether the quotation ``[a, b)`` ends sentence ``k`` after a lead-in with no verb ("For
        Europe, “...”", "And then: “...”")."""
        sent = self.ctx.sentences[k]
        lead = self.doc[sent.start : a]
        return b >= sent.end - 2 and not any(t.pos_ in {"VERB", "AUX"} for t in lead)

    def _reported_before(self, k: int, a: int, b: int, inside: set[int]) -> list[str]:
        """ "Tusk said Poland had evidence of sabotage. “We will expel ...”": a quotation that is its
        whole sentence, with no speaker of its own, is the words of whoever the sentence before
        reports, when that sentence is reported speech (its main verb a speech verb) and holds no
        quotation of its own."""
        sents = self.ctx.sentences
        sent, before = sents[k], sents[k - 1]
        if b < sent.end - 2 or any(t.i in inside for t in before):
            return []
        root = before.root
        if root.lemma_ not in self.quote_verbs or root.pos_ not in {"VERB", "AUX"}:
            return []
        return self._subject_of(root, inside)

    def _attribution(self, a: int, b: int, inside: set[int]) -> list[str] | None:
        """The speakers of the quotation ``[a, b)``: the speech verb nearest it outside the marks in
        the sentences it touches (or the next short sentence, or a sentence before ending in a
        colon), or "according to X" (``None``: no such verb; empty: its subject names no actor,
        "“...,” nine rights groups said", and the quotation continues no one else's words)."""
        sents = self.ctx.sentences
        unresolved = False
        first, last = sentence_index(self.ctx, a), sentence_index(self.ctx, max(a, b - 1))
        frames: list[Span] = list(sents[first : last + 1])
        after: Span | None = None
        if last + 1 < len(sents) and b + 2 >= sents[last + 1].start:
            after = sents[last + 1]  # “...” | he said.
            frames.append(after)
        if first > 0 and sents[first - 1][-1].text == ":" and a - sents[first].start <= 1:
            frames.insert(0, sents[first - 1])
        for sent in frames:
            # the verb nearest the quotation first: "Russia warned ..., said X, adding: “...”" is X's
            for tok in sorted(sent, key=lambda t: min(abs(t.i - a), abs(t.i - b))):
                if tok.i in inside or a - 1 <= tok.i <= b:
                    continue
                if tok.lower_ == "according" and tok.dep_ == "prep":
                    for sub in tok.subtree:
                        actor = self.ctx.actors.actor_at(sub)
                        if actor:
                            return [actor]
                text = self._text_read(tok)
                if text is not None:
                    read = self._document_speakers(text)
                    if read:
                        return read
                if tok.lemma_ in self.quote_verbs and tok.pos_ in {"VERB", "AUX"}:
                    if sent is after and any(c.dep_ == "ccomp" and c.i not in inside for c in tok.children):
                        # “...” | Y told X on Friday that ...: a sentence reporting a clause of its own
                        continue
                    speakers = self._subject_of(tok, inside)
                    if speakers:
                        return speakers
                    # "“...,” nine rights groups said": attributed, to no actor (not the sentence after,
                    # which may be the narrator's own: "“...” | Many exiles argue ...")
                    unresolved |= first <= sentence_index(self.ctx, tok.i) <= last and any(
                        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children
                    )
        if unresolved:
            return []
        return self._colon_lead_in(a, inside)

    def _text_read(self, verb: Token) -> Token | None:
        """ "“...,” read a statement by X": the document *read* quotes (its subject, or the object
        the parser makes of it after the quotation)."""
        if verb.lemma_ != "read" or verb.pos_ != "VERB":
            return None
        nouns = self.ctx.discourse.documents.nouns
        return next(
            (c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in nouns), None
        )

    def _document_speakers(self, noun: Token) -> list[str]:
        """Who speaks through a document: an actor its phrase names ("a Kenyan government
        statement", "Algeria's statement"), else whoever issued it."""
        from actorgraph.relations.arguments import np_actors

        found, _ = np_actors(noun, self.ctx)
        return found[:1] or self._issuers(noun)[:1]

    def _colon_lead_in(self, a: int, inside: set[int]) -> list[str] | None:
        """ "X struck a defiant tone: “We ...”": a quotation right after a colon that closes a clause
        with no speech verb is the words of that clause's subject (``None``: no such clause, or its
        subject names no actor)."""
        colon = a - 2
        if colon < 0 or self.doc[colon].text != ":" or colon in inside:
            return None
        head = self.doc[colon].head
        if head.i in inside:  # the parser may hang the clause before the colon on the quoted verb
            head = next((c for c in head.children if c.i < colon and c.dep_ in _LEAD_IN_DEPS), head)
        if head.i >= colon or head.i in inside or head.pos_ not in {"VERB", "AUX"}:
            return None
        return self._subject_of(head, inside) or None

    def _subject_of(self, verb: Token, inside: set[int] | frozenset[int] = frozenset()) -> list[str]:
        """Who speaks as the subject of ``verb``: one person or actor, or every member of the group
        a plural pronoun stands for ("..., they wrote"); never a word inside the marks ("“... .
        Thank you Poland for ...,” X wrote", where the parser may take "Poland" for the subject)."""
        from actorgraph.relations.arguments import np_actors

        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i not in inside:
                person = person_in(child, self.ctx)
                if person:
                    return [person]  # "U.N. Resident Coordinator for Myanmar Andrew Kirkwood said"
                found, _ = np_actors(child, self.ctx)
                if found:
                    return found if child.lower_ in {"they", "we"} else found[:1]
                issued = self._issuers(child)
                if issued:
                    return issued[:1]  # "“...,” said a statement posted by the ministry"
                if child.lower_ in self.titles or child.lemma_.lower() in self.titles:
                    # "A Kremlin spokesperson rejected ... the spokesperson said": the one introduced so
                    introduced = self._introduced(child)
                    if introduced:
                        return [introduced]
                    # "the chief minister said": the last person the story named.
                    people = self.ctx.preceding(child, {"person"}, subjects_first=True)
                    return people[:1]
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return []
        if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
            # "X praised Y, saying: “...”": a participle with no subject of its own speaks through
            # the subject of the clause it hangs on
            return self._subject_of(verb.head, inside)
        return []

    def _issuers(self, noun: Token) -> list[str]:
        """Who issued the document a speech verb's subject names: its own phrase ("a statement
        posted by X", "a letter signed by X"), else, for "the statement", the last one of its kind
        the story said someone issued."""
        documents = self.ctx.discourse.documents
        found = documents.issued_by(noun)
        if not found and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            found = documents.issuer(noun) or []
        return found

    def _introduced(self, title: Token) -> str | None:
        """Whom a bare "the spokesperson" continues: the actor of the last phrase with the same
        head noun in the sentences before ("a Kremlin spokesperson", "Lavrov, the minister")."""
        from actorgraph.relations.arguments import np_actors

        k = sentence_index(self.ctx, title.i)
        start = self.ctx.sentence_starts[max(0, k - _INTRODUCED_SENTENCES)]
        lemma = title.lemma_.lower()
        for i in range(title.i - 1, start - 1, -1):
            noun = self.doc[i]
            if noun.lemma_.lower() != lemma or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            found = self.ctx.actors.actor_at(noun) or person_in(noun, self.ctx)
            if not found:
                holders = [noun, *(c for c in noun.children if c.dep_ == "appos")]
                if noun.dep_ == "appos":
                    holders.append(noun.head)  # "Lavrov, the minister"
                found = next((a for h in holders for a in np_actors(h, self.ctx)[0]), None)
            if found or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                return found
            # "the spokesperson told VOA. ... the spokesperson said": the same one, introduced earlier
        return None


def _paragraph_end(doc: Doc, start: int) -> int:
    """The token index where the paragraph holding token ``start`` ends (its line break, or the end)."""
    text = doc.text
    brk = text.find("\n", doc[start].idx)
    if brk < 0:
        return len(doc)
    starts = doc.to_array([IDX]).tolist()
    return bisect_right(starts, brk - 1)


@cache
def _quote_pattern(chars: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
