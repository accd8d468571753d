"""Warm lint throughput of two versions of the code on the same text, CPU time, best of N.

    git archive <commit> src | tar -x -C /tmp/old          # the version to compare with
    .venv/bin/python bench/lint_ab.py /tmp/old/src src     # 4 MB at 15 % vague, best of 5

Each src folder is timed in its own process (one ``termsmith`` per process), on the
text of ``bench_lint.corpus`` (same size, density and seed for both), after one warm-up
call. CPU time, not wall time: the machine may be shared. For a change that must not
change what is found, compare the findings with ``bench/lint_equivalence.py``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(src: str, megabytes: float, vague: float, runs: int) -> None:
    sys.path.insert(0, str(Path(src).resolve()))
    import termsmith.lint  # before bench_lint, which puts this checkout's src first

    if not Path(termsmith.lint.__file__ or "").resolve().is_relative_to(Path(src).resolve()):
        raise SystemExit(f"termsmith imported from {termsmith.lint.__file__}, not from {src}")
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_lint

    lint_text = termsmith.lint.lint_text

    text = bench_lint.corpus(megabytes, vague)
    lint_text(text[:50_000], "warm.txt")
    times = []
    for _ in range(runs):
        start = time.process_time()
        count = len(lint_text(text, "bench.txt"))
        times.append(time.process_time() - start)
    size = len(text.encode("utf-8")) / 1e6
    print(json.dumps({"mb_s": size / min(times), "findings": count, "mb": size}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("src", nargs="+", help="src folders to import termsmith from")
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--vague", type=float, default=0.15)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.src[0], args.mb, args.vague, args.runs)
        return 0
    for src in args.src:
        options = ["--mb", str(args.mb), "--vague", str(args.vague), "--runs", str(args.runs)]
        done = subprocess.run(
            [sys.executable, __file__, "--child", src, *options],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{src}: {row['mb_s']:.1f} MB/s CPU (best of {args.runs}) on {row['mb']:.1f} MB, {row['findings']} findings"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
