"""Who an event's arguments are: actors of noun phrases, subjects, objects, places.

A phrase that is not itself an actor resolves through its modifiers ("the UK government",
"Russian officials", "the governments of Iraq and Syria"), a pronoun through the nearest fitting
antecedent, "the two countries" through the last two states named, and people named by a
demonym through where they are ("ethnic Albanians in south Serbia").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Token

from actorgraph.actors.fronted import is_swallowed, swallowed_subject
from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.resolve import DocActors, MentionSpan, misplaced_apposition
from actorgraph.actors.sectors import load_sectors
from actorgraph.actors.teams import leading_names
from actorgraph.relations.discourse import Discourse
from actorgraph.relations.lexicon import Lexicon, Trigger
from actorgraph.relations.promises import offered_meeting
from actorgraph.relations.syntax import (
    SUBJECT_DEPS,
    companions,
    conjuncts,
    coordinated,
    detached_list,
    hyphen_partners,
    is_passive,
    lost_main_verb,
    own_subject,
    reciprocal,
)
from actorgraph.relations.triggers import CONTROL_TYPES, noun_trigger, verb_trigger

__all__ = [
    "SUBJECT_DEPS",
    "Context",
    "claimed_under",
    "complement_targets",
    "conjuncts",
    "deployment_states",
    "first_actor",
    "gathering",
    "gerund_doer",
    "governing_verb",
    "hyphenated_states",
    "noun_doers",
    "np_actors",
    "place_targets",
    "prep_objects",
    "state_in",
    "subjects",
    "vote_state",
]

_INHERIT = {"xcomp", "conj", "advcl", "ccomp", "pcomp"}
_MODIFIERS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod"}
#: Where a delegation whose leader a participle names is a side of its verb ("a delegation, led by X, met").
_TEAM_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Links from a noun up to the verb of its clause ("on its tariffs", "its border with").
_NOMINAL_LINKS = {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "dative", "compound", "appos"}


class Context:
    """Per-document state for pronouns and "the two countries"."""

    def __init__(self, actors: DocActors, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.sentences = list(actors.doc.sents)
        self.sentence_starts = [s.start for s in self.sentences]
        #: The states of the places each sentence names, venues of meetings left out (by sentence
        #: index; ``nominal.targets._story_place``, filled as it reads).
        self.story_places: dict[int, list[str]] = {}
        #: Mentions from the end of the document back, for antecedent searches.
        self.latest_first = sorted(actors.mentions, key=lambda m: -m.start)
        self.grammar = read_grammar()
        self.agent_heads = set(self.grammar["agent_heads"])
        self.place_preps = set(self.grammar["place_preps"])
        self.adjunct_types = set(self.grammar["adjunct_target_rule"]["types"])
        self.light_verbs = set(self.grammar["light_verbs"])
        auspices = self.grammar["auspices_rule"]
        self.mediating_verbs = set(auspices["mediating_verbs"])
        self.settlement_verbs = {
            *auspices["settling_verbs"],
            *auspices["keeping_verbs"],
            *auspices["renewing_verbs"],
        }
        self.reduce_verbs = set(self.grammar["reduce_verbs"])
        self.deploying_verbs = set(self.grammar["deployed_purpose_rule"]["verbs"])
        self.deployed_help_types = set(self.grammar["deployed_purpose_rule"]["help_types"])
        self.under_verbs = set(self.grammar["under_attack_verbs"])
        self.demanded_acts = set(self.grammar["demanded_acts"])
        self.gathering_nouns = set(self.grammar["gathering_nouns"])
        self.partitive_words = set(self.grammar["partitive_words"])
        self.sectors = load_sectors()
        self.wrong_nouns = set(self.grammar["speech"]["negative_nouns"])
        self.norm_nouns = set(self.grammar["speech"]["norm_nouns"])
        self.denial_verbs = set(self.grammar["denial_verbs"])
        self.naming_verbs = set(self.grammar["naming_verbs"])
        self.reciprocal_verbs = set(self.grammar["reciprocal_verbs"])
        self.hosting_verbs = set(self.grammar["visit_rule"]["verbs"])
        self.companion_verbs = set(self.grammar["companion_verbs"])
        self.relative_pronouns = set(self.grammar["relative_pronouns"])
        self.located_agent_preps = set(self.grammar["located_agent_preps"])
        self.located_agent_modes = set(self.grammar["located_agent_modes"])
        self.located_agent_types = set(self.grammar["located_agent_types"])
        self.convening_verbs = set(self.grammar["convening_verbs"])
        self.unreal_types = set(self.grammar["unreal_types"])
        self.relational_nouns = set(self.grammar["relational_nouns"])
        self.occasion_preps = set(self.grammar["occasion_preps"])
        self.own_forces_types = set(self.grammar["own_forces_types"])
        self.receive_verbs = set(self.grammar["receive_verbs"])
        self.aiming_verbs = set(self.grammar["aiming_verbs"])
        self.responsibility_nouns = set(self.grammar["responsibility_nouns"])
        self.victim_verbs = set(self.grammar["victim_verbs"])
        self.of_doer_types = set(self.grammar["of_doer_types"])
        self.speech = set(self.grammar["speech_verbs"])
        self.title_words = set(self.grammar["titles"]) | set(self.grammar["office_nouns"])
        self.intent = set(self.grammar["intent_verbs"])
        self.hypo_aux = set(self.grammar["hypothetical_aux"])
        self.hypo_heads = set(self.grammar["hypothetical_heads"])
        self.hypo_marks = set(self.grammar["hypothetical_marks"])
        self.negating = set(self.grammar["negating_verbs"])
        self.negation = set(self.grammar["negation_words"])
        self.demand_modals = set(self.grammar["demand_modals"])
        self.place_target_preps = set(self.grammar["place_target_preps"])
        # "suspended aid deliveries in Yemen", "closed its embassy in Kabul": a place aid or a sanction
        # reaches is its target as much as a place violence happens in.
        self.place_target_types = set(self.grammar["place_target_types"]) | set(
            self.grammar["affected_place_types"]
        )
        self.place_target_modes = set(self.grammar["place_target_modes"])
        self.ethnic_words = set(self.grammar["ethnic_words"])
        self.population_nouns = set(self.grammar["population_nouns"])
        self.trip_cameo = set(self.grammar["trip_cameo"])
        self.self_act_types = set(self.grammar["self_act_types"])
        self.monitoring_verbs = set(self.grammar["monitoring_verbs"])
        self.relatum_nouns = set(self.grammar["relational_nouns"]) | set(self.grammar["neighbour_nouns"])
        #: What a state moves when it mobilises: forces, envoys, ships (not lobbies or volunteers).
        self.moved_forces = (
            set(self.grammar["own_assets"])
            | set(self.grammar["armed_doers"])
            | set(self.grammar["vehicle_nouns"])
        )
        self.member_nouns = set(self.grammar["member_nouns"])
        self.private_relation_nouns = set(self.grammar["private_relation_nouns"])
        self.opinion_types = set(self.grammar["opinion_types"])
        self.event_name_heads = set(self.grammar["event_name_heads"])
        #: The one state whose courts or police the document names (``custody``; ``None``: not yet read).
        self.custody_setting: list[str] | None = None
        #: Quotations, groups and events of the document so far (built last: it reads the above).
        self.discourse = Discourse(self)

    def control(self, token: Token) -> Trigger | None:
        """The trigger of ``token`` if it governs a complement whose event it reports
        ("threatened to cut off", "agreed to set up", "willing to withdraw")."""
        if token.pos_ == "ADJ":
            trig = self.lexicon.adjective(token.lemma_.lower())
        elif token.pos_ in {"VERB", "AUX"}:
            found = verb_trigger(token, self.lexicon)
            trig = found[0] if found else None
        else:
            return None
        if token.lemma_ in self.denial_verbs:
            return None
        # "offered to host talks": the offer reports the meeting it plans (relations/promises.py)
        if trig is None or (trig.plover not in CONTROL_TYPES and not offered_meeting(trig, self.grammar)):
            return None
        from actorgraph.relations.commands import own_command

        # "Putin ordered his army to invade X": the invasion is told, the command asks no one
        return None if own_command(token, self) else trig

    def agent_head(self, token: Token) -> bool:
        """Whether ``token`` is a noun for people or forces acting for a state ("envoys", "troops")."""
        return token.lower_ in self.agent_heads or token.lemma_.lower() in self.agent_heads

    def kind(self, actor_id: str) -> str:
        return self.actors.actors[actor_id].type

    def tagger_only(self, actor_id: str) -> bool:
        """Whether an actor is a name the tagger alone found (no gazetteer, no title), maybe a place."""
        draft = self.actors.actors.get(actor_id)
        return draft is not None and set(draft.resolved_by) <= {"ner", "coreference"}

    def named_event(self, actor_id: str) -> bool:
        """Whether a name the tagger alone took for an organisation names an event ("the Malabar
        Joint Maritime Exercise", "the Extended Deterrence Dialogue"): no side of a relation."""
        draft = self.actors.actors.get(actor_id)
        return (
            draft is not None
            and draft.type == "organization"
            and list(draft.resolved_by) == ["ner"]
            and draft.name.rsplit(" ", 1)[-1].lower() in self.event_name_heads
        )

    def unplaced_body(self, actor_id: str) -> bool:
        """Whether a name of two words or more the tagger alone took for an organisation is named once
        and nothing places it: no state, no sector, no initials ("will fund the Coastal Surveillance
        Training Institute"). Such a name is mostly a facility, a programme or a forum told in passing,
        no target of a relation; a body that acts, one the story names again, one the data knows and one
        of a state stay."""
        draft = self.actors.actors.get(actor_id)
        return (
            draft is not None
            and draft.type == "organization"
            and list(draft.resolved_by) == ["ner"]
            and draft.country is None
            and draft.sector is None
            and not draft.name.isupper()
            and len(draft.name.split()) >= 2
            and draft.mentions <= 1
        )

    def preceding(self, token: Token, want: set[str], *, subjects_first: bool = False) -> list[str]:
        """Actors of the wanted types mentioned before ``token``, nearest first.

        With ``subjects_first``, actors that were the subject of a clause in the current or
        the two previous sentences come before the rest ("He" after "Shamkhani met X, Y's adviser").
        """
        doc = self.actors.doc
        seen: list[str] = []
        subjects: list[str] = []
        sent_starts = [s for s in self.sentence_starts if s <= token.i][-3:]
        window = sent_starts[0] if sent_starts else 0
        for m in self.latest_first:
            if m.start >= token.i or self.kind(m.actor_id) not in want:
                continue
            if self.actors.is_chrome(doc[m.start : m.end]):
                continue
            if m.actor_id not in seen:
                seen.append(m.actor_id)
            if (
                m.start >= window
                and doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}
                and m.actor_id not in subjects
            ):
                subjects.append(m.actor_id)
        if subjects_first:
            return subjects + [a for a in seen if a not in subjects]
        return seen


