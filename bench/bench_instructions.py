"""Lint cost in machine instructions (valgrind's callgrind): a speed figure the host does not change.

    .venv/bin/python bench/bench_instructions.py                       # this checkout
    PYTHONPATH=/tmp/old/src .venv/bin/python bench/bench_instructions.py   # another tree (git archive REV src)

``bench_lint.py`` times the targets (>= 10 MB/s, cold start <= 250 ms) in seconds, and seconds depend on the host:
the session-23 machine ran the very same code about three times slower than the one the targets were first met on,
and a shared host's load stretches even CPU time. Instructions do not move with either, so this script answers
"did the code get slower?" on any machine, old tree against new:

1. cold start: ``termsmith lint samples/<one>.yaml`` in a fresh process, minus ``python -c pass``;
2. throughput: instructions per MB of the bench corpus at 15 % vague sentences (a 0.5 MB lint after a small
   warm-up lint, minus the warm-up alone), with the pure-Python readers (``TERMSMITH_CACHE_DIR=off``) so that trees
   without a compiled build compare fairly.

Measured (session 23, Python 3.11.7; millions of instructions):

===========================================  ==========  ====================
tree                                         cold start  per MB at 15 % vague
===========================================  ==========  ====================
4b17943e (cold start 235 ms CPU, recorded)        1,490                 1,306
8f7a7c88 (11.7 MB/s compiled, recorded)           1,136                 1,308
40c9849e (session 23 start: 4.0 MB/s here)          806                 1,391
===========================================  ==========  ====================

The cold-start count includes reading termsmith's start-up caches (``regex_cache``, ``codegen_cache``). Until late
in session 23 one file held the entries of every command this user had run: 806 M with lint's own entries only,
932 M (40c9849e and the code before the fix alike) once extract and render runs had added theirs. Each command now
keeps its own files (``marshal_store.use_profile``): 782 M, and bench_lint's cold start on the session-23 host went
from 447 ms to 345 ms. Compare trees with the same cache folder state.

So the session-23 figures that miss the targets (4.0 MB/s, cold start 450 ms on that host) are the host's: the code
costs 6 % more instructions per MB than when 11.7 MB/s was recorded, and 30-45 % fewer at cold start.

Needs ``valgrind`` (Debian package); each run takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import compile_checkout, use_checkout  # noqa: E402

use_checkout(ROOT / "src")

THROUGHPUT_MB = 0.5
_CHILD = """
import sys
sys.path.insert(0, {bench!r})
import termsmith.lint as lint
from bench_lint import corpus
text = corpus({mb}, 0.15)
lint.lint_text(text[:20000], "warm-up.txt")
if sys.argv[1] == "full":
    lint.lint_text(text, "bench.txt")
"""


def instructions(argv: list[str], env: dict[str, str] | None = None) -> int:
    """Instructions callgrind counts for one run of ``argv`` (its output discarded)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv],
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count for {' '.join(argv)}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def cold_start(sample: Path) -> int:
    base = instructions([sys.executable, "-c", "pass"])
    return instructions([sys.executable, "-m", "termsmith", "lint", str(sample)]) - base


def per_megabyte() -> float:
    child = _CHILD.format(bench=str(ROOT / "bench"), mb=THROUGHPUT_MB)
    env = {"TERMSMITH_CACHE_DIR": "off"}
    warm = instructions([sys.executable, "-c", child, "warm"], env)
    full = instructions([sys.executable, "-c", child, "full"], env)
    return (full - warm) / THROUGHPUT_MB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=Path, default=ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("bench_instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    compile_checkout()  # a user's runs import cached bytecode
    import termsmith

    print(f"code: {Path(termsmith.__file__).resolve().parents[1]}")
    print(f"cold start: {cold_start(args.sample.resolve()) / 1e6:,.0f} M instructions over python -c pass")
    print(f"throughput: {per_megabyte() / 1e6:,.0f} M instructions per MB at 15 % vague (pure-Python readers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
