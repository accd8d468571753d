"""Development documents whose keys hold level times but whose extraction holds none: the documents no level
reader understood at all (a layout nobody wrote a reader for), as opposed to levels partly read.

    .venv/bin/python bench/levels_unread.py [--batch 35-48] [--dump FILE]

Check batches (31–34) are never listed. ``--dump`` also writes every development document's extracted terms to FILE
(JSON), so a later run can compare without extracting again.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from termsmith.extract.api import extract_file
from termsmith.extract.score import level_times, score

sys.path.insert(0, str(Path(__file__).parent))
from eval_extract import CORPUS, batch_of
from eval_extract_split import batches

CHECK = batches("31-34")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", default=None, help="only these batches, e.g. 35-48")
    parser.add_argument("--dump", type=Path, default=None, help="write every development document's terms here")
    args = parser.parse_args()
    only = batches(args.batch) if args.batch else None
    keys = json.loads((CORPUS / "keys.json").read_text(encoding="utf-8"))["documents"]
    dumped: dict[str, object] = {}
    for name, key in keys.items():
        batch = batch_of(key.get("history", ""))
        if key["split"] != "tune" or batch in CHECK or (only is not None and batch not in only):
            continue
        want = level_times(key["terms"])
        if not want and args.dump is None:
            continue
        _, extraction = extract_file(CORPUS / "docs" / name)
        dumped[name] = extraction.terms
        if want and not level_times(extraction.terms):
            s = score(extraction.terms, key["terms"])
            n = sum(len(w) for w in want)
            print(f"batch {batch}\t{name}\t{len(want)} levels, {n} times\t(doc tp/fp/fn {s.tp}/{s.fp}/{s.fn})")
    if args.dump is not None:
        args.dump.write_text(json.dumps(dumped, ensure_ascii=False, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
