"""Mentions -> canonical actors, within one parsed document.

Order of evidence, strongest first:

1. the gazetteer (entity ruler patterns: names, aliases, demonyms, capitals and
   seats of power, IGOs, armed groups, media, known people);
2. in-document person coreference: a surname ("Shamkhani") or a shorter form
   joins the longest full name of the document that ends with it, whatever label
   the NER gave it;
3. the statistical NER alone (PERSON and ORG), with titles and possessives
   stripped, and page chrome dropped.

Offices and states of people come from the text first ("Russian President
Vladimir Putin", "Ali Shamkhani, the secretary of Iran's ... Council",
"Faleh Fayaz, Iraqi Prime Minister Haider al-Abadi's national security adviser"),
then from the gazetteer.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from actorgraph.actors.chrome import chrome_ranges, in_ranges
from actorgraph.actors.descriptions import misplaced_apposition
from actorgraph.actors.gazetteer import Gazetteer, read_grammar, without_accents
from actorgraph.actors.memberships import _memberships, _stated_memberships
from actorgraph.actors.offices import _find_offices, _office_states, exchange_partners
from actorgraph.actors.organisations import (
    _BODY_HEADS,
    _clean_org,
    _document_name,
    _named_after_owner,
    _named_as_written,
    _owner_state,
    _vessel_name,
    _written_owner,
    organ_name,
)
from actorgraph.actors.person_names import (
    _first_name_word,
    _handles,
    _looks_like_person_name,
    _namesakes,
    family_name,
    given_names,
)
from actorgraph.actors.places import (
    _dateline_state,
    _datelines,
    _described_places,
    _glued_credit,
    _named_places,
    _places_elsewhere,
)
from actorgraph.actors.records import ActorDraft, Affiliation, DocActors, MentionSpan, slug
from actorgraph.actors.titled_names import (
    _body_then_name,
    _given_name_before_person,
    _given_name_place,
    _lone_name,
    _names_ending_in_a_body,
    _namesake_taken_for_body,
    _organisation_words,
    _strip_name,
    _title_before,
    _titled_name,
    _untagged_apposed_names,
    _untagged_titled_names,
    _whole_name,
    names_an_occasion_or_site,
)

#: The records and the names other modules read, kept importable from here.
__all__ = [
    "ActorDraft",
    "Affiliation",
    "DocActors",
    "MentionSpan",
    "exchange_partners",
    "family_name",
    "given_names",
    "misplaced_apposition",
    "resolve_actors",
    "slug",
]


def resolve_actors(doc: Doc, gazetteer: Gazetteer) -> DocActors:
    """Resolve every actor mention of ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed with actorgraph's pipeline (gazetteer entity ruler before ``ner``).
    gazetteer : Gazetteer
        The loaded actor data (same as the ruler's).

    Returns
    -------
    DocActors
    """
    grammar = read_grammar()
    titles = set(grammar["titles"])
    chrome = chrome_ranges(doc)
    out = DocActors(doc, {}, [], {}, [], chrome, gazetteer)

    def add(span: Span, actor_id: str, how: str, name: str, typ: str, country: str | None) -> None:
        draft = out.actors.get(actor_id)
        if draft is None:
            rec = gazetteer.get(actor_id)
            draft = ActorDraft(
                id=actor_id,
                name=_spelled(rec.name, span.text) if rec else name,
                type=rec.type if rec else typ,
                country=(rec.country if rec else country),
                office=rec.office if rec else None,
                gazetteer=rec is not None,
            )
            out.actors[actor_id] = draft
        out.add_mention(span, actor_id, how)

    generic = set(grammar["generic_org_words"])
    office_words = titles | set(grammar["office_nouns"])
    event_heads = set(grammar["event_name_heads"])
    document_heads = grammar["document_name_heads"]
    vessels = grammar["vessel_names"]
    vessel_nouns, hulls = set(vessels["nouns"]), set(vessels["hull_prefixes"])
    media_words = set(grammar["media_words"])
    particles = set(grammar["name_particles"])
    person_spans: list[Span] = []
    others: list[Span] = []
    qualifiers = set(grammar["qualifier_suffixes"])
    merged_to = 0
    # the family names of the full names of people the tagger found ("Jimmy Lai": "lai")
    family_names = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    body_words = office_words | generic | _organisation_words()
    bodies_as_names = _names_ending_in_a_body(doc, gazetteer, body_words)
    person_spans += bodies_as_names
    owned_names = _named_after_owner(doc, gazetteer, frozenset(grammar["institution_heads"]) | _BODY_HEADS)
    for ent in doc.ents:
        if in_ranges(ent.start_char, ent.end_char, chrome) or ent.text[:1] == "@":
            continue  # a handle names whom it spells (below), never a body of that name
        if any(ent.start < b.end and b.start < ent.end for b in owned_names):
            continue  # "[China] Council for [the Promotion of ...]": one body's name, read below
        if any(ent.start < n.end and n.start < ent.end for n in bodies_as_names):
            continue  # "[Nathalie Mbuyi] [Wagner], a diplomat": a person, added below
        follows = doc[ent.end : ent.end + 2]
        if len(follows) == 2 and follows[0].text in {"-", "‐"} and follows[1].lower_ in qualifiers:
            continue  # "Bosnia-style war", "Russian-made rockets": a description, not the actor
        if _vessel_name(ent, vessel_nouns, hulls, gazetteer):
            continue  # "the US destroyer [Arleigh Burke]", "[BRP Sierra Madre]": a ship, no one
        if (named := _given_name_before_person(ent, office_words | generic)) is not None:
            person_spans.append(named)  # "[Sydney] [Cohen]": one name, not Eli Cohen
            merged_to = named.end
            continue
        if ent.ent_id_:
            actor_id, _, how = ent.ent_id_.partition("|")
            # a state's capital or one-word name: a given name only right after a title
            rec = gazetteer.get(actor_id)
            of_state = how == "metonym" or (
                how in {"", "gazetteer"} and rec is not None and rec.type == "country"
            )
            named = (
                _given_name_place(ent, office_words | generic, titles, of_state=of_state)
                if how == "place" or of_state
                else None
            )
            if named is not None:
                if len(named) > len(ent):  # "Nasser Kan'ani ... Kan'ani added": a name, no place
                    person_spans.append(named)
                continue  # "Foreign Minister [Santiago] Cafiero": a given name, no capital
            if how == "place":
                if actor_id:  # a region of several states ("Latin America") locates in none
                    out.places.update(dict.fromkeys(range(ent.start, ent.end), actor_id))
                continue
            rec = gazetteer.get(actor_id)
            if rec is not None:
                add(ent, actor_id, how or "gazetteer", rec.name, rec.type, rec.country)
                continue
        if ent.label_ == "PERSON":
            if ent.start < merged_to:
                continue  # the end of a name the tagger cut in two, joined to its first part below
            whole = _whole_name(ent, office_words, generic, particles)
            merged_to = whole.end
            stripped = _strip_name(whole, titles)
            if stripped is not None and all(t.lower_ in office_words for t in stripped):
                continue  # "current Chairperson of the African Union": an office the tagger took for a name
            if stripped is not None and names_an_occasion_or_site(stripped):
                continue  # "attended the Luncheon hosted by X", "[Main Campus]": an event or a site, no name
            if stripped is not None and all(t.lower_ in particles for t in stripped):
                continue  # "said [von der] Leyen": the particles of a name, no one's name
            if stripped is not None and _looks_like_person_name(stripped.text, particles):
                person_spans.append(stripped)
        elif ent.label_ == "ORG" and (parts := _body_then_name(ent, titles, generic, particles)):
            others.append(parts[0])  # "India's [Border Security Force] [DK Pathak]": the body, then its man
            person_spans.append(parts[1])
        elif ent.label_ == "ORG" and (named := _titled_name(ent, office_words, generic, particles)):
            person_spans.append(named)  # "Prosecutor General Igor Krasnov", "spokesman [X Y]" as ORG
        elif _namesake_taken_for_body(ent, family_names, body_words):
            person_spans.append(ent)  # "Jimmy Lai ... [Sebastien Lai] said" as ORG: his son
        elif ent.label_ in {"ORG", "NORP"}:
            others.append(ent)
    apposed = _untagged_titled_names(doc, office_words, generic, particles, chrome)
    apposed += _untagged_apposed_names(doc, office_words, generic, particles, chrome)
    # "Dato' Sri [Sri X Y]": the second word of an honorific the titles do not tell
    apposed = [s for s in (_strip_name(a, titles) for a in apposed) if s is not None]
    person_spans += apposed
    others = [e for e in others if not any(e.start < a.end and a.start < e.end for a in apposed)]

    # People: cluster by surname inside the document; the longest name is canonical. Names the
    # gazetteer matched come first ("Ali Shamkhani"), so "Shamkhani" alone joins them. Namesakes whose
    # given names differ ("Arnel Joseph", "Hector Paul Joseph") are told apart by a suffix of the key.
    people = [m for m in out.mentions if out.actors[m.actor_id].type == "person"]
    generic_offices = {o.lower() for o in grammar["generic_person_offices"]}

    def with_office(start: int, actor_id: str | None = None) -> bool:
        """A title right before the name ("Senator X"), or a leader's office in the data."""
        rec = gazetteer.get(actor_id) if actor_id else None
        return _title_before(doc, start, titles) or bool(
            rec and rec.office and rec.office.lower() not in generic_offices
        )

    namesake = _namesakes(
        doc,
        [(m.start, m.end, m.text, with_office(m.start, m.actor_id)) for m in people]
        + [(s.start, s.end, s.text, with_office(s.start)) for s in person_spans],
    )

    def key_of(name: str, start: int) -> str:
        return family_name(name) + namesake.get(start, "")

    surname_ids: dict[str, str] = {}
    full_names: dict[str, str] = {}  # surname (lower) -> longest full name
    first_words: dict[str, tuple[str, str]] = {}  # first word of a full name -> (id, full name)
    shared_first: set[str] = set()  # first words of several people's names ("Mohamed"): no one's

    def first_word_of(first: str, person: str, name: str) -> None:
        if first_words.setdefault(first, (person, name))[0] != person:
            shared_first.add(first)

    for mention in people:
        draft = out.actors[mention.actor_id]
        for name in (mention.text, draft.name):
            key = family_name(name)
            if key == family_name(mention.text):
                key = key_of(name, mention.start)
            surname_ids.setdefault(key, mention.actor_id)
            if len(name) > len(full_names.get(key, "")):
                full_names[key] = draft.name
            first = _first_name_word(name)
            if first is not None:
                first_word_of(first, mention.actor_id, draft.name)
    for span in person_spans:
        key = key_of(span.text, span.start)
        if key not in surname_ids and len(span.text) > len(full_names.get(key, "")):
            full_names[key] = span.text

    named_states = {m.actor_id for m in out.mentions if out.actors[m.actor_id].type == "country"}
    with_article = {t.lower_ for t in doc if t.i and doc[t.i - 1].lower_ == "the"}

    def known_by_surname(person: str, titled: bool, *, story: bool = True) -> bool:
        """Whether a bare surname may name the gazetteer's ``person``: a leader whose office the data
        states, anyone the text gives a title ("Foreign Minister Baird"), or one of the thousands of
        past officials the data lists as "Government official" whose state the story names ("Yeltsin
        said Russia ..."), unless the word is a place or a people the story writes with "the" ("the
        Sahel"); not "Armstrong, a cocoa farmer" in a story of Ghana."""
        rec = gazetteer.actors[person]
        if titled or (rec.office is not None and rec.office.lower() not in generic_offices):
            return True
        return story and rec.country in named_states and family_name(rec.name) not in with_article

    def given_alone(name: str, titled: bool) -> bool:
        """ "Ahmed said ...", "Ibrahim, a driver": a common given name alone, with no title, is
        someone so called, not the leader of that family name (Abiy Ahmed, Anwar Ibrahim)."""
        return not titled and len(name.split()) == 1 and gazetteer.is_given_name(family_name(name))

    def person_id(name: str, titled: bool) -> tuple[str, str]:
        # "Santiago Peña" is the data's "Santiago Pena": the data leaves accents out
        form = gazetteer.lookup(name) or gazetteer.lookup(without_accents(name))
        if form is not None and gazetteer.actors[form.actor_id].type == "person":
            return form.actor_id, "gazetteer"
        known = gazetteer.surnames.get(family_name(name), set()) if not given_alone(name, titled) else set()
        if len(name.split()) == 1:
            named = [p for p in known if known_by_surname(p, titled)]
            if len(known) > 1:
                # several people of the name: one of a state the story names ("Mahama said" in a story
                # of Ghana; "Johnson and Johnson" names no British leader), its leader first
                named = [p for p in named if gazetteer.actors[p].country in named_states]
                leaders = [p for p in named if known_by_surname(p, titled, story=False)]
                named = leaders if len(named) > 1 and leaders else named
            if len(named) == 1:
                return named[0], "gazetteer"
        pid = "P_" + slug(name)
        if pid in gazetteer.actors:
            pid += "_NER"  # "Sahel" alone is not the gazetteer's Mustapha Sahel (P_SAHEL)
        return pid, "ner"

    def shared_country(name: str, titled: bool) -> str | None:
        """ "President Bush": most known leaders of that surname served one state, so the person is of it
        (leaders and titled names only: "Hayat added" is not of the state of two past officials)."""
        if len(name.split()) > 1 or given_alone(name, titled):
            return None
        known = {
            p
            for p in gazetteer.surnames.get(family_name(name), set())
            if known_by_surname(p, titled, story=False)
        }
        countries = Counter(gazetteer.actors[p].country for p in known)
        if not countries:
            return None
        country, n = countries.most_common(1)[0]
        return country if n * 2 > sum(countries.values()) else None

    for span in person_spans:
        key = key_of(span.text, span.start)
        if key in surname_ids:
            add(span, surname_ids[key], "coreference", full_names[key], "person", None)
            continue
        if len(span) == 1 and key in first_words and key not in shared_first:
            # "Kim" after "Kim Jong Un": the story's own full name wins over the gazetteer's others
            add(span, first_words[key][0], "coreference", first_words[key][1], "person", None)
            continue
        canonical = full_names[key]
        titled = _title_before(doc, span.start, titles)
        pid, how = person_id(canonical, titled)
        if canonical != span.text and how == "ner":
            how = "coreference"
        surname_ids.setdefault(key, pid)
        first = _first_name_word(canonical)
        if first is not None:
            first_word_of(first, pid, canonical)
        add(span, pid, how, canonical, "person", shared_country(canonical, titled) if how == "ner" else None)

    _handles(out, add)

    # Surnames the NER labelled ORG/NORP or missed ("Shamkhani" as NORP); a known leader's surname
    # alone ("Lavrov accused ...", "Guterres urged ...": ORG, a noun or nothing to the tagger) is that leader.
    for token in doc:
        if token.i in out.by_token or in_ranges(token.idx, token.idx + len(token), chrome):
            continue
        key = token.text.lower()
        if token.pos_ == "PROPN" and key + namesake.get(token.i, "") in surname_ids:
            key += namesake.get(token.i, "")
            add(doc[token.i : token.i + 1], surname_ids[key], "coreference", full_names[key], "person", None)
        elif _lone_name(token) and token.i not in out.places and not given_alone(token.text, False):
            leaders = [p for p in gazetteer.surnames.get(key, ()) if known_by_surname(p, False, story=False)]
            if len(leaders) == 1:
                name = gazetteer.actors[leaders[0]].name
                surname_ids[key], full_names[key] = leaders[0], name
                first_word_of(_first_name_word(name) or key, leaders[0], name)
                add(doc[token.i : token.i + 1], leaders[0], "gazetteer", name, "person", None)

    from actorgraph.actors.names import one_part_names, resolve_names  # they build on this module's records

    one_part_names(out, chrome)  # "Lula" after "Luiz Inacio Lula da Silva"

    # Organisations the NER found and the gazetteer does not know.
    # a name's ids as states' organs: "Defence Ministry" -> RUS_DEFENCE_MINISTRY
    owned: dict[str, set[str]] = {}
    dateline = _dateline_state(out)  # "TEHRAN (FNA)- Foreign Ministry spokesman X": Iran's
    for ent in others:
        if ent.label_ != "ORG" or any(i in out.by_token for i in range(ent.start, ent.end)):
            continue
        text = ent.text.strip()
        if "/" in text or (not any(c.islower() for c in text) and len(text) > 5) or len(text) < 2:
            continue
        if all(t.lower_ in titles or t.is_punct or t.is_stop for t in ent):
            continue
        if len(ent) == 1 and text.lower() in first_words and text.lower() not in shared_first:
            # "[his predecessor Fumio] Kishida": the given name of a person the story names
            person, name = first_words[text.lower()]
            add(ent, person, "coreference", name, "person", None)
            continue
        owner = out.by_token.get(ent.end)
        portfolio = ent.start > 0 and doc[ent.start - 1].lower_ in {"for", "of"}  # "Minister for [X of] Y"
        if (
            ent[-1].lower_ == "of"
            and owner is not None
            and out.actors[owner.actor_id].type == "country"
            and not portfolio
        ):
            ent = doc[ent.start : ent.end - 1]  # "[the Ministry of Health of] Ghana": the state's organ
        credit = next((t.i for t in ent[:-1] if _glued_credit(t)), None)
        if credit is not None:
            ent = doc[credit + 1 : ent.end]  # "[TEHRAN (FNA)-] Foreign Ministry": the dateline's credit
        clean = _clean_org(ent, generic)
        if clean is None:
            continue
        ent, text = clean, clean.text
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ in event_heads and ent.root.head.i == after.i:
            continue  # "their Security Consultative Committee meeting": the meeting's name
        if ent[-1].lower_ in event_heads:
            # "President X's State Visit to Y", "the Raisina Dialogue": an event's name, no body; "the
            # Banquet hosted by X": the event itself
            continue
        if _document_name(ent, document_heads):
            continue  # "the Black Sea Grain Initiative", "the Agreement on Trade": no body
        typ = "media" if any(t.lower_ in media_words for t in ent) else "organization"
        # "Baghdad University Medical School": a state or capital right before the name places it;
        # "Russia's Defence Ministry", "the Ukrainian Defence Ministry": the state it is the organ of.
        before = out.by_token.get(ent.start - 1)
        home = before.actor_id if before and out.actors[before.actor_id].type == "country" else None
        home = home or _owner_state(ent, out)
        key = slug(text)
        if home is not None:
            # one state's organ is not another's: "Russia's Defence Ministry accused Ukraine, while
            # Ukraine's Defence Ministry accused Russia" names two organs
            actor_id = f"{home}_{key}"
            owned.setdefault(key, set()).add(actor_id)
        else:
            # "the Defence Ministry" after "Russia's Defence Ministry": that one, when it is one
            # "the Defence Ministry" after "the Thai Defence Ministry" the tagger did not find: Thailand's
            mine = owned.get(key, set())
            home = None if mine else _written_owner(ent, out) or (dateline if organ_name(ent) else None)
            if home is not None:
                mine = owned.setdefault(key, {f"{home}_{key}"})
            actor_id = next(iter(mine)) if len(mine) == 1 else "ORG_" + key
        add(ent, actor_id, "ner", text, typ, home)
    for body in owned_names:
        if in_ranges(body.start_char, body.end_char, chrome):
            continue
        rec = gazetteer.get(body.doc[body.start].ent_id_.partition("|")[0] or "")
        state = rec.id if rec is not None and rec.type == "country" else None
        key = slug(body.text)
        add(body, f"{state}_{key}" if state else "ORG_" + key, "ner", body.text, "organization", state)

    resolve_names(out)
    _bracketed_names(out)
    _interview_labels(out)
    _datelines(out)
    _described_places(out, set(grammar["place_nouns"]))
    _named_places(out, grammar)
    _places_elsewhere(out, set(grammar["place_nouns"]))
    _find_offices(out, gazetteer, titles, set(grammar["office_nouns"]))
    _office_states(out, titles | set(grammar["office_nouns"]))
    _memberships(out, set(grammar["member_words"]), set(grammar["membership_verbs"]))
    _stated_memberships(out, grammar["stated_membership"], set(grammar["member_words"]))
    from actorgraph.actors.bodies import introduced_bodies  # builds on this module's records

    introduced_bodies(out)  # "a militia called X", "the Lima Group": the body, before groups are read
    # Sectors (lazy imports: both modules build on this one): groups of people, then everyone's sector.
    from actorgraph.actors.groups import find_groups, join_named_organs, owned_organs, story_officials
    from actorgraph.actors.sectors import assign_sectors

    find_groups(out)
    assign_sectors(out, gazetteer)
    owned_organs(out)  # "the junta's Ministry of Foreign Affairs": the junta's state
    join_named_organs(out)
    from actorgraph.actors.delegates import delegation_states  # builds on groups

    delegation_states(out)  # "the Ghanaian delegation was led by X": Ghana's, before the story's state
    story_officials(out)
    _named_as_written(out)
    from actorgraph.actors.roles import office_holders  # builds on this module's records

    office_holders(out)  # "the Italian premier": the prime minister the story names
    return out


def _bracketed_names(out: DocActors) -> None:
    """ "the resistance front [Hezbollah]": an editor's bracket names the phrase before it."""
    doc = out.doc
    for m in list(out.mentions):
        if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "[" or doc[m.end].text != "]":
            continue
        head = doc[m.start - 2]
        if head.pos_ not in {"NOUN", "PROPN"} or head.i in out.by_token:
            continue
        start = min(t.i for t in head.subtree if t.i <= head.i and t.dep_ not in {"cc", "punct", "prep"})
        span = doc[start : head.i + 1]
        draft = out.actors[m.actor_id]
        draft.mentions += 1
        draft.aliases[span.text] = None
        draft.resolved_by["coreference"] = None
        mention = MentionSpan(span.start, span.end, m.actor_id, "coreference", span.text)
        out.mentions.append(mention)
        for i in range(span.start, span.end):
            out.by_token[i] = mention


def _interview_labels(out: DocActors) -> None:
    """ "VOA: Turkey's president visited Russia. What did Ankara get?": an outlet's name before a colon
    that opens a paragraph or a sentence labels the interviewer's question; the outlet takes no part
    in what the question tells."""
    doc = out.doc
    for m in list(out.mentions):
        if out.actors[m.actor_id].type != "media" or m.end >= len(doc) or doc[m.end].text != ":":
            continue
        if m.start == 0 or doc[m.start].is_sent_start or "\n" in doc[m.start - 1].text_with_ws:
            from actorgraph.actors.names import remove_mention  # names.py builds on this module

            remove_mention(out, m)


def _spelled(name: str, text: str) -> str:
    """``text`` where it is ``name`` with the accents the data leaves out ("Pedro Sánchez"), else ``name``.

    Examples
    --------
    >>> _spelled("Pedro Sanchez", "Pedro Sánchez"), _spelled("Pedro Sanchez", "Sánchez")
    ('Pedro Sánchez', 'Pedro Sanchez')
    """
    if text == name:
        return name
    bare = without_accents(text)
    return text if bare == name else name
