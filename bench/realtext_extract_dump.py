"""A keyless generality check for `termsmith extract`: extract every real text of the lint corpus
(tests/lint/realtext/**/*.txt) and write each one's terms as JSON into a folder, one file per text.
Run it on two commits (e.g. with `git archive <commit> src` and PYTHONPATH) and diff the folders:
every difference is a change the rules made on text nobody keyed, to be read by hand.

    .venv/bin/python bench/realtext_extract_dump.py /tmp/after
    diff -r /tmp/before /tmp/after
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from termsmith.extract.api import extract_file
from termsmith.extract.errors import ExtractError

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    corpus = ROOT / "tests" / "lint" / "realtext"
    for path in sorted(corpus.rglob("*.txt")):
        try:
            text = json.dumps(extract_file(path)[1].terms, ensure_ascii=False, indent=1, sort_keys=True)
        except ExtractError as exc:
            text = f"error: {exc}"
        (out / str(path.relative_to(corpus)).replace("/", "__")).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
