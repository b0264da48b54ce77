"""Names the article itself defines or implies, read after the gazetteer and the NER.

* An acronym defined next to a name ("the Baloch Liberation Army, or BLA", "the Syrian Democratic
  Forces (SDF)", "a front known as OLF", or spelled out after it, "DOJ (Department of Justice)")
  names the same actor wherever it recurs in the document, even where the NER made it an
  organisation of its own.
* "the Biden administration", "the Modi government", "Putin's regime": a leader's name in front of
  the word for the government he heads stands for his state, not for him.
* A short all-capital alias ("IS", "US") in a sentence written in capitals is a word, not a name.
* A region that acts is the organisation that acts for it ("Europe retaliated" is the EU); where it
  is only a place ("gas deliveries to Europe") it is no actor.
* A stance toward a state is not the state ("anti-Pakistan fighters", "pro-Russian militias"), nor is
  its language or the people who speak it ("the Russian language", "Russian speakers", "teaching in
  Russian"; "Russian-language" and "Russian-speaking" are left out with the other qualifiers), nor a
  group defined by its opposition to it ("Chinese rivals", "Israel's enemies"), nor a river, valley,
  delta, sea, gulf, bay or ocean named after it ("the Niger Delta", "the Indian Ocean", "the Sea of
  Japan", "the Gulf of Guinea"; not a strait at its edge, "the Taiwan Strait"), nor a law named after
  it ("the Taiwan Relations Act", ``law_name_heads``).
* A person named in full is later named by one part of that name that is no family name ("Lula" for
  Luiz Inacio Lula da Silva, "Prabowo" for Prabowo Subianto), by a family name the tagger took
  for a noun or a place ("Sharaa thanked ..."), or by the initials of a name of three words or more
  ("MBS" for Mohammed bin Salman): that person, when no other person the story names carries that
  part ("Mohamed" after two Mohameds is neither).
* An organisation named again by the capitalised head word of its name after "the" ("the Pacific
  Islands Forum ... threatened to leave the Forum", "the Council" after "the Gulf Cooperation
  Council", "the Community" after "the Economic Community of West African States") is that
  organisation, when it is the only one the story named before with that head; not the first word of
  a longer name ("the Council of Europe", "the Forum Secretariat").
* Two spellings of one name in one story ("Kristersson", "Kristerson"; "Srettha Thavisin", "Srettha
  Thavison"; "Moïse", "Moise") are one person: family names alike but for vowels, doubled letters,
  "y" for "i" and accents, given names alike the same way or absent (not "Abdullah Khan" and "Imran
  Kahn"), no two people the data tells apart.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from actorgraph.actors.chrome import in_ranges
from actorgraph.actors.gazetteer import SHORT_ALIAS, read_grammar, without_accents
from actorgraph.actors.resolve import ActorDraft, DocActors, MentionSpan, family_name, given_names

__all__ = ["one_part_names", "remove_mention", "resolve_names"]

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
_NAMED_KINDS = {"organization", "armed_group", "igo", "media"}
#: Kinds of actor that "the Forum", "the Council" name again by the head word of their name.
_HEADED_KINDS = {"organization", "armed_group", "igo"}
#: Words after which an organisation's name goes on with a phrase ("Council of Europe").
_NAME_PHRASES = {"of", "for", "on"}
#: The shortest skeleton of a lone family name read as a spelling of another ("Kristerson": krstrsn).
_LONE_SKELETON = 4


def resolve_names(out: DocActors) -> None:
    """Apply the document's own naming to the mentions of ``out`` (in place)."""
    _spelling_variants(out)
    _drop_shouted(out)
    _drop_stances_and_languages(out)
    _defined_acronyms(out)
    _head_words(out)
    _leader_governments(out)
    _acting_regions(out)


