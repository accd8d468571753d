"""A brand read as the owner of the page's desk and staff names the vendor only when it stands for a firm somewhere
on the page; a desk label, a product with its plan word, a product the page uses or calls a platform, or a client
names no one. End to end through the CLI in en, zh-Hans and zh-Hant."""

from __future__ import annotations

from pathlib import Path

from extract_support import vendor_of as _vendor


def test_en_a_desk_label_of_initials_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Service Level Agreement",
            "Priority is the combined severity reported and the priority set internally by QX Support:",
            "QX Support and Development teams support the current version of the software.",
            "Contact QX Support for help.",
        )
        is None
    )


def test_en_a_desk_label_that_never_acts_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support",
            "Issues are assessed after initial contact with a Pellucor support engineer.",
            "For a higher tier, please contact your Pellucor representative.",
            "| Owner | Pellucor Support and Product |",
        )
        is None
    )


def test_en_a_product_with_its_plan_word_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support Plans",
            "All Vaultline subscriptions include Vaultline Standard Support.",
            "You can contact Vaultline Standard Support through email and we will aim to respond within 4 hours.",
            "There are two Vaultline Premium Support plans: Gold and Platinum.",
        )
        is None
    )


def test_en_a_product_the_page_uses_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support SLA",
            "How to contact the Gridmark support team",
            "Our goal is to keep Gridmark running smoothly.",
            "You can reach the Gridmark helpdesk by phone.",
            "Severity 1: Gridmark is unavailable or completely inoperable.",
        )
        is None
    )
    assert (
        _vendor(
            tmp_path,
            "Support",
            "Support issues on the Tallowin platform go to the Tallowin support team.",
            "The Tallowin support team handles each ticket.",
        )
        is None
    )


def test_en_the_firm_whose_desk_acts_is_the_vendor(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support",
            "Someone from the Quillmark team assigns the ticket to the right engineer.",
            "A change of priority is agreed between Quillmark and the customer.",
        )
        == "Quillmark"
    )


def test_en_a_client_names_no_vendor(tmp_path: Path) -> None:
    vendor = _vendor(
        tmp_path,
        "Support",
        "This agreement is between Harrowby Council (the Customer) and the Supplier.",
        "The Harrowby Council team reports incidents; the Harrowby Council team signs off each fix.",
    )
    assert vendor != "Harrowby Council"


def test_zh_hans_a_product_with_its_plan_word_and_desk_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "支持计划",
            "所有 Vaultline 订阅均包含 Vaultline 标准支持服务。",
            "您可以联系 Vaultline 客户支持部门。",
            "工作日内也可致电 Vaultline 客户支持部门。",
        )
        is None
    )


def test_zh_hans_the_staff_that_act_name_the_vendor(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "服务水平",
            "对于优先级 1 的问题,Norvane 客户成功人员保证首次响应时间不超过 15 分钟。",
            "对于优先级 2 的问题,Norvane 客户成功人员的首次响应时间不超过 1 小时。",
        )
        == "Norvane"
    )


def test_zh_hant_a_desk_label_and_a_platform_name_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "支援服務",
            "請撥打澄硯客戶服務中心專線。",
            "澄硯平台的問題,請向澄硯技術支援人員反映。",
        )
        is None
    )
