"""Pointers for terms stated but not read: where a document addresses an essential term the rules found no value for.

"Not stated" must mean the document is silent. When the rules read no value for an essential path, this module looks
for the places that address it: a sentence (a table row is one) whose own words or section heading name the term,
and that carries value-like content of the term's kind which no rule turned into a value — a duration by a response
or warranty word, an amount by a fee word, a phone number or address by a channel word, a named law, court or
arbitration body, an ownership verb by "source code", a share of the price by a payment word. A bare heading or a
mention with nothing in it is no pointer, and a template blank (``____``, ``【】``, ``XXX``, normalised to
``BLANK``) is no value: such a place stays "not stated".

One table, ``ANCHORS``, names per essential path the words that address the term (the field rules' own
vocabularies, imported, never copied) and the test for a value-like content. At most ``MAX_POINTERS`` places per path,
one per paragraph, in document order, each an ``Evidence`` exact to page, paragraph, line and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from termsmith.extract.result import ESSENTIAL, Evidence, Extraction
from termsmith.extract.rules.channels import _ADDRESSES, _CHANNEL_HEAD, _CHANNELS
from termsmith.extract.rules.context import _re, clauses
from termsmith.extract.rules.fees import _FEE, _RECURRING_WORDS
from termsmith.extract.rules.legal import (
    _ARBITRATION,
    _CAP,
    _DISPUTE_CONTEXT,
    _JURISDICTIONS,
    _LIABILITY,
    _OWN,
    _SOURCE,
)
from termsmith.extract.rules.level_words import _LEVEL, _RESOLUTION, _RESPONSE
from termsmith.extract.rules.parties import _CLIENT_WORDS, _VENDOR_WORDS
from termsmith.extract.rules.payment import _PAY
from termsmith.extract.rules.periods import _FREE, _OFFER_VALIDITY, _START_EVENTS, _TERM
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations, money, percents

MAX_POINTERS = 3
_HEADING_CHARS = 60  # a longer "heading" is a paragraph run on, not a label over the lines below it


@dataclass(frozen=True, slots=True)
class Anchor:
    """What addresses one essential term: its words and the test for a value of its kind. The words and the value
    stand in one clause of the sentence (termsmith.extract.rules.context.clauses), or the section heading names the
    term and the line under it carries the value; a sentence that ``other`` matches speaks of something else (a late
    fee's percentage is no payment milestone, a quote's validity no term)."""

    words: re.Pattern[str]
    value: Callable[[str, str], bool]  # (normalised text, the document's currency) → carries a value
    other: re.Pattern[str] | None = None
    in_heading: bool = True  # the heading alone may name the term (a table under "Response times")


def _has_duration(norm: str, _currency: str) -> bool:
    return bool(durations(norm))


def _has_money(norm: str, currency: str) -> bool:
    return bool(money(norm, currency))


def _has_share(norm: str, _currency: str) -> bool:
    return bool(percents(norm))


_PARTY_WORD = _re(
    _CLIENT_WORDS.pattern + "|" + _VENDOR_WORDS.pattern + r"|甲方|乙方|我方|本公司|双方|雙方|\bwe\b|\byou\b"
)
_OWNER = _re(
    r"(?:"
    + _OWN.pattern
    + r")[^,，;；。]{0,24}?(?:"
    + _PARTY_WORD.pattern
    + r")|(?:"
    + _PARTY_WORD.pattern
    + r")[^,，;；。]{0,24}?(?:"
    + _OWN.pattern
    + r")"
)


def _has_owner(norm: str, _currency: str) -> bool:
    return bool(_OWNER.search(norm))


_NAMED_LAW = _re(
    r"(?:" + _JURISDICTIONS + r")[^,，。;；]{0,10}?法|法律[^,，。;；]{0,6}(?:" + _JURISDICTIONS + r")|"
    r"\blaws? of (?:the )?(?-i:[A-Z])|(?-i:[A-Z][a-z]+) law\b|準據法\s*[:：为為]\s*\S|准据法\s*[:：为為]\s*\S"
)


def _has_law(norm: str, _currency: str) -> bool:
    return bool(_NAMED_LAW.search(norm))


_NAMED_FORUM = _re(
    r"[\u4e00-\u9fff]{2,}(?:人民法院|地方法院|法院)|所在地[^,，。;；]{0,6}法院|"
    r"\bcourts? (?:of|in|located in|sitting in) (?-i:[A-Z])|(?-i:[A-Z][a-z]+) courts?\b|"
    r"\barbitration (?:in|at|under|administered by|seated in) (?:the )?(?-i:[A-Z])"
)


def _has_forum(norm: str, _currency: str) -> bool:
    return bool(_NAMED_FORUM.search(norm) or _ARBITRATION.search(norm))


def _has_cap(norm: str, currency: str) -> bool:
    return bool(_CAP.search(norm)) and (
        _has_money(norm, currency) or _has_share(norm, currency) or bool(_FEE.search(norm))
    )


# a company by its legal name, labelled with its role ("乙方：深圳某某科技有限公司", "Provider: Acme Ltd") or named with
# it ("Acme Ltd (hereinafter "Provider")", "由…有限公司（以下简称“乙方”）"); "本公司", "我公司" name no one
_COMPANY = (
    r"(?<![本我贵貴该該])[\u4e00-\u9fff]{2,}(?:有限公司|有限責任公司|有限责任公司|股份有限公司)|"
    r"(?-i:[A-Z])[\w&.'-]*(?: [\w&.'-]+){0,5} (?:Ltd|Limited|Inc|LLC|L\.L\.C|Corp|Corporation|GmbH|Pte|Pty|Bhd|PLC)\b"
)
_ROLE = _re(_CLIENT_WORDS.pattern + "|" + _VENDOR_WORDS.pattern + r"|甲方|乙方|\bParty [AB]\b")
_LABELLED_COMPANY = _re(
    r"(?:" + _ROLE.pattern + r")[^:：。;；]{0,12}[:：]\s*(?:" + _COMPANY + r")|"
    r"(?:" + _COMPANY + r")\s*[(（][^)）]{0,16}(?:" + _ROLE.pattern + r")"
)


def _has_company(norm: str, _currency: str) -> bool:
    return bool(_LABELLED_COMPANY.search(norm))


def _has_address(norm: str, _currency: str) -> bool:
    return any(p.search(norm) for p in _ADDRESSES.values())


def _has_level_time(norm: str, _currency: str) -> bool:
    """A time a level's response or resolution could take: minutes, hours, days — not a warranty's months or years."""
    short = [d for d in durations(norm) if d.duration.unit.value not in ("weeks", "months", "years")]
    return bool(short) and not _ARRIVAL.search(norm)


def _has_start(norm: str, _currency: str) -> bool:
    return any(p.search(norm) for p, _ in _START_EVENTS) and bool(durations(norm))


def _any(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    return _re("|".join(f"(?:{p.pattern})" for p in patterns))


_LEVEL_TIMES = _any(_RESPONSE, _RESOLUTION, _re(r"severity|priority|等级|等級|级别|級別|优先级|優先級"))
_CHANNEL_WORDS = _any(_CHANNEL_HEAD, *(p for p, _ in _CHANNELS))
_IP_WORDS = _any(_SOURCE, _re(r"知识产权|知識產權|智慧財產|著作权|著作權|版权|版權|intellectual property|copyright"))
_LAW_WORDS = _re(r"适用法律|適用法律|法律适用|法律適用|準據法|准据法|governing law|governed by|laws? of|管辖|管轄")
_LIABILITY_WORDS = _any(_LIABILITY, _re(r"赔偿上限|賠償上限|责任限额|責任限額|limitation of liability"))
_PARTY_LABEL = _any(_CLIENT_WORDS, _VENDOR_WORDS, _re(r"甲方|乙方|\bbetween\b|\bparties\b"))

_ARRIVAL = _re(r"到场|到場|到达|到達|赶到|趕到|上门|上門|\barriv|on-?site")
_NOT_A_MILESTONE = _re(
    r"违约金|違約金|滞纳|滯納|逾期|延迟|延遲|利息|罚|罰|手续费|手續費|增加|上涨|上漲|折扣|优惠|優惠|赔偿|賠償|"
    r"\blate\b|overdue|interest|penalt|terminat|cancel|credit|increase|discount|refund|\bexit\b|past due"
)
_NOT_THE_FEE = _re(
    r"赔偿|賠償|违约|違約|预算|預算|例如|例:|判決|判决|訴訟|诉讼|原告|被告|罚|罰|押金|"
    r"\bbudget|\bfunding\b|\be\.g\.|for example|penalt|\blate\b|overdue|damages|compensat"
)
# a court's own judgment names the court that gave it, not the forum the parties chose
_A_JUDGMENT = _re(r"判决|判決|裁定书|裁定書|[訴诉]字第|上訴人|上诉人|原告|被告|\bplaintiff|\bdefendant")
_NOT_THE_TERM = _re(
    _FREE.pattern
    + r"|"
    + _OFFER_VALIDITY.pattern
    + r"|提前|届满前|屆滿前|到期前|期满前|期滿前|前最少|notice|before the end"
)

# per essential path: the words that address it and the value a place must carry (the field rules' vocabularies)
ANCHORS: dict[str, Anchor] = {
    "parties": Anchor(_PARTY_LABEL, _has_company, in_heading=False),
    "severity_levels": Anchor(_any(_LEVEL_TIMES, _LEVEL), _has_level_time),
    "free_maintenance.length": Anchor(_FREE, _has_duration),
    "free_maintenance.start_event": Anchor(_FREE, _has_start),
    "term.length": Anchor(_TERM, _has_duration, _NOT_THE_TERM),
    "fees": Anchor(_any(_FEE, _RECURRING_WORDS), _has_money, _NOT_THE_FEE),
    "support_channels": Anchor(_CHANNEL_WORDS, _has_address),
    "intellectual_property.source_code_owner": Anchor(_IP_WORDS, _has_owner),
    "disputes.governing_law": Anchor(_LAW_WORDS, _has_law, _A_JUDGMENT),
    "disputes.forum": Anchor(_DISPUTE_CONTEXT, _has_forum, _A_JUDGMENT),
    "liability.cap": Anchor(_LIABILITY_WORDS, _has_cap),
    "payment.milestones": Anchor(_PAY, _has_share, _NOT_A_MILESTONE),
}
assert set(ANCHORS) == set(ESSENTIAL), "one anchor per essential path"


def _heading_names(s: Sentence, words: re.Pattern[str]) -> bool:
    return bool(s.heading) and len(s.heading) <= _HEADING_CHARS and bool(words.search(s.heading))


def _quote(s: Sentence, by_heading: bool) -> str:
    """The sentence; under a heading that alone names the term, the heading and the sentence (its first value line)."""
    heading = " ".join(s.paragraph.heading.split())
    return f"{heading} — {s.text}" if by_heading and heading and heading not in s.text else s.text


def find_unread(sentences: list[Sentence], extraction: Extraction, currency: str) -> dict[str, list[Evidence]]:
    """Per essential path the extraction has no value for, up to ``MAX_POINTERS`` places that address it with a value
    no rule read; paths with none are left out (they stay "not stated")."""
    out: dict[str, list[Evidence]] = {}
    for path in ESSENTIAL:
        if extraction.stated(path):
            continue
        anchor = ANCHORS[path]
        places: list[Evidence] = []
        paragraphs: set[int] = set()
        for s in sentences:
            if s.paragraph.number in paragraphs:
                continue
            if anchor.other is not None and anchor.other.search(s.norm):
                continue
            in_text = any(anchor.words.search(c) and anchor.value(c, currency) for _, c in clauses(s.norm))
            by_heading = (
                not in_text
                and anchor.in_heading
                and _heading_names(s, anchor.words)
                and not (anchor.other is not None and anchor.other.search(s.heading))
                and anchor.value(s.norm, currency)
            )
            if not (in_text or by_heading):
                continue
            paragraphs.add(s.paragraph.number)
            places.append(Evidence(_quote(s, by_heading), s.location))
            if len(places) == MAX_POINTERS:
                break
        if places:
            out[path] = places
    return out
