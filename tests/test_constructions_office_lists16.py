"""A list of plural offices "of" states that ends with one named office-holder.

"the presidents of A and B as well as the leader of X, NAME": the parser may hang the name on the
plural office, or read the plural office as the name's own title; either way the states lost their
mention and the list became the one person. A plural office is no one person's title unless the name
is in apposition to it with no singular office of the list between them
(``actors.resolve.misplaced_apposition``), and the person named last is the singular office's, beside
the states, not a person those offices serve (``relations.arguments.np_actors``).

Every sentence here was written for these tests (none comes from a gold file); five with different
actors, verbs and offices, and guards for a plural office that does describe the names. Sides are at
state level (the ``coded`` fixture of conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Leaders from the East African Community met in Arusha on Friday. Those in attendance included"
            " the presidents of Kenya, Uganda and Rwanda as well as the leader of the M23 rebels, Sultani"
            " Makenga.",
            ["KEN CONSULT EAC", "UGA CONSULT EAC", "RWA CONSULT EAC"],
        ),
        (
            "Kenya condemned the foreign ministers of Egypt and Jordan as well as the Saudi envoy, Prince"
            " Faisal.",
            ["KEN ACCUSE EGY", "KEN ACCUSE JOR", "KEN ACCUSE SAU"],
        ),
        (
            "Pope Francis received the foreign ministers of Chile and Peru as well as the Argentine"
            " ambassador, Maria Fernanda Silva.",
            ["VAT CONSULT CHL", "VAT CONSULT PER", "VAT CONSULT ARG"],
        ),
        (
            "Russia sanctioned the defence ministers of Latvia and Estonia as well as the Lithuanian foreign"
            " minister, Gabrielius Landsbergis.",
            ["RUS SANCTION LVA", "RUS SANCTION EST", "RUS SANCTION LTU"],
        ),
        (
            "The Philippines welcomed the defence secretaries of Japan and Australia as well as the American"
            " ambassador, MaryKay Carlson.",
            ["PHL CONSULT JPN", "PHL CONSULT AUS", "PHL CONSULT USA"],
        ),
    ],
)
def test_plural_offices_of_states_stay_the_states_beside_the_name(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, tuple(wanted))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a plural office in apposition to the names describes them
        (
            "The defence ministers of Japan and South Korea, Gen Nakatani and Kim Yong-hyun, met in Tokyo.",
            ["JPN CONSULT KOR"],
        ),
        (
            "Sergei Lavrov met Wang Yi and Antony Blinken, the foreign ministers of China and the United"
            " States.",
            ["RUS CONSULT CHN"],
        ),
        # a singular title before ", NAME" is the name's
        (
            "Indian Prime Minister Narendra Modi met with President of the Republic of Angola, Joao"
            " Lourenco.",
            ["IND CONSULT AGO"],
        ),
    ],
)
def test_offices_that_describe_the_names_stay_theirs(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, tuple(wanted))
