"""The read-back audit's cost next to assembling: every sample, every declared language.

    .venv/bin/python bench/bench_audit.py [--repeat 5]

Prints, per document, the time to assemble it and the time to audit its Document text
(median of --repeat runs); the audit should stay a small fraction of assembly.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from termsmith.assembly import assemble
    from termsmith.audit import allowed_names, audit_document
    from termsmith.validation import validate_path

    for sample in sorted((ROOT / "samples").glob("*.yaml")):
        document = validate_path(sample).document
        allowed = allowed_names(document.spec)
        for lang in document.spec.languages.output:
            doc = assemble(document, languages=(lang,))
            build = _median(lambda: assemble(document, languages=(lang,)), args.repeat)  # noqa: B023  # _median calls it within this iteration
            audit = _median(lambda: audit_document(doc, allowed), args.repeat)  # noqa: B023  # _median calls it within this iteration
            sys.stdout.write(
                f"{sample.name:45} {lang:8} assemble {build * 1000:7.1f} ms   audit {audit * 1000:6.1f} ms\n"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
