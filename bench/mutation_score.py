"""Per-module mutation score from mutmut's results (run after `mutmut run`; see bench/MUTATION.md).

Reads `mutmut results --all true` and prints, per module (or per function with
--functions), killed / checked mutants and the score. Mutants mutmut has not run
yet ("not checked") are left out of the score and counted separately.

    .venv/bin/python bench/mutation_score.py [--functions] [PREFIX ...]
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

_LINE = re.compile(r"^\s*(?P<name>\S+)__mutmut_\d+: (?P<status>.+)$")


def results() -> list[tuple[str, str]]:
    mutmut = Path(sys.executable).with_name("mutmut")
    out = subprocess.run([str(mutmut), "results", "--all", "true"], capture_output=True, text=True, check=True).stdout
    return [(m["name"], m["status"].strip()) for m in map(_LINE.match, out.splitlines()) if m]


def group(name: str, functions: bool) -> str:
    module, _, function = name.rpartition(".")
    return f"{module}.{function.removeprefix('x_').replace('ǁ', '.').strip('.')}" if functions else module


def main(argv: list[str]) -> int:
    functions = "--functions" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for name, status in results():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        table[group(name, functions)][status] += 1
    print(f"{'module' if not functions else 'function':60} {'killed':>7} {'checked':>8} {'score':>7}  other")
    for key in sorted(table):
        c = table[key]
        checked = sum(n for s, n in c.items() if s != "not checked")
        killed = c["killed"] + c["timeout"] + c["caught by type check"]
        score = f"{100 * killed / checked:6.1f}%" if checked else "     -"
        other = ", ".join(f"{s} {n}" for s, n in sorted(c.items()) if s not in ("killed",))
        print(f"{key:60} {killed:7} {checked:8} {score}  {other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
