"""Reported speech as acts of the speaker.

A statement is an act of whoever makes it. What it says about someone else decides which act:

* a negative evaluation of Y ("said Y's buildup was dangerous", "Y is failing to ...", "in the
  face of Russian aggression") or a hostile act ascribed to Y ("said Y's troops attacked ...") is
  an **accusation** of Y (the embedded act stays, flagged as the speaker's claim);
* the speaker's own coercion announced for later, under a condition or as a warning ("if Y ...,
  we will respond", "warned it would impose sanctions on Y"), or a bad fate announced for Y ("Y
  will pay a heavy price", "Y would face consequences") is a **threat**;
* an obligation laid on Y ("Y must / should / needs to / has to ...") is a **request**;
* and, in the writer's voice too, the doer's own future cooperation ("will send aid to Y",
  "said it would resume drills with Y") is a **commitment** (PLOVER AGREE), the act itself staying
  visible as hypothetical.

A statement is a speech verb with its complement clause ("X said that ..."), or a quotation whose
speaker the discourse memory knows. The word lists are the ``speech`` entry of
``data/grammar.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from spacy.tokens import Span, Token

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.relations.arguments import Context, conjuncts, np_actors, prep_objects, subjects
from actorgraph.relations.lexicon import Trigger
from actorgraph.relations.triggers import verb_trigger

__all__ = ["SpeechAct", "Statement", "speech_acts", "statements"]

_SUBJECTS = {"nsubj", "nsubjpass"}
_CLAUSE_LINKS = {"conj", "xcomp"}


class _Found(Protocol):
    """What the speech rules read of a relation already found in the sentence."""

    @property
    def source(self) -> str: ...

    @property
    def target(self) -> str: ...

    @property
    def trigger(self) -> Trigger: ...

    @property
    def negated(self) -> bool: ...

    @property
    def hypothetical(self) -> bool: ...

    @property
    def anchor(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Statement:
    """Who says what: the speakers, the speech verb (``None`` for a quotation standing on its
    own) and the root of the clause that is said."""

    speakers: tuple[str, ...]
    verb: Token | None
    clause: Token


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """An act of a speaker derived from what was said, ready to become a candidate."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    trigger: Trigger
    tokens: tuple[Token, ...]
    anchor: Token
    hypothetical: bool


@dataclass(frozen=True, slots=True)
class _Words:
    speech: frozenset[str]
    negative_verbs: frozenset[str]
    negative_adjectives: frozenset[str]
    negative_nouns: frozenset[str]
    obligation_verbs: frozenset[str]
    obligation_passives: frozenset[str]
    obligation_aux: frozenset[str]
    future_aux: frozenset[str]
    possibility_aux: frozenset[str]
    threat_speech: frozenset[str]
    retaliation_verbs: frozenset[str]
    retaliation_objects: frozenset[str]
    threat_predicates: dict[str, frozenset[str]]
    commitment_types: frozenset[str]
    coercive_types: frozenset[str]
    claimed_types: frozenset[str]
    naming: frozenset[str]
    commentators: frozenset[str]
    ongoing: frozenset[str]
    speaker_pronouns: frozenset[str]
    informants: frozenset[str]
    wrongdoing: frozenset[str]
    cognition: frozenset[str]
    relation_nouns: frozenset[str]
    answered: frozenset[str]
    rules: dict[str, Trigger]


