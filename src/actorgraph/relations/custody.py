"""Custody, charges, trials and releases whose state the sentence does not name.

News about journalists, activists and dissidents rarely names who holds, charges or frees them:
"X has been held in solitary confinement in Minsk", "X is on trial", "X was released on bail",
"X has pleaded not guilty". One decision, :func:`custodians`, says which state does it:

1. a place of the clause lies in it ("in Evin prison in Tehran", "detained in Venezuela");
2. the story already had it hold or charge the person ("A court in Harare jailed X ... X was
   released": that court);
3. the person's own state, when the text gives one ("Vietnamese blogger X", "a Turkish national"),
   unless they serve it as an official and the story's courts (4.) are another state's;
4. the one state whose courts, prosecutors, police or prisons the story names ("A judge in Harare
   refused bail ... X, a reporter, has been in custody"; ``custodian_nouns``).

Else nobody: a person of no known state, in a story whose courts are of no state or of two, gives no
edge. The clauses read here are those no lexicon entry fires: being in prison, behind bars or on
trial (``custody_clause_rule``) and pleading not guilty (``plea_rule``, a REJECT of whoever holds or
charged the person).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span, Token

from actorgraph.actors.sectors import sector_class
from actorgraph.relations.arguments import Context, np_actors, prep_objects
from actorgraph.relations.candidates import Candidate, emit
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.voice import located_agents, own_states

__all__ = ["custodians", "custody_clause", "into_custody", "plea", "released"]

#: How "trial" or "accused" hangs on "stands", "faces" (the parser's readings of "stands accused").
TRIAL_LINKS = frozenset({"acomp", "advcl", "dobj", "oprd", "xcomp"})


def custodians(
    people: list[str], words: Iterable[Token], ctx: Context, *, charged: bool = False
) -> tuple[list[str], list[Token]]:
    """Who holds, charges or tries ``people`` when the clause names no agent: the state of a place
    phrase on one of ``words``, else the story's last jailer or prosecutor of theirs, else their own
    state, else the one state whose courts or police the story names; ``[]`` when none is known.
    With ``charged`` (a plea answers a charge already made), only the place or the story's jailer."""
    for word in words:
        found, tokens = located_agents(word, ctx)
        if found:
            return found, tokens
    persons = [p for p in people if ctx.kind(p) == "person"]
    if not persons:
        return [], []
    if charged:
        return _holder(persons, ctx), []
    held = _holder(persons, ctx)
    if held:
        return held, []
    own = own_states(persons, ctx)
    setting = _setting(ctx)
    if own and setting and setting[0] not in own and all(_official(p, ctx) for p in persons):
        # "A court in Ankara ... X, a local U.S. consulate employee, remains in custody": a state's
        # official abroad is held where the story's courts are, not by the state they serve
        return setting, []
    return own or setting, []


def _holder(people: list[str], ctx: Context) -> list[str]:
    """The state or state organ the story last had arrest, hold or charge one of ``people``."""
    for act in reversed(ctx.discourse.events.acts):
        if (
            act.type in ctx.grammar["custodian_types"]
            and act.directed
            and act.target in people
            and act.source not in people
            and _state_side(act.source, ctx)
        ):
            return [act.source]
    return []


def _official(person: str, ctx: Context) -> bool:
    """Whether a person serves their state (a diplomat, a consulate employee), not only belongs to it."""
    draft = ctx.actors.actors[person]
    return sector_class(draft.sector, draft.type) == "state"


def _state_side(actor: str, ctx: Context) -> bool:
    """Whether ``actor`` is a state or one of its organs (a court, the police), who can hold or charge
    (not a person: a police spokesman telling what happened holds nobody)."""
    draft = ctx.actors.actors.get(actor)
    if draft is None or draft.type == "person":
        return False
    return draft.type == "country" or sector_class(draft.sector, draft.type) == "state"


def _setting(ctx: Context) -> list[str]:
    """The one state whose courts, judges, prosecutors, police or prisons the document names ("a
    Phnom Penh court", "police in Kampala", "Zimbabwe's High Court"): at least three in four of the
    mentions that name a state (a stray "the judge" resolved elsewhere does not unsettle a story);
    ``[]`` when none does."""
    if ctx.custody_setting is None:
        nouns = set(ctx.grammar["custodian_nouns"])
        counts: Counter[str] = Counter()
        for token in ctx.actors.doc:
            if token.lemma_.lower() in nouns and token.pos_ in {"NOUN", "PROPN"}:
                counts.update(set(_states_of(token, ctx)))
        ranked = counts.most_common()
        top = ranked[0] if ranked else ("", 0)
        rest = sum(n for _, n in ranked[1:])
        settled = top[1] > 0 and 3 * rest <= top[1]
        known = settled and ctx.actors.ensure_actor(top[0]) and ctx.kind(top[0]) == "country"
        ctx.custody_setting = [top[0]] if known else []
    return list(ctx.custody_setting)


def _states_of(noun: Token, ctx: Context) -> list[str]:
    """The states a court or police noun names by its modifiers ("Cambodian prosecutors", "Zimbabwe's
    court", "a Phnom Penh court") and its place phrase ("a judge in Harare", "a trial in New York"),
    not the state a bare "the court" or "prosecutors" was resolved to (the nearest one named)."""
    words: list[Token] = []
    holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i != noun.i:
                words.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"in", "of"}:
                words.extend(o for o in child.children if o.dep_ == "pobj")
    words += [c for w in words for c in w.children if c.dep_ == "compound"]  # "Phnom Penh"
    states: list[str] = []
    for word in words:
        actor = ctx.actors.actor_at(word) or ""
        draft = ctx.actors.actors.get(actor)
        if draft is not None:
            states.append(actor if draft.type == "country" else draft.country or "")
        elif (place := ctx.actors.place_at(word)) is not None:
            states.append(place)
    return [s for s in states if s]


