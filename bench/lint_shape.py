"""Do the labels support a shape? Tally the development sentences a pattern matches by label and by the lint's verdict.

    .venv/bin/python bench/lint_shape.py '[费費]' --without '\\d|免[费費]|附件'           # a fee with no amount
    .venv/bin/python bench/lint_shape.py '\\breimburs' --lang en --show missed quiet    # … and the sentences
    .venv/bin/python bench/lint_shape.py '共同确定|协商确定' --learn tune held-out-3 --test held-out-4

A rule read from a shape rather than from words (a charge with no price, a term left to later agreement) is worth
writing only when the sentences of that shape the lint leaves alone are mostly vague. For each language this prints,
on the learning batches and on the later test batches apart (defaults as ``bench/lint_carry.py``: all development data
of session 13, so that a shape found in the earlier batches can be seen to hold in the later ones):

- vague sentences of the shape the lint already flags (``caught``) and those it misses (``missed``);
- clean sentences of the shape it flags (``alarms``) and those it leaves alone (``quiet``).

A rule for the shape can gain at most ``missed`` and risks up to ``quiet``: when ``quiet`` is as large as ``missed``,
the labels do not support the shape as a rule, whatever its wording. ``--without`` drops sentences that also match a
second pattern (an amount, a reference to a price list). ``--show`` prints the sentences of the named cells. Only
development splits are accepted; the splits kept for checking are refused. Each sentence is linted alone, as
``bench/eval_lint_realtext.py`` does. English patterns match case-insensitively.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import use_checkout  # noqa: E402  # the checkout's src after PYTHONPATH

use_checkout(ROOT / "src", ROOT / "tests" / "lint", ROOT / "bench")

from lint_carry import LEARN, TEST, Linted, lint_all  # noqa: E402  # a bench runs from a checkout
from realtext_corpus import LANGS, Sentence, load  # noqa: E402

DEVELOPMENT = (*LEARN, *TEST)
CELLS = ("caught", "missed", "alarms", "quiet")


@dataclass
class Shape:
    """The sentences of one language that a shape matches, by label and verdict."""

    cells: dict[str, list[Sentence]] = field(default_factory=lambda: {cell: [] for cell in CELLS})

    def count(self, cell: str) -> int:
        return len(self.cells[cell])


def cell(sentence: Sentence, found: frozenset[str]) -> str:
    if sentence.vague:
        return "caught" if found else "missed"
    return "alarms" if found else "quiet"


def tally(rows: Linted, lang: str, pattern: str, without: str | None = None) -> Shape:
    """The sentences of ``lang`` in ``rows`` that match ``pattern`` and not ``without``, by cell."""
    flags = re.IGNORECASE if lang == "en" else 0
    shape, drop = re.compile(pattern, flags), re.compile(without, flags) if without else None
    out = Shape()
    for sentence, found in rows:
        if sentence.lang == lang and shape.search(sentence.text) and not (drop and drop.search(sentence.text)):
            out.cells[cell(sentence, found)].append(sentence)
    return out


def report(name: str, lang: str, shape: Shape) -> str:
    c = shape.count
    return (
        f"{lang:8} {name:5} vague {c('caught') + c('missed'):4} ({c('caught')} caught, {c('missed')} missed) | "
        f"clean {c('alarms') + c('quiet'):4} ({c('alarms')} alarms, {c('quiet')} quiet)"
    )


def shown(shape: Shape, cells: Iterable[str]) -> list[str]:
    return [f"  {name:6} {s.doc}:{s.line}  {s.text}" for name in cells for s in shape.cells[name]]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pattern", help="a regular expression over a sentence")
    parser.add_argument("--without", help="drop sentences that also match this expression")
    parser.add_argument("--lang", choices=LANGS, action="append", help="one language (repeatable); default all")
    parser.add_argument("--learn", nargs="+", choices=DEVELOPMENT, default=list(LEARN), metavar="SPLIT")
    parser.add_argument("--test", nargs="+", choices=DEVELOPMENT, default=list(TEST), metavar="SPLIT")
    parser.add_argument("--show", nargs="+", choices=CELLS, default=[], help="print the sentences of these cells")
    args = parser.parse_args(argv)
    for expression in (args.pattern, args.without):
        try:
            re.compile(expression or "")
        except re.error as exc:
            parser.error(f"not a regular expression: {expression!r}: {exc}")
    groups = {"learn": lint_all(s for split in args.learn for s in load(split))}
    groups["test"] = lint_all(s for split in args.test for s in load(split) if split not in args.learn)
    print(f"learn: {' '.join(args.learn)}; test: {' '.join(args.test)}; shape: {args.pattern}")
    for lang in args.lang or LANGS:
        for name, rows in groups.items():
            shape = tally(rows, lang, args.pattern, args.without)
            print(report(name, lang, shape))
            for line in shown(shape, args.show):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
