"""Token-level reading of English clause structure, before any actor is looked up.

Which tokens are coordinated with a phrase ("A and B", "A, along with B", "A as well as B"), which
verbs are passive (also reduced relatives: "sanctions imposed by A", "the strikes, carried out by X"),
and which verbs share a subject or an object with a coordinated verb ("A signed and B ratified the
treaty"). Nothing here knows about actors: ``arguments`` and ``voice`` turn these tokens into actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.actors.gazetteer import read_grammar

__all__ = [
    "SUBJECT_DEPS",
    "companions",
    "conjuncts",
    "coordinated",
    "detached_list",
    "examples",
    "hyphen_partners",
    "is_passive",
    "listed_gerund",
    "lost_main_verb",
    "negated",
    "own_subject",
    "pobjects",
    "raised_objects",
    "reciprocal",
    "reciprocal_object",
    "reduced_relative",
    "relative_on_object",
]

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_OBJECT_DEPS = {"dobj", "dative"}
_ARGUMENT_DEPS = _OBJECT_DEPS | SUBJECT_DEPS
_HYPHENS = {"-", "–", "—"}


def pobjects(token: Token, *words: str) -> list[Token]:
    """The objects of ``token``'s prepositions ``words``, in the order the text gives them
    ("talks [with X] [on Y]": ``pobjects(talks, "with", "on")`` is [X, Y])."""
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in words
        for o in p.children
        if o.dep_ == "pobj"
    ]


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` by "and", "or", commas ("A, B and C"); also a list that goes
    on with demonyms before a plural noun, which the parser hangs on the name as an apposition ("the
    EU, British, French and Canadian diplomats")."""
    out = []
    for child in token.children:
        if child.dep_ == "conj" and _list_owner(child) not in {None, token}:
            continue  # "2 million of the doses needed in Sudan, the CAR and Chad": Sudan's list
        named = _named_after_title(token, child) if child.dep_ == "conj" else None
        if named is not None:
            # "A and Thai acting Prime Minister B": "Thai" is B's title, B the item
            if named.dep_ == "appos":
                out.append(named)
                out.extend(conjuncts(named))
            continue
        if child.dep_ == "conj" or (
            child.dep_ == "appos"
            and (
                _listed_group(child)
                or _listed_name(token, child)
                or _listed_between(token, child)
                or _listed_person(token, child)
            )
        ):
            out.append(child)
            out.extend(conjuncts(child))
        elif child.dep_ == "appos":
            for item in _items_after_description(token, child):
                out.append(item)
                out.extend(conjuncts(item))
        elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "PROPN":
            # "the Council of Europe, Polish and Czech diplomats": the list hung on the name's last word
            for name in child.children:
                if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_iob_ == "I":
                    out.extend(conjuncts(name))
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        # "sanctions on Russia and on Belarus": the repeated preposition's objects
        for again in token.head.children:
            if again.dep_ == "conj" and again.pos_ == "ADP" and again.lower_ == token.head.lower_:
                for pobj in (c for c in again.children if c.dep_ == "pobj"):
                    out.append(pobj)
                    out.extend(conjuncts(pobj))
    dangling = _dangling_item(token) or _split_item(token) or _item_after_apposition(token)
    if dangling is not None and dangling not in out:
        out.append(dangling)
        out.extend(conjuncts(dangling))
    if (
        token.pos_ == "PROPN"
        and token.right_edge.i + 1 < len(token.doc)
        and token.doc[token.right_edge.i + 1].text == ","
    ):
        for above in token.ancestors:
            for child in above.children:
                if child.dep_ == "conj" and child.i > token.i and _list_owner(child) == token:
                    out.append(child)
                    out.extend(conjuncts(child))
    return out


def _named_after_title(token: Token, conj: Token) -> Token | None:
    """The person whose title the parser cut off his name and made a conjunct of ``token`` ("A and
    Thai acting Prime Minister B": "Thai" a conjunct, B another conjunct or an apposition of A; "A and
    Argentine Foreign Minister B": "Minister" and B): a name of ``token``'s that starts right after
    ``conj``'s phrase, with no comma or conjunction between, so ``conj``'s words are its title."""
    after = conj.right_edge.i + 1
    if token.pos_ != "PROPN" or conj.right_edge.is_punct:
        return None  # "council head and army commander B": one person's two titles
    return next(
        (
            other
            for other in token.children
            if other.i > conj.i
            and other.dep_ in {"conj", "appos"}
            and other.ent_type_ == "PERSON"
            and other.left_edge.i == after
        ),
        None,
    )


