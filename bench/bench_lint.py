"""Lint benchmarks (run by hand or as a separate CI job; never timed inside tests).

    .venv/bin/python bench/bench_lint.py            # both
    .venv/bin/python bench/bench_lint.py --mb 20    # bigger corpus

1. Throughput: ``lint_text`` over a generated mixed zh/en corpus (default 12 MB of
   UTF-8) — target ≥ 10 MB/s.
2. Cold start: wall time of ``termsmith lint samples/<one>.yaml`` in a fresh
   process, minus that of ``python -c pass`` — target ≤ 0.25 s; also checks that
   lint imported none of the renderers (docx, weasyprint, jinja2).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CLEAN = [
    "乙方应在收到甲方报修后两小时内响应，并按照附件一的价格表收费。",
    "服务范围包括缺陷修复、兼容性更新和安全补丁，不包括新功能开发。",
    "乙方應在收到報修後 2 小時內回應，並於 24 小時內修復。",
    "The Vendor shall respond within 2 hours of a report and fix defects free of charge. ",
    "Backups run daily; seven versions are kept off site and restore-tested monthly. ",
    "甲方应在验收后 15 日内支付尾款，逾期按日万分之五支付违约金。",
]
VAGUE = [
    "乙方应及时响应并尽快修复，费用另行协商。",
    "乙方提供基础维护、技术支持等服务，原则上不另收费。",
    "乙方應儘快處理，並提供技術支援。",
    "The Vendor will use reasonable efforts to respond promptly, etc. ",
    "Fees for new features shall be reasonable and are to be agreed. ",
]


def corpus(megabytes: float, vague: float = 0.15, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        sentence = rng.choice(VAGUE) if rng.random() < vague else rng.choice(CLEAN)
        if rng.random() < 0.1:
            sentence += "\n"
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
    return "".join(parts)


def throughput(megabytes: float, vague: float = 0.15) -> float:
    from termsmith.lint import lint_text

    text = corpus(megabytes, vague)
    size = len(text.encode("utf-8")) / 1_000_000
    lint_text("预热：及时", "warmup.txt")
    start = time.perf_counter()
    diags = lint_text(text, "bench.txt")
    elapsed = time.perf_counter() - start
    rate = size / elapsed
    print(f"throughput: {size:.1f} MB mixed zh/en ({vague:.0%} vague sentences), {len(diags):,} findings in {elapsed:.2f} s = {rate:.1f} MB/s "
          f"(target >= 10 MB/s)")
    return rate


def _time(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_start(runs: int) -> float:
    sample = sorted((ROOT / "samples").glob("*.yaml"))[0]
    env_py = [sys.executable]
    base = _time([*env_py, "-c", "pass"], runs)
    lint = _time([*env_py, "-m", "termsmith", "lint", str(sample.relative_to(ROOT))], runs)
    probe = subprocess.run(
        [*env_py, "-c", "import sys; from termsmith.cli import main; main(['lint', sys.argv[1]]); "
         "print(','.join(m for m in ('docx', 'weasyprint', 'jinja2') if m in sys.modules), file=sys.stderr)",
         str(sample)],
        cwd=ROOT, capture_output=True, text=True, check=False)
    heavy = probe.stderr.strip().splitlines()[-1] if probe.stderr.strip() else ""
    print(f"cold start: python -c pass {base * 1000:.0f} ms; termsmith lint {sample.name} {lint * 1000:.0f} ms; "
          f"difference {(lint - base) * 1000:.0f} ms (target <= 250 ms); heavy modules imported: {heavy or 'none'}")
    return lint - base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=12.0, help="corpus size in MB (default 12)")
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs (median)")
    parser.add_argument("--vague", type=float, default=0.15,
                        help="share of sentences with vague terms (default 0.15: a finding every ~200 bytes)")
    args = parser.parse_args()
    rate = throughput(args.mb, args.vague)
    extra = cold_start(args.runs)
    return 0 if rate >= 10 and extra <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
