"""Parties of a court judgment restating a service contract (issue 12, extract25): the heading names the sides,
the court's restatement says which side served the other. Judgments of our own, in the style of Taiwan's
民事判決 pages."""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, terms_of, text_lines
from pytest import CaptureFixture


def _roles(tmp_path: Path, *lines: str) -> dict[str, str]:
    terms = terms_of(tmp_path, text_lines(*lines))
    return {p["role"]: p["legal_name"] for p in terms.get("parties", [])}


def test_the_side_that_provides_the_service_is_the_vendor(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "judgment.txt"
    path.write_text(
        text_lines(
            "臺灣臺北地方法院民事判決 110年度訴字第123號",
            "原 告 北辰資訊股份有限公司 法定代理人 王○○ 訴訟代理人 李○○律師",
            "被 告 南星物流有限公司 法定代理人 陳○○",
            "上列當事人間請求給付服務費用事件,本院判決如下:",
            "一、原告主張:兩造於109年1月1日簽訂系統維護合約,由原告提供倉儲系統之維護服務,每月服務費新臺幣3萬元。",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    parties = {p["role"]: p["legal_name"] for p in found["terms"]["parties"]}
    assert parties == {"vendor": "北辰資訊股份有限公司", "client": "南星物流有限公司"}
    vendor_at = [p["role"] for p in found["terms"]["parties"]].index("vendor")
    assert found["evidence"][f"parties[{vendor_at}].legal_name"]["line"] == 2


def test_a_heading_over_two_lines_and_a_commission(tmp_path: Path) -> None:
    # the side on a line of its own, its counterclaim role and name on the next; the defendant commissioned the work
    roles = _roles(
        tmp_path,
        "臺灣臺北地方法院民事簡易判決",
        "原 告",
        "即反訴被告 青松網路科技有限公司",
        "法定代理人 林○○",
        "被 告",
        "即反訴原告 白鷺國際有限公司",
        "上列當事人間請求給付尾款等事件,本院判決如下:",
        "兩造簽訂軟體委託開發合約書,由被告委託原告進行購物網站之開發工作,約定保固期間一年。",
    )
    assert roles == {"vendor": "青松網路科技有限公司", "client": "白鷺國際有限公司"}


def test_appellant_and_appellee(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path,
        "臺灣高等法院民事判決",
        "上 訴 人 東嶺系統股份有限公司",
        "被 上訴 人 新北市勞工服務處",
        "上列當事人間請求給付價款等事件,上訴人對於第一審判決提起上訴。",
        "被上訴人辦理「就業媒合網站」採購案,由上訴人負責該網站系統之建置及維護。",
    )
    assert roles == {"vendor": "東嶺系統股份有限公司", "client": "新北市勞工服務處"}


def test_a_claim_for_the_price_back_makes_the_plaintiff_the_client(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path,
        "臺灣臺北地方法院106年度訴字第999號",
        "- 裁判案由返還價金等",
        "原 告 即反訴被告 紅杉貿易股份有限公司 法定代理人 張○○",
        "被 告 即反訴原告 藍海軟體有限公司 法定代理人 楊○○",
        "原告主張系統未能正常運作,請求解除契約。",
    )
    assert roles == {"vendor": "藍海軟體有限公司", "client": "紅杉貿易股份有限公司"}


def test_no_statement_of_who_served_whom_reports_no_party(tmp_path: Path) -> None:
    # a plaintiff is no vendor by being a plaintiff; an appeal over a price says nothing of who claimed it
    assert (
        _roles(
            tmp_path,
            "臺灣臺中地方法院民事判決",
            "原 告 永春數位股份有限公司",
            "被 告 海風資訊有限公司",
            "上列當事人間請求損害賠償事件,本院判決如下:",
        )
        == {}
    )
    assert (
        _roles(
            tmp_path,
            "臺灣高等法院民事判決",
            "上 訴 人 永春數位股份有限公司",
            "被 上訴 人 海風資訊有限公司",
            "上列當事人間請求給付價款事件,上訴人對於第一審判決提起上訴。",
        )
        == {}
    )


def test_a_contract_naming_a_plaintiff_in_passing_is_no_judgment(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path,
        "软件维护合同",
        "甲方:星河科技有限公司",
        "乙方:云帆软件有限公司",
        "争议由原告所在地人民法院管辖。",
    )
    assert roles == {"client": "星河科技有限公司", "vendor": "云帆软件有限公司"}
