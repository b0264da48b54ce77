"""Tests of actorgraph.actors.chrome: site furniture is ignored, news never is.

Page chrome (a "Sign in" line, a newsletter promotion, a photo credit) is recognised by its
shape: a whole short line of a known form, a list of navigation bullets, a credit or dateline
pattern, a block of such lines at the end of a page. A sentence that names actors as the subject
of its verb is never chrome, whatever words it uses ("membership", "follow us", "subscribe").
"""

from __future__ import annotations

import pytest

import actorgraph as ag
from actorgraph.actors.chrome import chrome_ranges, is_chrome_line
from actorgraph.nlp import load_pipeline

#: News sentences of our own that use words of site furniture (written for these tests).
NEWS_WITH_CHROME_WORDS = [
    ("Hungary's parliament ratified Finland's membership of NATO on Monday.", {"HUN", "FIN"}),
    ("Russia accused Britain of trying to sign up Ukrainian volunteers as mercenaries.", {"RUS", "GBR"}),
    ("\u201cFollow us or face the consequences,\u201d Iran's foreign minister told Israel.", {"IRN", "ISR"}),
    ("Brazil will subscribe to the climate pact, and Argentina criticized the decision.", {"BRA", "ARG"}),
    ("Germany agreed to share this intelligence with Poland, the ministry said.", {"DEU", "POL"}),
    ("Support for Kenya's mission in Haiti grew as Ghana pledged troops today.", {"KEN", "GHA"}),
    ("North Korea's state newsletter accused South Korea of staging provocations.", {"PRK", "KOR"}),
]

FILLER = (
    "The talks were held behind closed doors and lasted most of the day. Officials declined to give "
    "details of the agenda, and no joint statement was issued when the meeting ended in the evening."
)


def actors_of(text: str) -> set[str]:
    """The states of the actors found ("Hungary's parliament" is HUN_LEG, of Hungary)."""
    result = ag.build([ag.Document(id="chrome-test", text=text)])
    return {a.country or a.id for a in result.actors}


@pytest.mark.parametrize(("sentence", "states"), NEWS_WITH_CHROME_WORDS)
@pytest.mark.parametrize("where", ["first half", "second half"])
def test_a_news_paragraph_with_chrome_words_keeps_its_actors_and_what_follows(
    sentence: str, states: set[str], where: str
) -> None:
    """The paragraph is not dropped, and in the second half the paragraphs after it are not either."""
    after = "Chile and Peru signed a fisheries agreement on Friday."
    paragraphs = (
        [sentence, FILLER, FILLER, after] if where == "first half" else [FILLER] * 4 + [sentence, after]
    )
    text = "\n\n".join(paragraphs)
    found = actors_of(text)
    assert states <= found, f"{states - found} lost"
    assert {"CHL", "PER"} <= found


@pytest.mark.parametrize(("sentence", "states"), NEWS_WITH_CHROME_WORDS)
def test_no_character_of_a_news_sentence_is_chrome(sentence: str, states: set[str]) -> None:
    nlp = load_pipeline()
    doc = nlp("\n\n".join([FILLER, FILLER, sentence, FILLER]))
    start = doc.text.index(sentence)
    assert not [r for r in chrome_ranges(doc) if r[0] < start + len(sentence) and start < r[1]]


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Sign in",
        "Log in to your account",
        "Subscribe",
        "Subscribe to our newsletter",
        "Follow us on Twitter",
        "Share this article",
        "Already a Member? Sign in",
        "Premium Membership",
        "Delivered straight to your inbox.",
        "$25.00 / month",
        "billed annually",
        "Read more: Iran and Russia sign a deal",
        "© 2024 Example Media. All rights reserved.",
    ],
)
def test_short_lines_of_site_furniture_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Turkey approved Sweden's NATO membership on Tuesday.",
        "Iran says it will not sign up to the deal",
        "Share prices fell in Tokyo after China announced tariffs.",
        "Join the talks, Qatar urged Hamas and Israel on Sunday.",
    ],
)
def test_a_sentence_is_not_a_chrome_line_for_a_word_in_it(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_promotion_block_at_the_end_of_a_page_is_chrome_but_news_after_it_is_kept() -> None:
    nlp = load_pipeline()
    promo = [
        "Join thousands of readers who get our Middle East briefing every morning.",
        "Already a member? Sign in",
        "  \u2022 Gulf Briefing",
        "  \u2022 Turkey Briefing",
        "Premium Membership",
        "Business and policy professionals use our service to follow the Gulf economy.",
    ]
    news = "Oman hosted talks between Iran and the United States on Saturday."
    text = "\n\n".join([FILLER, FILLER, FILLER, *promo, news])
    doc = nlp(text)
    ranges = chrome_ranges(doc)
    for line in promo:
        start = text.index(line)
        assert any(a <= start and start + len(line.rstrip()) <= b for a, b in ranges), line
    start = text.index(news)
    assert not [r for r in ranges if r[0] < start + len(news) and start < r[1]]
