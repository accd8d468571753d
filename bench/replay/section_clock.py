"""Port today's `rules/section_clock.py` into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/section_clock.py

The module needs nothing from the tree, so it is copied as it is; each level time's clock is then given by
`clock_in_section` where `severity_levels` writes it (`"clock": clock}` before session 8, `"clock": clock or
everywhere}` after). Exits 1 when the tree has no such line.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "section_clock.py"
WRITES = {
    '"clock": clock or everywhere}': '"clock": _clock_in_section(_section_clocks(ctx.sentences), s, clock, everywhere)}',
    '"clock": clock}': '"clock": _clock_in_section(_section_clocks(ctx.sentences), s, clock, None)}',
}
IMPORT = (
    "from termsmith.extract.rules.section_clock import clock_in_section as _clock_in_section\n"
    "from termsmith.extract.rules.section_clock import section_clocks as _section_clocks\n"
)


def main(root: Path) -> int:
    rules = root / "src" / "termsmith" / "extract" / "rules"
    levels = rules / "levels.py"
    source = levels.read_text(encoding="utf-8")
    for old, new in WRITES.items():
        if old in source:
            source = source.replace(old, new)
            break
    else:
        return 1
    head, sep, rest = source.partition("\nfrom termsmith.")
    levels.write_text(head + "\n" + IMPORT + sep.lstrip("\n") + rest if sep else source, encoding="utf-8")
    shutil.copy(MODULE, rules / "section_clock.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
