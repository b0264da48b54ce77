"""The speaker of a statement takes the act of their own state or organisation (round 12, wave 2).

"“Canada condemns ...,” Foreign Minister Melanie Joly said" states one event at two levels: the
state's act, and the act of the official who voices it (the guidelines: "an event stated at two
levels (a minister and her state) keeps both edges"), as the annotated sets do for the official's
own words: a quotation, or the quoted verb of 'said Turkey “strongly condemns” ...', and (since
round 17) a paraphrase with the speaker first ("Putin said Russia supported ..."); one with the act
first and the speaker as its source ("Russia supports ..., Putin said") stays at the state's level
alone; what the side does on the ground stays the doer's; "we" already is the speaker; what another
state does, what an analyst or an opposition leader says a state will do, is nobody's act but the
doer's.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, verbs and sentence shapes, plus guards. Expectations name the
person by surname ("Joly ACCUSE IRN"), the other side at state level.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Relations = Callable[[str], tuple[ag.Relation, ...]]


def _side(actor_id: str, actor_type: str, country: str | None) -> str:
    return actor_id if actor_type == "country" else country or actor_id


def _spoken(relations_of: Relations, text: str) -> set[str]:
    """Events whose source is a person, as "Surname TYPE TARGET" (target at state level)."""
    return {
        f"{r.source_name.split()[-1]} {r.type} {_side(r.target_id, r.target_type, r.target_country)}"
        for r in relations_of(text)
        if r.source_type == "person"
    }


# --- a quotation whose subject is the speaker's own state or organisation ----------------------------

QUOTED = [
    (
        "“Canada strongly condemns Iran's seizure of the tanker,” Foreign Minister Melanie Joly said on"
        " Monday.",
        "Joly ACCUSE IRN",
    ),
    (
        "“Japan will impose new sanctions on Russia,” Prime Minister Fumio Kishida told reporters in Tokyo.",
        "Kishida SANCTION RUS",
    ),
    (
        "“Australia congratulates the people of Fiji on their peaceful election,” Foreign Minister Penny"
        " Wong said.",
        "Wong SUPPORT FJI",
    ),
    (
        "“The European Union has decided to impose sanctions on Belarus,” said European Commission"
        " President Ursula von der Leyen.",
        "Leyen SANCTION BLR",
    ),
    (
        "“China firmly opposes the U.S. arms sale to Taiwan,” foreign ministry spokesman Wang Wenbin said"
        " at a briefing in Beijing.",
        "Wenbin REJECT USA",
    ),
    (
        "“Mexico rejects the tariffs announced by Washington,” President Claudia Sheinbaum said at her"
        " morning press conference.",
        "Sheinbaum REJECT USA",
    ),
    (
        "“Brazil has agreed to send firefighters to Bolivia,” Foreign Minister Mauro Vieira told reporters.",
        "Vieira AGREE BOL",
    ),
]

# --- reported speech with the verb in the speaker's own words: 'X said <X's state> “verb ...”' --------

QUOTED_VERB = [
    (
        "Turkish Foreign Minister Hakan Fidan said Turkey “strongly condemns” the expulsion of its"
        " diplomats by Sweden.",
        "Fidan ACCUSE SWE",
    ),
    (
        "Polish Prime Minister Donald Tusk said Poland “rejects the ultimatum” issued by Belarus.",
        "Tusk REJECT BLR",
    ),
    (
        "Indonesian Foreign Minister Retno Marsudi said Indonesia “fully supports” Palestine's bid for"
        " full UN membership.",
        "Marsudi SUPPORT PSE",
    ),
    (
        "Chilean President Gabriel Boric said Chile “calls on Venezuela to release all political prisoners.”",
        "Boric REQUEST VEN",
    ),
    (
        'Kenyan President William Ruto said Kenya "rejects any interference" by Uganda in its elections.',
        "Ruto REJECT UGA",
    ),
]

# --- a quotation never closed runs to the end of its paragraph: "we" in its later sentences -----------

LEFT_OPEN = [
    (
        "Foreign Minister Penny Wong said: “Australia welcomes the peaceful election in Fiji. We call on"
        " Fiji's parties to respect the result.",
        "Wong REQUEST FJI",
    ),
    (
        "President Emmanuel Macron told reporters: “France stands with the people of Ukraine. We condemn"
        " Russia's strikes on Kyiv.",
        "Macron ACCUSE RUS",
    ),
    (
        "Indian foreign ministry spokesperson Randhir Jaiswal said: “India has noted the remarks. We"
        " reject the allegations made by Canada.",
        "Jaiswal REJECT CAN",
    ),
    (
        "Japanese Prime Minister Shigeru Ishiba said in a statement: “Japan is deeply worried. We urge"
        " North Korea to stop its missile launches.",
        "Ishiba REQUEST PRK",
    ),
    (
        "German Chancellor Olaf Scholz said: “Germany followed the vote closely. We congratulate Moldova"
        " on a free and fair election.",
        "Scholz SUPPORT MDA",
    ),
]


# --- a paraphrase with the speaker first: "X said (that) <X's state> <act> Y" (round 17) ------------------

PARAPHRASED = [
    (
        "Thai Prime Minister Anutin Charnvirakul said the country has downgraded relations with Laos.",
        "Charnvirakul SANCTION LAO",
    ),
    (
        "Colombian President Gustavo Petro announced that his government had recalled its ambassador"
        " from Israel.",
        "Petro SANCTION ISR",
    ),
    (
        "Egyptian Foreign Minister Badr Abdelatty said Cairo rejects any Israeli presence at the Rafah"
        " crossing.",
        "Abdelatty REJECT ISR",
    ),
    (
        "Nigerian President Bola Tinubu said Nigeria supports Ghana's bid to host the summit.",
        "Tinubu SUPPORT GHA",
    ),
    (
        "Brazilian Foreign Minister Mauro Vieira said Brazil would ask Venezuela to publish the election"
        " records.",
        "Vieira REQUEST VEN",
    ),
    (
        "Kenyan President William Ruto said on Tuesday that Kenya condemns the coup in Niger.",
        "Ruto ACCUSE NER",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), [*QUOTED, *QUOTED_VERB, *LEFT_OPEN, *PARAPHRASED])
def test_the_speaker_takes_their_own_sides_act(relations_of: Relations, text: str, wanted: str) -> None:
    found = _spoken(relations_of, text)
    assert wanted in found, f"missing {wanted}; found {sorted(found)}"


# --- guards -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a paraphrase with the act first and the speaker as its source is the state's act alone
        (
            "Turkey had expelled two Swedish diplomats, Turkish Foreign Minister Hakan Fidan said.",
            "Fidan SANCTION SWE",
        ),
        (
            "Russia supported the Chinese peace plan for Ukraine, Russian President Vladimir Putin said"
            " on Friday.",
            "Putin SUPPORT CHN",
        ),
        (
            "Canada has expelled two Chinese diplomats, Foreign Minister Melanie Joly said.",
            "Joly SANCTION CHN",
        ),
        (
            "Norway supports the Palestinian bid for UN membership, Foreign Minister Espen Barth Eide said.",
            "Eide SUPPORT PSE",
        ),
        # an act told in passing in the paraphrase is no act the speaker voices
        (
            "Panamanian Foreign Minister Javier Martinez said the flights would continue under the accord"
            " that Panama signed with Colombia in May.",
            "Martinez AGREE COL",
        ),
        # an analyst's paraphrase of a state's act is the state's alone
        ("Analyst John Smith said China will impose sanctions on Lithuania.", "Smith SANCTION LTU"),
        # what the side does on the ground stays the doer's
        (
            "“Our soldiers killed four al-Shabab militants near the border,” Kenyan army spokesman Paul"
            " Njuguna said.",
            "Njuguna ASSAULT SOM",
        ),
        # another state's act stays the doer's (the speaker accuses, at most)
        (
            "Russian Foreign Minister Sergey Lavrov said the United States had imposed new sanctions on"
            " Iran.",
            "Lavrov SANCTION IRN",
        ),
        # an opposition leader tells his government what to do: a wish, not the state's voice
        (
            "Zimbabwe's opposition leader Nelson Chamisa said Zimbabwe should cut ties with Russia.",
            "Chamisa SANCTION RUS",
        ),
        # an analyst's forecast is no act of anyone's
        (
            "“China will retaliate against Japan,” said Bonnie Glaser, an analyst at the German Marshall"
            " Fund.",
            "Glaser THREATEN JPN",
        ),
    ],
)
def test_the_speaker_takes_no_act_that_is_not_their_own_sides(
    relations_of: Relations, text: str, unwanted: str
) -> None:
    found = _spoken(relations_of, text)
    assert unwanted not in found, f"unwanted {unwanted}; found {sorted(found)}"


def test_we_stays_the_speaker_alone(relations_of: Relations) -> None:
    """ "“We condemn ...,” German Foreign Minister Annalena Baerbock said": the speaker's act, as before;
    no state-level copy is made of it."""
    rels = relations_of(
        "“We condemn the attack on Israel by Hamas,” German Foreign Minister Annalena Baerbock said."
    )
    assert {(r.source_name, r.type) for r in rels} >= {("Annalena Baerbock", "ACCUSE")}
    assert not any(r.source_type == "country" for r in rels)
