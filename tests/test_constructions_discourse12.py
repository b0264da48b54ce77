"""Discourse across sentences (round 12): whom a quotation, "the two sides" and a narrator's *they* mean.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors, wording and sentence shapes, plus guards for the nearby constructions
that must stay as they are. Expectations are at state level (the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "..., they said": the group named before the quotation, never a name inside it -----------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "The leaders of Kenya and Uganda met in Nairobi on Monday. “We condemn the shelling of Somalia"
            " and Ethiopia by Eritrea,” they said in a joint statement.",
            ["KEN ACCUSE ERI", "UGA ACCUSE ERI"],
            ["SOM ACCUSE ERI", "ETH ACCUSE ERI"],
        ),
        (
            'Diplomats from Norway and Denmark arrived in Oslo. "We condemn the arrest of journalists by'
            ' Belarus and Russia," they wrote in a letter.',
            ["NOR ACCUSE BLR", "DNK ACCUSE BLR"],
            ["BLR ACCUSE RUS", "RUS ACCUSE BLR"],
        ),
        (
            "Chile and Argentina issued a statement on Tuesday. “We demand that Bolivia and Peru release"
            " the detained truck drivers,” they said.",
            ["CHL REQUEST BOL", "ARG REQUEST PER"],
            ["BOL REQUEST PER", "PER REQUEST BOL"],
        ),
        (
            "Officials of Poland and Lithuania spoke after the meeting. “We accuse Belarus and Russia of"
            " pushing migrants across the border,” they told reporters.",
            ["POL ACCUSE BLR", "LTU ACCUSE RUS"],
            ["BLR ACCUSE RUS", "RUS ACCUSE BLR"],
        ),
        (
            'Ghana and Togo signed a border accord in Accra. "We blame Burkina Faso and Mali for sheltering'
            ' the gunmen," they said.',
            ["GHA ACCUSE BFA", "TGO ACCUSE MLI"],
            ["BFA ACCUSE MLI", "MLI ACCUSE BFA"],
        ),
    ],
)
def test_they_attributing_a_quotation_is_the_group_before_it(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))


def test_a_two_word_state_name_is_no_plural_antecedent(expect: Expect) -> None:
    """ "Trinidad and Tobago" is one state: no *they* stands for it alone."""
    expect(
        "Venezuelan officials met in Caracas. “Trinidad and Tobago must return the deported migrants,”"
        " they said.",
        ("VEN REQUEST TTO",),
        ("TTO REQUEST TTO",),
    )


# --- a quotation standing alone after its speaker's reported words ------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Polish Prime Minister Donald Tusk said Poland had evidence of sabotage. “We will expel the"
            " Russian ambassador.”",
            "POL SANCTION RUS",
        ),
        (
            "Kenyan President William Ruto told lawmakers on Thursday that the border would stay closed."
            " “We have asked Somalia to stop the raids.”",
            "KEN REQUEST SOM",
        ),
        (
            "Brazil's Foreign Minister Mauro Vieira said the talks had failed. "
            '"We condemn Venezuela\'s seizure of the oil platform."',
            "BRA ACCUSE VEN",
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba told parliament on Monday that the islands were"
            " Japanese. “We have lodged a protest with Beijing.”",
            "JPN ACCUSE CHN",
        ),
        (
            "Estonian Foreign Minister Margus Tsahkna said on Friday that the cable had been cut on"
            " purpose. “We accuse Russia of sabotage.”",
            "EST ACCUSE RUS",
        ),
    ],
)
def test_a_quotation_after_its_speakers_reported_words_is_theirs(
    expect: Expect, text: str, wanted: str
) -> None:
    expect(text, (wanted,))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # no one speaks in the sentence before
        (
            "Polish troops arrived at the border on Monday. “We will expel the Russian ambassador.”",
            "POL SANCTION RUS",
        ),
        # the speaker before reports someone else's words, in a sentence of its own
        (
            "Kenyan President William Ruto told lawmakers on Thursday that the border would stay closed."
            " A Somali official replied. “We have asked Kenya to reopen it.”",
            "KEN REQUEST KEN",
        ),
    ],
)
def test_a_quotation_with_no_speaker_in_reach_is_nobodys(expect: Expect, text: str, wrong: str) -> None:
    expect(text, (), (wrong,))


# --- "the two sides", "both countries": the pair of the last bilateral event ------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Talks between Armenia and Azerbaijan resumed in Geneva on Monday, with Russia attending as"
            " an observer. The two sides accused Turkey of delaying the deal.",
            ["ARM ACCUSE TUR", "AZE ACCUSE TUR"],
            ["RUS ACCUSE TUR"],
        ),
        (
            "Vietnam and the Philippines signed a coast guard pact in Manila on Tuesday, a deal Indonesia"
            " welcomed. The two countries accused China of ramming their boats.",
            ["VNM ACCUSE CHN", "PHL ACCUSE CHN"],
            ["IDN ACCUSE CHN"],
        ),
        (
            "Egypt and Ethiopia resumed negotiations over the Nile dam, the Sudanese foreign ministry"
            " said. Both sides blamed Sudan for the delay.",
            ["EGY ACCUSE SDN", "ETH ACCUSE SDN"],
            [],
        ),
        (
            "Serbia's president met Kosovo's prime minister in Brussels, a meeting Germany had called for."
            " Both nations condemned Albania's decision.",
            ["SRB ACCUSE ALB", "KSV ACCUSE ALB"],
            ["DEU ACCUSE ALB"],
        ),
        (
            "Thailand accused Cambodia of shelling a border temple, and Laos offered to mediate."
            " The two neighbours later asked ASEAN to send observers.",
            ["THA REQUEST ASEAN", "KHM REQUEST ASEAN"],
            ["LAO REQUEST ASEAN"],
        ),
    ],
)
def test_the_two_sides_are_the_pair_of_the_last_bilateral_event(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))


def test_the_two_sides_with_three_parties_in_reach_are_nobody(expect: Expect) -> None:
    """Three states met and none two of them paired: "the two sides" is no one we can name."""
    expect(
        "Kenya, Uganda and Rwanda held a summit in Kigali on Monday. The two sides accused Burundi of"
        " harboring rebels.",
        (),
        ("KEN ACCUSE BDI", "UGA ACCUSE BDI", "RWA ACCUSE BDI"),
    )


def test_a_quotation_attributed_to_people_who_are_no_actor_continues_no_one(expect: Expect) -> None:
    """ "“...,” two truck drivers said": the quotation has a speaker of its own, not the one quoted before."""
    expect(
        "Ugandan President Yoweri Museveni spoke in Kampala. “Kenya must reopen the border,” he said."
        " “We have asked Rwanda to send food,” two truck drivers said.",
        ("UGA REQUEST KEN",),
        ("UGA REQUEST RWA",),
    )


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on"
            " Monday. The pair later met Ugandan President Yoweri Museveni.",
            ["KEN CONSULT UGA", "TZA CONSULT UGA"],
            [],
        ),
        (
            "Peru and Ecuador signed a fishing accord in Lima, a deal Chile criticized. The pair also asked"
            " Colombia to join the accord.",
            ["PER REQUEST COL", "ECU REQUEST COL"],
            ["CHL REQUEST COL"],
        ),
    ],
)
def test_the_pair_is_the_two_of_the_last_pair(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))


# --- "it": the last state or organisation, not the clause's own subject ------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Iran seized a British tanker in the Gulf. Britain demanded that it release the ship.",
            "GBR REQUEST IRN",
        ),
        ("Turkey shot down a Russian jet in 2015. Moscow later imposed sanctions on it.", "RUS SANCTION TUR"),
        (
            "Venezuela seized a Guyanese fishing boat last week. Guyana accused it of piracy.",
            "GUY ACCUSE VEN",
        ),
        (
            "Kenya deployed police officers to Haiti last year. The United Nations thanked it for leading the"
            " mission.",
            "UN SUPPORT KEN",
        ),
        (
            "Serbia arrested three Kosovo police officers on Friday. Kosovo urged it to free them.",
            "KSV REQUEST SRB",
        ),
    ],
)
def test_it_is_the_last_state_that_is_not_the_clause_subject(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the speaker of a governing clause of saying stays "it"
        (
            "Russia expelled two Estonian diplomats. Estonia said it would expel a Russian diplomat.",
            "EST SANCTION RUS",
        ),
        # "its" on the clause's own subject stays the subject
        (
            "Chinese ships blocked a Philippine supply mission. Manila recalled its envoy from Beijing.",
            "PHL SANCTION CHN",
        ),
    ],
)
def test_it_of_the_speaker_or_own_subject_stays(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Chinese ships rammed a Philippine vessel on Sunday. “It is important to stress that the"
            " situation could get worse,” Japanese Foreign Minister Yoko Kamikawa warned.",
            "JPN THREATEN PHL",
        ),
        (
            "Moldova expelled a Russian diplomat on Friday. “It is clear that tensions will rise,” Romanian"
            " President Klaus Iohannis warned.",
            "ROU THREATEN RUS",
        ),
    ],
)
def test_an_expletive_it_stands_for_no_one(expect: Expect, text: str, wrong: str) -> None:
    expect(text, (), (wrong,))


def test_it_ready_to_act_is_still_the_state(expect: Expect) -> None:
    """ "it is ready to": no extraposition, "it" is the speaker's state."""
    expect(
        "Ethiopia and Eritrea signed a peace deal in 2018. Eritrea said it is ready to host talks with"
        " Sudan.",
        ("ERI AGREE SDN",),
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The Russian cargo ship left a Syrian port on Monday. During the voyage, it delivered weapons to"
            " Libya.",
            "SYR AID LBY",
        ),
        (
            "The Greek tanker sailed from a Turkish port last week. On the way, it delivered fuel to Cyprus.",
            "TUR AID CYP",
        ),
    ],
)
def test_it_after_a_thing_as_subject_is_the_thing(expect: Expect, text: str, wrong: str) -> None:
    """A ship or a deal the sentence before was about is what *it* stands for, not a state named near it."""
    expect(text, (), (wrong,))


