"""Full-length agreements, cold, side by side: termsmith's two PDF engines and LibreOffice.

For each sample agreement (default: the 15-page fuel-station agreement) it times, as
a user would run them, in alternating order so machine noise hits all alike:
- ``termsmith render --format pdf --pdf-engine typst``      (cold process; and once more with
  termsmith's cache empty, as its very first run on a machine)
- ``termsmith render --format pdf --pdf-engine weasyprint`` (cold process)
- ``libreoffice --headless --convert-to pdf`` of termsmith's own DOCX of the same agreement
  (the conversion alone, and the whole route a user would take without a PDF engine:
  ``termsmith render --format docx`` then LibreOffice)
and, in one warm process (a ``--jobs`` worker, the web app), both engines on every
sample's assembled agreement, each document typeset once (Typst memoises a document it
has already laid out, so repeating one document would flatter it), beside LibreOffice warm:
what one more DOCX costs a ``soffice --convert-to pdf`` that converts many.

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


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or USER_ENV)
    return time.perf_counter() - start


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), 0)


def warm_ms() -> dict[str, float]:
    """Mean ms per agreement for each engine in one warm process, every sample typeset once.

    Warm-up first, as a ``--jobs`` worker or the web app is warm after its first documents:
    every sample's *quote* (other documents, the same faces), so the timed agreements load no
    font for the first time and Typst has laid none of them out before."""
    sys.path.insert(0, str(ROOT / "src"))
    from termsmith.api import languages_for
    from termsmith.assembly import assemble
    from termsmith.gate import check_spec
    from termsmith.rendering import render_pdf

    agreements, quotes = [], []
    for sample in sorted((ROOT / "samples").glob("*.yaml")):
        gate = check_spec(sample)
        if gate.document is None or gate.blocked:
            continue
        langs = languages_for(gate.document.spec, None)
        for kind, docs in (("agreement", agreements), ("quote", quotes)):
            docs.append(assemble(gate.document, kind=kind, languages=langs, spec_source=sample.read_bytes()))
    out: dict[str, float] = {}
    for engine in ("typst", "weasyprint"):
        for doc in quotes:
            render_pdf(doc, engine=engine)
        start = time.perf_counter()
        for doc in agreements:
            render_pdf(doc, engine=engine)
        out[engine] = (time.perf_counter() - start) * 1000 / len(agreements)
    return out


def libreoffice_warm_ms(office: str, work: Path, repeat: int) -> float:
    """Mean ms per agreement for LibreOffice once it is running: what converting one more DOCX
    costs a ``soffice --convert-to pdf`` that converts many (its batch use).

    The same samples as :func:`warm_ms`, as termsmith's DOCX. One process
    converts them once, another converts them twice over (copies under other names: LibreOffice
    caches nothing between files); the difference, per file, is the warm cost, with the start-up
    and the profile load cancelled out. Medians of ``repeat`` alternating runs."""
    folder = work / "lo-warm"
    samples = sorted((ROOT / "samples").glob("*.yaml"))
    cmd = [sys.executable, "-m", "termsmith", "render", *map(str, samples), "--format", "docx", "-o", str(folder / "a")]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=USER_ENV)
    once = sorted((folder / "a").glob("*.docx"))
    (folder / "b").mkdir()
    twice = [*once]
    for docx in once:
        copy = folder / "b" / f"copy-{docx.name}"
        shutil.copyfile(docx, copy)
        twice.append(copy)
    profile = work / "lo-profile"
    base = [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
    runs: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(repeat):
        runs[1].append(timed([*base, "--outdir", str(folder / "out1"), *map(str, once)]))
        runs[2].append(timed([*base, "--outdir", str(folder / "out2"), *map(str, twice)]))
    extra = statistics.median(runs[2]) - statistics.median(runs[1])
    return extra * 1000 / len(once)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sample", default=DEFAULT_SAMPLE)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args(argv)
    sample = ROOT / "samples" / args.sample
    office = None if args.no_libreoffice else (shutil.which("libreoffice") or shutil.which("soffice"))
    termsmith = [sys.executable, "-m", "termsmith", "render", str(sample), "--format"]
    times: dict[str, list[float]] = {
        "typst": [],
        "weasyprint": [],
        "libreoffice": [],
        "docx+libreoffice": [],
        "typst, first run": [],
    }
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
        for run in range(args.repeat):
            for engine in ("typst", "weasyprint"):
                times[engine].append(timed([*termsmith, "pdf", "--pdf-engine", engine, "-o", str(work / engine)]))
            # the same with termsmith's cache empty (its first run on a machine: library and patterns not yet kept)
            first = {**USER_ENV, "TERMSMITH_CACHE_DIR": str(work / f"empty-cache-{run}")}
            times["typst, first run"].append(timed([*termsmith, "pdf", "-o", str(work / "first")], first))
            if office:
                docx_s = timed([*termsmith, "docx", "-o", str(work / "docx")])
                lo_s = timed(convert)
                times["libreoffice"].append(lo_s)
                times["docx+libreoffice"].append(docx_s + lo_s)
        counts = {e: pages(next((work / e).glob("*.pdf"))) for e in ("typst", "weasyprint")}
        counts["typst, first run"] = pages(next((work / "first").glob("*.pdf")))
        if office:
            counts["libreoffice"] = counts["docx+libreoffice"] = pages(next((work / "lo").glob("*.pdf")))
    med = {k: statistics.median(v) for k, v in times.items() if v}
    print(
        f"{args.sample}: cold processes (bytecode cached, as installed; termsmith's cache kept by an untimed first "
        f"run, as after any first use), medians of {args.repeat} alternating runs"
    )
    for name, seconds in med.items():
        print(f"  {name:<16} {seconds:6.2f} s  {counts[name]:3d} pages  {counts[name] / seconds:6.1f} pages/s")
    print(f"  Typst vs WeasyPrint path: {med['weasyprint'] / med['typst']:.2f}x faster (target >= 4x)")
    if "libreoffice" in med:
        print(f"  Typst vs LibreOffice DOCX->PDF: {med['libreoffice'] / med['typst']:.2f}x faster (target >= 3x)")
        print(
            f"  Typst vs termsmith DOCX + LibreOffice (the route without a PDF engine): "
            f"{med['docx+libreoffice'] / med['typst']:.2f}x faster"
        )
    warm = warm_ms()
    print(
        f"  warm, in one process, per agreement (mean over every sample): typst {warm['typst']:.0f} ms, "
        f"weasyprint {warm['weasyprint']:.0f} ms ({warm['weasyprint'] / warm['typst']:.1f}x)"
    )
    if office:
        with tempfile.TemporaryDirectory() as tmp:
            lo_ms = libreoffice_warm_ms(office, Path(tmp), args.repeat)
        print(
            f"  warm LibreOffice (one soffice converting many DOCX), per agreement, same samples: {lo_ms:.0f} ms "
            f"(typst {lo_ms / warm['typst']:.1f}x faster)"
        )


if __name__ == "__main__":
    main()
