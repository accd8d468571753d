"""Batch rendering: `termsmith render --jobs 1` vs `--jobs 2` on 50 specs.

Targets: --jobs 2 at least 1.8x faster than --jobs 1 on a batch of 50 (issue 5);
1,000 agreements (DOCX + PDF) in under 5 minutes with --jobs 2 and the Typst
engine (issue 16). On a 2-core machine the ceiling is 2.0x; anything else
running costs directly. Peak memory is the largest process's max RSS (the
biggest worker), from getrusage(RUSAGE_CHILDREN) after each run.

    .venv/bin/python bench/bench_jobs.py [--count 50] [--format docx,pdf] [--repeat 1]
                                         [--pdf-engine weasyprint|typst] [--jobs 1,2]
    .venv/bin/python bench/bench_jobs.py --count 1000 --pdf-engine typst --jobs 2
"""

from __future__ import annotations

import argparse
import resource
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


def run(specs: list[Path], out: Path, jobs: int, formats: str, engine: str) -> float:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        sys.executable,
        "-m",
        "termsmith",
        "render",
        *map(str, specs),
        "-o",
        str(out),
        "--format",
        formats,
        "--jobs",
        str(jobs),
        "--pdf-engine",
        engine,
    ]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    parser.add_argument("--pdf-engine", default="weasyprint", choices=("weasyprint", "typst"))
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time (default 1,2)")
    args = parser.parse_args()
    times: dict[int, float] = {}
    print(f"{args.count} specs, formats {args.format}, PDF engine {args.pdf_engine}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        specs = make_batch(folder, args.count)
        for jobs in (int(j) for j in args.jobs.split(",")):
            runs = [run(specs, folder / f"out{jobs}", jobs, args.format, args.pdf_engine) for _ in range(args.repeat)]
            times[jobs] = statistics.median(runs)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            speedup = f"   speed-up {times[1] / times[jobs]:.2f}x" if 1 in times and jobs != 1 else ""
            print(
                f"--jobs {jobs}: {times[jobs]:7.2f} s   ({times[jobs] / args.count * 1000:.0f} ms per spec; "
                f"peak RSS of the largest process so far {peak:.0f} MiB){speedup}"
            )


if __name__ == "__main__":
    main()
