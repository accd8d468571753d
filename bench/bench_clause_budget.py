"""How much of the clause work budget the bundled library uses (steps, work, output), per render.

    .venv/bin/python bench/bench_clause_budget.py

Renders every bundled sample (agreement and quote, every language) and prints the
largest use of each budget next to its limit: the limits must stay far above it."""

from __future__ import annotations

import time
from pathlib import Path

from termsmith.assembly import assemble
from termsmith.library import budget
from termsmith.validation import validate_path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    budget._PEAK = []
    started = time.perf_counter()
    for sample in sorted((ROOT / "samples").glob("*.yaml")):
        doc = validate_path(sample).document
        for kind in ("agreement", "quote"):
            for languages in (("zh-Hans",), ("zh-Hant",), ("en",)):
                assemble(doc, kind=kind, languages=languages)
    peaks = [max(p[i] for p in budget._PEAK) for i in range(3)]
    limits = (budget.MAX_STEPS, budget.MAX_WORK, budget.MAX_OUTPUT)
    print(f"{len(budget._PEAK)} clause renders in {time.perf_counter() - started:.1f} s")
    for label, peak, limit in zip(("steps", "work", "output"), peaks, limits, strict=True):
        print(f"{label:>7}: peak {peak:>10,} of {limit:>12,} ({100 * peak / limit:.3f}%)")


if __name__ == "__main__":
    main()
