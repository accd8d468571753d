"""Port today's `extract/rules/table_groups.py` (a table repeating the levels an earlier table timed, under a title
of its own, keeps its levels apart) into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/table_groups.py

The tree's `levels.py` must read each reconstructed table with ``read_table(table, levels, untiered)`` inside the
loop over the sentences, and its `Table` must keep the lines above it (``intro``); the call is replaced by
``read_grouped``, as in today's code, and the module copied as it is. Exits 1 when the tree has no such place.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "table_groups.py"
CALL = re.compile(r"^(?P<indent>\s+)read_table\(table, levels, untiered\)\n", re.M)
LOOPS = ("    for s in sentences:\n", "    for s in ctx.sentences:\n")


def main(root: Path) -> int:
    rules = root / "src" / "termsmith" / "extract" / "rules"
    levels = rules / "levels.py"
    text = levels.read_text(encoding="utf-8") if levels.exists() else ""
    tables = (rules / "tables.py").read_text(encoding="utf-8") if (rules / "tables.py").exists() else ""
    words = (rules / "level_words.py").read_text(encoding="utf-8") if (rules / "level_words.py").exists() else ""
    if len(CALL.findall(text)) != 1 or "intro" not in tables or "class _Level" not in words:
        return 1
    call = CALL.search(text)
    loop = max(text.rfind(loop, 0, call.start()) for loop in LOOPS) if call else -1
    if call is None or loop < 0:
        return 1
    text = (
        text[:loop]
        + "    from termsmith.extract.rules.table_groups import read_grouped\n\n"
        + "    timed: dict[str, set[str]] = {}\n"
        + text[loop : call.start()]
        + f"{call['indent']}read_grouped(table, levels, untiered, timed)\n"
        + text[call.end() :]
    )
    levels.write_text(text, encoding="utf-8")
    shutil.copy(MODULE, rules / "table_groups.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
