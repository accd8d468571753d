"""Level times alone (response / resolution per level), scored per batch: the whole extractor's, or one reader's.

    .venv/bin/python bench/eval_levels.py --batch 22 --batch 23       # the extractor's level times
    .venv/bin/python bench/eval_levels.py --reader labels --batch 22  # only the label reader (bench/level_labels_reader.py)

The label reader alone shows whether one layout-independent reading carries from document to document: it is
scored on every document, also those the layout readers already read, with the same clocks (section, document,
service hours, heading lines, footnotes, support window) the extractor gives its levels. Times only: parties, fees and the rest are not scored here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eval_extract import CORPUS, batch_of
from level_labels_reader import label_levels

from termsmith.extract.api import extract_file, read_document
from termsmith.extract.rules.time_clock import DocumentClocks
from termsmith.extract.score import Score, _score_levels, level_times
from termsmith.extract.sentences import split
from termsmith.extract.values import compact


def _label_terms(path: Path) -> dict[str, Any]:
    sentences = split(read_document(path).paragraphs)
    levels = label_levels(sentences).values()
    clocks = DocumentClocks.read(sentences, (t[0].duration for lv in levels for t in lv.times.values()))
    out = []
    for lv in levels:
        item: dict[str, Any] = {"name": lv.name}
        for kind, (d, clock, s) in lv.times.items():
            said = clocks.clock_of(s, clock, d.duration, lv.key, lv.name)
            item[kind] = {"within": compact(d.duration), "clock": said and said[0]}
        out.append(item)
    return {"severity_levels": out}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", type=int, action="append", default=[], help="only this batch (repeatable)")
    parser.add_argument("--reader", choices=("all", "labels"), default="all")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    keys = json.loads((CORPUS / "keys.json").read_text(encoding="utf-8"))["documents"]
    per_batch: dict[int | None, Score] = {}
    for name, key in keys.items():
        batch = batch_of(key.get("history", ""))
        if key["split"] != "tune" or (args.batch and batch not in args.batch):
            continue
        path = CORPUS / "docs" / name
        terms = extract_file(path)[1].terms if args.reader == "all" else _label_terms(path)
        result = _score_levels(level_times(terms), level_times(key["terms"]))
        per_batch.setdefault(batch, Score()).add(result)
        if args.verbose and (result.missed or result.wrong):
            print(f"    {name}: tp={result.tp} missed {result.missed} wrong {result.wrong}")
    total = Score()
    for batch, s in sorted(per_batch.items(), key=lambda kv: kv[0] or 0):
        total.add(s)
        print(f"batch {batch}: tp {s.tp:4} fp {s.fp:4} fn {s.fn:4}  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
    print(
        f"all     : tp {total.tp:4} fp {total.fp:4} fn {total.fn:4}  P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}"
    )


if __name__ == "__main__":
    main()