def one_part_names(out: DocActors, chrome: list[tuple[int, int]]) -> None:
    """Join to a person a later lone word that is one part of that person's full name, the only
    person of the story whose name has that part (in place; before organisations are read, so that
    "Prabowo" the tagger took for one is the person)."""
    doc = out.doc
    particles = set(read_grammar()["name_particles"])
    owners: dict[str, set[str]] = {}
    named_at: dict[str, int] = {}  # actor -> end of its first name of two words or more
    for mention in out.mentions:
        if out.actors[mention.actor_id].type != "person" or mention.end - mention.start < 2:
            continue
        named_at.setdefault(mention.actor_id, mention.end)
        words = mention.text.split()
        for word in re.split(r"[\s\-‐–]+", mention.text):
            if len(word) > 1 and word[:1].isupper() and word.lower() not in particles:
                owners.setdefault(word, set()).add(mention.actor_id)
        if len(words) > 2:
            # "MBS" for Mohammed bin Salman, "AMLO" for Andres Manuel Lopez Obrador
            owners.setdefault("".join(w[:1].upper() for w in words), set()).add(mention.actor_id)
    for token in doc:
        found = owners.get(token.text, set())
        if len(found) != 1 or token.i in out.places:
            continue
        person = next(iter(found))
        if token.i < named_at[person] or in_ranges(token.idx, token.idx + len(token), chrome):
            continue
        if token.pos_ not in {"PROPN", "NOUN"} or _in_longer_name(token):
            continue
        made = out.by_token.get(token.i)
        if made is not None:
            # a person the tagger alone made of this one word ("MBS" as a name of its own): the same
            draft = out.actors[made.actor_id]
            lone = made.end - made.start == 1 and draft.type == "person" and not draft.gazetteer
            if not lone or draft.id in named_at:
                continue
            remove_mention(out, made)
        out.add_mention(doc[token.i : token.i + 1], person, "coreference")


def _skeleton(word: str) -> str:
    """A name's letters without accents, vowels after the first letter and doubled letters, "y" read
    as "i": "Kristersson" and "Kristerson", "Thavisin" and "Thavison", "Moïse" and "Moise" agree.

    >>> _skeleton("Kristersson"), _skeleton("Thavison"), _skeleton("Moïse")
    ('krstrsn', 'thvsn', 'ms')
    """
    plain = without_accents(word)
    plain = re.sub(r"[^a-z]", "", plain.lower().replace("y", "i"))
    return re.sub(r"(.)\1+", r"\1", plain[:1] + re.sub(r"[aeiou]", "", plain[1:]))


def _spelling_key(draft: ActorDraft) -> tuple[str, tuple[str, ...]] | None:
    """The skeletons of a person's family name and given names; None where a lone family name is too
    short to tell a spelling from another name ("Fay" alone)."""
    family, given = family_name(draft.name), given_names(draft.name)
    key = (_skeleton(family), tuple(_skeleton(g) for g in given))
    return None if not key[0] or (not given and len(key[0]) < _LONE_SKELETON) else key


def _spelling_variants(out: DocActors) -> None:
    """Join the people of one story whose names are two spellings of one name (in place): each to
    the one the data knows, else the one named most, else first."""
    people = [d for d in out.actors.values() if d.type == "person" and d.mentions > 0]
    first: dict[str, int] = {}
    for mention in out.mentions:
        first[mention.actor_id] = min(mention.start, first.get(mention.actor_id, mention.start))
    by_family: dict[str, list[tuple[tuple[str, ...], ActorDraft]]] = defaultdict(list)
    for draft in people:
        if (key := _spelling_key(draft)) is not None:
            by_family[key[0]].append((key[1], draft))
    for named in by_family.values():
        if len({family_name(d.name) for _, d in named}) < 2 or sum(d.gazetteer for _, d in named) > 1:
            continue  # one spelling (namesakes are resolve's), or two people the data tells apart
        full = {g for g, _ in named if g}
        if len(full) > 1:
            continue  # "Abdullah Khan", "Imran Kahn": given names differ
        named.sort(key=lambda n: (not n[1].gazetteer, -n[1].mentions, first.get(n[1].id, 0)))
        keep = named[0][1]
        for _, other in named[1:]:
            if other.country and keep.country and other.country != keep.country:
                continue
            for mention in [m for m in out.mentions if m.actor_id == other.id]:
                span = out.doc[mention.start : mention.end]
                remove_mention(out, mention)
                out.add_mention(span, keep.id, "coreference")
            keep.country = keep.country or other.country


