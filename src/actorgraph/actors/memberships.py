"""IGO memberships the text states: "NATO member Turkey", "the Quad consists of ...", "X is a founding
member of Y", a state that chairs it, and the states a noun of its members names ("five ASEAN
countries, including A and B"); not denied, hoped for, nor a partner's, candidate's or outsider's."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.actors.descriptions import _descriptions
from actorgraph.actors.records import Affiliation, DocActors

__all__: list[str] = []


def _actor_of_type(out: DocActors, token: Token, kind: str) -> str | None:
    """The actor mentioned at ``token`` if it is of type ``kind`` ("country", "igo")."""
    m = out.by_token.get(token.i)
    return m.actor_id if m is not None and out.actors[m.actor_id].type == kind else None


def _memberships(out: DocActors, member_words: set[str], verbs: set[str]) -> None:
    """States' memberships of IGOs as the text states them: "NATO member Turkey", "Hungary, an EU
    member", "the Quad consists of Japan, ...", "ASEAN, which includes Vietnam", "the AU's members
    include Kenya" (``member_words`` and ``membership_verbs`` in ``data/grammar.json``)."""
    doc = out.doc
    seen: set[tuple[str, str]] = set()

    def add(state: str, igo: str, where: Token, evidence: str) -> None:
        if (state, igo) not in seen:
            seen.add((state, igo))
            out.affiliations.append(Affiliation(state, igo, where.sent, evidence, True))

    for mention in list(out.mentions):
        if out.actors[mention.actor_id].type != "country":
            continue
        for tokens, _ in _descriptions(mention, out):
            igo = next((a for t in tokens if (a := _actor_of_type(out, t, "igo"))), None)
            if igo and any(t.lemma_.lower() in member_words for t in tokens):
                add(
                    mention.actor_id,
                    igo,
                    doc[mention.start],
                    f"{' '.join(t.text for t in tokens)} {mention.text}",
                )
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            named = [verb.head]  # "ASEAN, which includes ..."
        elif subject.lemma_.lower() in member_words:
            named = list(subject.subtree)  # "the AU's members include ..."
        else:
            named = [subject]  # "the Quad consists of ..."
        igo = next((a for t in named if (a := _actor_of_type(out, t, "igo"))), None)
        if igo is None:
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}] + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for o in objects:
            for member in (o, *o.conjuncts):
                state = _actor_of_type(out, member, "country")
                if state is not None:
                    add(state, igo, verb, doc[verb.i : verb.right_edge.i + 1].text)


def _stated_memberships(out: DocActors, rule: dict[str, list[str]], member_words: set[str]) -> None:
    """Memberships a clause or a noun of members states, beside ``_memberships``' descriptions of a
    state: "X is a founding member of Y", "A and B are members of Y", "X is the current chair of Y"
    (a verb of ``copulas``, not negated, modal or an infinitive: "is not a member", "hopes to become a
    member"), the one an "as" phrase describes ("As chair of the Forum, Tonga hosted ..."), and the states
    a noun of Y's members names by apposition or as examples: "five ASEAN countries, including A and
    B", "OPEC members such as A", "the largest AU member, A" (``stated_membership``
    in ``data/grammar.json``; not a partner's, observer's or outsider's noun, "ASEAN partners such as
    A", "non-EU countries like B": ``exclusions``, ``outside_prefixes``)."""
    doc = out.doc
    nouns = member_words | set(rule["group_nouns"])
    excluded = set(rule["exclusions"])
    prefixes = set(rule["outside_prefixes"])
    markers = set(rule["example_preps"])
    seen = {(a.source_id, a.target_id) for a in out.affiliations}

    def outside(token: Token) -> bool:
        """ "non-EU countries", "non-member states": a prefix that denies the membership itself (not
        "a non-permanent member", whose prefix denies a quality of it)."""
        if token.lower_ not in prefixes or token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
            return False
        denied = doc[token.i + 2]
        return denied.lemma_.lower() in nouns or _actor_of_type(out, denied, "igo") is not None

    def igo_of(noun: Token) -> str | None:
        """The organisation a noun of members belongs to: its modifier ("ASEAN countries", "the AU's
        members") or its "of" phrase ("members of APEC")."""
        lefts = [t for c in noun.lefts for t in c.subtree]
        if any(t.lemma_.lower() in excluded or outside(t) for t in lefts):
            return None
        names = [c for c in noun.children if c.dep_ in {"compound", "nmod", "poss"} and c.i < noun.i]
        names += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return next((a for n in names for t in n.subtree if (a := _actor_of_type(out, t, "igo"))), None)

    def add(states: list[Token], igo: str, where: Token) -> None:
        for token in states:
            state = _actor_of_type(out, token, "country")
            if state is not None and (state, igo) not in seen:
                seen.add((state, igo))
                evidence = doc[where.left_edge.i : where.right_edge.i + 1].text
                out.affiliations.append(Affiliation(state, igo, where.sent, evidence, True))

    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in rule["copulas"] and token.pos_ in {"AUX", "VERB"}:
            unstated = set(rule["unstated_aux"])
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in unstated) for c in token.children):
                continue  # "Ukraine is not a member of NATO", "will be a member", "hopes to become a member"
            attr = next(
                (c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() in member_words), None
            )
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            igo = igo_of(attr) if attr is not None else None
            if igo is not None and subject is not None:
                add([subject, *subject.conjuncts], igo, token)
        elif lemma in nouns and token.pos_ == "NOUN":
            igo = igo_of(token)
            if igo is None:
                continue
            held = token.head if token.dep_ == "pobj" and token.head.lower_ == "as" else None
            if held is not None and lemma in member_words:
                # "As chair of the Forum, Tonga hosted ...", "Vietnam, as chair of ASEAN, pressed ...":
                # the one the "as" phrase describes, the subject of its verb or the name it hangs on
                verb = held.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                described = subject if subject is not None else verb.head if verb.pos_ == "VERB" else verb
                add([described, *described.conjuncts], igo, held)
                continue
            heads = [c for c in token.children if c.dep_ == "appos"]
            heads += [
                o
                for p in token.children
                if p.dep_ == "prep"
                and (p.lower_ in markers or (p.lower_ == "as" and doc[p.i - 1].lower_ == "such"))
                for o in p.children
                if o.dep_ == "pobj"
            ]
            add([m for h in heads for m in (h, *h.conjuncts)], igo, token)
