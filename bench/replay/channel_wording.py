"""Port today's channel wording (`_WAY_WORDING` in `extract/rules/channels.py`: calls and messages by a way, a
telephone where the vendor can be reached, a chat product's channel, a communication label, a list item labelled by
its way) into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/channel_wording.py

The block is copied from today's module and put in front of the tree's `_CHANNEL_CONTEXT` alternatives, as in today's
code. Exits 1 when the tree has no `_CHANNEL_CONTEXT = _re(` to put it in.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TODAY = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "channels.py"
ANCHOR = '_CHANNEL_CONTEXT = _re(\n    r"'


def main(root: Path) -> int:
    module = root / "src" / "termsmith" / "extract" / "rules" / "channels.py"
    block = re.search(r"^_WAY_WORDING = \(\n.*?^\)\n", TODAY.read_text(encoding="utf-8"), re.S | re.M)
    if not module.exists() or block is None:
        return 1
    text = module.read_text(encoding="utf-8")
    if text.count(ANCHOR) != 1 or "_WAY_WORDING" in text:
        return 1
    ported = block.group(0) + '_CHANNEL_CONTEXT = _re(\n    _WAY_WORDING\n    + r"|"\n    r"'
    module.write_text(text.replace(ANCHOR, ported, 1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
