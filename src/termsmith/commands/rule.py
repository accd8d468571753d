"""``termsmith rule CODE``: print one rule's documentation."""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help="rule code (VT001) or name (unbounded-time)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args: argparse.Namespace) -> int:
    from termsmith.commands.rules import rule_dict
    from termsmith.lint.registry import all_rules, get_rule

    rule = get_rule(args.code)
    if rule is None:
        import difflib

        close = difflib.get_close_matches(args.code.upper(), list(all_rules()), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        sys.stderr.write(f"termsmith rule: error: no rule {args.code!r}{hint}; run 'termsmith rules'\n")
        return 2
    if args.format == "json":
        json.dump(rule_dict(rule), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(rule.markdown())
    return 0
