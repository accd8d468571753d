"""Field-level precision, recall and F1 of `termsmith extract` on the real-contract corpus.

The corpus (bench/corpus/extract/) holds public maintenance contracts and after-sales
terms in zh-Hans, zh-Hant and English with hand-made answer keys (keys.json), split into
'tune' (looked at while writing rules) and 'held-out' (evaluation only). A fact is one
value at one field (see termsmith.extract.score).

    .venv/bin/python bench/eval_extract.py [--verbose] [--split held-out] [--batch 6 | --except-batch 6]

``--batch N`` scores only the documents whose key's ``history`` says they came in batch N
(a batch that was held out once and is tune now keeps its own figure this way; batches 3 to 13 are
named so, batches 1 and 2 of session 1 are not);
``--except-batch N`` scores all the others.

Level times count on paired levels (termsmith.extract.score). The summary also gives the
older, lenient figure ("pooled": a time matched any level's), to compare with figures
published before the pairing (session 7).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from termsmith.extract.api import extract_file
from termsmith.extract.score import Score, score

CORPUS = Path(__file__).parent / "corpus" / "extract"


def batch_of(history: str) -> int | None:
    """The collection batch a key's history names: "batch 12 (session 10): …", and also the older wordings
    "held-out batch 3 (session 3): …" and "held-out in session 4 (batch 4, …" (batches 1 and 2 name none)."""
    m = re.search(r"\bbatch (\d+)\b", history)
    return int(m.group(1)) if m else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and wrong facts per document")
    parser.add_argument("--split", choices=("tune", "held-out"), default=None, help="only this split")
    parser.add_argument("--batch", type=int, default=None, help="only the documents of this collection batch")
    parser.add_argument("--except-batch", type=int, default=None, help="leave out the documents of this batch")
    args = parser.parse_args()
    keys = json.loads((CORPUS / "keys.json").read_text(encoding="utf-8"))["documents"]
    totals: dict[str, Score] = {}
    pooled: dict[str, Score] = {}
    counts: dict[str, int] = {}
    for name, key in keys.items():
        if args.split and key["split"] != args.split:
            continue
        batch = batch_of(key.get("history", ""))
        if args.batch is not None and batch != args.batch:
            continue
        if args.except_batch is not None and batch == args.except_batch:
            continue
        _, extraction = extract_file(CORPUS / "docs" / name)
        result = score(extraction.terms, key["terms"])
        totals.setdefault(key["split"], Score()).add(result)
        pooled.setdefault(key["split"], Score()).add(score(extraction.terms, key["terms"], pooled_levels=True))
        counts[key["split"]] = counts.get(key["split"], 0) + 1
        print(
            f"{name:<10} {key['split']:<9} {key['language']:<8} tp={result.tp:<3} fp={result.fp:<3} fn={result.fn:<3}"
            f" language read as {extraction.language}"
        )
        if args.verbose:
            for fact in result.missed:
                print(f"    missed: {fact}")
            for fact in result.wrong:
                print(f"    wrong:  {fact}")
    print()
    print(
        f"{'split':<10} {'docs':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>7} {'F1':>6}  pooled F1"
    )
    for split, s in sorted(totals.items(), reverse=True):
        docs, lenient = counts[split], pooled[split]
        print(
            f"{split:<10} {docs:>4} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>10.3f} {s.recall:>7.3f} {s.f1:>6.3f}"
            f"  {lenient.f1:>9.3f}"
        )


if __name__ == "__main__":
    main()
