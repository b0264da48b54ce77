"""Senses the lexicon gave the wrong type (round 17): support of a material kind ("police support for
X", "gave logistical support to X") is aid, as "military support" was, not a statement of support;
forces sent to help ("deployed soldiers to X to help fight insurgents") are aid, not a show of force;
"the breaking of diplomatic relations with X" cuts them, as "the severing of" did; a legal challenge,
lawsuit, complaint or ruling fought ("will fight X's lawsuit", "fought against X's complaint") is
refused, not attacked, and readiness to refuse ("is ready to fight X's lawsuit", "stands ready to
refuse X's request") is the refusal, no commitment to X; a diplomat declared persona non grata is
expelled, a sanction of his state; harassing someone coerces them (CAMEO's bare "harass" made a street
protest); cooperation that talks are on or that prospects are for ("held talks on trade cooperation",
"explored the potential for cooperation") is the meeting's topic, no cooperation. Sentences of our own;
guards beside."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


AID_SUPPORT = [
    # (text, source, target)
    ("The accord covers Canadian police support for the Jamaica Constabulary Force.", "CAN", "JAM"),
    ("France has long given security support to Chad.", "FRA", "TCD"),
    ("Britain gave logistical support to Kenya during the operation.", "GBR", "KEN"),
    ("Germany will step up its economic support for Moldova.", "DEU", "MDA"),
    ("Sweden has provided budget support to Zambia since 2010.", "SWE", "ZMB"),
]


@pytest.mark.parametrize(("text", "source", "target"), AID_SUPPORT)
def test_support_of_a_material_kind_is_aid(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert (source, "AID", target) in events
    assert (source, "SUPPORT", target) not in events


SENT_TO_HELP = [
    ("Rwanda deployed 1,000 soldiers to Mozambique to help fight insurgents.", "RWA", "MOZ"),
    ("Kenya will deploy troops to Haiti to assist the national police.", "KEN", "HTI"),
    ("The deployment of Chadian troops to Mali to support the army began in March.", "TCD", "MLI"),
    ("Burundi deployed a battalion to Somalia to help the government retake towns.", "BDI", "SOM"),
    ("Nigeria mobilised its navy to Sierra Leone to assist the coast guard.", "NGA", "SLE"),
]


@pytest.mark.parametrize(("text", "source", "target"), SENT_TO_HELP)
def test_forces_sent_to_help_are_aid(text: str, source: str, target: str) -> None:
    events = {(s.split("_")[0], t, o) for s, t, o in _events(text)}
    assert (source, "AID", target) in events
    assert (source, "MOBILIZE", target) not in events


TIES_BROKEN = [
    ("Bolivia confirmed the breaking of diplomatic relations with Israel.", "BOL", "ISR"),
    ("Bahrain's breaking of relations with Qatar surprised analysts.", "BHR", "QAT"),
    ("Nicaragua announced the breaking of its ties with Taiwan on Saturday.", "NIC", "TWN"),
    ("Niger announced the breaking of defence cooperation with Washington.", "NER", "USA"),
    ("Chad's government ordered the breaking of military cooperation with France.", "TCD", "FRA"),
]


@pytest.mark.parametrize(("text", "source", "target"), TIES_BROKEN)
def test_ties_broken_are_cut(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert (source, "SANCTION", target) in events
    assert (source, "COOPERATE", target) not in events


FOUGHT_WORDS = [
    ("Indonesia will fight the European Union's lawsuit at the WTO.", "IDN", "EU"),
    ("Mexico fought against Ecuador's complaint at the court.", "MEX", "ECU"),
    ("Guyana vowed to fight Venezuela's challenge in The Hague.", "GUY", "VEN"),
    ("Kenya fought the Somali ruling for months.", "KEN", "SOM"),
    ("Ethiopia is fighting Egypt's legal challenge over the dam.", "ETH", "EGY"),
]


@pytest.mark.parametrize(("text", "source", "target"), FOUGHT_WORDS)
def test_a_challenge_fought_is_refused(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert (source, "REJECT", target) in events
    assert (source, "ASSAULT", target) not in events


READY_TO_REFUSE = [
    ("Indonesia is ready to fight the European Union's lawsuit at the WTO.", "IDN", "EU"),
    ("Indonesia is ready to reject the European Union's proposal.", "IDN", "EU"),
    ("China stands ready to refuse Lithuania's request.", "CHN", "LTU"),
    ("Brazil is willing to oppose Argentina's candidacy.", "BRA", "ARG"),
    ("Norway is ready to fight Russia's claim in court.", "NOR", "RUS"),
]


@pytest.mark.parametrize(("text", "source", "target"), READY_TO_REFUSE)
def test_readiness_to_refuse_is_a_refusal(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert (source, "REJECT", target) in events
    assert (source, "AGREE", target) not in events


DECLARED_UNWELCOME = [
    ("Peru declared Mexico's ambassador a persona non grata.", "PER", "MEX"),
    ('Bolivia declared Chile\'s ambassador in La Paz a "persona non grata" on Tuesday.', "BOL", "CHL"),
    ("Ethiopia declared the Kenyan ambassador a persona non grata last week.", "ETH", "KEN"),
    ("Nigeria declared Ghana's envoy persona non grata after the row.", "NGA", "GHA"),
    ("Mali declared the French ambassador an undesirable person.", "MLI", "FRA"),
]


@pytest.mark.parametrize(("text", "source", "target"), DECLARED_UNWELCOME)
def test_a_diplomat_declared_unwelcome_is_expelled(text: str, source: str, target: str) -> None:
    assert (source, "SANCTION", target) in _events(text)


HARASSED = [
    ("Chinese vessels harassed Vietnamese fishing boats near the Paracels.", "CHN", "VNM"),
    ("Iranian speedboats harassed a British tanker in the Gulf.", "IRN", "GBR"),
    ("Russian jets harassed a Polish patrol plane over the Baltic.", "RUS", "POL"),
    ("Japan protested China's harassment of its fishing vessels.", "CHN", "JPN"),
    ("North Korean agents harassed South Korean activists in Seoul.", "PRK", "KOR"),
]


@pytest.mark.parametrize(("text", "source", "target"), HARASSED)
def test_harassing_coerces(text: str, source: str, target: str) -> None:
    events = {(s, t, o.split("_")[0]) for s, t, o in _events(text)}
    assert (source, "COERCE", target) in events
    assert (source, "PROTEST", target) not in events


TOPICS = [
    ("Kenya and Uganda held talks on trade cooperation in Nairobi.", "KEN", "UGA"),
    ("Vietnam and Laos held discussions on cooperation in energy.", "VNM", "LAO"),
    ("The delegations considered prospects for Kazakhstan's cooperation with Turkey.", "KAZ", "TUR"),
    ("Ghana and Togo explored the potential for cooperation in fisheries.", "GHA", "TGO"),
    ("Chile and Peru held a meeting about cooperation on migration.", "CHL", "PER"),
]


@pytest.mark.parametrize(("text", "source", "target"), TOPICS)
def test_cooperation_talked_about_is_a_topic(text: str, source: str, target: str) -> None:
    assert (source, "COOPERATE", target) not in _events(text)


GUARDS = [
    # cooperation stated, and a war discussed, stay
    (
        "Kenya's cooperation with Uganda on security has deepened.",
        ("KEN", "COOPERATE", "UGA"),
        ("KEN", "CONSULT", "UGA"),
    ),
    (
        "Poland and Lithuania discussed Russia's invasion of Ukraine.",
        ("RUS", "ASSAULT", "UKR"),
        ("POL", "ASSAULT", "UKR"),
    ),
    (
        "Kenya and Uganda held talks on trade cooperation in Nairobi.",
        ("KEN", "CONSULT", "UGA"),
        ("KEN", "AGREE", "UGA"),
    ),
    # a street protest stays one
    (
        "Protesters marched against Israel in Paris.",
        ("FRA_CVL", "PROTEST", "ISR"),
        ("FRA_CVL", "COERCE", "ISR"),
    ),
    # lobbies mobilised to help are no forces sent
    ("Qatar mobilized lobby groups in Germany to support its bid.", None, ("QAT", "AID", "DEU")),
    # one's own envoy declared anything is no expulsion
    ("Peru declared its own ambassador a hero.", None, ("PER", "SANCTION", "PER")),
    # readiness to coerce stays a threat, readiness to meet a commitment
    (
        "Seoul is prepared to impose sanctions on Pyongyang.",
        ("KOR", "THREATEN", "PRK"),
        ("KOR", "REJECT", "PRK"),
    ),
    ("Japan is ready to hold talks with China.", ("JPN", "AGREE", "CHN"), ("JPN", "REJECT", "CHN")),
    # (text, an event that must be made, an event that must not be made)
    # support with no material kind stays support
    (
        "Poland expressed strong political support for Ukraine.",
        ("POL", "SUPPORT", "UKR"),
        ("POL", "AID", "UKR"),
    ),
    ("Brazil voiced support for Argentina's bid.", ("BRA", "SUPPORT", "ARG"), ("BRA", "AID", "ARG")),
    # forces sent with no purpose of help stay mobilised
    (
        "Russia deployed troops to Belarus for joint drills.",
        ("RUS", "MOBILIZE", "BLR"),
        ("RUS", "AID", "BLR"),
    ),
    # forces fought stay fought
    (
        "Ukraine's army is fighting Russia in the east.",
        ("UKR_MIL", "ASSAULT", "RUS"),
        ("UKR_MIL", "REJECT", "RUS"),
    ),
    # ties kept are no cut
    ("Bolivia confirmed the strengthening of relations with Peru.", None, ("BOL", "SANCTION", "PER")),
]


@pytest.mark.parametrize(("text", "made", "not_made"), GUARDS)
def test_guards(text: str, made: tuple[str, str, str] | None, not_made: tuple[str, str, str]) -> None:
    events = _events(text)
    if made is not None:
        assert made in events
    assert not_made not in events
