"""Speed of ``termsmith extract`` on a 20-page agreement PDF: warm (in process, after a
first call) and cold (a fresh ``termsmith extract`` process each run).

    .venv/bin/python bench/bench_extract.py            # 5 cold runs, 10 warm, medians
    .venv/bin/python bench/bench_extract.py --runs 9

The PDF is the zh-Hans sample agreement rendered by termsmith, padded to exactly 20
pages with pages of the zh-Hant sample (pypdf). Targets: warm < 1 s, cold < 2 s.
Wall and CPU seconds are both printed; the load average says how busy the machine was.
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
from checkout_path import compile_checkout  # noqa: E402

WARM_TARGET, COLD_TARGET = 1.0, 2.0


def make_pdf(folder: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    from termsmith.cli import main

    for sample in ("fuel-station-miniprogram.zh-Hans.yaml", "company-website-maintenance.zh-Hant.yaml"):
        assert main(["render", str(ROOT / "samples" / sample), "-o", str(folder), "--format", "pdf"]) == 0
    pdfs = sorted(folder.glob("*.pdf"), key=lambda p: "zh-Hant" in p.name)
    writer = PdfWriter()
    for pdf in pdfs:
        for page in PdfReader(pdf).pages:
            if len(writer.pages) < 20:
                writer.add_page(page)
    out = folder / "agreement-20-pages.pdf"
    with open(out, "wb") as handle:
        writer.write(handle)
    return out


def cold(pdf: Path, runs: int) -> tuple[list[float], list[float]]:
    exe = ROOT / ".venv" / "bin" / "termsmith"
    argv = [str(exe) if exe.exists() else "termsmith", "extract", str(pdf), "-o", os.devnull]
    compile_checkout()  # a user's runs import cached bytecode
    subprocess.run(argv, capture_output=True, check=True)  # OS file cache
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def warm(pdf: Path, runs: int) -> tuple[list[float], list[float]]:
    from termsmith.extract.api import extract_file

    extract_file(pdf)
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        extract_file(pdf)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return walls, cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="cold runs (warm runs are twice as many)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = make_pdf(Path(tmp))
        import pypdfium2

        pages = len(pypdfium2.PdfDocument(str(pdf)))
        print(f"PDF: {pages} pages, {pdf.stat().st_size // 1024} KB; load average {os.getloadavg()[0]:.2f}")
        for name, (walls, cpus), target in (
            ("warm", warm(pdf, args.runs * 2), WARM_TARGET),
            ("cold", cold(pdf, args.runs), COLD_TARGET),
        ):
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            verdict = "OK" if wall < target else "over target"
            print(
                f"{name}: median wall {wall:.3f} s, CPU {cpu:.3f} s over {len(walls)} runs "
                f"(target < {target:.0f} s: {verdict})"
            )


if __name__ == "__main__":
    sys.exit(main())
