"""Plural pronouns, counted groups and definite descriptions: whom a phrase that names nobody means.

*they*/*their* are the last plural group (subjects first), *them* the nearest plural phrase, *it*
the last state or organisation that is not its clause's own subject;
"the four countries", "both leaders" are the last states, people or parties named, as many as
counted, and "the warring parties" the two sides of the last fight told; "the army", "the regime"
are the state whose organ the story named (else the state it names most), "the council", "the
group" the last organisation or armed group named so, "the country" the last state named that is
not the clause subject's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from actorgraph.actors.sectors import sector_class
from actorgraph.relations.discourse.common import SUBJECT_DEPS, sentence_index, state_of
from actorgraph.relations.syntax import detached_list, reciprocal_object

if TYPE_CHECKING:
    from actorgraph.actors.resolve import MentionSpan
    from actorgraph.relations.arguments import Context

__all__ = ["Anaphora"]

#: Clauses on a noun, which do not name it ("the government, which believed the Chinese ...").
_CLAUSES = {"relcl", "acl", "appos", "advcl"}
#: Determiners that point back to a list ("these countries").
_DEMONSTRATIVES = {"these", "those"}
#: Prepositions whose object is done with, not to ("between the two sides": the subject's own pair;
#: "talks with both sides" are the subject's with a pair it is not one of).
_JOINT_PREPS = {"between", "among"}
#: Events done together, whose sides a counted group after them may be ("... The two ministers agreed").
_JOINT_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
#: Sentences back that a plural pronoun looks for its antecedent.
_PLURAL_SENTENCES = 2
#: Sentences back that "each" accusing "the other" looks for its pair: a reciprocal names one.
_EACH_SENTENCES = 4


class Anaphora:
    """Antecedents of plural pronouns, counted groups and definite descriptions in one document."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.actors.doc
        self._counting: set[int] = set()  # group phrases being resolved ("France and the 20 countries")
        g = ctx.grammar
        self.group_heads: dict[str, str] = {
            word: kind for kind, words in g["group_heads"].items() for word in words
        }
        self.numbers: dict[str, int] = g["number_words"]
        self.leader_groups = set(g["leader_group_heads"])
        #: "X met Y. The ministers agreed ...": uncounted plurals that stand for the pair just told
        self.pair_groups = set(g["pair_group_heads"]["heads"])
        self.pair_group_modifiers = set(g["pair_group_heads"]["modifiers"])
        self.warring = set(g["warring_modifiers"])
        #: "the neighbours": with no number, two states or no one
        self.pair_heads = set(g["pair_heads"]["words"])
        #: "each side accused the other": a pair read one at a time
        self.each_heads = set(g["pair_heads"]["each"])
        self.extraposition = set(g["extraposition_words"]["words"])
        #: "told reporters", "briefed journalists", "said to the media": the press a speaker addresses
        self.press = set(g["interview_nouns"])
        self.telling = set(g["speech_verbs"]) | set(g["press_audience_verbs"]["words"])
        self.leader_offices = set(g["leader_offices"])
        self.minister_nouns = tuple(g["minister_nouns"])
        self.organs = set(g["definite_organs"])
        self.definite_names: dict[str, list[str]] = g["definite_names"]
        kind_names = g["definite_kind_names"]
        #: "the Abuja-based organization", "the trade body": heads that fit a body of these types by any name
        self.kind_names: dict[str, list[str]] = kind_names["heads"]
        self.described_kind_names = set(kind_names["described"])
        self.kind_descriptions = set(kind_names["descriptions"])
        self.member_nouns = set(kind_names["member_nouns"])
        state_nouns = g["definite_state"]
        self.state_nouns = set(state_nouns["nouns"])
        #: "the Gulf kingdom", "the Central Asian republic": a state only with a region before it
        self.described_state_nouns = set(state_nouns["described_nouns"])
        neighbours = state_nouns["neighbours"]
        self.neighbour_modifiers = set(neighbours["modifiers"])
        self.neighbour_nouns = set(neighbours["nouns"])
        self.neighbour_possessives = set(neighbours["possessives"])
        self.place_preps = set(state_nouns["place_preps"])
        self.regions: dict[str, frozenset[str]] = {
            words: frozenset(states) for words, states in state_nouns["regions"].items()
        }
        partners = g["exchange_partners"]
        self.partner_always = set(partners["always"])
        self.partner_with_other = set(partners["with_other"])
        self._plural_cache: dict[int, list[tuple[int, list[str], bool, bool]]] = {}
        self._busy = False
        self._in_subject = False
        self._pairing = False
        #: (token index, people, pair) of each two-party phrase read so far ("the two sides")
        self._pairs: list[tuple[int, bool, list[str]]] = []

    def plural(self, token: Token) -> list[str]:
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
            here = sentence_index(self.ctx, token.i)
            subject_first = token.lower_ != "them"
            # a narrator's pronoun ("..., they said") stands for no one named only inside quotation marks
            quoted = self.ctx.discourse.quotations.inside
            narrated = not quoted(token.i)
            for k in range(here, max(-1, here - _PLURAL_SENTENCES - 1), -1):
                nps = [
                    np
                    for np in self._plural_nps(k)
                    if np[0] < token.i and np[0] not in _own(token) and not (narrated and quoted(np[0]))
                ]
                if not subject_first:
                    nps = [np for np in nps if np[0] not in {t.i for t in token.head.subtree}]
                if subject_first:
                    nps = [np for np in nps if np[3]]
                    nps.sort(key=lambda np: (not np[2], -np[0]))
                else:
                    nps.sort(key=lambda np: -np[0])
                if nps:
                    return nps[0][1]
            return self._collective(token) if subject_first else []
        finally:
            self._busy = False

    def singular(self, token: Token) -> str | None:
        """ "it"/"its" for a state or organisation: the subject of a governing clause of saying
        ("Iran announced that it had arrested ..."; not of one that asks: "Britain demanded that it
        release the ship"), else, for *its*, the nearest named; for *it*, which is never its own
        clause's subject ("Venezuela seized a boat. Guyana accused it of piracy": Venezuela), the
        nearest other in its sentence, else the last other that was a subject in the two before,
        else the nearest other. An expletive ("it is important to ...") stands for no one."""
        if self._expletive(token):
            return None
        own: set[str] = set()
        possessive = token.dep_ == "poss"
        if not possessive and token.dep_ not in SUBJECT_DEPS and not self._in_subject:
            self._in_subject = True
            try:
                own.update(self._clause_subject(token))
            finally:
                self._in_subject = False
        head = token.head
        while head.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and head.head is not head:
            head = head.head
            subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c is not token]
            actors = [a for c in subjects if (a := self._speaking_actor(c, head))]
            if not possessive and self._asks(head):
                own.update(actors)  # the one who asks is not the one asked
                continue
            for actor in actors:
                if self.ctx.kind(actor) != "person":
                    return actor
        # a minister or an organ speaks for its state; an armed group does not ("accusing it": the state)
        own |= {state_of(self.ctx, a) for a in own if self.ctx.kind(a) != "armed_group"}
        here = self.ctx.sentence_starts[sentence_index(self.ctx, token.i)]
        window = self.ctx.sentence_starts[max(0, sentence_index(self.ctx, token.i) - _PLURAL_SENTENCES)]
        want = {"country", "igo", "armed_group", "organization"}
        nearest: str | None = None
        subject: str | None = None
        speaks = token.dep_ in SUBJECT_DEPS and token.head.lemma_ in self.ctx.discourse.quote_verbs
        thing = -1 if possessive or speaks else self._thing_subject(token)  # things do not speak
        for m in self.ctx.latest_first:
            if m.start >= token.i or m.actor_id in own or self.ctx.kind(m.actor_id) not in want:
                continue
            if m.end <= thing:
                return None  # "The cargo ship ... . During the trip, it made a stop in China": the ship
            if self.ctx.actors.is_chrome(self.doc[m.start : m.end]):
                continue
            if possessive:
                return m.actor_id
            if not self._phrase_head(self.doc[m.end - 1]):
                continue  # "Egyptian writer X said Ethiopia would regret it": no one's "it"
            if m.start >= here:
                return m.actor_id  # the nearest in its own sentence
            nearest = nearest or m.actor_id
            if m.start < window:
                break
            if subject is None and self.doc[m.end - 1].dep_ in SUBJECT_DEPS:
                subject = m.actor_id
        return subject or nearest

    def _speaking_actor(self, subject: Token, verb: Token) -> str | None:
        """The actor a clause subject names; for the subject of a saying verb that names none, the
        actor owning it ("the EU's executive arm said it would ...", "Russia's foreign ministry
        announced that it ...": the owner speaks through its organ)."""
        actor = self.ctx.actors.actor_at(subject)
        if actor or verb.lemma_ not in self.ctx.discourse.quote_verbs:
            return actor
        owners = [c for c in subject.children if c.dep_ == "poss"]
        return self.ctx.actors.actor_at(owners[0]) if owners else None

    def _thing_subject(self, token: Token) -> int:
        """The position of the last subject before ``token``, in its sentence or the one before,
        that is a singular thing, whoever owns it ("the Iranian cargo ship", "the deal"), or -1."""
        k = sentence_index(self.ctx, token.i)
        start = self.ctx.sentence_starts[max(0, k - 1)]
        for i in range(token.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in SUBJECT_DEPS or t.pos_ != "NOUN" or t.tag_ != "NN":
                continue
            if self.ctx.agent_head(t) or t.lower_ in self.organs or t.lemma_.lower() in self.organs:
                continue
            lemma = t.lemma_.lower()
            if self.ctx.actors.actor_at(t) or lemma in self.definite_names or t.lower_ in self.group_heads:
                continue  # "the group", "the council": an actor named so
            return i
        return -1

    def _phrase_head(self, last: Token) -> bool:
        """Whether a mention ending in ``last`` names the phrase an *it* may stand for: its head, or
        a state's modifier on an organ ("the Pakistani state", "the Iranian government"); not a
        modifier of something else ("Egyptian writer", "a British tanker")."""
        if last.dep_ not in {"amod", "compound", "poss", "nmod"}:
            return True
        head = last.head
        return head.lower_ in self.organs or head.lemma_.lower() in self.organs or head.lower_ == "state"

    def _expletive(self, token: Token) -> bool:
        """ "it is important to ...", "it was not long ago that ...": an *it* that stands for a
        clause (a "that" clause, or an infinitive after `extraposition_words`; not "it is ready to")."""
        if token.lower_ != "it":
            return False
        if token.dep_ == "expl":
            return True
        head = token.head
        if token.dep_ != "nsubj" or head.lemma_ not in {"be", "seem", "appear", "remain", "become"}:
            return False
        for child in head.children:
            if child.dep_ in {"ccomp", "csubj"}:
                return True
            if child.dep_ in {"acomp", "attr"}:
                grand = {g.dep_ for g in child.children}
                if "ccomp" in grand or ("xcomp" in grand and child.lower_ in self.extraposition):
                    return True
            if child.dep_ == "xcomp" and any(c.lower_ in self.extraposition for c in head.children):
                return True
        return False

    def _asks(self, verb: Token) -> bool:
        """Whether ``verb`` asks something of someone ("demanded that ...", "urged")."""
        trigger = self.ctx.lexicon.verb(verb.lemma_.lower())
        return trigger is not None and trigger.plover == "REQUEST"

    def _met(self, token: Token, count: int) -> list[str]:
        """ "X met his Y counterpart. The two ministers agreed ...": a counted group of people who were
        not named is the parties of the meeting, talks or deal just told (this sentence or the one
        before) when those are as many as it counts and nothing else was told; never a phrase in
        quotation marks."""
        if token.dep_ not in SUBJECT_DEPS or self.ctx.discourse.quotations.inside(token.i):
            return []
        here = sentence_index(self.ctx, token.i)
        for k in (here, here - 1):
            told = [a for a in self.ctx.discourse.events.acts if a.sentence == k and a.target]
            if not told:
                continue
            if any(a.type not in _JOINT_TYPES for a in told):
                return []
            sides = list(dict.fromkeys(x for a in told for x in (a.source, a.target)))
            return sides if len(sides) == count else []
        return []

    def _collective(self, token: Token) -> list[str]:
        """ "Washington claims ... They know that they need to ...": with no plural phrase before
        it, *they* is the last state or armed group that was a subject (a state spoken of as its
        people); never the speaker of the quotation it is in."""
        speaker = self.ctx.discourse.speaker_at(token)
        speakers = {speaker, state_of(self.ctx, speaker)} if speaker else set()
        quoted = self.ctx.discourse.quotations.inside
        narrated = not quoted(token.i)
        for m in self._in_window(token):
            if narrated and quoted(m.start):
                continue  # a narrator's *they* is no one named only inside quotation marks
            head = self.doc[m.end - 1]
            if head.dep_ in SUBJECT_DEPS and self.ctx.kind(m.actor_id) in {"country", "armed_group"}:
                return [] if m.actor_id in speakers else [m.actor_id]
        return []

    def _fronted(self, token: Token) -> list[str] | None:
        """ "At their meeting in July, Tokyo and Washington agreed ...": a pronoun in a fronted
        phrase stands for the plural subject that follows."""
        root = self.ctx.sentences[sentence_index(self.ctx, token.i)].root
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or token.lower_ == "them" or token.i >= subj.left_edge.i or token.i > root.i:
            return None
        k = sentence_index(self.ctx, subj.i)
        found = next((np for np in self._plural_nps(k) if np[0] == subj.i), None)
        return found[1] if found is not None and found[1] else None

    def _plural_nps(self, k: int) -> list[tuple[int, list[str], bool, bool]]:
        """(head index, actors, is a subject, names people or states) of the plural phrases of
        sentence ``k``."""
        cached = self._plural_cache.get(k)
        if cached is not None:
            return cached
        from actorgraph.relations.arguments import np_actors, surface_list

        out: list[tuple[int, list[str], bool, bool]] = []
        for tok in self.ctx.sentences[k]:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "amod", "nmod", "poss"}:
                continue
            if tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"}:
                continue
            mention = self.ctx.actors.by_token.get(tok.i)
            coordinated = any(
                c.dep_ == "conj"
                and c.pos_ in {"NOUN", "PROPN"}
                and (mention is None or self.ctx.actors.by_token.get(c.i) is not mention)
                for c in tok.children
            )  # "Trinidad and Tobago" is one name, no list
            actor = self.ctx.actors.actor_at(tok)
            group = actor is not None and self.ctx.kind(actor) == "armed_group"
            # "Burkina Faso, Mali, and Niger announced their ...": a written list the parser broke up
            coordinated |= actor is not None and bool(surface_list(tok, self.ctx))
            plural = tok.tag_ in {"NNS", "NNPS"} or coordinated or group
            if not plural or self._audience(tok):
                continue
            found, _ = np_actors(tok, self.ctx)
            # people or states: "Pakistani officials", "Mexico and Canada", "the rebels"; not
            # things that belong to them ("NATO's defenses")
            agents = tok.lemma_.lower() in self.ctx.agent_heads or tok.lower_ in self.ctx.agent_heads
            counted = tok.lower_ in self.group_heads  # "the two countries ... their ties"
            animate = agents or ((coordinated or counted or actor is not None) and bool(found))
            out.append((tok.i, found, tok.dep_ in {"nsubj", "nsubjpass"}, animate))
        self._plural_cache[k] = out
        return out

    def _audience(self, tok: Token) -> bool:
        """ "X told reporters. “They have asked me to mediate”": the press a speaker addresses is
        whom the words are for, never the *they* of what is said."""
        if tok.lemma_.lower() not in self.press and tok.lower_.rstrip("s") not in self.press:
            return False
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ in {"to", "with"}:
            verb = verb.head
        elif tok.dep_ not in {"dobj", "dative"}:
            return False
        return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in self.telling

    def each(self, token: Token) -> list[str] | None:
        """ "Each accuses the other", "Each side blamed the other": the subject of a clause whose
        object is "the other" is the pair of :meth:`pair`, read one at a time (``None``: not such a
        subject)."""
        if token.lower_ == "each" and token.pos_ == "PRON":
            pass
        elif not (
            token.tag_ == "NN"
            and token.lower_ in self.each_heads
            and any(c.dep_ == "det" and c.lower_ == "each" for c in token.children)
        ):
            return None
        if token.dep_ not in SUBJECT_DEPS or not reciprocal_object(token.head):
            return None
        return self.pair(token, reach=_EACH_SENTENCES) or None

    def group(self, token: Token) -> list[str] | None:
        """ "the four countries", "both leaders", "the two sides": the last states, people or
        parties named, as many as the phrase counts (``None``: not such a phrase, or fewer named).
        Two states or parties ("the two sides", "both governments", "the neighbours", "the pair")
        are the pair of :meth:`pair`, and so is "each side" of a reciprocal (:meth:`each`)."""
        each = self.each(token)
        if each is not None:
            return each
        if token.lower_ == "pair" and token.tag_ == "NN" and _definite(token):
            return self.pair(token) if not _owned(token, self.ctx) else None
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
        if kind in {"state", "party"} and any(
            c.dep_ in {"amod", "compound"} and c.lower_ in self.warring for c in token.children
        ):
            return self._fighting(token)  # "the warring parties": who fought, not who met or mediated
        if not count and kind == "party" and any(c.lower_ == "the" for c in token.lefts):
            count = 2  # "the rival parties"
        if _owned(token, self.ctx) or detached_list(token) is not None:
            return None  # "three neighbours: Mexico, Canada and China", "Russia's two allies, ..."
        if token.lower_ in self.pair_heads and not count and _definite(token) and not other:
            if any(c.dep_ in _CLAUSES | {"prep"} for c in token.children):
                return None  # "the neighbours of Sudan", "the neighbours that host refugees"
            return self.pair(token)  # "the neighbours": a pair or no one
        if count == 2 and kind in {"state", "party"} and not other:
            # "the two sides", "both parties" (not "two dozen countries"): the story's pair when none
            # is within reach
            paired = self.pair(token, story=any(c.lower_ in {"the", "both"} for c in token.lefts))
            if paired or self._in_reach(token, kind) > 2:
                return paired  # "the two sides": not the last two named when a third came between
        members = self.ctx.grammar["list_member_words"]  # "the member states", "the signatories"
        listed = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and (
            token.lower_ in members or any(c.lower_ in members for c in token.lefts)
        )
        if listed and any(self.ctx.actors.actor_at(t) for t in token.subtree if t.i != token.i):
            return None  # "the EU member states": the phrase names its group
        if not count and (
            listed or any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in token.children)
        ):
            # "these countries", "those nations": the last list the story named (acc-lists)
            if any(c.dep_ in _CLAUSES for c in token.children):
                return None  # "those countries that buy Iranian oil": which ones, the clause says
            return self._last_list(token, kind) or None
        if count > 12:
            # "the 16 countries": only the last list of exactly that many (acc-lists); not while this
            # phrase is itself being read as an item of that list
            if token.i in self._counting:
                return None
            self._counting.add(token.i)
            try:
                listed_now = self._last_list(token, kind)
            finally:
                self._counting.discard(token.i)
            return listed_now if len(listed_now) == count else None
        leaders = kind == "person" and self._leader_group(token) and not other
        bare = [c.lower_ for c in token.children] == ["the"]  # not "all the political leaders"
        if not count and leaders and bare and self.pair(token):
            count = 2  # "X met Y. The leaders agreed ...": the two of a two-sided event just told
        if not count and not other and self._pair_group(token):
            # "X met Y. The ministers agreed ...", "The foreign ministries agreed", "The countries
            # agreed": the pair just told, or no one
            paired = self.pair(token)
            if kind != "person" or not paired:
                return paired or None
            count = 2
        if not count:
            return None
        exclude: set[str] = set()
        if other:
            exclude = set(self._clause_subject(token))
        # "Mexico and the three South American countries": Mexico is none of the three
        exclude |= {a for a in (self._of_kind(f, kind) for f in self._coordinated(token)) if a}
        # "Erdogan has also spoken with both leaders": neither he nor anyone of his state (the
        # minister named before him) is one of those he addresses
        foreign = self._addresser_states(token) if kind == "person" else frozenset()
        if kind == "person" and self._leader_group(token):
            # "the two leaders", "the two prime ministers": the last leaders named, not the minister
            # named between them
            named = self._last(token, kind, count, exclude, leaders_only=True, foreign_to=foreign)
            if named:
                return named
        found = self._last(token, kind, count, exclude, foreign_to=foreign)
        if not found and leaders and count == 2:
            # "Kenya's president met his Ugandan counterpart. The two leaders ...": no one named,
            # the states of the pair
            found = self.pair(token)
        definite = _definite(token) or any(c.lower_ == "both" for c in token.lefts)
        unnamed = not any(self.ctx.actors.actor_at(t) for t in token.subtree if t.i != token.i)
        if not found and kind == "person" and not other and definite and unnamed:
            found = self._met(token, count)  # "X met his Y counterpart. The two ministers agreed ..."
        return found or None

    def _addresser_states(self, token: Token) -> frozenset[str]:
        """The states of the actors named in the subject that addresses ``token`` ("Erdogan has also
        met both leaders": Turkey). A pronoun subject counts for no one: whom it stands for may be
        one of the group ("X and Y met Z. He urged both leaders ...")."""
        named = [self.ctx.actors.actor_at(self.doc[i]) for i in _subject_span(token)]
        return frozenset(self._members([a for a in named if a], False))

    def _leader_group(self, token: Token) -> bool:
        """Whether a plural names leaders: "leaders", "presidents", or an office of
        ``leader_offices`` in the plural ("the two prime ministers", "both crown princes")."""
        if token.lower_ in self.leader_groups:
            return True
        words = [c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound"}]
        head = token.lemma_.lower()
        if token.tag_ == "NNPS" and head == token.lower_ and head.endswith("s"):
            head = head[:-1]  # "the two Prime Ministers": the tagger keeps a proper plural's lemma
        return bool(words) and " ".join([*words, head]) in self.leader_offices

    def _pair_group(self, token: Token) -> bool:
        """Whether ``token`` is an uncounted plural subject that may stand for the pair just told: "the"
        and at most an office word before one of the pair group heads ("The foreign ministers agreed";
        not "the opposition leaders", "the ministers of Chad", "all the ministers")."""
        if token.lower_ not in self.pair_groups or token.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        if self.ctx.discourse.quotations.inside(token.i):
            return False
        dets = [c for c in token.children if c.dep_ == "det"]
        rest = [c for c in token.children if c.dep_ != "det"]
        return (
            [c.lower_ for c in dets] == ["the"]
            and dets[0].i == token.left_edge.i
            and all(c.dep_ in {"amod", "compound"} and c.lower_ in self.pair_group_modifiers for c in rest)
        )

    def both(self, token: Token) -> list[str] | None:
        """ "X met Y on Monday. Both agreed to ...": a subject "both" standing alone is the pair of
        :meth:`pair` (``None``: not such a "both")."""
        if token.lower_ != "both" or token.dep_ not in {"nsubj", "nsubjpass"} or any(token.children):
            return None
        return self.pair(token, story=True)

    def pair(self, token: Token, reach: int = _PLURAL_SENTENCES, *, story: bool = False) -> list[str]:
        """ "Talks between Armenia and Azerbaijan resumed, with Russia attending. The two sides
        ...": the two parties of the latest pair within reach (this sentence before ``token`` and
        the ``reach`` before): a "between A and B" or "A and B" that names exactly two states or
        parties, else the sentence's events, when their sides are exactly two; empty when the latest
        sentence with either names more or fewer. With ``story`` ("the two sides", "both parties"),
        a phrase that finds no pair so is the story's pair (:meth:`_story_pair`)."""
        if self._pairing:
            return []  # a list that holds the phrase itself ("talks between X and the two sides")
        self._pairing = True
        try:
            people = token.lower_ == "pair"
            mine = self._subject_members(token, people)
            found = self._pair(token, reach, mine)
            if not found and story:
                found = self._story_pair(token, mine, people)
            if len(found) == 2:
                self._pairs.append((token.i, people, found))
                counted = token.lower_ == "both" or any(c.lower_ in {"both", "two"} for c in token.lefts)
                if counted and not people and self.group_heads.get(token.lower_) != "state":
                    return self._met_people(token, found, reach) or found
            return found
        finally:
            self._pairing = False

    def _met_people(self, token: Token, states: list[str], reach: int) -> list[str]:
        """ "Vucic met Kurti in Brussels. Both agreed ...", "... The two sides agreed ...": a pair that
        is not counted in states is the two leaders or ministers of different states who last did
        something with each other within reach, when their states are the pair's (empty when none
        did; officers and security chiefs speak for their states)."""
        from actorgraph.relations.arguments import np_actors

        here = sentence_index(self.ctx, token.i)
        for k in range(here, max(-1, here - reach - 1), -1):
            # the latest two who acted together, else the latest list of the two ("talks with X and Y")
            told = [(a.source, a.target) for a in self.ctx.discourse.events.acts if a.sentence == k]
            listed = [tuple(np_actors(h, self.ctx)[0]) for h in self._list_heads(k, token)]
            for ends in [*reversed(told), *reversed(listed)]:
                if len(ends) == 2 and self._people_of(list(ends), states):
                    return list(ends)
        return []

    def _people_of(self, ends: list[str], states: list[str]) -> bool:
        """Whether ``ends`` are two leaders or ministers whose states are ``states``."""
        people = all(e and self.ctx.kind(e) == "person" and self._minister(e) for e in ends)
        told = {self.ctx.actors.actors[e].country for e in ends if e}
        return people and told == set(states)

    def _minister(self, person: str) -> bool:
        """Whether a person's office is a leader's or a minister's ("president", "foreign minister",
        "secretary of state"), not an officer's or an agency head's."""
        office = (self.ctx.actors.actors[person].office or "").lower()
        return office in self.leader_offices or any(w in office for w in self.minister_nouns)

    def _ministerial(self, office: str) -> bool:
        """Whether ``office`` may be a minister's or a secretary's ("foreign minister", "secretary of
        state", "his Azerbaijani counterpart"), not a head of state's or government's ("president",
        "prime minister")."""
        if office in self.leader_offices:
            return False
        return "counterpart" in office or any(w in office for w in self.minister_nouns)

    def _subject_members(self, token: Token, people: bool) -> set[str]:
        """The parties of the subject that addresses ``token`` ("A and B urged both sides to ...",
        "they urge both parties to ...": whom the pronoun stands for)."""
        named: list[str] = []
        for i in _subject_span(token):
            tok = self.doc[i]
            actor = self.ctx.actors.actor_at(tok)
            if actor:
                named.append(actor)
            elif tok.pos_ == "PRON":
                # "Paris said it would hold talks with both countries", "He urged both sides ..."
                named.extend(self.ctx.discourse.pronoun(tok) or self._singular_subject(tok))
        return set(self._members(named, people))

    def _singular_subject(self, tok: Token) -> list[str]:
        """The state or person a subject *it*, *he* or *she* stands for (none for any other word)."""
        if tok.dep_ not in SUBJECT_DEPS:
            return []
        if tok.lower_ == "it":
            found = self.singular(tok)
            return [found] if found else []
        if tok.lower_ in {"he", "she"}:
            person = self.ctx.discourse.person(tok)
            return [person] if person else []
        return []

    def _story_pair(self, token: Token, mine: set[str], people: bool) -> list[str]:
        """ "Talks between Serbia and Kosovo resumed. ... (three other states named) ... Both sides
        agreed ...": with no pair within reach, the story's pair: the latest of the pair an earlier
        two-party phrase stood for and the last list of exactly two parties (a longer list, or one whose
        sentence tells events with a third side, is passed over); empty when the story has neither."""
        from actorgraph.relations.arguments import np_actors

        told = next(
            (
                (i, pair)
                for i, own, pair in reversed(self._pairs)
                if i < token.i and own == people and not set(pair) & mine
            ),
            None,
        )
        acts = self.ctx.discourse.events.acts
        # "Qatar and Turkey mediated a truce between A and B ... Qatar and Turkey intervened ... both
        # nations": the third parties of a pair are no pair of the story
        third = set() if people else self._third_parties(token)
        for k in range(sentence_index(self.ctx, token.i), -1, -1):
            if told is not None and told[0] >= self.ctx.sentence_starts[k]:
                break
            told_sides = [
                self._organ_state(a) for x in acts if x.sentence == k for a in (x.source, x.target) if a
            ]
            sides = set(self._members(told_sides, people)) - third
            for head in reversed(self._list_heads(k, token)):
                if head.left_edge.i <= token.i <= head.right_edge.i:
                    continue
                # "between the Sudanese army and the RSF": a state's organ stands for its state
                named = [self._organ_state(a) for a in np_actors(head, self.ctx)[0]]
                members = self._members(named, people)
                if len(members) == 2 and set(members) <= third:
                    continue  # the mediators' own list
                if len(members) == 2 and not set(members) & mine and sides <= set(members):
                    return members  # not two of the three sides of its sentence's events
        return told[1] if told is not None else []

    def _third_parties(self, token: Token) -> set[str]:
        """The states and parties that, in the events told up to ``token``'s sentence, acted on both
        sides of a pair that acted on each other (mediators, hosts: "Qatar and Turkey mediated a
        ceasefire between Pakistan and Afghanistan")."""
        from actorgraph.relations.arguments import np_actors

        here = sentence_index(self.ctx, token.i)
        ends = [
            [self._members([self._organ_state(e)], False) for e in (a.source, a.target)]
            for a in self.ctx.discourse.events.acts
            if a.target and a.sentence <= here
        ]
        pairs = [(s[0], t[0]) for s, t in ends if s and t and s[0] != t[0]]
        joined = {frozenset(p) for p in pairs}
        for k in range(here + 1):
            # "a dispute between Mali and Niger": a pair named, whether or not it acted
            for head in self._list_heads(k, token):
                if head.dep_ == "pobj" and head.head.lower_ == "between":
                    named = [self._organ_state(a) for a in np_actors(head, self.ctx)[0]]
                    members = self._members(named, False)
                    if len(members) == 2:
                        joined.add(frozenset(members))
        targets: dict[str, set[str]] = {}
        for source, target in pairs:
            targets.setdefault(source, set()).add(target)
        return {
            source
            for source, sides in targets.items()
            if any(frozenset((a, b)) in joined for a in sides for b in sides if a != b)
        }

    def _pair(self, token: Token, reach: int, mine: set[str]) -> list[str]:
        from actorgraph.relations.arguments import np_actors

        here = sentence_index(self.ctx, token.i)
        acts = self.ctx.discourse.events.acts
        people = token.lower_ == "pair"  # two people as often as two states
        # "A and B urged both sides to ...": not A and B, nor a pair of theirs before
        subject = _subject_span(token)
        for k in range(here, max(-1, here - reach - 1), -1):
            more = False
            for head in reversed(self._list_heads(k, token)):
                if head.left_edge.i <= token.i <= head.right_edge.i or head.i in subject:
                    continue
                members = self._members(np_actors(head, self.ctx)[0], people)
                if set(members) & mine:
                    continue  # "France and Germany ... Paris will hold talks with both": not Paris's pair
                if len(members) == 2:
                    return members  # "Egypt and Ethiopia resumed ...", "talks between A and B"
                more |= len(members) > 2
            # "Ethiopia's army clashed with Eritrean troops. Kenya urged both sides ...": a state's
            # organ acting in the event stands for its state
            ends = (
                (self._organ_state(a.source), self._organ_state(a.target))
                for a in acts
                if a.sentence == k and a.target
            )
            # "X called Thailand's premier, urging both sides ...": not a pair of X's own
            told = [x for pair in ends if not set(self._members(list(pair), people)) & mine for x in pair]
            sides = self._members(told, people)
            if sides:
                return sides if len(sides) == 2 else []
            if more:
                return []  # "Kenya, Uganda and Rwanda met": three, not a pair ("agreements and MoUs": no one)
        return []

    def _fighting(self, token: Token) -> list[str]:
        """ "Clashes between the army and the RSF ... Kenya urged the warring parties to ...": the two
        sides (states or armed groups) of the last assault the story told before ``token``; none if
        it told of none."""
        here = sentence_index(self.ctx, token.i)
        for act in reversed(self.ctx.discourse.events.acts):
            if act.sentence > here or act.type != "ASSAULT" or not act.target:
                continue
            # a state's forces fought for it: "Armenian forces shelled ..." makes Armenia a side
            ends = [
                self._of_kind(a, "party") or self.ctx.actors.actors[a].country
                for a in (act.source, act.target)
            ]
            sides = list(dict.fromkeys(e for e in ends if e and self.ctx.actors.ensure_actor(e)))
            if len(sides) == 2:
                return sides
        return []

    def _list_heads(self, k: int, token: Token) -> list[Token]:
        """The heads of the lists ("A, B and C") of sentence ``k`` before ``token``, in text order."""
        return [
            t
            for t in self.ctx.sentences[k]
            if t.i < token.i
            and t.pos_ in {"NOUN", "PROPN"}
            and t.dep_ != "conj"
            and any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in t.children)
        ]

    def _organ_state(self, actor_id: str) -> str:
        """The state of a state's organ (its army, a ministry), else ``actor_id`` itself."""
        draft = self.ctx.actors.actors[actor_id]
        organ = draft.type not in {"country", "armed_group", "igo", "person"} and draft.sector
        if organ and draft.country and sector_class(draft.sector, draft.type) == "state":
            return draft.country
        return actor_id

    def _members(self, actors: list[str], people: bool) -> list[str]:
        """The distinct states and armed groups ``actors`` stand for (a person by their state, or
        as themselves with ``people``: "the pair")."""
        found = (f if people and self.ctx.kind(f) == "person" else self._of_kind(f, "party") for f in actors)
        return list(dict.fromkeys(a for a in found if a and self.ctx.actors.ensure_actor(a)))

    def _in_reach(self, token: Token, kind: str) -> int:
        """How many distinct actors of ``kind`` this sentence (before ``token``) and the two before
        name."""
        window = self.ctx.sentence_starts[max(0, sentence_index(self.ctx, token.i) - _PLURAL_SENTENCES)]
        seen: set[str] = set()
        for m in self.ctx.latest_first:
            if m.start >= token.i:
                continue
            if m.start < window:
                break
            actor = self._of_kind(m.actor_id, kind)
            if actor and self.ctx.actors.ensure_actor(actor):
                seen.add(actor)
        return len(seen)

    def definite(self, token: Token) -> list[str] | None:
        """ "the army", "the regime" (the state whose organ the story named, else the state it
        names most), "the council", "the group" (the last organisation whose name ends so, the last
        armed group), "the Geneva-based trade body" (the last intergovernmental body, whatever its
        name: :meth:`_kind_description`), "its neighbour" (:meth:`the_country`): a
        definite description that names nothing itself (``None``: not one)."""
        if token.pos_ == "NOUN" and self._partner_noun(token):
            return self.other_party(token)
        if token.pos_ == "ADJ" and token.lower_ == "old":
            return self.ctx.discourse.persons.described(token)  # "the 72-year-old"
        if token.pos_ == "PROPN" and _definite(token):
            return self.ctx.discourse.persons.described(token)  # "The Prime Minister": a title as a name
        if self._neighbour(token):
            return self.the_country(token)  # "condemned its neighbour", "the neighbor"
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        lower, lemma = token.lower_, token.lemma_.lower()
        clauses = {t.i for c in token.children if c.dep_ in _CLAUSES for t in c.subtree}
        if lemma in self.kind_names:  # "the Geneva-based trade body": its seat, no owner
            clauses |= {
                t.i for c in token.children if c.dep_ == "amod" and c.lemma_ == "base" for t in c.subtree
            }
        if any(self.ctx.actors.actor_at(t) for t in token.subtree if t.i != token.i and t.i not in clauses):
            return None  # "the Syrian army", "the government of Iraq": the phrase names its actor
        if lower in self.organs or lemma in self.organs:
            state = self._salient_state(token, {lower, lemma})
            return [state] if state else []
        if lemma in self.state_nouns and token.tag_ == "NN" and token.dep_ != "poss":
            return self.the_country(token)
        if (
            lemma in self.described_state_nouns
            and token.tag_ == "NN"
            and token.dep_ != "poss"
            and self._region_named(token)
            and self._region(token) is not None
        ):
            return self.the_country(token)  # "the Gulf kingdom", not "the state", "the landlocked state"
        kinds = self.definite_names.get(lemma)
        if kinds is None:
            issuer = self.ctx.discourse.documents.issuer(token)  # "the statement": who issued it
            if issuer is not None:
                return issuer
            return self.ctx.discourse.persons.described(token)  # "the reporter": who was introduced so
        any_name = self.kind_names.get(lemma, []) if self._kind_description(token, lemma) else []
        own = self._verb_subjects(token) if any_name else set()  # "The EU criticized the trade body"
        for m in self.ctx.latest_first:
            if m.start >= token.i:
                continue
            draft = self.ctx.actors.actors[m.actor_id]
            if draft.type not in kinds:
                continue
            last = draft.name.lower().split()[-1:] if draft.name else []
            if last and last[0].rstrip("s") == lemma.rstrip("s"):
                return [m.actor_id]
            if draft.type == "armed_group":
                return [m.actor_id]  # "the insurgents": whatever its name
            if any_name and draft.type not in any_name:
                return []  # "Amnesty ... the organization": a body of another kind came last
            if draft.type in any_name and m.actor_id not in own:
                return [m.actor_id]  # "the Geneva-based trade body": whatever its name
        return []

    def _kind_description(self, token: Token, lemma: str) -> bool:
        """Whether ``token`` names a kind of body ("the organization", "the regional body", "the
        15-member body", "the Abuja-based organization", "the world body"): every word before it
        one of ``descriptions``, a seat ("X-based") or a count of members; a head of ``described``
        needs one ("the body" alone is as often a corpse). Not "the electoral body"."""
        if lemma not in self.kind_names:
            return False
        mods = [c for c in token.lefts if c.dep_ not in {"det", "punct"}]
        for c in mods:
            if c.lower_ in self.kind_descriptions or c.lemma_ == "base":
                continue
            if c.lemma_ in self.member_nouns and any(n.like_num for n in c.subtree):
                continue  # "the 15-member body", "the 55-nation organization"
            return False
        return bool(mods) or lemma not in self.described_kind_names

    def _verb_subjects(self, token: Token) -> set[str]:
        """The subjects of the verb ``token`` is the object of, directly or through a preposition
        ("X criticized the body", "X appealed to the body"), with their states; none for a
        possessive or a phrase deeper in ("the EU's focus was ... imports from the bloc")."""
        from actorgraph.relations.arguments import subjects

        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif token.dep_ not in {"dobj", "dative"}:
            return set()
        if head.pos_ not in {"VERB", "AUX"} or head == token:
            return set()
        found = set(subjects(head, self.ctx)[0])
        return found | {state_of(self.ctx, a) for a in found}

    def _neighbour(self, token: Token) -> bool:
        """Whether ``token`` is a state's neighbour that names nobody: "its neighbour", "the
        neighbor" (not "his neighbour", a person's, nor "Ghana's neighbour")."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in self.neighbour_nouns:
            return False
        if token.dep_ == "poss":
            return False
        if not any(
            (c.dep_ == "det" and c.lower_ == "the")
            or (c.dep_ == "poss" and c.lower_ in self.neighbour_possessives)
            for c in token.children
        ):
            return False
        return not any(self.ctx.actors.actor_at(t) for c in token.lefts for t in c.subtree)

    def the_country(self, token: Token) -> list[str] | None:
        """ "Chilean President X said the country will not recognize ...", "The nation ...": the
        state last named (a person or organ by their state) in this sentence or the two before, not
        the state of the clause's own subject ("Y urged the country to ..."). A description of where
        it lies ("the North African country", "the Pacific island nation") is the last state named
        before it in the story that lies there (:meth:`_region`). No one (``None``: the phrase is
        left as it was) for a place ("protests across the country"), for "the country's" (mostly
        the own state of whoever the clause is about: "the country's leading newspaper"), and for a
        description that names no region ("the ravaged country"), whose state the last one named
        is too often not."""
        if token.dep_ == "pobj" and token.head.lower_ in self.place_preps:
            return None
        region: frozenset[str] | None = None
        if self._region_named(token):
            region = self._region(token)
            if region is None:
                return None  # "the ravaged country": a description we cannot check
        own = self._subject_sides(token)  # the subject may be "the country" itself
        if own is None:
            return []
        own |= self._state_speaker(token)
        for m in self._in_window(token) if region is None else self._before(token):
            state = self._of_kind(m.actor_id, "state")
            if not state or state in own or not self.ctx.actors.ensure_actor(state):
                continue
            if region is not None and state not in region:
                continue
            if self.ctx.actors.is_chrome(self.doc[m.start : m.end]):
                continue
            return [state]
        return []

    def _region_named(self, token: Token) -> bool:
        """Whether ``token`` has a description before it that may name a region (not "neighbouring")."""
        return any(
            c.dep_ in {"amod", "compound"} and c.lower_ not in self.neighbour_modifiers
            for c in token.children
        )

    def _coordinated(self, token: Token) -> set[str]:
        """The actors named in the other items of the list ``token`` is an item of ("Mexico" in
        "Mexico and the three South American countries")."""
        root = token
        while root.dep_ == "conj" and root.head.pos_ in {"NOUN", "PROPN"}:
            root = root.head
        if root == token:
            return set()  # the first item: the others come after it, and so after the group
        own = {t.i for t in token.subtree}
        found = {self.ctx.actors.actor_at(t) for t in root.subtree if t.i not in own}
        return {a for a in found if a}

    def _region(self, token: Token) -> frozenset[str] | None:
        """The states a description before ``token`` says it lies among ("North African", "Pacific
        island": each region its words name, the longest first, all of them at once), or ``None``
        when it names no region ("the ravaged country")."""
        words = sorted(
            (t for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"} for t in c.subtree),
            key=lambda t: t.i,
        )
        lowers = [t.lower_ for t in words]
        found: frozenset[str] | None = None
        i = 0
        while i < len(lowers):
            for n in (3, 2, 1):
                states = self.regions.get(" ".join(lowers[i : i + n])) if i + n <= len(lowers) else None
                if states is not None:
                    found = states if found is None else found & states
                    i += n
                    break
            else:
                i += 1
        return found

    def _before(self, token: Token) -> Iterator[MentionSpan]:
        """The mentions before ``token`` in the story, latest first."""
        return (m for m in self.ctx.latest_first if m.start < token.i)

    def _in_window(self, token: Token) -> Iterator[MentionSpan]:
        """The mentions before ``token`` in its sentence and the two before, latest first."""
        window = self.ctx.sentence_starts[max(0, sentence_index(self.ctx, token.i) - _PLURAL_SENTENCES)]
        for m in self.ctx.latest_first:
            if m.start >= token.i:
                continue
            if m.start < window:
                break
            yield m

    def _subject_sides(self, token: Token) -> set[str] | None:
        """The actors of the subject of ``token``'s clause and their states; ``None`` while that
        subject is being read (it may hold ``token`` itself)."""
        if self._in_subject:
            return None
        self._in_subject = True
        try:
            own = set(self._clause_subject(token))
        finally:
            self._in_subject = False
        return own | {state_of(self.ctx, a) for a in own}

    def _state_speaker(self, token: Token) -> set[str]:
        """A state that says what "the country" does speaks of another ("Turkey said the Nordic
        country must ..."; itself it would call *it*); a person or an organ may speak of their own
        ("Ghana's president said the country will ...")."""
        node = token
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"} and node.dep_ == "ccomp" and node.head.pos_ == "VERB":
                names = (self.ctx.actors.actor_at(c) for c in node.head.children if c.dep_ in SUBJECT_DEPS)
                return {a for a in names if a and self.ctx.kind(a) == "country"}
            if node.head == node:
                break
            node = node.head
        return set()

    def _partner_noun(self, token: Token) -> bool:
        """Whether ``token`` is "its counterpart" or "the other side" and names nobody itself ("his
        Polish counterpart" names Poland)."""
        lower = token.lower_
        if lower not in self.partner_always and not (
            lower in self.partner_with_other
            and any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children)
        ):
            return False
        return not any(self.ctx.actors.actor_at(t) for t in token.subtree if t.i != token.i)

    def other_party(self, token: Token) -> list[str]:
        """ "Vietnam and China held talks. Hanoi urged its counterpart to ...", "Greece rejected a
        Turkish offer and urged the other side to ...": the other party of the last act of the clause
        subject's side in this sentence or the one before (empty when there is none)."""
        own = self._subject_sides(token)  # the subject may be "the other side" itself
        if not own:
            return []
        here = sentence_index(self.ctx, token.i)
        for act in reversed(self.ctx.discourse.events.acts):
            if here - act.sentence > 1:
                break
            sides = (act.source, act.target)
            mine = [a for a in sides if a in own or state_of(self.ctx, a) in own]
            other = [a for a in sides if a and a not in mine]
            if mine and len(other) == 1:
                return other
        return []

    def _salient_state(self, token: Token, organ: set[str]) -> str | None:
        """The state an unmodified organ ("the army") belongs to: the last state named with that
        organ ("the Myanmar military", "Ecuador's government"), else the state named most so far
        (not the clause's own subject: "Japan condemned the regime's ...")."""
        organs = organ | self.organs
        subject: set[str] = set()
        if token.dep_ not in SUBJECT_DEPS and not self._in_subject:
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

    def _last_list(self, token: Token, kind: str) -> list[str]:
        """The actors of ``kind`` of the last list ("A, B and C") named before ``token`` in its
        sentence or the two before, when it names two or more."""
        from actorgraph.relations.arguments import np_actors

        here = sentence_index(self.ctx, token.i)
        for k in range(here, max(-1, here - _PLURAL_SENTENCES - 1), -1):
            heads = self._list_heads(k, token)
            # "The United States, Japan, New Zealand, and Australia": not the inner list the parser
            # hung on the first name as an apposition (acc-lists)
            heads = [t for t in heads if not (t.dep_ == "appos" and t.head in heads)]
            for head in reversed(heads):
                found = np_actors(head, self.ctx)[0]
                members = list(dict.fromkeys(a for a in (self._of_kind(f, kind) for f in found) if a))
                if len(members) > 1:
                    return members
        return []

    def _of_kind(self, actor_id: str, kind: str) -> str | None:
        """The actor that ``actor_id`` stands for in a group of ``kind`` (a person's state in a group
        of states), or ``None``."""
        draft = self.ctx.actors.actors[actor_id]
        if kind == "person":
            return actor_id if draft.type == "person" else None
        if kind == "state":
            return actor_id if draft.type == "country" else draft.country
        if kind == "bloc":
            return actor_id if draft.type == "igo" else None
        if draft.type == "person":
            return draft.country
        return actor_id if draft.type in {"country", "armed_group"} else None

    def _last(
        self,
        token: Token,
        kind: str,
        count: int,
        exclude: set[str],
        *,
        leaders_only: bool = False,
        within_region: bool = True,
        foreign_to: frozenset[str] = frozenset(),
    ) -> list[str]:
        """The last ``count`` distinct actors of ``kind`` named before ``token`` (only people whose
        office is a leader's, with ``leaders_only``; for "the two ministers", no one whose known
        office is a leader's or no minister's: "signed by both foreign ministers" after "attended
        by Donald Trump"; for "the three European leaders", "China and the five Central Asian
        countries", no one whose state lies outside the region named, unless fewer than ``count``
        lie there: then the group is read as if it named no region; no person of a state in
        ``foreign_to``)."""
        ministers = kind == "person" and token.lower_ == "ministers" and not self._leader_group(token)
        region = self._region(token) if within_region else None
        actors = self.ctx.actors
        found: list[str] = []
        for m in self.ctx.latest_first:
            if m.start >= token.i:
                continue
            actor = self._of_kind(m.actor_id, kind)
            if not actor or actor in found or actor in exclude or not actors.ensure_actor(actor):
                continue
            office = (actors.actors[actor].office or "").lower() if kind == "person" else ""
            if leaders_only and not (office in self.leader_offices or self._leaders_counterpart(m, office)):
                continue  # "X called his Chilean counterpart, Y": Y is a leader
            if ministers and office and not self._ministerial(office):
                continue
            state = actor if kind != "person" else actors.actors[actor].country
            if state and state in foreign_to:
                continue
            if region is not None and state and state not in region:
                continue
            if actors.is_chrome(self.doc[m.start : m.end]):
                continue
            found.append(actor)
            if len(found) == count:
                return found
        if region is not None:
            # "Kenya, Ethiopia and Egypt met. The three East African countries ...": the region the
            # data knows holds two of them, so the words are no filter
            return self._last(
                token,
                kind,
                count,
                exclude,
                leaders_only=leaders_only,
                within_region=False,
                foreign_to=foreign_to,
            )
        return []

    def _leaders_counterpart(self, mention: MentionSpan, office: str) -> bool:
        """Whether a person described as someone's "counterpart" ("Milei called his Chilean
        counterpart, Gabriel Boric") is a leader's: a person of another state named before in the same
        sentence holds a leader's office."""
        if "counterpart" not in office:
            return False
        actors = self.ctx.actors.actors
        start = self.ctx.sentence_starts[sentence_index(self.ctx, mention.start)]
        country = actors[mention.actor_id].country
        return any(
            start <= m.start < mention.start
            and actors[m.actor_id].type == "person"
            and actors[m.actor_id].country != country
            and (actors[m.actor_id].office or "").lower() in self.leader_offices
            for m in self.ctx.latest_first
        )


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _owned(token: Token, ctx: Context) -> bool:
    """ "Russia's two allies", "Sudan's neighbours, Chad and ...": the phrase names its own. A
    description in apposition names no one ("the two sides, old rivals over the border, ...", or a
    list of things the parser hung there, "the two neighbours are expected to ink two deals, a trade
    agreement and an investment agreement"): a name or an actor in it, or in a list of it, does."""

    def names(appos: Token) -> bool:
        items = [appos, *(g for g in appos.children if g.dep_ == "conj")]
        return any(t.pos_ == "PROPN" or ctx.actors.actor_at(t) is not None for t in items)

    return any(c.dep_ == "poss" or (c.dep_ == "appos" and names(c)) for c in token.children)


def _subject_span(token: Token) -> set[int]:
    """Token indices of the subject of the verb ``token`` is the object of, or addressed by ("Kenya
    and Uganda" in "Kenya and Uganda urged both sides to ...", "... called on the two countries to
    ...", "Paris will halt trade deals with both countries"; the clause's subject for a participle
    with none, "X called Y, urging both sides ..."); empty for any other phrase (the subject's own
    pair: "A and B boosted trade between the two countries")."""
    verb = token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ not in _JOINT_PREPS:
        verb = token.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "halt trade deals with both countries": who halts them
    elif token.dep_ not in {"dobj", "dative"}:
        return set()
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and verb.head.pos_ == "NOUN":
            subjects = [c for c in verb.head.children if c.dep_ == "poss"]  # "Trump's calls ..., urging"
    return {t.i for c in subjects for t in c.subtree}


def _own(token: Token) -> set[int]:
    """Token indices of the pronoun's own phrase (a pronoun never stands for its own head)."""
    return {t.i for t in token.head.subtree} if token.dep_ == "poss" else {token.i}
