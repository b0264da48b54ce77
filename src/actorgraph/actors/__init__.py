"""Actor resolution: the gazetteer, page chrome, and mentions -> canonical actors."""

__all__: list[str] = []
