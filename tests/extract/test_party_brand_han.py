"""A Chinese firm named by its brand in Han characters on its own page (the lead's brand-vendor decision of session
19): the name that acts twice ("天絡隨時提供 …", "天絡將派員 …"), or the page's title beside its service when a line of its
own gives the firm's legal name (then that name). Read end to end through the CLI, in zh-Hans and
zh-Hant, with the negative cases: a cloud that only hosts, a role, a common noun in the title, a footer, the client."""

from __future__ import annotations

from pathlib import Path

from extract_support import parties_of, text_lines


def _vendor(tmp_path: Path, *lines: str) -> str | None:
    return dict(parties_of(tmp_path, text_lines(*lines))).get("vendor")


def test_zh_hant_a_han_name_that_acts_twice(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "系統維護說明",
            "1. 軟體應用:澄硯隨時提供電話支援,以解決客戶在應用軟體方面的問題。",
            "2. 軟體故障:如軟體出現故障,澄硯會安排工程師到客戶現場處理。",
        )
        == "澄硯"
    )


def test_zh_hant_a_brand_title_with_its_legal_name_line(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "澄硯資訊售後服務說明",
            "台北澄硯資訊股份有限公司",
            "凡購買本公司產品之客戶,均享有一年免費保固。",
        )
        == "台北澄硯資訊股份有限公司"
    )


def test_zh_hans_a_title_with_the_name_again_but_no_act_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "澜屿世纪售后服务承诺书",
            "澜屿世纪广告机产品:七天包换,一年免费保修。",
            "客户报修后,工程师在4小时内响应。",
        )
        is None
    )


def test_zh_hans_a_brand_title_gives_its_legal_name_line(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "青禾软件售后服务",
            "杭州青禾信息技术有限公司",
            "为进一步规范『青禾软件』的售后技术服务水平,我司制定了本制度。",
            "客户报修后,工程师在4小时内响应。",
        )
        == "杭州青禾信息技术有限公司"
    )


def test_a_cloud_that_hosts_a_role_and_a_footer_name_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "服务说明",
            "阿里云提供云服务器的运行环境,阿里云负责机房的电力。",
            "本公司将在2小时内响应,本公司负责系统的维护。",
            "客户可以提交工单,客户应提供问题的截图。",
            "版权所有 © 2024 澜屿科技",
        )
        is None
    )


def test_zh_hant_a_common_noun_title_and_the_client_name_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "網站維護服務",
            "網站每月備份一次。",
            "星湖酒店對本服務提出需求時,星湖酒店應提供帳號。",
        )
        is None
    )