@cache
def _words() -> _Words:
    g = read_grammar()
    s: dict[str, Any] = g["speech"]

    def rule(key: str) -> Trigger:
        return Trigger("said", "verb", s[key]["plover"], s[key]["cameo"], "", ("dobj",), False, "rule")

    return _Words(
        speech=frozenset(g["speech_verbs"]) | frozenset(g["quote_verbs"]) | frozenset(s["statement_verbs"]),
        negative_verbs=frozenset(s["negative_verbs"]),
        negative_adjectives=frozenset(s["negative_adjectives"]),
        negative_nouns=frozenset(s["negative_nouns"]),
        obligation_verbs=frozenset(s["obligation_verbs"]),
        obligation_passives=frozenset(s["obligation_passives"]),
        obligation_aux=frozenset(g["demand_modals"]) | {"ought"},
        future_aux=frozenset(s["future_aux"]),
        possibility_aux=frozenset(s["possibility_aux"]),
        threat_speech=frozenset(s["threat_speech_verbs"]),
        retaliation_verbs=frozenset(s["retaliation_verbs"]),
        retaliation_objects=frozenset(s["retaliation_objects"]),
        threat_predicates={k: frozenset(v) for k, v in s["threat_predicates"].items()},
        commitment_types=frozenset(s["commitment_types"]),
        coercive_types=frozenset(s["coercive_types"]),
        claimed_types=frozenset(s["claimed_types"]),
        naming=frozenset(s["naming_verbs"]),
        commentators=frozenset(s["commentator_words"]),
        ongoing=frozenset(s["ongoing_verbs"]),
        speaker_pronouns=frozenset(g["pronouns_speaker"]) | {"it"},
        informants=frozenset(s["informant_heads"]),
        wrongdoing=frozenset(s["wrongdoing_verbs"]),
        cognition=frozenset(s["cognition_verbs"]),
        relation_nouns=frozenset(s["relation_nouns"]),
        answered=frozenset(s["answered_types"]),
        rules={
            "ACCUSE": rule("accuse_rule"),
            "THREATEN": rule("threaten_rule"),
            "AGREE": rule("commit_rule"),
            "REQUEST": rule("request_rule"),
            "REJECT": rule("reject_rule"),
        },
    )


def statements(sent: Span, ctx: Context) -> list[Statement]:
    """The statements of a sentence: speech verbs with a complement clause, and a quotation's
    sentence whose speaker the discourse memory knows."""
    words = _words()
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_ not in words.speech or verb.pos_ not in {"VERB", "AUX"} or _negated(verb):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
            clauses.append(verb.head)  # “We will respond,” | he said
        if not clauses:
            continue
        if any(c.dep_ in _SUBJECTS and c.lemma_.lower() in words.informants for c in verb.children):
            continue  # "military sources said", "a report said": informants report, they do not act
        speakers, passive, _ = subjects(verb, ctx)
        if passive:
            speakers = prep_objects(verb, ("by",), ctx)[0]
        if not speakers:
            quoted = ctx.discourse.speaker_at(clauses[0])
            speakers = [quoted] if quoted else []
        speakers = [s for s in speakers if _voice(s, ctx)]
        if speakers:
            out.extend(Statement(tuple(speakers[:2]), verb, c) for c in clauses)
    said = {t.i for st in out for t in st.clause.subtree} | {st.verb.i for st in out if st.verb is not None}
    root = sent.root
    speaker = ctx.discourse.speaker_at(root)
    if speaker and root.i not in said and _voice(speaker, ctx):
        out.append(Statement((speaker,), None, root))
    return out


def speech_acts(sent: Span, found: Sequence[_Found], ctx: Context) -> list[SpeechAct]:
    """The acts the sentence's statements (and future commitments) make, beyond ``found``."""
    acts: list[SpeechAct] = []
    said = statements(sent, ctx)
    for st in said:
        acts.extend(_accusations(st, found, ctx))
        acts.extend(_denials(st, ctx))
        acts.extend(_threats(st, found, ctx))
        acts.extend(_requests(st, ctx))
    acts.extend(_commitments(sent, found, ctx))
    acts.extend(_namings(sent, ctx))
    acts.extend(_stances(sent, said, found, ctx))
    have = {(c.source, c.trigger.plover, c.target) for c in found}
    out: list[SpeechAct] = []
    for act in acts:
        pairs = {(s, act.trigger.plover, t) for s in act.sources for t in act.targets if s != t}
        if pairs - have:
            out.append(act)
            have |= pairs
    return out


# --- the acts ----------------------------------------------------------------------------------------


