"""How far two labellers of the real-text corpus agree, and what that does to the lint's figures.

    .venv/bin/python bench/label_agreement.py                    # held-out-22, -21 (session 10), -74, -69 (session 34)
    .venv/bin/python bench/label_agreement.py --no-lint          # agreement only (fast)
    .venv/bin/python bench/label_agreement.py --disagreements    # … and every sentence they disagree on

The first labels are the corpus (``tests/lint/realtext/<split>/<lang>/<file>.txt``); the second were
written blind, from the label-stripped sentences and the labelling guide, into
``tests/lint/realtext/agreement/<split>/<lang>/<file>.txt`` (same files, same sentences, same order).
Per split and language: VV, VC (first V, second C), CV, CC, percent agreement and Cohen's kappa; then
the lint's warning-level recall and false-alarm rate measured against the first labels, the second
labels and the sentences both agree on (each sentence linted alone, as ``bench/eval_lint_realtext.py``
does). ``agreement/disagreements.tsv`` classifies every disagreement by hand (a: guide silent or
ambiguous, b: first label a slip, c: second label a slip, d: context-dependent); the classes are
tallied per language and a disagreement left unclassified (or a stale entry) is reported.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import use_checkout  # noqa: E402  # the checkout's src after PYTHONPATH

use_checkout(ROOT / "src", ROOT / "tests" / "lint")

from realtext_corpus import (  # noqa: E402  # after the sys.path line above: a bench runs from a checkout
    LANGS,
    ROOT as CORPUS,
    Score,
    Sentence,
    _parse,
    load,
    score,
    termsmith_linter,
)

AGREEMENT = CORPUS / "agreement"
CLASSES_FILE = AGREEMENT / "disagreements.tsv"
SPLITS = ("held-out-22", "held-out-21", "held-out-74", "held-out-69")
CLASSES = {
    "a": "guide silent or ambiguous",
    "b": "first label a slip",
    "c": "second label a slip",
    "d": "context-dependent",
}


@dataclass(frozen=True)
class Pair:
    first: Sentence
    second: Sentence

    @property
    def key(self) -> str:
        return f"{self.first.doc}:{self.first.line}"

    @property
    def cell(self) -> str:
        return ("V" if self.first.vague else "C") + ("V" if self.second.vague else "C")


@dataclass
class Agreement:
    vv: int = 0
    vc: int = 0
    cv: int = 0
    cc: int = 0

    def add(self, cell: str) -> None:
        setattr(self, cell.lower(), getattr(self, cell.lower()) + 1)

    @property
    def n(self) -> int:
        return self.vv + self.vc + self.cv + self.cc

    @property
    def observed(self) -> float:
        return (self.vv + self.cc) / self.n if self.n else 1.0

    @property
    def kappa(self) -> float:
        """Cohen's kappa: agreement beyond what two labellers with these V rates reach by chance."""
        if not self.n:
            return 1.0
        first_v, second_v = (self.vv + self.vc) / self.n, (self.vv + self.cv) / self.n
        chance = first_v * second_v + (1 - first_v) * (1 - second_v)
        return (self.observed - chance) / (1 - chance) if chance < 1 else 1.0


def pairs(split: str) -> list[Pair]:
    """The split's sentences with both labels; the second file must hold the same sentences in order."""
    first = load(split)
    by_doc: dict[str, list[Sentence]] = {}
    for s in first:
        by_doc.setdefault(s.doc, []).append(s)
    out: list[Pair] = []
    for doc, sentences in by_doc.items():
        path = AGREEMENT / doc
        if not path.exists():
            raise SystemExit(f"{path}: missing (the second labels of {doc})")
        second = _parse(path, sentences[0].lang, doc)
        if [s.text for s in second] != [s.text for s in sentences]:
            raise SystemExit(f"{path}: its sentences differ from {CORPUS / doc}")
        out += [Pair(a, b) for a, b in zip(sentences, second, strict=True)]
    extra = {str(p.relative_to(AGREEMENT)) for p in (AGREEMENT / split).rglob("*.txt")} - set(by_doc)
    if extra:
        raise SystemExit(f"{AGREEMENT}: files with no first labels: {', '.join(sorted(extra))}")
    return out


def agreement(listed: Iterable[Pair]) -> dict[str, Agreement]:
    table = {lang: Agreement() for lang in (*LANGS, "all")}
    for p in listed:
        table[p.first.lang].add(p.cell)
        table["all"].add(p.cell)
    return table