def _dangling_item(token: Token) -> Token | None:
    """The list's last item when the parser left "and" on ``token`` with no conjunct and hung the item
    on the participle after it ("among Italy, Libya and the IOM supporting migrants": "IOM" made a
    modifier of "supporting")."""
    if token.pos_ != "PROPN" or any(c.dep_ == "conj" for c in token.children):
        return None
    ccs = [c for c in token.children if c.dep_ == "cc" and c.i > token.i]
    if not ccs:
        return None
    item = _item_after(ccs[-1])
    if item is None:
        return None
    verb = item.head
    if (
        item.pos_ != "PROPN"
        or item.dep_ not in {"npadvmod", "nsubj"}
        or verb.i != item.i + 1
        or verb.tag_ != "VBG"
        or verb.dep_ not in {"acl", "amod"}
    ):
        return None
    return item


def _item_after_apposition(token: Token) -> Token | None:
    """The list's next item when an apposition on ``token`` made the parser hang it elsewhere, on the
    verb, the event noun or the name ("talks with his Tanzanian counterpart, X, and President of Uganda
    Y": "President" a conjunct of "held"; "a call on the President of Senegal, X, and the Prime Minister
    of Mauritania, Y": "Minister" a conjunct of the name the parser took out of the phrase): the head of
    the noun phrase after ", and" that closes ``token``'s phrase, its apposition included (a name right
    after its comma that the parser hung elsewhere too); not the subject of a clause of its own ("...,
    and the two leaders signed"), nor a verb ("..., and called for ...")."""
    doc = token.doc
    end = max(t.i for t in token.subtree if not t.is_punct or t.i == token.i)
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].pos_ == "PROPN":
        name = doc[end + 2]
        while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
            name = name.head
        if not token.is_ancestor(name) and name.ent_type_ == "PERSON" and name.left_edge.i == end + 2:
            end = name.i  # "with his counterpart, X, and ...": X hung on the verb
    if not any(t.text == "," for t in doc[token.i : end + 1]):
        return None  # no apposition: the parser's own conjuncts
    at = end + 1 + (end + 1 < len(doc) and doc[end + 1].text == ",")
    if at + 1 >= len(doc) or doc[at].lower_ != "and":
        return None
    item = _item_after(doc[at])
    while item is not None and item.dep_ == "poss" and item.head.i > item.i:
        item = item.head  # "and Egypt's Foreign Minister X"
    if (
        item is None
        or item.pos_ not in {"PROPN", "NOUN"}
        or item.dep_ not in {"conj", "appos", "dep", "npadvmod"}
        or token.is_ancestor(item)
        or any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in item.children)
    ):
        return None
    return item


def _item_after(cc: Token) -> Token | None:
    """The head of the noun phrase right after the conjunction ``cc`` (its determiners skipped,
    its modifiers climbed: "and the African Union" -> "Union"), or None at the end of the text."""
    doc = cc.doc
    i = cc.i + 1
    while i < len(doc) and doc[i].dep_ == "det":
        i += 1
    if i >= len(doc):
        return None
    item = doc[i]
    while item.dep_ in {"compound", "amod", "flat"} and item.head.i > item.i:
        item = item.head
    return item


def _split_item(token: Token) -> Token | None:
    """The list's last item when the parser left the list's "and" on its first name, after every
    conjunct, and made the item a second subject or object of the same verb ("The UN, African Union,
    and ECOWAS have condemned ...": "ECOWAS" a second subject)."""
    if token.pos_ != "PROPN" or token.dep_ not in _SPLIT_DEPS:
        return None
    ccs = [c for c in token.children if c.dep_ == "cc" and c.i > token.i]
    last = max((c.i for c in token.children if c.dep_ == "conj"), default=token.i)
    if not ccs or ccs[-1].i < last:
        return None
    item = _item_after(ccs[-1])
    if item is None:
        return None
    if item.dep_ != token.dep_ or item.head.i != token.head.i or not (item.pos_ == "PROPN" or item.is_upper):
        return None
    return item


_SPLIT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _list_owner(conj: Token) -> Token | None:
    """The name a list item belongs to when the parser hung it on a quantity instead ("provides 2
    million of the 12 million tons needed in Sudan, the Central African Republic, Chad and Libya":
    "Republic" made a conjunct of "million", after "Sudan" and a comma): that name."""
    head, doc = conj.head, conj.doc
    if not (head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.children)) or conj.pos_ != "PROPN":
        return None
    start = conj.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    before = doc[start - 2]
    while before.dep_ in {"compound", "flat"} and before.head.i > before.i:
        before = before.head
    if before.pos_ != "PROPN" or before.i == head.i or not head.is_ancestor(before):
        return None
    return before


