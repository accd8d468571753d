"""Value types of the spec: Money, Duration, Percent, localised text, cadences.

Each parses from the YAML scalar's *text* (the loader never turns a number into
a float), serialises back to the same short text, and documents itself in the
generated JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, Self

from pydantic import AfterValidator, Field, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from termsmith import regex_cache
from termsmith.diagnostics import shown

Lang = Literal["zh-Hans", "zh-Hant", "en"]
LANGS: tuple[Lang, ...] = ("zh-Hans", "zh-Hant", "en")

# ISO 4217 minor units of the currencies an agreement in this trade uses.
CURRENCY_MINOR_UNITS: dict[str, int] = {
    "CNY": 2,
    "HKD": 2,
    "MOP": 2,
    "TWD": 2,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "SGD": 2,
    "AUD": 2,
    "NZD": 2,
    "CAD": 2,
    "CHF": 2,
    "MYR": 2,
    "THB": 2,
    "ZAR": 2,
    "INR": 2,
    "AED": 2,
    "JPY": 0,
    "KRW": 0,
}


# Everyday names that are not ISO 4217 codes, and the code to write instead.
_NOT_ISO_4217 = {
    "RMB": "CNY (renminbi)",
    "NTD": "TWD (New Taiwan dollar)",
    "NT": "TWD (New Taiwan dollar)",
    "HK$": "HKD",
    "US$": "USD",
}


def _str_backed_schema(cls: type, parse: Any) -> core_schema.CoreSchema:
    """Accept an instance or anything ``parse`` understands; serialise with ``str``.

    One plain validator (``parse`` passes instances through) rather than a union, so a
    bad value gives one error, not an extra "should be an instance of" line."""
    return core_schema.no_info_plain_validator_function(
        parse,
        serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
    )


class ParsedFromText:
    """A value type that parses from the YAML scalar's text and prints back to it.

    Subclasses give ``parse`` and ``JSON_SCHEMA``; pydantic validation, serialisation
    (``str``) and the generated JSON Schema follow from those two.
    """

    __slots__ = ()
    JSON_SCHEMA: ClassVar[dict[str, Any]] = {}

    @classmethod
    def parse(cls, value: Any) -> Any:
        raise NotImplementedError

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return _str_backed_schema(cls, cls.parse)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return dict(cls.JSON_SCHEMA)


def _to_decimal(value: Any, what: str) -> Decimal:
    if isinstance(value, (bool, float)):
        # Floats never reach here from the loader; refuse them from Python callers too.
        raise ValueError(f"{what} must be written as a decimal number, not {type(value).__name__}")
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{what} {shown(value)} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{what} must be a finite number")
    return number


# ---------------------------------------------------------------- Money
# Plain groups, no (?P<name>…): the pattern is exported to the JSON Schema, whose regexes are
# ECMA-262, and editors (yaml-language-server) reject Python-only syntax. Groups: currency first
# (1: currency, 2: amount) or amount first (3: amount, 4: currency).
_MONEY_RE = regex_cache.compile(
    r"^\s*(?:([A-Za-z]{3})\s*([-+]?[\d,_]*\.?\d+)|([-+]?[\d,_]*\.?\d+)\s*([A-Za-z]{3}))\s*$"
)


@dataclass(frozen=True, slots=True)
class Money(ParsedFromText):
    """An amount with an ISO 4217 currency: ``"3000.10 CNY"`` or ``{amount: 3000.10, currency: CNY}``.

    Non-negative, and never more decimals than the currency has (CNY: 2, JPY: 0).
    """

    amount: Decimal
    currency: str

    EXAMPLES: ClassVar[list[str]] = ["500.00 CNY", "3000 CNY", "1200.50 HKD"]

    def __str__(self) -> str:
        return f"{format(self.amount, 'f')} {self.currency}"  # never "1E+3 CNY": that would not parse back

    def quantize(self, amount: Decimal) -> Decimal:
        """``amount`` rounded ROUND_HALF_UP to this currency's minor unit."""
        return quantize_money(amount, self.currency)

    @classmethod
    def parse(cls, value: Any) -> Money:
        if isinstance(value, Money):
            return value
        if isinstance(value, dict):
            unknown = set(value) - {"amount", "currency"}
            if unknown or "amount" not in value or "currency" not in value:
                raise ValueError("money as a mapping needs exactly 'amount' and 'currency'")
            return cls.of(value["amount"], value["currency"])
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            raise ValueError(f"money needs a currency: write '{value} CNY'")
        if not isinstance(value, str):
            raise ValueError("money must be text like '3000.00 CNY'")
        match = _MONEY_RE.match(value)
        if not match:
            raise ValueError(
                f"{shown(value)} is not money; write an amount and an ISO 4217 currency, e.g. '3000.00 CNY'"
            )
        amount = match[2] or match[3]
        currency = match[1] or match[4]
        return cls.of(amount, currency)

    @classmethod
    def of(cls, amount: Any, currency: Any) -> Money:
        code = str(currency).strip().upper()
        if code in _NOT_ISO_4217:
            raise ValueError(f"{currency!r} is not an ISO 4217 code; write {_NOT_ISO_4217[code]}")
        if code not in CURRENCY_MINOR_UNITS:
            supported = ", ".join(sorted(CURRENCY_MINOR_UNITS))
            raise ValueError(f"unsupported currency {currency!r}; supported: {supported}")
        number = _to_decimal(amount, "amount")
        if number < 0:
            raise ValueError(f"money cannot be negative ({number} {code})")
        places = CURRENCY_MINOR_UNITS[code]
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            raise ValueError(f"{number} {code} has more than {places} decimal places ({code} has {places})")
        return cls(number, code)

    JSON_SCHEMA: ClassVar[dict[str, Any]] = {
        "anyOf": [
            {"type": "string", "pattern": _MONEY_RE.pattern, "examples": EXAMPLES},
            {
                "type": "object",
                "properties": {"amount": {"type": ["number", "string"]}, "currency": {"type": "string"}},
                "required": ["amount", "currency"],
                "additionalProperties": False,
            },
        ],
        "description": "An amount and an ISO 4217 currency; never more decimals than the currency has.",
    }


