"""A person's descriptions in the text: appositions, titles before the name, relative clauses that state
an office ("X, who is Senegal's ambassador"), the posting of an envoy before the name, and whether an
office is the name's own or misplaced by the parser (`misplaced_apposition`)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from actorgraph.actors.fronted import is_swallowed
from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.records import DocActors, MentionSpan

__all__ = ["misplaced_apposition"]

#: Dependencies that keep a left modifier inside the noun phrase of a name.
_NP_INTERNAL = {"compound", "amod", "poss", "nmod", "nummod", "det", "case", "npadvmod", "punct"}


def _descriptions(mention: MentionSpan, out: DocActors) -> list[tuple[list[Token], Token | None]]:
    """Token groups that describe the mentioned actor: left modifiers, and appositives."""
    doc = out.doc
    head = doc[mention.end - 1]
    inside = range(mention.start, mention.end)
    groups: list[tuple[list[Token], Token | None]] = []
    # "Russian President Vladimir Putin", "Iran's Supreme National Security Council secretary Ali Shamkhani";
    # the parser may hang the title on the given name ("Brazilian foreign ministry spokesperson [Camila]
    # Teixeira", "Vietnam's Deputy Defence Minister [Hoang] Xuan Chien")
    left = [
        t
        for part in doc[mention.start : mention.end]
        for c in part.lefts
        if c.i not in inside and c.dep_ in _NP_INTERNAL
        for begin in (_other_person_before(c, mention, out),)
        for t in c.subtree
        if begin < t.i < mention.start
    ]
    left += [
        t
        for t in doc[mention.start : mention.end]
        if t.dep_ in {"amod", "poss"} and out.actor_at(t) != mention.actor_id
    ]
    cut = _cut_title(doc, min((t.i for t in left), default=mention.start))
    left += cut
    # "President X of Albania", "King Abdullah of Jordan": a titled name "of" a state
    if any(t.lower_ in _title_words() for t in left):
        left += [
            t
            for c in head.rights
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and (a := out.actor_at(o)) and out.actors[a].type == "country"
            for t in c.subtree
        ]
    posting = _posting_before(mention, out)
    if posting is not None:
        # "Polish ambassador to Belarus Jan Kowalski": the parser hangs the state an envoy is posted to
        # on the name; the envoy's title, not that state, describes him
        office, posted = posting
        left = [t for t in left if t.i not in posted]
        groups.append((list(doc[office.left_edge.i : office.i + 1]), office))
    groups.append((sorted(left, key=lambda t: t.i), None))
    # "Ali Shamkhani, the secretary of Iran's Supreme National Security Council"
    for c in head.children:
        if c.dep_ == "appos" and c.i not in inside and not is_swallowed(c):
            # (not the clause's subject hung on the name: "During a call with X, Tanzanian President Y said")
            groups.append((list(c.subtree), c))
    # "X, who is Senegal's ambassador", "X, who serves as ...", "X, who leads the Ukrainian delegation"
    clauses = read_grammar()["office_clauses"]
    for clause in head.children:
        if clause.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children
        ):
            continue
        verb = clause.lemma_.lower()
        for c in clause.children:
            if verb in clauses["copulas"] and c.dep_ == "attr":
                groups.append((list(c.subtree), c))
            elif verb in clauses["serving"] and c.dep_ == "prep" and c.lower_ == "as":
                groups.extend((list(o.subtree), o) for o in c.children if o.dep_ == "pobj")
            elif verb in clauses["heading"] and c.dep_ == "dobj":
                if any(t.dep_ == "poss" and out.actor_at(t) is None for t in c.subtree):
                    continue  # "headed the agency's mission in Nigeria": the agency's, not Nigeria's
                groups.append(([clause, *c.subtree], None))  # "heads X": the verb is the office
    # "Khamenei's foreign policy adviser, Ali Akbar Velayati": the name is the appositive; "two Kenyan
    # ministers, A and B", "three U.S. senators — A, B and C —": so is the list the name ends.
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    # (not a name hung on the name before it, whose title the parser cut off: "A and Thai acting
    # Prime Minister B")
    own_title = bool(cut) and first.head.ent_type_ == "PERSON"
    appositive = first.dep_ == "appos" and first.head.i not in inside and not own_title
    described = _apposed_to(first) if appositive else None
    if described is not None and not _person_at(described, out):
        # "the presidents of A and B as well as the leader of X, NAME": the leader, not the presidents;
        # not a person the parser hung the list's next names on ("Indian Prime Minister A, Nepalese Prime
        # Minister B and Bhutanese Prime Minister C"): A's title is none of C's
        title = _office_of_object(described)
        groups.append(([t for t in title.subtree if t.i < first.left_edge.i], title))
    # "released by Syria's national news agency SANA" parsed as two phrases: a title noun phrase that
    # ends right before the name, and is not already linked to it, still describes it.
    if mention.start > 0 and not groups[-1][0]:
        title = doc[mention.start - 1]
        if (
            title.pos_ == "NOUN"
            and title.is_lower
            and title.right_edge.i == title.i
            and title.head.i not in inside
            and not any(t.i in inside for t in title.children)
        ):
            groups.append(([t for t in title.subtree if t.i < mention.start], title))
    return groups


def _cut_title(doc: Doc, start: int) -> list[Token]:
    """The first words of a title that the parser cut off the name and made a conjunct of the list
    item before ("A and Thai acting Prime Minister B": "Thai"; "A and Argentine Foreign Minister B":
    "Argentine Foreign Minister"; "the ministers of A, X, and B, Y": "B,"): the phrase of a conjunct
    that ends right before ``start``, the first word of the name's own title (or of the name)."""
    for token in doc[max(start - 4, 0) : start]:
        if token.dep_ == "conj" and token.head.i < token.i and token.right_edge.i == start - 1:
            return list(token.subtree)
    return []