# --- a quotation after a short lead-in ("For Europe, “...”") continues the last speaker ---------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "“Moscow is lying,” Lithuanian Foreign Minister Gabrielius Landsbergis said. For Vilnius, “we"
            " will expel two more Russian diplomats.”",
            "LTU SANCTION RUS",
        ),
        (
            "“Beijing must stop,” Philippine Foreign Secretary Enrique Manalo said on Monday. And then: “We"
            " have lodged a protest with China.”",
            "PHL ACCUSE CHN",
        ),
        (
            '"Caracas is not a partner," Colombian President Gustavo Petro said. Above all, "we condemn'
            " Venezuela's seizure of the border post.\"",
            "COL ACCUSE VEN",
        ),
        (
            "“We are ready,” Polish Defence Minister Wladyslaw Kosiniak-Kamysz said. Once again, “we accuse"
            " Belarus of pushing migrants over the border.”",
            "POL ACCUSE BLR",
        ),
        (
            "“The talks failed,” Serbian President Aleksandar Vucic told reporters. Frankly, “we reject the"
            " demands of Kosovo.”",
            "SRB REJECT KSV",
        ),
    ],
)
def test_a_quotation_after_a_short_lead_in_continues_the_last_speaker(
    expect: Expect, text: str, wanted: str
) -> None:
    expect(text, (wanted,))


