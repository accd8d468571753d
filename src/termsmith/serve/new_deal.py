"""A new deal from an offer: the offers a workspace can use, and the deal file the form writes.

The deal holds only what is particular to one client — the offer supplies the
rest (see ``termsmith.offers``). Blank form fields are left out, so the editor's
diagnostics then say what is still missing; a deal that does not validate yet is
still written.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from termsmith.serve.workspace import Workspace

PROJECT_KINDS = ("mini-program", "website", "app", "system")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Fee:
    """A price the deal may override: a recurring fee's amount or a rate-card price."""

    section: str  # "recurring", "rate_card" or "one_off"
    id: str
    name: str
    value: str

    @property
    def field(self) -> str:
        return f"fee:{self.section}:{self.id}"

    @property
    def key(self) -> str:
        return "price" if self.section == "rate_card" else "amount"


@dataclass(frozen=True, slots=True)
class Offer:
    ref: str  # how a deal at the workspace root names it: a bundled name or a workspace path
    title: str
    description: str
    fees: tuple[Fee, ...]


def _text(value: Any) -> str:
    if isinstance(value, dict):  # a multilingual text: its first language
        return str(next(iter(value.values()), ""))
    return "" if value is None else str(value)


def _offer(ref: str, path: Path) -> Offer | None:
    from termsmith.yaml_loader import YamlLoadError, load_yaml

    try:
        data = load_yaml(path).data
    except (YamlLoadError, OSError):
        return None
    if not isinstance(data, dict) or data.get("kind") != "ServiceOffer":
        return None
    meta = data.get("metadata") or {}
    fees_data = (data.get("spec") or {}).get("fees") or {}
    fees = []
    for section, key in (("recurring", "amount"), ("rate_card", "price"), ("one_off", "amount")):
        for item in fees_data.get(section) or []:
            if isinstance(item, dict) and "id" in item:
                fees.append(Fee(section, str(item["id"]), _text(item.get("name")), _text(item.get(key))))
    title = _text(meta.get("title")) or str(meta.get("name", ref))
    version = meta.get("version")
    return Offer(ref, f"{title} ({ref}{', v' + str(version) if version else ''})", _text(meta.get("description")),
                 tuple(fees))


def offers(workspace: Workspace) -> list[Offer]:
    """The workspace's own offers first, then the bundled ones."""
    from termsmith.offers.resolve import bundled_offers

    found = [_offer(rel, workspace.resolve(rel)) for rel in workspace.specs()]
    found += [_offer(name, path) for name, path in bundled_offers().items()]
    return [o for o in found if o is not None]


def offer_reference(offer_ref: str, deal_rel: str) -> str:
    """What the deal's ``offer:`` says: a bundled name as is, a workspace file relative to the deal."""
    if not offer_ref.endswith((".yaml", ".yml")):
        return offer_ref
    start = PurePosixPath(deal_rel).parent
    return PurePosixPath(os.path.relpath(offer_ref, start.as_posix() or ".")).as_posix()


def _map(**items: Any) -> CommentedMap:
    return CommentedMap((k, v) for k, v in items.items() if v not in (None, "", [], {}))


def _date(value: str) -> dt.date | str | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return value  # validation says what is wrong, at its line


def deal_text(values: dict[str, str], languages: list[str], offer: Offer, deal_rel: str) -> str:
    """The deal's YAML: the offer reference, the client, the project, dates and price overrides."""
    v = {k: (val or "").strip() for k, val in values.items()}
    client = _map(role="client", legal_name=v.get("client_legal_name"), short_name=v.get("client_short_name"),
                  credit_code=v.get("client_credit_code"), address=v.get("client_address"),
                  representative=v.get("client_representative"))
    project = _map(name=v.get("project_name"), kind=v.get("project_kind"),
                   value=f"{v['project_value']} CNY" if v.get("project_value") else None,
                   live_on=_date(v.get("live_on", "")))
    langs = CommentedSeq(languages)
    langs.fa.set_flow_style()
    fees = CommentedMap()
    for fee in offer.fees:
        price = v.get(fee.field)
        if price:
            amount = price if re.search(r"[A-Za-z]{3}$", price) else f"{price} CNY"
            fees.setdefault(fee.section, CommentedSeq()).append(CommentedMap([("id", fee.id), (fee.key, amount)]))
    spec = _map(
        agreement=_map(number=v.get("agreement_number"), signing_date=_date(v.get("signing_date", ""))),
        parties=CommentedSeq([client]),
        project=project,
        languages=_map(output=langs if languages else None, prevailing=v.get("prevailing") or None),
        term=_map(start=_date(v.get("term_start", "")), length=v.get("term_length")),
        fees=fees,
    )
    name = PurePosixPath(deal_rel).stem
    doc = CommentedMap([("apiVersion", "termsmith/v1"), ("kind", "ServiceSpec"),
                        ("offer", offer_reference(offer.ref, deal_rel)),
                        ("metadata", _map(name=name if SLUG.match(name) else None, title=v.get("title"))),
                        ("spec", spec)])
    doc.yaml_set_start_comment(f"Deal over the offer {offer.title}: only what is particular to this client.\n"
                               "Everything else comes from the offer; add a key here to override it.")
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def deal_path(value: str) -> str:
    """The form's file name → a workspace-relative .yaml path (the workspace checks it)."""
    value = value.strip()
    return value if value.endswith((".yaml", ".yml")) else f"{value}.yaml"
