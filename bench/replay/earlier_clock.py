"""Port the earlier-clause clock (`level_prose._earlier_clock`: the hours an earlier clause of the same sentence
gives the service, "提供5*8小时电话技术支持服务,2小时内响应") into a first-run tree for
`bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/earlier_clock.py

Every tree reads prose times in a loop ``for n, (…, clause) in enumerate(clauses)`` and writes each time's clock as
``_clock(clause, duration)``; the port adds the earlier clauses' clock after it and appends the function to that
module. Exits 1 when no module has that loop.
"""

from __future__ import annotations

import sys
from pathlib import Path

CALL = "_clock(clause, duration)"
PORTED = "(_clock(clause, duration) or _earlier_clock(clauses[:n], duration))"
FUNCTION = """

def _earlier_clock(earlier, duration):
    import re as _r

    outside = _r.compile(
        r"非\\s*(?:辦公|办公|營業|营业|工作|上班|服务|服務)|下班|\\boutside\\b|after[- ]hours|"
        r"\\bnon[- ]?(?:business|working|office)\\b",
        _r.IGNORECASE,
    )
    defines = _r.compile(r"(?:时间|時間|时段|時段|hours)\\s*(?:为|為|是|係|系|are|is|[:：])", _r.IGNORECASE)
    if any(outside.search(clause) for _, clause in earlier):
        return None
    clocks = {
        _clock(clause, duration)
        for _, clause in earlier
        if clause.strip() and not durations(clause) and not defines.search(clause)
    }
    clocks.discard(None)
    return clocks.pop() if len(clocks) == 1 else None
"""


def main(root: Path) -> int:
    rules = root / "src" / "termsmith" / "extract" / "rules"
    for name in ("level_prose.py", "levels.py"):
        module = rules / name
        text = module.read_text(encoding="utf-8") if module.exists() else ""
        if CALL in text and "in enumerate(clauses)" in text:
            module.write_text(text.replace(CALL, PORTED) + FUNCTION, encoding="utf-8")
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
