"""Linting a checklist file runs the language rules only (the structural rules are for specs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_lint_a_bundled_checklist_is_not_an_internal_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "termsmith", "lint", str(ROOT / "checklists" / "strict.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "internal error" not in done.stderr
    assert done.returncode in (0, 1), done.stderr
