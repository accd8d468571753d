"""Port today's `extract/rules/payment.py` (milestones from percentages, halves and "the balance", with triggers
named by deposits, work starting, approval, launch and handover) into a first-run tree for
`bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/payment_shares.py

The module is copied as it is over the tree's own; it needs `context.clauses`, `context._re` and `values.percents`.
``PAYMENT_MODULE=path`` copies another version instead (e.g. the one before this change, to tell its gain from the
gains of earlier rounds). Exits 1 when the tree lacks any of them.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "payment.py"


def main(root: Path) -> int:
    rules = root / "src" / "termsmith" / "extract" / "rules"
    needs = [
        (rules / "payment.py", "def payment(ctx"),
        (rules / "context.py", "def clauses("),
        (rules / "context.py", "def _re("),
        (root / "src" / "termsmith" / "extract" / "values.py", "def percents("),
    ]
    if not all(path.exists() and text in path.read_text(encoding="utf-8") for path, text in needs):
        return 1
    shutil.copy(Path(os.environ.get("PAYMENT_MODULE", MODULE)), rules / "payment.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
