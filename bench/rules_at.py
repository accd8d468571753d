"""The lint verdicts of another checkout of termsmith (its ``src`` on ``PYTHONPATH``, in a fresh process), for the
experiments that compare a signal against the rules of an older commit (``experiment_lint_classifier.py``,
``experiment_lint_pos.py``, ``experiment_lint_chrono.py``, ``experiment_lint_trust.py``), and the trees they run."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SNIPPET = """
import json, sys
from termsmith.diagnostics import Severity
from termsmith.lint import lint_text
out = []
for text in json.load(sys.stdin):
    out.append(any(d.severity in (Severity.WARNING, Severity.ERROR) for d in lint_text(text, "realtext.txt")))
json.dump(out, sys.stdout)
"""


def rule_flags(checkout: Path, texts: Iterable[str]) -> list[bool]:
    """Whether the rules of ``checkout`` (a tree holding ``src/termsmith``) give a warning or an error on each text alone."""
    done = subprocess.run(
        [sys.executable, "-c", _SNIPPET],
        input=json.dumps(list(texts)),
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(checkout / "src"), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return json.loads(done.stdout)


def tree(commit: str, trees: Path) -> Path:
    """``trees/<commit>``, holding that commit's ``src`` (``git archive <commit> src``), made when missing."""
    out = trees / commit
    if not (out / "src").is_dir():
        out.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(out)], input=archive.stdout, check=True)
    return out
