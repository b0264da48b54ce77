"""The same text gives the same actors, mentions and relations whatever the hash seed.

Python randomises the order of a set of strings per process (``PYTHONHASHSEED``); a rule that takes
the first item of such a set that fits decides differently from one run to the next. Round 16 found
one: a leader's office was read from a set of offices, so "the new young North Korean leader" kept or
lost its demonym mention by the seed (``actors/roles._held`` now takes the longest office it ends with).
"""

from __future__ import annotations

from collections.abc import Callable

_BUILD = """
import actorgraph as ag
text = (
    "Kim Jong Un assumed power in late 2011. The North's Korean Central News Agency (KCNA) report "
    "indicated that he did not meet with the new young North Korean leader, who has yet to make a "
    "public debut. The Egyptian president met the Sudanese prime minister in Cairo."
)
r = ag.build([ag.Document(id="s", text=text)], learned=False)
print(sorted((m.start, m.end, m.actor_id) for m in r.mentions))
print(sorted((x.source_id, x.type, x.target_id) for x in r.relations))
"""


def test_the_same_text_gives_the_same_graph_whatever_the_hash_seed(
    printed_under_seeds: Callable[[str, tuple[str, ...]], list[str]],
) -> None:
    runs = printed_under_seeds(_BUILD, ("1", "4", "7"))
    assert runs[0] == runs[1] == runs[2]
    assert "PRK" in runs[0]  # "North Korean" stays a mention of North Korea
