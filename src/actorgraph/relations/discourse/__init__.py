"""Discourse memory: one per document, built once, read by every rule.

News stories refer back all the time: *we* and *our* inside a quotation are whoever the quotation
is attributed to (often in the next sentence, or in an earlier paragraph for a continuation
quote), *they* and *their* are the last group named, "the four countries" and "both leaders" are
the last four states and the last two people, and "dismissed the charges" answers whoever made
the last accusation. Rules ask this memory instead of each searching back through the document on
its own:

* :meth:`Discourse.speaker_at` -- the attributed speaker of the quotation a token is in;
* :meth:`Discourse.pronoun` -- speaker pronouns inside quotes, the *you* they speak to, and plural
  pronouns;
* :meth:`Discourse.group`, :meth:`Discourse.definite` -- "the four countries", "both leaders",
  "the army", "the council", "the reporter", "the statement" (its issuer);
* :meth:`Discourse.remember` / :meth:`Discourse.implicit_targets` -- events in text order, so that
  a reply ("rejected the charges", "supported the request", "took part in the talks") finds the
  actors of the event it answers;
* :meth:`Discourse.fight_sides` -- "demanded an end to the hostilities": both sides of the last
  fight;
* :meth:`Discourse.violators` -- "condemned what it called a violation of UN resolutions": the doer
  of the last hostile act;
* :meth:`Discourse.provokers` -- "Minsk threatened retaliation": whoever last struck the threatener.

The word lists (quote verbs, group heads, number words, implicit objects) are in
``data/grammar.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from actorgraph.actors.commentary import commentators
from actorgraph.relations.discourse.anaphora import Anaphora
from actorgraph.relations.discourse.common import state_of
from actorgraph.relations.discourse.documents import Documents
from actorgraph.relations.discourse.events import Act, Events
from actorgraph.relations.discourse.persons import Persons
from actorgraph.relations.discourse.quotes import Quotations, Quote

if TYPE_CHECKING:
    from actorgraph.relations.arguments import Context
    from actorgraph.relations.lexicon import Trigger

__all__ = ["Act", "Discourse", "Quote"]

_DESTINATION = frozenset({"to", "into"})
#: Where a quotation's *you* is the one spoken to, not anyone ("you cannot trust them" names no one).
_ADDRESSED_DEPS = frozenset({"dobj", "pobj", "dative"})


class Discourse:
    """What a document has said so far: quotations and their speakers, groups, events."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        g = ctx.grammar
        self.quotations = Quotations(ctx)
        self.anaphora = Anaphora(ctx)
        self.events = Events(ctx)
        self.persons = Persons(ctx)
        self.documents = Documents(ctx)
        self.quote_verbs = self.quotations.quote_verbs
        self.speaker_pronouns = set(g["pronouns_speaker"])
        self.plural_pronouns = set(g["pronouns_plural"])
        self.own_assets = set(g["own_assets"])
        self.destination_modes = set(g["destination_modes"])
        self.return_particles = set(g["return_particles"])
        # the rules ask the parts directly through these
        self.speaker_at = self.quotations.speaker_at
        self.person = self.persons.resolve
        self.group = self.anaphora.group
        self.definite = self.anaphora.definite
        self.remember = self.events.remember
        self.remember_doers = self.events.remember_doers
        self.last_doers = self.events.last_doers
        self.same_event = self.events.same_event
        self.implicit_doer = self.events.implicit_doer
        self.deal_parties = self.events.deal_parties
        self.told_deal_parties = self.events.told_deal_parties
        self.accusers_of = self.events.accusers_of
        self.violators = self.events.violators
        self.provokers = self.events.provokers
        self.recent_accuser = self.events.recent_accuser
        self.implicit_targets = self.events.implicit_targets
        self.own_deal_partners = self.events.own_deal_partners
        self.fight_sides = self.events.fight_sides
        self.last_fight_sides = self.events.last_fight_sides
        self.mediated_sides = self.events.mediated_sides
        self.is_truce = self.events.is_truce
        self.wait_for_fight = self.events.wait_for_fight
        self.later_calls = self.events.later_calls
        self._commentators: set[str] | None = None

    @property
    def commentators(self) -> set[str]:
        """The people the article presents only as commentators (found on first use)."""
        if self._commentators is None:
            self._commentators = commentators(self.ctx.actors)
        return self._commentators

    def pronoun(self, token: Token) -> list[str] | None:
        """Actors a speaker or plural pronoun stands for (``None``: not such a pronoun)."""
        lower = token.lower_
        if lower in self.speaker_pronouns:
            return self.quotations.speakers_at(token)  # "..., they said": each of them
        if lower in self.plural_pronouns:
            return self.anaphora.plural(token)
        if lower == "you" and token.dep_ in _ADDRESSED_DEPS:
            # "“We will stand with you,” X said": whom the speaker last met or congratulated
            speakers = self.quotations.speakers_at(token)
            return self.events.addressees(token, speakers) if speakers else None
        both = self.anaphora.both(token)  # "X met Y. Both agreed ...": the pair
        return both if both is not None else self.anaphora.each(token)  # "Each accuses the other"

    def rebind(self, noun: Token, sources: list[str]) -> list[str]:
        """ "Japan said Chinese ships had seized its fishing boats": a possessive that would make
        the doer act on itself names someone else -- the speaker of a governing clause, else the
        nearest other state. Own forces and envoys stay the doer's ("withdrew its troops")."""
        from actorgraph.relations.arguments import np_actors

        pron = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is None or noun.lemma_.lower() in self.own_assets or noun.lower_ in self.own_assets:
            return []
        own = set(sources) | {state_of(self.ctx, s) for s in sources}
        node = noun
        for _ in range(8):
            if node.head == node:
                break
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and self._reports(node):
                for child in node.children:
                    if child.dep_ in {"nsubj", "nsubjpass"} and child.i < noun.i:
                        found = [
                            a
                            for a in np_actors(child, self.ctx)[0]
                            if a not in own and self._owns(pron, a)  # "its" is no person's
                        ]
                        if found:
                            return found[:1]
        return []

    def _owns(self, pron: Token, actor: str) -> bool:
        """Whether a possessive pronoun can stand for ``actor`` ("its": not a person; "his": one)."""
        person = self.ctx.kind(actor) == "person"
        return person if pron.lower_ in {"his", "her"} else not person

    def _reports(self, verb: Token) -> bool:
        """Whether ``verb`` reports or charges ("said", "accused ... of")."""
        if verb.lemma_ in self.quote_verbs:
            return True
        trigger = self.ctx.lexicon.verb(verb.lemma_.lower())
        return trigger is not None and trigger.plover in {"ACCUSE", "PROTEST"}

    def destination_preps(self, verb: Token, trigger: Trigger | None) -> frozenset[str]:
        """The prepositions that name a destination, not a target, for ``verb`` (its lexicon entry
        ``trigger``, looked up when ``None``): "to" and "into" after a deportation ("deported them
        to Niger") or a return ("sent them back to Bulgaria")."""
        if trigger is None:
            trigger = self.ctx.lexicon.verb(verb.lemma_.lower())
        mode = trigger.mode if trigger is not None else ""
        if mode in self.destination_modes or any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in self.return_particles for c in verb.children
        ):
            return _DESTINATION
        return frozenset()
