"""Precision and recall of the language rules on a labelled corpus (zh-Hans, zh-Hant, en, mixed).

Each line of corpus/sentences.jsonl has the sentence, the codes it must produce
(as warnings; a repeated code means it must fire that many times) and the codes
it must not produce; ``known_miss`` marks sentences the rules are known to get
wrong (they count in precision and recall, not in the must-not test). Findings lowered to info (a vague word bounded by a number
in its own clause) count as not produced. False-positive traps — words that
merely contain a term (等级, 平等), terms of art (重大过失, material breach),
defined terms, bounded terms — are in it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text

CORPUS = Path(__file__).parent / "corpus" / "sentences.jsonl"
MIN_PRECISION = 0.95
MIN_RECALL = 0.95


def load() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def produced(text: str) -> Counter[str]:
    return Counter(d.code for d in lint_text(text, "corpus.txt") if d.severity is not Severity.INFO)


def score() -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    misses: list[str] = []
    for row in load():
        got, want = produced(row["text"]), Counter(row["expect"])
        tp += sum((got & want).values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
        if got != want:
            misses.append(f"{row['text']}: want {sorted(want.elements())}, got {sorted(got.elements())}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, misses


def test_corpus_shape() -> None:
    rows = load()
    assert len(rows) >= 150
    langs = Counter(r["lang"] for r in rows)
    assert langs["zh-Hans"] >= 40 and langs["zh-Hant"] >= 30 and langs["en"] >= 40
    assert sum(1 for r in rows if not r["expect"]) >= 40  # negatives and traps
    for r in rows:
        assert not set(r["expect"]) & set(r["forbid"])


def test_must_not_codes_never_fire() -> None:
    rows = [r for r in load() if not r.get("known_miss")]
    bad = [(r["text"], code) for r in rows for code in produced(r["text"]) if code in r["forbid"]]
    assert bad == []


def test_precision_and_recall() -> None:
    precision, recall, misses = score()
    print(f"\ncorpus: precision={precision:.3f} recall={recall:.3f}")
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, "\n".join(misses)


if __name__ == "__main__":  # python tests/lint/test_corpus.py prints the numbers and every miss
    p, r, m = score()
    print(f"precision={p:.3f} recall={r:.3f}")
    print("\n".join(m))
