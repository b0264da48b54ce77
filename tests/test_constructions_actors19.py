"""Person names (round 19): a plural title before coordinated names is no part of the first name.

"Foreign Ministers A and B", "Prime Ministers A and B", "Foreign Secretaries A and B": the tagger or
the parser hangs the plural title on the first name, which became "Ministers A" (a person no data and
no gold knows, and a data leader lost under it); a title's plural is read as the title.

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording from the development stories.
"""

from __future__ import annotations

import pytest

import actorgraph as ag

PLURAL_TITLES = [
    # (text, the people it names)
    (
        "Foreign Ministers Ana Lopez and Kwame Mensah signed a trade pact in Accra.",
        {"Ana Lopez", "Kwame Mensah"},
    ),
    (
        "Defence Ministers Tomas Novak and Peter Kral agreed to hold joint exercises.",
        {"Tomas Novak", "Peter Kral"},
    ),
    (
        "The accord was signed by Prime Ministers Mark Rutte and Alexander De Croo.",
        {"Mark Rutte", "Alexander De Croo"},
    ),
    (
        "Trade Ministers Olga Petrenko and Hans Weber met in Vienna on Monday.",
        {"Olga Petrenko", "Hans Weber"},
    ),
    (
        "Foreign Secretaries Rahul Mehta and Sunil Perera held talks in Colombo.",
        {"Rahul Mehta", "Sunil Perera"},
    ),
    ("Finance Ministers Maria Santos and Jorge Ruiz agreed on a debt plan.", {"Maria Santos", "Jorge Ruiz"}),
]


@pytest.mark.parametrize(("text", "people"), PLURAL_TITLES)
def test_a_plural_title_is_no_part_of_the_first_name(text: str, people: set[str]) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    assert {a.name for a in result.actors if a.type == "person"} == people, result.actors


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a singular title, and a plural one the tagger already left out, stay as they were
        ("Foreign Minister Ana Lopez met Kwame Mensah in Accra.", {"Ana Lopez", "Kwame Mensah"}),
        (
            "Ambassadors Laura Chen and Omar Haddad presented their credentials in Ottawa.",
            {"Laura Chen", "Omar Haddad"},
        ),
        # a family name that ends in "s" is still a name ("Williams" is no title's plural)
        ("Prime Minister Alan Williams met Kwame Mensah in Accra.", {"Alan Williams", "Kwame Mensah"}),
    ],
)
def test_names_beside_other_titles_stay(text: str, people: set[str]) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    assert {a.name for a in result.actors if a.type == "person"} == people, result.actors
