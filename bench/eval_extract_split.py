"""A development / check split of the real-contract corpus, kept honest by the script: the check batches give
figures only, never a fact.

    .venv/bin/python bench/eval_extract_split.py --check 27-32          # dev and check figures
    .venv/bin/python bench/eval_extract_split.py --check 27-32 -v       # + every dev miss and wrong fact

A builder reads the development documents (every batch outside ``--check``, and batches 1–2, which name none)
freely and tries a change; the check batches then say whether it carries to documents the builder did not read.
Per check batch the script prints tp/fp/fn and F1 and the pooled figure; with ``-v`` it lists the missed and wrong
facts of development documents only. Check documents are named nowhere in the output (a per-document line would
tell which of them a change touched).

Figures are those of `bench/eval_extract.py` (`termsmith.extract.score`, levels paired).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from termsmith.extract.api import extract_file
from termsmith.extract.score import Score, score

sys.path.insert(0, str(Path(__file__).parent))
from eval_extract import CORPUS, batch_of


def batches(spec: str) -> set[int]:
    """ "27-32" or "27,29,30-31" → the batch numbers."""
    out: set[int] = set()
    for part in spec.split(","):
        low, _, high = part.strip().partition("-")
        out.update(range(int(low), int(high or low) + 1))
    return out


def _f1(s: Score) -> str:
    return f"tp {s.tp:>4} fp {s.fp:>4} fn {s.fn:>4}  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.4f}"


def report(
    keys: dict[str, dict[str, Any]],
    check: set[int],
    terms_of: Callable[[str], dict[str, Any]],
    verbose: bool = False,
) -> Iterable[str]:
    """The report's lines: development facts (with ``verbose``) and figures, then figures per check batch."""
    dev = Score()
    per_batch: dict[int, Score] = {}
    for name, key in keys.items():
        if key["split"] != "tune":
            continue  # a held-out key is scored once by the lead, never here
        batch = batch_of(key.get("history", ""))
        result = score(terms_of(name), key["terms"])
        if batch in check:
            per_batch.setdefault(batch, Score()).add(result)
            continue
        dev.add(result)
        if verbose and (result.missed or result.wrong):
            yield f"{name} (batch {batch if batch is not None else '1-2'})"
            yield from (f"    missed: {fact}" for fact in result.missed)
            yield from (f"    wrong:  {fact}" for fact in result.wrong)
    yield f"development  {_f1(dev)}"
    pooled = Score()
    for batch in sorted(per_batch):
        pooled.add(per_batch[batch])
        yield f"check {batch:<6} {_f1(per_batch[batch])}"
    yield f"check pooled {_f1(pooled)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", required=True, help="the check batches, e.g. 27-32")
    parser.add_argument("--verbose", "-v", action="store_true", help="list development misses and wrong facts")
    args = parser.parse_args()
    keys = json.loads((CORPUS / "keys.json").read_text(encoding="utf-8"))["documents"]
    for line in report(
        keys, batches(args.check), lambda name: extract_file(CORPUS / "docs" / name)[1].terms, args.verbose
    ):
        print(line)


if __name__ == "__main__":
    main()
