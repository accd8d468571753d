"""The parties (甲方 client, 乙方 vendor) and the delivered project."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field

from termsmith.spec.base import SpecModel
from termsmith.spec.languages import LANGUAGE_NEUTRAL
from termsmith.spec.types import Money, SpecDate, Text

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_digit(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters of a credit code."""
    total = sum(_USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def check_credit_code(code: str) -> str:
    """Validate a unified social credit code (统一社会信用代码): 18 characters, GB 32100 check digit."""
    text = code.strip().upper()
    if len(text) != 18:
        raise ValueError(f"a unified social credit code has 18 characters, this one has {len(text)}")
    bad = [ch for ch in text if ch not in _USCC_ALPHABET]
    if bad:
        raise ValueError(f"character {bad[0]!r} cannot appear in a unified social credit code (I, O, S, V, Z never do)")
    expected = uscc_check_digit(text[:17])
    if text[17] != expected:
        raise ValueError(f"check digit is {text[17]!r} but GB 32100 gives {expected!r}: the code is mistyped")
    return text


CreditCode = Annotated[str, AfterValidator(check_credit_code)]


class PartyRole(StrEnum):
    CLIENT = "client"  # 甲方
    VENDOR = "vendor"  # 乙方


class Contact(SpecModel):
    name: str
    role: Text | None = None
    phone: str | None = Field(default=None, pattern=r"^[0-9+\-() ]{5,25}$")
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Party(SpecModel):
    role: PartyRole
    legal_name: Text = Field(
        description="Registered legal name, per language if it has several; a name, so one "
        "spelling may serve every language",
        json_schema_extra=LANGUAGE_NEUTRAL,
    )
    short_name: Text | None = Field(
        default=None, description="A name: one spelling may serve every language", json_schema_extra=LANGUAGE_NEUTRAL
    )
    credit_code: CreditCode | None = Field(default=None, description="统一社会信用代码 (GB 32100), mainland only")
    registration_number: str | None = Field(default=None, description="Company number outside mainland China")
    address: Text | None = Field(
        default=None,
        description="An address: one spelling may serve every language",
        json_schema_extra=LANGUAGE_NEUTRAL,
    )
    representative: str | None = Field(default=None, description="Legal representative (法定代表人)")
    contacts: list[Contact] = Field(default_factory=list)


class ProjectKind(StrEnum):
    WEBSITE = "website"
    MINI_PROGRAM = "mini-program"
    APP = "app"
    SYSTEM = "system"


class Project(SpecModel):
    """The delivered software the agreement maintains."""

    name: Text
    kind: ProjectKind
    platforms: list[str] = Field(default_factory=list, description="e.g. wechat, web, ios, android")
    description: Text | None = None
    value: Money | None = Field(default=None, description="The project's total investment (development contract value)")
    delivery_contract: str | None = Field(default=None, description="Number of the development contract")
    accepted_on: SpecDate | None = Field(default=None, description="Acceptance (验收) date")
    live_on: SpecDate | None = Field(default=None, description="Go-live (上线) date")
