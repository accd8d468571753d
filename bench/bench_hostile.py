"""Hostile inputs end quickly (issue 11): times and output sizes, one cold process each.

    .venv/bin/python bench/bench_hostile.py            # all cases
    .venv/bin/python bench/bench_hostile.py pdf-word   # one case

Cases: lint of one 48 KB line with 8,000 vague terms (was 514 MB of output in 71 s);
PDF of a spec with a 32,000-character word (was 110 s); validate /dev/zero (was a
MemoryError); a clause with nested range(10000) loops (was 10^8 iterations); extract of a
110,000-character sentence with no sentence end, one line or hard-wrapped (was 90 s: time grew with the square of
the sentence; a 1.9 MB one took hours); extract of 4,000 short lines of three spaced cells and no money (was 108 s
for 2,000 such table rows: each line was tried as the header of the lines below); extract of 5,000 short price lines (was over 120 s:
each line was tried as the first of a run of table header lines, reading on to the end)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TERMSMITH = str(Path(sys.executable).with_name("termsmith"))
SAMPLE = ROOT / "samples" / "business-system-support.en.yaml"


def _run(argv: list[str]) -> tuple[float, int, int]:
    started = time.perf_counter()
    done = subprocess.run([TERMSMITH, *argv], capture_output=True, timeout=600)
    return time.perf_counter() - started, done.returncode, len(done.stdout) + len(done.stderr)


def lint_line(tmp: Path) -> list[str]:
    draft = tmp / "line.md"
    draft.write_text(" ".join(["as soon as possible"] * 2400 + ["及时响应"] * 5600), encoding="utf-8")
    return ["lint", str(draft)]


def pdf_word(tmp: Path) -> list[str]:
    spec = tmp / "word.yaml"
    spec.write_text(
        SAMPLE.read_text("utf-8").replace("examples: [Order entry unavailable,", f"examples: [{'W' * 32_000},", 1),
        encoding="utf-8",
    )
    return ["render", str(spec), "--format", "pdf", "-o", str(tmp / "out")]


def dev_zero(tmp: Path) -> list[str]:
    return ["validate", "/dev/zero"]


def nested_loops(tmp: Path) -> list[str]:
    library = tmp / "lib"
    (library / "clauses").mkdir(parents=True)
    bundled = (ROOT / "clauses" / "definitions.yaml").read_text("utf-8")
    body = "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"
    (library / "clauses" / "definitions.yaml").write_text(
        bundled.replace("text:\n  zh-Hans: |\n", "text:\n  zh-Hans: |\n    " + body + "\n", 1), encoding="utf-8"
    )
    return [
        "render",
        str(ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"),
        "--format",
        "docx",
        "--library",
        str(library),
        "-o",
        str(tmp / "out"),
    ]


_RUN_ON = "the vendor shall respond to every request of the client within four hours and resolve it within two days and"


def extract_line(tmp: Path) -> list[str]:
    text = tmp / "line.txt"
    text.write_text(" ".join([_RUN_ON] * 1000) + "\n", encoding="utf-8")
    return ["extract", str(text)]


def extract_wrapped(tmp: Path) -> list[str]:
    text = tmp / "wrapped.txt"
    text.write_text("\n".join([_RUN_ON] * 1000) + "\n", encoding="utf-8")
    return ["extract", str(text)]


def extract_rows(tmp: Path) -> list[str]:
    text = tmp / "rows.txt"
    text.write_text("\n".join(f"P{i % 4}  {i % 8} hours  on call" for i in range(4000)) + "\n", encoding="utf-8")
    return ["extract", str(text)]


def extract_prices(tmp: Path) -> list[str]:
    text = tmp / "prices.txt"
    text.write_text("".join(f"Service {i}: $ {i} per month, {i} USD per hour\n" for i in range(5000)), encoding="utf-8")
    return ["extract", str(text)]


def extract_tags(tmp: Path) -> list[str]:
    text = tmp / "tags.md"
    text.write_text("{%" * 10000 + "\n" + "{{" * 10000 + "\n" + "](" * 10000 + "\n", encoding="utf-8")
    return ["extract", str(text)]


CASES = {
    "extract-line": extract_line,
    "extract-tags": extract_tags,
    "extract-prices": extract_prices,
    "extract-rows": extract_rows,
    "extract-wrapped": extract_wrapped,
    "lint-line": lint_line,
    "pdf-word": pdf_word,
    "dev-zero": dev_zero,
    "nested-loops": nested_loops,
}


def main() -> None:
    chosen = sys.argv[1:] or list(CASES)
    with tempfile.TemporaryDirectory() as folder:
        for name in chosen:
            seconds, code, size = _run(CASES[name](Path(folder)))
            print(f"{name:>15}: {seconds:6.2f} s, exit {code}, {size:,} bytes of output")


if __name__ == "__main__":
    main()
