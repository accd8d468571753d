"""Cold-start benchmark of ``termsmith validate`` against ``python -c pass``.

Run by hand or as a separate CI job (never as a timed assertion inside the tests):

    .venv/bin/python bench/bench_validate.py                 # 20 cold runs each, medians
    .venv/bin/python bench/bench_validate.py --runs 40 --sample samples/business-system-support.en.yaml
    .venv/bin/python bench/bench_validate.py --importtime    # the 15 slowest imports of one run

Every run is a new process, so each one pays the interpreter start, every import and
the Pydantic schema build: what a user waits for at the terminal. The target is a
median under 0.25 s for ``termsmith validate`` on one sample.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 0.25


def venv_python() -> Path:
    candidate = ROOT / ".venv" / "bin" / "python"
    return candidate if candidate.exists() else Path(sys.executable)


def time_runs(argv: list[str], runs: int, expect_code: int = 0) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of ``runs`` fresh processes.

    CPU time is reported too because a busy machine stretches wall time but not CPU time."""
    env = {**os.environ, "NO_COLOR": "1"}
    subprocess.run(argv, capture_output=True, env=env, check=False)  # warm the OS file cache once
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, env=env, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        if done.returncode != expect_code:
            raise SystemExit(
                f"{' '.join(argv)} exited {done.returncode}:\n{done.stdout.decode()}{done.stderr.decode()}"
            )
    return walls, cpus


def report(label: str, measured: tuple[list[float], list[float]]) -> float:
    walls, cpus = measured
    median = statistics.median(walls)
    print(
        f"{label:<44} wall median {median * 1000:6.1f} ms (min {min(walls) * 1000:6.1f})   "
        f"cpu median {statistics.median(cpus) * 1000:6.1f} ms   ({len(walls)} runs)"
    )
    return median


def slowest_imports(python: Path, sample: Path, count: int = 15) -> None:
    done = subprocess.run(
        [str(python), "-X", "importtime", "-m", "termsmith", "validate", str(sample)],
        capture_output=True,
        text=True,
        check=False,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or line.count("|") != 2:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        if self_us.isdigit():
            rows.append((int(cumulative_us), int(self_us), name))
    print(f"\nslowest imports (cumulative µs, self µs) of one 'termsmith validate {sample.name}':")
    for cumulative, self_time, name in sorted(rows, reverse=True)[:count]:
        print(f"  {cumulative:>8} {self_time:>8}  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--sample", type=Path, default=ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml")
    parser.add_argument("--importtime", action="store_true", help="also list the slowest imports")
    args = parser.parse_args()
    python = venv_python()
    script = python.parent / "termsmith"
    sample = args.sample.resolve()

    print(f"python: {python}\nsample: {sample.relative_to(ROOT) if sample.is_relative_to(ROOT) else sample}\n")
    baseline = report("python -c pass", time_runs([str(python), "-c", "pass"], args.runs))
    as_module = report(
        "python -m termsmith validate SAMPLE",
        time_runs([str(python), "-m", "termsmith", "validate", str(sample)], args.runs),
    )
    results = {"python -m termsmith": as_module}
    if script.exists():
        results["termsmith (console script)"] = report(
            "termsmith validate SAMPLE (console script)", time_runs([str(script), "validate", str(sample)], args.runs)
        )
    print()
    for label, median in results.items():
        verdict = "OK" if median < TARGET_SECONDS else "SLOWER THAN TARGET"
        print(
            f"{label}: {median * 1000:.0f} ms, {(median - baseline) * 1000:.0f} ms above python -c pass; "
            f"target {TARGET_SECONDS * 1000:.0f} ms: {verdict}"
        )
    if args.importtime:
        slowest_imports(python, sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
