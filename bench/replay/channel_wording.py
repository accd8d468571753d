"""Port today's channel wording (`extract/rules/channels.py`: `_WAY_WORDING`, a chat product's channel, in the
context words; `_labelled_ways`, a list item labelled by its way or a communication label, not under a line naming
notices, billing, sales or a party's contact) into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/channel_wording.py

The pieces are copied from today's module: `_WAY_WORDING` goes in front of the tree's `_CHANNEL_CONTEXT`
alternatives, `_labelled_ways` (with `_ITEM_LINE` where the tree has none) before `support_channels`, whose first
context test then also takes a labelled item, as in today's code. Exits 1 when the tree has no such places.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TODAY = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "channels.py"
ANCHOR = '_CHANNEL_CONTEXT = _re(\n    r"'
ENTRY = "def support_channels(ctx: Context) -> None:\n"
TEST = "_CHANNEL_CONTEXT.search(s.norm)"


def _piece(text: str, pattern: str) -> str | None:
    m = re.search(pattern, text, re.S | re.M)
    return m.group(0) if m else None


def main(root: Path) -> int:
    module = root / "src" / "termsmith" / "extract" / "rules" / "channels.py"
    today = TODAY.read_text(encoding="utf-8")
    wording = _piece(today, r"^_WAY_WORDING = (?:\(\n.*?^\)\n|[^(].*?\n)")
    labels = _piece(today, r"^_WAY_LABEL = _re\(.*?(?=^def support_channels)")
    item_line = _piece(today, r"^_ITEM_LINE = .*?\n")
    if not module.exists() or None in (wording, labels, item_line):
        return 1
    text = module.read_text(encoding="utf-8")
    if text.count(ANCHOR) != 1 or text.count(ENTRY) != 1 or "_WAY_WORDING" in text:
        return 1
    body = text.index(ENTRY)
    if text.find(TEST, body) < 0:
        return 1
    text = text.replace(ANCHOR, f'{wording}_CHANNEL_CONTEXT = _re(\n    _WAY_WORDING + r"|"\n    r"', 1)
    extra = "" if "_ITEM_LINE = " in text else str(item_line)
    text = text.replace(ENTRY, f"{extra}{labels}{ENTRY}    _labelled = _labelled_ways(ctx.sentences)\n", 1)
    at = text.index(TEST, text.index(ENTRY))
    test = f"({TEST} or ctx.sentences.index(s) in _labelled)"
    module.write_text(text[:at] + test + text[at + len(TEST) :], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
