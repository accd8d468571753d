"""Full-length agreements, cold, side by side: termsmith's two PDF engines and LibreOffice.

For each sample agreement (default: the 15-page fuel-station agreement) it times, as
a user would run them, in alternating order so machine noise hits all alike:
- ``termsmith render --format pdf --pdf-engine typst``      (cold process)
- ``termsmith render --format pdf --pdf-engine weasyprint`` (cold process)
- ``libreoffice --headless --convert-to pdf`` of termsmith's own DOCX of the same agreement
  (the conversion alone, and the whole route a user would take without a PDF engine:
  ``termsmith render --format docx`` then LibreOffice)
and, in one warm process (a ``--jobs`` worker, the web app), both engines on every
sample's assembled agreement, each document typeset once (Typst memoises a document it
has already laid out, so repeating one document would flatter it).

Targets (issue 16): Typst ≥ 3× faster than LibreOffice and ≥ 4× faster than the
WeasyPrint path, cold. No assertions: run by hand, by .ci/bench, or through
``bench/bench_render.py --full``.

    .venv/bin/python bench/bench_pdf_engines.py [--repeat 5] [--sample NAME] [--no-libreoffice]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SAMPLE = "fuel-station-miniprogram.zh-Hans.yaml"


# As an installed termsmith runs: Python reads its cached bytecode (pip compiles it at install,
# and a checkout writes it on first import). Where the shell sets PYTHONDONTWRITEBYTECODE=1 (some
# containers do) a fresh checkout never gets it, and every run compiles ~90 modules (~0.1 s).
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=USER_ENV)
    return time.perf_counter() - start


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), 0)


def warm_ms(repeat: int) -> dict[str, float]:
    """Median ms per agreement for each engine in one warm process, every sample typeset once."""
    sys.path.insert(0, str(ROOT / "src"))
    from termsmith.api import languages_for
    from termsmith.assembly import assemble
    from termsmith.gate import check_spec
    from termsmith.rendering import render_pdf

    docs = []
    for sample in sorted((ROOT / "samples").glob("*.yaml")):
        gate = check_spec(sample)
        if gate.document is None or gate.blocked:
            continue
        langs = languages_for(gate.document.spec, None)
        docs.append(assemble(gate.document, kind="agreement", languages=langs, spec_source=sample.read_bytes()))
    out: dict[str, float] = {}
    for engine in ("typst", "weasyprint"):
        render_pdf(docs[0], engine=engine)  # warm-up: imports, fonts
        runs = []
        for doc in docs[1:]:
            start = time.perf_counter()
            render_pdf(doc, engine=engine)
            runs.append((time.perf_counter() - start) * 1000)
        out[engine] = statistics.median(runs)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sample", default=DEFAULT_SAMPLE)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args(argv)
    sample = ROOT / "samples" / args.sample
    office = None if args.no_libreoffice else (shutil.which("libreoffice") or shutil.which("soffice"))
    termsmith = [sys.executable, "-m", "termsmith", "render", str(sample), "--format"]
    times: dict[str, list[float]] = {"typst": [], "weasyprint": [], "libreoffice": [], "docx+libreoffice": []}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run([*termsmith, "docx", "-o", str(work / "docx")], check=True, stdout=subprocess.DEVNULL)
        docx = next((work / "docx").glob("*.docx"))
        profile = work / "lo-profile"
        convert = [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
        convert += ["--outdir", str(work / "lo"), str(docx)]
        if office:  # first start creates the profile: not timed
            subprocess.run(convert, check=True, capture_output=True)
        for engine in ("typst", "weasyprint"):  # first runs write the bytecode caches: not timed
            timed([*termsmith, "pdf", "--pdf-engine", engine, "-o", str(work / engine)])
        for _ in range(args.repeat):
            for engine in ("typst", "weasyprint"):
                times[engine].append(timed([*termsmith, "pdf", "--pdf-engine", engine, "-o", str(work / engine)]))
            if office:
                docx_s = timed([*termsmith, "docx", "-o", str(work / "docx")])
                lo_s = timed(convert)
                times["libreoffice"].append(lo_s)
                times["docx+libreoffice"].append(docx_s + lo_s)
        counts = {e: pages(next((work / e).glob("*.pdf"))) for e in ("typst", "weasyprint")}
        if office:
            counts["libreoffice"] = counts["docx+libreoffice"] = pages(next((work / "lo").glob("*.pdf")))
    med = {k: statistics.median(v) for k, v in times.items() if v}
    print(f"{args.sample}: cold processes (bytecode cached, as installed), medians of {args.repeat} alternating runs")
    for name, seconds in med.items():
        print(f"  {name:<12} {seconds:6.2f} s  {counts[name]:3d} pages  {counts[name] / seconds:6.1f} pages/s")
    print(f"  Typst vs WeasyPrint path: {med['weasyprint'] / med['typst']:.2f}x faster (target >= 4x)")
    if "libreoffice" in med:
        print(f"  Typst vs LibreOffice DOCX->PDF: {med['libreoffice'] / med['typst']:.2f}x faster (target >= 3x)")
        print(
            f"  Typst vs termsmith DOCX + LibreOffice (the route without a PDF engine): "
            f"{med['docx+libreoffice'] / med['typst']:.2f}x faster"
        )
    warm = warm_ms(args.repeat)
    print(
        f"  warm, in one process, per agreement (median over the other samples): typst {warm['typst']:.0f} ms, "
        f"weasyprint {warm['weasyprint']:.0f} ms ({warm['weasyprint'] / warm['typst']:.1f}x)"
    )


if __name__ == "__main__":
    main()
