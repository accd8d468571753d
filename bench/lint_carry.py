"""Does a tuning procedure carry to batches it did not read? Learn on the earlier batches, score on the later ones.

    .venv/bin/python bench/lint_carry.py                          # both procedures, the default thresholds
    .venv/bin/python bench/lint_carry.py --precision 0.9 --docs 3 # the label-word lexicon, stricter
    .venv/bin/python bench/lint_carry.py --learn tune held-out --test held-out-3 held-out-4

Every lint round so far raised the figures of the batches it read and left the never-seen batch scored after it
where it was. Before a procedure is tried on a batch nobody tuned on, this asks whether it carries from earlier
development batches to later ones (defaults: learn on tune, held-out, held-out-3 … 15 and tune-5 … 8; test on
held-out-16 … 19, all development data of session 13). Two procedures, each learned on ``--learn`` only:

- ``label words``: the words the labeller wrote after ``V`` (``V term,… | sentence``), found verbatim in their
  sentence, kept when they stand in vague sentences of at least ``--docs`` documents and at least ``--precision``
  of the learning sentences that hold them are vague; a test sentence the lint leaves alone that holds one is flagged;
- ``calibration``: a warned term that was the only warned term of at least ``--min-alarms`` false alarms and of no
  caught vague sentence is silenced; a test sentence whose warned terms are all silenced is no longer flagged.

Per language: how many vague test sentences each procedure adds or loses, and how many false alarms it adds or
removes, beside the test batches' counts. A procedure carries when it gains on one side without paying on the other.
Each sentence is linted alone, as ``bench/eval_lint_realtext.py`` does.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import use_checkout  # noqa: E402  # the checkout's src after PYTHONPATH

use_checkout(ROOT / "src", ROOT / "tests" / "lint")

from realtext_corpus import LANGS, SPLITS, Sentence, load, termsmith_linter  # noqa: E402  # a bench runs from a checkout

LEARN = ("tune", "held-out", *(f"held-out-{n}" for n in range(3, 16)), "tune-5", "tune-6", "tune-7", "tune-8")
TEST = tuple(f"held-out-{n}" for n in range(16, 20))
Linted = list[tuple[Sentence, frozenset[str]]]  # each sentence with the descriptions of its warning-level findings


@dataclass
class Carry:
    """What a procedure does to the test sentences of one language."""

    vague: int = 0
    clean: int = 0
    caught: int = 0  # vague sentences newly flagged
    lost: int = 0  # vague sentences no longer flagged
    added: int = 0  # clean sentences newly flagged
    removed: int = 0  # false alarms no longer flagged


def _fold(text: str, lang: str) -> str:
    return text.lower() if lang == "en" else text


def label_words(learn: Linted, lang: str, precision: float, docs: int) -> frozenset[str]:
    """The labeller's words of ``lang`` (Chinese two characters or more, English four) that stand in vague sentences
    of at least ``docs`` documents and in no more than 1 - ``precision`` clean sentences of all that hold them."""
    rows = [s for s, _ in learn if s.lang == lang]
    shortest = 4 if lang == "en" else 2
    words = {
        _fold(t.strip(), lang)
        for s in rows
        if s.vague
        for t in s.terms
        if len(t.strip()) >= shortest and "…" not in t and _fold(t.strip(), lang) in _fold(s.text, lang)
    }
    kept = set()
    for word in words:
        holding = [s for s in rows if word in _fold(s.text, lang)]
        vague = [s for s in holding if s.vague]
        if len({s.doc for s in vague}) >= docs and len(vague) >= precision * len(holding):
            kept.add(word)
    return frozenset(kept)


def silenced_terms(learn: Linted, lang: str, min_alarms: int) -> frozenset[str]:
    """Warned terms that alone made at least ``min_alarms`` false alarms and alone caught no vague sentence."""
    alone_alarms: Counter[str] = Counter()
    alone_catches: Counter[str] = Counter()
    for s, found in learn:
        if s.lang == lang and len(found) == 1:
            (alone_catches if s.vague else alone_alarms)[next(iter(found))] += 1
    return frozenset(t for t, n in alone_alarms.items() if n >= min_alarms and not alone_catches[t])


def carry(test: Linted, lang: str, flags: Callable[[Sentence, frozenset[str]], bool]) -> Carry:
    """Tally what ``flags`` (a sentence and its findings → flagged after the procedure) changes against the lint."""
    out = Carry()
    for s, found in test:
        if s.lang != lang:
            continue
        before, after = bool(found), flags(s, found)
        if s.vague:
            out.vague += 1
            out.caught += after and not before
            out.lost += before and not after
        else:
            out.clean += 1
            out.added += after and not before
            out.removed += before and not after
    return out


def lint_all(sentences: Iterable[Sentence], lint: Callable[[str], list[str]] = termsmith_linter) -> Linted:
    return [(s, frozenset(lint(s.text))) for s in sentences]


def report(name: str, lang: str, c: Carry) -> str:
    return (
        f"{name:12} {lang:8} vague {c.vague:4}: +{c.caught} caught, -{c.lost} lost | "
        f"clean {c.clean:4}: +{c.added} false alarms, -{c.removed} removed"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learn", nargs="+", choices=SPLITS, default=list(LEARN), metavar="SPLIT")
    parser.add_argument("--test", nargs="+", choices=SPLITS, default=list(TEST), metavar="SPLIT")
    parser.add_argument("--precision", type=float, default=0.75, help="label words: share of vague sentences")
    parser.add_argument("--docs", type=int, default=2, help="label words: documents with a vague sentence")
    parser.add_argument("--min-alarms", type=int, default=2, help="calibration: false alarms a term made alone")
    args = parser.parse_args(argv)
    if set(args.learn) & set(args.test):
        parser.error("a split cannot be learned on and tested on at once")
    learn = lint_all(s for split in args.learn for s in load(split))
    test = lint_all(s for split in args.test for s in load(split))
    print(f"learn: {' '.join(args.learn)} ({len(learn)} sentences); test: {' '.join(args.test)} ({len(test)})")
    for lang in LANGS:
        words = label_words(learn, lang, args.precision, args.docs)
        print(report(f"label words ({len(words)})", lang, carry(test, lang, _with_words(words, lang))))
    for lang in LANGS:
        quiet = silenced_terms(learn, lang, args.min_alarms)
        print(report(f"calibration ({len(quiet)})", lang, carry(test, lang, _without(quiet))))
    return 0


def _with_words(words: frozenset[str], lang: str) -> Callable[[Sentence, frozenset[str]], bool]:
    return lambda s, found: bool(found) or any(w in _fold(s.text, lang) for w in words)


def _without(quiet: frozenset[str]) -> Callable[[Sentence, frozenset[str]], bool]:
    return lambda s, found: bool(found - quiet)


if __name__ == "__main__":
    sys.exit(main())
