"""A time that states when the service runs, not how soon it acts: "24 Hours Monitoring", "24 hour
support", "24 hours a day, 7 days a week", "7x24小时监控", "24小时服务热线". Such a time is the service's
clock (its coverage), never a level's response or resolution limit, whatever label or column it stands
under ("P1" / "24 Hours Monitoring", a Response cell "24 Hours Monitoring").

A time the coverage noun is itself limited by ("24 hours support response", "4小时服务响应") is a limit, and
so is a time with a limit word before it ("within 24 hours support").
"""

from __future__ import annotations

from termsmith.extract.rules.context import _re
from termsmith.extract.values import FoundDuration

# the service that runs for the hours: monitoring, support, a hotline, a help desk, being on call
_COVERAGE_NOUN = _re(
    r"\A(?:\s*[-‐]?\s*|\s+(?:of\s+)?(?:(?:proactive|technical|tech|phone|telephone|remote|live|system|network|"
    r"server|security|uptime|customer|emergency|helpdesk|help\s+desk)\s+)?)"
    r"(?:monitoring|monitored|surveillance|support|coverage|service|services|help\s*desk|helpdesk|hotline|"
    r"availability|on-?call|staffing|operations?)\b"
    r"|\A\s*(?:a|per|each|every|/)\s*(?:day|week|year)\b|\A\s*/\s*7\b|\A\s*[x×*]\s*7\b|\A\s*,?\s*(?:365|7)\s+days\b"
    r"|\A\s*(?:全天候|不间断|不間斷)?(?:监控|監控|值守|值班|服务|服務|热线|熱線|在线|在線|技术支持|技術支持|支持|运维|運維|"
    r"监测|監測|开通|開通|待命)"
)
# "7x24小时", "5×8小時", "7*24 hours": days × hours per day before the time
_DAYS_TIMES = _re(r"[57]\s*[x×*]\s*\Z")
# a limit word between the coverage noun and the next clause keeps the time a limit ("24小时服务响应")
_LIMIT_AFTER = _re(
    r"\A[^,，;；。.\n|]{0,12}?(?:respon|resol|repl|acknowledg|fix|restor|响应|響應|回应|回應|回复|回覆|解决|解決|修复|修復|"
    r"恢复|恢復|到场|到場|上门|上門|内|內)"
)
# a limit word right before the time ("within 24 hours support")
_LIMIT_BEFORE = _re(r"(?:within|in|under|<|≤|不超过|不超過|内|內)\s*\Z")


def states_coverage(text: str, duration: FoundDuration) -> bool:
    """The time at ``duration`` in ``text`` gives the service's hours (its coverage), not a limit."""
    after = text[duration.end :]
    before = text[max(0, duration.start - 12) : duration.start]
    if _DAYS_TIMES.search(before):
        return True
    m = _COVERAGE_NOUN.search(after)
    if not m or _LIMIT_BEFORE.search(before):
        return False
    return not _LIMIT_AFTER.search(after[m.end() :])