def _person_at(token: Token, out: DocActors) -> bool:
    """Whether ``token`` is in a mention of a person."""
    actor = out.actor_at(token)
    return actor is not None and out.actors[actor].type == "person"


def _other_person_before(modifier: Token, mention: MentionSpan, out: DocActors) -> int:
    """Where the words that describe ``mention`` begin in ``modifier``, a modifier of its name: after the
    "and" of another person's name and title the parser hung in it ("Togolese President A and Beninese
    President B": "Beninese President" is B's, "Togolese President" A's); -1 if no such person."""
    ands = [
        c.i
        for t in modifier.subtree
        if (other := out.by_token.get(t.i)) is not None
        and other.actor_id != mention.actor_id
        and out.actors[other.actor_id].type == "person"
        for c in t.children
        if c.dep_ == "cc" and c.i > t.i
    ]
    return max(ands, default=-1)


def _posting_before(mention: MentionSpan, out: DocActors) -> tuple[Token, range] | None:
    """The title and the tokens of the state right before a name in "TITLE to STATE NAME" ("ambassador
    to Iran Henrik Madsen"): the state the title is posted to, which is not the person's."""
    doc = out.doc
    state = out.by_token.get(mention.start - 1) if mention.start else None
    if state is None or state.end != mention.start or out.actors[state.actor_id].type != "country":
        return None
    if state.start < 2 or doc[state.start - 1].lower_ != "to":
        return None
    office = doc[state.start - 2]
    if office.lemma_.lower() not in _title_or_office_words():
        return None
    return office, range(state.start, state.end)


@cache
def _title_or_office_words() -> frozenset[str]:
    grammar = read_grammar()
    return frozenset(grammar["titles"]) | frozenset(grammar["office_nouns"])


def _office_of_object(noun: Token) -> Token:
    """The office whose prepositional object ``noun`` is, else ``noun``: the parser hangs a name in
    apposition on the last noun of its title ("the envoy for Sudan, X", "a spokesman for Nigeria's
    army, X"), and the whole title describes the name.

    Examples
    --------
    >>> from actorgraph.nlp import load_pipeline
    >>> doc = load_pipeline()("A spokesman for Nigeria's army, Tunde Bakare, said troops freed them.")
    >>> _office_of_object(doc[5]).text, _office_of_object(doc[1]).text
    ('spokesman', 'spokesman')
    """
    grammar = read_grammar()
    offices = set(grammar["office_nouns"]) | set(grammar["titles"])
    node = noun
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            break
        if prep.head.lemma_.lower() not in offices:
            break
        node = prep.head
    return node


@cache
def _title_words() -> frozenset[str]:
    return frozenset(read_grammar()["titles"])


def _describes(office: Token, mention: MentionSpan, doc: Doc) -> bool:
    """Whether a plural office is the name's own description ("A and B, the foreign ministers of X and
    Y": in apposition to the name or its head), not a list item beside it ("the presidents of A and B
    as well as the envoy, NAME")."""
    if misplaced_apposition(office, doc[mention.start]):
        return False
    last = doc[mention.end - 1]
    return office.head.i in range(mention.start, mention.end) or office.i == last.head.i


def _apposed_to(name: Token) -> Token:
    """The noun an apposed ``name`` describes: its head, or the singular noun of the head's own list
    right before it where the parser hung it on a plural head (``misplaced_apposition``)."""
    head = name.head
    if not misplaced_apposition(head, name):
        return head
    return [t for t in head.subtree if head.i < t.i < name.i and t.dep_ == "conj" and t.tag_ == "NN"][-1]


def misplaced_apposition(head: Token, name: Token) -> bool:
    """Whether the parser hung a name on a plural head that a singular noun of its own list stands
    between: "the presidents of A and B as well as the leader of X, NAME" (the leader is NAME, not the
    presidents)."""
    if head.tag_ not in {"NNS", "NNPS"} or name.i < head.i:
        return False
    return any(t.dep_ == "conj" and t.tag_ == "NN" for t in head.subtree if head.i < t.i < name.i)
