"""Lint quality on real text: the hand-labelled corpus in tests/lint/realtext/.

    .venv/bin/python bench/eval_lint_realtext.py                      # tuning set
    .venv/bin/python bench/eval_lint_realtext.py --misses             # … with every miss and false alarm
    .venv/bin/python bench/eval_lint_realtext.py --split held-out-8   # the newest held-out batch (figures only)
    .venv/bin/python bench/eval_lint_realtext.py --split held-out-6 --lang zh-Hant --misses  # its Chinese half, tuned on
    .venv/bin/python bench/eval_lint_realtext.py --split held-out-5   # the fifth batch (its Chinese half since tuned on)
    .venv/bin/python bench/eval_lint_realtext.py --split held-out-4   # the fourth batch (its Chinese half since tuned on)
    .venv/bin/python bench/eval_lint_realtext.py --split held-out-3   # the third batch, since tuned on
    .venv/bin/python bench/eval_lint_realtext.py --split tune-5       # a fifth batch (Chinese), tuning only
    .venv/bin/python bench/eval_lint_realtext.py --split tune-6       # a sixth batch (Chinese), tuning only
    .venv/bin/python bench/eval_lint_realtext.py --split tune-7       # a seventh batch (Chinese), tuning only
    .venv/bin/python bench/eval_lint_realtext.py --split tune-8       # an eighth batch (Chinese), tuning only
    .venv/bin/python bench/eval_lint_realtext.py --split held-out     # the second batch, since tuned on
    .venv/bin/python bench/eval_lint_realtext.py --split held-out-v1  # the first held-out third, since tuned on
    .venv/bin/python bench/eval_lint_realtext.py --split all
    .venv/bin/python bench/eval_lint_realtext.py --pool held-out-16 held-out-17 held-out-18  # several splits as one
    .venv/bin/python bench/eval_lint_realtext.py --documents          # lint each document whole

Per language (zh-Hans, zh-Hant, en): warning-level recall on vague sentences, the
false-positive rate on clean sentences (a clean sentence with any warning- or
error-level finding), and, on professionally drafted SLAs and support policies,
the precision of the findings (a finding is right when its sentence is vague).
Info-level findings (a vague word bounded in its own clause) count as not
produced. ``--misses`` is refused on every held-out half still closed (``CLOSED`` in
``tests/lint/realtext_corpus.py``; empty while every batch in the folder has had its one run):
those are looked at once, as figures. ``--lang`` limits the report (and ``--misses``) to one language, so the
English half of held-out-7, tuning data since the fifth English round, can be read alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import code_under_test, use_checkout  # noqa: E402  # the checkout's src after PYTHONPATH

use_checkout(ROOT / "src", ROOT / "tests" / "lint")

from realtext_corpus import (  # noqa: E402  # after the sys.path line above: a bench runs from a checkout
    CLOSED,
    LANGS,
    SPLITS,
    load,
    score,
    score_documents,
    termsmith_document_linter,
    termsmith_linter,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="tune",
    )
    parser.add_argument(
        "--documents",
        action="store_true",
        help="lint each document whole (its sentences one per line), so rules reading the lines before a sentence count",
    )
    parser.add_argument("--misses", action="store_true", help="print every miss and false alarm (tuning split only)")
    parser.add_argument("--lang", choices=LANGS, help="report one language only")
    parser.add_argument(
        "--pool",
        nargs="+",
        choices=SPLITS,
        metavar="SPLIT",
        help="score several splits pooled as one (e.g. --pool held-out-16 … held-out-23); replaces --split",
    )
    args = parser.parse_args(argv)
    if args.pool:
        args.split = "+".join(args.pool)
    langs = (args.lang,) if args.lang else LANGS
    chosen = args.pool or [args.split]
    closed = [c for split, held in CLOSED.items() if split in chosen or "all" in chosen for c in held]
    if args.misses and any(lang in closed for lang in langs):
        open_langs = [lang for lang in LANGS if lang not in closed]
        parser.error(
            "--misses is for the tuning set only; the held-out documents are looked at once, as figures"
            + (f" (of {args.split}, only --lang {' / '.join(open_langs)} is tuning data)" if open_langs else "")
        )
    sentences = [s for split in chosen for s in load(None if split == "all" else split)]
    if args.documents:
        scores = score_documents(sentences, termsmith_document_linter)
    else:
        scores = score(sentences, termsmith_linter)
    mode = "whole documents" if args.documents else "sentence by sentence"
    print(f"split: {args.split} ({len(sentences)} sentences, {len({s.doc for s in sentences})} documents, {mode})")
    print(f"code: {code_under_test()}")
    print(f"{'lang':8} {'vague':>5} {'recall':>7} {'clean':>5} {'FP rate':>7} {'prof. findings':>14} {'precision':>9}")
    for lang in langs:
        s = scores[lang]
        prec = f"{s.precision:9.1%}" if s.findings else f"{'n/a':>9}"
        print(f"{lang:8} {s.vague:5} {s.recall:7.1%} {s.clean:5} {s.fp_rate:7.1%} {s.findings:14} {prec}")
    if args.misses:
        for lang in langs:
            for m in scores[lang].misses:
                print(f"MISS  {m.doc}:{m.line}  [{','.join(m.terms)}]  {m.text}")
            for a, got in scores[lang].alarms:
                print(f"FALSE {a.doc}:{a.line}  {got}  {a.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