def quantize_money(amount: Decimal, currency: str) -> Decimal:
    places = CURRENCY_MINOR_UNITS[currency]
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- Duration
class TimeUnit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"
    BUSINESS_HOURS = "business hours"
    BUSINESS_DAYS = "business days"
    BUSINESS_WEEKS = "business weeks"  # five business days each, whatever the calendar's working week

    @property
    def is_business(self) -> bool:
        return self in (TimeUnit.BUSINESS_HOURS, TimeUnit.BUSINESS_DAYS, TimeUnit.BUSINESS_WEEKS)

    @property
    def is_calendar(self) -> bool:
        """Months and years vary in length: they only compare with each other."""
        return self in (TimeUnit.MONTHS, TimeUnit.YEARS)


_UNIT_ALIASES: dict[str, TimeUnit] = {}
for _unit, _names in {
    TimeUnit.MINUTES: ("m", "min", "mins", "minute", "minutes", "分钟", "分鐘"),
    TimeUnit.HOURS: ("h", "hr", "hrs", "hour", "hours", "小时", "小時", "个小时", "個小時"),
    TimeUnit.DAYS: ("d", "day", "days", "calendar day", "calendar days", "天", "日", "自然日"),
    TimeUnit.WEEKS: ("w", "wk", "week", "weeks", "周", "週", "星期"),
    TimeUnit.MONTHS: ("mo", "month", "months", "个月", "個月", "月"),
    TimeUnit.YEARS: ("y", "yr", "year", "years", "年"),
    TimeUnit.BUSINESS_HOURS: (
        "bh",
        "business hour",
        "business hours",
        "working hour",
        "working hours",
        "工作小时",
        "工作小時",
        "个工作小时",
        "個工作小時",
        "有效工作小时",
        "个有效工作小时",
        "有效工作小時",
        "個有效工作小時",
    ),
    TimeUnit.BUSINESS_DAYS: (
        "bd",
        "business day",
        "business days",
        "working day",
        "working days",
        "工作日",
        "个工作日",
        "個工作日",
        # the words real contracts use for the same unit: 工作天 (zh-Hant), 营业日/營業日, 有效工作日
        "工作天",
        "个工作天",
        "個工作天",
        "营业日",
        "个营业日",
        "營業日",
        "個營業日",
        "有效工作日",
        "个有效工作日",
        "個有效工作日",
    ),
    TimeUnit.BUSINESS_WEEKS: (
        "business week",
        "business weeks",
        "working week",
        "working weeks",
        "工作周",
        "个工作周",
        "工作週",
        "個工作週",
    ),
}.items():
    for _name in _names:
        _UNIT_ALIASES[_name] = _unit

_DURATION_RE = regex_cache.compile(r"^\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[^\d\s].*?)\s*$")

# Exact lengths in minutes of the units that have one (business units: per calendar).
_MINUTES = {TimeUnit.MINUTES: 1, TimeUnit.HOURS: 60, TimeUnit.DAYS: 1440, TimeUnit.WEEKS: 10080}
# A business week is five business days (the common working week), on every calendar: "2 business weeks" is the
# time of 10 business days. (A plain "2 weeks" on a business clock counts the calendar's own working week.)
BUSINESS_DAYS_PER_WEEK = 5
_BUSINESS_DAY_UNITS = (TimeUnit.BUSINESS_DAYS, TimeUnit.BUSINESS_WEEKS)


