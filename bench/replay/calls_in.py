"""Port today's "the client's calls" phone wording (`extract/rules/channels.py`, `_CALLS_IN`: "after receiving the
customer's call", "respond to the call", "Unlimited calls", "emergency calls from persons designated by the City")
into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/calls_in.py

Every tree from batch 3 on has `_CHANNEL_CONTEXT` (the sentence speaks of reaching the vendor) and `_CHANNELS` (the
way each pattern names). The patcher appends to the tree's `channels.py` the wording as today's module has it (with its guard against a call
centre or call routing) and
adds it to both, as today's code does: a context, and a way that names the phone. Exits 1 when the tree has
neither name.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TODAY = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "channels.py"
DEFINITION = re.compile(r"^_NOT_A_CALL_MADE = .*\n_CALLS_IN = \(\n(?:    .*\n)+?\)\n", re.M)
TAIL = """
_CHANNEL_CONTEXT = _re(_CALLS_IN + r"|" + _CHANNEL_CONTEXT.pattern)
_CHANNELS[:] = [(_re(p.pattern + r"|" + _CALLS_IN) if k == "phone" else p, k) for p, k in _CHANNELS]
"""


def main(root: Path) -> int:
    channels = root / "src" / "termsmith" / "extract" / "rules" / "channels.py"
    if not channels.exists():
        return 1
    source = channels.read_text(encoding="utf-8")
    if "_CHANNEL_CONTEXT = _re(" not in source or "_CHANNELS: list" not in source:
        return 1
    m = DEFINITION.search(TODAY.read_text(encoding="utf-8"))
    if m is None:
        return 1
    channels.write_text(source + "\n\n" + m.group(0) + TAIL, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
