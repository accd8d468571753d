"""How well the list of figures termsmith did not read (``termsmith.extract.unread``) covers what extraction misses,
and how short it stays, on the real-contract corpus (bench/corpus/extract/, keys.json).

    .venv/bin/python bench/eval_unread_figures.py --except-batches 31-34        # development
    .venv/bin/python bench/eval_unread_figures.py --batches 31-34               # the check pool: figures only
    .venv/bin/python bench/eval_unread_figures.py --except-batches 31-34 -v     # + per development document

Only ``tune`` keys are read (a held-out key is scored once by the lead). Per document: extract, score against the
key (``termsmith.extract.score``, levels paired) and read the key's missed facts that carry a figure: a level's
response or resolution time, a fee, the free maintenance length, the term's length, a liability cap (a share or an
amount).

1. **Coverage**: of those missed facts, the share whose figure stands in a listed place — the fact's value (4 hours,
   6000 CNY, 12 months, 100%) equals one of the figures the place holds, read with the project's parsers
   (``termsmith.extract.unread.figures``; a duration by its length, its clock aside: the key's 4 business hours is
   the place's 4个工作小时 or "4 hours").
2. **Noise**: listed places per document, and the share of listed places that hold no figure of any key fact (read
   or missed) — a place the user checks by hand for nothing the key knows.

``--batches N --held-out`` scores a held-out batch instead (figures only), for its one run.
``--batches`` prints figures only, never a document's name or fact (the check pool is not read, not tuned on).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from termsmith.extract.api import extract_file
from termsmith.extract.normalize import normalise
from termsmith.extract.score import facts, score
from termsmith.extract.unread import _duration_key, _money_key, figures
from termsmith.extract.values import local_currency
from termsmith.spec.types import Duration, Money

sys.path.insert(0, str(Path(__file__).parent))
from eval_extract import CORPUS, batch_of
from eval_extract_split import batches

FIGURE_FACTS = (
    "response",
    "resolution",
    "fee",
    "free_maintenance.length",
    "term.length",
    "liability.cap",
    "liability.cap_amount",
)


def fact_key(fact: tuple[str, ...]) -> Any:
    """A key fact's figure as ``unread`` keys a place's figures (None: the fact carries no figure)."""
    kind, value = fact[0], fact[1]
    if kind not in FIGURE_FACTS:
        return None
    try:
        if kind in ("fee", "liability.cap_amount"):
            return _money_key(Money.parse(value))
        if kind == "liability.cap":
            return Decimal(value.removesuffix("%")).normalize()
        return _duration_key(Duration.parse(value))
    except (ValueError, ArithmeticError):
        return None


def place_keys(place: Any, currency: str) -> set[Any]:
    """The figures a listed place's quote holds, read again from the quote with the project's parsers."""
    return {key for _, _, key, _ in figures(normalise(place.quote), currency)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    pool = parser.add_mutually_exclusive_group(required=True)
    pool.add_argument("--batches", help="the check pool, e.g. 31-34: figures only")
    pool.add_argument("--except-batches", help="development: every batch but these (and batches 1-2)")
    parser.add_argument("--verbose", "-v", action="store_true", help="per development document: misses and places")
    parser.add_argument(
        "--held-out", action="store_true", help="score the held-out keys of --batches instead (the lead's one run)"
    )
    args = parser.parse_args()
    split = "held-out" if args.held_out else "tune"
    check = args.batches is not None
    chosen = batches(args.batches or args.except_batches)
    keys = json.loads((CORPUS / "keys.json").read_text(encoding="utf-8"))["documents"]
    docs = missed = covered = places = empty = 0
    by_kind: dict[str, list[int]] = {}
    for name, key in keys.items():
        if key["split"] != split or (batch_of(key.get("history", "")) in chosen) != check:
            continue
        doc, extraction = extract_file(CORPUS / "docs" / name)
        result = score(extraction.terms, key["terms"])
        currency = local_currency(extraction.language, doc.text)
        listed = [place_keys(p, currency) for p in extraction.unread_figures]
        wanted = {k for f in facts(key["terms"]) if (k := fact_key(f)) is not None}
        docs += 1
        places += len(listed)
        empty += sum(1 for keys_of in listed if not keys_of & wanted)
        lines = []
        for fact in result.missed:
            k = fact_key(fact)
            if k is None:
                continue
            hit = any(k in keys_of for keys_of in listed)
            missed += 1
            covered += hit
            tally = by_kind.setdefault(fact[0], [0, 0])
            tally[0] += 1
            tally[1] += hit
            lines.append(f"    {'covered' if hit else 'MISSED '} {fact}")
        if args.verbose and not check:
            print(f"{name}: {len(listed)} places")
            print(*lines, sep="\n") if lines else None
            for p in extraction.unread_figures:
                print(f"    ¶{p.location.paragraph} {'/'.join(p.kinds)}: {p.quote[:100]}")
    pool_name = f"check pool {args.batches}" if check else f"development (all but {args.except_batches})"
    print(f"{pool_name}: {docs} documents")
    share = covered / missed if missed else 1.0
    print(f"coverage: {covered}/{missed} missed figure facts stand in a listed place ({share:.1%})")
    for kind, (n, hit) in sorted(by_kind.items()):
        print(f"    {kind:<24} {hit}/{n}")
    per_doc = places / docs if docs else 0.0
    noise = empty / places if places else 0.0
    print(f"noise: {places} places listed, {per_doc:.2f} per document; {empty} ({noise:.1%}) hold no key fact's figure")


if __name__ == "__main__":
    main()
