"""Merge rules of a deal over its offer (docs/offers.md), read back from the validated spec."""

from __future__ import annotations

from decimal import Decimal

from offers_support import DEAL_HEAD

from termsmith.spec.dump import dump_yaml, to_plain
from termsmith.validation import validate_path, validate_text


def test_plain_deal_takes_everything_else_from_the_offer(ws, validate) -> None:
    result = validate(ws.deal())
    assert result.ok, result.diagnostics
    spec = result.document.spec
    assert spec.vendor.legal_name.get("zh-Hans") == "厦门云帆软件科技有限公司"  # offer
    assert spec.client.legal_name.get("zh-Hans") == "福州闽油能源有限公司"  # deal
    assert [p.role.value for p in spec.parties] == ["vendor", "client"]  # inherited first, then added
    assert str(spec.term.length) == "12 months" and str(spec.term.start) == "2026-01-10"  # mapping merged by key
    assert [lv.id for lv in spec.severity_levels] == ["P0", "P2"]


def test_provenance_names_the_offer_version_and_hash(ws, validate) -> None:
    import hashlib

    result = validate(ws.deal())
    (ref,) = result.document.metadata.offers
    raw = (ws.root / "offers/shop.yaml").read_bytes()
    assert (ref.name, ref.version, ref.source) == ("shop-standard", "1.2.0", "../offers/shop.yaml")
    assert ref.sha256 == hashlib.sha256(raw).hexdigest()


def test_id_lists_merge_by_id_add_and_remove(ws, validate) -> None:
    result = validate(
        ws.deal("""\
      severity_levels:
        - id: P0
          response: 15m          # override one field of an inherited level
        - id: P3                 # a new level, appended (the least severe tier, as levels run most severe first)
          tier: consultation
          name: 咨询
          definition: 使用方法咨询
          response: 1h
          resolution: 24h
      scope:
        included:
          - id: backups
            remove: true
      fees:
        rate_card:
          - id: on-site
            name: 现场支持
            unit: visit
            price: 2000.00 CNY
    """)
    )
    assert result.ok, result.diagnostics
    spec = result.document.spec
    levels = {lv.id: lv for lv in spec.severity_levels}
    assert list(levels) == ["P0", "P2", "P3"]
    assert str(levels["P0"].response.within) == "15 minutes"
    assert str(levels["P0"].resolution.within) == "4 hours"  # kept from the offer
    assert levels["P0"].name.get("zh-Hans") == "紧急"
    assert [i.id for i in spec.scope.included] == ["defects"]
    assert [r.id for r in spec.fees.rate_card] == ["feature-work", "on-site"]
    assert spec.fees.rate_card[1].price.amount == Decimal("2000.00")


def test_lists_without_ids_replace_and_null_removes_a_key(ws, validate) -> None:
    result = validate(
        ws.deal("""\
      payment:
        milestones:
          - name: 签约后一次付清
            trigger: signing
            percent: 100%
            due_days: 10
      penalties: null
    """)
    )
    assert result.ok, result.diagnostics
    spec = result.document.spec
    assert [m.name.get("zh-Hans") for m in spec.payment.milestones] == ["签约后一次付清"]
    assert spec.penalties is None


def test_effective_output_is_a_stand_alone_spec_with_the_same_terms(ws, validate, capsys) -> None:
    from termsmith.cli import main

    deal = ws.deal("""\
      severity_levels:
        - id: P0
          response: 15m
    """)
    assert main(["validate", "--effective", str(deal.relative_to(ws.root))]) == 0
    out = capsys.readouterr().out
    assert "# offer shop-standard 1.2.0 (sha256 " in out and "offer:" not in out.replace("# offer", "")
    again = validate_text(out, "effective.yaml")
    assert again.ok, again.diagnostics
    assert again.document == validate(deal).document
    assert "15 minutes" in dump_yaml(to_plain(again.document.spec.severity_levels[0]))


def test_an_offer_may_build_on_another_offer(ws, validate) -> None:
    ws.write(
        "offers/premium.yaml",
        """\
apiVersion: termsmith/v1
kind: ServiceOffer
offer: shop.yaml
metadata:
  name: shop-premium
  version: 2.0.0
spec:
  severity_levels:
    - id: P0
      resolution: 2h
""",
    )
    result = validate(ws.deal(head=_head("../offers/premium.yaml")))
    assert result.ok, result.diagnostics
    assert str(result.document.spec.severity_levels[0].resolution.within) == "2 hours"
    assert [(o.name, o.version) for o in result.document.metadata.offers] == [
        ("shop-premium", "2.0.0"),
        ("shop-standard", "1.2.0"),
    ]
    offer = validate(ws.root / "offers/premium.yaml")  # the offer alone: checked as far as it goes
    assert offer.ok, offer.diagnostics


def test_a_deal_without_offer_is_untouched(ws) -> None:
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "validate" / "minimal-valid.yaml"
    result = validate_path(sample)
    assert result.ok and result.document.metadata.offers == []
    assert result.loaded.parts == {}


def _head(offer: str) -> str:
    return DEAL_HEAD.replace("../offers/shop.yaml", offer)
