"""``bench/experiment_lint_pos.py``: the core signal on sentences of its design data.

jieba is not a termsmith dependency, so the tags are given as jieba 0.42.1 (``jieba.posseg.lcut``, default
dictionary; Traditional text after OpenCC t2s, as the script tags it) gave them; what is tested is the script's
own reading of the tags and the lint readers it reuses."""

from __future__ import annotations

import pytest
from bench_scripts import load_bench

# held-out-7/zh-Hant/jcsys-transaction-process.txt:15 (V 詳細解釋; the lint misses it)
JCSYS = "簽約前,消費者有權對條款提出疑問,本公司將予以詳細解釋。"
JCSYS_TAGS = [
    ("簽約", "v"), ("前", "f"), (",", "x"), ("消費者", "n"), ("有權", "n"), ("對", "p"), ("條款", "n"),
    ("提出", "v"), ("疑問", "v"), (",", "x"), ("本", "r"), ("公司", "n"), ("將", "d"), ("予以", "v"),
    ("詳細", "ad"), ("解釋", "v"), ("。", "x"),
]  # fmt: skip
# zh-Hans/book118-fault-repair-2025.txt:14 (C): 不同 names a class of fault, on the stop-list
LEVELS = "3.2服务商承诺针对不同级别故障,将按照如下目标时间进行修复:"
LEVELS_TAGS = [
    ("3.2", "m"), ("服务商", "n"), ("承诺", "v"), ("针对", "p"), ("不同", "a"), ("级别", "n"), ("故障", "n"),
    (",", "x"), ("将", "d"), ("按照", "p"), ("如下", "t"), ("目标", "n"), ("时间", "n"), ("进行", "v"),
    ("修复", "v"), (":", "x"),
]  # fmt: skip
# a design-data purpose recital (C): 稳定、安全 grade the service, but nobody is bound and 为保障 is a purpose
RECITAL = "为保障本服务的使用者皆能享有稳定、安全的品质,特订定下开服务条款"
RECITAL_TAGS = [
    ("为", "p"), ("保障", "v"), ("本", "r"), ("服务", "vn"), ("的", "uj"), ("使用者", "n"), ("皆", "d"),
    ("能", "v"), ("享有", "v"), ("稳定", "a"), ("、", "x"), ("安全", "an"), ("的", "uj"), ("品质", "n"),
    (",", "x"), ("特订", "v"), ("定下", "v"), ("开", "v"), ("服务", "vn"), ("条款", "n"),
]  # fmt: skip


@pytest.fixture(scope="module")
def pos():  # type: ignore[no-untyped-def]
    return load_bench("experiment_lint_pos")


def test_an_adverbial_adjective_on_the_vendors_act_is_flagged(pos) -> None:  # type: ignore[no-untyped-def]
    assert pos.signal_words(JCSYS, JCSYS_TAGS) == ["詳細"]


def test_a_stop_listed_class_word_is_not_a_candidate(pos) -> None:  # type: ignore[no-untyped-def]
    assert pos.candidates(LEVELS, LEVELS_TAGS) == []
    assert pos.signal_words(LEVELS, LEVELS_TAGS) == []


def test_the_lint_readers_excuse_a_graded_word_in_a_purpose_recital(pos) -> None:  # type: ignore[no-untyped-def]
    # the tagger finds both words and both qualify the service; the lint's own readers drop them
    assert [w for _, _, w in pos.candidates(RECITAL, RECITAL_TAGS)] == ["稳定", "安全"]
    assert pos.signal_words(RECITAL, RECITAL_TAGS) == []


def test_a_number_measuring_the_word_in_its_clause_lowers_it(pos) -> None:  # type: ignore[no-untyped-def]
    text = "乙方应提供稳定的服务。"
    tags = [("乙方", "n"), ("应", "v"), ("提供", "v"), ("稳定", "a"), ("的", "uj"), ("服务", "vn"), ("。", "x")]
    assert pos.signal_words(text, tags) == ["稳定"]
    measured = "乙方应提供可用性99.9%的稳定服务。"
    measured_tags = [
        ("乙方", "n"), ("应", "v"), ("提供", "v"), ("可用性", "n"), ("99.9", "m"), ("%", "x"), ("的", "uj"),
        ("稳定", "a"), ("服务", "vn"), ("。", "x"),
    ]  # fmt: skip
    assert pos.candidates(measured, measured_tags) == [(14, 16, "稳定")]
    assert pos.signal_words(measured, measured_tags) == []


def test_a_word_before_any_binding_word_is_outside_the_commitment(pos) -> None:  # type: ignore[no-untyped-def]
    text = "详细的报告由甲方保存，乙方应提供服务。"
    tags = [
        ("详细", "a"), ("的", "uj"), ("报告", "n"), ("由", "p"), ("甲方", "nz"), ("保存", "v"), ("，", "x"),
        ("乙方", "n"), ("应", "v"), ("提供", "v"), ("服务", "vn"), ("。", "x"),
    ]  # fmt: skip
    assert [w for _, _, w in pos.candidates(text, tags)] == ["详细"]
    assert pos.signal_words(text, tags) == []
