"""Bodies the text itself introduces by a noun of people: "a militia called X", "fighters of X".

* A noun of a group that the text names ("a militia called the X Front", "an armed group known as
  the Y", "a faction named Z") is the named body: one node, not a group of the story's state.
* The ranks of a named body ("fighters of the X Army", "members of the Y Movement", "militants from
  the Z Forces") are that body, as "Hezbollah fighters" are Hezbollah.
* A capitalised name ending in a word of organisations ("the Sudan Liberation Movement") is one
  name, not the state the gazetteer found in it: the ranks' "of" phrase makes it a name.

* An international organisation's name followed by the name of an organ ("the OSCE Parliamentary
  Assembly", "the UN Working Group on Arbitrary Detention") is that organ, affiliated with its parent.

* A capital or a place right before "Group", "Club" or "Format" ("the Lima Group", "the Paris Club",
  "the OSCE Minsk Group") names a group of states after the city, not the city's state.

* A capital right before a noun of a document, a process or a meeting ("the Vienna Convention", "the
  Minsk process", "the Doha agreement", "the Hanoi summit") names where it was signed or held: no
  mention of the capital's state.

* A place, then capitalised words up to a word of bodies ("the Zaporizhzhia Brigade", "the Tigray
  Regional Government", "the Darfur Joint Protection Force"), is one body of that place's state.

* A state's name or demonym, then capitalised words up to a word of civil bodies and the head's "of"
  phrase ("the Japan Foundation", "Vietnam Airlines", "the Indonesian Chamber of Commerce and
  Industry"), is one organisation of that state, which does what the body does; a state's organs
  ("the Ukrainian Defence Ministry") stay its organs.

An organisation only the tagger found that an armed noun describes ("a militia called X") is an
armed group. Runs before :func:`actorgraph.actors.groups.find_groups`, which then leaves these
nouns alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.names import remove_mention
from actorgraph.actors.resolve import ActorDraft, Affiliation, DocActors, MentionSpan, slug
from actorgraph.actors.sectors import SectorData, load_sectors, sector_class

__all__ = ["introduced_bodies"]

#: Prepositions from the ranks to the body.
_OF = frozenset({"of", "from"})
#: Actor types that have ranks of their own (not states or their alliances: "members of NATO").
_BODY_TYPES = frozenset({"armed_group", "organization"})
#: Small words inside an organ's name: "Working Group on Arbitrary Detention", "Office for ... and ...".
_NAME_LINKS = frozenset({"on", "for", "of", "and", "the", "&", "'", "’"})
#: How a capital qualifies the noun after it: "the Minsk process", "the Moscow ceasefire declaration".
_QUALIFIERS = frozenset({"compound", "amod", "nmod"})
#: Parts of speech of the capitalised words of an organ's name ("Panel", "Integrated", "Assembly").
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})
#: Words that open the phrase after a civil body's head word: "Chamber of Commerce", "Institute for Peace".
_TAIL_LINKS = frozenset({"of", "for"})
#: Suffixes of a company's name: "... Industry Inc.".
_COMPANY_SUFFIXES = frozenset({"Inc", "Ltd", "Co", "Corp", "LLC", "PLC"})


def introduced_bodies(out: DocActors) -> None:
    """Resolve to the named body every noun of people the text ties to a name (in place)."""
    grammar = read_grammar()
    generic = set(grammar["generic_org_words"])
    words = grammar["introduced_bodies"]
    named_nouns, naming, ranks = (
        set(words["named_nouns"]),
        set(words["naming_participles"]),
        set(words["ranks"]),
    )
    _igo_organs(out, set(words["organ_heads"]))
    _place_named_groups(out, set(words["place_group_heads"]))
    _place_named_events(out, set(words["place_event_heads"]))
    _place_named_bodies(out, set(words["place_body_heads"]), set(words["armed_body_heads"]))
    _state_named_bodies(out, set(words["state_body_heads"]))
    data = load_sectors()
    for token in out.doc:
        if token.i in out.by_token or token.pos_ != "NOUN" or out.is_chrome(out.doc[token.i : token.i + 1]):
            continue
        lemma = token.lemma_.lower()
        body = None
        if lemma in named_nouns or _armed(token, data):
            body = _called(token, out, generic, naming)
        if body is None and (lemma in ranks or token.lower_ in ranks) and token.tag_ == "NNS":
            body = _ranks_of(token, out, generic)
        if body is None:
            continue
        draft = out.actors[body]
        if not draft.gazetteer and draft.type == "organization" and _armed(token, data):
            draft.type = "armed_group"  # "a militia called the X Front": the tagger's ORG is armed
        out.add_mention(out.doc[token.i : token.i + 1], body, "coreference")


def _armed(token: Token, data: SectorData) -> bool:
    """Whether the noun, or a modifier of it, names armed people ("militia", "armed group", "rebel group")."""
    words = [token.lemma_.lower()]
    words += [c.lemma_.lower() for c in token.children if c.dep_ in {"amod", "compound"}]
    for word in words:
        sector = data.term("group", word) or data.term("modifier", word)
        if sector and sector_class(sector) == "armed":
            return True
    return "armed" in words[1:]


def _called(token: Token, out: DocActors, generic: set[str], naming: set[str]) -> str | None:
    """The body a naming participle on ``token`` names: "a militia called X", "a group known as X"."""
    participles = [c for c in token.children if c.dep_ == "acl"]
    if token.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
        participles.append(token.head)  # "A militia called X attacked ...": the parser's main verb
    for child in participles:
        if child.lemma_.lower() not in naming or child.i != token.i + 1:
            continue
        for named in child.children:
            if named.dep_ in {"oprd", "dobj", "attr", "xcomp"} and named.i > child.i:
                return _body_at(named, out, generic, any_name=True)
            if named.dep_ in {"prep", "agent"} and named.lower_ == "as":
                objects = [o for o in named.children if o.dep_ == "pobj"]
                if objects:
                    return _body_at(objects[0], out, generic, any_name=True)
    return None


def _ranks_of(token: Token, out: DocActors, generic: set[str]) -> str | None:
    """The body whose ranks ``token`` names: "fighters of the X Army", "members from the Y Front"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _OF and child.i == token.i + 1:
            objects = [o for o in child.children if o.dep_ == "pobj"]
            body = _body_at(objects[0], out, generic, any_name=False) if objects else None
            draft = out.actors[body] if body is not None else None
            if draft is not None and draft.gazetteer and draft.country and draft.type != "armed_group":
                return None  # "members of the U.S. Senate": a state's organ, whose members are its people
            return body
    return None


