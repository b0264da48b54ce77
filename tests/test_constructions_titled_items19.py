"""Lists of titled people (round 19, item "lists"): "A, Lithuanian President B and Ukrainian President C",
"talks with Prime Minister A, Foreign Minister B and Minister for Trade C". The parser often makes the
last item's title the list's conjunct and hangs the name elsewhere (on the title's "for" phrase, or on
the first name as an apposition). Such a title item is the person named right after it: not the state
its demonym names (which paired the president's own state with him and with the others), and not lost.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and guards
that nearby constructions stay as they are. Sides are people's names (``relations_of``), as the lists
mix people of one state.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _paired(relations: tuple[ag.Relation, ...], one: str, other: str) -> bool:
    """Whether a relation joins the people named ``one`` and ``other`` (a name may carry words of its
    portfolio before it: "Economic Affairs Robert Habeck")."""
    return any(
        {a.endswith(one), b.endswith(other)} == {True} or {a.endswith(other), b.endswith(one)} == {True}
        for a, b in ((r.source_name, r.target_name) for r in relations)
    )


def _assert_paired(relations: tuple[ag.Relation, ...], pair: tuple[str, str]) -> None:
    assert _paired(relations, *pair), sorted((r.source_name, r.target_name) for r in relations)


# --- the last item, a title whose name the parser hung elsewhere, is that person -------------------------

LAST_TITLED = [
    (
        "Wang Yi held talks with Prime Minister Anthony Albanese, Foreign Minister Penny Wong and Trade "
        "Minister Don Farrell.",
        ("Wang Yi", "Don Farrell"),
    ),
    (
        "Macron held talks with Chancellor Olaf Scholz, Prime Minister Mark Rutte and Minister for Foreign "
        "Affairs Annalena Baerbock.",
        ("Emmanuel Macron", "Annalena Baerbock"),
    ),
    (
        "Blinken held talks in Tokyo with Foreign Minister Yoko Kamikawa, Defense Minister Minoru Kihara and "
        "Minister for Economic Security Sanae Takaichi.",
        ("Antony Blinken", "Sanae Takaichi"),
    ),
    (
        "Lammy met Foreign Minister Penny Wong, Defence Minister Richard Marles and Minister for Trade Don "
        "Farrell in London.",
        ("David Lammy", "Don Farrell"),
    ),
    (
        "Erdogan met Chancellor Olaf Scholz, Foreign Minister Annalena Baerbock and Minister for Economic "
        "Affairs Robert Habeck in Berlin.",
        ("Recep Tayyip Erdogan", "Robert Habeck"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), LAST_TITLED)
def test_a_titled_last_item_is_the_person_named_after_its_title(
    relations_of: RelationsOf, text: str, pair: tuple[str, str]
) -> None:
    """A list item that is a bare title (a title word, `titles` or `office_nouns`) with a person's
    mention right after it, only title-cased words or "for"/"of" between: the person."""
    _assert_paired(relations_of(text), pair)


def test_a_titled_item_is_not_the_state_of_its_demonym(relations_of: RelationsOf) -> None:
    """ "... and Ukrainian President C": the item is C, not Ukraine (paired with C himself before)."""
    text = (
        "Polish President Andrzej Duda, Lithuanian President Gitanas Nauseda and Ukrainian President "
        "Volodymyr Zelenskyy held talks in Vilnius."
    )
    names = {n for r in relations_of(text) if r.type != "AFFILIATION" for n in (r.source_name, r.target_name)}
    assert "Ukraine" not in names, names


# --- guards: lists the parser coordinated already, and a title with no name after it ---------------------

KEPT = [
    (
        "Xi Jinping received Brazilian President Lula da Silva, Chilean President Gabriel Boric and "
        "Colombian President Gustavo Petro in Beijing.",
        ("Xi Jinping", "Gustavo Petro"),
    ),
    (
        "Kenyan President William Ruto, Ugandan President Yoweri Museveni and Rwandan President Paul Kagame "
        "held talks in Arusha.",
        ("William Ruto", "Paul Kagame"),
    ),
    ("The President and Prime Minister Kishida met Biden in Washington.", ("Fumio Kishida", "Joe Biden")),
    (
        "Polish President Andrzej Duda, Lithuanian President Gitanas Nauseda and Ukrainian President "
        "Volodymyr Zelenskyy held talks in Vilnius.",
        ("Gitanas Nauseda", "Volodymyr Zelenskyy"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), KEPT)
def test_lists_already_read_stay(relations_of: RelationsOf, text: str, pair: tuple[str, str]) -> None:
    _assert_paired(relations_of(text), pair)


def test_a_title_before_a_state_name_stays_the_state(relations_of: RelationsOf) -> None:
    """ "the President of Ukraine": a state's name after the title ends it; the title is no person's."""
    text = "Duda met the President of Ukraine and the Prime Minister of Moldova in Warsaw."
    names = {n for r in relations_of(text) for n in (r.source_name, r.target_name)}
    assert {"Ukraine", "Moldova"} <= names, names


# --- a titled person after a person's comma, the list going on from it, is the list's next item --------

APPOSED_ITEMS = [
    (
        "NATO Secretary General Jens Stoltenberg, Polish President Andrzej Duda, Lithuanian President "
        "Gitanas Nauseda and Ukrainian President Volodymyr Zelenskyy held talks in Vilnius.",
        ("Jens Stoltenberg", "Andrzej Duda"),
    ),
    (
        "EU foreign policy chief Josep Borrell, French President Emmanuel Macron, German Chancellor Olaf "
        "Scholz and Italian Prime Minister Mario Draghi held talks in Kyiv.",
        ("Josep Borrell", "Emmanuel Macron"),
    ),
    (
        "African Union Commission Chairman Moussa Faki Mahamat, Kenyan President William Ruto, Ethiopian "
        "Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud held talks in Addis Ababa.",
        ("Moussa Faki Mahamat", "William Ruto"),
    ),
    (
        "EU Commission President Ursula von der Leyen, Polish Prime Minister Donald Tusk, Czech Prime "
        "Minister Petr Fiala and Slovak Prime Minister Robert Fico held talks in Brussels.",
        ("Ursula von der Leyen", "Donald Tusk"),
    ),
    (
        "EU Council President Charles Michel, Serbian President Aleksandar Vucic, Kosovo Prime Minister "
        "Albin Kurti and Albanian Prime Minister Edi Rama met in Brussels.",
        ("Charles Michel", "Aleksandar Vucic"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), APPOSED_ITEMS)
def test_a_person_apposed_to_a_person_in_a_list_is_an_item(
    relations_of: RelationsOf, text: str, pair: tuple[str, str]
) -> None:
    """``syntax._listed_person``: a person's name (with its title) right after a person's name and its
    comma, with a person's name as its own conjunct: the next item of the list, not a description."""
    _assert_paired(relations_of(text), pair)


