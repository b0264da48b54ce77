"""Names that are places, not actors: a name described as a place of a state ("a town in X"), a name the
article uses as a place anywhere ("Luzira prison"), a capital or known place the text puts in another
state, and a dateline with its wire credit ("KYIV, Ukraine (AP) —")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from actorgraph.actors.records import DocActors

__all__: list[str] = []

#: Dashes that close a wire service's dateline ("MANILA (AFP) - ..."), as the tokenizer splits them.
_DATELINE_DASHES = {"-", "--", "\u2013", "\u2014"}


def _glued_credit(token: Token) -> bool:
    """ "TEHRAN (FNA)- ...": the tokenizer keeps a credit's bracket and dash on its name ("FNA)-")."""
    text = token.text.rstrip("".join(_DATELINE_DASHES))
    return text != token.text and text.endswith(")") and len(text) > 1


#: Tokens a dateline may take before its credit: "ADDIS ABABA, Feb 3 (Reuters)".
_DATELINE_REACH = 12


def _datelines(out: DocActors) -> None:
    """ "KYIV, Ukraine (AP) — ...", "NAIROBI (Xinhua) — ...": a capitalised name in brackets followed
    by a dash, near the start of a line, credits the wire service that filed the story, and the
    place before it says where: neither is an actor in what the story tells (nor the outlet a member
    of the dateline's state)."""
    from actorgraph.actors.names import remove_mention  # names.py imports resolve, which imports this

    doc = out.doc
    for close in doc:
        i = close.i
        if close.text != ")" or i + 1 >= len(doc) or doc[i + 1].text not in _DATELINE_DASHES:
            continue
        opening = next((k for k in range(i - 1, max(i - 4, -1), -1) if doc[k].text == "("), None)
        if opening is None or opening == i - 1 or not doc[opening + 1].text[:1].isupper():
            continue
        first = opening  # the line's first token
        while first > 0 and "\n" not in doc[first - 1].text_with_ws:
            first -= 1
        if opening - first > _DATELINE_REACH:
            continue
        for m in list(out.mentions):
            if first <= m.start and m.end <= i:
                remove_mention(out, m)


def _dateline_state(out: DocActors) -> str | None:
    """ "TEHRAN (FNA)- ...", "Cairo – 5 June 2024: ...", "NAIROBI, Kenya, Mar 26 – ...": the one state of
    the places that open the document's first line before a dash, where no verb comes before it (the
    place the story is filed from), or ``None``."""
    doc = out.doc
    first = next((t.i for t in doc if not t.is_space), None)
    if first is None:
        return None
    states: set[str] = set()
    for token in doc[first : first + _DATELINE_REACH + 4]:
        if token.text in _DATELINE_DASHES or _glued_credit(token):
            return next(iter(states)) if len(states) == 1 and first in out.by_token else None
        if "\n" in token.text_with_ws or token.pos_ in {"VERB", "AUX"}:
            return None
        m = out.by_token.get(token.i)
        if m is not None:
            if out.actors[m.actor_id].type != "country":
                return None
            states.add(m.actor_id)
    return None


def _described_places(out: DocActors, place_nouns: set[str]) -> None:
    """Names only the NER found that the article describes as places ("Mandera, a town near Kenya's
    border", "Tuapse, a port city in southern Russia"): no actors, but places of the state their
    description names, if any."""
    doc = out.doc
    for m in list(out.mentions):
        draft = out.actors[m.actor_id]
        if draft.gazetteer or draft.type not in {"person", "organization"}:
            continue
        head = doc[m.start : m.end].root
        appos = next((c for c in head.children if c.dep_ == "appos" and c.i >= m.end), None)
        if appos is None or appos.lemma_.lower() not in place_nouns:
            continue
        state = next(
            (
                k.actor_id
                for t in appos.subtree
                if (k := out.by_token.get(t.i)) is not None and out.actors[k.actor_id].type == "country"
            ),
            None,
        )
        out.mentions.remove(m)
        draft.mentions -= 1
        for i in range(m.start, m.end):
            del out.by_token[i]
            if state is not None:
                out.places[i] = state


