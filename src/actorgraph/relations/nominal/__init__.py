"""Event nouns: who does what to whom in "Russia's invasion of Ukraine", "talks between X and Y",
"the visit by X to Y", "sanctions imposed by A and B", "came under fire from X".

A noun trigger takes its doer from its own modifiers (possessor, adjective, compound, by-phrase,
"of" forces), else from the verb it hangs under ("Russia launched airstrikes against Y"); its target
from its own prepositions, else the verb's. Under another event verb it keeps its own event when it
names its own doer ("criticised Russia's invasion of Ukraine": ACCUSE and ASSAULT).

One module per family of mechanisms:

* ``noun`` -- ``from_noun``, the reading of one event noun, step by step;
* ``common`` -- what every family reads: event nouns, a noun's prepositional objects;
* ``clause`` -- where the noun stands in its clause: the verb that receives, talks about or takes
  part in it, the list it is in, the act it carries, the plan it is proposed in;
* ``doers`` -- who does an act the noun names: its own doers, coups, "of" doers, the clause's
  subject's own act, the story's last doer;
* ``targets`` -- whom or where it hits: aimed verbs, victims, levied goods, territory, the story's
  place;
* ``arrivals`` -- aid that arrives somewhere: "planes carrying aid from X landed in Y";
* ``involvement`` -- the act one is involved in: "X's involvement in the attack", "complicity in";
* ``mediation`` -- the parties a mediation goes between: "a mediator in the war between A and B",
  "with X's mediation, A and B agreed", "a mediator in the conflict" (the last fight's sides);
* ``outcomes`` -- the agreement a meeting ends with or without: "the talks ended without a deal";
* ``relief`` -- aid that answers a placed need: "sent aid after the tsunami in X";
* ``undergone`` -- acts a person or a place undergoes: arrests owned, custody, "under fire", threats;
* ``ties`` -- relations soured, cut or ended, truces declared, cargo;
* ``givers`` -- a giver's noun that describes an actor: "Norway, Somalia's biggest donor";
* ``addressed`` -- a speech act the subject receives or answers: "received an invitation from X";
* ``relational`` -- relational nouns ("an ally of") and rule-made noun triggers (delegations,
  requests "for X to V", designations, joint holdings).
"""

from actorgraph.relations.nominal.arrivals import cargo_arrival
from actorgraph.relations.nominal.clause import names_it
from actorgraph.relations.nominal.common import event_noun
from actorgraph.relations.nominal.doers import act_doers, condemned_act, instrument_doers, stated_about
from actorgraph.relations.nominal.noun import from_noun
from actorgraph.relations.nominal.relational import relational_trigger
from actorgraph.relations.nominal.targets import aimed_at
from actorgraph.relations.nominal.undergone import owner_undergoes

__all__ = [
    "act_doers",
    "aimed_at",
    "cargo_arrival",
    "condemned_act",
    "event_noun",
    "from_noun",
    "instrument_doers",
    "names_it",
    "owner_undergoes",
    "relational_trigger",
    "stated_about",
]