def _in_longer_name(token: Token) -> bool:
    """Whether ``token`` is one word of a longer capitalised name ("Silva Street", "the Lula
    Institute") or of an entity the tagger read over several words."""
    doc = token.doc
    if token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
        return True
    return any(
        0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
        for i in (token.i - 1, token.i + 1)
    )


def remove_mention(out: DocActors, mention: MentionSpan, *, keep_actor: bool = False) -> None:
    """Take ``mention`` out of ``out``; an actor left with no mention goes too, unless ``keep_actor``
    (a state no longer mentioned that is still a person's affiliation)."""
    out.mentions.remove(mention)
    for i in range(mention.start, mention.end):
        if out.by_token.get(i) is mention:
            del out.by_token[i]
    draft = out.actors[mention.actor_id]
    draft.mentions -= 1
    if draft.mentions <= 0 and not keep_actor:
        del out.actors[mention.actor_id]


def _drop_shouted(out: DocActors) -> None:
    """ "WHAT IS NEXT": an all-capital short alias in a sentence in capitals is no name."""
    for mention in list(out.mentions):
        text = mention.text
        if len(text) > SHORT_ALIAS or not text.isupper() or mention.resolved_by != "gazetteer":
            continue
        words = [t for t in out.doc[mention.start].sent if t.is_alpha and len(t) > 1]
        if len(words) >= 3 and sum(t.is_upper for t in words) * 2 > len(words):
            remove_mention(out, mention)


def _drop_stances_and_languages(out: DocActors) -> None:
    """ "anti-Pakistan", "pro-Russian", "the Russian language", "Russian speakers", "in Russian",
    "Chinese rivals"."""
    grammar = read_grammar()
    prefixes, languages = set(grammar["stance_prefixes"]), set(grammar["language_nouns"])
    rivals, features = set(grammar["rival_nouns"]), set(grammar["place_features"])
    laws = set(grammar["law_name_heads"]["words"])
    doc = out.doc
    dropped = []  # decided on the whole document first: a list of languages is read as a list
    for mention in list(out.mentions):
        if out.actors[mention.actor_id].type != "country":
            continue
        before = doc[max(mention.start - 2, 0) : mention.start]
        stance = len(before) == 2 and before[1].text in _HYPHENS and before[0].lower_ in prefixes
        after = doc[mention.end] if mention.end < len(doc) else None
        language = mention.resolved_by == "demonym" and (
            (after is not None and after.lower_ in languages)
            or (mention.end - mention.start == 1 and _language_noun(doc[mention.start], out))
        )
        # "the Niger Delta", "the Indian Ocean", "the Sea of Japan", "the Gulf of Guinea": the water or land
        named_after = after is not None and after.is_title and after.lower_ in features
        of_state = len(before) == 2 and before[1].lower_ == "of" and before[0].is_title
        feature = named_after or (of_state and before[0].lower_ in features)
        law = _in_law_name(mention, doc, laws)
        if stance or language or feature or law or _rivals_of(doc[mention.end - 1], mention, rivals):
            dropped.append(mention)
    for mention in dropped:
        remove_mention(out, mention)


def _in_law_name(mention: MentionSpan, doc: Doc, heads: set[str]) -> bool:
    """Whether the state ``mention`` names is part of a law's name: capitalised words after it, at most
    five, up to a head of ``law_name_heads`` ("the Taiwan Relations Act", "the Burma Act")."""
    for token in doc[mention.end : mention.end + 6]:
        if token.text in heads:
            return True
        if not token.is_title or token.is_sent_start:
            return False
    return False


