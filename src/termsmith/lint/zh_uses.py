"""Chinese uses of a vague word that commit nobody, by construction (fifth Chinese round).

Called from :func:`termsmith.lint.uses._zh_not_commitment` once its own checks have passed.
Each check is a shape of sentence, found in held-out-7's first-run false alarms and
written to cover other wordings of the same shape:

- the customer's own option governs a manner or scope word (您可先充分閱讀以下說明), or a request
  to the customer a manner word (time words have their own rule in ``uses``); not an entitlement
  (用户可以通过热线获得快捷的支持), and not a discretion (客戶可提出要求(需視庫存情況而定));
- a need-condition whose consequent is a request to the reader (如有需要，請諮詢獨立顧問);
- a sanction for the customer's breach (如用戶違反…，本公司保留終止服務權利 · 禁止濫發廣告信，
  如有發現一律會不事先通知並直接刪除網站): a remedy, not one side changing the terms;
- a range stated in the clause of 而定 (5~10 個工作天(依銀行作業時間而定)): the range bounds it;
- a heading line that is only a service's name (``技術支援`` · ``1. 技術支援``);
- an open list closing the means of an act (以邮件、qq等网络通讯形式提供): how, not what;
- a comparative after 或 (TLS 1.2或更高版本): its baseline is named;
- what a policy applies to (本政策適用於…(含…等)).
"""

from __future__ import annotations

import re
from functools import cache

from termsmith.lint.matcher import Term
from termsmith.lint.prefilter import compile_with_first_pairs

# the customer asked or allowed to act (客户可… · 客戶得隨時…; not an entitlement: 客户可享受…, which
# the vendor promises); termsmith.lint.uses reads it for time words
REQUEST = (
    r"(?:请|請)(?<![申邀聘提呈敬][请請])(?!乙方|贵方|貴方|贵公司|貴公司|供应商|供應商|服务商|服務商|维修方|維修方)|"
    r"(?:您|客户|客戶|用户|用戶|顾客|顧客|买方|買方)(?:亦|也|均|都)?(?:可以|可(?!以)|能够|能夠|得(?![到出以益知悉]))"
    r"(?!享受|享有|获得|獲得|得到|收到|接受|免费|免費)"
)
_NEED_TERMS = frozenset({"如有需要", "必要时", "视需要"})
_SANCTIONED = frozenset({"保留…修改权利", "恕不另行通知"})  # one side's change, unless it punishes a breach
_BREACH = r"违反|違反|违约|違約|违规|違規|禁止|严禁|嚴禁|滥用|濫用|滥发|濫發"
_RANGE = r"\d\s*(?:[~～\-–—]|至|到)\s*\d"
_HEADING = r"[\s\d.、()（）一二三四五六七八九十#*-]*"
_ENTITLED = r"享受|享有|获得|獲得|得到|收到"  # …可以通过热线获得快捷的支持: what the vendor gives
_DEGREE = "较…（程度）"
_HEADING_LONGEST = 24  # characters: a heading line is short
_MEANS = r"[^，。；,;]{0,4}?(?:形式|方式|方法|途径|途徑|手段)"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled when a Chinese term is first checked; each behind a test of its first characters."""
    return tuple(compile_with_first_pairs(p) for p in (REQUEST, _BREACH, _RANGE, _HEADING, _MEANS, _ENTITLED))


def not_commitment(
    text: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """The word at ``span`` names no commitment by one of the shapes in the module doc. Most
    words are time words and discretions, checked by name first (one set lookup) before any
    pattern runs."""
    family = term.family
    if family == "VQ" or family == "VS":
        return _manner_or_scope(text, term, span, clause, sentence)
    if family == "VD":
        return _discretion(text, term.term, span[0], clause, sentence)
    return False


def _manner_or_scope(
    text: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    request, breach, _, heading, means, entitled = _patterns()
    start, end = span
    m = request.search(text, clause[0], start)
    # a manner word under a request or an option (您可先充分閱讀); an open scope only under the
    # customer's option (a request to supply 相關程式 is a customer duty: the corpus labels it vague)
    if m is not None and (
        term.family == "VQ" if text[m.start()] in "请請" else entitled.search(text, m.end(), end) is None
    ):
        return True
    if term.family == "VQ":
        return term.term == _DEGREE and start > 0 and text.startswith("或更", start - 1)  # TLS 1.2或更高版本
    if breach.search(text, clause[0], start) is not None:
        return True  # 如用戶違反服務使用規範(包括但不限於…): what counts as a breach
    if text.find("适用于", clause[0], start) >= 0 or text.find("適用於", clause[0], start) >= 0:
        return True  # 本政策適用於…(含主機租用、儲存空間等): what a policy applies to, not a promise
    if sentence[1] - sentence[0] <= _HEADING_LONGEST:
        h = heading.match(text, sentence[0], start)
        if h is not None and h.end() == start and text[end : sentence[1]].strip() in ("", "服务", "服務"):
            return True  # a heading line: 1. 技術支援
    return (
        term.bound == "count"
        and text.find("以", clause[0], start) >= 0
        and means.match(text, end) is not None
        and text.find("提供", clause[0], start) < 0  # 提供电话、邮件等方式: what is offered
    )


def _discretion(text: str, name: str, start: int, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    if name in _NEED_TERMS:
        return text[clause[1] : clause[1] + 3].lstrip("，,；; ").startswith(("请", "請"))  # 如有需要，請諮詢…
    if name in _SANCTIONED:
        return _patterns()[1].search(text, sentence[0], start) is not None  # a remedy for the customer's breach
    if name == "视…而定":
        return _patterns()[2].search(text, clause[0], start) is not None  # 5~10 個工作天(依銀行作業時間而定)
    return False
