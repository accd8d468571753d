"""Port today's `extract/rules/level_lists.py` (labelled level lists: "label: time" items under a lead naming the kind,
levels per plan heading) into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/level_lists.py

The module needs `level_words` (`_LIST_INTRO`, `_clock`, `_kinds_in_order`, `_Level`), which every tree from batch 5 on
has, so it is copied as it is. In `severity_levels` the lists are read before the loop over the sentences, and the
loop skips the sentences they took, as today's code does. Exits 1 when the tree has no such place (batches 3, 4).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "level_lists.py"
LOOP = re.compile(r"^(?P<indent>    )for s in (?P<seq>ctx\.sentences|sentences):\n", re.M)
NEEDS = ("_LIST_INTRO", "def _clock", "def _kinds_in_order", "class _Level")


def main(root: Path) -> int:
    rules = root / "src" / "termsmith" / "extract" / "rules"
    levels, words = rules / "levels.py", rules / "level_words.py"
    if not levels.exists() or not words.exists():
        return 1
    if not all(n in words.read_text(encoding="utf-8") for n in NEEDS):
        return 1
    source = levels.read_text(encoding="utf-8")
    body = source.index("def severity_levels(")
    m = LOOP.search(source, body)
    if m is None:
        return 1
    call = (
        f"    from termsmith.extract.rules.level_lists import level_lists as _level_lists\n\n"
        f"    _listed = _level_lists({m['seq']}, levels)\n"
        f"{m.group(0)}        if id(s) in _listed:\n            continue\n"
    )
    levels.write_text(source[: m.start()] + call + source[m.end() :], encoding="utf-8")
    shutil.copy(MODULE, rules / "level_lists.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