def _accusations(st: Statement, found: Sequence[_Found], ctx: Context) -> list[SpeechAct]:
    words = _words()
    own = _own(st.speakers, ctx)
    targets: list[str] = []
    rejected: list[str] = []
    keys: list[Token] = []
    inside = {t.i for t in st.clause.subtree}
    for verb in _clause_verbs(st.clause):
        key = _negative_predicate(verb, words)
        if key is None or _negated(verb):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive:
            # "we are being abused by Mauritius": the agent of the wrong is accused
            doers = prep_objects(verb, ("by",), ctx)[0]
        else:
            doers = []
            for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
                named = np_actors(subject, ctx)[0]
                if not named:
                    # "the strikes were barbaric": an act the story reported names its doer;
                    # "the allegations are baseless" answers whoever made them
                    kind, named = ctx.discourse.implicit_doer(subject)
                    if kind in words.answered:
                        rejected.extend(a for a in named if a not in own)
                        named = []
                doers.extend(named)
        doers = [a for a in doers if a not in own]
        targets.extend(doers)
        keys.extend(key for _ in doers[:1])
    for c in found:
        # "said Burkinabe troops had attacked villages": ascribing an attack accuses the attacker
        if (
            c.anchor in inside
            and c.trigger.plover in words.claimed_types
            and not (c.negated or c.hypothetical)
            and c.source not in own
            and _state(c.source, ctx) not in own
        ):
            targets.append(c.source)
            keys.append(ctx.actors.doc[c.anchor])
    for tok in st.clause.subtree:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in words.negative_nouns and not _negated(tok.head):
            owners = [a for a in _owners(tok, ctx) if a not in own and _state(a, ctx) not in own]
            targets.extend(owners)
            keys.extend(tok for _ in owners[:1])
    out: list[SpeechAct] = []
    targets = [t for t in dict.fromkeys(targets) if t not in own]
    if targets:
        out.append(_act(st, targets, words.rules["ACCUSE"], keys[0], hypothetical=False))
    if rejected:
        out.append(
            _act(st, list(dict.fromkeys(rejected)), words.rules["REJECT"], st.clause, hypothetical=False)
        )
    return out


def _denials(st: Statement, ctx: Context) -> list[SpeechAct]:
    """ "Budapest was not blocking anything", "the drones pose no threat": denying the wrong
    rejects whoever charged the speaker's side with it."""
    words = _words()
    own = _own(st.speakers, ctx)
    for verb in _clause_verbs(st.clause):
        denied = _negated(verb) or any(
            c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children
        )
        if not denied:
            continue
        trig = verb_trigger(verb, ctx.lexicon)
        wrong = verb.lemma_.lower() in words.negative_verbs or any(
            c.dep_ in {"dobj", "attr", "acomp"}
            and (c.lemma_.lower() in words.negative_nouns or c.lemma_.lower() in words.negative_adjectives)
            for c in verb.children
        )
        hostile = trig is not None and trig[0].plover in words.coercive_types
        if not (wrong or hostile):
            continue
        doers = [a for c in verb.children if c.dep_ in _SUBJECTS for a in np_actors(c, ctx)[0]]
        if any(a not in own and _state(a, ctx) not in own for a in doers):
            continue  # "X said Y had not attacked": a defence of Y, no answer of X's own
        accusers = ctx.discourse.accusers_of(own, verb)
        if accusers:
            return [_act(st, accusers, words.rules["REJECT"], verb, hypothetical=False)]
    return []


def _stances(sent: Span, said: list[Statement], found: Sequence[_Found], ctx: Context) -> list[SpeechAct]:
    """ "Japan will strengthen its defenses to deter Chinese aggression": acting against a wrong
    of Y, named as such, accuses Y (statements are read by their own rules)."""
    words = _words()
    inside = {t.i for st in said for t in st.clause.subtree}
    out: list[SpeechAct] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i in inside or noun.lemma_.lower() not in words.negative_nouns:
            continue
        owners = _owners(noun, ctx)
        if not owners:
            continue
        node = noun
        for _ in range(6):
            if node.head == node or _negated(node):
                break
            node = node.head
            if node.pos_ not in {"VERB", "AUX"}:
                continue
            trig = verb_trigger(node, ctx.lexicon)
            if trig is not None and trig[0].plover in {"ACCUSE", "REJECT", "PROTEST", "THREATEN"}:
                break  # "condemned Chinese aggression": the verb's own event says it
            voices, passive, _ = subjects(node, ctx)
            voices = [v for v in voices if _voice(v, ctx)] if not passive else []
            if voices:
                own = _own(tuple(voices), ctx)
                targets = [a for a in owners if a not in own and _state(a, ctx) not in own]
                if targets:
                    st = Statement(tuple(voices), node, node)
                    out.append(_act(st, targets, words.rules["ACCUSE"], noun, hypothetical=False))
                break
    return out


