"""Where a person's name lies in the text: the name after a title (its hyphened suffix, "President-Elect
X", included), a name the tagger cut short, left untagged or took for no person beside a title or an
office in apposition, a person's name after a body's in one tagged organisation ("Chamber of Deputies
X"), a lone leader's surname, and a one-word place that is a person's given name ("Foreign Minister
Santiago Cafiero")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from actorgraph.actors.chrome import in_ranges
from actorgraph.actors.gazetteer import Gazetteer, read_grammar
from actorgraph.actors.person_names import _POSSESSIVE, _looks_like_person_name

__all__: list[str] = []

#: Words a hyphen joins to a title, of the title, not of the name after it: "President-Elect Biden".
_TITLE_SUFFIXES = frozenset({"elect", "designate"})


#: Prepositions before a place ("in Santos", "flew to Austin").
_AT_PLACE = frozenset({"in", "at", "near", "from", "to", "outside", "across", "inside"})


#: Entity labels a lone leader's surname may carry (the tagger's guess, or none): not a date or a sum.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "NORP", "GPE"})


#: Kinds of sector words that name a group or an organisation, never a person ("Rights", "Police",
#: "Guard", "Unit").
_ORG_TERMS = ("group", "state", "modifier", "generic")


#: Last words of bodies' names a person's name may follow in one tagged organisation ("Chamber of
#: Deputies X", "Congress of the Republic X"), besides the words of organisations.
_BODY_ENDS = frozenset({"corps", "deputies", "forces", "republic", "representatives"})


#: Nouns that end the names of bodies' units and works, never a person's name ("Asia Program").
_NO_NAME_WORDS = frozenset(
    {"desk", "fund", "initiative", "program", "programme", "project", "society", "studies", "team", "watch"}
)


#: A person's initials written as one word: "DK Pathak", "A.K. Antony".
_INITIALS = re.compile(r"[A-Z]{1,3}|(?:[A-Z]\.){1,3}")


#: The first words of two-word honorifics whose second word is "Sri": "Tan Sri", "Puan Sri".
_HONORIFIC_FIRSTS = frozenset({"tan", "puan"})
#: Honorifics "the" may open: "the Hon X", "the Honourable X".
_HONOURABLE = frozenset({"hon", "hon.", "honourable", "honorable"})


def _title_suffix(token: Token) -> bool:
    """Whether ``token`` ends a hyphened title: the "Elect" of "President-Elect"."""
    doc = token.doc
    return token.lower_ in _TITLE_SUFFIXES and token.i > 0 and doc[token.i - 1].text in {"-", "‐"}


def _title_word(word: str, titles: set[str]) -> bool:
    """Whether ``word`` (lower case) is a title or a title's plural: "Ministers" of "Foreign Ministers A
    and B", "Presidents", "Secretaries"."""
    if word in titles:
        return True
    if word.endswith("ies") and word[:-3] + "y" in titles:
        return True
    return len(word) > 3 and word.endswith("s") and word[:-1] in titles


def _title_before(doc: Doc, start: int, titles: set[str]) -> bool:
    """Whether a title ends right before token ``start``: "Senator X", "President-Elect X"."""
    return start > 0 and (doc[start - 1].lower_ in titles or _title_suffix(doc[start - 1]))


def _honorific(token: Token) -> bool:
    """Whether ``token`` is a word of an honorific that the titles alone do not tell: the "Tan" and
    "Sri" of "Tan Sri X", the "Sri" of "Dato' Sri X", the "the" of "the Hon X" ("Sri" and "Tan"
    also begin names: "Sri Mulyani", "Tan Keng Yam")."""
    doc, i = token.doc, token.i
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if token.lower_ in _HONORIFIC_FIRSTS:
        return nxt == "sri"
    if token.lower_ == "the":
        return nxt in _HONOURABLE
    if token.lower_ != "sri":
        return False
    while i > 0 and doc[i - 1].is_punct:
        i -= 1  # "Dato' Sri"
    return i > 0 and doc[i - 1].lower_ in _HONORIFIC_FIRSTS | {"dato", "datuk", "datin"}


