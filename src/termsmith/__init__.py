"""termsmith: draft and check software after-sales service agreements."""

__version__ = "0.1.0"
