"""The web app's "new deal" form: which offers a workspace can use, and the deal it writes.

The deal's text comes from ``termsmith.offers.draft.deal_text`` — the same commented
YAML ``termsmith init`` writes. The form's extra fields (client short name, address,
representative, go-live date, prevailing language) and price overrides are then set
through the same ruamel round-trip edits as the editor's form, so the comments stay.
A deal that does not validate yet is still written; the editor shows what is missing.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from termsmith.serve.workspace import Workspace

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CURRENCY = re.compile(r"[A-Za-z]{3}$")


@dataclass(frozen=True, slots=True)
class Fee:
    """A recurring fee of the offer (after its own offer chain is merged) the deal may re-price."""

    id: str
    name: str
    amount: str

    @property
    def field(self) -> str:
        return f"fee:recurring:{self.id}"


@dataclass(frozen=True, slots=True)
class Offer:
    ref: str  # a bundled offer's name, or the offer file's path in the workspace
    title: str
    description: str
    fees: tuple[Fee, ...]


def _text(value: Any) -> str:
    if isinstance(value, dict):  # a multilingual text: its first language
        return str(next(iter(value.values()), ""))
    return "" if value is None else str(value)


def _offer(workspace: Workspace, ref: str, path: Path) -> Offer | None:
    from termsmith.offers.draft import offer_summary
    from termsmith.yaml_loader import YamlLoadError, load_yaml

    try:
        data = load_yaml(path).data
    except (YamlLoadError, OSError):
        return None
    if not isinstance(data, dict) or data.get("kind") != "ServiceOffer":
        return None
    meta = data.get("metadata") or {}
    summary = offer_summary(ref, workspace.root / "new-deal.yaml")  # merged over the offers it builds on
    fees = tuple(
        Fee(str(f.get("id")), _text(f.get("name")), _text(f.get("amount")))
        for f in summary.get("recurring", [])
        if f.get("id")
    )
    version = meta.get("version")
    title = _text(meta.get("title")) or str(meta.get("name", ref))
    return Offer(ref, f"{title} ({ref}{', v' + str(version) if version else ''})", _text(meta.get("description")), fees)


def offers(workspace: Workspace) -> list[Offer]:
    """The workspace's own offers first, then the bundled ones."""
    from termsmith.offers.resolve import bundled_offers

    found = [_offer(workspace, rel, workspace.resolve(rel)) for rel in workspace.specs()]
    found += [_offer(workspace, name, path) for name, path in bundled_offers().items()]
    return [o for o in found if o is not None]


def offer_reference(offer_ref: str, deal_rel: str) -> str:
    """What the deal's ``offer:`` says: a bundled name as is, a workspace file relative to the deal."""
    if not offer_ref.endswith((".yaml", ".yml")):
        return offer_ref
    start = PurePosixPath(deal_rel).parent.as_posix() or "."
    return PurePosixPath(os.path.relpath(offer_ref, start)).as_posix()


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def deal_text(values: dict[str, str], languages: list[str], offer: Offer, deal_rel: str, deal_path: Path) -> str:
    """The new deal's YAML text (``termsmith init``'s, plus the form's extra fields and prices)."""
    from termsmith.offers import draft as drafts
    from termsmith.serve.edits import apply_fields

    v = {k: (val or "").strip() for k, val in values.items()}
    value = v.get("project_value", "")
    if value and not _CURRENCY.search(value):
        value += " CNY"
    defaults = drafts.DealDraft()
    draft = drafts.DealDraft(
        offer=offer_reference(offer.ref, deal_rel),
        client=v.get("client_legal_name") or defaults.client,
        project=v.get("project_name") or defaults.project,
        start=_date(v.get("term_start", "")) or defaults.start,
        name=drafts.slug(PurePosixPath(deal_rel).stem),
        number=v.get("agreement_number") or None,
        kind=kind if (kind := v.get("project_kind", "")) in drafts.PROJECT_KINDS else defaults.kind,
        credit_code=v.get("client_credit_code") or None,
        languages=tuple(languages) or None,
        signing_date=_date(v.get("signing_date", "")),
        value=value or None,
    )
    text = drafts.deal_text(draft, deal_path)
    extra = {
        k: v.get(k, "")
        for k in (
            "client_short_name",
            "client_address",
            "client_representative",
            "live_on",
            "term_length",
            "prevailing",
        )
    }
    text = apply_fields(text, extra)
    prices = {fee.id: v[fee.field] for fee in offer.fees if v.get(fee.field)}
    return _with_prices(text, prices) if prices else text


def _with_prices(text: str, prices: dict[str, str]) -> str:
    """``spec.fees.recurring`` items ``{id, amount}`` for the re-priced fees (they merge by id)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from termsmith.serve.edits import load_round_trip

    yaml, data = load_round_trip(text)
    spec = data.setdefault("spec", CommentedMap())
    recurring = spec.setdefault("fees", CommentedMap()).setdefault("recurring", CommentedSeq())
    for fee_id, amount in prices.items():
        recurring.append(
            CommentedMap([("id", fee_id), ("amount", amount if _CURRENCY.search(amount) else f"{amount} CNY")])
        )
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def deal_path(value: str) -> str:
    """The form's file name → a workspace-relative .yaml path (the workspace checks it)."""
    value = value.strip()
    return value if value.endswith((".yaml", ".yml")) else f"{value}.yaml"
