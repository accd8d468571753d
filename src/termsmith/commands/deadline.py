"""``termsmith deadline SPEC --level ID --opened ISO-8601``: when each time limit of a level falls due.

Every limit of the level (response, resolution, recovery plan, progress updates, on
site, incident report) on its own clock: 24×7 runs continuously; a business calendar
counts only its working hours on its working days, with official holidays and make-up
working days (cn-official, hk-official, tw-official) and the spec's own extra days.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", metavar="SPEC", help="the service spec (.yaml)")
    parser.add_argument("--level", required=True, metavar="ID", help="severity level id, e.g. P1")
    parser.add_argument(
        "--opened",
        required=True,
        metavar="ISO-8601",
        help="when the incident was reported, e.g. 2026-09-18T17:30+08:00 (without an offset: "
        "the level's calendar time zone, else Asia/Shanghai)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _opened(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--opened {text!r} is not an ISO-8601 time; write e.g. 2026-09-18T17:30+08:00") from None


def run(args: argparse.Namespace) -> int:
    from termsmith.calendars import CalendarDataMissing
    from termsmith.calendars.deadlines import level_deadlines, level_zone
    from termsmith.validation import validate_path

    try:
        opened = _opened(args.opened)
    except ValueError as exc:
        sys.stderr.write(f"termsmith deadline: error: {exc}\n")
        return 2
    result = validate_path(args.spec, expect_kind="ServiceSpec")
    if not result.ok:
        from termsmith.reporting.text import write_text

        write_text(result.diagnostics, {result.file: result.loaded.lines} if result.loaded else {}, sys.stderr, files=1)
        return 1
    spec = result.document.spec
    level = spec.level(args.level)
    if level is None:
        known = ", ".join(lv.id for lv in spec.severity_levels)
        sys.stderr.write(
            f"termsmith deadline: error: no severity level {args.level!r} in {args.spec}; the spec has: {known}\n"
        )
        return 2
    if opened.tzinfo is None:
        opened = opened.replace(tzinfo=level_zone(spec, level))
    try:
        limits = level_deadlines(spec, level, opened)
    except CalendarDataMissing as exc:
        sys.stderr.write(f"termsmith deadline: error: {exc}\n")
        return 1
    if args.format == "json":
        payload = {
            "level": level.id,
            "opened": opened.isoformat(),
            "limits": {
                x.name: {
                    "within": x.within,
                    "clock": x.clock,
                    "due": x.due.isoformat(),
                    **({"note": x.note} if x.note else {}),
                }
                for x in limits
            },
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    print(f"level {level.id}, opened {opened.isoformat()}")
    width = max(len(x.name) for x in limits)
    for x in limits:
        note = f"   ({x.note})" if x.note else ""
        print(f"  {x.name:<{width}}  within {x.within:<18} on {x.clock:<12} due {x.due.isoformat()}{note}")
    return 0