def np_actors(token: Token, ctx: Context, *, depth: int = 0) -> tuple[list[str], bool]:
    """Actors named by the noun phrase headed by ``token`` (with its conjuncts).

    Returns the actor ids and whether a pronoun or group reference was resolved.
    """
    found: list[str] = []
    inferred = False
    for tok in coordinated(token):
        if tok is not token and is_swallowed(tok):
            continue  # "In a conversation with A, B joked": B is the clause's subject, not A's companion
        if tok is not token and noun_trigger(tok, ctx.lexicon) and _own_doer(tok, ctx):
            continue  # "help for the refugees and Turkish strikes": another event, with its own doer
        if tok is not token and (person := _titled_item(tok, ctx)) is not None:
            # "A, Lithuanian President B and Ukrainian President C": a title the parser made the item,
            # its name hung elsewhere: the person, not the demonym before the title
            found.append(person)
            continue
        paired = hyphenated_states(tok, ctx)
        if paired:
            found.extend(paired)  # "the U.S.-Japan alliance", one token (whatever NER made of it)
            continue
        actor = ctx.actors.actor_at(tok)
        if actor is not None and ctx.actors.by_token[tok.i].resolved_by == "group":
            # "Russian dissident X ... the dissident": the person introduced so, not the story's group
            # of that name (acc-discourse)
            described = ctx.discourse.persons.described(tok)
            if described:
                found.extend(described)
                inferred = True
                continue
        origins = _origin_states(tok, actor, ctx) if actor is not None else []
        if origins:
            # "border guards from Tajikistan and Kyrgyzstan", "military leaders of A and B": a group
            # the story gave one state is of every state its list names
            found.extend(origins)
            continue
        if actor is not None:
            # "Indian-Australian exercises", "the Russia-Ukraine war": both sides of the hyphen, in
            # text order (the first named is the first side).
            found.extend(a for h in hyphen_partners(tok) if (a := ctx.actors.actor_at(h)))
            # "The Netherlands, Belgium, Austria, and Ireland": the items the parser did not coordinate
            found.extend(surface_list(tok, ctx))
            found.extend(_modifier_conjuncts(tok, actor, ctx))
            located = _located(tok, actor, ctx)
            found.extend([located] if located else [])
            continue
        lower = tok.lower_
        if (
            tok.dep_ in SUBJECT_DEPS | {"dobj"}
            and tok.head.dep_ == "relcl"
            and lower in ctx.relative_pronouns
        ):
            # "Nepal, which is allied with India": the relative pronoun stands for the noun it modifies;
            # "Hamas, a group that Canada sanctioned": for the name that noun describes.
            if depth <= 3:
                sub, inf = np_actors(_described(tok.head.head, ctx), ctx, depth=depth + 1)
                before = tok.doc[tok.i - 2] if tok.i > 1 and tok.doc[tok.i - 1].is_punct else None
                if not sub and before is not None and ctx.actors.actor_at(before):
                    # "the backing of India, which has ...": the name right before the comma
                    sub, inf = np_actors(_mention_root(before, ctx), ctx, depth=depth + 1)
                found.extend(sub)
                inferred |= inf
            continue
        whole = _partitive_whole(tok, ctx)
        if whole is not None and depth <= 3:
            # "part of an al-Shabab stronghold", "some of the Russian positions": the whole says whose
            sub, inf = np_actors(whole, ctx, depth=depth + 1)
            found.extend(sub)
            inferred |= inf
            continue
        if tok.pos_ == "PRON":
            refs = ctx.discourse.pronoun(tok)
            if refs is not None:  # "we" inside a quotation, "they": the discourse memory
                found.extend(refs)
                inferred |= bool(refs)
                continue
            ref = _pronoun(tok, ctx)
            if ref:
                found.append(ref)
                inferred = True
            continue
        held = ctx.actors.roles.get(tok.i)
        if held:
            # "the Italian premier", "the prime ministers of A and B": the people the story names in
            # that office, and a state whose holder it does not name (actors.roles)
            found.extend(held)
            inferred = True
            continue
        titled = ctx.actors.titled.get(tok.i)
        if titled is not None and not any(c.dep_ == "appos" for c in tok.children):
            # "paid a courtesy call on President of X, NAME", the name hung elsewhere: the person
            # (actors.offices._office_states)
            found.append(titled)
            continue
        apposed = [
            a
            for c in tok.children
            if c.dep_ == "appos" and not misplaced_apposition(tok, c) and not is_swallowed(c)
            for a in np_actors(c, ctx, depth=depth + 1)[0]
        ]
        if apposed and depth <= 3:
            # "the Syrian Kurdish militia, the YPG", "the Islamist group, Boko Haram": the name in
            # apposition is the actor, not the demonym nor what the description would refer back to
            found.extend(apposed)
            continue
        if tok.lower_ == "other" and reciprocal(tok) is not None:
            continue  # "Each accuses the other": the subject's members, no third party (candidates.emit)
        grouped = ctx.discourse.group(tok)
        if grouped is None:
            grouped = ctx.discourse.definite(tok)
        if grouped is not None:  # "the four countries", "both leaders", "the army", "the council"
            found.extend(grouped)
            inferred = True
            continue
        if depth > 3:
            continue
        local: list[str] = []
        owners: list[str] = []
        beside: list[str] = []  # "the presidents of A and B as well as the leader of X": the leader's own
        for child in tok.children:
            if child.dep_ in _MODIFIERS and not _event_participle(child, ctx):
                sub, inf = np_actors(child, ctx, depth=depth + 1)
                (owners if child.dep_ == "poss" else local).extend(sub)
                inferred |= inf
            elif child.dep_ == "prep" and (
                (child.lower_ in {"of", "from"} and ctx.agent_head(tok))
                or (child.lower_ == "of" and ctx.sectors.term("site", tok.lemma_.lower()) is not None)
            ):
                # "the governments of Iraq and Syria", "doctors from two American aid groups", "the
                # headquarters of an opposition party" (a site: whoever holds it)
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        sub, inf = np_actors(pobj, ctx, depth=depth + 1)
                        local.extend(sub)
                        inferred |= inf
                        beside += [
                            a
                            for t in pobj.conjuncts
                            if t.tag_ == "NN" and ctx.agent_head(t)
                            for a in np_actors(t, ctx, depth=depth + 1)[0]
                        ]
        if tok.lemma_.lower() in ctx.private_relation_nouns:
            # "her supplier blamed X", "Karimi's relatives": kin and trading partners act for themselves,
            # not for whoever they belong to
            owners = []
        if tok.lemma_.lower() in ctx.relatum_nouns:
            # "Chinese rivals", "Russia's neighbours", "Iran's allies": other states than the one named
            # (but "NATO allies", "its EU partners" are members of the bloc named); "President X's
            # allies" are not X either
            local = [a for a in local if ctx.kind(a) != "country"]
            owners = [a for a in owners if ctx.kind(a) not in {"country", "person"}]
        elif tok.tag_ in {"NNS", "NNPS"} and ctx.agent_head(tok):
            # "President X's ministers", "the troops of X": the people of a person's service act and
            # are acted on as the state they serve, not as that person
            # (an office the parser put in the "of" list beside the states is a person of its own)
            served = _served_states([a for a in local if a not in beside], ctx)
            local, owners = [*served, *(a for a in beside if a in local)], _served_states(owners, ctx)
        # "Osama bin Laden's al-Qaeda network": the modifier next to the head names the actor; the
        # possessor only when nothing else does ("Iran's government").
        listed = detached_list(tok) if not local else None
        if listed is not None:
            # "four neighbours: Japan, ...", "Taiwan's friends: Palau and ...": the list, not the owner.
            local.extend(np_actors(listed, ctx, depth=depth + 1)[0])
        if owners and not local and _named_after_comma(tok, ctx):
            owners = []  # "Greece's two allies, France and Cyprus": the conjuncts are the allies
        local = local or owners
        if not local and ctx.agent_head(tok):
            # "Security forces in Guinea", "troops inside Syria": the state the forces are in.
            local.extend(_states_in(tok, ctx.place_target_preps, ctx))
        # "Syria's President Bashar al-Assad", "Khamenei's adviser, Ali Akbar Velayati": the person named
        # in apposition is the actor, not the state or the patron that qualifies the title.
        named = [
            a
            for c in tok.children
            if c.dep_ in {"appos", "compound"} and not misplaced_apposition(tok, c) and not is_swallowed(c)
            for a in np_actors(c, ctx, depth=depth + 1)[0]
            if ctx.kind(a) == "person"
        ]
        found.extend(named[-1:] if named else local)
        if tok.dep_ in _TEAM_ROLES:
            # "a Ugandan delegation, led by Foreign Minister X, met Y", "received a delegation headed by
            # X": the leader takes part too (teams); not in "a meeting of the delegation, led by X",
            # whose participants would pair with their own leader
            found.extend(a for name in leading_names(tok) if (a := ctx.actors.actor_at(name)) is not None)
    return list(dict.fromkeys(found)), inferred


