"""termsmith report on a large ticket log: 100,000 tickets in one month (target: under 5 s).

    .venv/bin/python bench/bench_report.py [--tickets 100000] [--format json|md|html]

The log is generated deterministically against the fuel-station sample: every level,
a third on the business-hours clock, a few still open. Cold: one `termsmith report`
process, wall and CPU time. No assertions: run by hand or by .ci/bench.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def make_log(path: Path, count: int) -> None:
    rng = random.Random(7)
    start = datetime(2026, 9, 1)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id,level,opened,first_response,resolved,channel\n")
        for i in range(count):
            level = rng.choice(("P0", "P1", "P2", "P2", "consult"))
            opened = start + timedelta(minutes=rng.randrange(29 * 24 * 60))
            response = opened + timedelta(minutes=rng.randrange(5, 300))
            resolved = response + timedelta(minutes=rng.randrange(30, 3000))
            done = "" if i % 50 == 0 else resolved.strftime("%Y-%m-%d %H:%M")
            fh.write(f"T-{i},{level},{opened:%Y-%m-%d %H:%M},{response:%Y-%m-%d %H:%M},{done},ticket\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--format", default="json", choices=("json", "md", "html"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "tickets.csv"
        make_log(log, args.tickets)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "termsmith",
                "report",
                str(SPEC),
                str(log),
                "--format",
                args.format,
                "-o",
                str(Path(tmp) / f"report.{args.format}"),
            ],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        f"{args.tickets} tickets, {args.format}: {wall:.2f} s wall, {cpu:.2f} s CPU, "
        f"peak RSS {after.ru_maxrss / 1024:.0f} MiB (target: under 5 s)"
    )


if __name__ == "__main__":
    main()