def cached(lint: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
    """Each sentence is linted once, however many label sets it is scored against."""
    seen: dict[str, list[str]] = {}

    def run(text: str) -> list[str]:
        if text not in seen:
            seen[text] = lint(text)
        return seen[text]

    return run


def lint_scores(listed: list[Pair], lint: Callable[[str], list[str]]) -> dict[str, dict[str, Score]]:
    """The lint's scores against the first labels, the second, and the sentences both agree on."""
    return {
        "first": score([p.first for p in listed], lint),
        "second": score([p.second for p in listed], lint),
        "agreed": score([p.first for p in listed if p.first.vague == p.second.vague], lint),
    }


def read_classes(path: Path = CLASSES_FILE) -> dict[str, tuple[str, str]]:
    """``<split>/<lang>/<file>:<line>`` → (class, note), from the hand classification."""
    out: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return out
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, _, rest = line.partition("\t")
        cls, _, note = rest.partition("\t")
        if cls not in CLASSES or key in out:
            raise SystemExit(f"{path}:{number}: expected '<doc>:<line>\\t<a|b|c|d>\\t<note>', once per sentence")
        out[key] = (cls, note)
    return out


def class_counts(listed: list[Pair], classes: dict[str, tuple[str, str]]) -> tuple[dict[str, Counter], list[str]]:
    """Per language, how many disagreements fall in each class; and the disagreements not classified."""
    counts = {lang: Counter() for lang in (*LANGS, "all")}
    unclassified = []
    for p in listed:
        if p.first.vague == p.second.vague:
            continue
        cls = classes.get(p.key, ("?", ""))[0]
        if cls == "?":
            unclassified.append(p.key)
        counts[p.first.lang][cls] += 1
        counts["all"][cls] += 1
    return counts, unclassified


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _pct(x: float) -> str:
    return f"{x:6.1%}"


def report(split: str, listed: list[Pair], lint: Callable[[str], list[str]] | None, out=print) -> None:
    out(f"\n{split} ({len(listed)} sentences, {len({p.first.doc for p in listed})} documents)")
    out("first label, second label: VC = first V, second C; each labeller scored as the lint is, against the other")
    out(
        f"{'lang':8} {'n':>4} {'VV':>4} {'VC':>4} {'CV':>4} {'CC':>4} {'agree':>6} {'kappa':>6}"
        f" {'2nd vs 1st: recall':>18} {'FA':>6} {'1st vs 2nd: recall':>18} {'FA':>6}"
    )
    for lang, a in agreement(listed).items():
        out(
            f"{lang:8} {a.n:4} {a.vv:4} {a.vc:4} {a.cv:4} {a.cc:4} {_pct(a.observed)} {a.kappa:6.2f}"
            f" {_pct(_ratio(a.vv, a.vv + a.vc)):>18} {_pct(_ratio(a.cv, a.cv + a.cc))}"
            f" {_pct(_ratio(a.vv, a.vv + a.cv)):>18} {_pct(_ratio(a.vc, a.vc + a.cc))}"
        )
    if lint is None:
        return
    out("lint (warning/error findings, sentence by sentence): recall on V / false alarms on C")
    out(f"{'lang':8} {'vs first':>22} {'vs second':>22} {'both agree':>22}")
    scores = lint_scores(listed, lint)
    for lang in LANGS:
        cells = [scores[k][lang] for k in ("first", "second", "agreed")]
        out(f"{lang:8} " + " ".join(f"{_pct(s.recall)} {s.vague:3}V {_pct(s.fp_rate)} {s.clean:3}C" for s in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", choices=(*SPLITS, "both", "all"), default="all", help="one split, or all (both: the same)"
    )
    parser.add_argument("--no-lint", action="store_true", help="agreement figures only")
    parser.add_argument("--disagreements", action="store_true", help="print every disagreement with its class")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split in ("both", "all") else (args.split,)
    lint = None if args.no_lint else cached(termsmith_linter)
    classes = read_classes()
    everything: list[Pair] = []
    for split in splits:
        listed = pairs(split)
        everything += listed
        report(split, listed, lint)
    if len(splits) > 1:
        report("all splits", everything, lint)
    counts, unclassified = class_counts(everything, classes)
    print("\ndisagreements by class (a guide silent/ambiguous, b first slip, c second slip, d context)")
    for lang, c in counts.items():
        print(f"{lang:8} " + " ".join(f"{k}:{c[k]:3}" for k in (*CLASSES, "?")))
    keys = {p.key for p in everything}
    stale = sorted(k for k in classes if k.split("/", 1)[0] in splits and k not in keys)
    if args.disagreements:
        for p in everything:
            if p.first.vague != p.second.vague:
                cls, note = classes.get(p.key, ("?", ""))
                got = "lint:yes" if lint and lint(p.first.text) else ("lint:no" if lint else "")
                print(
                    f"{p.cell} {cls} {p.key} [{','.join(p.first.terms)}|{','.join(p.second.terms)}] {got} {p.first.text}"
                )
                if note:
                    print(f"      {note}")
    if unclassified or stale:
        print(f"unclassified: {', '.join(unclassified) or 0}; stale classifications: {', '.join(stale) or 0}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