def _titled_item(tok: Token, ctx: Context) -> str | None:
    """The person a list item that is a bare title names right after it ("..., and Ukrainian [President]
    Volodymyr Zelenskyy", "..., and [Minister] for Climate Change James Shaw": the title a conjunct of
    the list, the name hung elsewhere), where only title words or a portfolio's capitalised words and
    "for"/"of" stand between; else None."""
    if ctx.actors.actor_at(tok) is not None or tok.lemma_.lower() not in ctx.title_words:
        return None
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.i + 7, len(doc))):
        mention = ctx.actors.by_token.get(i)
        if mention is not None and mention.start == i and ctx.kind(mention.actor_id) == "person":
            return mention.actor_id
        word = doc[i]
        if not (word.is_title or word.lower_ in {"for", "of"}) or word.ent_type_ in {"GPE", "NORP"}:
            return None  # a comma, "and", a verb, a state's name: no title of this name's
    return None


def _origin_states(tok: Token, actor: str, ctx: Context) -> list[str]:
    """The states a group of people is "from" or "of" when they are more than one and its own is
    among them ("security officials from Iraq and Jordan": IRQ and JOR, where the group resolved to
    Iraq's alone), or a counted group there stands for them ("soldiers from both countries", "border
    guards of the two neighbours": the pair, whatever state the story gave the group); nothing
    otherwise."""
    mention = ctx.actors.by_token.get(tok.i)
    if mention is None or mention.resolved_by != "group":
        return []
    states: list[str] = []
    counted: list[str] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    named = (ctx.actors.actor_at(t) for t in coordinated(pobj))
                    states.extend(a for a in named if a is not None and ctx.kind(a) == "country")
                    if ctx.actors.actor_at(pobj) is None:
                        counted.extend(ctx.discourse.group(pobj) or [])
    counted = list(dict.fromkeys(a for a in counted if ctx.kind(a) == "country"))
    if not states and len(counted) > 1:
        return counted
    states = list(dict.fromkeys(states))
    own = ctx.actors.actors[actor].country
    return states if len(states) > 1 and own in states else []


def _served_states(actors: list[str], ctx: Context) -> list[str]:
    """``actors`` with each person replaced by the state he or she serves (dropped without one)."""
    out: list[str] = []
    for actor in actors:
        if ctx.kind(actor) != "person":
            out.append(actor)
            continue
        state = ctx.actors.actors[actor].country
        if state and ctx.actors.ensure_actor(state) and ctx.kind(state) == "country":
            out.append(state)
    return out


