"""The rand in its local notation (issue 12, session 23; en471's key): "R460-00" is 460.00 ZAR, an "R" against the
digits of a price with its cents after a hyphen or a point, on a line that prices something; amounts followed by
"rand" too. A model number ("R460"), a version ("Release R2-00") and an uptime figure are no money. Texts of our own,
read back through the API, in English (the rand's notation is an English page's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import fee_facts


@pytest.mark.parametrize(
    "text, amounts",
    [
        (
            "General Conditions\n1. Support outside of normal working hours is charged at R460-00 per hour.\n"
            "2. There is a once off setup fee of R800-00.",
            [("fee", "460 ZAR", "hour"), ("fee", "800 ZAR", "one-off")],
        ),
        ("Monthly support fee: R1 250-50 per month.", [("fee", "1250.5 ZAR", "month")]),
        ("Support is charged at R460.00 per hour.", [("fee", "460 ZAR", "hour")]),
        ("The annual maintenance fee is 5000 rand per year.", [("fee", "5000 ZAR", "year")]),
    ],
)
def test_rand_prices_are_read(tmp_path: Path, text: str, amounts: list[tuple[str, ...]]) -> None:
    assert fee_facts(tmp_path, text) == sorted(amounts)


@pytest.mark.parametrize(
    "text",
    [
        "We maintain the R460 router at each site.",
        "Release R2-00 adds support for the new scanners.",
        "Uptime is 99.9% per month on the R2 platform.",
    ],
)
def test_models_versions_and_uptime_are_no_rand(tmp_path: Path, text: str) -> None:
    assert fee_facts(tmp_path, text) == []