DESCRIBED = [
    ("Sergei Lavrov, Vladimir Putin's foreign minister, and Wang Yi held talks.", "Vladimir Putin"),
    ("Foreign Minister Sergei Lavrov, Russia's top diplomat, met Wang Yi.", "Russia"),
]


@pytest.mark.parametrize(("text", "described"), DESCRIBED)
def test_a_description_between_commas_stays_no_item(
    relations_of: RelationsOf, text: str, described: str
) -> None:
    """A description in apposition ("Putin's foreign minister") is no list item: the named two meet."""
    found = relations_of(text)
    _assert_paired(found, ("Sergei Lavrov", "Wang Yi"))
    assert not any(described in (r.source_name, r.target_name) for r in found if r.type != "AFFILIATION")


# --- a portfolio after "Minister for" is no part of the name after it --------------------------------------

PORTFOLIOS = [
    ("Minister for Climate Change James Shaw criticised China over its coal plants.", "James Shaw"),
    (
        "Erdogan met Chancellor Olaf Scholz, Foreign Minister Annalena Baerbock and Minister for Economic "
        "Affairs Robert Habeck in Berlin.",
        "Robert Habeck",
    ),
]


@pytest.mark.parametrize(("text", "name"), PORTFOLIOS)
def test_the_portfolio_stays_out_of_the_name(relations_of: RelationsOf, text: str, name: str) -> None:
    """``actors.titled_names._whole_name`` takes no capitalised words of a title's "for"/"of" phrase
    into the name after them ("Climate Change James Shaw")."""
    names = {n for r in relations_of(text) for n in (r.source_name, r.target_name)}
    assert name in names, names


# --- another person's title is none of this person's: "Togolese President A and Beninese President B" ----

OWN_STATES = [
    (
        "Ghanaian President Nana Akufo-Addo, Togolese President Faure Gnassingbe and Beninese President "
        "Patrice Talon held talks in Accra.",
        "Patrice Talon",
        "BEN",
    ),
    (
        "Togolese President Faure Gnassingbe and Beninese President Patrice Talon held talks in Lome.",
        "Patrice Talon",
        "BEN",
    ),
    (
        "Nepalese Prime Minister Pushpa Kamal Dahal and Bhutanese Prime Minister Tshering Tobgay held talks "
        "in Kathmandu.",
        "Tshering Tobgay",
        "BTN",
    ),
    (
        "Indian Prime Minister Narendra Modi, Nepalese Prime Minister Pushpa Kamal Dahal and Bhutanese Prime "
        "Minister Tshering Tobgay held talks in Delhi.",
        "Tshering Tobgay",
        "BTN",
    ),
    (
        "Polish President Andrzej Duda, Lithuanian President Gitanas Nauseda and Ukrainian President "
        "Volodymyr Zelenskyy held talks in Vilnius.",
        "Volodymyr Zelenskyy",
        "UKR",
    ),
]

KEPT_STATES = [
    (
        "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met in Kingstown.",
        "Irfaan Ali",
        "GUY",
    ),
    (
        "Burkinabe President Ibrahim Traore and Malian President Assimi Goita met in Ouagadougou.",
        "Ibrahim Traore",
        "BFA",
    ),
    ("Two Kenyan ministers, Alfred Mutua and Moses Kuria, met Chinese officials.", "Alfred Mutua", "KEN"),
]


@pytest.mark.parametrize(("text", "name", "state"), OWN_STATES + KEPT_STATES)
def test_a_listed_person_takes_only_his_own_title_s_state(text: str, name: str, state: str) -> None:
    """``actors.descriptions``: the words before a name that the parser hung another person's name and
    title in describe that name only after that person's "and"; a person the list's next names are
    apposed to lends them no title (a common noun still does: "two Kenyan ministers, A and B")."""
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    states = {a.name: a.country for a in result.actors if a.type == "person"}
    assert states.get(name) == state, states