def _namings(sent: Span, ctx: Context) -> list[SpeechAct]:
    """ "Macron called Chinese subsidies 'unbearable'", "described the move as illegal": naming
    someone's doing with a negative word accuses them."""
    words = _words()
    out: list[SpeechAct] = []
    for verb in sent:
        if verb.lemma_ not in words.naming or verb.pos_ != "VERB" or _negated(verb):
            continue
        key = None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for child in [*verb.children, *(c for o in objects for c in o.children)]:
            comp = child
            if child.dep_ == "prep" and child.lower_ == "as":  # "described it as illegal"
                comp = next((c for c in child.children if c.dep_ in {"pobj", "acomp", "amod"}), child)
            elif child.dep_ not in {"oprd", "acomp", "ccomp", "xcomp"} and not (
                len(objects) > 1 and child == objects[-1]  # "labeled the launch a provocation"
            ):
                continue
            lemma = comp.lemma_.lower()
            if (
                lemma in words.negative_adjectives
                or lemma in words.negative_nouns
                or any(
                    m.dep_ == "amod" and m.lemma_.lower() in words.negative_adjectives for m in comp.children
                )
            ):
                key = comp
        if key is None:
            continue
        speakers = [a for a in subjects(verb, ctx)[0] if _voice(a, ctx)]
        named = [
            a
            for c in verb.children
            if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i and c != key
            for a in _named(c, ctx)
        ]
        targets = [t for t in dict.fromkeys(named) if t not in _own(tuple(speakers), ctx)]
        if speakers and targets:
            st = Statement(tuple(speakers), verb, verb)
            out.append(_act(st, targets, words.rules["ACCUSE"], key, hypothetical=False))
    return out


def _named(noun: Token, ctx: Context) -> list[str]:
    """Whose doing a named thing is: the actor itself, or its owner ("the EU move", "Chinese
    subsidies")."""
    return np_actors(noun, ctx)[0] or _owners(noun, ctx) or ctx.discourse.implicit_doer(noun)[1]


def _threats(st: Statement, found: Sequence[_Found], ctx: Context) -> list[SpeechAct]:
    words = _words()
    own = _own(st.speakers, ctx)
    warned = st.verb is not None and st.verb.lemma_ in words.threat_speech
    out: list[SpeechAct] = []
    for verb in _clause_verbs(st.clause):
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"} | _aux_above(verb)
        future, possible = bool(aux & words.future_aux), bool(aux & words.possibility_aux)
        if not (future or possible) or _negated(verb):
            continue
        condition = [
            a
            for adv in verb.children
            if adv.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in adv.children)
            for s in adv.children
            if s.dep_ in _SUBJECTS
            for a in np_actors(s, ctx)[0]
            if a not in own
        ]
        doers, passive, _ = subjects(verb, ctx)
        targets: list[str] = []
        if doers and not passive and set(doers) <= own | {_state(d, ctx) for d in doers if d in own}:
            coercion = [
                c.target for c in found if c.anchor == verb.i and c.trigger.plover in words.coercive_types
            ]
            retaliation = verb.lemma_ in words.retaliation_verbs or any(
                c.dep_ == "dobj" and c.lemma_.lower() in words.retaliation_objects for c in verb.children
            )
            if not (coercion or retaliation) or not (condition or possible or warned or retaliation):
                continue  # a plain announcement: the act stays, hypothetical; no threat
            targets = coercion + condition
            if retaliation:
                targets += prep_objects(verb, ("against", "on", "to"), ctx)[0]
        elif doers and not set(doers) & own:
            trig = verb_trigger(verb, ctx.lexicon)
            fate = _threat_predicate(verb, words) or (
                passive and trig is not None and trig[0].plover in words.coercive_types
            )
            if fate:
                targets = list(doers)  # "Y will pay a heavy price", "Y will be crushed"
        targets = [t for t in dict.fromkeys(targets) if t not in own]
        if targets:
            out.append(_act(st, targets, words.rules["THREATEN"], verb, hypothetical=False))
    return out


