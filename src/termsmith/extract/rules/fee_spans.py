"""A price for one year named by its dates: "$203,940" in the row "7/1/2018 to 6/30/19 $203,940", "in the amount of
$303,656.92 for the period of October 1, 2016 through September 30, 2017", "$170,782.20 for FY 2022-23"."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from termsmith.extract.rules.context import _re

# a date as the United States write it in figures (7/1/2017, 6/30/18): month, day, year
_US_DATE = re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
_JOINS = _re(r"\s*(?:through|thru|until|to|-|–|—|~)\s*")
# a fiscal year written as two years ("FY 2013-14", "for 2022-23", "FY2022/23")
_FISCAL = _re(r"(?:\bFY\s*|\bfor\s+(?:fiscal\s+year\s+)?)(?P<y>(?:19|20)\d\d)\s*[-/–]\s*(?P<n>\d\d)\b")


def _us_date(m: re.Match[str]) -> date | None:
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    try:
        return date(year, int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _dates(text: str) -> list[tuple[int, int, date]]:
    from termsmith.extract.rules.periods import _DATE, _date  # (periods reads fees' column heads: imported late)

    found = [(m.start(), m.end(), _date(m)) for m in _DATE.finditer(text)]
    found += [(m.start(), m.end(), _us_date(m)) for m in _US_DATE.finditer(text)]
    return sorted((start, end, d) for start, end, d in found if d is not None)


def names_one_year(text: str) -> bool:
    """``text`` names one year by two dates joined as a span ("7/1/2018 to 6/30/19", "October 1, 2016 through
    September 30, 2017") or a fiscal year ("FY 2013-14")."""
    from termsmith.extract.rules.periods import _length_between

    if any(int(m["n"]) == (int(m["y"]) + 1) % 100 for m in _FISCAL.finditer(text)):
        return True
    for (_, first_end, first), (second_start, _, second) in pairwise(_dates(text)):
        if _JOINS.fullmatch(text, first_end, second_start) and _length_between(first, second) == "12 months":
            return True
    return False
