"""A new deal over an offer, as commented YAML text: what ``termsmith init`` and the web app's
"new deal" form write.

``deal_text(draft)`` gives the file's text; every value a person typed is written as a
double-quoted YAML string (JSON string syntax), so no input can change the file's
structure. Optional fields the deal usually needs are left as comments showing what to
fill in. ``check_draft`` validates the text as if it were saved at its target, so a
caller writes only a deal that validates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

PROJECT_KINDS = ("mini-program", "website", "app", "system")
DEFAULT_OFFER = "standard"
CLIENT_PLACEHOLDER = "（甲方公司全称）"
PROJECT_PLACEHOLDER = "（项目名称）"
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_SLUG_ONLY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class DealDraft:
    """What a sales person gives for a new deal; everything else comes from the offer."""

    offer: str = DEFAULT_OFFER  # a bundled offer's name or a path relative to the deal file
    client: str = CLIENT_PLACEHOLDER
    project: str = PROJECT_PLACEHOLDER
    start: date = field(default_factory=date.today)
    name: str = "deal"  # metadata.name, a slug
    number: str | None = None  # agreement number; default TS-<start year>-<MMDD>
    kind: str = "mini-program"
    credit_code: str | None = None
    languages: tuple[str, ...] | None = None  # None: the offer's
    signing_date: date | None = None
    value: str | None = None  # "200000.00 CNY"

    @property
    def agreement_number(self) -> str:
        return self.number or f"TS-{self.start:%Y}-{self.start:%m%d}"


def slug(text: str, fallback: str = "deal") -> str:
    """A metadata name from a file name or a project name: lowercase ASCII, digits and hyphens."""
    s = _SLUG_RE.sub("-", text.lower()).strip("-")[:63].strip("-")
    return s or fallback


def parse_languages(text: str) -> tuple[str, ...]:
    """``zh-Hans``, ``zh-Hans,en`` or ``bilingual`` (zh-Hans and English) → output languages."""
    from termsmith.spec.types import LANGS

    if text.strip() == "bilingual":
        return ("zh-Hans", "en")
    langs = tuple(p.strip() for p in text.split(",") if p.strip())
    bad = [lang for lang in langs if lang not in LANGS]
    if not langs or bad or len(langs) > 2 or len(set(langs)) != len(langs):
        raise ValueError(f"languages are one or two of {', '.join(LANGS)} (or 'bilingual'), not {text!r}")
    return langs


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _per_language(text: str, languages: tuple[str, ...]) -> str:
    """A typed name as a Text for every output language: a plain string counts as the first
    language only (S201), so a bilingual deal gives the name once per language, as typed."""
    if len(languages) < 2:
        return _q(text)
    return "{" + ", ".join(f"{lang}: {_q(text)}" for lang in languages) + "}"


def offer_summary(offer_ref: str, deal_path: Path) -> dict[str, Any]:
    """Name, version and the recurring fees of the offer, for the comments of a new deal
    (empty when the offer cannot be read: validation reports that)."""
    from termsmith.offers.resolve import OfferError, resolve_deal
    from termsmith.yaml_loader import load_yaml

    stub = f"apiVersion: termsmith/v1\nkind: ServiceSpec\noffer: {_q(offer_ref)}\nmetadata: {{name: x}}\nspec: {{}}\n"
    try:
        merged = resolve_deal(load_yaml(deal_path, text=stub, file=str(deal_path)), deal_path)
    except OfferError:
        return {}
    spec = merged.data.get("spec", {})
    fees = spec.get("fees", {}) if isinstance(spec, dict) else {}
    return {
        "offers": merged.data["metadata"].get("offers", []),
        "recurring": [f for f in fees.get("recurring", []) if isinstance(f, dict)],
        "languages": (spec.get("languages") or {}).get("output", []),
    }


def deal_text(draft: DealDraft, deal_path: Path) -> str:
    """The commented YAML of a new deal at ``deal_path``."""
    summary = offer_summary(draft.offer, deal_path)
    offers = summary.get("offers", [])
    made_from = " → ".join(f"{o['name']} {o['version']}" for o in offers) or draft.offer
    languages = draft.languages or tuple(summary.get("languages", ()))
    lines = [
        f"# 售后服务协议（deal），基于标准报价 {made_from}。written by 'termsmith init'.",
        "# 标准条款来自 offer；这里只写本客户、本项目的内容和调整。合并规则见 docs/offers.md。",
        "# The offer supplies the standard terms; fill in what is marked below, then:",
        f"#   termsmith validate --effective {deal_path.name}    # the whole agreement's terms",
        f"#   termsmith render {deal_path.name}                  # DOCX and PDF",
        "apiVersion: termsmith/v1",
        "kind: ServiceSpec",
        f"offer: {draft.offer if _SLUG_ONLY.match(draft.offer) else _q(draft.offer)}",
        "metadata:",
        f"  name: {draft.name}",
        "spec:",
        "  agreement:",
        f"    number: {_q(draft.agreement_number)}   # 协议编号 agreement number: use your own numbering",
        f"    signing_date: {draft.signing_date.isoformat()}"
        if draft.signing_date
        else "    # signing_date: YYYY-MM-DD              # 签订日期 signing date",
        "  parties:",
        "    - role: client",
        f"      legal_name: {_q(draft.client)}"
        + ("   # ← 甲方全称 the client's registered name" if draft.client == CLIENT_PLACEHOLDER else ""),
        f"      credit_code: {_q(draft.credit_code)}"
        if draft.credit_code
        else "      # credit_code: 91350100M000100Y43      # 统一社会信用代码 (18 characters, GB 32100 check digit)",
        "      # address: 福建省福州市……",
        "      # representative: 法定代表人姓名",
        "      # contacts:",
        '      #   - {name: 联系人, role: 信息部经理, phone: "+86 591 0000 0000", email: it@client.example}',
        "  project:",
        f"    name: {_per_language(draft.project, languages)}"
        + ("   # ← 项目名称 the delivered software" if draft.project == PROJECT_PLACEHOLDER else ""),
        f"    kind: {draft.kind}                # {' | '.join(PROJECT_KINDS)}",
        f"    value: {_q(draft.value)}"
        if draft.value
        else "    # value: 200000.00 CNY                # 项目总投资 the development contract's value",
        "    # accepted_on: YYYY-MM-DD             # 验收日期 acceptance date",
        "    # live_on: YYYY-MM-DD                 # 上线日期 go-live date",
        "  term:",
        f"    start: {draft.start.isoformat()}          # 服务期开始 the service term starts",
    ]
    if draft.languages:
        lines += ["  languages:", f"    output: [{', '.join(draft.languages)}]"]
        if len(draft.languages) == 2:
            lines.append(f"    prevailing: {draft.languages[0]}")
    fees = summary.get("recurring", [])
    if fees:
        lines.append("  # To change a fee of the offer, uncomment and edit (items merge by id):")
        lines.append("  # fees:")
        lines.append("  #   recurring:")
        for fee in fees:
            lines.append(f"  #     - id: {fee.get('id')}")
            lines.append(f"  #       amount: {fee.get('amount')}")
    lines += [
        "  # signatures:",
        "  #   place: 福建省福州市",
        "  #   signatories:",
        "  #     - {party: client, name: 签字人, title: 法定代表人}",
    ]
    return "\n".join(lines) + "\n"


def untranslated(document: Any, languages: tuple[str, ...]) -> dict[str, int]:
    """How many texts of a validated spec an English agreement would print in Chinese (a text
    written once for every language, in Chinese, or one with no English version). Party names
    are excepted. Only English is checked: Latin product names are normal in Chinese text."""
    from pydantic import BaseModel

    from termsmith.spec.parties import Party
    from termsmith.spec.types import Text

    texts: list[Text] = []

    def walk(value: Any) -> None:
        if isinstance(value, Text):
            texts.append(value)
        elif isinstance(value, BaseModel) and not isinstance(value, Party):
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(document.spec)
    if "en" not in languages:
        return {}
    count = sum(1 for t in texts if _CJK.search(t.get("en")))
    return {"en": count} if count else {}


def check_draft(text: str, deal_path: Path, root: Path | None = None) -> list[Any]:
    """The diagnostics of ``text`` validated as if saved at ``deal_path`` (empty: it validates)."""
    from termsmith.validation import validate_text

    result = validate_text(text, str(deal_path), expect_kind="ServiceSpec", path=deal_path, root=root)
    return list(result.diagnostics)
