"""``termsmith report SPEC TICKETS.csv``: the monthly service report measured against the agreement.

Reads a ticket log (columns and encodings in ``termsmith.service_report.tickets``),
measures every level's response and resolution on the agreement's clocks, lists every
breach and the service credits owed, and writes the report in the agreement's language
as HTML, PDF or DOCX (with charts), Markdown or JSON. Bad rows are all reported at
file:line; the report is only produced from the good rows with ``--skip-bad-rows``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from termsmith.rendering import DEFAULT_PDF_ENGINE, PDF_ENGINES

FORMATS = ("html", "pdf", "docx", "md", "json")


class _UsageError(ValueError):
    """The command line must say more (e.g. which month)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", metavar="SPEC", help="the service spec (.yaml)")
    parser.add_argument("tickets", metavar="TICKETS.csv", help="the ticket log")
    parser.add_argument("--month", metavar="YYYY-MM", help="the month to report (default: the log's only month)")
    parser.add_argument("--format", choices=FORMATS, help="default: from -o's suffix, else md")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout; pdf and docx need -o)"
    )
    parser.add_argument(
        "--lang",
        choices=("zh-Hans", "zh-Hant", "en"),
        help="default: the agreement's prevailing or first output language",
    )
    parser.add_argument("--encoding", help="the log's encoding (default: UTF-8 with or without BOM, else GB18030)")
    parser.add_argument("--skip-bad-rows", action="store_true", help="report bad rows and go on with the good ones")
    parser.add_argument("--pdf-engine", choices=PDF_ENGINES, default=DEFAULT_PDF_ENGINE)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".") if args.output else ""
    return {"htm": "html", "markdown": "md"}.get(suffix, suffix) if suffix in (*FORMATS, "htm", "markdown") else "md"


def _fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"termsmith report: error: {message}\n")
    return code


def run(args: argparse.Namespace) -> int:
    from termsmith.calendars import CalendarDataMissing
    from termsmith.reporting.text import write_text
    from termsmith.validation import validate_path

    fmt = _format(args)
    if fmt in ("pdf", "docx") and args.output is None:
        return _fail(f"--format {fmt} needs -o FILE")
    if args.month is not None and not _valid_month(args.month):
        return _fail(f"--month {args.month!r}: write YYYY-MM, e.g. 2026-09")
    result = validate_path(args.spec, expect_kind="ServiceSpec")
    if not result.ok:
        write_text(result.diagnostics, {result.file: result.loaded.lines} if result.loaded else {}, sys.stderr, files=1)
        return 1
    spec = result.document.spec
    lang = args.lang or spec.languages.prevailing or spec.languages.output[0]
    if lang not in spec.languages.output:
        return _fail(
            f"--lang {lang}: the agreement is written in {', '.join(spec.languages.output)}; "
            "a report in another language would mix languages"
        )
    try:
        report, problems, text = _measure(args, spec)
    except (OSError, ValueError, LookupError) as exc:
        if isinstance(exc, CalendarDataMissing):
            return _fail(str(exc), 1)
        if isinstance(exc, _UsageError):
            return _fail(str(exc), 2)
        return _fail(str(exc) if not isinstance(exc, OSError) else f"cannot read {args.tickets}: {exc.strerror}", 1)
    if problems:
        write_text(problems, {args.tickets: text.splitlines()}, sys.stderr, files=1)
        if not args.skip_bad_rows:
            sys.stderr.write("termsmith report: no report written; fix the rows or pass --skip-bad-rows\n")
            return 1
    data = _render(report, spec, lang, fmt, Path(args.spec).read_bytes(), args.pdf_engine)
    if args.output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        from termsmith.rendering.atomic import write_atomic

        write_atomic(args.output, data)
        sys.stderr.write(f"termsmith: wrote {args.output}\n")
    return 0


def _valid_month(text: str) -> bool:
    parts = text.split("-")
    return len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4 and 1 <= int(parts[1]) <= 12