def custody_clause(verb: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "X has been held in solitary confinement in Minsk", "X remains behind bars", "X returned to
    prison on the orders of Judge Y", "X is on trial", "X stands trial": the subject is held (COERCE)
    or tried (ACCUSE: also "X stands accused of treason") by whoever a by-phrase or "on the orders
    of" names, else by its custodian."""
    rule = ctx.grammar["custody_clause_rule"]
    lemma = verb.lemma_.lower()
    for child in _links(verb):
        nouns: list[Token] = []
        if child.dep_ == "prep" and child.lower_ in rule["preps"]:
            nouns = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ in TRIAL_LINKS and lemma in rule["trial_verbs"]:
            nouns = [child]  # "stands trial", "stands accused"
        for noun in nouns:
            kind = _custody_kind(noun, child, verb, rule)
            if kind is None:
                continue
            people = [
                a for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for a in np_actors(c, ctx)[0]
            ]
            holders, tokens, _ = prep_objects(noun, ("by",), ctx)  # "stands accused by Amnesty"
            if not holders:
                holders, tokens = _orderers(verb, ctx)
            if not holders:
                holders, tokens = custodians(people, (noun, verb), ctx)
            if not holders:
                return []
            entry = rule[kind]
            trigger = Trigger(
                noun.lemma_.lower(), "noun", entry["plover"], entry["cameo"], entry["mode"], (), False
            )
            pred = [verb, child, noun, *tokens]
            # "shouldn't have spent a day in prison", "is no longer in jail": no custody stated
            found = emit(holders, people, trigger, pred, sent, verb, ctx, doc_date, 0.6)
            return [c for c in found if not c.negated]
    return []


def into_custody(verb: Token, ctx: Context) -> bool:
    """Whether a verb takes its subject (not an object) into custody: "X returned to prison", "went
    back to jail" (a custody pattern of the lexicon, "return * to prison", read the wrong way round
    when there is no object)."""
    rule = ctx.grammar["custody_clause_rule"]
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children):
        return False
    return any(
        _custody_kind(o, p, verb, rule) == "held" and p.lower_ in rule["going_preps"]
        for p in _links(verb)
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _links(verb: Token) -> list[Token]:
    """The verb's dependents, and those of its "back" ("went back to prison")."""
    backs = [c for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ == "back"]
    return [*verb.children, *(c for b in backs for c in b.children)]


def _orderers(verb: Token, ctx: Context) -> tuple[list[str], list[Token]]:
    """Who ordered it: "on the orders of Judge X", "at the order of a Minsk court"."""
    nouns = set(ctx.grammar["custody_clause_rule"]["order_nouns"])
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "under"}):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns):
            found, tokens, _ = prep_objects(noun, ("of", "from", "by"), ctx)
            if found:
                return found, [prep, noun, *tokens]
    return [], []


def _custody_kind(noun: Token, link: Token, verb: Token, rule: dict[str, list[str]]) -> str | None:
    """ "held" for "in prison", "behind bars", "(went back) to jail"; "tried" for "on trial", "stands
    trial"."""
    forms = {*rule["held_nouns"], *rule["trial_nouns"]}
    word = noun.lower_ if noun.lower_ in forms else noun.lemma_.lower()  # "bars", "accused"
    lemma = verb.lemma_.lower()
    if word in rule["trial_nouns"] and (link.dep_ in TRIAL_LINKS or link.lower_ == "on"):
        return "tried"
    if word not in rule["held_nouns"] or link.dep_ != "prep":
        return None
    going = lemma in rule["going_verbs"] and link.lower_ in rule["going_preps"]
    return (
        "held" if going or (lemma in rule["held_verbs"] and link.lower_ not in rule["going_preps"]) else None
    )


def released(verb: Token, trigger: Trigger, people: list[str], ctx: Context) -> bool:
    """Whether a passive release with no agent frees people from state custody: "released on bail",
    "freed from prison", or people the story had held ("X was detained ... X was freed")."""
    if trigger.mode not in ctx.grammar["custodian_release_modes"]:
        return False
    persons = [p for p in people if ctx.kind(p) == "person"]
    if not persons:
        return False
    places = {*ctx.grammar["custody_nouns"], *ctx.grammar["custody_clause_rule"]["held_nouns"], "bail"}
    cue = any(
        o.lemma_.lower() in places
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )
    return cue or bool(_holder(persons, ctx))


def plea(verb: Token, sent: Span, ctx: Context, doc_date: str | None) -> list[Candidate]:
    """ "X has pleaded not guilty", "X pleaded innocent": X rejects the charge of whoever the story had
    charge or hold them (or the state of the court named: "in a Moscow court"), never a guess."""
    rule = ctx.grammar["plea_rule"]
    if verb.lemma_.lower() not in rule["verbs"]:
        return []
    words = {t.lower_ for c in verb.children if c.i > verb.i for t in c.subtree}
    if not any(set(w.split()) <= words for w in rule["words"]):
        return []
    people = [a for c in verb.children if c.dep_ == "nsubj" for a in np_actors(c, ctx)[0]]
    persons = [p for p in people if ctx.kind(p) == "person"]
    if not persons:
        return []
    holders, tokens = custodians(persons, (verb,), ctx, charged=True)
    trigger = Trigger(verb.lemma_.lower(), "verb", rule["plover"], rule["cameo"], "", (), False)
    return emit(persons, holders, trigger, [verb, *tokens], sent, verb, ctx, doc_date, 0.6)
