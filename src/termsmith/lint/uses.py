"""Is a vague word used as a commitment, or only present?

A vague word is not a commitment when it sits in:

- the definition of a defined term (“维护服务”是指… · "Incident" means… ·
  "Planned Maintenance" - …) or a recital (…达成如下协议 · 特签订本合同);
- a Markdown heading, or a label before a colon (技术支持：乙方提供…);
- a quotation (避免使用“基础维护”等模糊词汇), or an example list after 例如 / 比如 /
  such as / e.g., or after 如 inside brackets (客户须提供必要素材（如LOGO、文案、图片等）);
- a negation, exclusion or failure condition (不另收费 · 不包括… · 无法立即… ·
  若我方未能按时处理 · No reasonable workaround is available · subject to timely
  payment · if requested and reasonably required);
- a term of art: a time word in a termination clause (terminate immediately),
  a capitalised defined term mid-sentence (Technical Support requests), a
  service name used as the name of a team, line or fee (技术支持团队,
  技術支持工程師, technical support hotline), 经双方协商 as the recital of how
  the agreement came about, 相关资料 after a noun (支付相关资料: the noun says which).

These checks run only for sentences that hold a vague word.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith.lint.matcher import Term

_DEFINITION = (
    r"[\s\d.\\()（）a-z*#\-•·]*[\"“「『'‘][^\"”」』'’]{1,60}[\"”」』'’]\**\s*(?:\([^)]{0,30}\)\s*)?"
    r"(?:means|shall mean|refers to|has the meaning|is defined as|[-–—:：]|是指|系指|指)"
    r"|.{0,12}所称\s*[\"“「][^\"”」]{1,30}[\"”」]\s*(?:是指|系指|指)"
    r"|[\s\d.()]*[a-z][a-z\- ]{0,60}\s(?:has|shall have) the meaning"
)
_RECITAL = r"达成如下|達成如下|达成以下|達成以下|达成一致|達成一致|特签订|特簽訂|特订立|特訂立|订立本|訂立本|签订本|簽訂本|以资共同遵守|以資共同遵守"
_EXAMPLE = r"例如|比如|诸如|諸如|譬如|such as|e\.g\.|for example|for instance|examples?\b"
_EXAMPLE_IN_BRACKETS = r"如(?![果有需遇因实實期下何若此同意上前约約])"
_NEGATION = (
    r"不包括|不包含|不含|不属于|不屬於|不提供|不负责|不負責|无法|無法|未能|不能|未|避免|"
    r"\b(?:not|no|never|excluding|exclude[sd]?|except|unless|if|provided that|subject to|unable|fails? to|failure)\b"
)
_TERMINATION = r"终止|終止|解除|terminat"
_NAME_AFTER = (
    r"\s*(?:服务|服務)?(?:团队|團隊|人员|人員|部门|部門|部|工程师|工程師|热线|熱線|电话|電話|中心|专线|專線|邮箱|郵箱|"
    r"费用|費用|费|費|渠道|小组|小組|team|staff|engineers?|hotline|portal|desk|cent(?:er|re)|requests?|fees?|line)"
)
_LABEL_AFTER = r"\s*(?:服务|服務|services?)?\s*[:：]"
# 相关资料 after a verb or a particle (提供相关资料) is open; after a noun (支付相关资料)
# the noun says which data
_RELATED_OPEN = r"(?:提供|建立|准备|準備|整理|交付|提交|移交|保存|[的之及和与與、，,：:\s])$"
_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"
_BRACKETS = re.compile(r"[(\[（【〔]")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in (_DEFINITION, _RECITAL, _EXAMPLE, _NEGATION, _TERMINATION, _NAME_AFTER,
                                         _LABEL_AFTER, _EXAMPLE_IN_BRACKETS))


def sentence_is_no_commitment(text: str, lower: str, lo: int, hi: int) -> bool:
    """The sentence is a definition, a recital or a heading: nothing in it is a commitment."""
    definition, recital, *_ = _patterns()
    line_start = text.rfind("\n", 0, lo) + 1
    if text.startswith("#", line_start) and lo - line_start < 8:
        return True
    return bool(definition.match(lower, lo, min(hi, lo + 120)) or recital.search(text, lo, hi))


def is_mention(text: str, lower: str, term: Term, found: str, span: tuple[int, int],
               clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The word at ``span`` is quoted, an example, negated, or part of a name or label."""
    start, end = span
    _, _, example, negation, termination, name_after, label_after, bracketed_example = _patterns()
    if _quoted(text, start, end, sentence[0]):
        return True
    bracket = _open_bracket(text, start, sentence[0])
    # an open list (等, etc.) may close a list of examples begun earlier in the sentence
    region = sentence[0] if term.bound == "count" else clause[0] if bracket is None else min(clause[0], bracket)
    if example.search(lower, region, start) or bracket is not None and bracketed_example.search(text, bracket, start):
        return True
    if negation.search(lower, clause[0], start) or (start and text[start - 1] == "不"):
        return True
    if term.family == "VT" and (termination.search(lower, clause[0], clause[1])):
        return True
    if term.lang == "en" and _capitalised_mid_sentence(text, found, start, sentence[0]):
        return True
    if term.bound == "list" and (name_after.match(lower, end) or label_after.match(lower, end)):
        return True
    if "协商" in term.term and ("经" in text[clause[0]:start] or "經" in text[clause[0]:start]):
        return True
    if term.term.startswith("相关") and start > sentence[0] and not re.search(_RELATED_OPEN, text[max(0, start - 2):start]):
        return True
    return False


def _quoted(text: str, start: int, end: int, lo: int) -> bool:
    before = text[lo:start]
    if sum(before.count(q) for q in _OPEN_QUOTES) > sum(before.count(q) for q in _CLOSE_QUOTES):
        return True
    if before.count('"') % 2 == 1:
        return True
    return start > 0 and end < len(text) and text[start - 1] in "'‘" and text[end] in "'’"


def _open_bracket(text: str, start: int, lo: int) -> int | None:
    """Where the bracket that holds the word opens, if the word is in one."""
    last = None
    for m in _BRACKETS.finditer(text, lo, start):
        last = m
    if last is not None and not any(c in text[last.end() : start] for c in ")]）】〕"):
        return last.start()
    return None


def _capitalised_mid_sentence(text: str, found: str, start: int, lo: int) -> bool:
    """``Technical Support`` in the middle of a sentence: a defined term, not the phrase."""
    words = found.split()
    if found.isupper() or not found[:1].isupper() or not all(w[:1].isupper() for w in words if len(w) > 3):
        return False  # SHOUTED TEXT is emphasis, not a defined term
    before = text[lo:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",’'")
