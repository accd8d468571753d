"""For every sample, the agreement and the quote say the same thing about when each fee is paid:
recurring fees on their schedule, rate-card work on acceptance, one-off items in milestones.
Both documents are rendered, read back from DOCX and PDF, and must hold the same billing
sentences (worded by termsmith.library.billing) and the same milestones."""

from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from e2e_support import SAMPLES, load_sample, render_texts, squash

from termsmith.library.billing import acceptance_terms, recurring_terms
from termsmith.library.helpers import percent, t

pytestmark = pytest.mark.slow


# \s: the footer spaces CJK and digits with U+2005 (a quarter em), not an ASCII space
_PAGE = re.compile(r"^(第\s?\d+\s?[页頁]\s?共\s?\d+\s?[页頁]|Page\s\d+\sof\s\d+)$")


def _body(text: str, number: str) -> str:
    """The text without running headers and footers (title and number, page x of y), which a
    page break drops into the middle of a sentence in the PDF."""
    return "\n".join(line for line in text.splitlines() if number not in line and not _PAGE.match(line.strip()))


def _expected(spec, langs: tuple[str, ...]) -> dict[str, str]:
    phrases: dict[str, str] = {}
    for lang in langs:
        if spec.payment.recurring:
            phrases[f"{lang} recurring"] = recurring_terms(spec, lang)
        if spec.payment.on_acceptance:
            phrases[f"{lang} on acceptance"] = acceptance_terms(spec, lang)
        for i, m in enumerate(spec.payment.milestones):
            phrases[f"{lang} milestone {i} name"] = t(m.name, lang)
            phrases[f"{lang} milestone {i} percent"] = percent(m.percent, lang)
    return phrases


@pytest.fixture(scope="module")
def rendered():
    # spawned, not forked: a forked child of a process that has typeset with Typst hangs in its thread pools
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        jobs = {
            (s, kind): pool.submit(render_texts, str(s), None, kind) for s in SAMPLES for kind in ("agreement", "quote")
        }
        yield {key: job.result() for key, job in jobs.items()}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name.split(".")[0])
def test_agreement_and_quote_bill_every_fee_the_same_way(sample: Path, rendered) -> None:
    spec = load_sample(sample).spec
    langs, a_docx, a_pdf = rendered[(sample, "agreement")]
    q_langs, q_docx, q_pdf = rendered[(sample, "quote")]
    assert langs == q_langs
    phrases = _expected(spec, langs)
    assert phrases
    for label, text in (
        ("agreement DOCX", a_docx),
        ("agreement PDF", a_pdf),
        ("quote DOCX", q_docx),
        ("quote PDF", q_pdf),
    ):
        flat = squash(_body(text, spec.agreement.number))
        missing = {k: v for k, v in phrases.items() if squash(v) not in flat}
        assert missing == {}, f"{label} lacks {missing}"


def test_every_sample_bills_recurring_fees_on_a_schedule_not_in_milestones() -> None:
    for sample in SAMPLES:
        spec = load_sample(sample).spec
        assert bool(spec.fees.recurring) == bool(spec.payment.recurring), sample.name
        assert bool(spec.fees.rate_card) == bool(spec.payment.on_acceptance), sample.name
        assert bool(spec.fees.one_off) == bool(spec.payment.milestones), sample.name
        assert all(m.trigger.value != "period-start" for m in spec.payment.milestones), sample.name
