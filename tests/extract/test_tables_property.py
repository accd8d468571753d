"""Table reconstruction on arbitrary mixes of table-like lines (bars, rules, box drawing, tabs, bare
ids, run-together cells, labels, slash pairs): extraction never fails, and every piece of evidence
quotes text that stands at the line and column it gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from termsmith.extract.api import extract_file

_PIECES = [
    "|", "||", "| |", "|---|---|", "┌──┬──┐", "├──┼──┤", "│ 緊急 │ 30分鐘 │", "+--+--+", "P1", "1", "2", "B", "II",
    "Level", "Severity", "等級", "Response", "Resolution (hours)", "4", "1 hour", "15m", "1m", "1d", "Best effort",
    "N/A", "一级", "响应时间（小时）", "30分钟/4小时", "Response Time: Critical – 1 hour; High – 4 hours",
    "Urgent (P0)Within 1 hourReserved", "PriorityResponse Time", "The following response and resolution targets apply:",
    "All times are measured during business hours.", "非工作时间4小时内响应", "通知方式:短信、电话", "：", "/", "—",
    "24x7", "7.5/5", "Every 2 hours", "修復時限:一般故障不超過8小時",
]  # fmt: skip
_LINE = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).flatmap(
    lambda parts: st.sampled_from([" ", " | ", "\t", "", "  "]).map(lambda sep: sep.join(parts))
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_LINE, min_size=1, max_size=14))
def test_evidence_stands_where_it_says(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, extraction = extract_file(path)
    source = path.read_text(encoding="utf-8").split("\n")
    for field, evidence in extraction.evidence.items():
        loc = evidence.location
        rest = source[loc.line - 1][loc.column - 1 :]
        head = evidence.quote[: len(rest)]
        assert head and rest.startswith(head), (field, evidence.quote, loc)
