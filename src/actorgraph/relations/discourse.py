"""Discourse memory: one per document, built once, read by every rule.

News stories refer back all the time: *we* and *our* inside a quotation are whoever the quotation
is attributed to (often in the next sentence, or in an earlier paragraph for a continuation
quote), *they* and *their* are the last group named, "the four countries" and "both leaders" are
the last four states and the last two people, and "dismissed the charges" answers whoever made
the last accusation. Rules ask this memory instead of each searching back through the document on
its own:

* :meth:`Discourse.speaker_at` -- the attributed speaker of the quotation a token is in;
* :meth:`Discourse.pronoun` -- speaker pronouns inside quotes and plural pronouns;
* :meth:`Discourse.group` -- "the four countries", "both leaders", "the two sides";
* :meth:`Discourse.remember` / :meth:`Discourse.implicit_targets` -- events in text order, so that
  a reply ("rejected the charges", "supported the request", "took part in the talks") finds the
  actors of the event it answers.

The word lists (quote verbs, group heads, number words, implicit objects) are in
``data/grammar.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import IDX
from spacy.tokens import Span, Token

from actorgraph.relations.syntax import detached_list

if TYPE_CHECKING:
    from actorgraph.relations.arguments import Context
    from actorgraph.relations.lexicon import Trigger

__all__ = ["Act", "Discourse", "Quote"]

#: Sentences back that an answer ("rejected the charges") may reach for the event it answers.
_MEMORY_SENTENCES = 12
_DESTINATION = frozenset({"to", "into"})
#: Characters after which a straight quote opens ("(", a dash), besides white space.
_OPENERS = frozenset("([{—–-/")
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_DEFINITE = {"the", "these", "those", "this", "that"}
#: Sentences back that a plural pronoun looks for its antecedent.
_PLURAL_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: token range ``[start, end)`` inside the marks, and who it is attributed to."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Act:
    """An event already found in the document, as the memory keeps it."""

    type: str
    source: str
    target: str
    sentence: int
    directed: bool


class Discourse:
    """What a document has said so far: quotations and their speakers, groups, events."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.actors.doc
        g = ctx.grammar
        self.quote_verbs = set(g["speech_verbs"]) | set(g["quote_verbs"])
        self.speaker_pronouns = set(g["pronouns_speaker"])
        self.plural_pronouns = set(g["pronouns_plural"])
        self.group_heads: dict[str, str] = {
            word: kind for kind, words in g["group_heads"].items() for word in words
        }
        self.numbers: dict[str, int] = g["number_words"]
        self.organs = set(g["definite_organs"])
        self.definite_names: dict[str, list[str]] = g["definite_names"]
        self.implicit_objects: dict[str, list[str]] = g["implicit_objects"]
        self.titles = set(g["titles"]) | set(ctx.agent_heads)
        self.own_assets = set(g["own_assets"])
        self.reply_types = set(g["reply_types"])
        self.participation = set(g["participation_verbs"])
        self.destination_modes = set(g["destination_modes"])
        self.return_particles = set(g["return_particles"])
        self.acts: list[Act] = []
        self._plural_cache: dict[int, list[tuple[int, list[str], bool, bool]]] = {}
        self._busy = False
        self._in_subject = False
        self._quotes: list[Quote] | None = None
        self._quote_starts: list[int] = []

    @property
    def quotes(self) -> list[Quote]:
        """The document's quotations in text order (found on first use: finding their speakers
        reads the rest of the context)."""
        if self._quotes is None:
            self._quotes = []
            self._quotes = self._find_quotes()
            self._quote_starts = [q.start for q in self._quotes]
        return self._quotes

    # --- quotations -------------------------------------------------------------------------------

    def quote_at(self, token: Token) -> Quote | None:
        """The quotation ``token`` is inside, if any."""
        quotes = self.quotes
        k = bisect_right(self._quote_starts, token.i) - 1
        if k >= 0 and quotes[k].start <= token.i < quotes[k].end:
            return quotes[k]
        return None

    def speaker_at(self, token: Token) -> str | None:
        """The actor a quotation around ``token`` is attributed to."""
        quote = self.quote_at(token)
        return quote.speaker if quote is not None else None

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
            spans.append((start, self.ctx.sentences[self._sentence_index(start)].end))
        return [(a, b) for a, b in spans if b > a]

    def _find_quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        spans = self._marks()
        inside: set[int] = {i for a, b in spans for i in range(a, b)}
        for a, b in spans:
            speaker = self._attribution(a, b, inside)
            if speaker is None and quotes:
                # A quotation that opens a sentence with no speaker of its own continues the last
                # speaker's words ("... ,” he said. “We will ...").
                prev = quotes[-1]
                k = self._sentence_index(a)
                gap = k - self._sentence_index(prev.end - 1)
                opens_sentence = a - self.ctx.sentence_starts[k] <= 1
                if prev.speaker and opens_sentence and gap <= 2:
                    speaker = prev.speaker
            quotes.append(Quote(a, b, speaker))
        return quotes

    def _sentence_index(self, token_i: int) -> int:
        return bisect_right(self.ctx.sentence_starts, token_i) - 1

    def _attribution(self, a: int, b: int, inside: set[int]) -> str | None:
        """The speaker of the quotation ``[a, b)``: a speech verb outside the marks in the
        sentences it touches (or the next short sentence, or a sentence before ending in a
        colon), or "according to X"."""
        sents = self.ctx.sentences
        first, last = self._sentence_index(a), self._sentence_index(max(a, b - 1))
        frames: list[Span] = list(sents[first : last + 1])
        if last + 1 < len(sents) and b + 2 >= sents[last + 1].start:
            frames.append(sents[last + 1])  # “...” | he said.
        if first > 0 and sents[first - 1][-1].text == ":" and a - sents[first].start <= 1:
            frames.insert(0, sents[first - 1])
        for sent in frames:
            for tok in sent:
                if tok.i in inside or a - 1 <= tok.i <= b:
                    continue
                if tok.lower_ == "according" and tok.dep_ == "prep":
                    for sub in tok.subtree:
                        actor = self.ctx.actors.actor_at(sub)
                        if actor:
                            return actor
                if tok.lemma_ in self.quote_verbs and tok.pos_ in {"VERB", "AUX"}:
                    speaker = self._subject_of(tok)
                    if speaker:
                        return speaker
        return None

    def _subject_of(self, verb: Token) -> str | None:
        from actorgraph.relations.arguments import np_actors

        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                found, _ = np_actors(child, self.ctx)
                if found:
                    return found[0]
                if child.lower_ in self.titles or child.lemma_.lower() in self.titles:
                    # "the chief minister said": the last person the story named.
                    people = self.ctx.preceding(child, {"person"}, subjects_first=True)
                    return people[0] if people else None
        return None

    # --- pronouns and groups ----------------------------------------------------------------------

    def pronoun(self, token: Token) -> list[str] | None:
        """Actors a speaker or plural pronoun stands for (``None``: not such a pronoun)."""
        lower = token.lower_
        if lower in self.speaker_pronouns:
            speaker = self.speaker_at(token)
            return [speaker] if speaker else []
        if lower in self.plural_pronouns:
            return self._plural(token)
        return None

    def _plural(self, token: Token) -> list[str]:
        """They/them/their: the nearest plural group before the pronoun.

        Subject pronouns and possessives look at subjects first, object pronouns at the nearest
        phrase. Only groups of people or states ("Pakistani officials", "Mexico and Canada",
        "the rebels") qualify for *they*/*their*; *them* may stand for things, and then names
        nobody.
        """
        if self._busy:
            return []
        self._busy = True
        try:
            ahead = self._fronted(token)
            if ahead is not None:
                return ahead
            here = self._sentence_index(token.i)
            subject_first = token.lower_ != "them"
            for k in range(here, max(-1, here - _PLURAL_SENTENCES - 1), -1):
                nps = [np for np in self._plural_nps(k) if np[0] < token.i and np[0] not in _own(token)]
                if not subject_first:
                    nps = [np for np in nps if np[0] not in {t.i for t in token.head.subtree}]
                if subject_first:
                    nps = [np for np in nps if np[3]]
                    nps.sort(key=lambda np: (not np[2], -np[0]))
                else:
                    nps.sort(key=lambda np: -np[0])
                if nps:
                    return nps[0][1]
            return []
        finally:
            self._busy = False

    def _fronted(self, token: Token) -> list[str] | None:
        """ "At their meeting in July, Tokyo and Washington agreed ...": a pronoun in a fronted
        phrase stands for the plural subject that follows."""
        root = token.sent.root
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or token.lower_ == "them" or token.i >= subj.left_edge.i or token.i > root.i:
            return None
        k = self._sentence_index(subj.i)
        found = next((np for np in self._plural_nps(k) if np[0] == subj.i), None)
        return found[1] if found is not None and found[1] else None

    def _plural_nps(self, k: int) -> list[tuple[int, list[str], bool, bool]]:
        """(head index, actors, is a subject, names people or states) of the plural phrases of
        sentence ``k``."""
        cached = self._plural_cache.get(k)
        if cached is not None:
            return cached
        from actorgraph.relations.arguments import np_actors

        out: list[tuple[int, list[str], bool, bool]] = []
        for tok in self.ctx.sentences[k]:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "amod", "nmod", "poss"}:
                continue
            if tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"}:
                continue
            coordinated = any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in tok.children)
            actor = self.ctx.actors.actor_at(tok)
            group = actor is not None and self.ctx.kind(actor) == "armed_group"
            plural = tok.tag_ in {"NNS", "NNPS"} or coordinated or group
            if not plural:
                continue
            found, _ = np_actors(tok, self.ctx)
            animate = bool(found) or tok.lemma_.lower() in self.ctx.agent_heads
            out.append((tok.i, found, tok.dep_ in {"nsubj", "nsubjpass"}, animate))
        self._plural_cache[k] = out
        return out

    def group(self, token: Token) -> list[str] | None:
        """ "the four countries", "both leaders", "the two sides": the last states, people or
        parties named, as many as the phrase counts (``None``: not such a phrase, or fewer named)."""
        kind = self.group_heads.get(token.lower_)
        if kind is None or token.tag_ not in {"NNS", "NNPS"}:
            return None
        count = 0
        other = False
        for child in token.lefts:
            if child.lower_ in self.numbers and child.dep_ in {"nummod", "det", "predet", "amod", "quantmod"}:
                count = self.numbers[child.lower_]
            elif child.like_num and child.text.isdigit():
                count = int(child.text)
            elif child.lower_ == "other" and child.dep_ == "amod":
                other = True
        if not count and kind == "party" and any(c.lower_ == "the" for c in token.lefts):
            count = 2  # "the warring parties"
        if not count or count > 12 or detached_list(token) is not None:
            return None  # "three neighbours: Mexico, Canada and China" names them itself
        exclude: set[str] = set()
        if other:
            exclude = set(self._clause_subject(token))
        return self._last(token, kind, count, exclude) or None

    def definite(self, token: Token) -> list[str] | None:
        """ "the army", "the regime" (the state whose organ the story named, else the state it
        names most), "the council", "the group" (the last organisation whose name ends so, the last
        armed group): a definite description that names nothing itself (``None``: not one)."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(self.ctx.actors.actor_at(t) for t in token.subtree if t.i != token.i):
            return None  # "the Syrian army", "the government of Iraq": the phrase names its actor
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in self.organs or lemma in self.organs:
            state = self._salient_state(token, {lower, lemma})
            return [state] if state else []
        kinds = self.definite_names.get(lemma)
        if kinds is None:
            return None
        for m in self.ctx.latest_first:
            if m.start >= token.i:
                continue
            draft = self.ctx.actors.actors[m.actor_id]
            if draft.type not in kinds:
                continue
            last = draft.name.lower().split()[-1:] if draft.name else []
            if draft.type == "armed_group" or (last and last[0].rstrip("s") == lemma.rstrip("s")):
                return [m.actor_id]
        return []

    def _salient_state(self, token: Token, organ: set[str]) -> str | None:
        """The state an unmodified organ ("the army") belongs to: the last state named with that
        organ ("the Myanmar military", "Ecuador's government"), else the state named most so far
        (not the clause's own subject: "Japan condemned the regime's ...")."""
        organs = organ | self.organs
        subject: set[str] = set()
        if token.dep_ not in _SUBJECT_DEPS and not self._in_subject:
            self._in_subject = True  # the subject may hold this very phrase ("the regime's forces")
            try:
                subject = set(self._clause_subject(token))
            finally:
                self._in_subject = False
        counts: dict[str, int] = {}
        doc = self.doc
        for m in self.ctx.latest_first:
            if m.start >= token.i:
                continue
            draft = self.ctx.actors.actors[m.actor_id]
            last, head = doc[m.end - 1], doc[m.end - 1].head
            named_organ = last.lower_ in organs or last.lemma_.lower() in organs
            if draft.type != "country":
                if named_organ and draft.country and self.ctx.actors.ensure_actor(draft.country):
                    return draft.country  # "the Myanmar military" (an organ the gazetteer knows)
                continue
            if m.actor_id in subject:
                continue
            if head.i >= m.end and (head.lower_ in organs or head.lemma_.lower() in organs):
                return m.actor_id
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        if not counts:
            return None
        return max(counts, key=lambda a: counts[a])  # ties: the most recent (dicts keep insertion order)

    def _clause_subject(self, token: Token) -> list[str]:
        from actorgraph.relations.arguments import subjects

        node = token
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"}:
                found, _, _ = subjects(node, self.ctx)
                return found
            if node.head == node:
                break
            node = node.head
        return []

    def _last(self, token: Token, kind: str, count: int, exclude: set[str]) -> list[str]:
        """The last ``count`` distinct actors of ``kind`` named before ``token``."""
        actors = self.ctx.actors
        found: list[str] = []
        for m in self.ctx.latest_first:
            if m.start >= token.i:
                continue
            draft = actors.actors[m.actor_id]
            if kind == "person":
                if draft.type != "person":
                    continue
                actor: str | None = m.actor_id
            elif kind == "state":
                actor = m.actor_id if draft.type == "country" else draft.country
            elif draft.type == "person":
                actor = draft.country
            else:
                actor = m.actor_id if draft.type in {"country", "armed_group"} else None
            if not actor or actor in found or actor in exclude or not actors.ensure_actor(actor):
                continue
            if actors.is_chrome(self.doc[m.start : m.end]):
                continue
            found.append(actor)
            if len(found) == count:
                return found
        return []

    def rebind(self, noun: Token, sources: list[str]) -> list[str]:
        """ "Japan said Chinese ships had seized its fishing boats": a possessive that would make
        the doer act on itself names someone else -- the speaker of a governing clause, else the
        nearest other state. Own forces and envoys stay the doer's ("withdrew its troops")."""
        from actorgraph.relations.arguments import np_actors

        pron = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is None or noun.lemma_.lower() in self.own_assets or noun.lower_ in self.own_assets:
            return []
        own = set(sources) | {self._state(s) for s in sources}
        node = noun
        for _ in range(8):
            if node.head == node:
                break
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and self._reports(node):
                for child in node.children:
                    if child.dep_ in {"nsubj", "nsubjpass"} and child.i < noun.i:
                        found = [a for a in np_actors(child, self.ctx)[0] if a not in own]
                        if found:
                            return found[:1]
        return []

    def _reports(self, verb: Token) -> bool:
        """Whether ``verb`` reports or charges ("said", "accused ... of")."""
        if verb.lemma_ in self.quote_verbs:
            return True
        trigger = self.ctx.lexicon.verb(verb.lemma_.lower())
        return trigger is not None and trigger.plover in {"ACCUSE", "PROTEST"}

    def destination_preps(self, verb: Token, trigger: Trigger | None) -> frozenset[str]:
        """The prepositions that name a destination, not a target, for ``verb`` (its lexicon entry
        ``trigger``, looked up when ``None``): "to" and "into" after a deportation ("deported them
        to Niger") or a return ("sent them back to Bulgaria")."""
        if trigger is None:
            trigger = self.ctx.lexicon.verb(verb.lemma_.lower())
        mode = trigger.mode if trigger is not None else ""
        if mode in self.destination_modes or any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in self.return_particles for c in verb.children
        ):
            return _DESTINATION
        return frozenset()

    # --- events -----------------------------------------------------------------------------------

    def remember(self, sentence: int, rtype: str, source: str, target: str, directed: bool) -> None:
        """Keep an event found in sentence ``sentence`` for the replies that may follow."""
        self.acts.append(Act(rtype, source, target, sentence, directed))

    def remember_doers(self, anchor: Token, rtype: str, sources: list[str]) -> None:
        """Keep an event whose doers are known and whose target is not ("forces shelled Idlib",
        a place of their own): a later "the shelling was unacceptable" still names them."""
        here = self._sentence_index(anchor.i)
        self.acts.extend(Act(rtype, s, "", here, True) for s in sources)

    def same_event(self, noun: Token, verb: Token | None, sources: list[str]) -> list[str]:
        """ "Iraq also took part in the talks": joining a definite meeting that names nobody is
        joining the last meeting reported, and its participants are the others."""
        rtype = "CONSULT"
        if (
            verb is None
            or verb.lemma_ not in self.participation
            or noun.pos_ != "NOUN"
            or self.implicit_objects.get(noun.lemma_.lower()) != [rtype]
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
            or _names_actor(noun, noun, self.ctx)
        ):
            return []
        here = self._sentence_index(noun.i)
        own = set(sources) | {self._state(s) for s in sources}
        latest = next((a for a in reversed(self.acts) if a.type == rtype and not a.directed), None)
        if latest is None or here - latest.sentence > _MEMORY_SENTENCES:
            return []
        same = [a for a in self.acts if a.type == rtype and not a.directed and a.sentence == latest.sentence]
        same = [a for a in same if a.target]
        return [p for p in dict.fromkeys(x for a in same for x in (a.source, a.target)) if p not in own]

    def implicit_doer(self, noun: Token) -> tuple[str, list[str]]:
        """ "the strikes were barbaric", "the allegations are baseless": an act named by a noun
        that names nobody is the last such act reported; (its type, its doer), or ("", [])."""
        from actorgraph.relations.arguments import np_actors

        kinds = self.implicit_objects.get(noun.lemma_.lower())
        if not kinds or np_actors(noun, self.ctx)[0] or _names_actor(noun, noun, self.ctx):
            return "", []
        here = self._sentence_index(noun.i)
        for act in reversed(self.acts):
            if here - act.sentence > _MEMORY_SENTENCES:
                break
            if act.type in kinds:
                return act.type, [act.source]
        return "", []

    def accusers_of(self, accused: set[str], token: Token) -> list[str]:
        """Who last accused ``accused`` (actors and their states) before ``token``."""
        here = self._sentence_index(token.i)
        states = accused | {self._state(a) for a in accused}
        for act in reversed(self.acts):
            if here - act.sentence > _MEMORY_SENTENCES:
                break
            against = act.target in states or self._state(act.target) in states
            if (
                act.type == "ACCUSE"
                and against
                and act.source not in states
                and self._state(act.source) not in states
            ):
                return [act.source]
        return []

    def implicit_targets(self, verb: Token, rtype: str, sources: list[str]) -> list[str]:
        """Whom an answer without a named target answers: "New Delhi rejected the charge" (the
        accuser), "supported the request" (who asked), "took part in the talks" (the others at
        them). Empty when the answered thing names an actor itself."""
        from actorgraph.relations.arguments import np_actors

        kinds: list[str] = []
        if rtype not in self.reply_types:
            return []
        for noun in _objects(verb):
            wanted = self.implicit_objects.get(noun.lemma_.lower())
            if wanted and not np_actors(noun, self.ctx)[0] and not _names_actor(noun, verb, self.ctx):
                kinds = wanted
                break
        if not kinds or (kinds == ["CONSULT"] and verb.lemma_ not in self.participation):
            return []
        here = self._sentence_index(verb.i)
        own = set(sources) | {self._state(s) for s in sources}
        best: Act | None = None
        for act in reversed(self.acts):
            if here - act.sentence > _MEMORY_SENTENCES:
                break
            if act.type not in kinds or act.source in own:
                continue
            if act.target in own or self._state(act.target) in own:
                best = act
                break
            if best is None:
                best = act
        if best is None:
            return []
        if best.type == "CONSULT":
            return [a for a in (best.source, best.target) if a not in own]
        return [best.source]

    def _state(self, actor: str) -> str:
        draft = self.ctx.actors.actors.get(actor)
        if draft is not None and draft.type != "country" and draft.country:
            return draft.country
        return actor


@cache
def _quote_pattern(chars: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def _own(token: Token) -> set[int]:
    """Token indices of the pronoun's own phrase (a pronoun never stands for its own head)."""
    return {t.i for t in token.head.subtree} if token.dep_ == "poss" else {token.i}


def _objects(verb: Token) -> list[Token]:
    """The nouns a verb acts on: its object, the noun a relative clause hangs on ("a charge New
    Delhi rejected"), a passive subject, and the object of its prepositions ("took part in")."""
    out: list[Token] = []
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        out.append(verb.head)
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            out.append(child)
            out.extend(p for prep in child.children if prep.dep_ == "prep" for p in prep.children)
        elif child.dep_ == "prep":
            out.extend(p for p in child.children if p.dep_ == "pobj")
    return out


def _names_actor(noun: Token, verb: Token, ctx: Context) -> bool:
    """Whether the phrase of ``noun`` names an actor ("the allegations made by Pakistan"), leaving
    out the answering clause itself ("a charge [New Delhi rejected]")."""
    answer = {t.i for t in verb.subtree} if verb.head.i == noun.i else set()
    return any(ctx.actors.actor_at(t) for t in noun.subtree if t.i != noun.i and t.i not in answer)
