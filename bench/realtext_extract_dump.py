"""A keyless generality check for `termsmith extract`: extract every real text of the lint corpus
(tests/lint/realtext/**/*.txt) and write each one's terms as JSON into a folder, one file per text.
Run it on two commits (e.g. with `git archive <commit> src` and PYTHONPATH) and diff the folders:
every difference is a change the rules made on text nobody keyed, to be read by hand.

    .venv/bin/python bench/realtext_extract_dump.py /tmp/after
    diff -r /tmp/before /tmp/after

Each line of those files is a lint label, a bar and a sentence ("C | …", "V vague words | …"); the text
extracted is the sentences alone, one a line, with the comment lines dropped (read raw, every line would be
a two-column table row to the extractor's table finder). ``--raw`` extracts the files as they are, as this
script did before.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from termsmith.extract.api import extract_file
from termsmith.extract.errors import ExtractError

ROOT = Path(__file__).resolve().parent.parent


def sentences_only(text: str) -> str:
    """The sentences of a labelled real-text file, one a line: "C | text" and "V words | text" give "text"."""
    lines = (line.partition(" | ")[2] for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return "".join(line + "\n" for line in lines)


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--raw"]
    raw = "--raw" in sys.argv[1:]
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    corpus = ROOT / "tests" / "lint" / "realtext"
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(corpus.rglob("*.txt")):
            if "agreement" in path.relative_to(corpus).parts:  # second labels of texts already dumped
                continue
            source = path
            if not raw:
                source = Path(tmp) / path.name
                source.write_text(sentences_only(path.read_text(encoding="utf-8")), encoding="utf-8")
            try:
                text = json.dumps(extract_file(source)[1].terms, ensure_ascii=False, indent=1, sort_keys=True)
            except ExtractError as exc:
                text = f"error: {exc}"
            (out / str(path.relative_to(corpus)).replace("/", "__")).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
