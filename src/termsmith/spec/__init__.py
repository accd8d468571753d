"""The service spec models (Pydantic v2). ``ServiceSpecDocument`` is one spec file."""

from termsmith.spec.model import API_VERSION, Agreement, Metadata, ServiceSpecDocument, Spec
from termsmith.spec.types import Cadence, Duration, Lang, Money, Percent, Text, TimeUnit

__all__ = [
    "API_VERSION",
    "Agreement",
    "Cadence",
    "Duration",
    "Lang",
    "Metadata",
    "Money",
    "Percent",
    "ServiceSpecDocument",
    "Spec",
    "Text",
    "TimeUnit",
]
