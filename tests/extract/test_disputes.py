"""Where disputes go: the court named as the parties wrote it, without the verb that sends them there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of


@pytest.mark.parametrize(
    "sentence, court",
    [
        ("协商不成的,提交至甲方所在地法院诉讼解决。", "甲方所在地法院"),
        ("協商不成時，雙方同意遞交至臺灣臺北地方法院管轄。", "臺灣臺北地方法院"),
        ("争议由乙方所在地人民法院管辖。", "乙方所在地人民法院"),
        ("任何一方均可向甲方所在地人民法院提起诉讼。", "甲方所在地人民法院"),
    ],
)
def test_the_court_is_named_without_the_verb_of_submitting(tmp_path: Path, sentence: str, court: str) -> None:
    assert terms_of(tmp_path, "第九条 争议解决\n" + sentence)["disputes"]["court"] == {"name": court}
