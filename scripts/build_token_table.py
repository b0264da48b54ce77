"""Rebuild ``src/actorgraph/data/gazetteer_tokens.json``: the gazetteer's forms, tokenized.

    python scripts/build_token_table.py

The table holds each surface form of the built-in actor data as the default pipeline's tokenizer
splits it, so that a start does not tokenize ~19,000 names. Run this after a change of the actor
data (``countries.tsv``, ``organizations.tsv``, ``persons.tsv``, ``places.tsv``), of spaCy or of
the model. A stale table is never wrong, only slower: the forms it lacks are tokenized at every
start (50-100 µs each), and a table made by another tokenizer is ignored (1-3 s).
"""

from __future__ import annotations

from pathlib import Path

from actorgraph.actors.gazetteer import load_gazetteer
from actorgraph.actors.matcher import TOKEN_TABLE, write_token_table
from actorgraph.nlp import load_pipeline

OUT = Path(__file__).resolve().parents[1] / "src" / "actorgraph" / "data" / TOKEN_TABLE


def main() -> None:
    n = write_token_table(load_pipeline(), load_gazetteer().surface_forms(), OUT)
    print(f"{OUT}: {n:,} forms")


if __name__ == "__main__":
    main()