def _listed_group(noun: Token) -> bool:
    """A plural noun right after a comma, with no article or possessor, led by a capitalised modifier:
    the last item of a list ("..., French and Canadian diplomats"), not a description of the name
    ("Germany, its closest ally", "the bloc, whose members")."""
    first = noun.left_edge
    return (
        noun.tag_ in {"NNS", "NNPS"}
        and first.i > 0
        and noun.doc[first.i - 1].text == ","
        and first.dep_ in {"amod", "compound", "nmod"}
        and first.is_title
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
    )


def _listed_between(token: Token, appos: Token) -> bool:
    """A place or organisation name between two commas, the list going on after it on ``token``
    ("Japan, Australia, and ASEAN": "Australia" made an apposition of "Japan", "ASEAN" its conjunct or
    a second subject of the verb),
    not a title or description of the name ("Lavrov, Russia's foreign minister, and Wang")."""
    doc = appos.doc
    first, last = appos.left_edge.i, appos.right_edge.i
    return (
        token.pos_ == "PROPN"
        and appos.pos_ == "PROPN"
        and (appos.ent_type_ in _NAME_ENTITIES or appos.is_upper)
        and first > 0
        and last + 1 < len(doc)
        and doc[first - 1].text == ","
        and doc[last + 1].text == ","
        and not any(c.dep_ in {"poss", "amod", "appos", "prep"} for c in appos.children)
        and any(c.dep_ == "cc" and c.i > last for c in token.children)
        and (any(c.dep_ == "conj" and c.i > last for c in token.children) or _split_item(token) is not None)
    )


_NAME_ENTITIES = {"GPE", "ORG", "NORP", "LOC", "FAC"}


def _listed_name(token: Token, appos: Token) -> bool:
    """A name with an article right after a name's comma, itself going on with "and" and more names:
    a list item the parser hung on the name before it ("Angola, the DRC and Kenya"), not a description
    of the name ("X, the Russian Foreign Minister and an ally of Y": the conjunct is no name)."""
    first = appos.left_edge
    return (
        token.pos_ == "PROPN"
        and appos.pos_ == "PROPN"
        and first.i > 0
        and appos.doc[first.i - 1].text == ","
        and any(c.dep_ == "cc" for c in appos.children)
        # (an acronym the tagger took for a common noun is a name too: "the African Union and ECOWAS")
        and all(c.pos_ == "PROPN" or c.is_upper for c in appos.children if c.dep_ == "conj")
        and any(c.dep_ == "conj" for c in appos.children)
    )


def _items_after_description(token: Token, appos: Token) -> list[Token]:
    """The names the parser made conjuncts of a description apposed to the name ``token`` between
    commas ("met Norway, the main donor, and Germany": "Germany" hung on "donor"): the list's next
    items, as a description is no list of names. Only a common noun's own conjuncts that are names,
    after the description's closing comma ("Lukashenko, his closest ally and main partner": none)."""
    if not (token.pos_ == "PROPN" and appos.pos_ == "NOUN" and appos.left_edge.i > 0):
        return []
    doc = token.doc
    if doc[appos.left_edge.i - 1].text != ",":
        return []
    return [
        c
        for c in appos.children
        if c.dep_ == "conj"
        and c.pos_ == "PROPN"
        and c.left_edge.i >= 2
        and doc[c.left_edge.i - 1].lower_ in {"and", "or"}
        and doc[c.left_edge.i - 2].text == ","
    ]


def _listed_person(token: Token, appos: Token) -> bool:
    """A titled person's name after a person's name and its comma, the list going on from it with more
    names ("NATO Secretary General A, Polish President B, Lithuanian President C and ...": B made an
    apposition of A, C its conjunct, the "and" further on): a list item, as one person is no title or
    description of another."""
    first = appos.left_edge
    return (
        token.ent_type_ == "PERSON"
        and appos.ent_type_ == "PERSON"
        and appos.pos_ == "PROPN"
        and first.i > 0
        and appos.doc[first.i - 1].text == ","
        and not any(c.dep_ in {"det", "poss", "prep"} for c in appos.children)
        and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in appos.children)
    )