def _described(noun: Token, ctx: Context) -> Token:
    """The name a common-noun description is about: "Hamas, a group that ..." (an apposition),
    "Wagner is a group that ...", "A and B are among the countries that ..." (the copula's subject),
    when that name is an actor and the description names none of its own; else the noun."""
    if noun.pos_ != "NOUN" or any(ctx.actors.actor_at(t) for t in noun.subtree if t.i < noun.i):
        return noun  # "Evans Revere, a former State Department official who ...": the office's state
    named = noun.head if noun.dep_ == "appos" and noun.head.i != noun.i else None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        named = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    among = noun.head
    if noun.dep_ == "pobj" and among.lower_ == "among" and among.dep_ == "prep" and among.head.lemma_ == "be":
        # "Canada and Norway are among the countries that sanctioned X": the copula's subjects
        named = next((c for c in among.head.children if c.dep_ == "nsubj"), None)
    if named is not None and named.dep_ == "nsubj" and ctx.actors.actor_at(named) is None:
        # "the two countries are partners who support each other": a counted group the copula's
        # subject refers back to
        return named if ctx.discourse.group(named) else noun
    return named if named is not None and ctx.actors.actor_at(named) is not None else noun


def _partitive_whole(token: Token, ctx: Context) -> Token | None:
    """The whole of a partitive ("most of the camps" -> "camps"), if ``token`` is one."""
    if token.lemma_.lower() not in ctx.partitive_words and token.lower_ not in ctx.partitive_words:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _named_after_comma(noun: Token, ctx: Context) -> bool:
    """ "Greece's two allies, France and Cyprus": a possessed group noun whose conjuncts, after a
    comma, are names -- an apposition the parser read as a list, so the owner is not one of them."""
    if noun.lower_ not in ctx.member_nouns and noun.lemma_.lower() not in ctx.member_nouns:
        return False
    first = next((c for c in noun.children if c.dep_ in {"conj", "appos"}), None)
    return (
        first is not None
        and first.i > noun.i + 1
        and noun.doc[first.left_edge.i - 1].text == ","
        and ctx.actors.actor_at(first) is not None
    )


def hyphenated_states(token: Token, ctx: Context) -> list[str]:
    """States or IGOs joined by a hyphen in a token the tokenizer kept whole ("U.S.-Japan",
    "E.U.-China"): two or more parts must each name one."""
    if "-" not in token.text or token.is_punct:
        return []
    found: list[str] = []
    for part in token.text.split("-"):
        form = ctx.actors.gazetteer.lookup(part) if len(part) > 1 else None
        record = ctx.actors.gazetteer.get(form.actor_id) if form else None
        if record is None or record.type not in {"country", "igo"}:
            return []
        found.append(record.id)
    if len(found) < 2 or not all(ctx.actors.ensure_actor(a) for a in found):
        return []
    return list(dict.fromkeys(found))


def _joint(token: Token, ctx: Context) -> bool:
    """Whether ``token`` names a joint activity of its parties ("talks", "the alliance")."""
    trigger = ctx.lexicon.noun(token.lemma_.lower())
    return trigger is not None and trigger.symmetric


def _event_participle(token: Token, ctx: Context) -> bool:
    """ "U.S.-backed forces", "EU-imposed tariffs": the participle's modifier is the doer of an event,
    not the owner of the noun (unlike "the Saudi-led coalition", "Russian-made rockets")."""
    return token.tag_ == "VBN" and verb_trigger(token, ctx.lexicon) is not None


def _located(token: Token, actor: str, ctx: Context) -> str | None:
    """ "ethnic Albanians in south Serbia": people named by a demonym act for where they are; an
    ethnic group with no place stated has no state (its kin-state is not where it lives)."""
    mention = ctx.actors.by_token.get(token.i)
    if mention is None or mention.resolved_by != "demonym":
        return actor
    holder = token if token.pos_ in {"NOUN", "PROPN"} else token.head
    # "ethnic Hungarians", "the Albanian population", "the Serb minority": a people, not its kin-state
    ethnic = any(c.lower_ in ctx.ethnic_words for t in (token, holder) for c in t.children) or (
        holder is not token and holder.lemma_.lower() in ctx.population_nouns
    )
    if holder is not token and not ethnic:
        return actor
    states = _states_in(holder, {"in", "of", "inside"}, ctx)
    if not states and ethnic and holder.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        # "arrested ethnic Hungarians in Slovakia"; "cleansing in Montenegro against the Albanian
        # population": the place of the act the people suffer
        where = holder.head.head if holder.dep_ == "pobj" and holder.head.dep_ == "prep" else holder.head
        states = _states_in(where, {"in", "inside"}, ctx)
    if states:
        return states[0]
    return None if ethnic else actor


def _states_in(token: Token, preps: set[str], ctx: Context) -> list[str]:
    """States named (or located by a place) in ``token``'s prepositional phrases ``preps``."""
    states: list[str] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                state = ctx.actors.actor_at(pobj) or ctx.actors.place_at(pobj)
                if (
                    pobj.dep_ == "pobj"
                    and state
                    and ctx.actors.ensure_actor(state)
                    and ctx.kind(state) == "country"
                ):
                    states.append(state)
    return states


def _pronoun(token: Token, ctx: Context) -> str | None:
    lower = token.lower_
    g = ctx.grammar
    if lower in g["pronouns_person"]:
        return ctx.discourse.person(token)  # he/she: quotations and the sex the text gives (acc-discourse)
    if lower in g["pronouns_singular_state"]:
        own = _own_clause_subject(token, ctx) if token.dep_ == "poss" else None
        if own is not None:
            return own  # "Japan, which depends on American protection, raised its tariffs"
        # "Iran announced that it had arrested ...", "Guyana accused it": the discourse memory
        return ctx.discourse.anaphora.singular(token)
    return None


def _own_clause_subject(token: Token, ctx: Context) -> str | None:
    """The subject of the clause a possessive *its* is in, when that subject is a state or an
    organisation named outside the possessed phrase ("Finland, alarmed by NATO warnings, closed
    its border": Finland, not NATO). Whether the doer then acts on itself is :meth:`rebind`'s."""
    node = token.head
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            break
        if node.head is node or node.dep_ not in _NOMINAL_LINKS:
            return None
        node = node.head
    else:
        return None
    inside = {t.i for t in token.head.subtree}
    for child in node.children:
        if child.dep_ in SUBJECT_DEPS and child.i not in inside:
            actor = ctx.actors.actor_at(_mention_root(child, ctx)) or ctx.actors.actor_at(child)
            if actor and ctx.kind(actor) != "person":
                return actor
    return None


def _extraposed_examples(subject: Token, verb: Token, ctx: Context) -> list[str]:
    """ "Several countries condemned the coup, including Ghana and Senegal": the examples of a plural
    group subject that names nobody, written after a comma at the end of its clause, where the parser
    hangs them on the verb, its object or a name in its last phrase (not an object's own examples:
    "threatened several neighbours, including Georgia")."""
    heads = ctx.grammar["group_heads"]
    kinds = {word: kind for kind, words in heads.items() for word in words}
    kind = kinds.get(subject.lower_)
    if kind not in {"state", "person"} or subject.tag_ != "NNS":
        return []
    markers = set(ctx.grammar["example_markers"])
    # the verb, its object, or a name ending the clause ("sent aid to Tonga, such as Japan": a name
    # has no examples, so they are the group's)
    names = [
        o for p in verb.children if p.dep_ in {"prep", "dative"} for o in p.children if o.pos_ == "PROPN"
    ]
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj"), *names]
    found: list[str] = []
    for holder in holders:
        if holder is not verb and (holder.lower_ in kinds or ctx.agent_head(holder)):
            continue  # the object's own examples
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.i < verb.i or prep.doc[prep.left_edge.i - 1].text != ",":
                continue
            marker = " ".join(
                t.lower_
                for t in sorted(
                    [prep, *(g for g in prep.children if g.dep_ in {"amod", "advmod"} and g.i < prep.i)],
                    key=lambda t: t.i,
                )
            )
            if marker in markers:
                found.extend(
                    a for pobj in prep.children if pobj.dep_ == "pobj" for a in np_actors(pobj, ctx)[0]
                )
    return list(dict.fromkeys(found))


