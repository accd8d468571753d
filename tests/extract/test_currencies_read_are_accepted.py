"""Every currency the extractor recognises is one a spec accepts (session 23): New Zealand dollars were recognised
("NZ$150", "150 NZD") and then dropped without a word, because the spec's money type refused NZD — a client reading a
New Zealand vendor's agreement lost its fees. Read back through the API, with the draft spec validated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from termsmith.extract import values
from termsmith.spec.types import CURRENCY_MINOR_UNITS
from tests.extract.extract_support import fee_facts


def test_every_currency_code_the_extractor_writes_is_one_a_spec_accepts() -> None:
    written = set(re.findall(r'"([A-Z]{3})"', Path(values.__file__).read_text(encoding="utf-8")))
    assert written - set(CURRENCY_MINOR_UNITS) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Website care plan: NZ$150 per month.",
        "Website care plan: 150 NZD per month.",
        "Website care plan: 150 New Zealand dollars per month.",
    ],
)
def test_new_zealand_dollar_fees_are_read(tmp_path: Path, text: str) -> None:
    assert fee_facts(tmp_path, text) == [("fee", "150 NZD", "month")]
