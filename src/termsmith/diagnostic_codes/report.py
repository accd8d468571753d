"""R: the service report's ticket log (termsmith/service_report/tickets.py)."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

document(
    DiagnosticCode(
        "R001",
        "bad-ticket-row",
        Severity.ERROR,
        "a ticket-log row cannot be measured",
        what="Flags a row of the ticket log given to `termsmith report`: an unknown severity level, a time that is "
        "not ISO 8601, a response, resolution or on-site time before the ticket was opened, an empty opening "
        "time, or a ticket opened outside the reported month. Every bad row is reported in one run.",
        why="A service report is evidence for credits and disputes: a row that was guessed at, or silently dropped, "
        "would change the attainment figures and the credits owed.",
        example="id,level,opened,first_response,resolved\nT-7,P1,2026-09-31 10:00,2026-09-18 10:20,",
        instead="id,level,opened,first_response,resolved\nT-7,P1,2026-09-18 10:00,2026-09-18 10:20,2026-09-18 15:00\n"
        "(or run with --skip-bad-rows to report from the good rows, with the bad ones listed)",
        emitted_by="termsmith report",
    ),
)
