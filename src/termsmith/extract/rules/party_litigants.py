"""Parties of a court judgment over a service contract (zh-Hant and zh-Hans): the litigants' block names them as
plaintiff and defendant (原告/被告, 上訴人/被上訴人, 反訴原告…), which says nothing of who serves whom. The role comes
from who gives the service:

- the reasons say so: "由原告提供網際網路接取…服務" (the plaintiff serves), "由被告給付價金" (the defendant pays), "由被告承攬原告之…開發等工作" (the defendant
  builds for the plaintiff), "由被告委託原告進行軟體開發工作" (the defendant engages the plaintiff), "原告則為被告之下包商"
  (the plaintiff is the defendant's subcontractor);
- else, when exactly one of the two is a software, IT or network firm (科技, 資訊, 軟體, 電腦, 網路 …) and the other is
  not, the firm is the vendor.

Read only when no other reader named anyone (`parties.parties`); a judgment whose roles stay unknown gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar


class _HasNorm(Protocol):
    norm: str


_Sentence = TypeVar("_Sentence", bound=_HasNorm)

_JUDGMENT = re.compile(r"判[決决]|裁定|民事|法院")
# a litigant's label, its characters perhaps spaced out ("原 告", "被 上訴 人"), a counterclaim's label after it
_SPACE = r"\s*"
_LABELS = {
    "plaintiff": _SPACE.join("原告"),
    "defendant": _SPACE.join("被告"),
    "appellant": r"(?<!被)(?<!被\s)" + _SPACE.join("上訴人") + "|" + r"(?<!被)(?<!被\s)" + _SPACE.join("上诉人"),
    "appellee": _SPACE.join("被上訴人") + "|" + _SPACE.join("被上诉人"),
}
_COUNTER = r"(?:\s*即\s*反\s*[訴诉]\s*(?:原\s*告|被\s*告))?"
_NAME = r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）A-Za-z0-9]{1,40})"
_AGENT = re.compile(r"^(?:法定代理人|法定代表人|訴訟代理人|诉讼代理人|即反|共同|兼)")
# a firm that makes or runs software, networks or computers
_IT_FIRM = re.compile(
    r"科技|資訊|资讯|軟體|软件|軟件|電腦|电脑|網路|网络|資通|系統|系统|數位|数码|數據|数据|電子|电子|信息"
)
# who gives the service, in the judgment's reasons: (pattern, the role of the first label it names)
_SERVES = "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items())
_ROLE_SENTENCES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"由\s*(?:" + _SERVES + r")\s*(?:提供|負責|负责|承攬|承揽|承作|開發|开发|建置|維護|维护)"), "vendor"),
    (re.compile(r"由\s*(?:" + _SERVES + r")\s*(?:委託|委托)"), "client"),
    # who pays the price or the fee is the client ("由被告給付價金…", "由被告支付報酬"); who completes the work the
    # vendor ("由原告依約完成委託內容")
    (
        re.compile(
            r"由\s*(?:"
            + _SERVES
            + r")\s*(?:給付|给付|支付)\s*(?:價金|价金|報酬|报酬|費用|费用|款項|款项|服務費|服务费)"
        ),
        "client",
    ),
    (re.compile(r"由\s*(?:" + _SERVES + r")\s*(?:依約|依约)?\s*完成"), "vendor"),
    (re.compile(r"(?:" + _SERVES + r")\s*則?為[^,，。;；]{0,12}(?:下包商|承包商|廠商|厂商|供應商|供应商)"), "vendor"),
    (
        re.compile(
            r"(?:" + _SERVES + r")\s*(?:向|委託|委托)[^,，。;；]{0,12}(?:購買|购买|採購|采购|訂購|订购|開發|开发)"
        ),
        "client",
    ),
]
_OPPOSITE = {"plaintiff": "defendant", "defendant": "plaintiff", "appellant": "appellee", "appellee": "appellant"}


def litigants(sentences: Sequence[_Sentence]) -> list[tuple[str, str, _Sentence]]:
    """The litigants of a judgment as (role, name, sentence), client and vendor; else []."""
    head = sentences[:60]
    if not any(_JUDGMENT.search(s.norm) for s in head[:8]):
        return []
    names = _names(head)
    pair = next((p for p in (["plaintiff", "defendant"], ["appellant", "appellee"]) if all(k in names for k in p)), [])
    if not pair:
        return []
    vendor = _vendor(sentences, pair, names)
    if vendor is None:
        return []
    client = _OPPOSITE[vendor]
    return [("client", *names[client]), ("vendor", *names[vendor])]


def _names(head: Sequence[_Sentence]) -> dict[str, tuple[str, _Sentence]]:
    """Each label's first name: on the label's line, or on the next line when the label stands alone."""
    out: dict[str, tuple[str, _Sentence]] = {}
    for i, s in enumerate(head):
        follow = " ".join(t.norm for t in head[i : i + 2])
        for label, pattern in _LABELS.items():
            if label in out:
                continue
            m = re.search(r"(?:^|\s|(?<=[號号]))(?:" + pattern + r")" + _COUNTER + r"\s+" + _NAME, follow)
            if m is None or m.start() > len(s.norm) or _AGENT.match(m["name"]):
                continue
            name = re.split(r"法定代理人|法定代表人|訴訟代理人|诉讼代理人", m["name"])[0]
            owner = s if m.start("name") < len(s.norm) else head[i + 1]
            out[label] = (name, owner)
    return out


def _vendor(sentences: Sequence[_Sentence], pair: list[str], names: dict[str, tuple[str, _Sentence]]) -> str | None:
    """The label of the one who gives the service."""
    for s in sentences:
        for pattern, role in _ROLE_SENTENCES:
            m = pattern.search(s.norm)
            if m is None:
                continue
            label = next(k for k in _LABELS if m.groupdict().get(k))
            if label in pair:
                return label if role == "vendor" else _OPPOSITE[label]
    firms = [label for label in pair if _IT_FIRM.search(names[label][0])]
    return firms[0] if len(firms) == 1 else None