def _measure(args: argparse.Namespace, spec: Any) -> tuple[Any, list[Any], str]:
    from zoneinfo import ZoneInfo

    from termsmith.diagnostics import Severity
    from termsmith.service_report.measure import measure_month, month_bounds, months_of
    from termsmith.service_report.tickets import parse_tickets, read_text

    text, _ = read_text(Path(args.tickets), args.encoding)
    tickets, problems = parse_tickets(text, args.tickets, spec)
    zone = ZoneInfo(spec.calendars[0].time_zone if spec.calendars else "Asia/Shanghai")
    month = args.month
    if month is None:
        months = months_of(tickets, zone)
        if len(months) > 1:
            raise _UsageError(
                f"the log spans {len(months)} months ({months[0]} to {months[-1]}); choose one with --month"
            )
        month = months[0] if months else None
        if month is None:
            raise ValueError(
                f"{args.tickets} has no usable ticket; see the rows above"
                if problems
                else f"{args.tickets} has no tickets"
            )
    start, end = month_bounds(month, zone)
    inside = []
    for t in tickets:
        if start <= t.opened < end:
            inside.append(t)
        else:
            from termsmith.service_report.tickets import _diag

            problems.append(
                _diag(
                    args.tickets,
                    t.line,
                    1,
                    f"ticket {t.id} was opened {t.opened.isoformat()}, outside {month}",
                    hint="report one month at a time: --month YYYY-MM",
                )
            )
    if args.skip_bad_rows:
        problems = [p.with_severity(Severity.WARNING) for p in problems]
    return measure_month(spec, inside, month, zone), sorted(problems, key=lambda d: d.line), text


def _created(month: str) -> date:
    """The report's one date: SOURCE_DATE_EPOCH, else the month's last day (never today)."""
    import calendar

    from termsmith.rendering.determinism import source_date_epoch

    epoch = source_date_epoch()
    if epoch is not None:
        return epoch.date()
    year, mon = (int(p) for p in month.split("-"))
    return date(year, mon, calendar.monthrange(year, mon)[1])


def _render(report: Any, spec: Any, lang: str, fmt: str, source: bytes, engine: str) -> bytes:
    if fmt == "json":
        # compact: a month of a busy system lists tens of thousands of breaches (indent=2 costs 4x)
        return (json.dumps(_json(report), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    from termsmith.service_report.document import report_document

    doc = report_document(spec, report, lang, _created(report.month), source)
    from termsmith import rendering

    if fmt == "md":
        from termsmith.rendering.markdown_renderer import render_markdown

        return render_markdown(doc).encode("utf-8")
    if fmt == "html":
        return rendering.render_html(doc).encode("utf-8")
    if fmt == "docx":
        return rendering.render_docx(doc)
    return rendering.render_pdf(doc, engine=engine)


def _json(report: Any) -> dict[str, Any]:
    def num(v: Any) -> str | None:
        return None if v is None else format(v, "f")

    def money(m: Any) -> str | None:
        return None if m is None else f"{m.amount} {m.currency}"

    return {
        "version": 1,
        "month": report.month,
        "requests": report.requests,
        "responded": report.responded,
        "resolved": report.resolved,
        "resolution_rate_percent": num(report.resolution_rate),
        "average_response_minutes": num(report.average_response),
        "levels": [
            {
                "level": s.level.id,
                "count": s.count,
                **{
                    measure: {
                        "clock": s.clocks[measure],
                        "limit_minutes": num(s.limits.get(measure)),
                        "median_minutes": num(s.median(measure)),
                        "p90_minutes": num(s.p90(measure)),
                        "attainment_percent": num(s.attainment(measure)),
                    }
                    for measure in ("response", "resolution")
                },
            }
            for s in report.levels
        ],
        "breaches": [
            {
                "ticket": b.ticket,
                "line": b.line,
                "level": b.level,
                "measure": b.measure,
                "took_minutes": num(b.took),
                "limit_minutes": num(b.limit),
                "clock": b.clock,
                "credit": money(b.credit),
            }
            for b in report.breaches
        ],
        "credits": {
            "monthly_fee": money(report.monthly_fee),
            "under_rules": money(report.credits_uncapped),
            "cap": money(report.credit_cap),
            "owed": money(report.credits),
        },
    }
