"""lintclosure16: the lexicon's families closed over word forms and near-synonyms (bench/lint_closure/README.md).

Every sentence here is invented for the test (none is from the real-text corpus): a closed form inside a promise is
flagged like the word it closes; the same form outside a promise, or bounded by its quantity, is not.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.lint.lexicon import en_closure16

# --- VT: forms and near-synonyms of prompt / quick / immediate / regular

TIME_FLAGGED = [
    ("We will reply at once.", "at once"),
    ("Our engineers will fix the fault straight away.", "straight away"),
    ("The vendor shall deploy the patch straightaway.", "straightaway"),
    ("We will respond instantly to every ticket.", "instantly"),
    ("We will restore the service in short order.", "in short order"),
    ("We guarantee promptness in every reply.", "promptness"),
    ("We will handle the request in a prompt manner.", "prompt manner"),
    ("Critical faults will be addressed urgently.", "urgently"),
    ("We will release a fix soon.", "soon"),
    ("We will answer with little delay.", "with little delay"),
    ("The vendor shall routinely back up the database.", "routinely"),
    ("We will continuously monitor your servers.", "continuously"),
    ("We will continually review the logs.", "continually"),
]


@pytest.mark.parametrize(("text", "term"), TIME_FLAGGED)
def test_time_forms_in_a_promise_are_flagged(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


TIME_QUIET = [
    "All files are uploaded at once.",  # no promise: a description
    "We will reply at once, and in any event within 2 hours.",  # bounded by its deadline
    "We will respond as soon as possible.",  # the longer term, not "soon"
    "The vendor shall routinely back up the database every day.",  # bounded by its period
    "The system shall raise an alert when CPU stays above 80% continuously for 10 minutes.",  # a measured duration
    "A time limit that runs 24x7 runs continuously, including weekends.",  # a clock described
]


@pytest.mark.parametrize("text", TIME_QUIET)
def test_time_forms_outside_a_promise_or_bounded_are_not_flagged(text: str) -> None:
    closed = {term for _, term in TIME_FLAGGED} | {"soon"}
    assert not [w for w in warnings(text) if w[1] in closed]


# --- VQ: near-synonyms of the grades (top-notch, world-class, excellent, high quality), hyphen ↔ space

QUALITY_FLAGGED = [
    ("We provide top notch support to every customer.", "top notch"),
    ("The contractor shall deliver first-rate maintenance.", "first-rate"),
    ("Our team will provide world class service.", "world class"),
    ("We will deliver the highest quality software with every release.", "highest quality"),
    ("The vendor shall perform the work to a high standard.", "high standard"),
    ("We offer superb support for all plans.", "superb"),
    ("We provide state-of-the-art monitoring.", "state-of-the-art"),
    ("We guarantee quality workmanship on every repair.", "quality workmanship"),
]


@pytest.mark.parametrize(("text", "term"), QUALITY_FLAGGED)
def test_grade_synonyms_in_a_promise_are_flagged(text: str, term: str) -> None:
    assert ("VQ001", term) in warnings(text)


QUALITY_QUIET = [
    "The museum has a world class collection.",  # no promise: a description
    "In no event shall the vendor be liable for punitive or exemplary damages.",  # a term of art
    "We provide top notch hosting with 99.9% monthly uptime.",  # measured in its clause
]


@pytest.mark.parametrize("text", QUALITY_QUIET)
def test_grade_synonyms_outside_a_promise_or_measured_are_not_flagged(text: str) -> None:
    assert not [w for w in warnings(text) if w[0] == "VQ001"]


# --- VS: near-synonyms of etc. / and the like

SCOPE_FLAGGED = [
    ("We will repair printers, scanners and similar devices.", "and similar"),
    ("Our support covers, inter alia, updates and patches.", "inter alia"),
    ("The vendor maintains servers, switches, routers et cetera.", "et cetera"),
    ("We will back up mailboxes, calendars and suchlike.", "and suchlike"),
]


@pytest.mark.parametrize(("text", "term"), SCOPE_FLAGGED)
def test_list_closers_are_flagged(text: str, term: str) -> None:
    assert ("VS001", term) in warnings(text)


SCOPE_QUIET = [
    "Support does not include printers, scanners and similar devices.",  # an exclusion
    "We support common systems, such as Windows, Linux and similar systems.",  # examples after such as
    "Remote access is given through WebEx or similar tools.",  # "or similar" is an alternative: not added
]


@pytest.mark.parametrize("text", SCOPE_QUIET)
def test_list_closers_in_an_exclusion_or_example_are_not_flagged(text: str) -> None:
    assert not [w for w in warnings(text) if w[0] == "VS001"]


# --- zh VT: a speed in a 得 complement (处理得很快), counted where the sentence binds a party

COMPLEMENT_FLAGGED = [
    ("乙方保证问题解决得很快。", "得很快"),
    ("我们会把客户的问题处理得非常快。", "得非常快"),
    ("乙方保證故障修復得十分快。", "得十分快"),
    ("我們會把問題處理得非常快。", "得非常快"),
]


@pytest.mark.parametrize(("text", "term"), COMPLEMENT_FLAGGED)
def test_zh_speed_complement_in_a_commitment_is_flagged(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


COMPLEMENT_QUIET = [
    "这台电脑运行得很快。",  # a description: nobody is bound
    "這台伺服器開機得很快。",
    "乙方保证问题在2小时内解决得很快。",  # bounded by its deadline
]


@pytest.mark.parametrize("text", COMPLEMENT_QUIET)
def test_zh_speed_complement_in_a_description_or_bounded_is_not_flagged(text: str) -> None:
    assert not [w for w in warnings(text) if w[0] == "VT001"]


# --- zh VQ: near-synonyms of 妥善 and 认真, counted where the sentence binds a party

MANNER_FLAGGED = [
    ("乙方将妥当处理甲方的数据。", "妥当"),
    ("乙方應穩妥保管客戶資料。", "穩妥"),
    ("乙方将精心维护甲方的系统。", "精心"),
    ("我們承諾用心服務每一位客戶。", "用心"),
    ("乙方将悉心指导甲方人员。", "悉心"),
]


@pytest.mark.parametrize(("text", "term"), MANNER_FLAGGED)
def test_zh_manner_synonyms_in_a_commitment_are_flagged(text: str, term: str) -> None:
    assert ("VQ001", term) in warnings(text)


MANNER_QUIET = [
    "本软件设计精心，界面贴心。",  # a description: nobody is bound
    "這款產品的介面十分貼心。",
]


@pytest.mark.parametrize("text", MANNER_QUIET)
def test_zh_manner_synonyms_in_a_description_are_not_flagged(text: str) -> None:
    assert not [w for w in warnings(text) if w[0] == "VQ001"]


@pytest.mark.parametrize(
    ("text", "term"), [("乙方将妥当地保管甲方的设备。", "妥当地"), ("乙方將精心地維護系統。", "精心地")]
)
def test_zh_manner_synonyms_in_di_are_read_as_one_adverb(text: str, term: str) -> None:
    assert [w for w in warnings(text) if w[0] == "VQ001"] == [("VQ001", term)]


# --- the closure only adds: no closure phrase swallows a term the lexicon already flags outside a promise.
# A closure phrase counts inside a promise only; were it to contain a term flagged anywhere ("best possible", "least
# possible delay"), the longer match would take that term's place and silence it outside a promise (held-out-29's
# one run: "… plus the best possible service, are very important objectives" lost its finding).


def _sub_phrases(phrase: str) -> list[str]:
    words = phrase.split()
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words)]


@pytest.mark.parametrize(
    "phrase",
    [w for w, _, _ in (*en_closure16.EN_QUALITY_CLOSURE, *en_closure16.EN_TIME_CLOSURE)],
)
def test_no_closure_phrase_swallows_a_term_flagged_outside_a_promise(phrase: str) -> None:
    shadowed = [
        part
        for part in _sub_phrases(phrase)
        if warnings(f"Providing customers with {part} and low prices are our important objectives.")
    ]
    assert shadowed == [], f"{phrase!r} contains {shadowed}, already flagged outside a promise"


@pytest.mark.parametrize(
    "sentence",
    [
        "Low prices, plus the best possible service, are our most important objectives.",
        "Answering with the least possible delay is one of our objectives.",
    ],
)
def test_an_existing_term_inside_a_closure_phrase_keeps_its_finding(sentence: str) -> None:
    assert warnings(sentence)
