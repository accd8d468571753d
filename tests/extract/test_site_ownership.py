"""Who owns the website a web designer builds (`rules/site_ownership.py`), read back through `extract_file` and
`termsmith extract --format json`. Web-design and website-care terms name the website, its code or its design
rather than "source code", and often tie the ownership to the price being paid. Every text here is our own.

- ownership that passes on payment, or that the designer keeps only until then, is the client's;
- the client or "you" owning the site, its code or designs is the client's; the designer, "we" or a trading name
  keeping the rights to the site's code is the vendor's;
- a title line right above ("Website ownership") names the site for a sentence that does not;
- zh-Hans and zh-Hant: 网站/網站 or 客製功能 with 著作权/著作權 归/歸 a party;
- not: a licence granted on payment, an owner of something other than the site, the site named in another clause.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _owner(tmp_path: Path, *lines: str, name: str = "doc.txt") -> str | None:
    ip = terms_of(tmp_path, _lines(*lines), name).get("intellectual_property", {})
    owner: str | None = ip.get("source_code_owner")
    return owner


def test_ownership_passing_on_payment_is_the_clients(tmp_path: Path) -> None:
    assert (
        _owner(tmp_path, "Ownership of the website and all code and design passes to the client upon full payment.")
        == "client"
    )
    assert _owner(tmp_path, "The client owns the website once it has been paid for.") == "client"
    # kept by the designer only until paid: what the client signs for is owning it
    assert (
        _owner(tmp_path, "We retain ownership of all designs and code until the invoice is paid in full.") == "client"
    )
    assert (
        _owner(tmp_path, "All site designs remain the property of Northbeam Design until final payment is made.")
        == "client"
    )


def test_the_party_named_as_owner(tmp_path: Path) -> None:
    assert _owner(tmp_path, "You always own your website and everything on it.") == "client"
    assert _owner(tmp_path, "Brightline Studio retains all rights to the website code during the subscription.") == (
        "vendor"
    )
    assert _owner(tmp_path, "We keep ownership of the site templates we build for you.") == "vendor"
    # the designer named without an article
    assert _owner(tmp_path, "Stock page designs remain the property of designer.") == "vendor"
    assert _owner(tmp_path, "The website remains the property of designer until payment is made.") == "client"


def test_ownership_handed_over_to_the_client(tmp_path: Path) -> None:
    assert _owner(tmp_path, "We transfer full ownership of the site to the client once the final invoice is paid.") == (
        "client"
    )
    assert _owner(
        tmp_path, "On completion, Acme Web will transfer all rights in the finished web pages to the Client."
    ) == ("client")
    assert _owner(tmp_path, "Sole ownership of all design and code falls to the client upon final payment.") == "client"


def test_ownership_tied_to_payment_is_the_last_word(tmp_path: Path) -> None:
    lines = (
        "Brightline Studio is the sole owner of all website work it designs.",
        "After full payment, ownership of the website is transferred to the client.",
    )
    assert _owner(tmp_path, *lines) == "client"
    assert _owner(tmp_path, lines[0]) == "vendor"


def test_a_title_line_names_the_site(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "Website ownership",
            "Once our last invoice is settled, every page and graphic we made is owned by you.",
            "Payment terms",
            "Invoices are due within 14 days.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["intellectual_property"] == {"source_code_owner": "client"}
    evidence = found["evidence"]["intellectual_property.source_code_owner"]
    assert evidence["quote"].startswith("Once our last invoice is settled")
    assert evidence["line"] == 2


def test_chinese_site_copyright(tmp_path: Path) -> None:
    assert _owner(tmp_path, "三、网站设计的著作权归客户所有。", name="zh.txt") == "client"
    assert _owner(tmp_path, "網站及客製功能之著作權歸本公司所有,未經同意不得轉售。", name="tw.txt") == "vendor"


def test_what_is_no_site_ownership(tmp_path: Path) -> None:
    # a licence on payment leaves the designs with the designer
    licence = (
        "All designs remain our property, but upon full payment we grant you a licence to use them on your website."
    )
    assert _owner(tmp_path, licence) == "vendor"
    # something else owned, the site named in another clause
    assert _owner(tmp_path, "You own your domain name.") is None
    assert _owner(tmp_path, "Please read the notes on our website, and note that we own our servers.") is None
    assert _owner(tmp_path, "Third-party plugins remain the property of their respective owners.") is None