def _requests(st: Statement, ctx: Context) -> list[SpeechAct]:
    """ "X said Y must / should / needs to / has to / ought to / is required to ...": X asks it of Y."""
    words = _words()
    own = _own(st.speakers, ctx)
    out: list[SpeechAct] = []
    for verb in _clause_verbs(st.clause):
        if _negated(verb):
            continue
        if verb.lemma_.lower() in words.cognition:
            continue  # "lawmakers must understand that ...": rhetoric, not a demand
        modal = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in words.obligation_aux]
        xcomp = any(c.dep_ == "xcomp" for c in verb.children)
        obliged = bool(modal) or (
            xcomp
            and (
                verb.lemma_ in words.obligation_verbs
                or (
                    verb.lemma_ in words.obligation_passives
                    and any(c.dep_ == "auxpass" for c in verb.children)
                )
            )
        )
        if not obliged:
            continue
        key = modal[0] if modal else verb
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.lemma_.lower() in words.relation_nouns:
            # "talks with China must continue": the speaker wants the ties, asks nothing of anyone
            partners = [a for a in prep_objects(subject, ("with", "between"), ctx)[0] if a not in own]
            if partners:
                out.append(_act(st, partners, words.rules["AGREE"], key, hypothetical=False))
            continue
        targets = [
            a
            for c in verb.children
            if c.dep_ in _SUBJECTS and c.lower_ not in words.speaker_pronouns
            for a in np_actors(c, ctx)[0]
            if a not in own and _state(a, ctx) not in own
        ]
        if targets:
            out.append(_act(st, targets, words.rules["REQUEST"], key, hypothetical=False))
    return out


def _commitments(sent: Span, found: Sequence[_Found], ctx: Context) -> list[SpeechAct]:
    """ "Japan will send medical teams to Turkey", "said it would resume drills with the United
    States": the doer's own future cooperation is a commitment (PLOVER AGREE)."""
    words = _words()
    doc = ctx.actors.doc
    out: list[SpeechAct] = []
    for c in found:
        if c.trigger.plover not in words.commitment_types or c.negated or c.anchor < 0:
            continue
        anchor = doc[c.anchor]
        if not _agent(anchor, c.source, ctx) or (
            anchor.dep_ == "xcomp" and anchor.head.lemma_ in words.ongoing
        ):
            continue  # "ties with Russia will loosen ...", "would continue to offer": no commitment
        aux = {a.lower_ for a in anchor.children if a.dep_ == "aux"} | _aux_above(anchor)
        if _conditional(anchor):
            continue  # "will buy Russian jets if the freeze is not lifted": a condition, not a pledge
        reporter = _reporter(anchor, ctx)
        if reporter and c.source not in _own((reporter,), ctx):
            continue  # an analyst's forecast of what X will do is no commitment of X
        if aux & {"will", "'ll", "shall"} or ("would" in aux and reporter is not None):
            speakers = (c.source,)
            st = Statement(speakers, None, anchor)
            out.append(_act(st, [c.target], words.rules["AGREE"], anchor, hypothetical=False))
    return out


# --- helpers -----------------------------------------------------------------------------------------


def _act(st: Statement, targets: list[str], rule: Trigger, key: Token, *, hypothetical: bool) -> SpeechAct:
    verb = st.verb if st.verb is not None else key
    tokens = (verb, key) if key != verb else (verb,)
    trigger = Trigger(verb.lemma_, rule.pos, rule.plover, rule.cameo, "", rule.target, False, "rule")
    return SpeechAct(st.speakers, tuple(targets), trigger, tokens, verb, hypothetical)


def _clause_verbs(clause: Token) -> list[Token]:
    """The predicates of a clause: its root and the verbs coordinated with it."""
    return [clause, *(c for c in conjuncts(clause) if c.pos_ in {"VERB", "AUX"})]


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _aux_above(verb: Token) -> set[str]:
    """Auxiliaries of the verbs a complement hangs on ("will continue to provide", "is going to")."""
    out: set[str] = set()
    node = verb
    for _ in range(3):
        if node.dep_ not in _CLAUSE_LINKS or node.head == node:
            break
        node = node.head
        out |= {c.lower_ for c in node.children if c.dep_ == "aux"}
        if node.lemma_ == "go" and node.tag_ == "VBG":
            out.add("will")  # "is going to impose"
    return out


