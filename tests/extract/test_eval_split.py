"""bench/eval_extract_split.py: development facts are listed, check batches give figures only."""

from __future__ import annotations

from typing import Any

import pytest

from tests.bench_scripts import load_bench


@pytest.fixture(scope="module")
def split() -> Any:
    return load_bench("eval_extract_split")


def _key(batch: int | None, length: str) -> dict[str, Any]:
    history = f"batch {batch} (session 13): test" if batch is not None else "session 1"
    return {"split": "tune", "history": history, "terms": {"term": {"length": length}}}


KEYS = {
    "dev1.txt": _key(5, "12 months"),
    "dev2.txt": _key(None, "24 months"),
    "chk1.txt": _key(27, "12 months"),
    "chk2.txt": _key(28, "5 months"),
    "held.txt": {**_key(29, "1 month"), "split": "held-out"},
}
# what the extractor "found": dev1 right, dev2 wrong, chk1 right, chk2 wrong
FOUND = {
    "dev1.txt": {"term": {"length": "12 months"}},
    "dev2.txt": {"term": {"length": "36 months"}},
    "chk1.txt": {"term": {"length": "12 months"}},
    "chk2.txt": {"term": {"length": "2 months"}},
}


def test_batches_reads_ranges_and_lists(split: Any) -> None:
    assert split.batches("27-32") == {27, 28, 29, 30, 31, 32}
    assert split.batches("27,29-30") == {27, 29, 30}


def test_check_documents_give_figures_never_facts(split: Any) -> None:
    lines = list(split.report(KEYS, {27, 28}, FOUND.__getitem__, verbose=True))
    text = "\n".join(lines)
    assert "dev2.txt" in text and "36 months" in text  # a development miss is listed with its fact
    assert "chk" not in text and "2 months" not in text and "5 months" not in text  # no check document, no fact
    assert "held" not in text
    dev = next(line for line in lines if line.startswith("development"))
    assert "tp    1 fp    1 fn    1" in dev
    assert next(line for line in lines if line.startswith("check 27")).split("F1 ")[1] == "1.0000"
    assert "tp    1 fp    1 fn    1" in next(line for line in lines if line.startswith("check pooled"))


def test_without_verbose_no_fact_is_listed(split: Any) -> None:
    lines = list(split.report(KEYS, {27, 28}, FOUND.__getitem__))
    assert [line.split()[0] for line in lines] == ["development", "check", "check", "check"]
