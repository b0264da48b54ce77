"""People's offices and affiliations from their descriptions: the office, the state or body it serves
(its employer, not a portfolio after "for"), a counterpart's state, the organisation an official of
the data heads, the state an office in apposition is "of" (no mention of it), and a description that
is no office (a nationality only)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from actorgraph.actors.descriptions import _describes, _descriptions
from actorgraph.actors.gazetteer import Gazetteer, read_grammar, without_courtesy
from actorgraph.actors.records import ActorDraft, Affiliation, DocActors

__all__ = ["exchange_partners"]

#: Prepositions that introduce an office's portfolio or destination, not its holder's employer.
_PORTFOLIO = frozenset({"for", "on", "to", "toward", "towards", "over"})


#: Actor types a person's description can name as the body the person serves in.
_ORGANS = frozenset({"organization", "armed_group", "media"})


def _actors_in(tokens: list[Token], out: DocActors, exclude: str) -> list[str]:
    seen: list[str] = []
    for t in tokens:
        a = out.actor_at(t)
        if a and a != exclude and a not in seen:
            seen.append(a)
    return seen


def _office(tokens: list[Token], head: Token | None, out: DocActors, titles: set[str]) -> str | None:
    """The office a description states: "President", "national security adviser", "secretary of X"."""
    if head is None or out.actor_at(head) is not None:
        words = [t.text for t in tokens if t.lower_ in titles and out.actor_at(t) is None and t.pos_ != "DET"]
        return without_courtesy(" ".join(words)) or None
    allowed = {t.i for t in tokens} | {head.i}
    span = [
        t
        for t in out.doc[head.left_edge.i : head.right_edge.i + 1]
        if t.i in allowed and (not t.is_punct or t.text == "-")
    ]
    # "Iraqi Prime Minister Haider al-Abadi's national security adviser": the office follows the patron.
    cut = [
        k
        for k, t in enumerate(span)
        if t.dep_ == "case"
        and out.actor_at(t.head) is not None
        and out.actors[out.actor_at(t.head) or ""].type == "person"
    ]
    if cut:
        span = span[cut[-1] + 1 :]
    while span and span[0].pos_ == "DET":
        span = span[1:]
    if not span or len(span) > 10:
        return head.text
    return without_courtesy(out.doc[span[0].i : span[-1].i + 1].text)


def _employers(tokens: list[Token]) -> list[Token]:
    """The description without its portfolio: "special representative for North Korea at the State
    Department", "ambassador to Russia", "expert on China" serve the state that sends them."""
    inside = {t.i for t in tokens}
    speakers = _speaking_offices()
    return [
        t
        for t in tokens
        if not any(
            a.i in inside
            and a.dep_ == "prep"
            and a.lower_ in _PORTFOLIO
            # "a spokesman for Nigeria's army": whom a spokesperson speaks for is the employer
            and not (a.lower_ == "for" and a.head.lemma_.lower() in speakers)
            for a in t.ancestors
        )
    ]


@cache
def _speaking_offices() -> frozenset[str]:
    return frozenset(read_grammar()["speaking_offices"]["nouns"])


