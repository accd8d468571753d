"""``bench/lint_carry.py``: a procedure learned on earlier batches, scored on later ones against the lint.

Most sentences are corpus sentences (held-out-19, held-out-16, held-out-17 and held-out-12), some shortened; the ones
written for a test say so. Their findings are written in, so the tests read the procedures, not the lexicon of the day. The last test runs the script on two small splits."""

from __future__ import annotations

import pytest
from bench_scripts import load_bench
from realtext_corpus import Sentence


@pytest.fixture(scope="module")
def lc():  # type: ignore[no-untyped-def]
    return load_bench("lint_carry")


def _s(doc: str, text: str, terms: tuple[str, ...] = (), lang: str = "zh-Hans") -> Sentence:
    return Sentence(lang, doc, 1, text, bool(terms), terms, False)


CARE = "held-out-19/zh-Hans/ishoubao-repair-and-parts-replacement-notes.txt"
CRANE = "held-out-16/zh-Hans/zjt0428-tower-crane-maintenance-contract.txt"
WARRANTY = "held-out-12/zh-Hans/doczj-product-warranty-terms.txt"


def test_label_words_need_documents_and_precision(lc) -> None:  # type: ignore[no-untyped-def]
    learn = [
        (_s(CARE, "收到商品后请妥善保管产品的外包装，直至您确认没有任何问题需要解决。", ("妥善",)), frozenset()),
        (_s(CRANE, "1、在运输中应设法防止构件变形及碰撞损坏。", ("设法",)), frozenset()),
        (_s(CARE, "奢侈品属于贵重物品，运输途中可能会有一些小损伤，请您妥善保管外包装。", ("妥善",)), frozenset()),
        (_s(WARRANTY, "请妥善保管购买凭证。"), frozenset()),  # written for this test: a clean use of the word
    ]
    # 妥善: vague in one document only; 设法: one document too
    assert lc.label_words(learn, "zh-Hans", 0.5, 2) == frozenset()
    assert lc.label_words(learn, "zh-Hans", 0.5, 1) == {"妥善", "设法"}
    # 妥善 is in 2 vague sentences of 3: kept at 0.6, not at 0.75
    assert lc.label_words(learn, "zh-Hans", 0.75, 1) == {"设法"}


def test_a_label_word_not_in_its_sentence_is_not_learned(lc) -> None:  # type: ignore[no-untyped-def]
    learn = [
        (_s(CRANE, "4、甲方做好施工场地范围安全警戒和场地要求.", ("做好", "安全规范", "场地…要求")), frozenset()),
    ]
    # 安全规范 is not in the sentence; 场地…要求 spans a gap: neither is a word to look for
    assert lc.label_words(learn, "zh-Hans", 0.5, 1) == {"做好"}


def test_calibration_silences_terms_that_only_misfire_alone(lc) -> None:  # type: ignore[no-untyped-def]
    more = frozenset({"VQ001 更高"})
    learn = [
        (_s(WARRANTY, "如无同档次产品的,提供更高级产品更换,但需补足差价。"), more),
        (_s(WARRANTY, "特别低，对于私有线路的用户而言，由于拥有更高的连接点控制权限。"), more),
        (_s(WARRANTY, "乙方提供更高的服务质量。", ("更高",)), more | {"VQ001 服务质量"}),  # written: not alone, no say
    ]
    assert lc.silenced_terms(learn, "zh-Hans", 2) == {"VQ001 更高"}
    assert lc.silenced_terms(learn, "zh-Hans", 3) == frozenset()
    learn.append((_s(WARRANTY, "我们提供更高的响应速度。", ("更高",)), more))  # written: a catch alone
    assert lc.silenced_terms(learn, "zh-Hans", 2) == frozenset()


def test_carry_counts_what_a_procedure_changes_against_the_lint(lc) -> None:  # type: ignore[no-untyped-def]
    test = [
        (_s(CARE, "请您妥善保管外包装。", ("妥善",)), frozenset()),  # gained
        (_s(CARE, "请妥善保管购买凭证。"), frozenset()),  # written: a false alarm added
        (_s(CRANE, "1、经常检查所有的电线。", ("经常",)), frozenset({"VT001 经常"})),  # kept
        (_s(CRANE, "1、日常保养（每班进行）"), frozenset({"VS001 日常"})),  # an alarm that stays
    ]
    got = lc.carry(test, "zh-Hans", lc._with_words(frozenset({"妥善"}), "zh-Hans"))
    assert (got.vague, got.clean, got.caught, got.lost, got.added, got.removed) == (2, 2, 1, 0, 1, 0)
    got = lc.carry(test, "zh-Hans", lc._without(frozenset({"VS001 日常", "VT001 经常"})))
    assert (got.caught, got.lost, got.added, got.removed) == (0, 1, 0, 1)
    assert lc.carry(test, "en", lc._without(frozenset())).vague == 0


def test_english_words_are_matched_in_lower_case(lc) -> None:  # type: ignore[no-untyped-def]
    doc = "held-out-19/en/en-128technology-services-description.txt"
    learn = [
        (_s(doc, "Periodically update an escalation list.", ("Periodically",), "en"), frozenset()),  # shortened
        (_s(doc, "We periodically review the list.", ("periodically",), "en"), frozenset()),  # written
    ]
    assert lc.label_words(learn, "en", 1.0, 1) == {"periodically"}


def test_the_script_refuses_a_split_learned_and_tested(lc, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        lc.main(["--learn", "held-out-3", "--test", "held-out-3"])
    assert "learned on and tested on" in capsys.readouterr().err


def test_the_script_reports_each_language_and_procedure(lc, capsys) -> None:  # type: ignore[no-untyped-def]
    assert lc.main(["--learn", "held-out-3", "--test", "held-out-4"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("learn: held-out-3 (")
    assert [line.split()[0] for line in out[1:]] == ["label"] * 3 + ["calibration"] * 3
    assert all(lang in "\n".join(out) for lang in ("zh-Hans", "zh-Hant", "en"))
