"""How far two careful keyers of the extract corpus agree: the ceiling on any extractor's F1.

    .venv/bin/python bench/key_agreement.py                 # batches 27 and 28, per document, field, language
    .venv/bin/python bench/key_agreement.py -v              # ... and every fact they disagree on
    .venv/bin/python bench/key_agreement.py --second OTHER.json [--first KEYS.json]

The first keys are the corpus (``bench/corpus/extract/keys.json``), restricted to the documents the
second file keys; the second keys were written blind, from the texts and the keying rules only, into
``bench/corpus/extract/agreement/keys_b27_28.json`` (the same ``{"documents": {id: {"language", "terms",
"note"}}}`` shape). The second keys are scored against the first exactly as ``bench/eval_extract.py``
scores the extractor (``termsmith.extract.score.score``, levels paired): tp, fp, fn, precision, recall
and F1 per document, per field, per language and pooled, with the pooled-levels F1 beside it. The
symmetric view scores the first keys against the second. An extractor scored against one keyer can
only be shown to reach what the other keyer reaches against it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import use_checkout  # noqa: E402  # the checkout's src after PYTHONPATH

use_checkout(ROOT / "src")

from termsmith.extract.score import Score, facts, score  # noqa: E402  # after the sys.path line: a bench runs from a checkout

CORPUS = ROOT / "bench" / "corpus" / "extract"
FIRST = CORPUS / "keys.json"
SECOND = CORPUS / "agreement" / "keys_b27_28.json"


@dataclass(frozen=True)
class Pair:
    """One document keyed twice."""

    doc: str
    language: str
    first: dict[str, Any]
    second: dict[str, Any]
    batch: str = "?"


@dataclass
class Report:
    """Scores of one key set (``got``) against another (``want``)."""

    documents: dict[str, Score] = field(default_factory=dict)
    languages: dict[str, Score] = field(default_factory=dict)
    batches: dict[str, Score] = field(default_factory=dict)
    fields: dict[str, Score] = field(default_factory=dict)
    pooled: Score = field(default_factory=Score)
    pooled_levels: Score = field(default_factory=Score)


def _documents(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{path}: cannot read the keys: {exc}") from None
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, dict):
        raise SystemExit(f"{path}: no 'documents' mapping")
    return documents


def load_pairs(first: Path = FIRST, second: Path = SECOND) -> list[Pair]:
    """The second file's documents with both keys; every one must be keyed in the first file too."""
    one, two = _documents(first), _documents(second)
    missing = sorted(set(two) - set(one))
    if missing:
        raise SystemExit(f"{second}: documents the first keys ({first}) do not hold: {', '.join(missing)}")
    return [
        Pair(doc, two[doc].get("language", "?"), one[doc]["terms"], two[doc]["terms"], _batch(one[doc])) for doc in two
    ]


def _batch(key: dict[str, Any]) -> str:
    """The collection batch the first key's history names ("batch 27 (session 11): …"), as eval_extract reads it."""
    m = re.search(r"\bbatch (\d+)\b", str(key.get("history", "")))
    return f"batch {m.group(1)}" if m else "?"


def field_scores(got: dict[str, Any], want: dict[str, Any], result: Score) -> dict[str, Score]:
    """``result`` (``score(got, want)``) split by field: a fact's field is its first element
    (party, response, fee, channel …); tp per field is the field's expected facts less those missed."""
    out: dict[str, Score] = {}
    for fact in facts(want):
        out.setdefault(fact[0], Score()).tp += 1
    for fact in result.missed:
        out[fact[0]].tp -= 1
        out[fact[0]].fn += 1
    for fact in result.wrong:
        out.setdefault(fact[0], Score()).fp += 1
    assert sum(s.tp for s in out.values()) == result.tp, (result, out)
    return out


def compare(pairs: Iterable[Pair], *, reverse: bool = False) -> Report:
    """The second keys against the first (the first against the second with ``reverse``)."""
    report = Report()
    for p in pairs:
        got, want = (p.first, p.second) if reverse else (p.second, p.first)
        result = score(got, want)
        report.documents[p.doc] = result
        report.languages.setdefault(p.language, Score()).add(_copy(result))
        report.batches.setdefault(p.batch, Score()).add(_copy(result))
        report.pooled.add(_copy(result))
        report.pooled_levels.add(score(got, want, pooled_levels=True))
        for name, part in field_scores(got, want, result).items():
            report.fields.setdefault(name, Score()).add(part)
    return report


def interval(documents: list[Score], *, rounds: int = 2000, seed: int = 0) -> tuple[float, float]:
    """A 95% percentile interval of the pooled F1, resampling whole documents with replacement
    (a fixed seed, so the figure is reproducible): how much the F1 owes to which documents were keyed."""
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        total = Score()
        for s in rng.choices(documents, k=len(documents)):
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        values.append(total.f1)
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def _copy(s: Score) -> Score:
    return Score(s.tp, s.fp, s.fn, list(s.missed), list(s.wrong))


def _row(label: str, s: Score, width: int = 28) -> str:
    return (
        f"{label:<{width}} {s.tp + s.fn:>5} {s.tp + s.fp:>6} {s.tp:>4} {s.fp:>4} {s.fn:>4}"
        f" {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
    )


def _header(label: str, width: int = 28) -> str:
    return f"{label:<{width}} {'want':>5} {'got':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"


def render(pairs: list[Pair], report: Report, *, verbose: bool = False, title: str = "") -> list[str]:
    lines = [title, "", _header("document"), *[_doc_lines(p, report.documents[p.doc], verbose) for p in pairs]]
    lines += ["", _header("language"), *[_row(lang, s) for lang, s in sorted(report.languages.items())]]
    lines += ["", _header("batch"), *[_row(batch, s) for batch, s in sorted(report.batches.items())]]
    lines += ["", _header("field"), *[_row(name, s) for name, s in sorted(report.fields.items())]]
    lines += ["", _header("pooled"), _row(f"all {len(pairs)} documents", report.pooled)]
    lines.append(f"{'(levels pooled, the older count)':<28} F1 {report.pooled_levels.f1:.3f}")
    low, high = interval(list(report.documents.values()))
    lines.append(f"{'(95% interval, by document)':<28} F1 {low:.3f} to {high:.3f}")
    return lines


def _doc_lines(p: Pair, s: Score, verbose: bool) -> str:
    out = _row(f"{p.doc} {p.language}", s)
    if verbose:
        out += "".join(f"\n    first only:  {fact}" for fact in s.missed)
        out += "".join(f"\n    second only: {fact}" for fact in s.wrong)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--first", type=Path, default=FIRST, help="the first keys (default: the corpus keys.json)")
    parser.add_argument("--second", type=Path, default=SECOND, help="the second, blind keys")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the facts each keyer alone states")
    args = parser.parse_args(argv)
    pairs = load_pairs(args.first, args.second)
    second = compare(pairs)
    first = compare(pairs, reverse=True)
    title = f"second keys ({args.second.name}) scored against the first (want: first, got: second)"
    lines = render(pairs, second, verbose=args.verbose, title=title)
    title = "symmetric view: first keys scored against the second (want: second, got: first)"
    lines += ["", *render(pairs, first, title=title)]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
