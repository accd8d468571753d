"""The ``kind: ServiceOffer`` envelope: a vendor's standard terms, versioned like a clause.

An offer's ``spec`` holds any part of a service spec; what a deal must add (the
client, the project, dates) may be missing. Its values are checked as far as they
go (``termsmith.validation`` drops only "missing" and "too few items" errors);
the whole is checked when a deal is merged over it.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field

from termsmith.spec.base import SpecModel
from termsmith.spec.types import Slug, Text

SEMVER_PATTERN = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$"


class OfferMetadata(SpecModel):
    name: Slug = Field(description="Lowercase slug; a bundled offer's name is its file name, e.g. standard")
    version: str = Field(
        pattern=SEMVER_PATTERN, description="Semantic version (MAJOR.MINOR.PATCH), bumped whenever the terms change"
    )
    title: Text | None = Field(default=None, description="Shown when choosing an offer, e.g. 标准版")
    description: Text | None = None
    labels: dict[str, str] = Field(default_factory=dict)


class ServiceOfferDocument(SpecModel):
    """A termsmith standard offer file."""

    KIND: ClassVar[str] = "ServiceOffer"

    api_version: Literal["termsmith/v1"] = Field(alias="apiVersion")
    kind: Literal["ServiceOffer"]
    offer: str | None = Field(default=None, description="The offer this one extends (bundled name or relative path)")
    metadata: OfferMetadata
    spec: dict[str, Any] = Field(default_factory=dict, description="Any part of a service spec")
