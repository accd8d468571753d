"""Every sample, every language: spec → assemble → DOCX and PDF → read back → every fact is there.

The facts (party names, severity times, free period, fees, milestones, IP owner,
forum; for quotes every amount) are phrased with the clause library's own helpers.
DOCX is read with python-docx (paragraphs, table cells, headers, footers), PDF
with pypdf; whitespace is ignored because PDF extraction breaks long CJK runs.
Each (sample, language, kind) is rendered once, in a process pool, and shared.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
from e2e_support import (
    LANG_OPTIONS,
    SAMPLES,
    agreement_facts,
    ip_owner_pattern,
    load_sample,
    missing,
    present,
    quote_facts,
    render_texts,
    squash,
)

pytestmark = pytest.mark.slow

KINDS = ("agreement", "quote")
CASES = [(sample, lang, kind) for kind in KINDS for sample in SAMPLES for lang in LANG_OPTIONS]
Rendered = tuple[tuple[str, ...], str, str]


@pytest.fixture(scope="module")
def rendered() -> Iterator[dict[tuple[Path, str, str], Future[Rendered]]]:
    """Every case rendered once, in parallel, in the order the tests ask for them."""
    workers = max(1, min(2, os.cpu_count() or 1))
    # spawned, not forked: a forked child of a process that has typeset with Typst hangs in its thread pools
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    futures = {case: pool.submit(render_texts, str(case[0]), case[1], case[2]) for case in CASES}
    yield futures
    pool.shutdown(cancel_futures=True)


def test_every_sample_is_covered() -> None:
    assert len(SAMPLES) >= 4
    names = {p.name for p in SAMPLES}
    assert any(".zh-Hans." in n for n in names) and any(".zh-Hant." in n for n in names)
    assert any(".en." in n for n in names) and any("bilingual" in n for n in names)


def _case_id(case: tuple[Path, str, str]) -> str:
    sample, lang, kind = case
    return f"{kind}-{sample.name.split('.')[0]}-{lang}"


def _assert_same_facts(facts: dict[str, str], docx: str, pdf: str) -> None:
    assert missing(facts, docx) == {}, "DOCX lacks these facts"
    assert missing(facts, pdf) == {}, "PDF lacks these facts"
    assert present(facts, docx) == present(facts, pdf)


@pytest.mark.parametrize("case", [c for c in CASES if c[2] == "agreement"], ids=_case_id)
def test_agreement_states_every_fact(
    case: tuple[Path, str, str], rendered: dict[tuple[Path, str, str], Future[Rendered]]
) -> None:
    sample, lang, _ = case
    langs, docx, pdf = rendered[case].result()
    spec = load_sample(sample).spec
    assert langs[0] == lang or lang == "bilingual"
    assert len(langs) == (2 if lang == "bilingual" else 1)
    facts = agreement_facts(spec, langs)
    _assert_same_facts(facts, docx, pdf)
    for one in langs:
        pattern = ip_owner_pattern(spec, one)
        assert pattern.search(squash(docx)), f"DOCX: no {one} source-code owner sentence ({pattern.pattern})"
        assert pattern.search(squash(pdf)), f"PDF: no {one} source-code owner sentence ({pattern.pattern})"


@pytest.mark.parametrize("case", [c for c in CASES if c[2] == "quote"], ids=_case_id)
def test_quote_states_every_amount(
    case: tuple[Path, str, str], rendered: dict[tuple[Path, str, str], Future[Rendered]]
) -> None:
    from termsmith.pricing import price_quote
    from termsmith.spec.types import quantize_money

    sample, _, _ = case
    langs, docx, pdf = rendered[case].result()
    spec = load_sample(sample).spec
    quote = price_quote(spec)
    assert quote.lines, "a sample quote with no lines tests nothing"
    # each schedule adds up exactly (milestones to the one-off items, the ways of billing to the total),
    # and so do net + tax
    if quote.milestones:
        assert sum((due.amount for _, due in quote.milestones), Decimal(0)) == quote.one_off_total.amount
    groups = (quote.recurring_total, quote.acceptance_total, quote.one_off_total)
    assert sum((g.amount for g in groups if g is not None), Decimal(0)) == quote.total.amount
    assert quote.net.amount + quote.tax.amount == quote.total.amount
    for _, due in quote.milestones:
        assert quantize_money(due.amount, quote.currency) == due.amount
    facts = quote_facts(spec, quote, langs)
    _assert_same_facts(facts, docx, pdf)
