"""Batch rendering: `termsmith render --jobs 1` vs `--jobs 2` on 50 specs.

Target (issue 5): --jobs 2 at least 1.8x faster than --jobs 1 on a batch of 50.
On a 2-core machine the ceiling is 2.0x; anything else running costs directly.

    .venv/bin/python bench/bench_jobs.py [--count 50] [--format docx,pdf] [--repeat 1]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def make_batch(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the sample, each with its own metadata.name and number."""
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        variant = text.replace("name: fuel-station-miniprogram", f"name: fuel-station-{i:03d}", 1)
        variant = variant.replace("number: TS-2026-0118", f"number: TS-2026-{i:04d}", 1)
        path = folder / f"spec-{i:03d}.yaml"
        path.write_text(variant, encoding="utf-8")
        paths.append(path)
    return paths


def run(specs: list[Path], out: Path, jobs: int, formats: str) -> float:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "termsmith", "render", *map(str, specs), "-o", str(out),
           "--format", formats, "--jobs", str(jobs)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    written = len(list(out.iterdir()))
    expected = len(specs) * len(formats.split(","))
    if written != expected:
        raise SystemExit(f"expected {expected} files, found {written}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--format", default="docx,pdf")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        specs = make_batch(folder, args.count)
        one = [run(specs, folder / "out1", 1, args.format) for _ in range(args.repeat)]
        two = [run(specs, folder / "out2", 2, args.format) for _ in range(args.repeat)]
    t1, t2 = statistics.median(one), statistics.median(two)
    print(f"{args.count} specs, formats {args.format}")
    print(f"--jobs 1: {t1:6.2f} s   ({t1 / args.count * 1000:.0f} ms per spec)")
    print(f"--jobs 2: {t2:6.2f} s   speed-up {t1 / t2:.2f}x (target >= 1.8x)")


if __name__ == "__main__":
    main()