@dataclass(frozen=True, slots=True)
class Duration(ParsedFromText):
    """A length of time with its unit: ``30m``, ``4h``, ``3 business days``, ``2 business weeks``, ``12 months``,
    ``2小时``.

    Business units count working time on a service calendar (a business week is five business days);
    months and years are calendar units. Only like compares with like (see ``minutes``); business weeks
    compare with business days.
    """

    value: Decimal
    unit: TimeUnit

    EXAMPLES: ClassVar[list[str]] = ["30m", "4h", "3 business days", "12 months", "2小时", "5个工作日"]

    def __str__(self) -> str:
        number = format(self.value.normalize(), "f")
        unit = self.unit.value
        if self.value == 1:
            unit = unit[:-1]
        return f"{number} {unit}"

    @property
    def minutes(self) -> Decimal | None:
        """Length in minutes for units of fixed length; None for business and calendar units."""
        factor = _MINUTES.get(self.unit)
        return None if factor is None else self.value * factor

    def comparable(self, other: Duration) -> bool:
        if self.minutes is not None and other.minutes is not None:
            return True
        if self.unit.is_calendar and other.unit.is_calendar:
            return True
        if self.unit in _BUSINESS_DAY_UNITS and other.unit in _BUSINESS_DAY_UNITS:
            return True
        return self.unit == other.unit

    def sort_value(self) -> Decimal:
        """A value to order durations of comparable units."""
        if self.minutes is not None:
            return self.minutes
        if self.unit is TimeUnit.YEARS:
            return self.value * 12
        if self.unit is TimeUnit.BUSINESS_DAYS:
            return self.value * 100000  # only compared with business days and weeks
        if self.unit is TimeUnit.BUSINESS_WEEKS:
            return self.value * BUSINESS_DAYS_PER_WEEK * 100000
        return self.value

    def __le__(self, other: Duration) -> bool:
        if not self.comparable(other):
            raise TypeError(f"cannot compare {self} with {other}")
        return self.sort_value() <= other.sort_value()

    def __lt__(self, other: Duration) -> bool:
        if not self.comparable(other):
            raise TypeError(f"cannot compare {self} with {other}")
        return self.sort_value() < other.sort_value()

    @classmethod
    def parse(cls, value: Any) -> Duration:
        if isinstance(value, Duration):
            return value
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            raise ValueError(f"a duration needs a unit: write '{value}h', '{value} business days' or '{value} months'")
        if not isinstance(value, str):
            raise ValueError("a duration must be text like '30m', '4h' or '3 business days'")
        match = _DURATION_RE.match(value)
        unit = _UNIT_ALIASES.get(match["unit"].lower()) if match else None
        if match is None or unit is None:
            raise ValueError(
                f"{shown(value)} is not a duration; write a number and a unit: "
                "minutes (30m), hours (4h), days, weeks, months, years, business hours, business days, business weeks"
            )
        number = Decimal(match["num"])
        if number <= 0:
            raise ValueError("a duration must be longer than zero")
        return cls(number, unit)

    JSON_SCHEMA: ClassVar[dict[str, Any]] = {
        "type": "string",
        "description": "A number and a unit: 30m, 4h, 2 days, 3 business days, 2 business weeks (of 5 business days), "
        "12 months (also 2小时, 5个工作日).",
        "examples": EXAMPLES,
    }


# ---------------------------------------------------------------- Percent
@dataclass(frozen=True, slots=True)
class Percent(ParsedFromText):
    """A percentage from 0 to 100: ``30%`` or ``30``; stored as a Decimal."""

    value: Decimal

    def __str__(self) -> str:
        return f"{format(self.value.normalize(), 'f')}%"

    @property
    def fraction(self) -> Decimal:
        return self.value / 100

    @classmethod
    def parse(cls, value: Any) -> Self:
        if isinstance(value, cls):
            return value
        if isinstance(value, Percent):  # another kind of share: checked against this one's range
            value = f"{format(value.value, 'f')}%"
        text = str(value).strip() if not isinstance(value, bool) else "x"
        signed = text.endswith("%")
        if signed:
            text = text[:-1]
        number = _to_decimal(text, "percent")
        if not signed and Decimal(0) < number < Decimal(1):
            # 0.06 is a fraction (6%) far more often than a rate of six hundredths of a percent.
            whole = format((number * 100).normalize(), "f")
            raise ValueError(
                f"{format(number, 'f')} looks like a fraction, but percentages are written out: "
                f"write {whole}% (or '{format(number, 'f')}%' if you really mean "
                f"{format(number, 'f')} percent)"
            )
        if not Decimal(0) <= number <= cls.MAX:
            raise ValueError(f"a percentage must be between 0% and {cls.MAX}%, not {number}%")
        return cls(number)

    MAX: ClassVar[Decimal] = Decimal(100)
    JSON_SCHEMA: ClassVar[dict[str, Any]] = {
        "type": ["string", "number"],
        "description": "0 to 100, e.g. 30% or 30; a bare number between 0 and 1 (0.06) is refused as a likely "
        "fraction: write 6% (or 0.06% with the sign when you mean it)",
        "examples": ["50%", "6%", "0.05%"],
    }


