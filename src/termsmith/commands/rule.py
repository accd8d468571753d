"""``termsmith rule CODE``: print the documentation of one lint rule or diagnostic code."""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "code", metavar="CODE", help="a lint rule (VT001, unbounded-time) or a diagnostic code (Y002, duplicate-key)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args: argparse.Namespace) -> int:
    from termsmith.commands.rules import rule_dict
    from termsmith.diagnostic_codes import all_codes, get_code
    from termsmith.lint.registry import all_rules, get_rule

    entry = get_rule(args.code) or get_code(args.code)
    if entry is None:
        import difflib

        known = [*all_rules(), *all_codes()]
        close = difflib.get_close_matches(args.code.upper(), known, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        sys.stderr.write(f"termsmith rule: error: no rule or code {args.code!r}{hint}; run 'termsmith rules --all'\n")
        return 2
    if args.format == "json":
        json.dump(rule_dict(entry), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(entry.markdown())
    return 0
