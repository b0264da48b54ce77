"""The type of a relation when the trigger's lexicon entry is the wrong sense.

Every sentence here was written for this file (none comes from any annotated set). A learned type
model was measured first and not shipped (``docs/architecture.md``): held out one set at a time it did
not raise typed F1 (the rules' type is accepted on 87 % of the rule edges in gold evidence sentences,
and a model reading the sentence's words could not tell the other 13 % apart, AUC about .6). The
wrong-sense sentences below are typed by rules (``relations/triggers.py``: ``abstract_object_rule``,
``verbal_attack_rule``'s replies, ``ended_agreement_rule``, ``lift_verbs``); one a rule does not get yet
goes in ``PENDING`` as a strict xfail with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]

# (sentence, the relation it states, the relation the trigger's other sense would make)
WRONG_SENSE = [
    ("Canada attacked India's handling of the murder inquiry.", "CAN ACCUSE IND", "CAN ASSAULT IND"),
    ("Ghana shot down Togo's proposal for a joint border force.", "GHA REJECT TGO", "GHA ASSAULT TGO"),
    ("Spain fired back at Morocco over the migrant crisis.", "ESP ACCUSE MAR", "ESP ASSAULT MAR"),
    ("Thailand fought off Cambodia's claim to the temple at the court.", "THA REJECT KHM", "THA ASSAULT KHM"),
    ("Pakistan fought India's bid for a permanent seat on the council.", "PAK REJECT IND", "PAK ASSAULT IND"),
    ("Morocco killed Algeria's proposal for a referendum.", "MAR REJECT DZA", "MAR ASSAULT DZA"),
    (
        "Senegal beat back Gambia's attempt to renegotiate the bridge tolls.",
        "SEN REJECT GMB",
        "SEN ASSAULT GMB",
    ),
    ("Estonia attacked Russia's claims about the election.", "EST ACCUSE RUS", "EST ASSAULT RUS"),
    ("Peru tore up its extradition treaty with Bolivia.", "PER REJECT BOL", "PER AGREE BOL"),
    ("Germany rolled back its arms embargo on Saudi Arabia.", "DEU CONCEDE SAU", "DEU SANCTION SAU"),
    # more of each class, same shapes with other verbs, nouns and actors
    ("Nigeria shot down Cameroon's offer of joint patrols.", "NGA REJECT CMR", "NGA ASSAULT CMR"),
    ("Chile fought Peru's claim to the fishing waters.", "CHL REJECT PER", "CHL ASSAULT PER"),
    ("Japan killed South Korea's bid to host the games.", "JPN REJECT KOR", "JPN ASSAULT KOR"),
    ("Mali beat back Niger's push for a new mining code.", "MLI REJECT NER", "MLI ASSAULT NER"),
    ("Kenya hammered Uganda's decision to close the border.", "KEN ACCUSE UGA", "KEN ASSAULT UGA"),
    ("Sweden attacked Turkey's remarks about the Kurdish groups.", "SWE ACCUSE TUR", "SWE ASSAULT TUR"),
    ("Argentina attacked Britain's conduct in the islands dispute.", "ARG ACCUSE GBR", "ARG ASSAULT GBR"),
    ("Ecuador fired back at Colombia over the border closure.", "ECU ACCUSE COL", "ECU ASSAULT COL"),
    ("Venezuela tore up its gas accord with Colombia.", "VEN REJECT COL", "VEN AGREE COL"),
    ("Iran ripped up its nuclear deal with France.", "IRN REJECT FRA", "IRN AGREE FRA"),
    ("Japan rolled back its export curbs on South Korea.", "JPN CONCEDE KOR", "JPN SANCTION KOR"),
    ("China rolled back its tariffs on Australian barley.", "CHN CONCEDE AUS", "CHN SANCTION AUS"),
]
#: Why each wrong-sense sentence still fails (a strict xfail: it must fail today).
PENDING: dict[str, str] = {}
# (sentence, the relation it states): the trigger's lexicon type is right and must stay
RIGHT_SENSE = [
    ("Russian forces shelled Ukrainian villages overnight.", "RUS ASSAULT UKR"),
    ("Australia imposed sanctions on Iran over the drone sales.", "AUS SANCTION IRN"),
    (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.",
        "FRA CONSULT DEU",
    ),
    ("China accused the Philippines of ramming its coast guard vessel.", "CHN ACCUSE PHL"),
    ("Japan sent food aid to Bangladesh after the cyclone.", "JPN AID BGD"),
    # real force stays force, whatever the verb's other senses
    ("Ukraine shot down a Russian drone over Kyiv.", "UKR ASSAULT RUS"),
    ("Israeli troops fired back at Hezbollah fighters.", "ISR ASSAULT LBN"),
    ("Russia attacked Ukraine's power grid.", "RUS ASSAULT UKR"),
    ("Russian troops fought Ukrainian forces near Bakhmut.", "RUS ASSAULT UKR"),
    ("Sudanese militias killed two Chadian soldiers at the border.", "SDN ASSAULT TCD"),
    # an attempt, bid or push to take ground is force, not a proposal
    ("Ukraine beat back Russia's push toward Kharkiv.", "UKR ASSAULT RUS"),
    ("Ukraine beat back Russia's attempt to capture the town.", "UKR ASSAULT RUS"),
    ("Armenia fought off Azerbaijan's bid to encircle the village.", "ARM ASSAULT AZE"),
    ("Israel beat back Hezbollah's attempt to cross the border.", "ISR ASSAULT LBN"),
    ("Somalia fought off the Shabab's push into the port town.", "SOM ASSAULT ORG_SHABAB"),
]


def _wrong_sense_cases() -> list[object]:
    out: list[object] = []
    for text, want, wrong in WRONG_SENSE:
        reason = next((why for key, why in PENDING.items() if key in text), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(text, want, wrong, marks=marks))
    return out


@pytest.mark.parametrize(("text", "want", "wrong"), _wrong_sense_cases())
def test_the_sentence_decides_the_sense(expect: Expect, text: str, want: str, wrong: str) -> None:
    expect(text, (want,), (wrong,))


@pytest.mark.parametrize(("text", "want"), RIGHT_SENSE)
def test_the_lexicon_sense_stays_when_it_is_right(
    coded: Callable[[str], dict[str, set[str]]], text: str, want: str
) -> None:
    found = coded(text)
    source, _kind, target = want.split()
    assert want in found, sorted(found)
    assert not [k for k in found if k.startswith(f"{source} ") and k.endswith(f" {target}") and k != want]