def subjects(verb: Token, ctx: Context) -> tuple[list[str], bool, bool]:
    """(actors, passive, inferred) of the subject of ``verb``, inherited where the verb has none.

    Every subject counts ("Kenya as well as Uganda sent ..." has two), and so do companions of the
    verb ("Along with Norway, Sweden criticized ...").
    """
    passive = is_passive(verb)
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not own and (swallowed := swallowed_subject(verb)) is not None:
        own = [swallowed]  # "During a call with A, B stressed ...", B hung on A by the parser
    if own:
        actors: list[str] = []
        inferred = False
        for child in own:
            sub, inf = np_actors(child, ctx)
            if not sub and _joint(child, ctx):
                # "talks between Sudan and South Sudan failed to ...": the parties act together.
                sub, _, inf = prep_objects(child, ("between", "among"), ctx)
            if not sub and not passive and child.pos_ == "NOUN":
                # "the declaration, signed by A, B and C, rejected ...", "a joint statement by A and B
                # condemned ...": a document acts for the issuers its own phrase names (acc-lists)
                sub = ctx.discourse.documents.issued_by(child)
            if not sub and not passive:
                sub = _extraposed_examples(child, verb, ctx)
            actors.extend(sub)
            inferred |= inf
        if not passive:
            for comp in companions(verb):
                actors.extend(np_actors(comp, ctx)[0])
            actors.extend(principals(verb, own, ctx))
        return list(dict.fromkeys(actors)), passive, inferred
    owners = [c for c in verb.children if c.dep_ == "poss"] if verb.tag_ == "VBG" else []
    if owners:
        # "Russian troops' shelling of Ukrainian towns": a gerund's possessor is its subject
        found = [np_actors(o, ctx) for o in owners]
        actors = list(dict.fromkeys(a for named, _ in found for a in named))
        if actors:
            return actors, passive, any(inf for _, inf in found)
    if verb.dep_ == "pcomp":
        # "sanctioned X for its role in [supplying] drones to Y": who is involved does it
        from actorgraph.relations.nominal.involvement import involved_doers

        involved, guessed = involved_doers(verb, ctx)
        if involved:
            return involved, passive, guessed
    claimed = verb.dep_ == "pcomp" and claimed_under(verb, ctx)
    under_verb = verb.head.head.pos_ in {"VERB", "AUX"}
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and (under_verb or claimed):
        # "Boko Haram claimed responsibility for [attacking] ...": the claimer did it.
        main = governing_verb(verb.head.head) if claimed else verb.head.head
        if main is None:
            return [], passive, False
        accused = gerund_doer(verb, ctx)
        if accused:
            return accused, passive, False
        if _judged_unknown(verb, ctx):
            # "blamed the contractor for assisting X": the one blamed did it, and is no actor; the
            # blamer did not
            return [], passive, False
        # "arrested him on [spying] charges": the doer of the gerund is the main verb's subject, its
        # passive subject too ("Eritrea was accused of [shelling] ..."); the gerund keeps its own voice.
        doers, main_passive, inferred = subjects(main, ctx)
        if main_passive and (inferred or not doers):
            # "his tariffs are aimed at [raising] revenue": the passive subject names no doer itself
            return [], main_passive, False
        if main.lemma_ in ctx.companion_verbs and not main_passive:
            # "Chile joined Peru in condemning ...": who is joined does it too.
            doers = doers + [a for c in main.children if c.dep_ == "dobj" for a in np_actors(c, ctx)[0]]
        elif main.lemma_ in ctx.companion_verbs:
            # "Peru was joined by Chile in condemning ...": so does who joins, the by-agent
            doers = doers + prep_objects(main, ("by",), ctx)[0]
        return list(dict.fromkeys(doers)), passive, inferred
    active_object = any(c.dep_ == "dobj" for v in (verb, *conjuncts(verb)) for c in v.children)
    active = verb.tag_ != "VBN" or active_object or lost_main_verb(verb)
    if verb.dep_ == "acl" and active and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "doctors from two American aid groups [donated] ...": a parse that hangs the verb on a noun.
        actors, inferred = np_actors(verb.head, ctx)
        if not actors:
            # "in a statement condemning X, Jordan ...", "issued statements congratulating Y": the issuer
            actors = ctx.discourse.documents.issued_by(verb.head)
        noun = verb.head
        if (
            not actors
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head.pos_ in {"VERB", "AUX"}
        ):
            # "X did Y in a bid to help Z", "in an effort to revive talks": the purpose is the doer's
            # of the clause the noun's phrase belongs to
            actors, _, inferred = subjects(noun.head.head, ctx)
        return actors, passive, inferred
    if verb.dep_ == "relcl":
        actors, inferred = np_actors(verb.head, ctx)
        return actors, passive, inferred
    deployed = _deployed_for(verb, ctx)
    if deployed is not None:
        # "Kenyan police were deployed to assist X", "troops stationed in Y to help X": the forces sent
        actors, inferred = np_actors(deployed, ctx)
        return actors, passive, inferred
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ in {"acomp", "oprd"}:
        # "Ghana is likely to sign", "is due to meet": the subject of the adjective's clause.
        doers, _, inferred = subjects(verb.head.head, ctx)
        return doers, passive, inferred
    if verb.dep_ in _INHERIT and verb.head is not verb and verb.head.pos_ in {"VERB", "AUX"}:
        head_actors, head_passive, inferred = subjects(verb.head, ctx)
        if verb.dep_ == "xcomp":
            from actorgraph.relations.commands import commanded_doers

            commanded = commanded_doers(verb, ctx)
            if commanded:
                return commanded, passive, inferred  # "Putin ordered the army to invade X": Putin
            # Object control: "X urged Y to ..." -> the doer of the xcomp is Y.
            for child in verb.head.children:
                if child.dep_ == "dobj":
                    obj, inf = np_actors(child, ctx)
                    if obj:
                        return obj, passive, inf
        if not head_passive or verb.dep_ == "xcomp":
            # "Armenia was forced to withdraw", "is expected to visit": the passive subject does it.
            return head_actors, passive, inferred
    return [], passive, False


def _deployed_for(verb: Token, ctx: Context) -> Token | None:
    """The forces a purpose infinitive tells what they are sent for, under a deployment in the passive
    ("were deployed to assist X": its subject) or a reduced relative ("troops stationed in Y to help
    X": the noun it is on); ``deployed_purpose_rule``. ``None`` for any other clause: the purpose of
    another passive is its unnamed doer's ("were expelled to pressure X")."""
    deployment = _deployment(verb, ctx)
    if deployment is None or deployment.tag_ != "VBN":
        return None
    if deployment.dep_ == "acl" and deployment.head.pos_ in {"NOUN", "PROPN"}:
        return deployment.head
    return next((c for c in deployment.children if c.dep_ == "nsubjpass"), None)


def _deployment(verb: Token, ctx: Context) -> Token | None:
    """The deployment (``deployed_purpose_rule`` verbs) a purpose infinitive ``verb`` hangs on."""
    deployment = verb.head
    purpose = verb.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    return deployment if purpose and deployment.lemma_.lower() in ctx.deploying_verbs else None


