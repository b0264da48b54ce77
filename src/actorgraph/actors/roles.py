"""A leader's office named without the name: "the Italian premier", "the prime ministers of A and B",
"Colombia's foreign minister", "Ankara's top diplomat", "the Egyptian ambassador", and a counterpart,
"his Iranian counterpart" (the office of the person whose counterpart it is, in the state before it).

The annotators code such a phrase as the person the story names in that office ("the Italian premier
and her UK counterpart Rishi Sunak" is Giorgia Meloni, named elsewhere in the story), not as the
state: the state in the phrase says whose office it is. Where the story names exactly one person of
that state holding that office (the data's office or the one the text gives), the phrase is that
person (`DocActors.roles`, read by `relations.arguments.np_actors`) and the state in it no mention;
a state whose office holder the story does not name stays the state, and so do the states of a plural
office over three or more ("the foreign ministers of A, B and C met"), as the annotators code them;
a plural office over two states whose holder the story names for one only ("X arrived in B. The
foreign ministers of A and B signed ...") is both states, one pair at one level (not X and B).
"The Angolan head of state" (or "head of government") is the one leader of that state the story names,
whatever the office.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.names import remove_mention
from actorgraph.actors.resolve import DocActors, MentionSpan

__all__ = ["office_holders"]


@cache
def _same_office() -> dict[str, str]:
    """The same office under another word ("premier" is the prime minister)."""
    same: dict[str, str] = read_grammar()["office_phrases"]["same_office"]
    return same


@cache
def _office_words() -> frozenset[str]:
    """Words before the office noun that belong to the office ("prime minister", "foreign minister")."""
    return frozenset(read_grammar()["office_phrases"]["office_words"])


@cache
def _not_the_office() -> frozenset[str]:
    """Words that make an office another one than the one it ends with ("Deputy Foreign Minister")."""
    return frozenset(read_grammar()["office_phrases"]["not_the_office"])


@cache
def _leader_offices() -> frozenset[str]:
    """A leader's offices (`leader_offices`), the foreign minister's, whom the text names so, and the
    offices a state fills with one person at a post (`posted_offices`: "the Egyptian ambassador")."""
    offices = [*read_grammar()["leader_offices"], "foreign minister", *_phrases("posted_offices")]
    return frozenset(_same_office().get(o, o) for o in offices)


@cache
def _any_leader() -> frozenset[str]:
    """Descriptions of whichever leader's office a state's one named leader holds ("the Angolan head
    of state" after "President X")."""
    return frozenset(_phrases("any_leader"))


@cache
def _leaders() -> frozenset[str]:
    """The leader's offices proper (`leader_offices` but the descriptions of any of them)."""
    return frozenset(_same_office().get(o, o) for o in read_grammar()["leader_offices"]) - _any_leader()


@cache
def _phrases(key: str) -> tuple[str, ...]:
    return tuple(read_grammar()["office_phrases"][key])


def _normal(office: str) -> str:
    words = " ".join(office.lower().replace(".", "").split())
    return _same_office().get(words, words)


def _posted(office: str) -> str:
    """An office without the post it is held at ("ambassador to egypt" -> "ambassador")."""
    held, _, _ = office.partition(" to ")
    return held


def _held(office: str) -> str | None:
    """The leader's office ``office`` names, before which only a state's or a place's name may stand
    ("German Foreign Minister" is the foreign minister; "Deputy Foreign Minister", "Vice President",
    "former President" are not)."""
    for role in sorted(_leader_offices(), key=lambda r: (-len(r), r)):  # the longest office it ends with
        if office == role or office.endswith(" " + role):
            before = office[: len(office) - len(role)].split()
            if not any(w in _not_the_office() for w in before):
                return role
    return None


def _role(noun: Token) -> str | None:
    """The leader's office ``noun`` heads as a common noun ("prime ministers", "premier",
    "president"), else None: a title before a name ("Prime Minister X") is no such phrase."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ in {"compound", "appos"}:
        return None
    words = [c.lower_ for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.lower_ in _office_words()]
    words.append(noun.lemma_.lower())
    held = _office_object(noun)
    if held is not None:
        words.append(f"of {held.lemma_.lower()}")  # "the head of state"
    office = _normal(" ".join(words))
    return office if office in _leader_offices() else None


def _office_object(noun: Token) -> Token | None:
    """The "of" object that belongs to the office "head" ("head of state", "head of government")."""
    if noun.lemma_.lower() != "head":
        return None
    return next(
        (
            o
            for p in noun.rights
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def _states(noun: Token, out: DocActors) -> list[MentionSpan]:
    """The state mentions that say whose office ``noun`` is: a demonym or possessive before it ("the
    Italian premier", "Italy's premier"), its "of" object with that object's conjuncts ("the prime
    ministers of Australia and New Zealand")."""
    tokens = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    held = _office_object(noun)
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj != held:  # "heads of state of A and B": A and B
                    tokens += [pobj, *pobj.conjuncts]
    found: list[MentionSpan] = []
    for t in tokens:
        m = out.by_token.get(t.i)
        if m is not None and out.actors[m.actor_id].type == "country" and m not in found:
            found.append(m)
    return found


def _office_of(actor_id: str, out: DocActors) -> str | None:
    """The leader's (or posted) office a person the story names holds, if the text or data gives one."""
    draft = out.actors[actor_id]
    if draft.type != "person" or not draft.country or not draft.office:
        return None
    return _held(_posted(_normal(draft.office)))


def _counterpart_role(noun: Token, out: DocActors) -> str | None:
    """The office a counterpart holds ("his Iranian counterpart"): that of the person whose counterpart
    it is, the last person before it in its sentence, if the story gives that person one."""
    if noun.lemma_.lower() not in _phrases("counterparts") or noun.dep_ in {"compound", "appos"}:
        return None
    for t in reversed(noun.doc[noun.sent.start : noun.i]):
        m = out.by_token.get(t.i)
        if m is not None and out.actors[m.actor_id].type == "person":
            return _office_of(m.actor_id, out)
    return None


def office_holders(out: DocActors) -> None:
    """Record every leader's office named without a name as the person the story names in it."""
    holders: dict[tuple[str, str], list[str]] = {}
    for actor_id, draft in out.actors.items():
        office = _office_of(actor_id, out) if draft.mentions > 0 else None
        if office is not None:
            holders.setdefault((str(draft.country), office), []).append(actor_id)
    if not holders:
        return
    for noun in out.doc:
        if noun.i in out.by_token or any(c.dep_ == "appos" for c in noun.children):
            continue
        role = _role(noun) or _counterpart_role(noun, out)
        if role is None:
            continue
        states = _states(noun, out)
        if not states or (noun.tag_ not in {"NNS", "NNPS"} and len(states) > 1):
            continue
        if len(states) >= 3:
            continue  # "the foreign ministers of A, B and C": annotators keep the states of a long list
        people: list[str] = []
        for state in states:
            named = holders.get((state.actor_id, role), [])
            if not named and role in _any_leader() and noun.tag_ not in {"NNS", "NNPS"}:
                # "the Kenyan head of state" after "President X": whichever leader's office the story
                # names ("heads of state" are several: the state)
                named = list(
                    dict.fromkeys(p for o in _leaders() for p in holders.get((state.actor_id, o), []))
                )
            # no one or several: the state stays
            people.append(named[0] if len(named) == 1 else state.actor_id)
        if (
            len(states) > 1
            and any(p == state.actor_id for p, state in zip(people, states, strict=True))
            and not any(c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN" for c in noun.children)
        ):
            # "the foreign ministers of A and B" where the story names A's alone: one level for the
            # pair, the two states (not A's minister and B); names after the phrase ("..., X and Y,"
            # as an apposition or, to the parser, a conjunct) say who
            continue
        for p, state in zip(people, states, strict=True):
            if p == state.actor_id:
                continue
            remove_mention(out, state, keep_actor=True)
            held = _office_object(noun)
            if held is not None and (owned := out.by_token.get(held.i)) is not None:
                remove_mention(out, owned, keep_actor=True)  # "head of government": no government
        if any(out.actors[p].type == "person" for p in people):
            out.roles[noun.i] = tuple(people)