def listed_gerund(verb: Token) -> bool:
    """A gerund the parser made a clause although it is an item of a list of acts ("suffered a wave of
    airstrikes, [shelling] and drone attacks by X", "faced [shelling], airstrikes and looting by X"):
    no subject or object of its own, and the list goes on with nouns (not "advanced, shelling
    Ukrainian positions")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "xcomp", "conj", "dobj"}
        and not any(c.dep_ in _ARGUMENT_DEPS | {"ccomp", "xcomp", "attr"} for c in verb.children)
        and any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in verb.children)
    )


def reciprocal(token: Token) -> Token | None:
    """The subject a reciprocal object refers back to ("Moscow and Kyiv accused [each other]", "blamed
    [one another]", "tariffs on [each other]'s goods"): the head of the subject of the nearest clause
    above it that has one."""
    words = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "amod"}}
    the_other = token.lower_ == "other" and "the" in words and token.pos_ != "NOUN"
    if not (
        (token.lower_ == "other" and "each" in words)
        or (token.lower_ == "one" and "another" in words)
        or (token.lower_ == "another" and token.i > 0 and token.doc[token.i - 1].lower_ == "one")
        or the_other
    ):
        return None
    node = token
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                # "the other" only after a distributive subject: "Both A and B blame the other", "A and
                # B each accuse the other", "Each (side) accuses the other"
                return subject if not the_other or _distributive(subject, node) else None
        if node.head is node:
            return None
        node = node.head
    return None


def _distributive(subject: Token, verb: Token) -> bool:
    """Whether a clause's subject is read one member at a time: "each" or "both" on it ("Both A and B",
    "A and B each", "each side", "Each accuses ...") or "each" on its verb ("have each accused")."""
    marks = {"each", "both"}
    return (
        subject.lower_ == "each"
        or any(c.lower_ in marks for c in subject.children if c.dep_ in {"det", "predet", "preconj", "appos"})
        or any(c.lower_ == "each" for c in verb.children if c.dep_ in {"advmod", "npadvmod", "appos", "dep"})
    )


def reciprocal_object(anchor: Token) -> bool:
    """Whether the clause of ``anchor`` acts on its own subject's members ("Moscow and Kyiv accused
    each other", "imposed tariffs on each other's goods"): a reciprocal in it refers back to the
    subject of the verb that governs ``anchor``."""
    verb = anchor
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    for token in verb.subtree:
        subject = reciprocal(token) if token.lower_ in {"other", "one", "another"} else None
        if subject is not None and subject.head.i == verb.i:
            return True
    return False


def companions(token: Token) -> list[Token]:
    """Phrases joined to ``token`` as co-participants: "A, along with B", "together with B",
    "alongside B" (the objects of those prepositions), and their conjuncts."""
    words = set(read_grammar()["companion_preps"])
    out: list[Token] = []
    for child in token.children:
        if child.dep_ not in {"prep", "advmod"}:
            continue
        marker, holder = [child], child
        for grand in child.children:
            if grand.dep_ == "prep":
                marker.append(grand)
                holder = grand
            elif grand.dep_ == "advmod":
                marker.append(grand)
        out.extend(_marked_objects(marker, holder, words))
    return out


def examples(token: Token) -> list[Token]:
    """The named examples of a plural group noun ("several countries, including Turkey and Malaysia",
    "Western nations such as Britain and Canada", "Gulf states like Oman"; ``example_markers`` in
    grammar.json; "like" only after a group noun of ``group_heads``), with their conjuncts; also those
    of a group of states in its "with" phrase, which the parser often hangs them on ("countries with
    leftist governments, such as A and B")."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return []
    grammar = read_grammar()
    words = set(grammar["example_markers"])
    if not any(token.lower_ in heads for heads in grammar["group_heads"].values()):
        words.discard("like")  # "prisoners like X": a comparison as often as examples; "countries like X"
    out: list[Token] = []
    for child in token.children:
        if child.dep_ != "prep":
            continue
        marker = [child, *(g for g in child.children if g.dep_ in {"amod", "advmod"} and g.i < child.i)]
        out.extend(_marked_objects(marker, child, words))
    if out or token.lower_ not in grammar["group_heads"]["state"]:
        return out
    states = set(grammar["group_heads"]["state"])
    return [
        t
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for group in prep.children
        if group.dep_ == "pobj" and group.lower_ in states
        for t in examples(group)
    ]


def _marked_objects(marker: list[Token], holder: Token, words: set[str]) -> list[Token]:
    """The objects of ``holder`` and their conjuncts, when the ``marker`` words read in text order
    are one of ``words`` ("along with", "such as")."""
    if " ".join(t.lower_ for t in sorted(marker, key=lambda t: t.i)) not in words:
        return []
    return [t for pobj in holder.children if pobj.dep_ == "pobj" for t in (pobj, *conjuncts(pobj))]


def coordinated(token: Token) -> list[Token]:
    """``token``, its conjuncts, its companions and the named examples of a group noun: every head of a
    list of co-participants."""
    out = [token]
    for tok in (token, *conjuncts(token)):
        if tok is not token:
            out.append(tok)
        out.extend(companions(tok))
        out.extend(examples(tok))
    return out


def hyphen_partners(token: Token) -> list[Token]:
    """Modifiers hyphenated to ``token`` ("Indian-Australian exercises", "Russia-Ukraine war")."""
    doc = token.doc
    return [
        c
        for c in token.children
        if c.dep_ in {"amod", "compound", "npadvmod", "nmod"}
        and c.i == token.i - 2
        and doc[token.i - 1].text in _HYPHENS
    ]


def detached_list(token: Token) -> Token | None:
    """A list after a colon or dash that the parser hung elsewhere ("sanctions on four neighbours:
    Japan, South Korea, India and Vietnam", with "Japan" attached to the verb): its first item."""
    doc = token.doc
    end = max(t.i for t in token.subtree if not t.is_punct or t.i == token.i) + 1
    if end + 1 >= len(doc) or doc[end].text not in {":", "—", "–", "--"}:
        return None
    first = doc[end + 1]
    if first.pos_ != "PROPN" or first.i in {t.i for t in token.subtree}:
        return None
    if first.dep_ not in {"npadvmod", "appos", "dep", "conj", "nsubj", "dobj", "attr"}:
        return None
    return first


def negated(token: Token, words: set[str]) -> bool:
    """Whether ``token`` carries its own negation: a ``neg`` dependent, or one of ``words`` ("not",
    "never", "no", ...) as its adverb or determiner."""
    return any(c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in words) for c in token.children)


