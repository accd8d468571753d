"""The service period of a procurement record, when no term clause gave the term: the forms state it in ways a
contract's sentences do not.

- In the project's name, as two months joined ("济南海关政务信息化运维服务项目202310-202409成交公告"): the months
  from the first to the last, both counted (12 months); or as two years before 年度 and the service
  ("急诊软件2026-2028年度维护"): the years, both counted (36 months).
"""

from __future__ import annotations

import re

from termsmith.extract.rules.context import Context, _re
from termsmith.extract.rules.periods import _DATE, _cells, _date, _is_free, _length_between
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import compact, durations

# 202310-202409 written against a name's last character (项目202310-202409), not a code's digits or dashes
_MONTH_SPAN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?P<y1>20\d{2})(?P<m1>0[1-9]|1[0-2])\s*[-—–~～至]\s*(?P<y2>20\d{2})(?P<m2>0[1-9]|1[0-2])(?!\d)"
)
_NAMED = re.compile(r"项目|項目|服务|服務|运维|運維|维保|維保|维护|維護")
# two years joined before 年度 and the service ("急诊软件2026-2028年度维护"): the years from the first to the last,
# both counted (36 months)
_YEAR_SPAN = re.compile(
    r"(?<!\d)(?P<y1>20\d{2})\s*(?:年)?\s*[-—–~～至]\s*(?P<y2>20\d{2})\s*年度\s*(?:的)?\s*"
    r"(?:[\u4e00-\u9fff]{0,4}?)(?:服务|服務|运维|運維|维保|維保|维护|維護)"
)


def _project_span(s: Sentence) -> str | None:
    """The months a project's name spans, both counted ("项目202310-202409" → 12 months)."""
    for m in _MONTH_SPAN.finditer(s.norm):
        if not _NAMED.search(s.norm[max(0, m.start() - 12) : m.start()]):
            continue
        months = (int(m["y2"]) - int(m["y1"])) * 12 + int(m["m2"]) - int(m["m1"]) + 1
        if 0 < months <= 120:
            return f"{months} months"
    for m in _YEAR_SPAN.finditer(s.norm):
        if 0 < (years := int(m["y2"]) - int(m["y1"]) + 1) <= 10:
            return f"{years * 12} months"
    return None


# a column's head naming the service period and the unit its cells count in: 维保期限(年), 服务期(月), 合同期限（个月）
_PERIOD_COLUMN = _re(
    r"^(?:维保|維保|服务|服務|维护|維護|运维|運維|合同|合約|契约|契約|履行|履約)?(?:期限|期|年限|周期|週期)\s*"
    r"[(（]\s*(?P<unit>年|[个個]?月)\s*[)）]$"
)


def _period_column(sentences: list[Sentence]) -> tuple[str, Sentence] | None:
    """The length a period column gives every row, in the unit its head names, and the first row saying it."""
    for i, s in enumerate(sentences):
        head = _cells(s)
        named = [(n, m["unit"]) for n, c in enumerate(head) if (m := _PERIOD_COLUMN.match(c)) and not _is_free(c)]
        if not named:
            continue
        column, unit = named[0][0], "个月" if named[0][1].endswith("月") else "年"
        values: set[str] = set()
        first: Sentence | None = None
        for row in sentences[i + 1 :]:
            cells = _cells(row)
            if len(cells) != len(head) or not re.fullmatch(r"\d+(?:\.\d+)?", cells[column]):
                break
            values.add(cells[column])
            first = first or row
        found = durations(f"{values.pop()}{unit}") if len(values) == 1 else []
        if first is not None and found:
            return compact(found[0].granted), first
    return None


# a procurement form's label for the service period, alone or before its colon (a clause number before it: 2、, (3))
_FORM_LABEL = re.compile(
    r"^\s*(?:(?:\d+(?:\.\d+)*|[(（]\d+[)）])\s*[、.．]?\s*)?(?:履行期限|履约期限|履約期限|合同工期|合约工期|合約工期|服务周期|服務週期|服务时限|服務時限|"
    r"服务期限|服務期限|维保期限|維保期限|合同期限|合約期限|服务年限|服務年限)\s*[:：]?\s*"
)
# where the length is counted from, before it ("自合同签订之日起12个月")
_COUNTED_FROM = re.compile(r"(?:自|从|從)[^,，;；。\d]{1,16}?(?:起|后|後)\s*")
_SPAN_JOIN = re.compile(r"\s*(?:至|到|~|～|-|–|—{1,2})\s*")


def _opening_length(text: str) -> str | None:
    """The length a value opens with: "1年(…)", "自合同签订之日起12个月", or two dates joined ("2024.9.1-2025.8.31")."""
    opens = m.end() if (m := _COUNTED_FROM.match(text)) else 0
    found = [d for d in durations(text) if d.start <= opens + 2 and d.duration.unit.value in ("months", "years")]
    if found:
        return compact(found[0].granted)
    dates = list(_DATE.finditer(text))
    if len(dates) >= 2 and dates[0].start() <= 2 and _SPAN_JOIN.fullmatch(text[dates[0].end() : dates[1].start()]):
        start, end = _date(dates[0]), _date(dates[1])
        if start is not None and end is not None and end > start:
            return _length_between(start, end)
    return None


def _form_label(sentences: list[Sentence]) -> tuple[str, Sentence] | None:
    """The length a form's period label gives, after its colon or in the next paragraph, and where it says so."""
    for i, s in enumerate(sentences):
        label = _FORM_LABEL.match(s.norm)
        if label is None or _is_free(s.norm):
            continue
        if label.end() < len(s.norm.rstrip()):
            if (length := _opening_length(s.norm[label.end() :])) is not None:
                return length, s
        elif i + 1 < len(sentences) and (length := _opening_length(sentences[i + 1].norm.strip())) is not None:
            return length, sentences[i + 1]
    return None


def service_periods(ctx: Context) -> None:
    """Fill term.length from a procurement record's forms, when nothing else gave the term."""
    if "term" in ctx.out.terms:
        return
    for s in ctx.sentences:
        if (length := _project_span(s)) is not None:
            ctx.out.terms["term"] = {"length": length}
            ctx.record("term.length", s)
            return
    for read in (_period_column, _form_label):
        if (found := read(ctx.sentences)) is not None:
            ctx.out.terms["term"] = {"length": found[0]}
            ctx.record("term.length", found[1])
            return
