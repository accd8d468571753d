"""A share said to be due continues the schedule being read, whatever event it names (`payment._DUE`): "The remaining
50% is due upon successful deployment", "Final 50% due before file transfer", 其余50%应于… — a line with no pay word
and no event of the spec's vocabulary was dropped, so a deposit's schedule never reached 100%."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import terms_of, text_lines

from termsmith.extract.api import extract_file


def _percents(terms: dict[str, Any]) -> list[str]:
    return [m["percent"] for m in terms.get("payment", {}).get("milestones", [])]


def test_an_english_deposit_then_a_share_due(tmp_path: Path) -> None:
    text = text_lines(
        "2. PROJECT MILESTONES: All projects require a 50% non-refundable engineering deposit to initiate development.",
        "The remaining 50% is due upon successful deployment of the production environment.",
    )
    assert _percents(terms_of(tmp_path, text)) == ["50%", "50%"]


def test_an_english_list_of_terms(tmp_path: Path) -> None:
    text = text_lines(
        "Payment terms",
        "40% deposit required to begin work",
        "Final 60% due before file transfer",
        "Late payments incur 5% monthly interest",
    )
    assert _percents(terms_of(tmp_path, text)) == ["40%", "60%"]


def test_a_lone_share_due_is_no_schedule(tmp_path: Path) -> None:
    text = text_lines("Support plans", "Renewal: 10% of the fee is due if renewed late.")
    assert _percents(terms_of(tmp_path, text)) == []


def test_a_chinese_deposit_then_a_share_due(tmp_path: Path) -> None:
    text = text_lines("付款方式:合同签订后支付定金30%。", "其余70%应于系统交接前结清。")
    assert _percents(terms_of(tmp_path, text)) == ["30%", "70%"]


def test_a_docx_schedule_with_a_share_due(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in ("A 50% deposit is required to start the project.", "The other 50% is due at file transfer."):
        document.add_paragraph(line)
    path = tmp_path / "terms.docx"
    document.save(str(path))
    assert _percents(extract_file(path)[1].terms) == ["50%", "50%"]