def _find_offices(out: DocActors, gazetteer: Gazetteer, titles: set[str], office_nouns: set[str]) -> None:
    """Offices and states of people (and of media and organs) as the text states them.

    Every mention is read; a description naming a state (or a person of known state)
    wins over one naming only an organisation, and the first such statement is kept
    as the AFFILIATION evidence.
    """
    doc = out.doc
    best: dict[str, tuple[int, Affiliation]] = {}
    nationals: dict[str, str] = {}  # person -> the state a description without an office names
    state_owned = set(read_grammar()["state_ownership_words"])
    offices = titles | office_nouns
    for mention in out.mentions:
        draft = out.actors[mention.actor_id]
        if draft.type not in {"person", "media", "organization"}:
            continue
        described = _descriptions(mention, out)
        inside = range(mention.start, mention.end)
        words = [t for g, _ in described for t in g if t.i not in inside]
        if draft.type == "person":
            private = not _holds_office(words, out, office_nouns)
        else:
            # "X, a Kenyan charity": a nationality; "Iran's state-owned company": the state's
            private = not any(t.lower_ in state_owned or t.dep_ == "poss" for t in words)
        for tokens, office_head in described:
            tokens = [t for t in tokens if not mention.start <= t.i < mention.end]
            if draft.type == "person" and draft.organ is None:  # "IRGC commander X": lends its sector
                draft.organ = next(
                    (a for a in _actors_in(tokens, out, mention.actor_id) if out.actors[a].type in _ORGANS),
                    None,
                )
            target, rank = None, 0
            # "his counterpart, President X", "both A and his counterpart, X": of another state than A
            paired = any(t.lemma_.lower() in exchange_partners() for t in tokens)
            employers = [t for t in _employers(tokens) if not _other_side(t, draft, out, offices, paired)]
            for a in _actors_in(employers, out, mention.actor_id):
                other = out.actors[a]
                if private and other.type in {"country", "person"}:
                    # "Afghan writer X", "X, a Spanish correspondent for El Pais", "X, a Kenyan charity":
                    # a nationality
                    if other.type == "country" and mention.actor_id not in nationals:
                        nationals[mention.actor_id] = a
                        draft.role = doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1].text
                    continue
                if other.type == "country":
                    target, rank = a, 3
                elif other.type == "person" and other.country and draft.type == "person":
                    target, rank = other.country, 2
                elif other.type == "person" and draft.type == "person" and (igo := _patron_igo(a, out)):
                    target, rank = igo, 2  # "Guterres' spokesman, X": the organisation Guterres heads
                elif other.type == "armed_group" and draft.type == "person":
                    target, rank = a, 2  # "Hamas official X": the group's, not its state's
                elif other.type in {"organization", "igo"} and draft.type == "person":
                    state = other.country if not private else None  # a researcher is the institute's
                    target, rank = (state, 2) if state else (a, 1)
                if target:
                    break
            if target is None and draft.type == "person":
                # "X, a spokesman for al-Shabab": "for" a group is whom one serves, not a portfolio
                served = [t for p in tokens if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree]
                group = next(
                    (
                        a
                        for a in _actors_in(served, out, mention.actor_id)
                        if out.actors[a].type == "armed_group"
                    ),
                    None,
                )
                if group is not None:
                    target, rank = group, 2
            if target is None and draft.type == "person" and not private:
                # "Kandahar Governor X", "Basra police chief X", "X, president of Republika Srpska's
                # national assembly": the title of an office of a place
                place = next((p for t in _employers(tokens) if (p := out.place_at(t))), None)
                if not any(t.lower_ in titles for t in tokens) or any(
                    out.actors[a].type in _ORGANS | {"igo"} for a in _actors_in(tokens, out, mention.actor_id)
                ):
                    place = None  # "X, the Ghazni provincial head for the Red Cross": the society's
                if place is not None and out.ensure_actor(place):
                    target, rank = place, 2
            if target is None or target == mention.actor_id:
                continue
            if draft.type == "person" and not draft.office_from_text:
                office = _office(tokens, office_head, out, titles)
                if office:
                    draft.office, draft.office_from_text = office, True
            span = doc[
                min(t.i for t in [*tokens, doc[mention.start]]) : max(
                    t.i for t in [*tokens, doc[mention.end - 1]]
                )
                + 1
            ]
            affiliation = Affiliation(mention.actor_id, target, doc[mention.start].sent, span.text, True)
            if mention.actor_id not in best or rank > best[mention.actor_id][0]:
                best[mention.actor_id] = (rank, affiliation)
            break
        else:
            if draft.type == "person" and draft.office is None and not private:
                # "led by an army colonel, X": an office in apposition that names no state is still the
                # person's office (the story's state may hold it: groups.story_officials)
                draft.office = next(
                    (
                        office
                        for tokens, head in described
                        if head is not None
                        and head.lemma_.lower() in titles | office_nouns
                        # "president of Wan Guo Company": a name other than a state's or a place's is
                        # an employer ("a council member in Ghazni province" is not)
                        and all(t.pos_ != "PROPN" or _state_or_place(t, out) for t in tokens)
                        and (office := _office(tokens, head, out, titles))
                    ),
                    None,
                )
    for actor_id, (_, affiliation) in best.items():
        draft = out.actors[actor_id]
        known = out.actors.get(affiliation.target_id)
        if (known is not None and known.type == "country") or (
            known is None and (rec := gazetteer.get(affiliation.target_id)) and rec.type == "country"
        ):
            draft.country = affiliation.target_id
        out.affiliations.append(affiliation)
    for actor_id, state in nationals.items():
        if out.actors[actor_id].country is None:
            out.actors[actor_id].country = state
    # Gazetteer affiliations (a state's news agency, a group's parent) where the text gives none.
    for actor_id, draft in list(out.actors.items()):
        if actor_id in best:
            continue
        rec = gazetteer.get(actor_id)
        target = rec.affiliation if rec is not None and rec.affiliation else None
        if target is None and actor_id in nationals and (rec is None or rec.office is None):
            continue  # a nationality is no affiliation
        if target is None and draft.type in {"person", "media", "organization"}:
            target = draft.country
        if target is None and rec is not None and rec.type == "person" and rec.office:
            target = _office_igo(rec.office, gazetteer)  # "NATO Secretary General" Stoltenberg
            if target is not None and not out.ensure_actor(target):
                target = None
        if target and target != actor_id:
            first = next(m for m in out.mentions if m.actor_id == actor_id)
            out.affiliations.append(Affiliation(actor_id, target, doc[first.start].sent, first.text, False))


