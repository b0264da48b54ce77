"""Quotation speakers, round 14: who speaks a quotation whose speaker is named outside its own clause.

Round 14, the quotes helper's brief. Each construction has five sentences written for these tests
(different actors, wording and sentence shapes; none taken from the development or evaluation sets),
run through the packaged model; each failed before its mechanism. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "X struck a defiant tone: “We condemn ...”": a quotation after a colon that closes a clause with no
# speech verb is the words of that clause's subject -----------------------------------------------------

COLON_LEAD_IN = [
    (
        "In a post on Sunday, Polish Prime Minister Donald Tusk struck a firm tone: “We condemn Russia's"
        " sabotage of our railways.”",
        ("POL ACCUSE RUS",),
    ),
    (
        "Brazilian President Lula had a clear message for his critics: “We condemn the Israeli strikes on"
        " civilians in Gaza.”",
        ("BRA ACCUSE ISR",),
    ),
    (
        "Kenyan Foreign Minister Musalia Mudavadi was blunt: “We condemn the attacks by Ethiopia on our"
        " border towns.”",
        ("KEN ACCUSE ETH",),
    ),
    (
        "On Tuesday Japanese Prime Minister Fumio Kishida ended his speech with a warning for Beijing: “We"
        " condemn China's military drills around Taiwan.”",
        ("JPN ACCUSE CHN",),
    ),
    (
        "Turkish President Recep Tayyip Erdogan had one word for Stockholm: “We condemn Sweden's tolerance of"
        " the PKK.”",
        ("TUR ACCUSE SWE",),
    ),
    (
        "Indian Prime Minister Narendra Modi ended his address on a hard note: “We condemn Pakistan's support"
        " for terrorists.”",
        ("IND ACCUSE PAK",),
    ),
]


@pytest.mark.parametrize(("text", "want"), COLON_LEAD_IN)
def test_quotation_after_a_colon_is_the_subjects(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_colon_after_a_clause_with_no_actor_gives_no_speaker(expect: Expect) -> None:
    """ "The banner carried one line: “...”": a subject that is no actor speaks for no one (unchanged)."""
    expect(
        "German Chancellor Olaf Scholz spoke in Berlin. The banner carried one line: “We condemn Russia's"
        " war.”",
        not_want=("DEU ACCUSE RUS",),
    )


# --- "“...” | Y told X on Friday that ...": the sentence after a quotation that reports something else (its
# speech verb has a clause of its own) does not attribute the quotation; a short "he said." still does ------

NEXT_SENTENCE_REPORTS = [
    (
        "“Our patience has limits,” Philippine Foreign Secretary Enrique Manalo said. “We condemn China's"
        " actions at the shoal.” Japanese Prime Minister Fumio Kishida told Manalo on Tuesday that Tokyo"
        " would send patrol boats.",
        ("PHL ACCUSE CHN",),
        ("JPN ACCUSE CHN",),
    ),
    (
        "“This is a dark day,” Ukrainian President Volodymyr Zelensky said. “We condemn the Russian strikes"
        " on Kharkiv.” Polish President Andrzej Duda told reporters later that Warsaw had raised its air"
        " defences.",
        ("UKR ACCUSE RUS",),
        ("POL ACCUSE RUS",),
    ),
    (
        "“We will not be bullied,” Canadian Prime Minister Mark Carney said. “We condemn the American"
        " tariffs on our steel.” Mexican President Claudia Sheinbaum said on Monday that her government"
        " was studying a response.",
        ("CAN ACCUSE USA",),
        ("MEX ACCUSE USA",),
    ),
    (
        "“The border must stay open,” Egyptian Foreign Minister Badr Abdelatty said. “We condemn Israel's"
        " closure of the crossing.” Jordan's King Abdullah told the envoy that Amman shared those concerns.",
        ("EGY ACCUSE ISR",),
        ("JOR ACCUSE ISR",),
    ),
    (
        "“Enough is enough,” South African President Cyril Ramaphosa said. “We condemn Rwanda's support for"
        " the rebels.” Angolan President Joao Lourenco announced on Friday that he would host new talks.",
        ("ZAF ACCUSE RWA",),
        ("AGO ACCUSE RWA",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), NEXT_SENTENCE_REPORTS)
def test_a_sentence_that_reports_its_own_clause_attributes_no_quotation(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_a_short_sentence_after_a_quotation_still_attributes_it(expect: Expect) -> None:
    """ "“...” | Ruto said.": the short attribution after the quotation (unchanged)."""
    expect(
        "“We condemn the attacks by Ethiopia on our border towns.” Kenyan President William Ruto said.",
        ("KEN ACCUSE ETH",),
    )


# --- "“... . Thank you Poland for ...,” X wrote": a name inside the marks the parser took for the subject
# of the speech verb outside them is no speaker ----------------------------------------------------------

SUBJECT_INSIDE = [
    (
        "“We condemn the Chinese blockade of our ships. Congratulations Japan on a great result,” Philippine"
        " President Ferdinand Marcos posted on Friday.",
        ("PHL ACCUSE CHN",),
        ("JPN ACCUSE CHN",),
    ),
    (
        "“We condemn Iran's seizure of the tanker. Congratulations Oman for the mediation,” British Foreign"
        " Secretary David Lammy tweeted on Wednesday.",
        ("GBR ACCUSE IRN",),
        ("OMN ACCUSE IRN",),
    ),
    (
        "“We condemn the Serbian incursion. Congratulations Germany for the support,” Kosovo Prime Minister"
        " Albin Kurti tweeted.",
        ("KSV ACCUSE SRB",),
        ("DEU ACCUSE SRB",),
    ),
    (
        "“We condemn Russia's drone attacks on our ports. Congratulations Romania for the new radar,”"
        " Moldovan President Maia Sandu wrote on Tuesday.",
        ("MDA ACCUSE RUS",),
        ("ROU ACCUSE RUS",),
    ),
    (
        "“We condemn the Houthi attacks on our tankers. Congratulations India for the rescue,” Greek Prime"
        " Minister Kyriakos Mitsotakis posted.",
        ("GRC ACCUSE YEM",),
        ("IND ACCUSE YEM",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), SUBJECT_INSIDE)
def test_a_name_inside_the_marks_is_no_speaker(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- "“...,” Y said. X called for calm. “We ...”": a quotation that is its own sentence is the words of
# whoever the sentence right before reports, before those of a quotation further back ---------------------

REPORTED_RIGHT_BEFORE = [
    (
        "“The talks were useful,” German Chancellor Olaf Scholz said. Polish Prime Minister Donald Tusk"
        " called for a tougher line. “We condemn Russia's attacks on our railways.”",
        ("POL ACCUSE RUS",),
        ("DEU ACCUSE RUS",),
    ),
    (
        "“We are ready to help,” Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said. Egyptian"
        " President Abdel Fattah el-Sisi warned against a wider war. “We condemn Israel's strikes on Rafah.”",
        ("EGY ACCUSE ISR",),
        ("QAT ACCUSE ISR",),
    ),
    (
        "“Trade is good for both sides,” Australian Prime Minister Anthony Albanese said. New Zealand Prime"
        " Minister Christopher Luxon told reporters the region had changed. “We condemn China's live-fire"
        " drills in the Tasman Sea.”",
        ("NZL ACCUSE CHN",),
        ("AUS ACCUSE CHN",),
    ),
    (
        "“We welcome the ceasefire,” Turkish Foreign Minister Hakan Fidan said. Iranian Foreign Minister"
        " Abbas Araghchi urged the Security Council to act. “We condemn the American strikes on our nuclear"
        " sites.”",
        ("IRN ACCUSE USA",),
        ("TUR ACCUSE USA",),
    ),
    (
        "“The border is calm,” Indian Foreign Minister Subrahmanyam Jaishankar said. Chinese Foreign Minister"
        " Wang Yi insisted that Beijing wanted peace. “We condemn India's patrols in our territory.”",
        ("CHN ACCUSE IND",),
        ("IND ACCUSE IND",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), REPORTED_RIGHT_BEFORE)
def test_the_sentence_right_before_names_the_speaker(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_a_narrative_sentence_between_keeps_the_speaker_before(expect: Expect) -> None:
    """ "“...,” X said. Talks resumed in Doha. “We ...”": a sentence that reports no one keeps the last
    speaker (unchanged)."""
    expect(
        "“We want a deal,” Egyptian Foreign Minister Badr Abdelatty said. Talks resumed in Doha on Monday."
        " “We condemn Israel's strikes on Rafah.”",
        ("EGY ACCUSE ISR",),
    )


# --- "X praised Y, saying: “...”": a participle of saying with no subject of its own speaks through the
# subject of the clause it hangs on ------------------------------------------------------------------------

PARTICIPLE_OF_SAYING = [
    (
        "Indonesian President Prabowo Subianto praised Malaysia for its help, saying: “We condemn the Chinese"
        " incursions into our waters.”",
        ("IDN ACCUSE CHN",),
    ),
    (
        "South Korean President Lee Jae-myung met his cabinet on Tuesday, declaring: “We condemn North"
        " Korea's missile launches.”",
        ("KOR ACCUSE PRK",),
    ),
    (
        "Pakistani Prime Minister Shehbaz Sharif spoke to reporters in Lahore, adding: “We condemn India's"
        " strikes on our territory.”",
        ("PAK ACCUSE IND",),
    ),
    (
        "Iraqi Prime Minister Mohammed Shia al-Sudani visited Basra on Sunday, warning: “We condemn Turkey's"
        " strikes on our villages.”",
        ("IRQ ACCUSE TUR",),
    ),
    (
        "Ghanaian President John Mahama closed the summit, telling reporters: “We condemn the coup in Burkina"
        " Faso.”",
        ("GHA ACCUSE BFA",),
    ),
]


@pytest.mark.parametrize(("text", "want"), PARTICIPLE_OF_SAYING)
def test_a_participle_of_saying_speaks_through_its_clause_subject(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


def test_a_participle_with_a_subject_of_its_own_is_not_the_clause_subjects(expect: Expect) -> None:
    """ "X walked past the marchers, a student among them shouting: “...”": the participle has its own
    subject, no actor, and the quotation is not X's (unchanged)."""
    expect(
        "Swedish Prime Minister Ulf Kristersson walked past the marchers, a student among them shouting: “We"
        " condemn Russia's war.”",
        not_want=("SWE ACCUSE RUS",),
    )