def _name_span(head: Token) -> Span | None:
    """The capitalised name whose last word is ``head`` (its compounds and capitalised words before
    it, and an "of"/"for" tail of capitalised words: "the Guardians of the Valley"), without "the"."""
    doc = head.doc
    if not head.text[:1].isupper() or head.pos_ != "PROPN":
        return None
    start = head.i
    while start > 0 and doc[start - 1].dep_ in {"compound", "amod"} and doc[start - 1].text[:1].isupper():
        start -= 1
    end = head.i + 1
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "for"} and prep.i == end:
            tail = [t for t in prep.subtree]
            if tail and all(t.text[:1].isupper() or t.lower_ in {"of", "for", "the", "and"} for t in tail):
                end = tail[-1].i + 1
    return doc[start:end]


def _body_at(head: Token, out: DocActors, generic: set[str], *, any_name: bool) -> str | None:
    """The non-state body named by the phrase whose head is ``head``: its actor, or a new one for a
    capitalised name the gazetteer and the tagger missed or cut ("the Sudan Liberation Movement").
    With ``any_name`` (the text says it is a name) any capitalised name is one; else only one ending
    in a word of organisations ("Movement", "Front", "Army")."""
    found = out.by_token.get(head.i)
    if found is not None:
        draft = out.actors[found.actor_id]
        return found.actor_id if draft.type in _BODY_TYPES else None
    span = _name_span(head)
    if span is None or not (any_name or head.lower_ in generic):
        return None
    inside: list[MentionSpan] = []
    for i in range(span.start, span.end):
        m = out.by_token.get(i)
        if m is not None and all(m is not seen for seen in inside):
            inside.append(m)
    if any(m.end > span.end or any(t.lower_ != "the" for t in out.doc[m.start : span.start]) for m in inside):
        return None  # a mention that runs out of the name: the parse, not the name
    if any(out.actors[m.actor_id].type not in {"country", *_BODY_TYPES} for m in inside):
        return None  # a person's name in it: "the Abu Bakr Brigade" is left to the tagger
    actor_id = "ORG_" + slug(span.text)
    _take(out, span, ActorDraft(id=actor_id, name=span.text, type="organization"))
    return actor_id