def test_a_quotation_in_a_narrated_clause_is_not_the_last_speakers(expect: Expect) -> None:
    """A clause with a verb of its own before the quotation is the narrator's, not a continuation."""
    expect(
        "“Moscow is lying,” Lithuanian Foreign Minister Gabrielius Landsbergis said. Russian diplomats left"
        " Vilnius on Monday, “we will expel two more,” a note read.",
        (),
        ("LTU SANCTION RUS",),
    )


# --- the verb that introduces a quotation names its speaker, not an earlier verb of saying -----------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Russia warned of retaliation, said Estonian Foreign Minister Margus Tsahkna, adding: “We will"
            " expel the Russian ambassador.”",
            ["EST SANCTION RUS"],
            [],
        ),
        (
            "Beijing has vowed countermeasures, Philippine Foreign Secretary Enrique Manalo told reporters,"
            " adding: “We have asked Japan to join the patrols.”",
            ["PHL REQUEST JPN"],
            ["CHN REQUEST JPN"],
        ),
        (
            "After Serbia claimed Kosovo had provoked the clash, Kosovo Prime Minister Albin Kurti said: “We"
            " have asked NATO to protect the north.”",
            ["KSV REQUEST NATO"],
            ["SRB REQUEST NATO"],
        ),
        (
            "As Beijing warned Manila against new patrols, Philippine President Ferdinand Marcos Jr. said:"
            " “We have asked Australia to join them.”",
            ["PHL REQUEST AUS"],
            ["CHN REQUEST AUS"],
        ),
        (
            "While Egypt insisted the talks had failed, Ethiopian Prime Minister Abiy Ahmed told parliament:"
            " “We have asked Kenya to mediate.”",
            ["ETH REQUEST KEN"],
            ["EGY REQUEST KEN"],
        ),
    ],
)
def test_the_verb_that_introduces_a_quotation_names_its_speaker(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))


