"""Language rules: vague terms in any prose, Chinese (both scripts) and English.

One rule per family; the message names the term and the concrete wording to use
instead, in the script of the text (Traditional help for Traditional text). A
word that is only present — defined, quoted, an example, negated, a heading, a
term of art (see :mod:`termsmith.lint.uses`) — is not reported; a word already
bounded in its own clause by the right kind of quantity ("尽快处理，最迟不超过4小时",
"每月定期巡检"; see :mod:`termsmith.lint.bounds`) is reported as info.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from termsmith.diagnostics import Severity
from termsmith.lint.definitions import defined_terms, is_defined
from termsmith.lint.matcher import Hit, Term, lower_same_length, scan_terms
from termsmith.lint.registry import Rule, register

VT001 = register(Rule(
    code="VT001",
    name="unbounded-time",
    severity=Severity.WARNING,
    message="time word without a deadline",
    what="Flags words that promise speed without a number: 及时, 尽快 / 儘快 / 盡快, 立即, 第一时间, 定期, "
    "promptly, as soon as possible, timely, periodically, from time to time.",
    why="A deadline the parties cannot measure cannot be breached. When the server is down, "
    "\"乙方应及时响应\" lets the vendor answer after 24 hours and still claim it complied.",
    example="乙方应及时响应甲方的报修，并尽快修复。\nThe Vendor shall respond promptly.",
    instead="乙方应在收到报修后 2 小时内（7×24）响应，24 小时内修复。\n"
    "The Vendor shall respond within 2 hours (7×24) of a report and resolve within 24 hours.",
))
VE001 = register(Rule(
    code="VE001",
    name="efforts-standard",
    severity=Severity.WARNING,
    message="efforts standard instead of a committed result",
    what="Flags efforts standards: 尽力, 尽最大努力, 尽可能, 力争, best efforts, reasonable efforts, "
    "commercially reasonable efforts, endeavour to.",
    why="An efforts clause promises activity, not a result: the vendor is in breach only if the "
    "client can prove it did not try, which it almost never can.",
    example="乙方将尽最大努力恢复系统。\nThe Vendor will use best efforts to restore the service.",
    instead="乙方应在 4 小时内恢复系统；逾期每小时扣减当月服务费的 1%。\n"
    "The Vendor will restore the service within 4 hours; each further hour credits 1% of the monthly fee.",
))
VQ001 = register(Rule(
    code="VQ001",
    name="unmeasured-quality",
    severity=Severity.WARNING,
    message="quality word without a measure",
    what="Flags quality words with no measure: 合理, 适当, 良好, 满意, 行业标准, 稳定运行, reasonable, "
    "adequate, satisfactory, industry standard, material.",
    why="\"合理费用\" and \"industry-standard security\" leave the figure to whoever sends the invoice "
    "or writes the excuse; disputes over them end in expert opinions, not in the contract.",
    example="功能开发按合理价格收费。\nFees for new features shall be reasonable.",
    instead="功能开发按 3,000 元/人天收费，开工前书面确认人天估算。\n"
    "New features are charged at CNY 3,000 per person-day, with the estimate confirmed in writing before work starts.",
))
VS001 = register(Rule(
    code="VS001",
    name="open-scope",
    severity=Severity.WARNING,
    message="open-ended scope",
    what="Flags lists left open (等 as \"etc.\", 等等, etc., and so on) and catch-all service names "
    "(基础维护, 日常支持, 技术支持, basic maintenance, routine support, technical support).",
    why="A scope that ends in \"etc.\" or hides behind \"basic maintenance\" is the source of the "
    "classic dispute: the client thinks a fix is included, the vendor bills it as new work.",
    example="免费维护包括基础维护、技术支持等。\nFree maintenance covers basic maintenance, etc.",
    instead="免费维护仅包括：缺陷修复、浏览器与微信版本兼容性更新、安全补丁；不包括新功能开发与内容录入。\n"
    "Free maintenance covers only: defect fixes, browser and WeChat compatibility updates, security patches; "
    "it excludes new features and content entry.",
))
VD001 = register(Rule(
    code="VD001",
    name="discretion-clause",
    severity=Severity.WARNING,
    message="discretion or escape clause",
    what="Flags words that leave a term to later agreement or one side's judgment: 原则上, 视情况而定, 酌情, "
    "必要时, 另行协商, 双方协商, where necessary, as appropriate, to be agreed, at its sole discretion.",
    why="\"费用另行协商\" is an agreement to agree: unenforceable, and the moment the client "
    "needs the work it has no price to hold the vendor to.",
    example="超出范围的服务费用由双方另行协商。\nOut-of-scope work is charged at rates to be agreed.",
    instead="超出范围的服务按附件二价格表收费，单项超过 5,000 元须书面确认。\n"
    "Out-of-scope work is charged per the rate card in Schedule 2; items over CNY 5,000 need written approval.",
))

RULES_BY_FAMILY: dict[str, Rule] = {"VT": VT001, "VE": VE001, "VQ": VQ001, "VS": VS001, "VD": VD001}

# sentence ends: CJK and ASCII terminators, and a line break unless the next line
# continues an English sentence (starts with a lower-case letter)
_END = r"(?:[。；;！？!?]|\.(?=\s|$)|\n(?![ \t]*[a-z]))"
_WINDOW = 400  # a sentence longer than this is cut, for the bound search only
_DEFINITION_AFTER_RE = r"[\"”」]\s*(?:means|shall mean|是指|系指|指)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Sentence end, last sentence end before a term (matched on the text before
    it), and "defined here". Compiled on first use: a spec without a vague term
    never needs them, and a cold 'termsmith lint' should not pay for them."""
    return re.compile(_END), re.compile(r".*" + _END, re.DOTALL), re.compile(_DEFINITION_AFTER_RE)