def _igo_organs(out: DocActors, heads: set[str]) -> None:
    """ "the OSCE Parliamentary Assembly", "the United Nations Working Group on Arbitrary Detention",
    "the EU Commission on Civil Protection": an international organisation's name followed by the
    name of one of its organs (capitalised words up to a head of ``organ_heads``, then an "on"/"for"/
    "of" phrase of capitalised words, or two words at least: "the EU Commission" stays the EU) is the
    organ, an actor of its own affiliated with its parent."""
    doc = out.doc
    for mention in sorted(out.mentions, key=lambda m: m.start):
        parent = out.actors.get(mention.actor_id)
        if parent is None or parent.type != "igo" or mention not in out.mentions:
            continue
        end = mention.end
        while end < len(doc) and doc[end].pos_ in _NAME_POS and doc[end].is_title and end not in out.by_token:
            end += 1
        if doc[end - 1].lower_ not in heads:
            continue  # ("the EU Commission" may be the data's own name of the EU: its phrase still names one)
        words = end - mention.end
        tail = end
        while tail < len(doc) and doc[tail].lower_ in {"on", "for", "of"} and tail + 1 < len(doc):
            nxt = tail + 1
            while nxt < len(doc) and (
                (doc[nxt].is_title and _free(out, nxt))
                or (doc[nxt].lower_ in _NAME_LINKS and nxt + 1 < len(doc) and doc[nxt + 1].is_title)
            ):
                nxt += 1
            if nxt == tail + 1 or not doc[nxt - 1].is_title:
                break
            tail = nxt
        if tail == end and words < 2:
            continue  # "the EU Commission", "the UN Council": the organisation itself, as the data reads it
        start = mention.start + (doc[mention.start].lower_ == "the")
        span = doc[start:tail]
        organ = f"{parent.id}_{slug(doc[mention.end : tail].text)}"
        # "Humanitarian Aid" the tagger took for a person, "on Libya": words of the organ's name
        _take(out, span, ActorDraft(id=organ, name=span.text, type="igo"), parent.id)


def _free(out: DocActors, i: int) -> bool:
    """Whether token ``i`` may be a word of an organ's name: no organisation or person the data knows,
    only what the tagger alone read there, or a state ("Panel of Experts on Libya", "Bureau for Haiti")."""
    found = out.by_token.get(i)
    return (
        found is None
        or not out.actors[found.actor_id].gazetteer
        or out.actors[found.actor_id].type == "country"
    )


def _place_named_groups(out: DocActors, heads: set[str]) -> None:
    """ "the Lima Group", "the Paris Club", "the OSCE Minsk Group": a capital or a place right before
    a noun of ``place_group_heads`` names a group of states after the city it met in, no state and
    no place (an organ of the organisation named right before it, with its parent)."""
    doc = out.doc
    places = sorted(out.places)
    spans = [(m.start, m.end) for m in out.mentions if m.resolved_by == "metonym"]
    spans += [(i, i + 1) for i in places if i - 1 not in out.places]
    for start, end in sorted(spans):
        while end in out.places and out.places[end] == out.places.get(start):
            end += 1  # a place of several words
        if end >= len(doc) or doc[end].lower_ not in heads or end in out.by_token:
            continue
        if doc[end - 1].head.i != end:
            continue  # the place qualifies the noun: "the Lima Group", not "talks in Lima, the group said"
        parent = out.by_token.get(start - 1) if start else None
        igo = parent.actor_id if parent is not None and out.actors[parent.actor_id].type == "igo" else None
        first = parent.start if igo is not None and parent is not None else start
        first += doc[first].lower_ == "the"
        span = doc[first : end + 1]
        body = f"{igo}_{slug(doc[start : end + 1].text)}" if igo else "ORG_" + slug(span.text)
        _take(out, span, ActorDraft(id=body, name=span.text, type="igo"), igo)


def _place_named_events(out: DocActors, heads: set[str]) -> None:
    """ "the Vienna Convention", "the Minsk process", "the Addis Ababa accord", "the Moscow ceasefire
    declaration": a capital that qualifies a noun of ``place_event_heads`` (a document, a process, a
    meeting), itself or through the nouns and adjectives between them, names where it was signed or
    held, and is no mention of its state ("Vienna summoned the envoy" still is; "Moscow's plan" is
    Russia's: a possessive is no such qualifier)."""
    doc = out.doc
    for mention in [m for m in out.mentions if m.resolved_by == "metonym"]:
        if out.actors[mention.actor_id].type != "country":
            continue
        token = doc[mention.end - 1]
        while token.dep_ in _QUALIFIERS and mention.end <= token.head.i <= mention.end + 2:
            token = token.head
            if token.lower_ in heads:
                remove_mention(out, mention)
                break