def deployment_states(verb: Token, ctx: Context) -> list[str]:
    """ "troops stationed in Somalia to assist in the fight", "were posted to South Sudan to help
    restore order": the states the deployment a purpose infinitive ``verb`` serves sends its forces to
    or keeps them in (its "to"/"in"/"into" phrases, every item: "sent to Chad and Niger"); none for any
    other verb."""
    deployment = _deployment(verb, ctx)
    if deployment is None:
        return []
    places = [
        t
        for p in deployment.children
        if p.dep_ == "prep" and p.lower_ in {"to", "in", "into"}
        for o in p.children
        if o.dep_ == "pobj"
        for t in (o, *conjuncts(o))
    ]
    return list(dict.fromkeys(s for t in places if (s := state_in([t], ctx))))


def principals(verb: Token, own: list[Token], ctx: Context) -> list[str]:
    """Who the subject acts for, "on behalf of X" on the verb, on a participle of it or of the subject
    ("Speaking on behalf of the EU, X condemned ...", "X, acting on behalf of the Arab League, urged
    ..."): X does the act too, an event stated at two levels."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"advcl", "acl"} and c.tag_ == "VBG")]
    holders += [c for s in own for c in s.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    found: list[str] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"on", "in"}:
                continue
            for behalf in prep.children:
                if behalf.dep_ != "pobj" or behalf.lower_ != "behalf":
                    continue
                for of in behalf.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        found.extend(a for o in of.children if o.dep_ == "pobj" for a in np_actors(o, ctx)[0])
    return found


def claimed_under(token: Token, ctx: Context) -> bool:
    """Whether ``token`` is what someone claims or takes responsibility for ("claimed responsibility
    for the attack", "took credit for attacking ...")."""
    prep = token.head
    noun = prep.head
    return prep.lower_ == "for" and noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.responsibility_nouns


def gerund_doer(verb: Token, ctx: Context) -> list[str]:
    """ "accused Russia of [shelling] the plant", "praised Qatar for [mediating]": the object does it;
    so it does a "by" gerund the parser hung on a verb that names its charge ("accused Iran of
    escalation by [seizing] a tanker", "blamed X for the crisis by [arming] Y")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "by"}:
        return []
    if prep.lower_ == "by" and not _charged(prep.head, ctx):
        return []  # "helped Somalia by training troops": how the subject acted
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    credits = [
        o for o in objects if prep.lower_ == "for" and o.lemma_.lower() in ctx.grammar["crediting_feelings"]
    ]
    if credits:
        # "expressed their appreciation to Qatar for [hosting] the talks": the one the feeling is to
        return [
            *prep_objects(prep.head, ("to",), ctx)[0],
            *(a for o in credits for a in prep_objects(o, ("to",), ctx)[0]),
        ]
    return [a for o in objects for a in np_actors(o, ctx)[0]]


# what an accusation may charge its object with doing to the accuser: a harm, never a favour, nor a
# measure ("accused X of undermining the talks" is no sanction of the accuser)
CHARGED_HARMS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


def accusers(act: Token, ctx: Context) -> list[str]:
    """Who accuses someone of ``act``, the gerund or the noun of an accusation's "of" phrase ("Serbia
    accused Kosovo of [shooting] at its police", "of armed [aggression]": Serbia; "Kosovo was accused by
    Serbia of ..."); none where no one is charged, or each charges the other ("accuse each other of
    [shelling]")."""
    main = charging_verb(act, ctx)
    if main is None:
        return []
    doers, passive, inferred = subjects(main, ctx)
    if passive:
        return prep_objects(main, ("by",), ctx)[0]
    return [] if inferred else doers


def charging_verb(act: Token, ctx: Context) -> Token | None:
    """The verb of accusation whose "of" phrase ``act`` is, with one accused (its object or passive
    subject, not "each other"); else ``None``."""
    prep = act.head
    if act.dep_ not in {"pcomp", "pobj"} or prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    main = prep.head
    fired = verb_trigger(main, ctx.lexicon) if _charged(main, ctx) else None
    if fired is None or fired[0].plover != "ACCUSE":
        return None  # "praised Qatar for [mediating]"
    if any(c.dep_ == "dobj" and reciprocal(c) is not None for c in main.children):
        return None
    return main


def _charged(verb: Token, ctx: Context) -> bool:
    """Whether ``verb`` accuses or credits its object of or for something it names ("accused X of
    escalation", "thanked X for its solidarity")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in verb.children):
        return False
    fired = verb_trigger(verb, ctx.lexicon)
    return fired is not None and fired[0].plover in {"ACCUSE", "SUPPORT"}


def _judged_unknown(verb: Token, ctx: Context) -> bool:
    """Whether the gerund ``verb`` is what an event verb charges or credits its object with, and that
    object names no actor ("praised the shipping firm for [helping] ...", "accused the airline of
    [cooperating] ...")."""
    prep = verb.head
    main = prep.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
        return False
    if main.pos_ not in {"VERB", "AUX"} or not verb_trigger(main, ctx.lexicon):
        return False  # "took the step of recognizing ...": no one is judged
    return any(c.dep_ == "dobj" for c in main.children)


def prep_objects(token: Token, preps: tuple[str, ...], ctx: Context) -> tuple[list[str], list[Token], bool]:
    actors: list[str] = []
    tokens: list[Token] = []
    inferred = False
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            if child.i < token.i and any(c.dep_ in SUBJECT_DEPS and c.i > child.i for c in token.children):
                continue  # "With Qatari support, Sudan suspended ...": a phrase before the subject frames it
            for pobj in child.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    sub, inf = np_actors(pobj, ctx)
                    place = ctx.actors.place_at(pobj)
                    if not sub and place and ctx.actors.ensure_actor(place):
                        sub = [place]  # "withdrew its forces from Kherson": the state the place is in
                    if sub:
                        actors.extend(sub)
                        tokens.append(child)
                        inferred |= inf
    return actors, tokens, inferred


def gathering(noun: Token, ctx: Context) -> bool:
    """Whether ``noun`` names a protest or gathering ("rally", "march", "sit-in")."""
    text = noun.doc[max(noun.i - 2, 0) : noun.i + 1].text.lower()  # "sit-in", split by the tokenizer
    return noun.lemma_.lower() in ctx.gathering_nouns or text in ctx.gathering_nouns


def noun_doers(obj: Token, verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """Who did what a verb's object names ("prevented a rally by opposition activists", "the
    demonstration staged by students", "investigating abuses by the police")."""
    found: list[str] = []
    for child in obj.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            found.extend(np_actors(child, ctx)[0])
    # "a violation of UN resolutions by X": the norm broken is no doer (acc-discourse)
    preps = ("by",) if obj.lemma_.lower() in ctx.norm_nouns else ("by", "of")
    actors, tokens, _ = prep_objects(obj, preps, ctx)
    found.extend(actors)
    for acl in (c for c in obj.children if c.dep_ == "acl"):  # "crimes committed by federal police"
        more, toks, _ = prep_objects(acl, ("by",), ctx)
        found.extend(more)
        tokens.extend(toks)
    if not found and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        # "prevented a rally by X": the parser hangs the noun's "by" on the active verb
        found, tokens, _ = prep_objects(verb, ("by",), ctx)
    return list(dict.fromkeys(found)), tokens


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger hangs under: "launched [airstrikes]", "are in [cooperation]"."""
    node = noun
    for _ in range(3):
        if node.dep_ in {"dobj", "nsubjpass", "attr", "oprd", "dative"} and node.head.pos_ in {"VERB", "AUX"}:
            return node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
            return node.head.head
        if node.dep_ in {"conj", "pobj", "prep", "compound"}:
            node = node.head
            continue
        return None
    return None


def complement_targets(verb: Token, ctx: Context, depth: int = 0) -> list[str]:
    """Actors the complement clause acts upon: its objects and prepositional objects, places included
    ("threatened to cut off electricity to Nakhichevan", "agreed to set up a center in Tokyo")."""
    found: list[str] = []
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "attr", "oprd"}:
            found.extend(np_actors(c, ctx)[0] or vote_state(c, ctx))  # "refused to recognise the vote"
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ != "of":
                    for pobj in p.children:
                        if pobj.dep_ == "pobj":
                            found.extend(np_actors(pobj, ctx)[0])
        elif c.dep_ in {"prep", "agent"}:
            for pobj in c.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    found.extend(np_actors(pobj, ctx)[0])
        elif c.dep_ in {"xcomp", "conj", "advcl"} and c.pos_ in {"VERB", "AUX"} and depth < 3:
            if c.dep_ == "advcl" and own_subject(c):
                continue  # "to impose martial law as miners blocked roads": a clause of its own
            if c.dep_ in {"xcomp", "advcl"} and _doing_object(verb, ctx):
                continue  # "to pay X's relatives to invite her": the relatives' act, not the payer's
            found.extend(complement_targets(c, ctx, depth + 1))
    return list(dict.fromkeys(found))


def _doing_object(verb: Token, ctx: Context) -> bool:
    """Whether the object of ``verb`` is a person who does what the verb's complement says ("pay the
    relatives to invite her", "hired Ahmadi to follow him"): a named person or kin."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        actor = ctx.actors.actor_at(obj)
        if obj.lemma_.lower() in ctx.private_relation_nouns or (actor and ctx.kind(actor) == "person"):
            return True
    return False


def _settling(head: Token, ctx: Context) -> bool:
    """Whether ``head`` is, or is the object of, a verb that makes, keeps or breaks a settlement
    ("breached", "extended": ``settling_verbs``, ``keeping_verbs``, ``renewing_verbs``)."""
    verb = head if head.pos_ in {"VERB", "AUX"} else governing_verb(head)
    return verb is not None and verb.lemma_.lower() in ctx.settlement_verbs


def first_actor(
    head: Token, ctx: Context, *, exclude: set[str], skip_preps: set[str], skip_subject: bool = False
) -> list[str]:
    """The first actor, in text order, inside the phrase of ``head`` (not in its subject or place phrases)."""
    skipped: set[int] = set()
    for child in head.children:
        subject = skip_subject and child.dep_ in SUBJECT_DEPS
        if subject or (child.dep_ == "prep" and child.lower_ in skip_preps):
            skipped.update(t.i for t in child.subtree)
        if child.dep_ in {"advcl", "ccomp", "parataxis", "punct", "npadvmod", "relcl"}:
            skipped.update(t.i for t in child.subtree)
        if child.dep_ == "conj" and own_subject(child):
            skipped.update(t.i for t in child.subtree)  # "X praised, and Y criticized, ...": Y's clause
        if child.dep_ == "poss" and head.lemma_.lower() in ctx.relatum_nouns | ctx.private_relation_nouns:
            skipped.update(t.i for t in child.subtree)  # "X's allies", "X's wife": not X
    for inner in head.subtree:
        if inner.dep_ == "agent" and inner.head.dep_ == "acl" and inner.head.head.i == head.i:
            # "a rally organised by students at Cairo University": the phrase of the noun's own doer
            # names no target
            skipped.update(t.i for t in inner.subtree)
        if inner.dep_ == "relcl" and inner.i != head.i:
            skipped.update(t.i for t in inner.subtree)  # "the support of Kenya, which has ties to Somalia"
        if (
            inner.tag_ == "VBN"
            and inner.i != head.i
            and inner.lemma_.lower() in ctx.mediating_verbs
            and _settling(head, ctx)
        ):
            # "breached a Kenya-brokered truce", "extended a truce brokered by X": the mediator is no
            # party to what the parties do to the settlement
            skipped.update(t.i for t in inner.subtree)
        if inner.dep_ == "prep" and inner.lower_ == "of" and inner.head.lemma_.lower() in ctx.norm_nouns:
            # "condemned the raid as a violation of UN resolutions": the norm broken (acc-discourse)
            skipped.update(t.i for t in inner.subtree)
        if inner.dep_ == "advcl" and inner.i != head.i and own_subject(inner):
            skipped.update(t.i for t in inner.subtree)  # "to impose martial law as miners blocked roads"
        if inner.dep_ in {"acl", "ccomp"} and inner.i != head.i and _content_clause(inner):
            # "rejected accusations that Lai's trial is unfair": what a claim says names no one who made it
            skipped.update(t.i for t in inner.subtree)
        if inner.dep_ == "conj" and inner.i != head.i and _own_doer(inner, ctx):
            # "U.S. support for the island, China's aggression ...", "help for the refugees and Turkish
            # strikes": a list item with a doer of its own is no argument of this one (but "sanctions
            # and other measures against Turkey" share their target).
            skipped.update(t.i for t in inner.subtree)
    for tok in head.subtree:
        if tok.i in skipped or tok.i == head.i:
            continue
        actor = ctx.actors.actor_at(tok)
        if actor is None and tok.lower_ == "you":
            # "“I look forward to working with you,” X wrote": whom the quotation speaks to
            addressed = [a for a in ctx.discourse.pronoun(tok) or [] if a not in exclude]
            if addressed:
                return addressed
        if actor and actor not in exclude:
            # "refused to allow Ugandan and Burundian planes": the actor with its conjuncts.
            root = _mention_root(tok, ctx)
            while root.dep_ in _MODIFIERS and root.head.i not in skipped and root.head.i != head.i:
                # "sanctions on Russia's closest allies -- Belarus, ...", "a summit with North Korean
                # leader Kim Jong Un": the phrase a modifier belongs to says whom
                root = root.head
            found = [a for a in np_actors(root, ctx)[0] if a not in exclude] if root.i not in skipped else []
            if (
                not found
                and root.i != tok.i
                and root.lemma_.lower() in ctx.relatum_nouns | ctx.private_relation_nouns
            ):
                # "sanctions on Iran's allies": not on Iran; "threatened X's parents": not X
                skipped.update(t.i for t in root.subtree)
                continue
            return found or [actor]
    return []


def _content_clause(clause: Token) -> bool:
    """Whether ``clause`` says what a noun states ("reports that X had been expelled", "claims that its
    troops crossed"): a "that" clause with a subject of its own under a noun."""
    return (
        clause.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in clause.children)
        and own_subject(clause)
    )


def _own_doer(noun: Token, ctx: Context) -> bool:
    """Whether a noun names its own doer ("China's aggression", "Russian strikes"): a list item
    with a doer of its own is another event, not a co-participant of the first."""
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"poss", "amod", "compound"} and ctx.actors.actor_at(c) for c in noun.children
    )


