"""VM001, the learned vague-sentence model, through the CLI: off unless selected by name or family; when on, it flags
a Simplified Chinese or English sentence no lexicon rule flagged and the model reads as vague, names the words that
weighed, in the text's language; it says nothing on a line a rule already flagged, on Traditional Chinese, or on a
measurable promise. The plain-Python scoring reproduces scikit-learn's for the committed model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.lint.learned import model

_EN = "We will notify you early if it looks like remote resolution isn't possible."
_ZH = "我公司将优先保证用户的备件供应，并可负责为用户安装更换。"
_MEASURED_EN = "Support requests are answered within 4 business hours, Monday to Friday 9:00-17:00."
_MEASURED_ZH = "乙方在接到报修后4小时内到场处理。"
_RULE_LINE = "乙方将尽快处理客户提交的问题。"  # 尽快: VT001 speaks, the model adds nothing on its line


def _lint(tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], *args: str) -> tuple[int, list[dict]]:
    doc = tmp_path / "terms.txt"
    doc.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["lint", "--format", "json", *args, str(doc)])
    found = json.loads(capsys.readouterr().out)
    diagnostics = found if isinstance(found, list) else found.get("diagnostics", found.get("files", []))
    if diagnostics and "diagnostics" in diagnostics[0]:
        diagnostics = [d for f in diagnostics for d in f["diagnostics"]]
    return code, diagnostics


def test_the_model_is_off_unless_selected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, found = _lint(tmp_path, capsys, [_EN, _ZH])
    assert code == 0 and found == []


@pytest.mark.parametrize("select", [["--select", "ALL,VM001"], ["--select", "ALL,VM"]])
def test_selected_it_flags_the_sentences_the_rules_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], select: list[str]
) -> None:
    code, found = _lint(tmp_path, capsys, [_MEASURED_EN, _EN, _MEASURED_ZH, _ZH, _RULE_LINE], *select)
    assert code == 1
    learned = [d for d in found if d["code"] == "VM001"]
    assert [(d["line"], d["column"]) for d in learned] == [(2, 1), (4, 1)]
    en, zh = learned
    assert en["severity"] == "warning" and en["message"].startswith("the sentence reads as a vague commitment")
    assert '"possible"' in en["message"]  # the words that weighed, quoted
    assert zh["message"].startswith("整句读来是含糊的承诺") and "写明可检验的标准" in zh["hint"]
    assert [d["code"] for d in found if d["line"] == 5] == ["VT001"]  # a rule spoke: no VM001 beside it


def test_a_line_too_long_for_a_sentence_is_not_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blob = " ".join([_EN.rstrip(".")] * 40)  # one 3,000-character line with no sentence end
    code, found = _lint(tmp_path, capsys, [blob, _EN], "--select", "ALL,VM001")
    assert [(d["code"], d["line"]) for d in found] == [("VM001", 2)] and code == 1


def test_traditional_chinese_has_no_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    traditional = "我公司將優先保證用戶的備件供應，並可負責為用戶安裝更換。"
    code, found = _lint(tmp_path, capsys, [traditional], "--select", "ALL,VM001")
    assert [d["code"] for d in found] == [] and code == 0


def test_the_configuration_can_opt_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.termsmith.lint]\nextend-select = ["VM"]\n', encoding="utf-8")
    code, found = _lint(tmp_path, capsys, [_EN])
    assert [d["code"] for d in found] == ["VM001"] and code == 1


# decision values of the model trained by bench/train_lint_model.py, computed with scikit-learn's
# decision_function when the committed files were written (session 25); the plain-Python scoring must agree
_SKLEARN = {
    ("en", _EN): 2.101,
    ("en", _MEASURED_EN): -1.86165,
    ("zh-Hans", "在寻求永久的解决办法之时，可能会提供暂时的应急措施供客户采用。"): 2.62007,
    ("zh-Hans", "在寻求永久的解决办法之时,可能会提供暂时的应急措施供客户采用。"): 2.62007,  # NFKC: one comma
    ("zh-Hans", _MEASURED_ZH): -3.6385,
}


@pytest.mark.parametrize(("lang", "sentence"), list(_SKLEARN))
def test_plain_python_scoring_reproduces_scikit_learn(lang: str, sentence: str) -> None:
    m = model(lang)
    assert m is not None
    assert m.score(sentence) == pytest.approx(_SKLEARN[(lang, sentence)], abs=1e-4)


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_the_committed_model_loads_whole(lang: str) -> None:
    m = model(lang)
    assert m is not None
    assert m.threshold > m.intercept
    assert all(block.terms for block in m.blocks)
    assert model("zh-Hant") is None
