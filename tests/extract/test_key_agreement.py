"""bench/key_agreement.py scores one key set against another exactly as the extractor is scored, on two
tiny key sets of our own (not the corpus): per document, field, language and pooled, both ways."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench_scripts import load_bench

ROOT = Path(__file__).resolve().parents[2]


def _module() -> Any:
    return load_bench("key_agreement")


ka = _module()

FIRST = {
    "a.txt": {
        "language": "en",
        "history": "batch 12 (session 10): held-out",
        "terms": {
            "parties": [{"role": "vendor", "legal_name": "Acme Ltd"}],
            "severity_levels": [
                {
                    "name": "P1",
                    "response": {"within": "1h", "clock": None},
                    "resolution": {"within": "4h", "clock": None},
                },
                {"name": "P2", "response": {"within": "4h", "clock": None}},
            ],
            "support_channels": [{"kind": "email"}, {"kind": "phone"}],
        },
    },
    "b.txt": {
        "language": "zh-Hans",
        "history": "batch 9 (session 9): held-out",
        "terms": {"term": {"length": "1 year"}, "fees": {"recurring": [{"amount": "100.00 CNY", "period": "year"}]}},
    },
    "c.txt": {"language": "en", "terms": {"support_channels": [{"kind": "remote"}]}},  # not keyed twice: left out
}
SECOND = {
    "a.txt": {
        "language": "en",
        "terms": {
            "parties": [{"role": "vendor", "legal_name": "Acme"}],  # a name contained in the other matches
            "severity_levels": [
                {"name": "Urgent", "response": {"within": "60 minutes"}, "resolution": {"within": "8h"}},
                {"name": "Normal", "response": {"within": "4 business hours", "clock": "business"}},  # another clock
            ],
            "support_channels": [{"kind": "email"}, {"kind": "ticket"}],
        },
    },
    "b.txt": {
        "language": "zh-Hans",
        "terms": {"term": {"length": "12 months"}, "fees": {"recurring": [{"amount": "CNY 100", "period": "year"}]}},
    },
}


def _write(tmp_path: Path, name: str, documents: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"documents": documents}, ensure_ascii=False), encoding="utf-8")
    return path


def _counts(s: Any) -> tuple[int, int, int]:
    return s.tp, s.fp, s.fn


def test_second_keys_against_the_first(tmp_path: Path) -> None:
    pairs = ka.load_pairs(_write(tmp_path, "first.json", FIRST), _write(tmp_path, "second.json", SECOND))
    assert [p.doc for p in pairs] == ["a.txt", "b.txt"]
    report = ka.compare(pairs)
    assert _counts(report.documents["a.txt"]) == (3, 3, 3)
    assert _counts(report.documents["b.txt"]) == (2, 0, 0)
    assert _counts(report.languages["en"]) == (3, 3, 3)
    assert _counts(report.languages["zh-Hans"]) == (2, 0, 0)
    assert _counts(report.pooled) == (5, 3, 3)
    assert report.pooled.f1 == pytest.approx(0.625)
    assert {name: _counts(s) for name, s in report.batches.items()} == {"batch 12": (3, 3, 3), "batch 9": (2, 0, 0)}
    fields = {name: _counts(s) for name, s in report.fields.items()}
    assert fields == {
        "party": (1, 0, 0),
        "response": (1, 1, 1),
        "resolution": (0, 1, 1),
        "channel": (1, 1, 1),
        "term.length": (1, 0, 0),
        "fee": (1, 0, 0),
    }


def test_symmetric_view_swaps_what_each_keyer_alone_states(tmp_path: Path) -> None:
    pairs = ka.load_pairs(_write(tmp_path, "first.json", FIRST), _write(tmp_path, "second.json", SECOND))
    forward, backward = ka.compare(pairs), ka.compare(pairs, reverse=True)
    assert _counts(backward.pooled) == (5, 3, 3)
    assert sorted(backward.pooled.missed) == sorted(forward.pooled.wrong)
    assert sorted(backward.pooled.wrong) == sorted(forward.pooled.missed)
    assert ("channel", "phone") in forward.pooled.missed and ("channel", "ticket") in forward.pooled.wrong


def test_the_command_prints_the_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _write(tmp_path, "first.json", FIRST), _write(tmp_path, "second.json", SECOND)
    assert ka.main(["--first", str(first), "--second", str(second), "-v"]) == 0
    out = capsys.readouterr().out
    assert "all 2 documents" in out and "0.625" in out
    assert "first only:  ('channel', 'phone')" in out and "second only: ('channel', 'ticket')" in out
    assert "c.txt" not in out
    assert "symmetric view" in out


def test_the_interval_resamples_whole_documents() -> None:
    agreed, half = ka.Score(tp=4), ka.Score(tp=1, fp=1, fn=1)
    assert ka.interval([agreed, agreed]) == (1.0, 1.0)
    low, high = ka.interval([agreed, half])
    assert low == pytest.approx(0.5) and high == 1.0  # both the worst and the best resample occur
    assert ka.interval([agreed, half]) == (low, high)  # a fixed seed: the same figure every run


def test_a_document_the_first_keys_lack_is_a_clear_error(tmp_path: Path) -> None:
    first = _write(tmp_path, "first.json", {"b.txt": FIRST["b.txt"]})
    second = _write(tmp_path, "second.json", SECOND)
    with pytest.raises(SystemExit, match=r"do not hold: a\.txt"):
        ka.load_pairs(first, second)
