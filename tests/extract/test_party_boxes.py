"""Issue 12 (session 27): a Chinese contract's parties in a form's boxes or a cover table, not after a colon: the label
in one cell and the name in the next ("委托方（甲方） | 山东省商业部", a Word or PDF cover table), or the bracketed label
and the name in one box under the role word ("委托人：" / "（甲方） 山东省商业部", zh295, the Beijing technical-market form
of a 技术开发合同, whose developer is its 研究开发人). A signature line naming both labels ("甲方（盖章）   乙方（盖章）")
names no one."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parties_of, text_lines


@pytest.mark.parametrize(
    "lines",
    [
        ["委托人：", "（甲方） 山东省商业部", "研究开发人", "（乙方） 北京摸鱼科技有限公司"],  # zh295's cover boxes
        ["委托方（甲方） | 山东省商业部", "受托方（乙方） | 北京摸鱼科技有限公司"],
        ["甲方 | 山东省商业部", "乙方 | 北京摸鱼科技有限公司"],
        ["委托人（甲方）：山东省商业部", "研究开发人（乙方）：北京摸鱼科技有限公司"],
    ],
)
def test_parties_in_boxes_and_cells(tmp_path: Path, lines: list[str]) -> None:
    assert parties_of(tmp_path, text_lines(*lines)) == [("client", "山东省商业部"), ("vendor", "北京摸鱼科技有限公司")]


def test_a_signature_line_names_no_one(tmp_path: Path) -> None:
    assert parties_of(tmp_path, text_lines("甲方（签字）              乙方（签字）")) == []
    text = text_lines("甲方（盖章）          乙方（盖章）", "甲方：山东省商业部")
    assert parties_of(tmp_path, text) == [("client", "山东省商业部")]
