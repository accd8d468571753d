"""Pointers for terms stated but not read, scored on the real-contract corpus (issue 12: "not stated" must mean the
document is silent).

For every (document, essential path) — termsmith.extract.result.ESSENTIAL — where the extraction reads no value
(``Extraction.stated`` is false), the key is asked the same question (``Extraction.stated`` on the key's terms):

- (b)  right pointer: the key states a value and the path gets a pointer (``Extraction.unread``);
- (b') false "not stated": the key states a value and the path gets no pointer;
- (c)  false pointer: the key states nothing and the path gets a pointer anyway;
- (d)  right "not stated": neither (printed for completeness).

    .venv/bin/python bench/eval_unread.py --except-batches 31-34     # development, per path and in total
    .venv/bin/python bench/eval_unread.py --batches 31-34            # the check pool: figures only
    .venv/bin/python bench/eval_unread.py --batch 38 -v              # one development batch, every pair listed

``--batch N`` / ``--batches A-B`` keep the documents of those collection batches (a key's ``history`` names its
batch; batches 1 and 2 name none), ``--except-batches A-B`` leaves them out. ``-v`` lists the (b'), (c) pairs
per document — refused when the selection holds a check batch (31–34): those give figures only, never a document.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from termsmith.extract.api import extract_file
from termsmith.extract.result import ESSENTIAL, Extraction

sys.path.insert(0, str(Path(__file__).parent))
from eval_extract import CORPUS, batch_of
from eval_extract_split import batches

CHECK_POOL = batches("31-34")
KINDS = ("b", "b'", "c", "d")
LABELS = {"b": "(b)", "b'": "(b′)", "c": "(c)", "d": "(d)"}


def pairs(extraction: Extraction, key_terms: dict[str, object]) -> dict[str, str]:
    """Per essential path the extraction reads no value for: which of (b), (b'), (c), (d) it is."""
    key = Extraction(extraction.file, extraction.format, extraction.language, terms=dict(key_terms))
    out = {}
    for path in ESSENTIAL:
        if extraction.stated(path):
            continue
        pointed, keyed = path in extraction.unread, key.stated(path)
        out[path] = ("b" if pointed else "b'") if keyed else ("c" if pointed else "d")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", type=int, default=None, help="only this collection batch")
    parser.add_argument("--batches", default=None, help="only these batches, e.g. 31-34")
    parser.add_argument("--except-batches", default=None, help="leave these batches out, e.g. 31-34")
    parser.add_argument("--verbose", "-v", action="store_true", help="list (b') and (c) pairs (development only)")
    args = parser.parse_args()
    keep = {args.batch} if args.batch is not None else batches(args.batches) if args.batches else None
    leave = batches(args.except_batches) if args.except_batches else set()
    keys = json.loads((CORPUS / "keys.json").read_text(encoding="utf-8"))["documents"]
    chosen = {
        name: key
        for name, key in keys.items()
        if (keep is None or batch_of(key.get("history", "")) in keep) and batch_of(key.get("history", "")) not in leave
    }
    if args.verbose and any(batch_of(k.get("history", "")) in CHECK_POOL for k in chosen.values()):
        sys.exit(
            "eval_unread: -v lists documents; the check batches 31-34 give figures only (add --except-batches 31-34)"
        )
    counts = {path: dict.fromkeys(KINDS, 0) for path in ESSENTIAL}
    for name, key in chosen.items():
        _, extraction = extract_file(CORPUS / "docs" / name)
        for path, kind in pairs(extraction, key["terms"]).items():
            counts[path][kind] += 1
            if args.verbose and kind in ("b'", "c"):
                where = "; ".join(ev.location.label() for ev in extraction.unread.get(path, []))
                print(f"{name:<12} {kind:<3} {path}  {where}")
    print(f"{len(chosen)} documents")
    print(f"{'path':<42}" + "".join(f"{LABELS[k]:>6}" for k in KINDS))
    total = dict.fromkeys(KINDS, 0)
    for path in ESSENTIAL:
        print(f"{path:<42}" + "".join(f"{counts[path][k]:>6}" for k in KINDS))
        for kind in KINDS:
            total[kind] += counts[path][kind]
    print(f"{'total':<42}" + "".join(f"{total[k]:>6}" for k in KINDS))


if __name__ == "__main__":
    main()
