"""Warm validate and validate+lint of a stand-alone spec against deals on one and two offers.

    .venv/bin/python bench/bench_offers.py [--runs 30]

Prints medians in milliseconds. A deal pays for finding, loading (cached while the offer
file is unchanged) and merging its offers; the editor of `termsmith serve` validates on
every pause in typing, so this is the number to watch.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from termsmith.lint.config import LintConfig
from termsmith.lint.runner import lint_file
from termsmith.validation import validate_path

ROOT = Path(__file__).resolve().parents[1]
SPECS = {
    "stand-alone (fuel-station)": ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml",
    "deal on standard": ROOT / "samples" / "community-grocery-miniprogram.zh-Hans.yaml",
    "deal on premium→standard": ROOT / "samples" / "hotel-booking-miniprogram.zh-Hans.yaml",
}


def _median_ms(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    for label, path in SPECS.items():
        v = _median_ms(lambda p=path: validate_path(p), runs)
        vl = _median_ms(lambda p=path: lint_file(p, LintConfig()), runs)
        print(f"{label:<28} validate {v:6.1f} ms   validate+lint {vl:6.1f} ms")


if __name__ == "__main__":
    main()
