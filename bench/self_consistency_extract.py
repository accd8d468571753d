"""Self-consistency of `termsmith extract` as numbers: every sample rendered as DOCX and PDF in
every language it declares, extracted back and scored against the spec's own values
(the test, tests/extract/test_self_consistency.py, only asserts the floors).

    .venv/bin/python bench/self_consistency_extract.py [--verbose]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
from pathlib import Path

from termsmith.cli import main as termsmith
from termsmith.extract.api import extract_file
from termsmith.extract.score import Score, score
from termsmith.extract.spec_terms import spec_terms
from termsmith.validation import validate_path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and wrong facts per document")
    args = parser.parse_args()
    total, count = Score(), 0
    with tempfile.TemporaryDirectory() as tmp:
        for spec_file in sorted(SAMPLES.glob("*.yaml")):
            spec = validate_path(spec_file).document.spec
            for lang in spec.languages.output:
                folder = Path(tmp) / f"{spec_file.stem}-{lang}"
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    termsmith(["render", str(spec_file), "-o", str(folder), "--lang", lang, "--format", "docx,pdf"])
                for document in sorted(folder.iterdir()):
                    result = score(extract_file(document)[1].terms, spec_terms(spec, lang))
                    total.add(result)
                    count += 1
                    if args.verbose and (result.missed or result.wrong):
                        print(f"{document.name}: missed {result.missed} wrong {result.wrong}")
    print(
        f"{count} documents  tp={total.tp} fp={total.fp} fn={total.fn}  "
        f"recall {total.recall:.3f}  precision {total.precision:.3f}  F1 {total.f1:.3f}"
    )


if __name__ == "__main__":
    main()
