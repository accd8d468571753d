"""Bad ``offer:`` references and bad removals: positioned errors, never a traceback."""

from __future__ import annotations

import pytest
from offers_support import DEAL_HEAD, OFFER

from termsmith.cli import main

DEAL_FILE = "deals/deal.yaml"


def _deal_with(ws, offer: str):
    return ws.deal(head=DEAL_HEAD.replace("offer: ../offers/shop.yaml", f"offer: {offer}"))


def _single(result):
    assert not result.ok and len(result.diagnostics) == 1, result.diagnostics
    return result.diagnostics[0]


@pytest.mark.parametrize(
    ("offer", "code", "words"),
    [
        ("standrad", "O001", "did you mean 'standard'?"),
        ("../offers/missing.yaml", "O001", "no offer file"),
        ("/etc/offer.yaml", "O003", "absolute"),
        ("../../outside.yaml", "O003", "leaves the workspace"),
        ("'42'", "O001", "no bundled offer"),
        ("[a, b]", "O005", "bundled offer or a .yaml file"),
        ("''", "O005", "bundled offer or a .yaml file"),
    ],
)
def test_bad_reference_is_an_error_at_the_offer_value(ws, validate, offer, code, words) -> None:
    (ws.root.parent / "outside.yaml").write_text(OFFER, encoding="utf-8")
    d = _single(validate(_deal_with(ws, offer)))
    assert d.code == code
    assert words in d.message + (d.hint or "")
    assert (d.file, d.line, d.col) == (DEAL_FILE, ws.line_of(DEAL_FILE, "offer:"), 8)


def test_symlink_out_of_the_workspace_is_refused(ws, validate) -> None:
    (ws.root.parent / "elsewhere.yaml").write_text(OFFER, encoding="utf-8")
    (ws.root / "offers" / "link.yaml").symlink_to(ws.root.parent / "elsewhere.yaml")
    assert _single(validate(_deal_with(ws, "../offers/link.yaml"))).code == "O003"


def test_an_explicit_root_is_the_workspace(ws, validate) -> None:
    assert validate(ws.deal(), root=ws.root / "deals").diagnostics[0].code == "O003"


def test_a_deal_is_not_an_offer(ws, validate) -> None:
    ws.deal(name="deals/other.yaml")
    d = _single(validate(_deal_with(ws, "other.yaml")))
    assert d.code == "O004" and "deals/other.yaml is a ServiceSpec, not a ServiceOffer" in d.message


def test_cycle_is_reported_with_the_chain(ws, validate) -> None:
    for a, b in (("a", "b"), ("b", "a")):
        ws.write(f"offers/{a}.yaml", OFFER.replace("kind: ServiceOffer\n", f"kind: ServiceOffer\noffer: {b}.yaml\n"))
    d = _single(validate(_deal_with(ws, "../offers/a.yaml")))
    assert d.code == "O002" and "offers/a.yaml → offers/b.yaml → offers/a.yaml" in d.message
    assert d.file == "offers/b.yaml" and d.line == 3


def test_offer_without_version(ws, validate) -> None:
    ws.write("offers/shop.yaml", OFFER.replace("  version: 1.2.0\n", ""))
    d = _single(validate(ws.deal()))
    assert d.code == "O006" and d.file == "offers/shop.yaml" and d.line == ws.line_of("offers/shop.yaml", "metadata:")


def test_broken_yaml_in_the_offer_is_reported_in_the_offer(ws, validate) -> None:
    ws.write("offers/shop.yaml", OFFER.replace("  name: shop-standard", "  name: [shop"))
    d = _single(validate(ws.deal()))
    assert d.code == "Y001" and d.file == "offers/shop.yaml"


@pytest.mark.parametrize(
    ("items", "words", "needle"),
    [
        ("- id: P3\n      remove: true", "no item with id 'P3'", "id: P3"),
        ("- id: P0\n      remove: yes-please", "takes only 'true'", "remove: yes-please"),
        ("- id: P0\n      remove: true\n      name: x", "takes no other fields", "name: x"),
    ],
)
def test_bad_removal(ws, validate, items, words, needle) -> None:
    deal = ws.deal(f"severity_levels:\n    {items}\n")
    d = _single(validate(deal))
    assert d.code == "O010" and words in d.message
    assert (d.file, d.line) == (DEAL_FILE, ws.line_of(DEAL_FILE, needle))


def test_removal_in_a_list_without_ids(ws, validate) -> None:
    deal = ws.deal("payment:\n  milestones:\n    - name: x\n      remove: true\n")
    d = _single(validate(deal))
    assert d.code == "O010" and "only removes an item inherited" in d.message


def test_cli_exit_code_and_no_traceback(ws, capsys) -> None:
    _deal_with(ws, "nothing-like-it")
    assert main(["validate", DEAL_FILE]) == 1
    out = capsys.readouterr()
    assert f"{DEAL_FILE}:3:8: error[O001]" in out.out and "Traceback" not in out.err
