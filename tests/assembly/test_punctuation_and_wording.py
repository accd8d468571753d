"""Where spec text meets clause text: one sentence mark, proper plurals, one name per item.

The end-to-end cases render a sample whose every description ends in a sentence
mark (as people write them) to DOCX and PDF and read the text back.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from assembly_support import REPO, load

from termsmith.assembly import assemble, document_lines
from termsmith.library.helpers import counted, plural_noun
from termsmith.punctuation import normalise

sys.path.insert(0, str(REPO / "tests" / "e2e"))
from e2e_support import docx_text, pdf_text

FUEL = REPO / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
RETAIL = REPO / "samples" / "retail-app-maintenance.bilingual.yaml"
DOUBLED_ZH = re.compile("[。；，、：][。；，、：]")
DOUBLED_EN = re.compile(r"(?<!\.)\b(?!Ltd|Co|Inc)\w+\.[;,.](?!\.)|。[;,.]")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("修复缺陷。；其他", "zh-Hans", "修复缺陷；其他"),
        ("每月一次。。", "zh-Hans", "每月一次。"),
        ("每月一次；。", "zh-Hant", "每月一次。"),
        ("（按年支付。）", "zh-Hans", "（按年支付）"),
        ("是否？。", "zh-Hans", "是否？"),
        ("TLS 1.2。", "zh-Hans", "TLS 1.2。"),
        ("Fix defects.; then", "en", "Fix defects; then"),
        ("Co., Ltd..", "en", "Co., Ltd."),
        ("Co., Ltd.; next", "en", "Co., Ltd.; next"),
        ("e.g., this", "en", "e.g., this"),
        ("wait...; then", "en", "wait...; then"),
        ("version 1.2.", "en", "version 1.2."),
        ("修复缺陷。; next", "en", "修复缺陷; next"),
        ("use the system;. Examples", "en", "use the system. Examples"),
        ("a,, b;; c", "en", "a, b; c"),
        ("Is it?. Yes", "en", "Is it? Yes"),
        # a run of only ? and ! is the spec's own text (no clause adds one): printed as written
        ("Acme ?? #0", "en", "Acme ?? #0"),
        ("Really?!", "en", "Really?!"),
        ("有限公司？？", "zh-Hans", "有限公司？？"),
        ("是否！？。", "zh-Hant", "是否！"),
    ],
)
def test_one_sentence_mark_per_boundary(text: str, lang: str, expected: str) -> None:
    assert normalise(text, lang) == expected


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (1, "remote training session", "1 remote training session"),
        (2, "remote training session", "2 remote training sessions"),
        (2, "original", "2 originals"),
        (3, "copy", "3 copies"),
        (2, "business day", "2 business days"),
        (4, "patch", "4 patches"),
    ],
)
def test_counted_nouns_are_singular_or_plural(n: int, noun: str, expected: str) -> None:
    assert counted(n, noun, "en") == expected
    assert counted(n, "次", "zh-Hans") == f"{n}次"
    assert plural_noun(noun, 1) == noun


def _with_stops(tmp_path: Path, source: Path) -> Path:
    """``source`` with every description, definition and basis ending in 。 — as people write them."""
    text = source.read_text(encoding="utf-8")
    text = re.sub(
        r"^(\s+(?:description|definition|basis|invoice|notes): )(\S.*)$",
        lambda m: m.group(1) + m.group(2).rstrip("。") + "。",
        text,
        flags=re.M,
    )
    out = tmp_path / source.name
    out.write_text(text, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def stopped_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str]]:
    from termsmith.rendering import render_docx, render_pdf

    out = {}
    for kind in ("agreement", "quote"):
        path = _with_stops(tmp_path_factory.mktemp(kind), FUEL)
        doc = assemble(load(path), kind=kind, spec_source=path.read_bytes())
        text = "\n".join(line.text for line in document_lines(doc))
        out[kind] = (text, docx_text(render_docx(doc)), pdf_text(render_pdf(doc)))
    return out


@pytest.mark.parametrize("kind", ["agreement", "quote"])
def test_descriptions_ending_in_a_full_stop_give_no_doubled_marks(kind: str, stopped_docs) -> None:
    text, docx, pdf = stopped_docs[kind]
    assert "。" in text
    for name, body in (("Document", text), ("DOCX", docx), ("PDF", re.sub(r"\s+", "", pdf))):
        assert DOUBLED_ZH.findall(body) == [], name


def test_stopped_description_keeps_the_clause_mark(stopped_docs) -> None:
    text, docx, _ = stopped_docs["agreement"]
    assert "页面显示错误，修复涉及的代码修改不另行收费；" in docx
    assert "每月 1 次；" in text  # the spec's 。 gave way to the list's ；


def test_english_wording_a_lawyer_flags_is_gone() -> None:
    doc = assemble(load(RETAIL), languages=("en",))
    text = "\n".join(line.text for line in document_lines(doc))
    assert not re.search(r"\w\(s\)", text)
    assert "remote training sessions free of charge" in text
    assert re.search(r"signed in \d+ originals,", text)
    assert "Signature page follows" not in text and "(No further text below)" in text
    quote = assemble(load(RETAIL), kind="quote", languages=("en",))
    lines = [line.text for line in document_lines(quote)]
    assert "Client: Shanghai Heyue Trading Co., Ltd." in lines
    assert "after start of" not in "\n".join(lines)


def test_header_lines_of_the_quote_carry_no_sentence_stop() -> None:
    quote = assemble(load(FUEL), kind="quote")
    head = [line.text for line in document_lines(quote) if line.anchor == "preamble"][:3]
    assert head[0].endswith("2026年1月18日") and head[1].endswith("福州闽油能源有限公司")
    assert not any(line.endswith("。") for line in head)


def test_recurring_fee_start_is_worded_the_same_in_table_and_text() -> None:
    doc = assemble(load(FUEL))
    lines = [line.text for line in document_lines(doc) if line.anchor == "fees"]
    row = next(line for line in lines if line.startswith("年度运维服务费 |"))
    sentence = next(line for line in lines if "年度运维服务费为每年" in line)
    start = row.split(" | ")[-1]
    assert start == "自免费维护期届满之次日起计收" and start in sentence


def test_free_period_names_a_service_by_the_spec_s_own_name() -> None:
    doc = assemble(load(FUEL))
    lines = [line.text for line in document_lines(doc)]
    scope = {line.split("：")[0].split(" ", 1)[1] for line in lines if line.startswith("（") and "：" in line}
    free = [line for line, anchor in ((x.text, x.anchor) for x in document_lines(doc)) if anchor == "free-maintenance"]
    assert any("平台兼容性更新" in line for line in free)
    assert not any(line.endswith(" 兼容性更新；") for line in free)
    assert "平台兼容性更新" in scope


def test_the_last_list_item_closes_the_sentence() -> None:
    """clauses/accounts.yaml ends every conditional item with ；; the list still ends with 。."""
    for lang, stop in (("zh-Hans", "。"), ("en", ".")):
        doc = assemble(load(FUEL), languages=(lang,))
        lines = [line.text for line in document_lines(doc) if line.anchor == "accounts"]
        items = [line for line in lines if re.match(r"^(（[一二三四五六七八九十]+）|\([a-z]+\)) ", line)]
        assert items and items[-1].endswith(stop) and all(not i.endswith(stop) for i in items[:-1]), items


@pytest.mark.parametrize(
    ("counterparts", "en", "zh"),
    [
        (
            1,
            "signed in 1 original, kept by the Client, with a copy kept by the Vendor.",
            "本协议一式1份，由甲方保存，乙方保存复印件。",
        ),
        (
            3,
            "signed in 3 originals, of which the Client keeps 2 and the Vendor keeps 1; each original has the same",
            "本协议一式3份，甲方执2份，乙方执1份，每份具有同等法律效力。",
        ),
    ],
)
def test_originals_are_counted_in_words_that_fit_the_count(tmp_path: Path, counterparts: int, en: str, zh: str) -> None:
    text = RETAIL.read_text(encoding="utf-8").replace("counterparts: 4", f"counterparts: {counterparts}")
    assert f"counterparts: {counterparts}" in text
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    lines = "\n".join(line.text for line in document_lines(assemble(load(spec))))
    assert en in lines and zh in lines


def test_time_zones_are_named_as_readers_name_them() -> None:
    """Not "Asia/Taipei時間" or "(Asia/Hong_Kong)": the zone's name in the document's language."""
    website = REPO / "samples" / "company-website-maintenance.zh-Hant.yaml"
    text = "\n".join(line.text for line in document_lines(assemble(load(website))))
    assert "週一至週五9:00–18:00（臺北時間，" in text and "Asia/" not in text
    hk = REPO / "samples" / "business-system-support.en.yaml"
    text = "\n".join(line.text for line in document_lines(assemble(load(hk))))
    assert "Mon–Fri 09:00–18:00 (Hong Kong Time)" in text and "Asia/" not in text


def test_bilingual_signature_values_are_in_both_languages() -> None:
    """Under "职务： Title:" a bilingual block says both, as it does for the legal names."""
    doc = assemble(load(RETAIL), kind="quote")
    lines = [line.text for line in document_lines(doc) if line.anchor == "closing"]
    assert "职务： Title: 法定代表人 / Legal Representative" in lines
    assert "日期： Date: 2026年3月5日 / 5 March 2026" in lines and "签订地点： Place: 上海市 / Shanghai" in lines
    mono = [line.text for line in document_lines(assemble(load(FUEL))) if line.anchor == "closing"]
    assert "职务：法定代表人" in mono and "日期：2026年1月18日" in mono


def test_marks_inside_a_spec_value_print_as_written(tmp_path: Path) -> None:
    """Only where clause text meets a value is a run of marks one boundary: a run inside the value
    ("Ltd.. #0", in a list item and in a helper's table cell) is the spec's own text."""
    from termsmith.rendering import render_docx

    text = (REPO / "samples" / "business-system-support.en.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Defect fixes", 'name: "Acme Ltd.. #0 fixes"', 1)
    text = text.replace(
        "definition: The system is down for all users,", "definition: The system is down;. for all users,", 1
    )
    path = tmp_path / "marks.yaml"
    path.write_text(text, encoding="utf-8")
    doc = assemble(load(path), kind="agreement", spec_source=path.read_bytes())
    lines = [line.text for line in document_lines(doc)]
    docx = docx_text(render_docx(doc))
    for shown in ("Acme Ltd.. #0 fixes", "The system is down;. for all users,"):
        assert shown in docx
        assert any(shown in line for line in lines)
    assert not [line for line in lines if "\x1f" in line]  # the protection never reaches a document
    assert "Acme Ltd.. #0 fixes:" in docx  # the clause's own mark after the value is still there
