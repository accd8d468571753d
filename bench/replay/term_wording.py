"""Port today's `extract/rules/term_wording.py` (the term from contract-term wording and council-record subjects,
read when no other rule gave a term) into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/term_wording.py

The module is copied as it is; it needs `periods._is_free`, `normalize._WORDS` and `values.compact`, and goes into
`RULES` right after `term`, as in today's code. Exits 1 when the tree lacks any of them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "term_wording.py"
IMPORT = "from termsmith.extract.rules.periods import "
ENTRY = "    term,\n"


def main(root: Path) -> int:
    src = root / "src" / "termsmith" / "extract"
    rules = src / "rules" / "__init__.py"
    needs = [
        (src / "rules" / "periods.py", "def _is_free("),
        (src / "normalize.py", "_WORDS = {"),
        (src / "values.py", "def compact("),
        (rules, ENTRY),
        (rules, IMPORT),
    ]
    if not all(path.exists() and text in path.read_text(encoding="utf-8") for path, text in needs):
        return 1
    text = rules.read_text(encoding="utf-8")
    if text.count(ENTRY) != 1:
        return 1
    text = text.replace(IMPORT, "from termsmith.extract.rules.term_wording import term_wording\n" + IMPORT, 1)
    rules.write_text(text.replace(ENTRY, ENTRY + "    term_wording,\n"), encoding="utf-8")
    shutil.copy(MODULE, src / "rules" / "term_wording.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
