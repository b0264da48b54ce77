"""The incremental event store (SQLite): documents, actors, mentions and relations, kept across runs.

>>> import actorgraph as ag
>>> store = ag.Store("graphs/actorgraph.db")        # doctest: +SKIP
>>> store.add(["news/"]).added                       # doctest: +SKIP
120
>>> store.add(["news/"]).added                       # already stored: nothing is parsed  # doctest: +SKIP
0

The store depends on :mod:`actorgraph.model` only; :meth:`Store.add` and :meth:`Store.reprocess`
load the engines (and spaCy) when called.
"""

from actorgraph.store.core import AddStats, Store
from actorgraph.store.schema import MIGRATIONS, SCHEMA_VERSION, StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "AddStats", "Store", "StoreError"]
