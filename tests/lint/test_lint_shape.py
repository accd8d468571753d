"""``bench/lint_shape.py``: the development sentences a shape matches, by label and by the lint's verdict.

The sentences are corpus sentences (development batches; the documents are named), with their labels and findings
written in, so the tests read the tally, not the lexicon of the day. The last tests run the script on small splits."""

from __future__ import annotations

import pytest
from bench_scripts import load_bench
from realtext_corpus import Sentence


@pytest.fixture(scope="module")
def ls():  # type: ignore[no-untyped-def]
    return load_bench("lint_shape")


def _s(doc: str, text: str, terms: tuple[str, ...] = ()) -> Sentence:
    return Sentence(doc.split("/")[1], doc, 1, text, bool(terms), terms, False)


MAINTENANCE = "held-out-4/zh-Hans/doczj-biz-software-maintenance.txt"
ELEVATOR = "held-out-16/zh-Hans/doczj-elevator-maintenance-contract.txt"
REPAIR = "held-out-5/zh-Hant/unbox-warranty.txt"
TELECOM = "held-out-17/zh-Hant/sabretn-telecom-service-terms.txt"
PASIEKA = "held-out-18/en/en-pasieka-it-services-terms.txt"
IFOX = "held-out-11/en/en-lawinsider-software-maintenance-and-upgrades-clauses.txt"

ROWS = [
    # a vendor's cost put on the customer with no amount: vague, missed
    (
        _s(MAINTENANCE, "5.如果甲方系统遇到了需要乙方现场解决的问题,差旅费由甲方支付。", ("差旅费由甲方支付",)),
        frozenset(),
    ),
    # the agreement's own fee paid on time: clean, quiet
    (_s(ELEVATOR, "1. 甲方应按照本合同约定的保养费用支付给乙方。"), frozenset()),
    # a repair fee the customer bears: vague, caught
    (
        _s(REPAIR, "但如遇下列情況,不包含在產品保固範圍內,客戶須自行負擔修復費用。", ("修復費用",)),
        frozenset({"VD001 客戶須自行負擔修復費"}),
    ),
    # a fee set by the published rate: clean, quiet
    (_s(TELECOM, "用戶應依本公司公告之網路服務費率與本公司繳費通知定期繳交各項費用。"), frozenset()),
    # the vendor's expenses the customer reimburses, at no stated rate: vague, missed
    (
        _s(
            PASIEKA,
            "Additionally, the Client shall reimburse travel expenses and possible accommodation expenses "
            "according to actual costs.",
            ("according to actual costs",),
        ),
        frozenset(),
    ),
    # reimbursed by a schedule: clean, quiet
    (
        _s(
            IFOX,
            "All costs for licenses, upgrades, or additional maintenance for New Third Party Software are "
            "Reimbursable Expenses, and IFOX shall be paid for such costs in accordance with Schedule C.",
        ),
        frozenset(),
    ),
]


def test_a_shape_is_tallied_by_label_and_verdict(ls) -> None:  # type: ignore[no-untyped-def]
    shape = ls.tally(ROWS, "zh-Hans", "[费費]")
    assert [shape.count(c) for c in ls.CELLS] == [0, 1, 0, 1]
    assert shape.cells["missed"][0].doc == MAINTENANCE
    assert shape.cells["quiet"][0].doc == ELEVATOR
    shape = ls.tally(ROWS, "zh-Hant", "[费費]")
    assert [shape.count(c) for c in ls.CELLS] == [1, 0, 0, 1]


def test_without_drops_sentences_that_state_the_price(ls) -> None:  # type: ignore[no-untyped-def]
    assert ls.tally(ROWS, "zh-Hant", "[费費]", without="费率|費率").count("quiet") == 0
    assert ls.tally(ROWS, "zh-Hans", "[费費]", without="由甲方").count("missed") == 0


def test_english_matches_ignore_case(ls) -> None:  # type: ignore[no-untyped-def]
    shape = ls.tally(ROWS, "en", r"\breimburs")
    assert [shape.count(c) for c in ls.CELLS] == [0, 1, 0, 1]  # "Reimbursable" and "reimburse"
    assert ls.tally(ROWS, "en", r"\breimburs", without=r"schedule \w").count("quiet") == 0


def test_a_report_line_gives_both_sides(ls) -> None:  # type: ignore[no-untyped-def]
    line = ls.report("test", "zh-Hans", ls.tally(ROWS, "zh-Hans", "[费費]"))
    assert line.split() == [
        "zh-Hans",
        "test",
        "vague",
        "1",
        "(0",
        "caught,",
        "1",
        "missed)",
        "|",
        "clean",
        "1",
        "(0",
        "alarms,",
        "1",
        "quiet)",
    ]
    shown = ls.shown(ls.tally(ROWS, "zh-Hans", "[费費]"), ["missed"])
    assert shown == [f"  missed {MAINTENANCE}:1  5.如果甲方系统遇到了需要乙方现场解决的问题,差旅费由甲方支付。"]


def test_the_script_refuses_a_check_split_and_a_bad_pattern(ls, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        ls.main(["[费費]", "--test", "held-out-20"])
    assert "invalid choice: 'held-out-20'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        ls.main(["差旅(", "--learn", "held-out-4", "--test", "held-out-5"])
    assert "not a regular expression" in capsys.readouterr().err


def test_the_script_reports_learn_and_test_per_language(ls, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        ls.main(["差旅费由甲方支付", "--learn", "held-out-4", "--test", "held-out-5", "--show", "caught", "missed"])
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("learn: held-out-4; test: held-out-5; shape: 差旅费由甲方支付")
    assert [line.split()[:2] for line in out[1:] if not line.startswith("  ")] == [
        [lang, group] for lang in ("zh-Hans", "zh-Hant", "en") for group in ("learn", "test")
    ]
    # the held-out-4 sentence is vague, caught or missed by whatever lint runs; held-out-5 has no such sentence
    assert out[1].split()[:4] == ["zh-Hans", "learn", "vague", "1"]
    assert (
        out[2].split(maxsplit=1)[1]
        == f"{MAINTENANCE}:15  5.如果甲方系统遇到了需要乙方现场解决的问题,差旅费由甲方支付。"
    )
    assert out[2].split()[0] in ("caught", "missed")
    assert out[3].split()[:4] == ["zh-Hans", "test", "vague", "0"]