def _place_named_bodies(out: DocActors, heads: set[str], armed: set[str]) -> None:
    """ "the Zaporizhzhia Brigade", "the Tigray Regional Government", "the Darfur Joint Protection
    Force": a place, then capitalised words up to a head of ``place_body_heads``, is one body of that
    place's state (an armed group if its head is one of ``armed_body_heads``), not the place."""
    doc = out.doc
    starts = [i for i in sorted(out.places) if i - 1 not in out.places]
    starts += [m.start for m in out.mentions if m.resolved_by == "metonym"]
    for start in sorted(starts):
        state = out.places.get(start)
        at = out.by_token.get(start)
        if state is None and at is not None:
            state = at.actor_id
        end = at.end if at is not None else start + 1
        while end in out.places and out.places[end] == state:
            end += 1  # a place of several words
        head = end
        while head < len(doc) and doc[head].is_title and doc[head].pos_ in _NAME_POS and _free(out, head):
            if doc[head].lower_ in heads and (head + 1 >= len(doc) or not doc[head + 1].is_title):
                break
            head += 1
        if head >= len(doc) or doc[head].lower_ not in heads or not doc[head].is_title:
            continue
        first = start + (doc[start].lower_ == "the")
        span = doc[first : head + 1]
        if any(t.head.i < first or t.head.i > head for t in span if t.i != head):
            continue  # the words hang elsewhere: "in Darfur, Force commanders said"
        kind = "armed_group" if doc[head].lower_ in armed else "organization"
        country = state if state and out.ensure_actor(state) else None
        _take(out, span, ActorDraft(id="ORG_" + slug(span.text), name=span.text, type=kind, country=country))


def _state_named_bodies(out: DocActors, heads: set[str]) -> None:
    """ "the Japan Foundation", "Vietnam Airlines", "the Philippines Chinese Chamber of Commerce and
    Industry Inc.": a state's name or demonym (the first word of the name), then capitalised words up
    to a head of ``state_body_heads`` (a civil body's, never a state organ's), with the head's "of" or
    "for" phrase and a company suffix, is one organisation of that state, not the state."""
    doc = out.doc
    for mention in sorted(out.mentions, key=lambda m: m.start):
        state = mention.actor_id
        if mention not in out.mentions or out.actors[state].type != "country":
            continue
        if mention.resolved_by not in {"gazetteer", "demonym"}:
            continue
        if mention.start > 0 and doc[mention.start - 1].is_title and doc[mention.start - 1].pos_ == "PROPN":
            continue  # the state is not the first word of the name
        head = mention.end
        while head < len(doc) and doc[head].is_title and doc[head].pos_ in _NAME_POS and _free(out, head):
            if doc[head].lower_ in heads:
                break
            head += 1
        if head >= len(doc) or doc[head].lower_ not in heads or not doc[head].is_title:
            continue
        span = doc[mention.start + (doc[mention.start].lower_ == "the") : _name_tail(out, head + 1)]
        if any(not span.start <= t.head.i < span.end for t in span if t.i != span.root.i):
            continue  # the words hang elsewhere: no one name
        _take(out, span, ActorDraft(id="ORG_" + slug(span.text), name=span.text, type="organization"))
        if out.ensure_actor(state):
            out.actors["ORG_" + slug(span.text)].country = state


def _name_tail(out: DocActors, i: int) -> int:
    """Where a body's name ends after its head word at ``i - 1``: its "of"/"for" phrase of capitalised
    words ("Chamber [of Commerce and Industry]"; "and" only inside that phrase), then a company
    suffix ("Inc.")."""
    doc = out.doc
    end = i
    inside = False
    while i + 1 < len(doc) and (doc[i].lower_ in _TAIL_LINKS or (inside and doc[i].lower_ in {"and", "&"})):
        j = i + 1 + (doc[i + 1].lower_ == "the")
        if not (j < len(doc) and doc[j].is_title and doc[j].pos_ in _NAME_POS and _free(out, j)):
            break
        i = j
        while i < len(doc) and doc[i].is_title and doc[i].pos_ in _NAME_POS and _free(out, i):
            i += 1
        end, inside = i, True
    if end < len(doc) and doc[end].text.rstrip(".") in _COMPANY_SUFFIXES:
        end += 1
    return end


def _take(out: DocActors, span: Span, draft: ActorDraft, parent: str | None = None) -> None:
    """Make ``span`` a mention of the body ``draft`` (its draft unless the document has one already):
    the mentions and places inside it go ("the Zaporizhzhia Brigade" locates nothing), and an organ
    is affiliated with its ``parent``, which stays an actor though its mention went."""
    for i in range(span.start, span.end):
        if (inner := out.by_token.get(i)) is not None and inner in out.mentions:
            remove_mention(out, inner)
        out.places.pop(i, None)
    known = parent is not None and out.ensure_actor(parent)
    if draft.id not in out.actors:
        out.actors[draft.id] = draft
        if parent is not None and known:
            out.affiliations.append(Affiliation(draft.id, parent, span.sent, span.text, True))
    out.add_mention(span, draft.id, "ner")
