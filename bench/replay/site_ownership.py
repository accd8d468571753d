"""Port today's `extract/rules/site_ownership.py` (who owns the website, its code and design, and ownership that
passes on payment) into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/site_ownership.py

The module is copied as it is; it needs `parties._role_of`, `context._re` and `Sentence.heading`, and is called
from `legal.intellectual_property` when no source-code sentence gave an owner, as in today's code. Exits 1 when
the tree lacks any of them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "site_ownership.py"
# the end of the source-code loop in intellectual_property, the same in every tree that has rules/legal.py
LOOP_END = '            ctx.record("intellectual_property.source_code_owner", s)\n'
CALL = (
    '    site = None if "source_code_owner" in ip else site_owner(ctx.sentences)\n'
    "    if site is not None:\n"
    '        ip["source_code_owner"] = site[0]\n'
    '        ctx.record("intellectual_property.source_code_owner", site[1])\n'
)


def main(root: Path) -> int:
    src = root / "src" / "termsmith" / "extract"
    legal = src / "rules" / "legal.py"
    needs = [
        (legal, LOOP_END),
        (src / "rules" / "parties.py", "def _role_of("),
        (src / "rules" / "context.py", "def _re("),
        (src / "sentences.py", "heading"),
    ]
    if not all(path.exists() and text in path.read_text(encoding="utf-8") for path, text in needs):
        return 1
    text = legal.read_text(encoding="utf-8")
    if text.count(LOOP_END) != 1:
        return 1
    text = text.replace(LOOP_END, LOOP_END + CALL, 1)
    text = "from termsmith.extract.rules.site_ownership import site_owner\n" + text
    # the import must follow `from __future__`: put it after the module's docstring and future import
    head, sep, rest = text.partition("from __future__ import annotations\n")
    legal.write_text(sep + head + rest if sep else text, encoding="utf-8")
    shutil.copy(MODULE, src / "rules" / "site_ownership.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