def _office_states(out: DocActors, offices: set[str]) -> None:
    """ "met with President of the Republic of Angola, Joao Lourenco", "X, Ambassador of Nepal to
    Australia, and Y signed": the state an office in apposition to a person's name is "of" says whose
    office it is (the person's affiliation, read by `_find_offices`), and is no mention of the state:
    the person is who acts and is met, not the state beside him or her (the state's draft stays, the
    affiliation's target); so is an international organisation a conjoined office is "of" ("... and
    current Chairperson of the African Union, X"). The parser may hang the name elsewhere ("paid a
    courtesy call on President of X, NAME": the name on "call"): a title phrase that ends right
    before ", NAME" is the name's all the same, and `DocActors.titled` records it for the relation
    stage."""
    from actorgraph.actors.names import remove_mention  # names.py imports resolve, which imports this

    doc = out.doc
    for mention in list(out.mentions):
        draft = out.actors.get(mention.actor_id)
        if draft is None or draft.type != "person":
            continue
        found = [
            office
            for _, office in _descriptions(mention, out)
            if office is not None and (office.dep_ == "appos" or doc[mention.end - 1].dep_ == "appos")
        ]
        after = doc[mention.end] if mention.end < len(doc) else None
        if after is not None and after.lower_ in offices and doc[mention.end - 1].head.i == after.i:
            # "Tim Watts MP, Assistant Minister for Foreign Affairs of Australia": a title after the
            # name, the office in apposition to it
            found += [c for c in after.children if c.dep_ == "appos"]
        comma = mention.start - 1
        while comma > 0 and doc[comma].lower_ in offices and doc[comma].is_title:
            comma -= 1  # "his counterpart, President NAME"
        if comma >= 1 and doc[comma].text == ",":
            # "President of X, NAME" with the name hung elsewhere: the title whose phrase ends there
            last = doc[comma - 1]
            found += [
                t
                for t in [last, *last.ancestors]
                if t.right_edge.i in {last.i, comma, mention.end - 1, mention.end}
                and t.lemma_.lower() in offices
                and t.pos_ != "VERB"
                and t.tag_ not in {"NNS", "NNPS"}  # not "the presidents of A and B as well as ..."
            ][-1:]
        found += [c for t in found for c in t.conjuncts if c.i < mention.start or c.i >= mention.end]
        found = [
            o
            for o in found
            if o.lemma_.lower() in offices
            and out.actor_at(o) is None
            and (o.tag_ not in {"NNS", "NNPS"} or _describes(o, mention, doc))
        ]
        # not "X, who is the president of Y" (a clause) nor "the Ministry of Y, X" (a body)
        of = {
            o: {t.i for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
            for o in dict.fromkeys(found)
        }
        if draft.country is None and of:
            # the parser hung the name apart from its title, which `_find_offices` did not read: the
            # state its "of" names, through "the Republic of" or a portfolio ("President of the Republic
            # of X, NAME", "Minister for Foreign Affairs of X"; not a state inside a body's name,
            # "president of the Committee for Freedom in X")
            office = next(iter(of))
            node: Token | None = office
            named = None
            while node is not None and named is None:
                prep, pobj = next(
                    (
                        (p.lower_, o)
                        for p in node.children
                        if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                        for o in p.children
                        if o.dep_ == "pobj"
                    ),
                    ("", None),
                )
                m = out.by_token.get(pobj.i) if pobj is not None else None
                if m is not None and prep == "of" and out.actors[m.actor_id].type == "country":
                    named = m.actor_id  # not "the envoy for Syria, X": a portfolio
                node = pobj if m is None else None
            if named is not None:
                draft.country = named
                span = doc[office.left_edge.i : mention.end]
                out.affiliations.append(
                    Affiliation(mention.actor_id, draft.country, doc[mention.start].sent, span.text, True)
                )
        if draft.country is None:
            continue
        for office, inside in of.items():
            if office.i < mention.start:
                out.titled.setdefault(office.i, mention.actor_id)
            # "Minister for Foreign Affairs of X" (the person's state); "Ambassador of X to Y": the
            # state the office is posted to describes the person too
            inside |= {
                t.i for p in office.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree
            }
            posted = {
                t.i for p in office.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree
            }
            for state in list(out.mentions):
                kind = out.actors[state.actor_id].type
                covered = range(state.start, state.end)
                if kind in {"country", "igo"} and (
                    ((state.actor_id == draft.country or kind == "igo") and all(i in inside for i in covered))
                    or (kind == "country" and all(i in posted for i in covered))
                ):
                    remove_mention(out, state, keep_actor=True)


def _other_side(token: Token, draft: ActorDraft, out: DocActors, offices: set[str], paired: bool) -> bool:
    """Whether ``token`` names an actor whose state is not the described person's: a person in a
    description that calls him a counterpart (``paired``: "his counterpart, President X", "both A and
    his counterpart, X": of another state than A), and, for a person the gazetteer knows with a state,
    anything but a state named on his own title (a demonym, possessive or "of" phrase on a title word,
    "Guyanese President X"; not the leader named beside him, "A and Guyanese President X", nor a
    capital the parser hung on the name): his record's state stands."""
    other = out.actors.get(out.actor_at(token) or "")
    if other is None:
        return False
    known = draft.type == "person" and draft.gazetteer and draft.country is not None
    if other.type == "person" and (paired or known):
        return True
    if not known:
        return False
    if other.type != "country":
        return False
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    on_title = token.dep_ in {"amod", "poss", "compound", "nmod", "pobj"} and head.lemma_.lower() in offices
    return not on_title


@cache
def exchange_partners() -> frozenset[str]:
    """The words that name the other side of an exchange ("counterpart"), ``exchange_partners.always``."""
    return frozenset(read_grammar()["exchange_partners"]["always"])


def _patron_igo(person: str, out: DocActors) -> str | None:
    """The international organisation a known official heads or serves, by the data's office or
    affiliation ("UN Secretary-General" Guterres: UN), if it is one."""
    rec = out.gazetteer.get(person)
    if rec is None or rec.type != "person":
        return None
    igo = rec.affiliation or (_office_igo(rec.office, out.gazetteer) if rec.office else None)
    known = out.gazetteer.get(igo) if igo else None
    if igo is None or known is None or known.type != "igo" or not out.ensure_actor(igo):
        return None
    return igo


def _state_or_place(token: Token, out: DocActors) -> bool:
    """Whether ``token`` names a state or a known place ("Ghazni"), not an organisation or a person."""
    actor = out.actor_at(token)
    return out.place_at(token) is not None or (actor is not None and out.actors[actor].type == "country")


def _holds_office(tokens: list[Token], out: DocActors, office_nouns: set[str]) -> bool:
    """Whether a person's descriptions, one of which names a state, state an office: a title or a
    group of the state or of politics ("Foreign Minister", "army general", "opposition leader"), a
    word of ``office_nouns`` ("spokesman", "director of X's department", "a U.S. consulate
    employee"), or nothing but the state ("Iran's Zarif"). A private role ("writer", "citizen living
    in X", "taxi driver", "nurse", "blogger", "analyst") is a nationality: no affiliation, no
    government sector."""
    from actorgraph.actors.sectors import office_sector, sector_class  # sectors builds on the records

    words = [
        t
        for t in tokens
        if t.is_alpha
        and out.actor_at(t) is None
        and out.place_at(t) is None
        and t.pos_ not in {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "AUX", "NUM"}
    ]
    if not words:
        return True
    if {t.lemma_.lower() for t in words} & office_nouns:
        return True
    heading = set(read_grammar()["office_clauses"]["heading"])
    if any(t.pos_ == "VERB" and t.lemma_.lower() in heading for t in words):
        return True  # "who heads X", "who leads the delegation"
    sector = office_sector(" ".join(t.lemma_.lower() for t in words))  # "Central Java Governor": no name
    return sector is not None and sector_class(sector) != "society"


def _office_igo(office: str, gazetteer: Gazetteer) -> str | None:
    """The international organisation an office of the data names, the longest name first:
    "UN High Commissioner for Refugees" -> UNHCR, "UN Special Envoy for Syria" -> UN.

    Examples
    --------
    >>> from actorgraph.actors.gazetteer import load_gazetteer
    >>> [_office_igo(o, load_gazetteer()) for o in ("NATO Secretary General", "Government official")]
    ['NATO', None]
    """
    words = office.split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            form = gazetteer.lookup(" ".join(words[i : i + n]))
            if form is not None and gazetteer.actors[form.actor_id].type == "igo":
                return form.actor_id
    return None