# --- "“...,” said a statement posted by the ministry", "“...,” read a statement from X": a document that
# says the quotation speaks for whoever its phrase names or the story says issued it --------------------

DOCUMENT_SAYS = [
    (
        "“We condemn the attacks by Ethiopia on our border towns,” said a statement posted by Kenya's foreign"
        " ministry.",
        ("KEN ACCUSE ETH",),
    ),
    (
        "“We condemn China's drills near our islands,” said a statement released by the Japanese defence"
        " ministry.",
        ("JPN ACCUSE CHN",),
    ),
    (
        "“We condemn Rwanda's support for the M23 rebels,” said a report published by the Congolese"
        " government.",
        ("COD ACCUSE RWA",),
    ),
    (
        "“We condemn China's use of water cannon,” said a report issued by the Philippine Coast Guard.",
        ("PHL ACCUSE CHN",),
    ),
    (
        "“We condemn the Houthi attacks on shipping,” said a statement posted by the Egyptian foreign"
        " ministry.",
        ("EGY ACCUSE YEM",),
    ),
]

TEXT_READS = [
    (
        "“We condemn the attacks by Ethiopia on our border towns,” read a Kenyan government statement.",
        ("KEN ACCUSE ETH",),
    ),
    (
        "“We condemn Russia's sabotage of our cables,” read a statement from Finnish President Alexander"
        " Stubb.",
        ("FIN ACCUSE RUS",),
    ),
    (
        "“We condemn North Korea's missile launches,” read a statement issued by the South Korean foreign"
        " ministry.",
        ("KOR ACCUSE PRK",),
    ),
    (
        "“We condemn Azerbaijan's blockade,” read the communique of the Armenian government.",
        ("ARM ACCUSE AZE",),
    ),
    (
        "“We condemn Venezuela's threats against our territory,” read a declaration signed by Guyanese"
        " President Irfaan Ali.",
        ("GUY ACCUSE VEN",),
    ),
    ("“We condemn Morocco's raids,” read Algeria's statement.", ("DZA ACCUSE MAR",)),
]


@pytest.mark.parametrize(("text", "want"), DOCUMENT_SAYS + TEXT_READS)
def test_a_document_speaks_for_its_issuer(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_a_document_nobody_issued_speaks_for_no_one(expect: Expect) -> None:
    """ "A statement circulated online. “...,” the statement said.": issued by nobody the story names
    (unchanged)."""
    expect(
        "Kenyan President William Ruto spoke in Nairobi on Sunday. A statement circulated online on Monday."
        " “We condemn Ethiopia's attacks on our border towns,” the statement said.",
        not_want=("KEN ACCUSE ETH",),
    )
