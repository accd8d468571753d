"""Does a change to the lint code change any finding? Record every finding, compare later.

    .venv/bin/python bench/lint_equivalence.py --record /tmp/before.jsonl            # with this checkout's src
    .venv/bin/python bench/lint_equivalence.py --record /tmp/old.jsonl --src /tmp/old/src
    .venv/bin/python bench/lint_equivalence.py --check /tmp/before.jsonl             # after the change

For performance work on the language rules, where the output must stay the same to
the character. The texts linted (each with ``lint_text``):

- the benchmark corpus of ``bench/bench_lint.py`` (4 MB at 15 % vague sentences, and
  1 MB at 2 %);
- every sentence of every split of ``tests/lint/realtext`` on its own, and each
  document's sentences joined into one text (neighbouring sentences, line ends);
- every sentence of ``tests/lint/corpus/sentences.jsonl``;
- seeded shuffles of all those sentences joined by assorted separators (no space,
  a space, a line end), so that terms meet sentences and scripts they never meet in
  the corpora.

A finding is recorded as (text, line, col, end col, code, term, severity, message,
hint, extra). ``--check`` prints how many findings differ per text; it prints the
findings themselves only for texts outside the held-out splits (those are compared,
never looked at: see ``tests/lint/realtext_corpus.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
Row = list[object]
HELD_OUT = ("held-out",)  # every realtext folder whose name starts so is only compared, never printed


def _texts() -> Iterator[tuple[str, str]]:
    """(label, text) pairs, in a fixed order."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests" / "lint"))
    import bench_lint
    from realtext_corpus import load

    yield "bench-4mb-15", bench_lint.corpus(4.0)
    yield "bench-1mb-02", bench_lint.corpus(1.0, 0.02)
    realtext = load(None)
    docs: dict[str, list[str]] = {}
    for s in realtext:
        yield f"realtext:{s.doc}:{s.line}", s.text
        docs.setdefault(s.doc, []).append(s.text)
    for doc, sentences in docs.items():
        yield f"realtext-doc:{doc}", "\n".join(sentences)
    corpus = [
        json.loads(line)["text"]
        for line in (ROOT / "tests" / "lint" / "corpus" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for i, text in enumerate(corpus):
        yield f"corpus:{i}", text
    pool = [s.text for s in realtext] + corpus
    rng = random.Random(10)
    for i in range(8):
        rng.shuffle(pool)
        yield f"shuffle:{i}", "".join(t + rng.choice(("", " ", "\n", "  ")) for t in pool)


def _rows(lint_text: Callable[..., list[Any]]) -> Iterator[Row]:
    """Every finding as a list of its parts (the Diagnostic class may be the old code's)."""
    for label, text in _texts():
        for d in lint_text(text, label):
            yield [
                label,
                d.start.line,
                d.start.col,
                d.end.col,
                d.code,
                d.extra.get("term"),
                str(d.severity),
                d.message,
                d.hint,
                sorted(d.extra.items()),
            ]


def _record(src: Path) -> list[str]:
    sys.path.insert(0, str(src))
    import termsmith.lint

    if not Path(termsmith.lint.__file__ or "").resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"termsmith imported from {termsmith.lint.__file__}, not from {src}")
    return [json.dumps(row, ensure_ascii=False) for row in _rows(termsmith.lint.lint_text)]


def _readers() -> str:
    """Which readers ran: compiled by mypyc (termsmith.lint.compiled) or Python."""
    compiled = sys.modules.get("termsmith.lint.compiled")
    return "compiled" if compiled is not None and compiled.active() else "python"


def _label(line: str) -> str:
    return str(json.loads(line)[0])


def _compare(before: list[str], after: list[str]) -> int:
    """Print the differences (held-out texts as counts only); the number of differing findings."""
    gone, new = set(before) - set(after), set(after) - set(before)
    order_same = before == after
    if not gone and not new:
        if not order_same:
            print("same findings, different order")
            return 1
        return 0
    per_label: dict[str, int] = {}
    for line in sorted(gone | new):
        per_label[_label(line)] = per_label.get(_label(line), 0) + 1
    for label, count in sorted(per_label.items()):
        print(f"{label}: {count} finding(s) differ")
        if not label.startswith(tuple(f"realtext{k}:{h}" for k in ("", "-doc") for h in HELD_OUT)):
            for line in sorted(gone):
                if _label(line) == label:
                    print("  - " + line)
            for line in sorted(new):
                if _label(line) == label:
                    print("  + " + line)
    return len(gone) + len(new)


def record_or_check(doc: str | None, what: str) -> argparse.Namespace:
    """The arguments of an equivalence script: ``--src``, and ``--record`` or ``--check`` a file of ``what``."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder to run termsmith from")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--record", type=Path, help=f"write {what} to this file")
    action.add_argument("--check", type=Path, help=f"compare {what} with this recording")
    return parser.parse_args()


def main() -> int:
    args = record_or_check(__doc__, "every finding")
    rows = _record(args.src)
    digest = hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()[:16]
    print(f"{len(rows)} findings, digest {digest}; readers: {_readers()}")
    if args.record:
        args.record.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return 0
    before = args.check.read_text(encoding="utf-8").splitlines()
    differ = _compare(before, rows)
    print("identical" if not differ else f"{differ} finding(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
