"""Who an article quotes only as commentary, and so is no actor of its graph.

The annotation guidelines of the development and evaluation sets: "Analysts, academics, former
officials speaking as commentators, journalists and the outlet itself are not actors unless the text
gives them a relation with an actor." An AFFILIATION is no such relation: it says who someone is,
not what they did. :func:`commentators` names the candidates; the pipeline keeps those of them that
take part in an event.

* people whose description names a commentator's trade or employer ("a senior fellow at the Atlantic
  Council", "a professor at Keio University", "an analyst with Eurasia Risk"), or a past office that
  is not a state's leadership ("former French ambassador", "a retired admiral");
* organisations whose name says they study or comment ("Hudson Institute", "Keio University").

Outlets the article cites ("told IRNA", "Xinhua reported") are not among them: they are actors of
the article (the seed's gold graph names them), but their state is the one the text states
("Syria's national news agency SANA"), never the gazetteer's alone (:mod:`actorgraph.relations`).

The words are data: ``commentator_words``, ``former_words``, ``leader_offices`` and
``office_titles`` in ``data/grammar.json``.
"""

from __future__ import annotations

import re

from actorgraph.actors.gazetteer import read_grammar
from actorgraph.actors.resolve import DocActors
from actorgraph.actors.sectors import names_leader_office

__all__ = ["commentators"]

_WORD = re.compile(r"[a-z]+")


def commentators(out: DocActors) -> set[str]:
    """Ids of the actors of ``out`` that the article presents only as commentators.

    Examples
    --------
    >>> from actorgraph.nlp import load_pipeline
    >>> from actorgraph.actors.gazetteer import load_gazetteer
    >>> from actorgraph.actors.resolve import resolve_actors
    >>> text = "Turkey bought missiles, said Ayse Demir, a senior fellow at the Ankara Policy Institute."
    >>> sorted(commentators(resolve_actors(load_pipeline()(text), load_gazetteer())))
    ['P_AYSE_DEMIR']
    """
    grammar = read_grammar()
    trades = set(grammar["commentator_words"])
    former = set(grammar["former_words"])
    described: dict[str, list[str]] = {}
    for a in out.affiliations:
        target = out.actors.get(a.target_id)
        words = _words(a.predicate) + (_words(target.name) if target is not None else [])
        described.setdefault(a.source_id, []).extend(words)
    for mention in out.mentions:
        # "Richard Weitz, director of the Hudson Institute's Center for ...": every appositive counts.
        head = out.doc[mention.end - 1]
        for child in head.children:
            if child.dep_ == "appos" and child.i >= mention.end:
                # not its clauses: "Ishiba, a former defense minister who analysts say ..."
                clauses = {t.i for c in child.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
                described.setdefault(mention.actor_id, []).extend(
                    w for t in child.subtree if t.i not in clauses for w in _words(t.text)
                )
    found: set[str] = set()
    for actor_id, draft in out.actors.items():
        if draft.type == "organization" and _any(_words(draft.name), trades):
            found.add(actor_id)  # "Hudson Institute", "Keio University"
        elif draft.type == "person":
            words = _words(draft.office or "") + _words(draft.role or "") + described.get(actor_id, [])
            if _any(words, trades):
                found.add(actor_id)
            elif (
                _any(words, former)
                and not names_leader_office(words)
                and not _in_office(out, actor_id, set(grammar["office_titles"]), former)
            ):
                # "former French ambassador Michel Duclos", not "Malaysia's former prime minister" nor
                # "Representative Michael McCaul, former chairman of the committee"
                found.add(actor_id)
    return found


def _in_office(out: DocActors, actor_id: str, titles: set[str], former: set[str]) -> bool:
    """Whether a mention of the person follows a present title ("Representative Michael McCaul")."""
    doc = out.doc
    for mention in out.mentions:
        if mention.actor_id == actor_id:
            words = [t.lower_ for t in doc[max(mention.start - 3, 0) : mention.start]]
            if any(w in titles for w in words) and not any(w in former for w in words):
                return True
    return False


def _words(text: str) -> list[str]:
    """The lower-case words of ``text`` ("think-tank" is two)."""
    return _WORD.findall(text.lower())


def _any(words: list[str], vocabulary: set[str]) -> bool:
    """Whether a word, or its singular, is in ``vocabulary`` ("fellows", "analysts")."""
    return any(w in vocabulary or (w.endswith("s") and w[:-1] in vocabulary) for w in words)