def _rivals_of(token: Token, mention: MentionSpan, rivals: set[str]) -> bool:
    """ "Chinese rivals", "Israel's enemies", "Russia's opponents": a group defined by its opposition to
    the state (``rival_nouns`` in ``data/grammar.json``). A demonym before "opponents" or "critics" is
    their nationality ("Venezuelan opponents of the president"), so only a possessive counts there."""
    head = token.head
    if head.i == token.i or head.i < mention.end or head.lemma_.lower() not in rivals:
        return False
    if token.dep_ == "poss" or (token.dep_ == "case" and token.head.dep_ == "poss"):
        return True
    own = any(c.dep_ == "poss" for c in head.children)  # "Apple's Chinese rivals" are Chinese
    nationality = head.lemma_.lower() in {"opponent", "critic"}
    return token.dep_ in {"amod", "compound"} and not own and not nationality


_HYPHENS = {"-", "‐", "‑", "–"}


def _language_noun(token: Token, out: DocActors) -> bool:
    """A demonym used as a singular noun with no article is a language: "teaching in Russian",
    "spoke Arabic" (people are "a Russian", "Russians"); not in a list with other than demonym nouns
    ("by Poland, Lithuanian and Latvian diplomats", "by NATO, French, German and Turkish officials")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "in Russian and Ukrainian", not "Armenian and Azerbaijani officials"
    for member in (first, *first.conjuncts):
        found = out.by_token.get(member.i)
        if member.tag_ not in {"NNP", "NN"} or found is None or found.resolved_by != "demonym":
            return False
    return (
        first.dep_ in {"pobj", "dobj", "attr"}
        and first.pos_ in {"NOUN", "PROPN"}
        and token.tag_ in {"NNP", "NN"}
        and not token.text.endswith("s")
        and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in token.children)
    )


#: What may stand between a name and the acronym the text gives for it ("(SDF)", ", or BLA").
_LEADS = (("(",), (",", "or"), ("known", "as"), (",", "known", "as"), ("called",), ("called", "the"))


def _acronym_after(out: DocActors, mention: MentionSpan) -> Token | None:
    """The acronym the text gives for ``mention`` right after it: "(SDF)", ", or BLA", "known as OLF"."""
    after = list(out.doc[mention.end : mention.end + 5])
    words = tuple(t.lower_ for t in after)
    for lead in _LEADS:
        if words[: len(lead)] == lead and len(after) > len(lead):
            candidate = after[len(lead)]
            if lead == ("(",) and words[2:3] != (")",):
                continue
            initials = {w[0] for w in mention.text.replace("-", " ").split() if w[:1].isupper()}
            if _ACRONYM.fullmatch(candidate.text) and candidate.text[0] in initials:
                return candidate
    return None


#: Words a name's initials skip ("Directorate of Criminal Investigations": DCI).
_UNINITIALLED = frozenset({"of", "and", "for", "the", "on", "&"})


def _bracketed_organs(out: DocActors) -> list[tuple[MentionSpan, Token]]:
    """ "the Philippine Coast Guard (PCG)", "the Nigerian Air Force (NAF)": an acronym in brackets after
    a phrase whose capitalised words' initials spell it, and which holds one mention, of a state or a
    body (a state's organ named by its demonym folds to the state), with that mention."""
    doc = out.doc
    found = []
    for token in doc[2:-1]:
        if token.text != "(" or doc[token.i + 2 : token.i + 3].text != ")":
            continue
        acronym = doc[token.i + 1]
        known = out.by_token.get(acronym.i)
        if not _ACRONYM.fullmatch(acronym.text) or (known is not None and known.resolved_by != "ner"):
            continue  # the data's own acronym ("(UN)") is that body already
        head = doc[token.i - 1]
        if head.pos_ not in {"NOUN", "PROPN"}:
            continue
        words = [
            t
            for t in doc[head.left_edge.i : head.i + 1]
            if t.lower_ not in _UNINITIALLED and t.text[:1].isupper() and t.pos_ != "DET" and t.tag_ != "POS"
        ]
        if "".join(t.text[0] for t in words).upper() != acronym.text.upper():
            continue
        inside = list({id(m): m for t in words if (m := out.by_token.get(t.i)) is not None}.values())
        if len(inside) != 1:
            continue
        mention = inside[0]
        if out.actors[mention.actor_id].type in _NAMED_KINDS | {"country"}:
            found.append((mention, acronym))
    return found


def _acronym_before(out: DocActors, mention: MentionSpan) -> Token | None:
    """The acronym a name in brackets spells out: "DOJ (Department of Justice)", "FAA (Federal Aviation
    Administration)" (the initials of its words, "of" and "and" counted or not), unless the data knows
    the acronym as a body of its own."""
    doc = out.doc
    if mention.start < 2 or mention.end >= len(doc) or doc[mention.start - 1].text != "(":
        return None
    if doc[mention.end].text != ")":
        return None
    acronym = doc[mention.start - 2]
    known = out.by_token.get(acronym.i)
    if not _ACRONYM.fullmatch(acronym.text) or (known is not None and known.resolved_by != "ner"):
        return None
    words = [w for w in mention.text.replace("-", " ").split() if w.lower() != "the"]
    spelled = {
        "".join(w[0] for w in words if w[:1].isupper()).upper(),
        "".join(w[0] for w in words).upper(),
    }
    return acronym if acronym.text.upper() in spelled else None


def _spread_acronym(out: DocActors, acronym: Token, actor_id: str) -> None:
    """Make every one-word use of ``acronym`` from its definition on a mention of ``actor_id``."""
    doc = out.doc
    for token in doc[acronym.i :]:
        if token.text != acronym.text:
            continue
        current = out.by_token.get(token.i)
        if current is not None:
            if current.actor_id == actor_id or current.end - current.start > 1:
                continue
            remove_mention(out, current)
        out.add_mention(doc[token.i : token.i + 1], actor_id, "coreference")


def _defined_acronyms(out: DocActors) -> None:
    for mention, spelled in _bracketed_organs(out):
        _spread_acronym(out, spelled, mention.actor_id)
    for mention in sorted(out.mentions, key=lambda m: m.start):
        if mention not in out.mentions or out.actors[mention.actor_id].type not in _NAMED_KINDS:
            continue
        if mention.end - mention.start < 2:
            continue
        acronym = _acronym_after(out, mention) or _acronym_before(out, mention)
        if acronym is not None:
            _spread_acronym(out, acronym, mention.actor_id)


def _name_head(name: str) -> str | None:
    """The head word of an organisation's name of two words or more, lower-cased: its last word before
    an "of", "for" or "on" phrase ("Economic Community of West African States" -> "community")."""
    words = name.replace("’", "'").split()
    if len(words) < 2:
        return None
    for k, word in enumerate(words):
        if k and word.lower() in _NAME_PHRASES:
            words = words[:k]
            break
    head = words[-1].removesuffix("'s").strip(".,")
    return head.lower() if head.isalpha() and head[:1].isupper() else None


def _longer_name(token: Token) -> bool:
    """Whether a capitalised word goes on as a longer name: another capitalised word ("the Forum
    Secretariat"), or an "of"/"for"/"on" phrase that begins with one ("the Council of Europe", not
    "accused the Council of bias")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True
    after = doc[token.i + 2 : token.i + 4]
    words = [t for t in after if t.lower_ != "the"][:1]
    return nxt.lower_ in _NAME_PHRASES and bool(words) and words[0].text[:1].isupper()


def _head_words(out: DocActors) -> None:
    """ "the Pacific Islands Forum ... leave the Forum": the capitalised head word of an organisation's
    name after "the", not one word of a longer name, is the one organisation named before with it."""
    doc = out.doc
    named = sorted(out.mentions, key=lambda m: m.start)
    heads: dict[str, set[str]] = defaultdict(set)
    k = 0
    for token in doc:
        while k < len(named) and named[k].end <= token.i:
            mention = named[k]
            k += 1
            if mention in out.mentions and out.actors[mention.actor_id].type in _HEADED_KINDS:
                for name in (mention.text, out.actors[mention.actor_id].name):
                    if (head := _name_head(name)) is not None:
                        heads[head].add(mention.actor_id)
        if not token.is_alpha or not token.text[:1].isupper() or token.is_upper:
            continue
        if token.i == 0 or doc[token.i - 1].lower_ != "the" or len(heads.get(token.lower_, ())) != 1:
            continue
        if _longer_name(token):
            continue  # "the Council of Europe", "the Forum Secretariat"
        current = out.by_token.get(token.i)
        if current is not None:
            draft = out.actors[current.actor_id]
            tagged = not draft.gazetteer and draft.name == token.text  # the tagger's one-word organisation
            if current.end - current.start > 1 or not (tagged or current.resolved_by == "group"):
                continue  # a name of its own ("the Court" read as a state's courts gives way)
            remove_mention(out, current)
        if out.is_chrome(doc[token.i : token.i + 1]):
            continue
        (actor_id,) = heads[token.lower_]
        out.add_mention(doc[token.i : token.i + 1], actor_id, "coreference")


def _leader_governments(out: DocActors) -> None:
    """ "the Biden administration", "Erdogan's government": the leader's state acts."""
    heads = set(read_grammar()["leader_government_heads"])
    doc = out.doc
    for mention in list(out.mentions):
        draft = out.actors.get(mention.actor_id)
        if draft is None or draft.type != "person" or not draft.country:
            continue
        nxt = mention.end
        if nxt < len(doc) and doc[nxt].tag_ == "POS":
            nxt += 1
        if nxt >= len(doc) or doc[nxt].lower_ not in heads:
            continue
        if not out.ensure_actor(draft.country):
            continue
        span = doc[mention.start : mention.end]
        remove_mention(out, mention)
        out.add_mention(span, draft.country, "metonym")
    # "the Modi government" where the NER saw no person: a known leader's surname before the word.
    for token in doc[:-1]:
        if token.i in out.by_token or token.pos_ != "PROPN" or doc[token.i + 1].lower_ not in heads:
            continue
        people = out.gazetteer.surnames.get(token.lower_, set())
        countries = {rec.country for p in people if (rec := out.gazetteer.get(p)) is not None}
        if len(countries) == 1 and (state := countries.pop()) and out.ensure_actor(state):
            out.add_mention(doc[token.i : token.i + 1], state, "metonym")


def _acting_regions(out: DocActors) -> None:
    """ "Europe retaliated with its own tariffs": a region that acts (the subject of a verb) is the
    organisation that acts for it (``acting_regions`` in ``data/grammar.json``), also listed with an
    actor that acts with it ("the US and Europe imposed sanctions", "imposed by Britain and Europe",
    "talks between China and Europe"); "gas deliveries to Europe", "from Europe to the Caucasus",
    "exports to India and Europe" name a place."""
    regions: dict[str, str] = read_grammar()["acting_regions"]
    doc = out.doc
    for token in doc:
        actor_id = regions.get(token.text)
        if actor_id is None or token.i in out.by_token or out.is_chrome(doc[token.i : token.i + 1]):
            continue
        if not (
            token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}
        ) and not _listed_actor(token, out):
            continue
        if any(
            t.pos_ == "PROPN" and t.i not in out.by_token and t.i != token.i
            for c in token.conjuncts
            for t in c.subtree
        ):
            continue  # "Europe and Africa": a heading run into the sentence, or two regions
        if out.ensure_actor(actor_id):
            out.add_mention(doc[token.i : token.i + 1], actor_id, "metonym")


def _listed_actor(token: Token, out: DocActors) -> bool:
    """Whether ``token`` is an item of a list with an actor in it that is a verb's subject, its
    by-agent or the object of "between" ("the US and Europe imposed ...", "by Britain and Europe",
    "between China and Europe")."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    if first.i == token.i:
        return False
    acting = (first.dep_ in {"nsubj", "nsubjpass"} and first.head.pos_ in {"VERB", "AUX"}) or (
        first.dep_ == "pobj" and (first.head.dep_ == "agent" or first.head.lower_ == "between")
    )
    items = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i != token.i)]
    return acting and any(t.i in out.by_token for t in items)