def _strip_name(span: Span, titles: set[str]) -> Span | None:
    """Drop leading titles and honorifics and a trailing possessive from a PERSON span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        _title_word(doc[start].lower_, titles)
        or _honorific(doc[start])
        or doc[start].is_punct
        or doc[start].like_num
        or _title_suffix(doc[start])
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    if start >= end:
        return None
    last = doc[end - 1]
    for pos in _POSSESSIVE:
        if last.text.endswith(pos) and len(last.text) > len(pos) + 1:
            # "al-Abadi’s" kept as one token by the tokenizer: cut the characters.
            return doc.char_span(doc[start].idx, last.idx + len(last.text) - len(pos))
    return doc[start:end]


def _personal(
    span: Span, generic: set[str], particles: set[str], titles: set[str], *, single: bool = False
) -> bool:
    """Whether ``span`` reads as a person's name of two to four words (one with ``single``):
    capitalised proper nouns, none a word of an organisation's name ("Council", "Ministry") or a title
    ("Rear Admiral")."""
    organisation = _organisation_words()
    return (
        (1 if single else 2) <= len(span) <= 4
        and _looks_like_person_name(span.text, particles)
        and all(t.pos_ == "PROPN" or t.lower_ in particles for t in span)
        and not any(t.is_upper and len(t) > 1 for t in span)  # "DP X": an initialism is no name
        and not any(
            t.lower_ in generic or t.lower_ in organisation or _title_word(t.lower_, titles) for t in span
        )
        and not names_an_occasion_or_site(span)
    )


def names_an_occasion_or_site(span: Span) -> bool:
    """Whether a name ends in a word of events or facilities ("the ASEAN Defence [Ministers Meeting]",
    "a Police Recruit and [Investigations Training Centre]", "[Main Campus]": ``event_name_heads``,
    ``facility_name_heads``): an occasion or a site the tagger took for a person, no one's name."""
    return len(span) > 0 and span[-1].lower_ in _occasion_and_site_heads()


@cache
def _occasion_and_site_heads() -> frozenset[str]:
    grammar = read_grammar()
    return frozenset(grammar["event_name_heads"]) | frozenset(grammar["facility_name_heads"])


@cache
def _organisation_words() -> frozenset[str]:
    """Words of organisations' names, never of a person's: the heads of institutions ("Council",
    "Ministry") and the sector words that name a group or a body ("Rights", "Police")."""
    from actorgraph.actors.sectors import load_sectors  # sectors builds on the records

    terms = load_sectors().terms
    words = set(read_grammar()["institution_heads"])
    for kind in _ORG_TERMS:
        words.update(terms.get(kind, {}))
    return frozenset(words)


