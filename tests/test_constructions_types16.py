"""Types, round 16: the guidelines' senses where the rules named another or none.

Every sentence here was written for these tests (none comes from a gold file); each construction
has five sentences, with different actors, wording and sentence shapes, plus guards for the
constructions next to it. Expectations are what a careful event coder writes down, at state level
(see the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]


# --- weapons or force used against someone: an attack (ASSAULT), not CAMEO's "use * aircraft" (090) ----


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Russia used Iranian-made drones against Ukrainian power plants overnight.", "RUS ASSAULT UKR"),
        ("Azerbaijan employed heavy artillery against Armenian border posts.", "AZE ASSAULT ARM"),
        ("The Israeli air force used fighter jets against Hezbollah positions in Lebanon.", "ISR ASSAULT"),
        ("Ethiopia threatened to use force against Eritrea.", "ETH ASSAULT ERI"),
        ("Syria used chemical weapons on rebel-held towns, the inspectors said.", "SYR ASSAULT"),
    ],
)
def test_weapons_used_against_someone_attack_them(coded: Coded, text: str, attack: str) -> None:
    """Using drones, aircraft, artillery, weapons or force against someone attacks them (ASSAULT)."""
    found = coded(text)
    assert any(k.startswith(attack) for k in found), sorted(found)


@pytest.mark.xfail(
    strict=True,
    reason="a demonym on the weapon ('Iranian drones') is still read as the target, as CAMEO's row did",
)
def test_a_weapon_used_is_not_its_maker_accused(coded: Coded) -> None:
    """Whose weapon it is ("Iranian drones") is no target of the attack, nor accused."""
    found = coded("Russia used Iranian drones against Ukraine.")
    assert "RUS ASSAULT UKR" in found and not any(k.endswith(" IRN") for k in found), sorted(found)
