"""Cold-start benchmark of ``termsmith redline OLD NEW -o FILE.docx`` on two full agreements.

Run by hand (never as a timed assertion inside the tests):

    .venv/bin/python bench/bench_redline.py              # 5 cold runs, medians of wall and CPU time
    .venv/bin/python bench/bench_redline.py --runs 10 --format pdf

OLD is the zh-Hans fuel-station sample (17 A4 pages as LibreOffice lays out its DOCX);
NEW is the same spec with response times, the free period, the retainer, the source
code owner, the penalty cap changed and the reports article removed, so the redline
has changes inside paragraphs, table cells and a whole deleted article. Every run is
a new process: interpreter start, imports, validation, two assemblies, alignment and
the DOCX. Target: a median under 3 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
EDITS = (
    ("      response: 30m\n", "      response: 2h\n"),
    ("    length: 12 months\n", "    length: 6 months\n"),
    ("        amount: 6000.00 CNY\n", "        amount: 7200.00 CNY\n"),
    ("    source_code_owner: client\n", "    source_code_owner: vendor\n"),
    ("    cap: 10%\n", "    cap: 20%\n"),
    (
        "  reporting:\n    cadence: monthly\n    contents: [报修数量, 平均响应时间, 问题解决率, 系统可用率]\n"
        "    satisfaction_survey: quarterly\n    complaint_response_within: 1h\n",
        "",
    ),
)
TARGET_SECONDS = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--format", choices=("docx", "html", "pdf"), default="docx")
    args = parser.parse_args()
    python = ROOT / ".venv" / "bin" / "python"
    with tempfile.TemporaryDirectory() as tmp:
        text = OLD.read_text(encoding="utf-8")
        for old, new in EDITS:
            assert old in text, old
            text = text.replace(old, new, 1)
        new_spec = Path(tmp) / "new.yaml"
        new_spec.write_text(text, encoding="utf-8")
        argv = [
            str(python if python.exists() else sys.executable),
            "-m",
            "termsmith",
            "redline",
            str(OLD),
            str(new_spec),
            "-o",
            str(Path(tmp) / f"out.{args.format}"),
        ]
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
        subprocess.run(argv, capture_output=True, env=env, check=True)  # warm the OS file cache
        walls, cpus = [], []
        for _ in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(argv, capture_output=True, env=env, check=True)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        size = (Path(tmp) / f"out.{args.format}").stat().st_size
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(
        f"redline ({args.format}, {size:,} bytes): median wall {wall:.2f} s, CPU {cpu:.2f} s over {args.runs} cold runs "
        f"(min {min(walls):.2f} s, max {max(walls):.2f} s); load average {os.getloadavg()[0]:.1f}"
    )
    print(f"target < {TARGET_SECONDS:.0f} s: {'met' if wall < TARGET_SECONDS else 'NOT met'}")


if __name__ == "__main__":
    main()