def _whole_name(ent: Span, titles: set[str], generic: set[str], particles: set[str]) -> Span:
    """A person's name the tagger cut short or in two, whole: the parser hangs every word of a name
    on its last one, so a capitalised proper noun with no entity that a word of the name hangs on, or
    that hangs on one, and a name of a person right after it that the first part hangs on, belong to
    it ("[Kim Kye] [Gwan]", "[Nguyen Minh] Vu", "Maruli [Simanjuntak]"); four words at most."""
    doc = ent.doc
    start, end = ent.start, ent.end

    def part(token: Token) -> bool:
        return (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and not token.ent_id_
            and _personal(doc[token.i : token.i + 1], generic, particles, titles, single=True)
        )

    while end < len(doc) and end - start < 4 and doc[end - 1].dep_ == "compound":
        nxt = doc[end]
        if doc[end - 1].head.i < end:
            break
        if not part(nxt) or (nxt.ent_type_ and (nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B")):
            break
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
            end += 1  # the rest of the second part
    while (
        start > 0
        and end - start < 4
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and part(doc[start - 1])
    ):
        start -= 1
    if start < ent.start and doc[start - 1].lower_ in {"for", "of"} and doc[start - 1].head.lower_ in titles:
        start = ent.start  # "Minister for Climate Change James Shaw": the words before are the portfolio's
    return doc[start:end] if end - start <= 4 else ent


def _titled_name(ent: Span, titles: set[str], generic: set[str], particles: set[str]) -> Span | None:
    """The person's name in an organisation the tagger made of a title and a name ("Prosecutor
    General Igor Krasnov", "Brigadier-General X"), else None."""
    stripped = _strip_name(ent, titles)
    if stripped is None or not _personal(stripped, generic, particles, titles):
        return None
    if stripped.start == ent.start and not (ent.start and ent.doc[ent.start - 1].lower_ in titles):
        return None  # no title in it nor before it
    return stripped


def _body_then_name(
    ent: Span, titles: set[str], generic: set[str], particles: set[str]
) -> tuple[Span, Span] | None:
    """The body and the person in an organisation the tagger made of a body's name and the name of
    the man who heads or sits in it ("India's Border Security Force DK Pathak", "Haiti's Chamber of
    Deputies Arnel Belizaire"): two or three capitalised proper nouns (the first may be initials,
    "DK") after a word that ends bodies' names, else None."""
    ends = _organisation_words() | generic | _BODY_ENDS
    for k in range(len(ent) - 2, max(len(ent) - 4, 1) - 1, -1):
        name = ent[k:]
        if ent[k - 1].lower_ not in ends or not ent[k - 1].text[:1].isupper():
            continue
        words = name if not _INITIALS.fullmatch(name[0].text) else name[1:]
        if any(t.lower_ in _NO_NAME_WORDS for t in name):
            return None  # "the International Crisis Group Asia Program": a body's unit
        if words and _personal(words, generic, particles, titles, single=len(words) == 1):
            return ent[:k], name
    return None


def _stray(token: Token) -> bool:
    """No entity, or one the data does not know that the tagger took for no person: a place, a body,
    a product ("[Kailash] Raj Pokharel" GPE, "[Olusegun Adeyemi Bakare]" ORG, "Randhir [Jaiswal]"
    PRODUCT)."""
    return not token.ent_type_ or (token.ent_type_ != "PERSON" and not token.ent_id_)


def _office_of_state_before(doc: Doc, start: int, titles: set[str]) -> bool:
    """Whether a title (capitalised or lower case) with an "of" phrase naming a state the data knows ends
    right before token ``start``: "the Foreign Minister of Japan [Taro Kono]", "the ambassador of the
    Philippines [X Y]". The tagger often takes the name after the state for no one's."""
    end = start - 1
    if end < 0 or doc[end].ent_type_ != "GPE" or not doc[end].ent_id_:
        return False
    first = end
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if doc[first].ent_iob_ != "B":
        return False
    before = first - 1 if first > 0 and doc[first - 1].lower_ == "the" else first
    if before < 2 or doc[before - 1].lower_ != "of":
        return False
    office = doc[before - 2]
    return (office.is_title or office.is_lower) and _title_word(office.lower_, titles)


def _untagged_titled_names(
    doc: Doc, titles: set[str], generic: set[str], particles: set[str], chrome: list[tuple[int, int]]
) -> list[Span]:
    """Names right after a title that the tagger left untagged or labelled in part as no person
    ("foreign ministry spokesperson Randhir [Jaiswal]" PRODUCT, "Lieutenant Colonel [Brijesh Panday]"):
    two to four capitalised proper nouns, the first untagged, none a title or a word of an
    organisation's name, ending where the noun phrase and any entity in it do."""
    found = []
    i = 1
    while i < len(doc):
        titled = _title_word(doc[i - 1].lower_, titles) or _office_of_state_before(doc, i, titles)
        if not titled or doc[i].ent_type_ or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and _stray(doc[end]):
            if _title_word(doc[end].lower_, titles):
                break
            end += 1
        span = doc[i:end]
        if (
            end > i
            and (end == len(doc) or (doc[end].pos_ != "PROPN" and doc[end].ent_iob_ != "I"))
            and _personal(span, generic, particles, titles)
            and not in_ranges(span.start_char, span.end_char, chrome)
        ):
            found.append(span)
        i = max(end, i + 1)
    return found


def _apposed_title(doc: Doc, comma: int, titles: set[str]) -> bool:
    """Whether an office noun opens the apposition after the comma at ``comma``, hung on the word
    before it: right after the comma or after its own article, owner and modifiers ("X Y, director
    of ...", "X Y, the director of ...", "X Y, Poland's deputy defence minister")."""
    for token in doc[comma + 1 : comma + 8]:
        if token.dep_ == "appos" and token.head.i == comma - 1:
            return (
                (token.is_title or token.is_lower)
                and token.lower_ in titles
                and token.left_edge.i == comma + 1
            )
    return False


def _title_before_comma(name: Span, titles: set[str]) -> bool:
    """Whether the parser hangs ``name``, right after a comma, on an office noun whose phrase ends at
    that comma ("Ukraine's deputy prime minister, X Y, said", "the director of Portugal's border
    agency, X Y, said")."""
    doc, comma = name.doc, name.start - 1
    office = name[-1].head
    return (
        name[-1].dep_ == "appos"
        and office.i < comma
        and (office.is_title or office.is_lower)
        and office.lower_ in titles
        and not any(t.text == "," for t in doc[office.i : comma])
    )


def _untagged_apposed_names(
    doc: Doc, titles: set[str], generic: set[str], particles: set[str], chrome: list[tuple[int, int]]
) -> list[Span]:
    """Names the tagger left untagged on either side of an office of a state in apposition
    ("[Kailash Raj Pokharel], Ambassador of Nepal to ...", "President of the Republic of Guinea-Bissau,
    [Umaro Sissoco Embalo]"): two to four capitalised proper nouns, none a title, after a comma that
    follows a capitalised title with its "of" phrase (no comma between), or before a comma and a title
    (capitalised or lower-case: "X Y, director of the Z bureau of ...", also after its article, owner and
    modifiers: "X Y, Poland's deputy defence minister") the parser hangs on the name as an apposition,
    or after an office noun whose phrase ends at the comma before the name, the name its apposition
    ("Ukraine's deputy prime minister, X Y, said")."""
    found = []
    i = 0
    untagged = _stray
    while i < len(doc):
        if not untagged(doc[i]) or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 5 and doc[end].pos_ == "PROPN" and untagged(doc[end]):
            if doc[end].lower_ in titles:
                break
            end += 1
        span = doc[i:end]
        before = doc[max(i - 10, 0) : i - 1] if i > 1 and doc[i - 1].text == "," else None
        after = end + 1 < len(doc) and doc[end].text == "," and _apposed_title(doc, end, titles)
        titled = before is not None and (
            any(
                t.is_title
                and t.lower_ in titles
                and t.nbor().lower_ == "of"
                and "," not in doc[t.i : i - 1].text
                for t in before
            )
            or (end > i and _title_before_comma(doc[i:end], titles))
        )
        entities = {t.ent_iob_ for t in span if t.ent_type_}
        if (
            1 < end - i <= 4
            and (not entities or (doc[i].ent_iob_ != "I" and (end == len(doc) or doc[end].ent_iob_ != "I")))
            and (i == 0 or doc[i - 1].pos_ != "PROPN" or doc[i - 1].text == ",")
            and (end == len(doc) or doc[end].pos_ != "PROPN")
            and (after or titled)
            and _personal(span, generic, particles, titles)
            and not in_ranges(span.start_char, span.end_char, chrome)
        ):
            found.append(span)
        i = max(end, i + 1)
    return found


def _lone_name(token: Token) -> bool:
    """Whether ``token`` is a capitalised name of one word, no part of a longer name, a date or a
    place ("Modi", "Guterres" the tagger took for a plural noun; not "Modi Nagar", "May 5", "in Santos")."""
    doc = token.doc
    if not (token.text[:1].isupper() and token.text[1:].islower()) or token.ent_type_ not in _NAME_LABELS:
        return False
    if token.pos_ != "PROPN" and not (token.ent_type_ and token.ent_iob_ == "B"):
        return False
    if token.ent_type_ == "GPE" and token.head.lower_ in _AT_PLACE:
        return False  # "fans in Santos", "moved to Austin": a place, whatever a leader is called
    if token.ent_type_ and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        # "[Kiir and Machar] signed": the tagger's one entity for a list of names; the name before the
        # "and" stands alone (not "Johnson and Johnson", a firm named after one name twice)
        listed = (
            doc[token.i + 1].lower_ == "and"
            and token.i + 2 < len(doc)
            and doc[token.i + 2].pos_ == "PROPN"
            and doc[token.i + 2].lower_ != token.lower_
        )
        if not listed:
            return False
    return not any(
        0 <= i < len(doc)
        and doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
        and not _title_suffix(doc[i])  # "President-Elect Biden": the title's word
        for i in (token.i - 1, token.i + 1)
    )


def _given_name_before_person(ent: Span, nouns: set[str]) -> Span | None:
    """ "[Sydney] [Cohen], an Israeli lawmaker", "[Sebastien] [Lai] urged Britain": a one-word place or
    body that only the tagger saw (a place of the data's too, not a state's name, capital or demonym)
    which the parser hangs as a compound on the next word, a one-word person of the tagger's, is that
    person's given name: the two words are the name, and the surname alone is no other person the data
    or the story knows by it (Eli Cohen, Jimmy Lai). Not after another proper noun, nor an office's or a
    body's word ("Senate Smith")."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or ent.label_ == "PERSON":
        return None
    first, last = ent[0], doc[ent.end]
    _, _, how = first.ent_id_.partition("|")
    if first.ent_id_ and how != "place":
        return None
    if not (first.is_alpha and first.is_title) or first.lower_ in nouns:
        return None
    if ent.start and doc[ent.start - 1].pos_ == "PROPN":
        return None
    alone = ent.end + 1 == len(doc) or doc[ent.end + 1].ent_iob_ != "I"
    if not (last.ent_type_ == "PERSON" and last.ent_iob_ == "B" and not last.ent_id_ and alone):
        return None
    if first.dep_ != "compound" or first.head.i != last.i or not last.is_title:
        return None
    return doc[ent.start : ent.end + 1]


def _namesake_taken_for_body(ent: Span, surnames: set[str], nouns: set[str]) -> bool:
    """ "Jimmy Lai ... [Sebastien Lai] said": an organisation, place or people only the tagger found,
    two or three capitalised words, none of offices or bodies, that ends in the family name of a person
    the tagger found elsewhere in the story (a full name) is a person of that family, not a body."""
    if ent.label_ not in {"ORG", "GPE", "NORP"} or ent.ent_id_ or not 2 <= len(ent) <= 3:
        return False
    if ent[-1].lower_ not in surnames:
        return False
    if ent[-1].dep_ == "conj" and ent[-1].head.ent_type_ in {"GPE", "LOC"}:
        return False  # "Europe and [Africa Erdogan] has ...": a list of places run into a name
    return all(t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.lower_ not in nouns for t in ent)


#: The kinds of the data's bodies whose one-word name may be a person's family name.
_NAMESAKE_BODIES = frozenset({"armed_group", "organization"})


def _names_ending_in_a_body(doc: Doc, gazetteer: Gazetteer, nouns: set[str]) -> list[Span]:
    """ "Nathalie Mbuyi [Wagner], a Congolese diplomat", "Sophie Kabila [Hezbollah], a lawyer": a body
    of the data named by one word (an armed group or an organisation; not an outlet, "Thomson
    Reuters", nor an international one) that one to three capitalised proper
    nouns before it, with no id of their own and no word of offices or bodies, hang on as compounds
    is the family name of a person: the words are that person's name, no mention of the body."""
    found = []
    for ent in doc.ents:
        actor_id, _, how = ent.ent_id_.partition("|")
        rec = gazetteer.get(actor_id) if actor_id else None
        if len(ent) != 1 or rec is None or how not in {"", "gazetteer"} or rec.type not in _NAMESAKE_BODIES:
            continue
        start = ent.start
        while (
            start > 0
            and ent.start - start < 3
            and (word := doc[start - 1]).pos_ == "PROPN"
            and word.is_alpha
            and word.is_title
            and not word.ent_id_
            and word.lower_ not in nouns
            and word.dep_ == "compound"
            and start - 1 < word.head.i <= ent.start
        ):
            start -= 1
        if start == ent.start or (start > 0 and doc[start - 1].pos_ == "PROPN"):
            continue
        if ent.end < len(doc) and doc[ent.end].pos_ == "PROPN":
            continue
        found.append(doc[start : ent.end])
    return found


def _given_name_place(ent: Span, nouns: set[str], titles: set[str], *, of_state: bool = False) -> Span | None:
    """ "Nasser Kan'ani strongly condemned ... Kan'ani added": a place of one word the parser hangs on a
    capitalised word no entity holds, which the article uses alone as a name elsewhere, is the given
    name of that person; the two words are the name (not "Gaza City", "Kabul University": no word of
    offices or organisations, and the second word recurs alone). Right after a capitalised title
    ("Foreign Minister [Almaty] Nurlanov") the two words are a name without recurring, and the second
    may be a one-word entity the tagger alone took for no person ("Trade Minister [Adelaide]
    [Kerrigan]" GPE). A state's capital or one-word name (``of_state``) is a given name only right
    after such a title ("Foreign Minister [Santiago] Cafiero", "Senator [Jordan] X"); where the tagger
    found the surname a person of its own, the word alone is returned: the given name of that person,
    no mention."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return None
    first, last = ent[0], doc[ent.end]
    titled = ent.start > 0 and doc[ent.start - 1].lower_ in titles and doc[ent.start - 1].text[:1].isupper()
    if of_state and not titled:
        return None
    if of_state and last.ent_type_ == "PERSON" and last.ent_iob_ == "B" and first.head.i == last.i:
        return ent  # "Deputy Minister [Paris] [Koutsoukos]": the person is the tagger's
    tagged = bool(last.ent_type_) and not (
        titled
        and last.ent_type_ != "PERSON"
        and not last.ent_id_
        and last.ent_iob_ == "B"
        and (ent.end + 1 == len(doc) or doc[ent.end + 1].ent_iob_ != "I")
    )
    if first.dep_ != "compound" or first.head.i != last.i or last.pos_ != "PROPN" or tagged:
        return None
    if (
        not last.text[:1].isupper()
        or last.lower_ in nouns
        or (ent.start and doc[ent.start - 1].pos_ == "PROPN" and not titled)
    ):
        return None
    if ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ == "PROPN":
        return None
    alone = titled or any(
        t.text == last.text
        and t.i != last.i
        and t.pos_ == "PROPN"
        and (t.i == 0 or doc[t.i - 1].text != first.text)
        for t in doc
    )
    return doc[ent.start : ent.end + 1] if alone else None