@dataclass(frozen=True, slots=True)
class Share(Percent):
    """A share of a base that may exceed the whole, up to ten times it: a liability cap of 200% of the
    fees ("合同金额的两倍", "twice the fees paid") is common. Written and printed as a percentage."""

    MAX: ClassVar[Decimal] = Decimal(1000)
    JSON_SCHEMA: ClassVar[dict[str, Any]] = {
        "type": ["string", "number"],
        "description": "0 to 1000, e.g. 100% (the base once) or 200% (twice the base); a bare number between 0 "
        "and 1 (0.5) is refused as a likely fraction: write 50%",
        "examples": ["100%", "200%", "50%"],
    }


# ---------------------------------------------------------------- localised text
@dataclass(frozen=True, slots=True)
class Text:
    """Free text, either one string for every language or one per language:
    ``"Fuel Co."`` or ``{zh-Hans: 加油站小程序, en: Fuel-station mini-program}``."""

    values: tuple[tuple[str, str], ...]  # (lang or "*", text)

    def get(self, lang: str) -> str:
        table = dict(self.values)
        if lang in table:
            return table[lang]
        if "*" in table:
            return table["*"]
        # zh-Hant falls back to zh-Hans text only when nothing better exists
        for fallback in ("zh-Hant", "zh-Hans", "en") if lang.startswith("zh") else ("en",):
            if fallback in table:
                return table[fallback]
        return next(iter(table.values()))

    def has(self, lang: str) -> bool:
        table = dict(self.values)
        return lang in table or "*" in table

    def all_texts(self) -> list[str]:
        return [text for _, text in self.values]

    def __str__(self) -> str:
        return self.values[0][1]

    @classmethod
    def parse(cls, value: Any) -> Text:
        if isinstance(value, Text):
            return value
        if isinstance(value, str):
            if not value.strip():
                raise ValueError("text must not be empty")
            return cls((("*", value),))
        if isinstance(value, dict):
            if not value:
                raise ValueError("give the text for at least one language")
            items = []
            for lang, text in value.items():
                if lang not in LANGS:
                    raise ValueError(f"unknown language {lang!r}; use zh-Hans, zh-Hant or en")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError(f"the {lang} text must be a non-empty string")
                items.append((lang, text))
            return cls(tuple(items))
        raise ValueError("text must be a string or a mapping of language to string")

    def dump(self) -> str | dict[str, str]:
        if len(self.values) == 1 and self.values[0][0] == "*":
            return self.values[0][1]
        return dict(self.values)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda t: t.dump(), when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {
            "anyOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "properties": {lang: {"type": "string", "minLength": 1} for lang in LANGS},
                    "additionalProperties": False,
                    "minProperties": 1,
                },
            ],
            "description": "One text for every language, or one per language (zh-Hans, zh-Hant, en).",
        }


class Cadence(StrEnum):
    """How often something recurring happens."""

    CONTINUOUS = "continuous"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half-yearly"
    YEARLY = "yearly"
    NEVER = "never"

    @property
    def per_year(self) -> int:
        return {
            "continuous": 100000,
            "daily": 365,
            "weekly": 52,
            "monthly": 12,
            "quarterly": 4,
            "half-yearly": 2,
            "yearly": 1,
            "never": 0,
        }[self.value]


# Dates a service agreement can plausibly carry; outside this range a date is a typo (2062 for 2026).
EARLIEST_DATE, LATEST_DATE = date(2000, 1, 1), date(2099, 12, 31)


def _plausible_date(value: date) -> date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValueError(
            f"{value.isoformat()} is not a plausible date for a service agreement "
            f"(expected {EARLIEST_DATE.year}–{LATEST_DATE.year}); check the year"
        )
    return value


SpecDate = Annotated[date, AfterValidator(_plausible_date)]

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=63)]
Identifier = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_-]*$", max_length=40)]
