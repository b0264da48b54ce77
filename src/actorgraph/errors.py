"""The one exception hierarchy of actorgraph.

::

    ActorGraphError                 base: the CLI prints its message on one line and exits 1
    ├── InputError                  a path, file or record cannot be read as a document
    ├── ModelNotFoundError          no spaCy pipeline could be loaded
    ├── DataFileError               a built-in or user data file (actors, lexicon) is malformed
    ├── RenderError                 a report or export cannot be written
    ├── StoreError                  the event store cannot be opened, read or written
    └── EngineError                 a worker pool or Dask cluster failed as a whole

Messages name the input, the reason and, where there is one, the fix.
"""

from __future__ import annotations

__all__ = [
    "ActorGraphError",
    "DataFileError",
    "EngineError",
    "InputError",
    "ModelNotFoundError",
    "RenderError",
    "StoreError",
]


class ActorGraphError(Exception):
    """Base class of every error actorgraph raises on purpose."""


class InputError(ActorGraphError):
    """An input path, file or record cannot be turned into a document."""

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class ModelNotFoundError(ActorGraphError):
    """No spaCy pipeline could be loaded."""


class DataFileError(ActorGraphError):
    """A built-in or user-supplied data file is malformed."""


class RenderError(ActorGraphError):
    """A report or an export could not be written."""


class StoreError(ActorGraphError):
    """The event store cannot be opened, read or written (read-only, disk full, not a store, ...)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class EngineError(ActorGraphError):
    """An engine failed as a whole (a worker process died, a cluster is unreachable)."""
