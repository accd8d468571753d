"""The service period of a procurement record, when no term clause gave the term: the forms state it in ways a
contract's sentences do not.

- In the project's name, as two months joined ("济南海关政务信息化运维服务项目202310-202409成交公告"): the months
  from the first to the last, both counted (12 months).
"""

from __future__ import annotations

import re

from termsmith.extract.rules.context import Context
from termsmith.extract.sentences import Sentence

# 202310-202409 written against a name's last character (项目202310-202409), not a code's digits or dashes
_MONTH_SPAN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?P<y1>20\d{2})(?P<m1>0[1-9]|1[0-2])\s*[-—–~～至]\s*(?P<y2>20\d{2})(?P<m2>0[1-9]|1[0-2])(?!\d)"
)
_NAMED = re.compile(r"项目|項目|服务|服務|运维|運維|维保|維保|维护|維護")


def _project_span(s: Sentence) -> str | None:
    """The months a project's name spans, both counted ("项目202310-202409" → 12 months)."""
    for m in _MONTH_SPAN.finditer(s.norm):
        if not _NAMED.search(s.norm[max(0, m.start() - 12) : m.start()]):
            continue
        months = (int(m["y2"]) - int(m["y1"])) * 12 + int(m["m2"]) - int(m["m1"]) + 1
        if 0 < months <= 120:
            return f"{months} months"
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
