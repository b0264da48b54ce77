"""The events of a document so far, for the replies that answer them.

"Minsk dismissed the charges" answers the last accusation against Minsk, "Poland supported the
request" the last request, "Iraq also took part in the talks" meets the participants of the
last talks, "the strikes were barbaric" names the doer of the last strikes, and "Budapest was not
blocking anything" answers whoever last accused Budapest. "demanded an end to the hostilities"
is made to both sides of the last fight, or, when the story tells the fight only later, of the
first fight after it: such calls wait for the end of the document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from actorgraph.actors.sectors import sector_class
from actorgraph.relations.discourse.common import (
    DEFINITE,
    MEMORY_SENTENCES,
    names_actor,
    objects,
    sentence_index,
    state_of,
)
from actorgraph.relations.syntax import pobjects

if TYPE_CHECKING:
    from actorgraph.relations.arguments import Context
    from actorgraph.relations.candidates import Candidate
    from actorgraph.relations.lexicon import Trigger

#: What emits a call once its targets are known.
Emitter = Callable[[list[str]], "list[Candidate]"]

__all__ = ["Act", "Events"]

#: Sentences back that a quotation's *you* looks for the speaker's latest act toward someone.
_ADDRESS_SENTENCES = 3
#: The acts by which a speaker turns to someone they may then call *you*: a meeting, a call or a
#: visit, a congratulation or praise.
_ADDRESSING_TYPES = frozenset({"CONSULT", "SUPPORT"})
#: Replies that condemn what they answer ("condemned the move", "rejected the decision").
_CONDEMNATIONS = frozenset({"ACCUSE", "PROTEST", "REJECT"})
#: Prepositions that say where a meeting is held ("the meeting in Washington"), naming no party of it.
_VENUE_PREPS = frozenset({"in", "at"})


@dataclass(frozen=True, slots=True)
class Act:
    """An event already found in the document, as the memory keeps it (no target: "")."""

    type: str
    source: str
    target: str
    sentence: int
    directed: bool
    cameo: str = ""


class Events:
    """The events found so far in one document, in text order."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        g = ctx.grammar
        self.implicit_objects: dict[str, list[str]] = g["implicit_objects"]
        self.coup_nouns = set(g["coup_nouns"])
        self.coup_makers_heads = set(g["coup_maker_heads"])
        #: answered by a third party only ("welcomed the deal"); "signed the agreement" names its own partners
        self.third_party_objects: dict[str, list[str]] = g["third_party_objects"]
        #: answered only by a condemnation ("condemned the move"): the last hostile act of another
        self.condemned_objects: dict[str, list[str]] = {
            k: v for k, v in g["condemned_objects"].items() if not k.startswith("_")
        }
        #: answered only by a welcome ("Egypt hailed the ruling"): the last act of another, any kind
        self.welcomed_objects = set(g["welcomed_objects"]["nouns"])
        self.reply_types = set(g["reply_types"])
        self.participation = set(g["participation_verbs"])
        self.running = set(g["running_verbs"])
        self.bare_types = set(g["bare_reply_types"])
        stop = g["stop_calls"]
        self.fight_types = set(stop["types"])
        self.stop_nouns = set(stop["stop_nouns"])
        self.fight_nouns = set(stop["fight_nouns"])
        self.truce_nouns = set(stop["truce_nouns"])
        #: a call for talks ("urged a return to dialogue") is one to stop the fight by talking
        self.talk_nouns = set(stop["talk_nouns"])
        self.resume_nouns = set(stop["resume_nouns"])
        #: what breaks a norm, for a violation named without its doer
        self.hostile_types = set(g["speech"]["coercive_types"]) | {"THREATEN"}
        self.acts: list[Act] = []
        #: "..., a charge X denies": the denial's token -> the comma before it, and the accusers answered
        self.rebuttals: dict[int, tuple[int, tuple[str, ...]]] = {}
        self.waiting: list[tuple[int, list[str], Emitter]] = []

    def remember(
        self, sentence: int, rtype: str, source: str, target: str, directed: bool, cameo: str = ""
    ) -> None:
        """Keep an event found in sentence ``sentence`` for the replies that may follow."""
        self.acts.append(Act(rtype, source, target, sentence, directed, cameo))

    def remember_doers(self, anchor: Token, rtype: str, sources: list[str]) -> None:
        """Keep an event whose doers are known and whose target is not ("forces shelled Idlib",
        a place of their own): a later "the shelling was unacceptable" still names them."""
        here = sentence_index(self.ctx, anchor.i)
        self.acts.extend(Act(rtype, s, "", here, True) for s in sources)

    def last_doers(self, verb: Token, rtype: str, undergoers: list[str]) -> list[str]:
        """The doer of the last act of type ``rtype`` the story told in this sentence (before ``verb``)
        or the two before, done to others than ``undergoers``: who did an agentless passive that
        continues it ("The US imposed sanctions on Iran. Two Chinese firms were also sanctioned",
        ``extract``); none when no such act was told there."""
        here = sentence_index(self.ctx, verb.i)
        for act in reversed(self.acts):
            if here - act.sentence > 2:
                break
            if act.type == rtype and act.directed and act.source not in undergoers:
                return [act.source]
        return []

    def addressees(self, token: Token, speakers: list[str]) -> list[str]:
        """ "Japan's premier congratulated Trump. 'I look forward to working with you,' he wrote": whom
        a quotation's *you* speaks to, the other side of the speakers' latest meeting, call, visit,
        congratulation or praise of someone in the quotation's sentence or the three before, every
        other side that sentence's such acts of theirs give ("congratulated A and B"; a state whose person is
        one of them left out); none when there is no such act."""
        own = set(speakers) | {state_of(self.ctx, s) for s in speakers}
        here = sentence_index(self.ctx, token.i)
        found: list[str] = []
        told: int | None = None
        for act in reversed(self.acts):
            if act.sentence > here or not act.target:
                continue
            if here - act.sentence > _ADDRESS_SENTENCES or (told is not None and act.sentence != told):
                break
            if act.type not in _ADDRESSING_TYPES:
                continue
            ends = [act.source, act.target]
            mine = [e for e in ends if e in own or state_of(self.ctx, e) in own]
            other = [e for e in ends if e not in mine]
            if len(mine) == 1 and len(other) == 1:
                told = act.sentence
                # "met Tokayev ... visit to Kazakhstan": one side, whether named as its leader or its state
                found.extend(o for o in other if o not in found)
        # "met Tokayev ... in Kazakhstan": one side, named as its leader rather than as its state
        led = {state_of(self.ctx, f) for f in found if state_of(self.ctx, f) != f}
        return [f for f in found if f not in led]

    def same_event(self, noun: Token, verb: Token | None, sources: list[str]) -> list[str]:
        """ "Iraq also took part in the talks": joining a definite meeting that names nobody is
        joining the last meeting reported, and its participants are the others; so is hosting,
        mediating or chairing it ("Qatar hosted the talks", "X, who mediated the meeting": the
        ``running_verbs``)."""
        rtype = "CONSULT"
        if (
            verb is None
            or (verb.lemma_ not in self.participation and verb.lemma_.lower() not in self.running)
            or noun.pos_ != "NOUN"
            or self.implicit_objects.get(noun.lemma_.lower()) != [rtype]
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
            or self._names_party(noun)
        ):
            return []
        here = sentence_index(self.ctx, noun.i)
        own = set(sources) | {state_of(self.ctx, s) for s in sources}
        latest = next((a for a in reversed(self.acts) if a.type == rtype and not a.directed), None)
        if latest is None or here - latest.sentence > MEMORY_SENTENCES:
            return []
        same = [a for a in self.acts if a.type == rtype and not a.directed and a.sentence == latest.sentence]
        same = [a for a in same if a.target]
        return [p for p in dict.fromkeys(x for a in same for x in (a.source, a.target)) if p not in own]

    def _names_party(self, noun: Token) -> bool:
        """Whether the phrase of the meeting ``noun`` names an actor other than where it is held ("the
        talks with Iran", not "the meeting in Washington")."""
        venue = {
            t.i for p in noun.children if p.dep_ == "prep" and p.lower_ in _VENUE_PREPS for t in p.subtree
        }
        return any(self.ctx.actors.actor_at(t) for t in noun.subtree if t.i != noun.i and t.i not in venue)

    def last_visit(self, noun: Token) -> Act | None:
        """ "Ruto visited Uganda. The visit followed a state visit to Tanzania": the last visit (a
        directed meeting) the story told before ``noun``, within the memory's reach, or ``None``."""
        here = sentence_index(self.ctx, noun.i)
        for act in reversed(self.acts):
            if here - act.sentence > MEMORY_SENTENCES:
                break
            if act.type == "CONSULT" and act.directed and act.target:
                return act
        return None

    def visit_host(self, token: Token, visitors: list[str]) -> list[str]:
        """ "X met Y in Cairo. During his visit, X ...", "A visited Iran. B also made the trip": where a
        visit that names no destination went, within ``visit_hosts["sentences"]`` before ``token``: the
        side the visitors themselves last visited, met or were received by, else where the story's
        last visit went (a state, an organisation, or a person's state); never a visitor's own state."""
        from actorgraph.relations.arguments import np_actors

        rule = self.ctx.grammar["visit_hosts"]
        own = set(visitors) | {state_of(self.ctx, v) for v in visitors}
        if token.dep_ == "nsubj" and token.head.lemma_ == "be":
            # "X's trip was the first (visit) to Y by ...": the attribute names where it went
            said = [
                a
                for attr in token.head.children
                if attr.dep_ in {"attr", "acomp"}
                for p in attr.children
                if p.dep_ == "prep" and p.lower_ in rule["destination_preps"]
                for o in p.children
                if o.dep_ == "pobj"
                for a in np_actors(o, self.ctx)[0]
            ]
            if said:
                return [a for a in dict.fromkeys(said) if a not in own]
        here = sentence_index(self.ctx, token.i)
        theirs: list[str] = []
        anyone: list[str] = []
        found_in = -1
        for act in reversed(self.acts):
            if here - act.sentence > rule["sentences"] or (found_in >= 0 and act.sentence != found_in):
                break
            if act.type != "CONSULT" or not act.target:
                continue
            # a visit hosted is remembered as its visitor's (hosting.visit_sides): source visits target
            visit = act.cameo in {rule["visit_cameo"], rule["host_cameo"]}
            if act.source in visitors and (visit or not act.directed):
                theirs.append(act.target)  # "X visited Y", "X met Y", "X was received by Y"
            elif act.target in visitors and not act.directed:
                theirs.append(act.source)  # "Y met X"
            elif not anyone and act.directed and visit:
                anyone = [act.target]  # "A visited Iran. B also made the trip", "Y hosted A. B ..."
            if theirs:
                found_in = act.sentence  # "X will visit A and B. X's visit ...": every host of it
        for hosts in (theirs, anyone):
            states = [s for s in (self._host(h) for h in reversed(hosts)) if s is not None and s not in own]
            if states:
                return list(dict.fromkeys(states))
        return []

    def hostless(self, token: Token, trigger: Trigger) -> bool:
        """Whether ``token`` fires a visit (``trigger``) that names no destination: "visited for talks",
        "made the trip", "her visit"; not "visited the border", "a trip to the region", "travelled
        home", "a visit in Hanoi" (see :meth:`visit_host`)."""
        rule = self.ctx.grammar["visit_hosts"]
        word = trigger.trigger.split()[-1]
        if trigger.mode != "visit" or trigger.cameo != rule["visit_cameo"] or trigger.symmetric:
            return False
        if word not in rule["words"]:
            return False
        heads = [token, *(c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == word)]
        for child in (c for h in heads for c in h.children):
            if child.dep_ == "dobj" and child.lemma_.lower() != word:
                return False  # "visited the border"
            if child.dep_ in {"advmod", "prt", "npadvmod"} and child.lower_ in rule["home_words"]:
                return False
            if child.dep_ == "prep" and child.lower_ in rule["destination_preps"]:
                return False
            if child.dep_ == "prep" and child.lower_ in rule["place_preps"] and self._placed(child):
                return False
        return True

    def _placed(self, prep: Token) -> bool:
        """Whether ``prep``'s object names a place or an actor ("in Hanoi"; not "in June")."""
        actors = self.ctx.actors
        return any(
            actors.actor_at(t) is not None
            or actors.place_at(t) is not None
            or (t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"})
            for o in prep.children
            if o.dep_ == "pobj"
            for t in o.subtree
        )

    def _host(self, actor: str) -> str | None:
        """The state or organisation a visit to ``actor`` is a visit to (a person's state)."""
        kind = self.ctx.kind(actor)
        if kind in {"country", "igo"}:
            return actor
        state = state_of(self.ctx, actor)
        if state != actor and self.ctx.actors.ensure_actor(state):
            return state
        return None

    def implicit_doer(self, noun: Token) -> tuple[str, list[str]]:
        """ "the strikes were barbaric", "the allegations are baseless": an act named by a noun
        that names nobody is the last such act reported; (its type, its doer), or ("", [])."""
        from actorgraph.relations.arguments import np_actors

        kinds = self.implicit_objects.get(noun.lemma_.lower())
        if not kinds:
            return "", []
        if noun.lemma_.lower() in self.coup_nouns:
            return "", []  # a coup is answered (implicit_targets, violators), its doer told by the text
        # "the detention of the soldiers": an act that names only whom it was done to is still the
        # act reported before, if that was done to them (or to their state)
        objects = pobjects(noun, "of", "against", "on")
        within = {t.i for o in objects for t in o.subtree}
        if any(self.ctx.actors.actor_at(t) for t in noun.subtree if t.i != noun.i and t.i not in within):
            return "", []
        patients = {a for o in objects for a in np_actors(o, self.ctx)[0]}
        patients |= {state_of(self.ctx, a) for a in patients}
        here = sentence_index(self.ctx, noun.i)
        for act in reversed(self.acts):
            if here - act.sentence > MEMORY_SENTENCES:
                break
            done_to = not patients or act.target in patients or state_of(self.ctx, act.target) in patients
            if act.type in kinds and done_to:
                return act.type, [act.source]
        return "", []

    def deal_parties(self, noun: Token) -> list[str]:
        """ "said the agreement between Beijing and Honiara would undermine ...", "said the pact was
        dangerous": the parties of a deal (``third_party_objects``) a statement judges, named by its
        own "between"/"with" phrase or that of a participle on it ("the agreement, signed last month
        between X and Y"), else those of the last such act the story told (mutual: both)."""
        from actorgraph.relations.arguments import np_actors

        kinds = self.third_party_objects.get(noun.lemma_.lower())
        if not kinds:
            return []
        # the participle's phrase at any depth: "signed at the beginning of the month between X and Y"
        preps = [
            *noun.children,
            *(t for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree),
        ]
        named = [
            a
            for p in preps
            if p.dep_ == "prep" and p.lower_ in {"between", "with"}
            for o in p.children
            if o.dep_ == "pobj"
            for a in np_actors(o, self.ctx)[0]
        ]
        if named or any(self.ctx.actors.actor_at(t) for t in noun.subtree):
            return list(dict.fromkeys(named))
        return self.told_deal_parties(noun)

    def told_deal_parties(self, noun: Token) -> list[str]:
        """The parties of the last mutual act of the kind a deal noun (``third_party_objects``) names
        that the story told within the memory's reach before ``noun`` ("A and B signed a pact. The
        pact, brokered by X, ...": A and B); none without one."""
        kinds = self.third_party_objects.get(noun.lemma_.lower(), [])
        here = sentence_index(self.ctx, noun.i)
        told = [
            a
            for a in self.acts
            if a.type in kinds and not a.directed and here - a.sentence <= MEMORY_SENTENCES
        ]
        if not told:
            return []
        # the first of the last sentence that told one: its main clause ("signed a deal, pledging to ...")
        act = next(a for a in told if a.sentence == told[-1].sentence)
        return [a for a in (act.source, act.target) if a]

    def own_deal_partners(self, verb: Token, sources: list[str]) -> list[str]:
        """ "Ghana and Togo signed a treaty. Ghana's president hailed the treaty.": a party answering
        its own deal (a ``third_party_objects`` noun that names nobody, the last such mutual act of
        the story) answers its partners, whom ``implicit_targets`` leaves out."""
        from actorgraph.relations.arguments import np_actors

        own = set(sources) | {state_of(self.ctx, s) for s in sources}
        here = sentence_index(self.ctx, verb.i)
        for noun in objects(verb):
            kinds = self.third_party_objects.get(noun.lemma_.lower())
            if not kinds or np_actors(noun, self.ctx)[0] or names_actor(noun, verb, self.ctx):
                continue
            for act in reversed(self.acts):
                if here - act.sentence > MEMORY_SENTENCES:
                    break
                if act.type in kinds and not act.directed:
                    parties = [a for a in (act.source, act.target) if a]
                    if not any(a in own or state_of(self.ctx, a) in own for a in parties):
                        return []
                    return [a for a in parties if a not in own and state_of(self.ctx, a) not in own]
        return []

    def violators(self, noun: Token, sources: list[str]) -> list[str]:
        """ "North Korea fired two missiles. Seoul condemned what it called a violation of UN
        resolutions": a violation that names no doer of its own is the last hostile act of someone
        else than the condemner, in this sentence or the one before (its doer; [] when none)."""
        here = sentence_index(self.ctx, noun.i)
        own = set(sources) | {state_of(self.ctx, s) for s in sources}
        if noun.lemma_.lower() in self.coup_nouns:
            return [a for a in self.coup_makers(noun) if a not in own]
        for act in reversed(self.acts):
            if here - act.sentence > 1:
                break
            if (
                act.type in self.hostile_types
                and act.source not in own
                and state_of(self.ctx, act.source) not in own
            ):
                return [act.source]
        return []

    def provokers(self, token: Token, sources: list[str]) -> list[str]:
        """ "The EU sanctioned six Belarusian officials. Minsk threatened retaliation.": a threat that
        names no one answers whoever last struck, held, sanctioned or threatened the threatener (or its
        state) in this sentence or the two before; [] when no one did."""
        here = sentence_index(self.ctx, token.i)
        own = set(sources) | {state_of(self.ctx, s) for s in sources}
        for act in reversed(self.acts):
            if here - act.sentence > 2:
                break
            hit = act.target in own or state_of(self.ctx, act.target) in own
            if (
                act.type in self.hostile_types
                and hit
                and act.source not in own
                and state_of(self.ctx, act.source) not in own
            ):
                return [act.source]
        return []

    def coup_makers(self, noun: Token) -> list[str]:
        """ "condemned the coup", "denounced the takeover": the state whose junta, army or soldiers
        the story named last (this sentence included, within the memory's reach), else the state the
        coup's own place phrase names ("the coup in Guinea"); never whoever last held someone."""
        ctx = self.ctx
        here = sentence_index(ctx, noun.i)
        end = ctx.sentences[here].end
        for mention in sorted(ctx.actors.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= end or here - sentence_index(ctx, mention.start) > MEMORY_SENTENCES:
                continue
            words = {t.lower_ for t in ctx.actors.doc[mention.start : mention.end]}
            last = ctx.actors.doc[mention.end - 1]
            if last.dep_ in {"poss", "amod", "compound"}:
                words.add(last.head.lower_)  # "Sudan's generals", "Malian troops"
            draft = ctx.actors.actors.get(mention.actor_id)
            if words & self.coup_makers_heads and draft is not None and draft.sector in {None, "MIL"}:
                return [state_of(ctx, mention.actor_id)]
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                state = ctx.actors.place_at(place) or ctx.actors.actor_at(place)
                if state is not None:
                    return [state_of(ctx, state)]
        return []

    def accusers_of(self, accused: set[str], token: Token, window: int = MEMORY_SENTENCES) -> list[str]:
        """Who last accused ``accused`` (actors and their states) before ``token``, at most
        ``window`` sentences back."""
        here = sentence_index(self.ctx, token.i)
        states = accused | {state_of(self.ctx, a) for a in accused}
        for act in reversed(self.acts):
            if here - act.sentence > window:
                break
            against = act.target in states or state_of(self.ctx, act.target) in states
            if (
                act.type == "ACCUSE"
                and against
                and act.source not in states
                and state_of(self.ctx, act.source) not in states
            ):
                return [act.source]
        return []

    def recent_accuser(self, charged: set[str], own: set[str], token: Token) -> list[str]:
        """Who, in this sentence or the one before, last charged one of ``charged`` (and is not of
        ``own``, actors and their states): "Kenya blamed the attack on gunmen. Somalia denied sheltering
        the gunmen." (Kenya; the denial names whom the charge was about)."""
        here = sentence_index(self.ctx, token.i)
        states = own | {state_of(self.ctx, a) for a in own}
        # the same group named again may be resolved to another state ("the rebels" near "Eritrea")
        kinds = {self._group_word(a) for a in charged} - {""}
        for act in reversed(self.acts):
            if here - act.sentence > 1:
                break
            if (
                act.type == "ACCUSE"
                # a charge whose target the story left unnamed may be about them too
                and (not act.target or act.target in charged or self._group_word(act.target) in kinds)
                and act.source not in states
                and state_of(self.ctx, act.source) not in states
            ):
                return [act.source]
        return []

    def _private(self, actor: str) -> bool:
        """Whether ``actor`` is a person who does not serve a state (a journalist, an activist)."""
        draft = self.ctx.actors.actors.get(actor)
        return (
            draft is not None and draft.type == "person" and sector_class(draft.sector, draft.type) != "state"
        )

    def _group_word(self, actor: str) -> str:
        """The head word of a group's name ("Ethiopian rebels": "rebel"); "" for states and people."""
        draft = self.ctx.actors.actors.get(actor)
        if draft is None or draft.type in {"country", "person"} or not draft.name:
            return ""
        return draft.name.lower().split()[-1].removesuffix("s")

    def implicit_targets(
        self, verb: Token, rtype: str, sources: list[str], *, conjuncts: bool = False
    ) -> list[str]:
        """Whom an answer without a named target answers: "New Delhi rejected the charge" (the
        accuser), "supported the request" (who asked), "took part in the talks" (the others at
        them). Empty when the answered thing names an actor itself. With ``conjuncts``, only a
        coordinated thing is answered, on its own ("rejected the accord and Cairo's demands": the
        accord's parties besides Cairo); a deal the answerer is party to is answered by nobody."""
        from actorgraph.relations.arguments import np_actors

        kinds: list[str] = []
        third_party = anything = False
        if rtype not in self.reply_types:
            return []
        window = MEMORY_SENTENCES
        answered = objects(verb)
        if not answered and rtype in self.bare_types and len(sources) == 1 and not _complemented(verb):
            # "..., but the United States refused", "Sudan accepted": the last proposal or request,
            # in this sentence or the one before
            kinds, window = ["REQUEST", "AGREE"], 1
        for noun in answered:
            lemma = noun.lemma_.lower()
            wanted = self.implicit_objects.get(lemma)
            if wanted is None and rtype in _CONDEMNATIONS:
                wanted = self.condemned_objects.get(lemma)  # "Estonia condemned the move"
            if wanted is None and rtype != "AGREE":
                wanted = self.third_party_objects.get(lemma)
                third_party = wanted is not None
            if wanted is None and rtype == "SUPPORT" and lemma in self.welcomed_objects:
                # "Japan lifted its ban. Beijing praised the move": whatever was last done, just before
                wanted, window, anything = ["*"], 1, True
            if conjuncts:
                others = [c for c in noun.children if c.dep_ in {"conj", "cc"}]
                apart = {t.i for c in others for t in c.subtree}
                own_span = [t for t in noun.subtree if t.i not in apart]
                if wanted and apart and not any(self.ctx.actors.actor_at(t) for t in own_span):
                    kinds = wanted
                    break
                continue
            if wanted and not np_actors(noun, self.ctx)[0] and not names_actor(noun, verb, self.ctx):
                if lemma in self.coup_nouns:  # "condemned the coup": who seized power, not who last held
                    own = set(sources) | {state_of(self.ctx, s) for s in sources}
                    return [a for a in self.coup_makers(noun) if a not in own]
                kinds = wanted
                break
        if not kinds or (kinds == ["CONSULT"] and verb.lemma_ not in self.participation):
            return []
        here = sentence_index(self.ctx, verb.i)
        own = set(sources) | {state_of(self.ctx, s) for s in sources}
        best: Act | None = None
        for act in reversed(self.acts):
            if here - act.sentence > window:
                break
            # "X faces charges of incitement. X denies the charges.": a private person answers their
            # own state's charge against them
            own_charge = act.target in sources and self._private(act.target)
            if (act.type not in kinds and not anything) or (act.source in own and not own_charge):
                continue
            if anything and state_of(self.ctx, act.source) in own:
                continue  # "the court ruled. The president welcomed the decision": his own state's
            if act.target in own or state_of(self.ctx, act.target) in own:
                best = act
                break
            if best is None:
                best = act
        if best is None:
            return []
        if best.type == "CONSULT" or not best.directed:
            # "X and Y signed a deal. Z welcomed the deal.": a mutual act answers all its parties
            parties = [best.source, best.target]
            if third_party and any(a in own or state_of(self.ctx, a) in own for a in parties):
                return []  # "Y welcomed the deal": its own deal, no answer to its partner
            return [a for a in parties if a and a not in own]
        return [best.source]

    def fight_sides(self, verb: Token, sources: list[str], aiming: bool = False) -> list[str] | None:
        """ "demanded an end to the hostilities", "appealed for a ceasefire": a call to stop a fight
        that names nobody is made to both sides of the last fight reported (not the caller's own).
        ``None`` when it is such a call but no fight was reported before it: the story may report
        the fight only later (see :meth:`wait_for_fight`). ``aiming``: a call made by aiming at a
        truce or talks (relations/aims.py), reached through its chain."""
        from actorgraph.relations.aims import aimed_events
        from actorgraph.relations.arguments import np_actors

        called = [n for o in objects(verb) for n in (o, *o.conjuncts)]  # "called for calm and restraint"
        # "stressed the importance of a truce", "sought to revive talks" (relations/aims.py; whom the
        # talks are over names no partner: "negotiations over the Falklands")
        aimed = aimed_events(verb, self.ctx.grammar, self.ctx.lexicon) if aiming else []
        if not any(self._stops_a_fight(n) for n in called + aimed) or any(
            np_actors(n, self.ctx)[0] for n in called
        ):
            return []
        act = self._last_fight(verb)
        return None if act is None else self._sides(act, sources)

    def last_fight_sides(self, anchor: Token, sources: list[str]) -> list[str]:
        """ "A Russia-brokered ceasefire took effect": the two sides of the last fight reported within
        the memory's reach before ``anchor`` (not ``sources`` nor their states); none without one."""
        act = self._last_fight(anchor)
        return [] if act is None else self._sides(act, sources)

    def mediated_sides(self, anchor: Token, sources: list[str]) -> list[str]:
        """ "A and B held talks. C's mediation proved decisive": the two sides a mediation that names
        only its mediators (``sources``) goes between: those of the last fight (:meth:`last_fight_sides`),
        else of the last dispute (``stop_calls["dispute_types"]``, a person or organ by its state) or
        meeting of two (an undirected CONSULT) told within ``stop_calls["dispute_sentences"]`` before
        ``anchor``; none where a mediator or its state is one of them (no mediation of its own talks)."""
        fought = self.last_fight_sides(anchor, sources)
        if fought:
            return fought
        rule = self.ctx.grammar["stop_calls"]
        here = sentence_index(self.ctx, anchor.i)
        for act in reversed(self.acts):
            if act.sentence > here or not act.target:
                continue
            if here - act.sentence > rule["dispute_sentences"]:
                break
            if act.type == "CONSULT" and not act.directed:
                return self._sides(act, sources)
            if act.type in rule["dispute_types"] and (sides := self._dispute_sides(act, sources)) is not None:
                return sides
        return []

    def _last_fight(self, anchor: Token) -> Act | None:
        """The last fight with a target reported within the memory's reach before ``anchor``."""
        here = sentence_index(self.ctx, anchor.i)
        for act in reversed(self.acts):
            if here - act.sentence > MEMORY_SENTENCES:
                break
            if act.type in self.fight_types and act.target:
                return act
        return None

    def wait_for_fight(self, verb: Token, sources: list[str], emitter: Emitter) -> None:
        """Keep a call to stop a fight reported before the fight itself ("While she demanded an end
        to the hostilities, ..." and the fighting told later): :meth:`later_calls` emits it."""
        self.waiting.append((sentence_index(self.ctx, verb.i), sources, emitter))

    def later_calls(self) -> list[Candidate]:
        """The waiting calls, each made to both sides of the first fight reported after it within
        the memory's reach (the end of the document: every event is known)."""
        out: list[Candidate] = []
        for sentence, sources, emitter in self.waiting:
            act = next(
                (
                    a
                    for a in self.acts
                    if sentence < a.sentence <= sentence + MEMORY_SENTENCES
                    and a.type in self.fight_types
                    and a.target
                ),
                None,
            )
            sides = self._sides(act, sources) if act is not None else self._disputed(sentence, sources)
            if sides:
                out.extend(emitter(sides))
        return out

    def _disputed(self, sentence: int, sources: list[str]) -> list[str]:
        """ "Somalia accused Ethiopia of ... . The AU called for restraint": with no fight told, a call
        to stop one goes to the two sides (states or armed groups; a person or organ by their state)
        of the last dispute (``stop_calls["dispute_types"]``) told up to ``sentence`` within
        ``stop_calls["dispute_sentences"]`` before it, neither of them the caller's own."""
        rule = self.ctx.grammar["stop_calls"]
        for act in reversed(self.acts):
            if act.sentence > sentence or not act.target or act.type not in rule["dispute_types"]:
                continue
            if sentence - act.sentence > rule["dispute_sentences"]:
                break
            sides = self._dispute_sides(act, sources)
            if sides is not None:
                return sides
        return []

    def _dispute_sides(self, act: Act, sources: list[str]) -> list[str] | None:
        """The two sides of a dispute (a person or organ by its state), none of them ``sources``'s;
        ``None`` where an end is no side or both ends are one."""
        ends = [self._party(a) for a in (act.source, act.target)]
        if None in ends or ends[0] == ends[1]:
            return None
        return self._sides(Act(act.type, str(ends[0]), str(ends[1]), act.sentence, act.directed), sources)

    def story_counterpart(self, verb: Token, rtype: str, sources: list[str]) -> list[str]:
        """ "Kenya and Somalia sparred over the boundary (two acts or more). Mogadishu also
        suspended flights": a side's act that names no one is done to the other side of the story,
        the one party its side has dealt with most so far (at least ``story_sides["acts"]`` acts,
        ahead of any other); empty for a third party, a story with no such counterpart, a verb with
        no object or complement, one of ``story_sides["object_types"]`` with no direct object, or a
        deal answered (``third_party_objects``: :meth:`implicit_targets` decides whom it answers)."""
        rule = self.ctx.grammar["story_sides"]
        if len(sources) != 1 or not _complemented(verb):
            return []  # "refused.": a bare verb tells no act on anyone
        if rtype in rule["object_types"] and not any(c.dep_ == "dobj" for c in verb.children):
            return []  # "..., Meloni recalled": a sanction acts on something (flights, the envoy)
        if any(o.lemma_.lower() in self.third_party_objects for o in objects(verb)):
            return []  # "Ghana's president rejected the treaty": a deal named is answered as a deal
        side = self._party(sources[0])
        if side is None:
            return []
        counts: dict[str, int] = {}
        for act in self.acts:
            ends = [self._party(a) for a in (act.source, act.target) if a]
            if len(ends) != 2 or None in ends or ends[0] == ends[1] or side not in ends:
                continue
            other = str(ends[1] if ends[0] == side else ends[0])
            counts[other] = counts.get(other, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < rule["acts"]:
            return []
        if len(ranked) > 1 and ranked[1][1] * rule["lead"] > ranked[0][1]:
            return []
        return [ranked[0][0]]

    def _party(self, actor: str) -> str | None:
        """The state or armed group ``actor`` is a side for (a person or a state organ by its state)."""
        draft = self.ctx.actors.actors[actor]
        if draft.type in {"country", "armed_group"}:
            return actor
        organ = draft.type == "person" or sector_class(draft.sector, draft.type) == "state"
        state = draft.country if organ else None
        return state if state and self.ctx.actors.ensure_actor(state) else None

    def _sides(self, act: Act, sources: list[str]) -> list[str]:
        own = set(sources) | {state_of(self.ctx, s) for s in sources}
        sides = [a for a in (act.source, act.target) if a not in own and state_of(self.ctx, a) not in own]
        return sides if len(sides) == 2 else []

    def is_truce(self, noun: Token) -> bool:
        """Whether ``noun`` names a truce ("ceasefire", "truce", "armistice")."""
        return noun.lemma_.lower() in self.truce_nouns or noun.lower_ in self.truce_nouns

    def _stops_a_fight(self, noun: Token) -> bool:
        """Whether ``noun`` is a truce, the end of a fight ("an end to the fighting"), talks
        ("called for dialogue") or their return ("a resumption of negotiations")."""
        lemma = noun.lemma_.lower()
        if lemma in self.truce_nouns or noun.lower_ in self.truce_nouns or noun.lower_ in self.talk_nouns:
            return True
        wanted = self.fight_nouns if lemma in self.stop_nouns else self.talk_nouns
        return lemma in self.stop_nouns | self.resume_nouns and any(
            o.lemma_.lower() in wanted or o.lower_ in wanted
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in {"to", "of"}
            for o in p.children
            if o.dep_ == "pobj"
        )


def _complemented(verb: Token) -> bool:
    """Whether ``verb`` says what it answers with a clause ("refused to extradite", "agreed that")."""
    return any(c.dep_ in {"xcomp", "ccomp", "dobj", "attr", "prep", "pcomp"} for c in verb.children)