@cache
def _scripts() -> tuple[frozenset[str], frozenset[str]]:
    """Characters found only in Simplified, and only in Traditional, text."""
    from termsmith.lint.lexicon.variants import HANS_ONLY, HANT_ONLY

    return frozenset(HANS_ONLY), frozenset(HANT_ONLY)


_OPEN_QUOTES = "\"“「"


@dataclass(frozen=True, slots=True)
class Finding:
    """A vague term, its rule, the quantity that bounds it (if any), and whether the
    text around it is in Traditional script."""

    hit: Hit
    rule: Rule
    bound: str | None
    hant: bool = False


def language_findings(text: str, extra_defined: frozenset[str] = frozenset()) -> list[Finding]:
    """Vague terms used in ``text``, minus defined terms, each checked for a bound."""
    rules = RULES_BY_FAMILY
    return [
        Finding(Hit(start, end, found, term), rules[term.family], bound, hant)
        for start, end, found, term, bound, hant in bounded_spans(text, extra_defined)
    ]


BoundedSpan = tuple[int, int, str, Term, "str | None", bool]  # start, end, text, term, bound, Traditional?


def bounded_spans(text: str, extra_defined: frozenset[str] = frozenset()) -> list[BoundedSpan]:
    """``language_findings`` as plain tuples (the fast path): each vague term used as
    a commitment, with the quantity bounding it in its clause (``None``:
    unbounded) and the script of its sentence. Sentences are found once per
    sentence that holds a term, not once per term."""
    lower = lower_same_length(text)
    spans = scan_terms(text, lower)
    if not spans:
        return []
    from termsmith.lint.bounds import find_bound  # only text with a vague word needs these
    from termsmith.lint.uses import clause_of, is_mention, sentence_is_no_commitment, sentence_marks

    defined = defined_terms(text) | extra_defined
    out: list[BoundedSpan] = []
    append = out.append
    quotes = _OPEN_QUOTES
    after_quote = _patterns()[2].match
    lo, hi, skip, hant, marks = -1, -1, False, None, []  # the sentence of the previous term
    for start, end, found, term in spans:
        if defined and is_defined(found, defined):
            continue
        if start and text[start - 1] in quotes and after_quote(text, end, end + 16):
            continue  # the defining occurrence itself: ``"Reasonable Efforts" means``
        if not lo <= start < hi:
            lo, hi = _sentence(text, start)
            skip, hant = sentence_is_no_commitment(text, lower, lo, hi), None
            marks = [] if skip else sentence_marks(lower, lo, hi)
        if skip:
            continue
        span, sentence = (start, end), (lo, hi)
        clause_span = clause_of(marks, start, end, sentence)
        if is_mention(text, lower, term, found, span, clause_span, sentence, marks):
            continue
        bound = find_bound(term.bound, text, lower, span, clause_span, sentence)
        if term.lang == "zh" and hant is None:
            hant = _is_traditional(text, found, term, lo, hi)
        append((start, end, found, term, bound, bool(hant) and term.lang == "zh"))
    return out


def _sentence(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset`` (within a window)."""
    sentence_end, last_end, *_ = _patterns()
    lo = max(0, offset - _WINDOW)
    last = last_end.match(text, lo, offset)
    start = last.end() if last else lo
    nxt = sentence_end.search(text, offset, offset + _WINDOW)
    stop = nxt.end() if nxt else min(len(text), offset + _WINDOW)
    return start, stop


def _is_traditional(text: str, found: str, term: Term, lo: int, hi: int) -> bool:
    """The sentence is Traditional Chinese: the word is spelled in Traditional, or
    the sentence has Traditional-only characters and no Simplified-only ones."""
    if found != term.term:
        return True
    hans, hant = _scripts()
    sentence = text[lo:hi]
    return not hant.isdisjoint(sentence) and hans.isdisjoint(sentence)


def message_for(finding: Finding) -> tuple[str, str, Severity | None]:
    """Message, help text and (when bounded) the lowered severity of a finding."""
    return message_parts(finding.rule, finding.hit.term, finding.hit.text, finding.bound, finding.hant)


def message_parts(
    rule: Rule, term: Term, text: str, bound: str | None, hant: bool = False
) -> tuple[str, str, Severity | None]:
    """Message, help text and lowered severity for ``text``, a match of ``term``;
    ``hant``: the help is given in Traditional script."""
    q = ("“", "”") if term.lang == "zh" else ('"', '"')
    message = f"{rule.message}: {q[0]}{text}{q[1]}"
    hint = f"write instead: {term.replacement_hant if hant else term.replacement}"
    if bound is not None:
        message += f" (already bounded by {q[0]}{bound}{q[1]} in the same clause)"
        return message, hint, Severity.INFO
    return message, hint, None
