"""Which organisations a name the tagger found is, and which names are no body: the state that owns an
organ ("Russia's Defence Ministry"), a body named after its owner ("[China] Council for ..."), an
organisation named as the data writes it, and names of documents, programmes, days and vessels."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from actorgraph.actors.gazetteer import Gazetteer, read_grammar, without_accents
from actorgraph.actors.person_names import _POSSESSIVE
from actorgraph.actors.records import DocActors

__all__ = ["organ_name"]

#: How a state or its organ outside an organisation's name owns it: "Russia's", "Ukrainian", "the Pentagon's".
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


#: Heads of bodies' names besides the institutions' ("Council", "Commission"): "the X River Alliance".
_BODY_HEADS = frozenset(
    {"alliance", "association", "authority", "board", "federation", "front", "group", "institute", "movement"}
)


#: Kinds of actors named as the article writes them, where that is one of the data's spellings.
_WRITTEN_TYPES = frozenset({"person", "igo", "organization", "armed_group", "media"})


#: Lower-case words of organisations' names ("Peace and Security Council").
_NAME_FUNCTION_WORDS = frozenset({"and", "for", "in", "of", "on", "the", "to"})


#: Heads of organs' names besides institutions' and the definite organs ("the Coast Guard").
_ORGAN_HEADS = frozenset({"ministry", "guard"})


#: Words an organ's name may or may not write: "Ministry of Foreign Affairs", "Foreign Ministry".
_ORGAN_FILLERS = frozenset({"the", "of", "affairs", "for"})


def _clean_org(ent: Span, generic: set[str]) -> Span | None:
    """An NER organisation name without "the" and a possessive, or None when it is no name.

    A name has a proper noun in it, does not end on a preposition or conjunction ("Clinical
    Research Unit of"), and is not one generic word ("Council", "Commerce").
    """
    start, end = ent.start, ent.end
    doc = ent.doc
    if doc[start].lower_ == "the":
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    if not any(t.pos_ == "PROPN" for t in span) or span[-1].pos_ in {"ADP", "CCONJ", "DET"}:
        return None
    if len(span) == 1 and span[0].lower_ in generic:
        return None
    return span


def _owner_state(ent: Span, out: DocActors) -> str | None:
    """The state a name outside ``ent`` makes it the organ of: the possessor or the demonym of its
    head ("Russia's Defence Ministry", "the Ukrainian Defence Ministry"), a state's organ that
    possesses it ("the Pentagon's Defense Intelligence Agency"), or the state or organ of an "of"
    right after it ("the Ministry of Foreign Affairs of Myanmar", "the X Commission of the State
    Council"), or ``None``."""
    doc = ent.doc
    owners = [c for c in ent.root.children if not ent.start <= c.i < ent.end and c.dep_ in _OWNER_DEPS]
    portfolio = ent.start > 0 and doc[ent.start - 1].lower_ in {"for", "of"}  # "Minister for [X] of Y"
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and ent.start <= doc[ent.end].head.i < ent.end:
        owners += [c for c in doc[ent.end].children if c.dep_ == "pobj" and not portfolio]
    for child in owners:
        m = out.by_token.get(child.i)
        draft = out.actors[m.actor_id] if m is not None else None
        if draft is None:
            continue
        if draft.type == "country":
            return draft.id
        state = draft.country if draft.gazetteer and draft.type == "organization" else None
        if state is not None and out.ensure_actor(state):
            return state
    return None


def _organ_words(span: Span) -> frozenset[str]:
    """The words an organ's name is told by in either order: "Ministry of Foreign Affairs" and "Foreign
    Ministry" are {"foreign", "ministry"}."""
    return frozenset(t.lower_ for t in span if t.lower_ not in _ORGAN_FILLERS and not t.is_punct)


def organ_name(ent: Span) -> bool:
    """Whether a name is an organ's: two words or more, headed by "ministry", "guard", an institution's
    head or a definite organ ("Foreign Ministry", "Coast Guard"; not "Agriculture [Minister X]", a
    surname, "Ministries of ...")."""
    grammar = read_grammar()
    heads = _ORGAN_HEADS.union(grammar["institution_heads"], grammar["definite_organs"])
    return len(_organ_words(ent)) >= 2 and ent.root.lower_ in heads


def _written_owner(ent: Span, out: DocActors) -> str | None:
    """ "The Peruvian Defense Ministry said ... Defense Ministry spokesman X": an organ's name written
    bare whose words the document writes elsewhere right after one state (a demonym, a state or its
    possessive; "the Thai Ministry of Foreign Affairs" for "the Foreign Ministry" too), where the tagger
    found no name, is that state's organ; ``None`` when no state or several states write it that way."""
    doc = ent.doc
    words = _organ_words(ent)
    if not organ_name(ent):
        return None
    states: set[str] = set()
    for m in out.mentions:
        if out.actors[m.actor_id].type != "country":
            continue
        k = m.end + 1 if m.end < len(doc) and doc[m.end].text in _POSSESSIVE else m.end
        for end in range(k + len(words), min(k + len(words) + 3, len(doc)) + 1):
            # the name right after the state: "[Peru] Foreign Ministry", "[Peru's] Ministry of ..."
            span = doc[k:end]
            if k == ent.start or span[0].lower_ in _ORGAN_FILLERS or span[-1].lower_ in _ORGAN_FILLERS:
                continue
            if not any(t.is_punct for t in span) and _organ_words(span) == words:
                states.add(m.actor_id)
    return next(iter(states)) if len(states) == 1 else None


def _named_after_owner(doc: Doc, gazetteer: Gazetteer, heads: frozenset[str]) -> list[Span]:
    """Bodies whose name opens with the name of a state or an international organisation that the
    tagger split off ("[China] Council for [the Promotion of International Trade]", "[U.N.] Commission
    on [the Limits of the Continental Shelf]", "[Congo] River Alliance"): the owner's name, as the
    data spells it, a compound of a capitalised head of bodies right after it that the tagger left
    untagged, and that head's "for"/"on"/"of" phrase of capitalised words. A head alone after the
    owner ("EU Commission", "Kenya Police") is no new body."""
    found = []
    for ent in doc.ents:
        actor_id, _, how = ent.ent_id_.partition("|")
        rec = gazetteer.get(actor_id) if actor_id else None
        if rec is None or how not in {"", "gazetteer"} or rec.type not in {"country", "igo"}:
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < 3 and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        if end == ent.end or doc[end - 1].lower_ not in heads or ent.root.head.i != end - 1:
            continue
        if ent.root.dep_ != "compound":
            continue
        close = end
        while (
            close + 1 < len(doc) and doc[close].lower_ in {"for", "on", "of"} and not doc[close + 1].ent_id_
        ):
            k = close + 1 + (doc[close + 1].lower_ == "the")
            words = k
            while (
                words < len(doc)
                and not doc[words].ent_id_
                and (
                    doc[words].is_title
                    or (doc[words].lower_ == "and" and words + 1 < len(doc) and doc[words + 1].is_title)
                )
            ):
                words += 1
            if words == k or doc[words - 1].lower_ == "and":
                break
            close = words
        if close == end and end - ent.end < 2:
            continue  # "the EU Commission", "Kenya Police": the owner's organ the data or the tagger reads
        start = ent.start + (doc[ent.start].lower_ == "the")
        found.append(doc[start:close])
    return found


def _document_name(ent: Span, rule: dict[str, list[str]]) -> bool:
    """Whether ``ent`` names a document, a programme or a day: its head, the last word before its first
    preposition, else its last, is one of ``rule["words"]`` ("the Black Sea Grain Initiative", "the
    General Agreement on Tariffs and Trade", "their MOU", "International Women's Day")."""
    words = [t.lower_ for t in ent]
    cut = next((k for k, w in enumerate(words) if k and w in rule["prepositions"]), len(words))
    return words[cut - 1] in rule["words"]


def _named_as_written(out: DocActors) -> None:
    """A person or an organisation the data knows is named as the article writes the full name, where
    that is one of the data's spellings of it ("Kim Jong-un", "Tsakhia Elbegdorj", "Lindiwe Sisulu" for
    the data's "Kim Jong Un", "Tsakhiagiyn Elbegdorj", "Lindiwe Nonceba Sisulu"; "AU Peace and Security
    Council" for "African Union Peace and Security Council"; an organisation's only capitalised, with
    the data's last word, neither holding the data's name nor cut to two words): the longest such
    mention, the first of equals. One node per actor still: the id is the data's."""
    written: dict[str, str] = {}
    for m in sorted(out.mentions, key=lambda m: m.start):
        draft = out.actors.get(m.actor_id)
        if (
            draft is None
            or draft.type not in _WRITTEN_TYPES
            or not draft.gazetteer
            or len(m.text.split()) < 2
        ):
            continue
        last = out.doc[m.end - 1]
        if not last.whitespace_ and m.end < len(out.doc) and out.doc[m.end].text in {"-", "‐", "‑", "–"}:
            continue  # "Bilawal Bhutto[-Zardari]": the name goes on past the data's form
        text = " ".join(m.text.split())
        if text.split()[0].lower() == "the":
            text = text.split(" ", 1)[1]  # "the African Union": its name is "African Union"
        bare = without_accents(text)
        form = out.gazetteer.lookup(text) or out.gazetteer.lookup(bare)
        if form is None or form.actor_id != draft.id:
            continue
        if draft.type != "person" and (
            text.split()[-1].lower() != draft.name.split()[-1].lower()
            or any(w[:1].islower() and w not in _NAME_FUNCTION_WORDS for w in text.split())
            or draft.name.lower() in text.lower()
            or (len(text) < len(draft.name) and len(text.split()) < 3)
        ):
            # "AU Commission" for the African Union, "the Chinese coast guard": no spelling; "U.S.
            # State Department", "the Security Council": the data's name with an owner or without one
            continue
        if len(text.split()) > len(written.get(draft.id, "").split()):
            written[draft.id] = text
    for actor_id, text in written.items():
        out.actors[actor_id].name = text


def _vessel_name(ent: Span, nouns: set[str], hulls: set[str], gazetteer: Gazetteer) -> bool:
    """Whether ``ent`` names a vessel: right after a word or phrase of ships ("the US destroyer X",
    "the aircraft carrier X"), or opening with or right after a hull prefix ("BRP X", "HMS [X]");
    never a state or an international organisation the data knows."""
    actor_id = ent.ent_id_.partition("|")[0]
    rec = gazetteer.get(actor_id) if actor_id else None
    if rec is not None and rec.type in {"country", "igo"}:
        return False
    doc = ent.doc
    if ent[0].text in hulls or (ent.start > 0 and doc[ent.start - 1].text in hulls):
        return True
    for noun in nouns:  # a word or a phrase ("aircraft carrier": not "the national carrier X")
        words = noun.split()
        start = ent.start - len(words)
        if (
            start >= 0
            and doc[ent.start - 1].pos_ == "NOUN"
            and [t.lower_ for t in doc[start : ent.start]] == words
        ):
            return True
    return False
