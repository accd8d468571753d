"""``termsmith render SPEC…``: render specs to agreements as DOCX, PDF and HTML."""

from __future__ import annotations

import argparse

from termsmith.commands.produce import add_common_arguments, run_produce


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common_arguments(parser, default_formats="docx,pdf")


def run(args: argparse.Namespace) -> int:
    return run_produce(args, kind="agreement")
