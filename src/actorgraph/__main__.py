"""``python -m actorgraph``: the same as the ``actorgraph`` command."""

from actorgraph.cli import main

main()