def _reporter(token: Token, ctx: Context) -> str | None:
    """Who says what ``token`` is in (the subject of a speech verb above, a quotation's
    speaker), or ``None`` in the writer's own voice; ``""`` for an unknown speaker."""
    node = token
    for _ in range(6):
        if node.head == node:
            break
        if node.dep_ in {"ccomp", "parataxis"} and node.head.lemma_ in _words().speech:
            said = subjects(node.head, ctx)[0]
            return said[0] if said else ""
        node = node.head
    return ctx.discourse.speaker_at(token)


def _conditional(verb: Token) -> bool:
    """Whether ``verb`` (or a verb its clause hangs on) carries an "if"/"unless" clause."""
    node = verb
    for _ in range(3):
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in node.children
        ):
            return True
        if node.dep_ not in _CLAUSE_LINKS or node.head == node:
            return False
        node = node.head
    return False


def _agent(verb: Token, actor: str, ctx: Context) -> bool:
    """Whether ``actor`` is the grammatical doer of ``verb`` (its subject names it, or a pronoun or
    a forces-and-officials noun does), not the owner of some thing ("ties with Russia will ...")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return (
                ctx.actors.actor_at(subject) is not None
                or subject.pos_ == "PRON"
                or subject.lemma_.lower() in ctx.agent_heads
            )
        if node.dep_ not in _CLAUSE_LINKS or node.head == node:
            return False
        node = node.head
    return False


def _voice(actor: str, ctx: Context) -> bool:
    """Whether what ``actor`` says is an act: states, organisations and officials speak for
    somebody; analysts and academics commenting, and the media, do not."""
    draft = ctx.actors.actors.get(actor)
    if draft is None or draft.type == "media":
        return False
    if draft.type != "person":
        return True
    words = _words().commentators
    described = [(draft.office or "").lower()] + [
        ctx.actors.actors[a.target_id].name.lower()
        for a in ctx.actors.affiliations
        if a.source_id == actor and a.target_id in ctx.actors.actors
    ]
    return not any(
        w.strip(",.()").removesuffix("'s").removesuffix("’s").rstrip("s") in words
        for text in described
        for w in text.split()
    )


def _negative_predicate(verb: Token, words: _Words) -> Token | None:
    """The word that makes a clause a negative evaluation ("failing", "dangerous", "is the
    aggressor", "committed abuses", "poses a threat")."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in words.negative_verbs:
        return verb
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and child.lemma_.lower() in words.negative_nouns
            and verb.lemma_.lower() in words.wrongdoing  # "committed abuses", not "faces a threat"
        ):
            return child
        if child.dep_ in {"acomp", "attr", "oprd"}:
            lemma = child.lemma_.lower()
            if lemma in words.negative_adjectives or lemma in words.negative_nouns:
                return child
            if any(
                m.dep_ == "amod" and m.lemma_.lower() in words.negative_adjectives for m in child.children
            ):
                return child  # "a dangerous provocation"
    return None


def _threat_predicate(verb: Token, words: _Words) -> bool:
    """ "pay a heavy price", "face consequences", "regret it": a bad fate announced for the doer."""
    objects = words.threat_predicates.get(verb.lemma_.lower())
    if objects is None:
        return False
    if not objects:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def _owners(noun: Token, ctx: Context) -> list[str]:
    """Whose the evaluated thing is: "Russia's aggression", "Chinese bullying", "threats by X"."""
    out: list[str] = []
    for child in noun.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            out.extend(np_actors(child, ctx)[0])
    out.extend(prep_objects(noun, ("by", "from"), ctx)[0])
    return list(dict.fromkeys(out))


def _own(speakers: tuple[str, ...], ctx: Context) -> set[str]:
    """The speakers and their states: nobody accuses, threatens or asks themselves."""
    return set(speakers) | {_state(s, ctx) for s in speakers}


def _state(actor: str, ctx: Context) -> str:
    draft = ctx.actors.actors.get(actor)
    if draft is not None and draft.type != "country" and draft.country:
        return draft.country
    return actor