def lost_main_verb(verb: Token) -> bool:
    """A verb the parser hung on a noun that it made the root of the sentence ("Chinese vessels
    patrolled across Philippine waters" parsed as a noun phrase): the sentence's main verb."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i < verb.i
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def reduced_relative(verb: Token) -> bool:
    """A past participle modifying a noun, with no object of its own: "forces backed by X",
    "sanctions imposed on Y", "the Saudi-led coalition"."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "amod"}
        and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}
        and not lost_main_verb(verb)
        # "doctors ... donated and delivered goods": an active verb the parser hung on a noun
        and not any(c.dep_ in _ARGUMENT_DEPS for v in (verb, *conjuncts(verb)) for c in v.children)
    )


def relative_on_object(verb: Token) -> bool:
    """An active relative clause whose object is the noun it modifies, with a subject of its own:
    "the sanctions (that) Washington imposed on X", "the aid Japan sent to Y" (not "the sanctions that
    hit X", whose subject is the noun, nor "the aid Japan sent the refugees")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.head.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.pos_ != "ADP"]  # "sent to X"
    return (
        subject is not None
        and subject.tag_ not in _RELATIVE_TAGS
        and all(o.tag_ in _RELATIVE_TAGS or o.lower_ == "that" for o in objects)
        # "a call that troops would stay": a clause the parser took for a relative one
        and not any(c.dep_ in {"nsubjpass", "auxpass", "mark"} for c in verb.children)
    )


_RELATIVE_TAGS = {"WDT", "WP", "WP$"}


def is_passive(verb: Token) -> bool:
    """Whether ``verb`` is in the passive voice: a passive subject or auxiliary, a by-agent on a
    participle, a reduced relative, or a coordinated participle sharing a passive subject
    ("were arrested and deported")."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubjpass", "auxpass"}:
        return True
    if verb.tag_ != "VBN":
        return False
    if "agent" in deps or reduced_relative(verb):
        return True
    return (
        verb.dep_ == "conj"
        and not deps & SUBJECT_DEPS
        and verb.head.i != verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and is_passive(verb.head)
    )


def own_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own (a clause, not a shared predicate)."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def raised_objects(verb: Token) -> list[Token]:
    """Objects a verb shares with the next coordinated clause ("Kenya praised, and Tanzania
    criticized, Uganda's decision": the decision is also what Kenya praised)."""
    if any(c.dep_ in _OBJECT_DEPS | {"ccomp", "xcomp"} for c in verb.children):
        return []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}):
        if not own_subject(conj):
            continue
        objects = [c for c in conj.children if c.dep_ == "dobj" and c.i > conj.i]
        if objects:
            return objects
    return []
