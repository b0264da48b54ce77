"""actorgraph: news text about international affairs -> a graph of actors and relations.

Importing the package is cheap: spaCy, the model and the input readers load when something is
parsed or read, networkx when a graph is built or analysed.

>>> import actorgraph as ag
>>> result = ag.build(["article.txt"])          # doctest: +SKIP
>>> result.graph                                # networkx.MultiDiGraph  # doctest: +SKIP
>>> actors_df, relations_df = result.to_pandas()  # doctest: +SKIP
>>> ag.centrality(result.filter(types="ASSAULT"))  # doctest: +SKIP
>>> result.save_html("graphs/report.html")      # doctest: +SKIP
"""

import importlib
from typing import TYPE_CHECKING, Any

from actorgraph.api import Result, build, extract, from_dataframe
from actorgraph.errors import (
    ActorGraphError,
    DataFileError,
    EngineError,
    InputError,
    ModelNotFoundError,
    RenderError,
    StoreError,
)
from actorgraph.model import Actor, Document, Mention, Relation
from actorgraph.store import AddStats, Store

if TYPE_CHECKING:
    from actorgraph.analysis import centrality, communities, dyads
    from actorgraph.graph import build_graph, country_graph
    from actorgraph.ingest import read_documents

__all__ = [
    "Actor",
    "ActorGraphError",
    "AddStats",
    "DataFileError",
    "Document",
    "EngineError",
    "InputError",
    "Mention",
    "ModelNotFoundError",
    "Relation",
    "RenderError",
    "Result",
    "Store",
    "StoreError",
    "build",
    "build_graph",
    "centrality",
    "communities",
    "country_graph",
    "dyads",
    "extract",
    "from_dataframe",
    "read_documents",
]

__version__ = "0.1.0"


# public names whose modules are heavy (networkx, trafilatura): loaded on first use, not at import
_LAZY = {
    "build_graph": "actorgraph.graph",
    "centrality": "actorgraph.analysis",
    "communities": "actorgraph.analysis",
    "country_graph": "actorgraph.graph",
    "dyads": "actorgraph.analysis",
    "read_documents": "actorgraph.ingest",
}


def __getattr__(name: str) -> Any:
    """Load networkx and the input readers (trafilatura among them) on first use, not at import."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'actorgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
