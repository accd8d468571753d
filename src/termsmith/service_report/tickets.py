"""Reading a ticket log (CSV) into tickets, every bad row reported at file:line.

Columns (a header row names them; order is free; case and surrounding spaces ignored):

| column | required | meaning |
|---|---|---|
| ``id`` | yes | the ticket number |
| ``level`` | yes | a severity level id of the spec (P0, P1 …) |
| ``opened`` | yes | when the report was received |
| ``first_response`` | no | the vendor's first response (empty: none yet) |
| ``resolved`` | no | when it was resolved (empty: still open) |
| ``channel`` | no | phone, email, ticket … (informational) |
| ``on_site`` | no | when an engineer arrived on site |

Times are ISO 8601 (``2026-09-18T17:30``, ``2026-09-18 17:30`` or with an offset
``+08:00``); a time without an offset is read in the level's calendar time zone
(Asia/Shanghai for 24×7 levels). Encoding: UTF-8 with or without a BOM (as Excel
exports it) or GB18030/GBK, detected, or named with ``--encoding``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from termsmith.diagnostics import Diagnostic, Position, Severity

REQUIRED = ("id", "level", "opened")
OPTIONAL = ("first_response", "resolved", "channel", "on_site")
MAX_BYTES = 64 * 1024 * 1024  # a year of tickets is a few MB; anything larger is not a ticket log


@dataclass(frozen=True, slots=True)
class Ticket:
    id: str
    level: str
    opened: datetime
    first_response: datetime | None
    resolved: datetime | None
    channel: str | None
    on_site: datetime | None
    line: int


def read_text(path: Path, encoding: str | None) -> tuple[str, str]:
    """The file's text and the encoding it was read with (UTF-8 first, then GB18030)."""
    with path.open("rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; split the log by month")
    if encoding:
        return data.decode(encoding), encoding
    for candidate in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path}: neither UTF-8 nor GBK/GB18030; name the encoding with --encoding")


def _diag(file: str, line: int, col: int, message: str, hint: str | None = None) -> Diagnostic:
    return Diagnostic("R001", Severity.ERROR, message, file, Position(line, col), hint=hint, name="bad-ticket-row")


def parse_tickets(text: str, file: str, spec: Any) -> tuple[list[Ticket], list[Diagnostic]]:
    """Tickets of every good row, and a diagnostic for every bad one (all in one pass)."""
    reader = csv.reader(io.StringIO(text))
    rows = list(reader)
    if not rows:
        return [], [
            _diag(
                file,
                1,
                1,
                "the ticket log is empty",
                hint="the first row names the columns: " + ", ".join(REQUIRED + OPTIONAL),
            )
        ]
    header = [h.strip().lower().replace(" ", "_") for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [
            _diag(
                file,
                1,
                1,
                f"the header row lacks the column(s) {', '.join(missing)}",
                hint="the first row names the columns: " + ", ".join(REQUIRED + OPTIONAL),
            )
        ]
    index = {name: header.index(name) for name in (*REQUIRED, *OPTIONAL) if name in header}
    tickets: list[Ticket] = []
    problems: list[Diagnostic] = []
    levels = {lv.id: lv for lv in spec.severity_levels}
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        ticket, errors = _row(row, number, index, levels, spec, file)
        problems.extend(errors)
        if ticket is not None:
            tickets.append(ticket)
    return tickets, problems


def _cell(row: list[str], index: dict[str, int], name: str) -> str:
    i = index.get(name)
    return row[i].strip() if i is not None and i < len(row) else ""


def _column(row: list[str], index: dict[str, int], name: str) -> int:
    """1-based character column where ``name``'s cell starts (approximate for quoted cells)."""
    i = index.get(name, 0)
    return 1 + sum(len(c) + 1 for c in row[:i])


def _row(
    row: list[str], line: int, index: dict[str, int], levels: dict[str, Any], spec: Any, file: str
) -> tuple[Ticket | None, list[Diagnostic]]:
    errors: list[Diagnostic] = []
    level_id = _cell(row, index, "level")
    level = levels.get(level_id)
    if level is None:
        errors.append(
            _diag(
                file,
                line,
                _column(row, index, "level"),
                f"unknown severity level {level_id!r}",
                hint="use a level id of the agreement: " + ", ".join(levels),
            )
        )
    zone = _zone(spec, level)
    times: dict[str, datetime | None] = {}
    for name in ("opened", "first_response", "resolved", "on_site"):
        raw = _cell(row, index, name)
        if not raw:
            times[name] = None
            continue
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            errors.append(
                _diag(
                    file,
                    line,
                    _column(row, index, name),
                    f"{name} {raw!r} is not a date and time",
                    hint="write ISO 8601, e.g. 2026-09-18 17:30 or 2026-09-18T17:30+08:00",
                )
            )
            times[name] = None
            continue
        times[name] = moment if moment.tzinfo else moment.replace(tzinfo=zone)
    opened = times["opened"]
    if opened is None and not any(e.message.startswith("opened") for e in errors):
        errors.append(
            _diag(
                file,
                line,
                _column(row, index, "opened"),
                "opened is empty",
                hint="every ticket needs the time its report was received",
            )
        )
    if opened is not None:
        for name in ("first_response", "resolved", "on_site"):
            later = times[name]
            if later is not None and later < opened:
                errors.append(
                    _diag(
                        file,
                        line,
                        _column(row, index, name),
                        f"{name} {later.isoformat()} is before opened {opened.isoformat()}",
                        hint="check the row: nothing happens to a ticket before it is opened",
                    )
                )
    if errors or opened is None or level is None:
        return None, errors
    ticket_id = _cell(row, index, "id") or f"line {line}"
    return Ticket(
        ticket_id,
        level.id,
        opened,
        times["first_response"],
        times["resolved"],
        _cell(row, index, "channel") or None,
        times["on_site"],
        line,
    ), []


def _zone(spec: Any, level: Any) -> ZoneInfo:
    from termsmith.calendars.deadlines import level_zone

    return level_zone(spec, level) if level is not None else ZoneInfo("Asia/Shanghai")
