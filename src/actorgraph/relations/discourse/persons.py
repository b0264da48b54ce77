"""He, she, his, her: the person a singular pronoun stands for, as far as the text allows.

The nearest person who was the subject of a clause in this or the two sentences before comes
first, then the nearest person named, except:

* a narrator's pronoun (outside quotation marks) does not stand for someone named only inside a
  quotation ("“X is ordered to end the protests,” he wrote": *he* is not X);
* a pronoun inside a quotation does not stand for its speaker (they say *I*), and reaches only
  the people named in the last three sentences (else it names nobody);
* a subject or possessive pronoun in a phrase fronted before its clause's subject stands for the
  person that subject names ("During his visit to Hanoi, Prime Minister X signed ...", "As she
  welcomed Y, X pledged ..."), unless the phrase answers something ("In response to his remarks, X
  ...": `cataphora_blockers`) or the subject's sex is the other one;
* the sex the text gives a person ("Mrs. X", "spokeswoman X", "X, his wife", or a pronoun bound to
  them earlier: "X said she would travel") rules them out for the other sex's pronouns, and for
  *she* a woman named in reach comes before a person of unknown sex;
* a subject that describes a person named before ("the minister", "the premier") is a mention of
  that person where it stands ("X ... Y greeted him. The minister then met Z. He ...": *he* is X).
* with no person in reach, a subject that names a state's office holder and no person ("Kenya's
  president", "the Thai prime minister said he ...") stands for that state.

Pronouns are bound in text order, so that what an earlier one says of a person's sex is known to
a later one. The word lists are ``person_gender`` in ``data/grammar.json``.

A definite description that names nobody ("the reporter", "the diplomat", "the president") is the
person the story last introduced with that noun, within :data:`_DESCRIBED_SENTENCES`: a title or
role before the name ("Cambodian journalist X"), an apposition ("X, a reporter for Y"; "the
candidate, X"), or a copula ("X is a lawyer"), whose state and title words fit the description
("the Malaysian foreign minister" is not "Cambodian Prime Minister X"). A noun the story used
without a name ("police arrested a journalist") introduces nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from actorgraph.relations.discourse.common import SUBJECT_DEPS, sentence_index, state_of

if TYPE_CHECKING:
    from actorgraph.relations.arguments import Context

__all__ = ["Persons"]

#: Sentences back (besides the pronoun's own) whose subjects come first.
_REACH = 2
#: Sentences back that "the reporter" looks for the person introduced so.
_DESCRIBED_SENTENCES = 20
_MALE, _FEMALE = "m", "f"
#: How a phrase fronted before the main clause's subject hangs on its verb ("During his visit, ...").
_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


class Persons:
    """Antecedents of the singular person pronouns of one document, bound in text order."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.actors.doc
        words = ctx.grammar["person_gender"]
        self.sex_words = {w: _FEMALE for w in words["female"]} | {w: _MALE for w in words["male"]}
        self.pronoun_sex = {w: _FEMALE for w in words["female_pronouns"]} | {
            w: _MALE for w in words["male_pronouns"]
        }
        self._bound: dict[int, str | None] = {}
        self._done = -1
        self._bindings: dict[str, list[tuple[int, str]]] = {}  # person -> (pronoun index, sex)
        self._titles: dict[str, set[str]] | None = None
        self._roles: dict[str, list[tuple[int, str | None]]] | None = None
        self._intro_words: dict[int, frozenset[str]] = {}
        self.title_words = set(ctx.grammar["titles"])
        self.blockers = set(ctx.grammar["cataphora_blockers"]["words"])
        #: "the Japanese prime minister": office nouns a state's unnamed holder is called by
        self.offices = {w.split()[-1] for w in ctx.grammar["leader_offices"]} | set(
            ctx.grammar["minister_nouns"]
        )

    def resolve(self, token: Token) -> str | None:
        """The person ``token`` (he, she, his, her, him) stands for, or ``None``.

        The narrator's pronouns are bound in one pass in text order (they never need a quotation's
        speaker, so finding the speakers may ask for them); a pronoun inside a quotation is bound on
        demand, with what the narrator's pronouns before it say of people's sex.
        """
        if token.i in self._bound:
            return self._bound[token.i]
        quotes = self.ctx.discourse.quotations
        for tok in self.doc[self._done + 1 : token.i + 1]:
            if tok.lower_ in self.pronoun_sex and tok.pos_ == "PRON" and not quotes.inside(tok.i):
                person = self._pick(tok, quoted=False)
                self._bound[tok.i] = person
                if person is not None:
                    self._bindings.setdefault(person, []).append((tok.i, self.pronoun_sex[tok.lower_]))
        self._done = max(self._done, token.i)
        if token.i in self._bound:
            return self._bound[token.i]
        quoted = quotes.inside(token.i)
        if quoted and quotes.finding:
            return self._pick(token, quoted=True)  # the speakers are not known yet: ask again later
        person = self._pick(token, quoted=quoted)
        self._bound[token.i] = person
        return person

    def _sex(self, person: str, before: int) -> set[str]:
        """The sexes the text gives ``person`` before token ``before``."""
        if self._titles is None:
            self._titles = self._titled()
        said = {sex for i, sex in self._bindings.get(person, ()) if i < before}
        return self._titles.get(person, set()) | said

    def _titled(self) -> dict[str, set[str]]:
        """The sex the words next to each person's mentions give ("Mrs. X", "X, his wife")."""
        out: dict[str, set[str]] = {}
        doc = self.doc
        for m in self.ctx.actors.mentions:
            if self.ctx.kind(m.actor_id) != "person":
                continue
            near = [doc[i] for i in range(max(0, m.start - 2), m.end)]
            root = doc[m.end - 1]
            near += [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                near.append(root.head)
            for tok in near:
                sex = self.sex_words.get(tok.lower_.rstrip("."))
                if sex is not None:
                    out.setdefault(m.actor_id, set()).add(sex)
        return out

    def _pick(self, token: Token, *, quoted: bool) -> str | None:
        ctx, doc = self.ctx, self.doc
        quotes = ctx.discourse.quotations
        speaker = ctx.discourse.speaker_at(token) if quoted else None
        starts = [s for s in ctx.sentence_starts if s <= token.i][-(_REACH + 1) :]
        window = starts[0] if starts else 0
        # (start, person, is a subject) of each mention before the pronoun, latest first
        found: list[tuple[int, str, bool]] = []
        for m in ctx.latest_first:
            if m.start >= token.i or m.actor_id == speaker or ctx.kind(m.actor_id) != "person":
                continue
            if (not quoted and quotes.inside(m.start)) or ctx.actors.is_chrome(doc[m.start : m.end]):
                continue
            found.append((m.start, m.actor_id, doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}))
        found.extend(self._described_subjects(window, token, speaker, quoted=quoted))
        # the narrator's subject pronouns already bound: a chain of them keeps its person the subject
        # ("Minister X ... . She spoke alongside Y ahead of Z's visit. “...,” she said": X, not Z)
        found.extend(
            (i, person, True)
            for person, bound in self._bindings.items()
            if person != speaker
            for i, _sex in bound
            if i < token.i and doc[i].dep_ in SUBJECT_DEPS
        )
        if not any(start >= window for start, _, _ in found):
            # "The Japanese prime minister said he ...": no person in reach, an office of a state
            found.extend(self._office_subjects(window, token, speaker, quoted=quoted))
        found.sort(key=lambda f: -f[0])
        seen: list[str] = []
        subjects: list[str] = []
        near: set[str] = set()
        for start, actor, subject in found:
            if actor not in seen:
                seen.append(actor)
            if start >= window:
                near.add(actor)
                if subject and actor not in subjects:
                    subjects.append(actor)
        ranked = subjects + [a for a in seen if a not in subjects]
        if quoted:
            ranked = [a for a in ranked if a in near]
        sex = self.pronoun_sex.get(token.lower_)
        ahead = None if quoted else self._fronted(token, sex)
        if ahead is not None:
            return ahead
        if sex is None:
            return ranked[0] if ranked else None
        fitting = [a for a in ranked if (given := self._sex(a, token.i)) <= {sex} or len(given) > 1]
        if sex == _FEMALE:
            # "she": a woman in reach before a person of unknown sex (most people named are men)
            women = [a for a in fitting if self._sex(a, token.i) == {_FEMALE} and a in near]
            fitting = women + [a for a in fitting if a not in women]
        return fitting[0] if fitting else None

    def _described_subjects(
        self, window: int, token: Token, speaker: str | None, *, quoted: bool
    ) -> list[tuple[int, str, bool]]:
        """ "Foreign Minister X ... Y confirmed the talks. “...,” the foreign minister told media. “...,”
        he said": a subject that describes a person named before ("the foreign minister") is a
        mention of that person where it stands, so that a pronoun after it can stand for them."""
        quotes = self.ctx.discourse.quotations
        out: list[tuple[int, str, bool]] = []
        for tok in self.doc[window : token.i]:
            if tok.dep_ not in {"nsubj", "nsubjpass"} or self.ctx.actors.actor_at(tok) is not None:
                continue
            if (not quoted and quotes.inside(tok.i)) or self._named_body(tok):
                continue
            person = self.described(tok)
            if person and person[0] != speaker:
                out.append((tok.left_edge.i, person[0], True))
        return out

    def _office_subjects(
        self, window: int, token: Token, speaker: str | None, *, quoted: bool
    ) -> list[tuple[int, str, bool]]:
        """ "The Japanese prime minister said he would ...", "Kenya's president ... He": a subject
        that names a state's office holder and no person stands for that state."""
        quotes = self.ctx.discourse.quotations
        out: list[tuple[int, str, bool]] = []
        for tok in self.doc[window : token.i]:
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lemma_.lower() not in self.offices:
                continue
            if (not quoted and quotes.inside(tok.i)) or self.described(tok):
                continue
            states = {
                self._state(c) for c in tok.children if c.dep_ in {"poss", "amod", "compound"} and c.i < tok.i
            } - {None}
            actor = self.ctx.actors.actor_at(tok)
            if actor is not None and self.ctx.kind(actor) != "country":
                continue
            if len(states) == 1:
                state = next(iter(states))
                if state is not None and state != speaker:
                    out.append((tok.left_edge.i, state, True))
        return out

    def _named_body(self, head: Token) -> bool:
        """ "the Indian Border Security Force": a name (a capitalised word neither a title nor a
        state's), no description of a person."""
        return any(
            t.pos_ == "PROPN" and t.lower_ not in self.title_words and self._state(t) is None
            for t in self.doc[head.left_edge.i : head.i + 1]
        )

    def _fronted(self, token: Token, sex: str | None) -> str | None:
        """ "During his visit to Hanoi, X signed ...", "As she welcomed Y, X pledged ...": the person
        the subject of the main clause names, for a subject or possessive pronoun in a phrase fronted
        before that subject (``None``: not such a pronoun, or the subject names no such person)."""
        if token.dep_ != "poss" and token.dep_ not in SUBJECT_DEPS:
            return None  # "After meeting him, X praised ...": someone else
        ctx = self.ctx
        root = ctx.sentences[sentence_index(ctx, token.i)].root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or token.i >= subject.left_edge.i or token.i > root.i:
            return None
        phrase = token
        while phrase.head.i != root.i and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.head.i != root.i or phrase.i == root.i or phrase.dep_ not in _FRONTED_DEPS:
            return None
        if any(t.lemma_.lower() in self.blockers for t in phrase.subtree):
            return None  # "In response to his remarks, X said": the one who made them
        heads = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        for head in heads:
            actor = ctx.actors.actor_at(head)
            if actor is None or ctx.kind(actor) != "person":
                continue
            given = self._sex(actor, token.i)
            if sex is None or given <= {sex} or len(given) > 1:
                return actor
            return None
        return None

    def described(self, token: Token) -> list[str] | None:
        """ "Cambodian journalist X ... The reporter had been detained", "Prime Minister X ... The Prime
        Minister held talks": the person the story last introduced with the noun of "the <noun>"
        (``None``: not such a phrase, no one was introduced so, or only without a name)."""
        age = _age(token)
        # "The Prime Minister", "the President": a title written as a name is such a noun too
        title = token.tag_ == "NNP" and token.lower_ in self.title_words
        if (token.tag_ != "NN" and age is None and not title) or token.dep_ in {"compound", "amod"}:
            return None  # "the opposition Democratic Alliance": a modifier, not the phrase
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if self._roles is None:
            self._roles = self._introductions()
        entries = self._roles.get(age or token.lemma_.lower())
        if not entries:
            return None
        first = self.ctx.sentence_starts[max(0, sentence_index(self.ctx, token.i) - _DESCRIBED_SENTENCES)]
        # "the foreign minister" after "Prime Minister X" and "Foreign Minister Y": a word some
        # introduction of the noun has tells them apart ("the visiting minister" is any of them)
        told = frozenset().union(*(self._intro_words.get(i, frozenset()) for i, _ in entries))
        modifiers = [
            c
            for c in token.children
            if c.dep_ in {"amod", "compound"}
            and c.i < token.i
            and not age
            and (c.lower_ in told or self._state(c) is not None)
        ]
        for i, actor in reversed(entries):
            if i >= token.i:
                continue
            if actor is None or i < first:
                return None
            if self._fits(modifiers, i, actor):
                return [actor]
        return None

    def _fits(self, modifiers: list[Token], role: int, actor: str) -> bool:
        """ "the Malaysian foreign minister": whether the person introduced at ``role`` ("Cambodian
        Prime Minister X" is not) has the state and the words the description gives."""
        words = self._intro_words.get(role, frozenset())
        for mod in modifiers:
            state = self._state(mod)
            if state is not None:
                if state_of(self.ctx, actor) != state:
                    return False
            elif mod.lower_ not in words:
                return False
        return True

    def _state(self, word: Token) -> str | None:
        """The state a modifier names ("Malaysian"), else ``None``."""
        actor = self.ctx.actors.actor_at(word)
        return actor if actor is not None and self.ctx.kind(actor) == "country" else None

    def _introductions(self) -> dict[str, list[tuple[int, str | None]]]:
        """Role noun -> (token index, person or ``None``) for every singular noun that introduces a
        named person ("journalist X", "X, a reporter", "the candidate, X", "X is a lawyer") or is used
        with an indefinite article and no name ("a journalist": whoever that is, nobody named), in
        text order."""
        ctx, doc = self.ctx, self.doc
        found: dict[int, tuple[str, str | None]] = {}
        for m in ctx.actors.mentions:
            if ctx.kind(m.actor_id) != "person" or ctx.actors.is_chrome(doc[m.start : m.end]):
                continue  # "the Jaffar Express train ... the train" is no one
            head = doc[m.end - 1]
            roles = [
                c
                for c in head.children
                if (c.dep_ == "compound" and c.i < m.start and self._role(c, m.actor_id))
                or (c.dep_ == "appos" and c.pos_ == "NOUN")
            ]
            if head.dep_ == "appos" and head.head.pos_ == "NOUN":
                roles.append(head.head)  # "the candidate, X"
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":
                roles.extend(c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
            for role in roles:
                if role.tag_ in {"NN", "NNP"}:
                    found[role.i] = (role.lemma_.lower(), m.actor_id)
                    # "Malaysian Foreign Minister X": the words a later description may repeat
                    start, end = min(role.left_edge.i, head.left_edge.i), max(role.i, head.i) + 1
                    self._intro_words[role.i] = frozenset(t.lower_ for t in doc[start:end])
            for c in [*head.children, *(a for r in roles for a in r.children)]:
                # "X, 72, ...", "72-year-old (candidate) X": "the 72-year-old"
                age = c.text if c.dep_ == "appos" and c.like_num and c.text.isdigit() else _age(c)
                if age is not None and c.i not in found:
                    found[c.i] = (_AGE + age.removeprefix(_AGE), m.actor_id)
        for tok in doc:
            if (
                tok.tag_ == "NN"
                and tok.i not in found
                and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
            ):
                found[tok.i] = (tok.lemma_.lower(), None)  # "police arrested a journalist"
        out: dict[str, list[tuple[int, str | None]]] = {}
        for i in sorted(found):
            lemma, actor = found[i]
            out.setdefault(lemma, []).append((i, actor))
        return out

    def _role(self, word: Token, actor: str) -> bool:
        """Whether ``word``, hung on a name, is a role the story may later call it by: a common noun
        ("journalist X") or a title ("President X"), not a part of the name or another actor."""
        owner = self.ctx.actors.actor_at(word)
        if owner is not None and owner != actor:
            return False
        return word.pos_ == "NOUN" or word.lower_ in self.title_words


#: Key prefix of an age in the introductions ("age:72"; no noun lemma has a colon).
_AGE = "age:"


def _age(token: Token) -> str | None:
    """ "age:72" for the "old" of "72-year-old", else ``None``."""
    if token.lower_ != "old":
        return None
    for year in token.children:
        if year.lemma_ == "year" and year.dep_ == "npadvmod":
            for num in year.children:
                if num.dep_ == "nummod" and num.text.isdigit():
                    return _AGE + num.text
    return None
