"""Session 11 (issue 12, extract26): parties read from the document's structure, not from one wording, read back
through `extract_file`. Every text is our own, written in the style of the corpus forms that were missed (court
judgments over a service contract, "Between: / And:" heading blocks, a vendor's own terms speaking as "we", tender
documents, hard-wrapped "between" blocks); the guards are blanks, placeholders and sentence fragments in a name's
slot, and a judgment that does not say who serves whom.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _parties(tmp_path: Path, *lines: str) -> dict[str, str]:
    return {p["role"]: p["legal_name"] for p in terms_of(tmp_path, _lines(*lines)).get("parties", [])}


def test_a_judgment_names_the_vendor_by_who_builds(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # zh-Hant: the plaintiff is the client here, the defendant the one who took the job on
    path = tmp_path / "judgment.txt"
    path.write_text(
        _lines(
            "臺灣新北地方法院民事判決",
            "111年度訴字第123號",
            "原 告 春木貿易股份有限公司",
            "法定代理人 林一",
            "被 告 青禾系統股份有限公司",
            "法定代理人 陳二",
            "上列當事人間請求返還價金事件,本院判決如下:",
            "一、原告主張:兩造於110年3月1日簽訂系統維護合約書,約定由被告承攬原告之倉儲系統維護工作,每月維護費3萬元。",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    parties = {p["role"]: p["legal_name"] for p in found["terms"]["parties"]}
    assert parties == {"client": "春木貿易股份有限公司", "vendor": "青禾系統股份有限公司"}
    vendor_index = [p["role"] for p in found["terms"]["parties"]].index("vendor")
    assert "青禾系統股份有限公司" in found["evidence"][f"parties[{vendor_index}].legal_name"]["quote"]


def test_a_counterclaim_label_and_the_name_on_the_next_line(tmp_path: Path) -> None:
    # the defendant engages the plaintiff: the plaintiff is the vendor, whatever its label
    parties = _parties(
        tmp_path,
        "臺灣臺中地方法院民事簡易判決",
        "原 告",
        "即反訴被告 遠山網路科技有限公司",
        "法定代理人 王三",
        "被 告",
        "即反訴原告 河堤國際有限公司",
        "一、原告主張:兩造簽訂網站委託開發合約書,由被告委託原告進行網站開發及一年維護工作。",
    )
    assert parties == {"client": "河堤國際有限公司", "vendor": "遠山網路科技有限公司"}


def test_an_appeal_in_simplified_script_by_the_software_firm(tmp_path: Path) -> None:
    # no sentence says who serves: the one software firm of the two is the vendor
    parties = _parties(
        tmp_path,
        "某某省高级人民法院民事判决书",
        "上 诉 人 云启软件有限公司",
        "法定代表人 张四",
        "被 上诉 人 江北市人力资源服务中心",
        "上诉人因服务合同纠纷一案,不服一审判决,提起上诉。",
    )
    assert parties == {"client": "江北市人力资源服务中心", "vendor": "云启软件有限公司"}


def test_a_judgment_that_does_not_say_who_serves_names_no_one(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "臺灣臺北地方法院民事判決",
        "原 告 甲木科技股份有限公司",
        "被 告 乙禾資訊股份有限公司",
        "上列當事人間請求給付貨款事件,本院判決如下:",
    )
    assert parties == {}


def test_between_and_block_with_definitions(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "# MANAGED IT SUPPORT AGREEMENT",
        "",
        "**Between:** Harbour Lane Services (ABN: TBD)",
        "**And:** Two Rivers Pty Ltd",
        "",
        '**"Client"** means Two Rivers Pty Ltd and its authorised representatives.',
        '**"Service Provider"** means Harbour Lane Services and its contractors.',
    )
    # the names as written ("Two", not the normalised "2")
    assert parties == {"vendor": "Harbour Lane Services", "client": "Two Rivers Pty Ltd"}


def test_between_and_block_roles_from_the_quoted_list_after_a_name(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "# Web Development Contract",
        "> **Between** Maria Holt",
        ">",
        "> **And** Sample Widgets Inc.",
        "## Summary",
        'You (Sample Widgets Inc.), located at 1 Main Street ("you", "client"), are hiring me (Maria Holt) ("I", "me", '
        '"developer") to build a web application.',
    )
    assert parties == {"vendor": "Maria Holt", "client": "Sample Widgets Inc."}


def test_a_placeholder_side_is_left_out(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "# Website Design Contract",
        '**Between:** Lena Ortiz ("Designer/Developer")',
        '**And:** [CLIENT NAME] ("Client")',
        "**Date:** [DATE]",
    )
    assert parties == {"vendor": "Lena Ortiz"}


def test_a_labelled_web_developer(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "**Parties**",
        "- **Client:** __________________ (“Client”), with its main office at ______",
        "- **Web Developer:** **Omar Reyes** (“Web Developer”), mailing address: ______",
    )
    assert parties == {"vendor": "Omar Reyes"}


def test_the_vendor_speaking_as_we(tmp_path: Path) -> None:
    assert _parties(
        tmp_path,
        "2. INFORMATION ABOUT US",
        "We are “Northgate Web Ltd”, a company registered in England and Wales.",
    ) == {"vendor": "Northgate Web Ltd"}
    assert _parties(
        tmp_path,
        "Client Terms & Conditions",
        "Thank you for selecting bluePeak LLC as your IT Partner. Please read this document carefully.",
    ) == {"vendor": "bluePeak LLC"}
    assert _parties(
        tmp_path,
        'These terms govern the services provided by K&M STUDIO LTD ("the Company") to the client.',
    ) == {"vendor": "K&M STUDIO LTD"}
    assert _parties(
        tmp_path,
        'Client is the person or firm that purchases Services from Quayside Ltd, company no. 123, ("Quayside").',
    ) == {"vendor": "Quayside Ltd"}
    # a trade name first, the legal name in brackets
    assert _parties(tmp_path, "The customer may purchase support services from ORBIT (Orbit Labs Ltd.) directly.") == {
        "vendor": "Orbit Labs Ltd."
    }
    assert _parties(tmp_path, "感谢您选择山海网络科技有限公司的在线客服系统。") == {"vendor": "山海网络科技有限公司"}


def test_the_vendor_in_its_policys_title_and_the_customer_in_quotes(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "Brightline Inc. Technical Support Agreement",
        'As a Brightline, Inc. technical support customer "City of Elmwood", will receive one year of support.',
    )
    assert parties == {"vendor": "Brightline Inc.", "client": "City of Elmwood"}


def test_a_procurement_contracts_labelled_lines(tmp_path: Path) -> None:
    assert _parties(
        tmp_path,
        "服务类项目政府采购合同协议书",
        "采购人(全称): 江南市数据资源管理局 (甲方)",
        "中标(成交)供应商(全称): (略) (乙方)",
    ) == {"client": "江南市数据资源管理局"}
    assert _parties(
        tmp_path,
        "委託機關: 海港市政府資訊中心",
        "得標廠商: 海天資訊股份有限公司",
    ) == {"client": "海港市政府資訊中心", "vendor": "海天資訊股份有限公司"}
    assert _parties(tmp_path, "文化委員會「113年網站維運」勞務採購案(案號:113001)", "招標文件清單") == {
        "client": "文化委員會"
    }


def test_a_sentence_fragment_is_no_name(tmp_path: Path) -> None:
    assert _parties(tmp_path, "1. Client: Email or visit to create a ticket.") == {}
    assert _parties(
        tmp_path,
        "Provider: Harrow Web Co Ltd (Company No. 1501)",
        "Client: The individual or business completing the subscription setup",
    ) == {"vendor": "Harrow Web Co Ltd"}


def test_a_clause_before_a_defining_bracket_gives_the_name_after_its_last_by(tmp_path: Path) -> None:
    # the bracket defines the name at the end of the clause, not the clause: 'provided by Kestrel Web Studio'
    assert _parties(
        tmp_path,
        'These Terms govern the website care services provided by Kestrel Web Studio ("Provider").',
        "The Provider answers support e-mails within 2 business days.",
    ) == {"vendor": "Kestrel Web Studio"}
    # a fragment with no capitalised name at its end still names no one
    assert _parties(tmp_path, 'These Terms govern the services provided by us ("Provider").') == {}


def test_a_hard_wrapped_between_block(tmp_path: Path) -> None:
    # the address line 'Springfield, Ohio ("Licensor"), and City of' starts with no party's name
    parties = _parties(
        tmp_path,
        "Agreement made as of May 1, 2009,",
        "between Lakeside Software Systems, an",
        "Ohio corporation, with its principal place of",
        "business at 12 Innovation Drive, Suite 40,",
        'Springfield, Ohio ("Licensor"), and City of',
        "Riverton, with its principal place of",
        "business at 5 Court Street, Suite",
        "300, Riverton, Ohio 45000",
        '("Licensee`). Licensor and Licensee agree that',
        "the terms of this Maintenance Agreement apply.",
    )
    assert parties == {"vendor": "Lakeside Software Systems", "client": "City of Riverton"}


def test_the_vendor_as_the_subject_of_its_support_offer(tmp_path: Path) -> None:
    assert _parties(tmp_path, "Scope of Services", "Lumenfield provides technical support to all licensed users.") == {
        "vendor": "Lumenfield"
    }
    assert _parties(tmp_path, "Q7 Labs offer two support plans for Parcel:") == {"vendor": "Q7 Labs"}
    assert _parties(
        tmp_path,
        "Maintenance Service provided by NorthSoft (H.K.) Limited (hereinafter called “NorthSoft”) covers system "
        "defects for one year.",
    ) == {"vendor": "NorthSoft (H.K.) Limited"}
    # a role or a common word as the subject names no one
    assert _parties(tmp_path, "The Vendor provides technical support by telephone.") == {}
    assert _parties(tmp_path, "Premium Support offers phone support around the clock.") == {}
