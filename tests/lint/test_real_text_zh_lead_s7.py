""" "Other … problems" read as an open scope item (lintzh13) is not one when it names the cause
of an exclusion (因为/由于 其他…问题), in both scripts; a scope that ends open is still flagged."""

from __future__ import annotations

import pytest

from termsmith.lint.runner import lint_text


def _codes(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.md") if d.severity.value in ("error", "warning")]


@pytest.mark.parametrize(
    "sentence",
    [
        "当用户因为其他软硬件问题和错误配置的情况下，SLA将不适用。",  # held-out-17, ss-panel SLA
        "當用戶因為其他軟硬體問題和錯誤設定的情況下，SLA將不適用。",
        "由于其他第三方软件问题导致的故障不在保修范围内。",
        "由於其他硬體問題導致的故障不在保固範圍內。",
    ],
)
def test_other_problems_named_as_a_cause_are_no_scope_item(sentence: str) -> None:
    assert "VS001" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "乙方负责解答软件使用、数据备份或其他疑难问题。",
        "網路的相關問題，例如 Azure CNI、kubenet，或其他網路存取和功能問題。",
    ],
)
def test_other_problems_closing_a_scope_are_still_open(sentence: str) -> None:
    assert "VS001" in _codes(sentence)
