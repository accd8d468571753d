"""The client checklist: the ``Checklist`` envelope, its requirements and their references.

A requirement has an id, a title in zh-Hans, zh-Hant and en, a level (must /
should / info), a rationale, optional references (a law article or a DOMAIN.md
standard) and exactly one typed assertion (``assert:``). Its spec path is checked
against the spec model when the checklist loads.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from termsmith.checklist.assertions import Assertion, check_kind
from termsmith.spec.base import RuleError, SpecModel
from termsmith.spec.model import Metadata
from termsmith.spec.types import Identifier, Lang, Text


class Level(StrEnum):
    """How much a requirement matters: only failed ``must`` requirements fail the check."""

    MUST = "must"
    SHOULD = "should"
    INFO = "info"


class Titles(SpecModel):
    """A short title in every language termsmith writes: zh-Hans, zh-Hant and en."""

    zh_hans: str = Field(alias="zh-Hans", min_length=1)
    zh_hant: str = Field(alias="zh-Hant", min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang | str) -> str:
        return {"zh-Hans": self.zh_hans, "zh-Hant": self.zh_hant, "en": self.en}[lang]


class Standard(StrEnum):
    """A standard or term of the domain brief (DOMAIN.md) a requirement comes from."""

    BASIC_MAINTENANCE = "basic-maintenance"
    TIERED_EMERGENCY_RESPONSE = "tiered-emergency-response"
    PROFESSIONAL_SUPPORT = "professional-support"
    VALUE_ADDED_SERVICES = "value-added-services"
    TRANSPARENT_FEES = "transparent-fees"
    SCOPE = "scope"
    SEVERITY_LEVELS = "severity-levels"
    SUPPORT_CHANNELS = "support-channels"
    FREE_MAINTENANCE = "free-maintenance"
    FEES = "fees"
    CHANGE_AND_PAYMENT = "change-and-payment"
    INTELLECTUAL_PROPERTY = "intellectual-property"
    OPERATIONS = "operations"
    DATA_PROTECTION = "data-protection"
    SECURITY = "security"
    UPGRADES = "upgrades"
    TRAINING_AND_HANDOVER = "training-and-handover"
    REPORTING = "reporting"


class Reference(SpecModel):
    """Where a requirement comes from: a law and article, or a DOMAIN.md standard."""

    law: Text | None = Field(default=None, description="e.g. 个人信息保护法 / Personal Information Protection Law")
    article: str | None = Field(default=None, description="e.g. 第二十一条 / art. 21")
    standard: Standard | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _law_or_standard(self) -> Reference:
        if (self.law is None) == (self.standard is None):
            raise RuleError((), "a reference names either a 'law' (with an 'article') or a 'standard', exactly one")
        if self.article is not None and self.law is None:
            raise RuleError(("article",), "an article belongs to a law; add 'law:'")
        return self

    def label(self, lang: Lang | str) -> str:
        if self.standard is not None:
            return f"DOMAIN.md: {self.standard.value}"
        assert self.law is not None
        return " ".join(x for x in (self.law.get(lang), self.article) if x)


class Requirement(SpecModel):
    id: Identifier
    title: Titles
    level: Level
    rationale: Text
    references: list[Reference] = Field(default_factory=list)
    assertion: Assertion = Field(alias="assert", description="One typed assertion over the spec")

    @model_validator(mode="before")
    @classmethod
    def _known_kind(cls, data: Any) -> Any:
        if isinstance(data, dict) and "assert" in data:
            try:
                check_kind(data["assert"])
            except RuleError as exc:
                raise RuleError(("assert", *exc.rel_path), str(exc), hint=exc.hint) from None
        return data

    @model_validator(mode="after")
    def _path_fits_model(self) -> Requirement:
        try:
            self.assertion.check_static()
        except RuleError as exc:
            raise RuleError(("assert", *exc.rel_path), str(exc), hint=exc.hint) from None
        return self


class ChecklistSpec(SpecModel):
    title: Titles
    description: Text | None = None
    requirements: list[Requirement] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_unique(self) -> ChecklistSpec:
        seen: set[str] = set()
        for i, req in enumerate(self.requirements):
            if req.id in seen:
                raise RuleError(("requirements", i, "id"), f"requirement id {req.id!r} is used twice")
            seen.add(req.id)
        return self


class ChecklistDocument(SpecModel):
    """A termsmith client checklist file."""

    KIND: ClassVar[str] = "Checklist"

    api_version: Literal["termsmith/v1"] = Field(alias="apiVersion")
    kind: Literal["Checklist"]
    metadata: Metadata
    spec: ChecklistSpec