# --- a quotation continued into the next paragraph is the words of whoever ends it --------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "“Kenya must withdraw its troops,” Somali President Hassan Sheikh Mohamud said on Monday.\n\n"
            "“We condemn the attacks by al-Shabab. We accuse Eritrea of arming the militants.\n\n"
            "“Our troops will stay. They protect the border,” Kenyan President William Ruto said on Tuesday.",
            ["KEN ACCUSE ERI"],
            ["SOM ACCUSE ERI"],
        ),
        (
            "Serbian President Aleksandar Vucic spoke first. “Kosovo must respect the deal,” he said.\n\n"
            "“We condemn the raids by Serbia.\n\n"
            "“The police are on alert. We also ask NATO to protect our villages,” Kosovo Prime Minister Albin"
            " Kurti replied.",
            ["KSV ACCUSE SRB"],
            [],
        ),
        (
            "“Pakistan must act,” Indian Foreign Secretary Vikram Misri said.\n\n"
            "\"We condemn India's strikes on Pakistani towns.\n\n"
            '"Our army is ready. We have asked China for support," Pakistani Foreign Minister Ishaq'
            " Dar said.",
            ["PAK ACCUSE IND"],
            [],
        ),
        (
            "“Moscow must stop,” Ukrainian President Volodymyr Zelenskyy said.\n\n"
            "“We accuse NATO of provoking the war.\n\n"
            "“We also blame the United States.\n\n"
            "“We will answer,” Russian Foreign Minister Sergei Lavrov said.",
            ["RUS ACCUSE NATO", "RUS ACCUSE USA"],
            ["UKR ACCUSE NATO", "UKR ACCUSE USA"],
        ),
        (
            "“Rwanda must leave,” Congolese President Felix Tshisekedi told parliament.\n\n"
            "“We reject the accusations of Congo. We will defend our borders.\n\n"
            "“Our army is ready. The border is calm,” Rwandan President Paul Kagame said.",
            ["RWA REJECT COD"],
            [],
        ),
    ],
)
def test_a_quotation_continued_into_the_next_paragraph_is_its_last_speakers(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Vietnam and Laos held talks in Hanoi on Monday, and Thailand sent an observer. After discussing"
            " trade, energy and railways, the two countries asked Japan to fund the line.",
            ["VNM REQUEST JPN", "LAO REQUEST JPN"],
        ),
        (
            "Egypt and Jordan held a summit in Amman, and Iraq sent its foreign minister. Having discussed"
            " water, power and trade, both countries urged Israel to reopen the crossings.",
            ["EGY REQUEST ISR", "JOR REQUEST ISR"],
        ),
    ],
)
def test_a_list_of_things_does_not_hide_the_pair(expect: Expect, text: str, want: list[str]) -> None:
    """ "trade, energy and railways" names no party: the pair is looked for further back."""
    expect(text, tuple(want))


# --- "the two sides, old rivals, ...": an apposition that names no one leaves the pair to find -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenya and Ethiopia opened a new border post on Monday. The two neighbours, longtime partners in"
            " the region, signed a trade agreement.",
            ["KEN AGREE ETH"],
        ),
        (
            "Ghana and Togo held talks in Accra. The two sides, old rivals over the border, signed a security"
            " pact.",
            ["GHA AGREE TGO"],
        ),
        (
            "Vietnam and Laos held a summit in Hanoi. The two nations, close allies since the war, signed a"
            " visa agreement.",
            ["VNM AGREE LAO"],
        ),
        (
            "Egypt and Sudan held talks in Cairo. The two countries, partners on the Nile for decades, signed"
            " a water agreement.",
            ["EGY AGREE SDN"],
        ),
        (
            "Bolivia and Paraguay held talks in Asuncion. The two countries, former foes in a border war,"
            " signed a gas deal.",
            ["BOL AGREE PRY"],
        ),
    ],
)
def test_a_description_in_apposition_leaves_the_pair_to_find(
    expect: Expect, text: str, want: list[str]
) -> None:
    expect(text, tuple(want))


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # the apposition names the members: they, not the pair before
        (
            "Sudan's two neighbours, Chad and Egypt, signed a trade agreement on Monday.",
            ["TCD AGREE EGY"],
            [],
        ),
        (
            "Kenya and Uganda met in Nairobi. The two sides, Armenia and Azerbaijan, signed a ceasefire in"
            " Moscow the same day.",
            [],
            ["KEN AGREE UGA", "KEN RETREAT UGA"],
        ),
    ],
)
def test_a_name_in_apposition_is_the_group(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))