def _named_places(out: DocActors, grammar: dict[str, Any]) -> None:
    """Names only the tagger made people or organisations that the article uses as places anywhere:
    ending in a place word ("Sabina Shoal"), qualifying one ("Luzira prison", "the Kutupalong and
    Balukhali camps", "the Croix des Bouquets civilian jail"), tagged a facility or location
    elsewhere, or described as one ("Hitsats, a camp in northern Tigray", "X, part of the Y refugee
    complex"). Every mention of that form is then no actor ("the Kuje attack" after "the Kuje
    prison"); a faction noun after a person ("the Gachagua camp") is a place only when plural or
    qualified ("the X refugee camp")."""
    doc = out.doc
    words = {*grammar["place_nouns"], *grammar["place_features"], *grammar["place_name_words"]}
    factions = set(grammar["faction_nouns"])

    def place_noun(token: Token, *, described: bool = False) -> bool:
        lemma = token.lemma_.lower()
        if lemma not in words or token.pos_ != "NOUN" or token.i in out.by_token:
            return False
        qualified = (
            described
            or token.tag_ == "NNS"
            or any(c.dep_ in {"amod", "compound"} and c.pos_ == "NOUN" for c in token.children)
        )
        return lemma not in factions or qualified

    def is_place(span: Span) -> bool:
        if span.label_ in {"FAC", "LOC"} or span[-1].lower_ in words:
            return True
        token = span.root
        for _ in range(4):  # "Croix" -> "Bouquets" -> "jail"; "Balukhali" -> "Kutupalong" -> "camps"
            if token.dep_ not in {"compound", "nmod", "conj"} or token.head is token:
                break
            token = token.head
            if token.pos_ != "PROPN":
                return place_noun(token)
        appos = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end), None)
        if appos is None and span.end < len(doc) and doc[span.end].text == ",":
            # the parser may hang the apposition on the preposition before the name
            appos = next((t for t in doc[span.end + 1 : span.end + 5] if t.dep_ == "appos"), None)
        if appos is None:
            return False
        if appos.lemma_.lower() == "part":  # "X, part of the Y refugee complex"
            return any(place_noun(g) for p in appos.children if p.lower_ == "of" for g in p.children)
        return place_noun(appos, described=True)

    named = {
        m.text.lower()
        for m in out.mentions
        if not (d := out.actors[m.actor_id]).gazetteer and d.type in {"person", "organization"}
    }
    spans = [e for e in doc.ents if e.text.lower() in named]
    spans += [doc[m.start : m.end] for m in out.mentions if m.text.lower() in named]
    places = {span.text.lower() for span in spans if is_place(span)}
    for m in list(out.mentions):
        draft = out.actors.get(m.actor_id)
        if draft is not None and not draft.gazetteer and m.text.lower() in places:
            from actorgraph.actors.names import remove_mention  # names.py imports resolve, which imports this

            remove_mention(out, m)


def _places_elsewhere(out: DocActors, place_nouns: set[str]) -> None:
    """ "Tripoli, the north Lebanese port", "Valencia, a Venezuelan city", "Hyderabad, a city in southern
    Pakistan": a capital or a known place whose apposition places it in another state lies in that
    state; a capital of the same name is no metonym of its state here."""
    doc = out.doc

    def elsewhere(start: int, end: int, own: str) -> str | None:
        head = doc[start:end].root
        appos = next(
            (
                c
                for c in head.children
                if c.dep_ == "appos" and c.i >= end and c.lemma_.lower() in place_nouns
            ),
            None,
        )
        if appos is None:
            return None
        return next(
            (
                k.actor_id
                for t in appos.subtree
                if (k := out.by_token.get(t.i)) is not None
                and out.actors[k.actor_id].type == "country"
                and k.actor_id != own
            ),
            None,
        )

    for m in list(out.mentions):
        if m.resolved_by != "metonym" or out.actors[m.actor_id].type != "country":
            continue
        state = elsewhere(m.start, m.end, m.actor_id)
        if state is not None:
            from actorgraph.actors.names import remove_mention  # names.py imports resolve, which imports this

            remove_mention(out, m)
            out.places.update(dict.fromkeys(range(m.start, m.end), state))
    runs: dict[int, int] = {}  # token -> the first token of its place's name
    for i in sorted(out.places):
        same = out.places.get(i - 1) == out.places[i]
        runs[i] = runs[i - 1] if same and i - 1 in runs else i
    for i, start in runs.items():
        if runs.get(i + 1) == start:
            continue  # not the last token of the place's name
        state = elsewhere(start, i + 1, out.places[i])
        if state is not None:
            out.places.update(dict.fromkeys(range(start, i + 1), state))