def _mention_root(token: Token, ctx: Context) -> Token:
    """The syntactic head of the mention that covers ``token`` ("Arabia" for "Saudi")."""
    mention = ctx.actors.by_token.get(token.i)
    if mention is None:
        return token
    root = token
    while root.head.i != root.i and mention.start <= root.head.i < mention.end:
        root = root.head
    return root


def place_targets(
    anchor: Token, ctx: Context, *, skip: frozenset[str] = frozenset()
) -> tuple[list[str], list[Token]]:
    """States named as where the act happens ("arrived in Amman", "fighting in Cambodia")."""
    actors: list[str] = []
    tokens: list[Token] = []
    holders = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    for c in (child for h in holders for child in h.children):
        if c.dep_ == "prep" and c.lower_ in ctx.place_target_preps and c.lower_ not in skip:
            for pobj in c.children:
                if pobj.dep_ != "pobj":
                    continue
                found = [a for a in np_actors(pobj, ctx)[0] if ctx.kind(a) == "country"]
                if not found:
                    # "attacked a train in Balochistan": the state the place lies in.
                    places = [ctx.actors.place_at(t) for t in pobj.subtree]
                    place = next((p for p in places if p), None)
                    if place and ctx.actors.ensure_actor(place):
                        found = [place]
                actors.extend(found)
                tokens.extend(c for _ in found)
    if not actors:
        # "shelled the Zaporizhzhia nuclear plant": a place naming what was hit.
        for obj in holders[1:]:
            for mod in obj.lefts:
                place = ctx.actors.place_at(mod) if mod.dep_ in {"compound", "nmod", "amod"} else None
                if place and ctx.actors.ensure_actor(place):
                    actors.append(place)
                    tokens.append(obj)
    return actors, tokens


