"""Running the CLI in-process for the robustness tests, and the sample specs they start from."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
EN_SAMPLE = ROOT / "samples" / "business-system-support.en.yaml"
POSITION = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?:error|warning|info)\[(?P<code>[A-Z]+\d+)\]", re.MULTILINE
)


def run_cli(*argv: str) -> tuple[int, str, str]:
    """``termsmith ARGV`` in this process: (exit code, stdout, stderr)."""
    from termsmith.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def sample_text(path: Path = EN_SAMPLE) -> str:
    return path.read_text(encoding="utf-8")