def held_feeling(noun: Token, ctx: Context) -> bool:
    """Whether ``noun`` names a feeling one states, whose "of" phrase or owner is whose it is, never
    whom it is at ("the anger of the people of X", "the regret of X"): a disapproval of
    ``stance_rule`` or a noun of ``held_feelings`` (not an act of support: "in support of X")."""
    word = noun.lemma_.lower()
    return (
        word in ctx.grammar["held_feelings"] or word in ctx.grammar["stance_rule"]["types"]["ACCUSE"]["nouns"]
    )


def vote_state(noun: Token, ctx: Context) -> list[str]:
    """The state a vote is held in: its own phrase ("elections in Bolivia", "the election held in
    Zimbabwe"), the state that holds it ("Belarus held a vote") or where it takes place ("a referendum
    took place in Moldova"); for a vote referred back ("these elections", "the referendum"), the last
    vote so placed in this sentence or the two before (``vote_rule`` in grammar.json); nothing for
    any other noun."""
    rule = ctx.grammar["vote_rule"]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rule["nouns"]:
        return []
    found = _vote_place(noun, ctx)
    if found or not any(c.dep_ == "det" and c.lower_ in rule["determiners"] for c in noun.children):
        return found
    k = bisect_right(ctx.sentence_starts, noun.i) - 1
    start = ctx.sentence_starts[max(0, k - rule["sentences"])]
    for i in range(noun.i - 1, start - 1, -1):
        earlier = ctx.actors.doc[i]
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in rule["nouns"]:
            found = _vote_place(earlier, ctx)
            if found:
                return found
    return []


def state_in(tokens: Iterable[Token], ctx: Context) -> str | None:
    """The state the first of ``tokens`` that names one names: a state ("elections in Georgia") or a
    place lying in one ("arrived in Kabul", "the Nepal earthquake"); ``None`` where none does."""
    for tok in tokens:
        actor = ctx.actors.actor_at(tok)
        if actor is not None and ctx.kind(actor) == "country":
            return actor
        place = ctx.actors.place_at(tok)
        if place and ctx.actors.ensure_actor(place):
            return place
    return None


def _vote_place(noun: Token, ctx: Context) -> list[str]:
    """The one state a vote's own phrase or clause names (see :func:`vote_state`)."""
    # "elections in Georgia", "the election held in Zimbabwe" (the vote's own word names no state)
    state = state_in((t for t in noun.subtree if t.i != noun.i), ctx)
    if state is not None:
        return [state]
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in ctx.grammar["vote_rule"]["holding_verbs"]:
        return []
    if noun.dep_ == "dobj":  # "Belarus held a presidential vote"
        return [a for a in subjects(verb, ctx)[0] if ctx.kind(a) == "country"][:1]
    if noun.dep_ in {"nsubj", "nsubjpass"}:  # "elections were held in Bolivia", "took place in Moldova"
        return place_targets(verb, ctx)[0][:1]
    return []


def _modifier_conjuncts(token: Token, actor: str, ctx: Context) -> list[str]:
    """ "Foreign Minister A and Defence Minister B held talks": the first of two coordinated titled names
    that the parser hung on the second as a modifier, its "and" and the second title its own dependents:
    the people the modifier and its conjuncts name (not the head's own name, "Sergei Lavrov", nor an
    owner or the words of a portfolio, "Investment and Foreign Trade Minister X")."""
    out: list[str] = []
    stack = [c for c in token.lefts if c.dep_ in {"nmod", "compound"}]
    while stack:
        child = stack.pop()
        stack.extend(c for c in child.lefts if c.dep_ in {"nmod", "compound"})  # "Secretary [A] and ..."
        if not any(c.dep_ == "cc" and c.lower_ == "and" and c.i > child.i for c in child.children):
            continue
        for tok in (child, *conjuncts(child)):
            other = ctx.actors.actor_at(tok)
            if other is not None and other != actor and ctx.kind(other) == "person":
                out.append(other)  # not an owner, "A and Kyrgyzstan's B", nor a portfolio's words
    return out


def surface_list(token: Token, ctx: Context) -> list[str]:
    """The actors of the written list ``token``'s mention is an item of: three or more whole mentions
    ("the" before one allowed) with a comma after each but the last two and "and" or "or" before the last
    ("The Netherlands, Belgium, Austria, and Ireland", "The Gambia, Senegal, Mali, and Guinea"), which
    the parser may not have coordinated (an item made an apposition, a modifier or a second subject; the
    last item the subject of a verb the parser made a conjunct of the first, "Burkina Faso, Mali, and
    Niger condemned ...");
    nothing where a description, a place or any other word stands between the commas ("Lavrov,
    Russia's foreign minister, and Wang"; "Lviv, Ukraine, and Krakow": Lviv is a place, no mention)."""
    doc, by_token = ctx.actors.doc, ctx.actors.by_token
    mention = by_token.get(token.i)
    if mention is None:
        return []

    def item_at(i: int) -> MentionSpan | None:
        if i < len(doc) and doc[i].lower_ == "the" and by_token.get(i) is None:
            i += 1  # "and the Philippines", the article outside the mention
        found = by_token.get(i) if i < len(doc) else None
        return found if found is not None and found.start == i else None

    first = mention
    while first.start >= 2:
        comma = first.start - 1 - (doc[first.start - 1].lower_ == "the")
        joined = first is mention and token.dep_ in SUBJECT_DEPS and doc[comma].lower_ in {"and", "or"}
        if joined:
            # "Burkina Faso, Mali, and Niger announced ...": the last item, a subject of the parser's,
            # with the items before it hung elsewhere (the first made the clause's root); not a name
            # after a place, "his envoy in Colombia, X, and Y"
            comma -= doc[comma - 1].text == ","
        before = by_token.get(comma - 1) if comma >= 1 and (joined or doc[comma].text == ",") else None
        if before is None or before.end != comma:
            break
        first = before
    items = [first]
    closed = False
    i = first.end
    while i + 1 < len(doc) and (doc[i].text == "," or (doc[i].lower_ in {"and", "or"} and len(items) > 1)):
        if doc[i].lower_ in {"and", "or"} or doc[i + 1].lower_ in {"and", "or"}:
            last = item_at(i + 1 if doc[i].lower_ in {"and", "or"} else i + 2)  # "B and C", "B, and C"
            # (not an owner: "Russia, Belarus, and Iran's allies")
            closed = last is not None and not (last.end < len(doc) and doc[last.end].tag_ == "POS")
            items += [last] if last is not None else []
            break
        item = item_at(i + 1)
        if item is None:
            break
        items.append(item)
        i = item.end
    if not closed or len(items) < 3 or mention not in items:
        return []
    return list(dict.fromkeys(m.actor_id for m in items))
