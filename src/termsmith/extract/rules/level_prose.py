"""Severity levels in prose: the verb next to each time gives its kind; labels over lists and
cells written as prose."""

from __future__ import annotations

import itertools
import re

from termsmith.extract.normalize import normalise  # memoised per document
from termsmith.extract.rules.context import _re, clauses as _clauses
from termsmith.extract.rules.level_words import (
    _CLOCK_HINT_BUSINESS,
    _DISPUTE,
    _FINAL,
    _INTERIM,
    _LEVEL,
    _OUTSIDE_BUSINESS,
    _RESOLUTION,
    _RESPONSE,
    _START_WORK,
    _clock,
    _kinds_in_order,
    _last_level_in,
    _Level,
    _level_in,
    not_a_limit,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations
from termsmith.spec.types import TimeUnit

# a time a failure is escalated after ("cannot be fixed within", "if the problem is not resolved within two hours, the
# manager is notified") is a condition, no promise to resolve
_NEGATED = _re(
    r"(?:不能|无法|無法|未能|不能夠|不能够|cannot|can't|unable to)\s*(?:解决|解決|修复|修復|resolve|fix)"
    r"|\bnot\s+(?:been\s+|be\s+)?(?:resolved|fixed)\b"
    # still open after a time ("if a critical issue remains unresolved after 2 hours, it is escalated")
    r"|\b(?:remains?|is|still)\s+(?:unresolved|unfixed|open|outstanding)\s+(?:after|beyond|for\s+more\s+than)\b"
)
_ON_SITE = _re(
    r"到达现场|到達現場|到现场|到現場|赶赴现场|趕赴現場|派员|派員|派工程师|派工程師|派技术|派技術|到场|到場|到府|上门|上門|协商|協商|"
    # arriving and dispatching are neither a response nor a resolution ("12小时内派人抵达现场", "3小时到位服务",
    # "1小时内安排处理", "dispatch an engineer")
    r"派人|派遣|派工|抵达|抵達|到位|赶到|趕到|安排(?:处理|處理|人员|人員|工程师|工程師|维修|維修)|"
    r"on-?site|on site|dispatch|"
    # a resident engineer ("24小时驻场响应"): hours of presence on site, not a limit
    r"驻场|駐場|驻点|駐點"
)


# a question, not a promise: a procurement's scoring sheet or a checklist asks whether the bidder commits to a time
_QUESTION = _re(
    r"\s*(?:[(（]?\d{1,2}[)）.、]\s*)?(?:是否|能否|可否|有无|有無|(?:does|do|will|can|is|are)\s+(?:the\s+)?(?:vendor|supplier|bidder|provider|contractor)\b)"
)

# a procurement's own steps, not a service level: answering a bidder's challenge or objection (收到投标人的书面质疑后7个
# 工作日内作出答复, 在收到异议之日起3日内作出答复)
# and the delivery of the goods bought (交货期：合同签订之日起30天内完成供货、安装和调试)
_PROCEDURE = _re(r"质疑|質疑|异议|異議|交货期|交貨期|供货期|供貨期|到货期|到貨期")


def _as_response(m: re.Match[str]) -> str:
    """The same number of characters (offsets into the clause stay valid), read as a response."""
    word = "respond" if m.group(0).isascii() else "响应"
    return word.ljust(len(m.group(0)))


def _as_resolution(m: re.Match[str]) -> str:
    """The same number of characters, read as a resolution (a final answer: "回复最终处理结果")."""
    word = "resolve" if m.group(0).isascii() else "解决"
    return word.ljust(len(m.group(0)))


def _kind_of(
    clause: str, d: FoundDuration, following: str, preceding: str = "", label: str | None = None
) -> str | None:
    """response / resolution for one duration: the verb right after it (zh: 2小时内响应),
    else the nearest before it (en: respond within 2 hours), else the next clause's start; a clause
    that is only "within N" ("…release a resolution, within 24 hours") takes the verb before its comma.
    A final answer is a resolution whatever verb carries it; an interim plan is neither."""
    clause = _FINAL.sub(_as_resolution, _START_WORK.sub(_as_response, clause))
    following = _FINAL.sub(_as_resolution, _START_WORK.sub(_as_response, following))
    if _CARD_COMPLETION.fullmatch(clause[d.end :]) and not clause[: d.start].strip():
        return "resolution"  # a plan card's "48 Hours Guaranteed Completion": the request done
    rest = _START_POINT.sub("", _NEGATED.sub("", clause[d.end :]))
    after = _PROMISE_WORD.sub("", re.sub(r"^\s*\([^)]{0,40}\)", "", rest))[:16]
    if _NEXT_LABEL.match(after):
        after = ""  # "Resp: 1h / Res: 4h": the time ends its labelled value, the kind word after it is the next one's
    if _ON_SITE.search(after) or _INTERIM.match(re.sub(r"^\s*(?:内|內|之内|之內|以内|以內)", "", after)):
        return None
    hits = [(m.start(), "response") for m in _RESPONSE.finditer(after)] + [
        (m.start(), "resolution") for m in _RESOLUTION.finditer(after)
    ]
    if hits:
        return min(hits)[1]
    before = _NEGATED.sub("", clause[max(0, d.start - 80) : d.start])
    interim = [m.end() for m in _INTERIM.finditer(before)]
    if interim and not (_RESPONSE.search(before[interim[-1] :]) or _RESOLUTION.search(before[interim[-1] :])):
        return None  # "provide an initial assessment within 6 hours"
    hits = [(m.end(), "response") for m in _RESPONSE.finditer(before)] + [
        (m.end(), "resolution") for m in _RESOLUTION.finditer(before)
    ]
    if hits:
        return max(hits)[1]
    head = _NEGATED.sub("", following)[:24]
    if _ON_SITE.search(head):
        return None
    hits = [(m.start(), "response") for m in _RESPONSE.finditer(head)] + [
        (m.start(), "resolution") for m in _RESOLUTION.finditer(head)
    ]
    if hits:
        return min(hits)[1]
    if not _DETACHED.fullmatch(clause[: d.start]):
        return label
    tail = _NEGATED.sub("", _START_WORK.sub(_as_response, preceding))[-60:]
    hits = [(m.end(), "response") for m in _RESPONSE.finditer(tail)] + [
        (m.end(), "resolution") for m in _RESOLUTION.finditer(tail)
    ]
    if hits:
        return max(hits)[1]
    return label if not preceding.strip() else None  # the time opens an item under a label ("Within 2 days for …")


# the moment a time counts from, right after it ("resolve within 16 hours of response time pickup", "fixed within
# 2 days after acknowledgement"): the kind word there names the start, not the time's kind
_START_POINT = _re(
    r"^\s*(?:of|from|after|following)\s+(?:the\s+)?(?:initial\s+|first\s+)?(?:response|acknowledg\w*|reply)"
    r"(?:\s+(?:time|being given|pickup|pick-up))*"
)

# a promise's qualifier between a time and its kind ("72 Hours Guaranteed First Response"): the kind word still
# follows the time
_QUALIFIER = r"(?:guaranteed|committed|target|maximum|max\.?)"
# the next value's label right after the time ("Resp: 1h / Res: 4h", "Response: 1 hour, Resolution: 4 hours"): its
# kind word is the next time's, not this one's
_NEXT_LABEL = re.compile(r"\s*(?:[/|,;，；]\s*[^\s:：/|,;，；]{1,12}\.?\s*[:：])")
_PROMISE_WORD = _re(rf"^\s*{_QUALIFIER}\s+(?=\S)")
# a plan card's line that is only a time and its completion ("48 Hours Guaranteed Completion", "5 days completion
# time"): the request is done then. "Completion" elsewhere ("within 30 days of completion", "project completion")
# names no resolution.
_CARD_COMPLETION = _re(rf"\s*(?:{_QUALIFIER}\s+)?completion(?:\s+time)?\s*[.*]?\s*")
_CARD_COMPLETION_END = _re(r"\bcompletion(?:\s+time)?\s*[.*]?\s*$")

_DETACHED = _re(r"\s*(?:(?:all\s+)?within|in|no later than|at most|不超过|不超過|在)?\s*")

_LABEL = re.compile(r"^\W{0,3}(?:[A-Za-z0-9]{1,2}[.、．)）]\s*)?(?P<label>[^:：,，;；。]{1,28})[:：]")


def _label_kinds(text: str) -> list[str]:
    """The kinds a sentence's opening label names ("完工時間:走保不超3小時,一般故障不超8小時", "Response /
    Resolution: …"): the items of the list after it take them when their own words name none."""
    m = _LABEL.match(text)
    return _kinds_in_order(m["label"]) if m else []


_PAIR = re.compile(r"\s*[/／]\s*")


# an enumeration comma or a slash between one level's time and the next level ("解决时限:紧急2小时/一般8小时",
# "回應時限:緊急2小時、一般8小時"): each level's time a clause of its own
_LIST_JOINT = re.compile(r"\s*[、/]\s*")


def _level_clauses(text: str) -> list[tuple[int, str]]:
    """The sentence's clauses (`context.clauses`), each cut again where a time is followed by a comma of a list
    or a slash and the next level's name; a slash between two levels ("P3/P4: 8-24 小时") cuts nothing."""
    out: list[tuple[int, str]] = []
    for offset, clause in _clauses(text):
        start = 0
        for m in _LIST_JOINT.finditer(clause):
            if _LEVEL.match(clause, m.end()) and durations(clause[start : m.start()]):
                out.append((offset + start, clause[start : m.start()]))
                start = m.end()
        out.append((offset + start, clause[start:]))
    return out


def _prose(
    text: str,
    s: Sentence,
    levels: dict[str, _Level],
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]],
    row: tuple[str, str, str | None] | None = None,
    inherited: list[str] | None = None,
    column_clock: str | None = None,
) -> None:
    """Times in a sentence written as prose: the verb next to each duration gives its kind. In a
    table cell, a clause naming no level is the row's level (`row`). A label (the sentence's own, or
    ``inherited`` from a label line or the paragraph's opening label above) gives the kind of a clause
    whose words name none; two times paired by a slash ("30分钟/4小时") take a two-kind label in order. A table
    cell's times without a clock of their own take their column's (``column_clock``)."""
    own = _label_kinds(text)
    said = own or inherited or _RESPONSE.search(text) or _RESOLUTION.search(text) or _CARD_COMPLETION_END.search(text)
    if not said or _DISPUTE.search(text):
        return  # a dispute between the parties is settled by the dispute clause, its times are no level's
    if _QUESTION.match(text):
        return  # a question, as a scoring sheet asks it ("是否…在15分钟内响应", "Does the supplier respond within …?")
    if _PROCEDURE.search(text):
        return
    on_site_item = _on_site_item(text)
    clauses = _level_clauses(text)
    opening = _opening_clock(clauses[0][1]) if len(clauses) > 1 else None
    for n, (offset, clause) in enumerate(clauses):
        following = clauses[n + 1][1] if n + 1 < len(clauses) else ""
        label = (own or inherited or []) if offset else (inherited or [])
        found = [d for d in durations(clause) if _level_length(d) and not not_a_limit(clause, d)]
        paired = len(found) == 2 and len(label) == 2 and bool(_PAIR.fullmatch(clause[found[0].end : found[1].start]))
        paired = paired and not _kinds_in_order(clause)
        for i, duration in enumerate(found):
            if paired:
                kind: str | None = label[i]
            else:
                kind = _kind_of(clause, duration, following, text[:offset], label[0] if len(label) == 1 else None)
            if kind is None or (kind == "response" and on_site_item):
                continue
            months = duration.duration.unit.is_calendar
            # a level named earlier in the sentence governs this clause; one named only later does not
            # ("接报修后30分钟内响应,一般问题2小时内解决": the response is for every problem)
            level = (
                _level_after(clause, duration)
                or _level_in(clause)
                or _class_after(clause, duration, normalise(s.paragraph.text))
                or _last_level_in(text[:offset])
                or row
            )
            if months and (kind != "resolution" or level is None or _WINDOW.search(clause[: duration.start])):
                continue  # months are a level's resolution only ("Low: resolved within three months")
            clock = _clock(clause, duration) or opening or _earlier_clock(clauses[:n], duration) or column_clock
            if (pair := _level_pair(text[: offset + duration.start])) is not None:
                _pair_times(pair, kind, duration, clock, s, levels)
                continue
            if level is None:
                untiered.append((kind, duration, clock, s))
                continue
            key, name, ident = level
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.times.setdefault(kind, (duration, clock, s))


# a window failures are counted in, before its length ("乙方在任意连续3个月内有3次以上未…解决", "in any 3 months"): no limit
_WINDOW = _re(r"(?:任意|任何|连续|連續|每|\bany\b|\bevery\b|\beach\b|\bconsecutive\b|\brolling\b|\bper\b)\s*$")


def _level_length(d: FoundDuration) -> bool:
    """A length a level's time may have: not months or years, but for a resolution of up to three months (checked
    once its kind and level are known); longer is a period of the agreement."""
    unit = d.duration.unit
    return not unit.is_calendar or (unit is TimeUnit.MONTHS and d.duration.value <= 3)


# a level named right after its time ("within 36 hours for minor issues and 72 hours for serious issues")
_FOR_LEVEL = _re(r"\s*(?:for|on|in)\s+(?:the\s+|all\s+|any\s+)?")


# a class of issue named after its time in a list of times ("4 hours for critical issues, 1 business day for standard
# requests"): a level, though its word ranks nothing
_ANY_REQUEST = _re(r"(?:support|service|customer|client|user|other|such|these|those|new)\s")
_ISSUE_CLASS = _re(
    r"(?P<name>[a-z][\w-]{2,20}(?:\s+priority)?\s+(?:issues|requests|incidents|tickets|problems|cases))\b"
)
_FOR_CLASS = _re(r"\b(?:for|on|in)\s+(?:the\s+|all\s+|any\s+)?" + _ISSUE_CLASS.pattern)


def _level_after(clause: str, d: FoundDuration) -> tuple[str, str, str | None] | None:
    """The level a time is said for right after it, in a clause of several times."""
    m = _FOR_LEVEL.match(clause, d.end)
    if m is None or len(durations(clause)) < 2:
        return None
    level = _LEVEL.match(clause, m.end())
    return _level_in(level.group(0)) if level else None


def _class_after(clause: str, d: FoundDuration, text: str) -> tuple[str, str, str | None] | None:
    """The class of issue a time is said for right after it, in a paragraph (``text``) listing times for classes
    ("… 4 hours for critical issues, 24 hours for standard issues"; "Within 1 hour for critical incidents; within 2
    hours for high-priority incidents"): a level of its own. A time for "all support requests" names every
    request, no class."""
    m = _FOR_LEVEL.match(clause, d.end)
    if m is None or len(durations(text)) < 2 or not (named := _ISSUE_CLASS.match(clause, m.end())):
        return None
    if _ANY_REQUEST.match(named["name"]):
        return None
    return f"class:{named['name'].lower()}", named["name"], None


_ON_SITE_SERVICE = _re(r"上门|上門|现场|現場|到场|到場|到府|\bon-?site\b|\bsite visits?\b")


def _on_site_item(text: str) -> bool:
    """An item labelled as the on-site service ("4、上门维护服务:…市区4小时内做出响应", "On-site support: we respond
    within 8 hours"): its "response" is the engineer's arrival, no response time (the zh38/tw22 reading)."""
    m = _LABEL.match(text)
    return m is not None and _ON_SITE_SERVICE.search(m["label"]) is not None


_BETWEEN_LEVELS = re.compile(r"\s*(?:[/／、&]|and|和|及|与|與)\s*")


def _level_pair(text: str) -> tuple[tuple[str, str, str | None], tuple[str, str, str | None]] | None:
    """Two levels named together before a time in its statement, and no other ("P3/P4:8-24 小时响应",
    "三级、四级故障:8小时内响应")."""
    text = text[max(text.rfind(c) for c in ";；。") + 1 :]
    found = list(_LEVEL.finditer(text))
    if len(found) != 2 or not _BETWEEN_LEVELS.fullmatch(text[found[0].end() : found[1].start()]):
        return None
    first, second = _level_in(found[0].group(0)), _level_in(found[1].group(0))
    return (first, second) if first and second and first[0] != second[0] else None


def _pair_times(
    pair: tuple[tuple[str, str, str | None], tuple[str, str, str | None]],
    kind: str,
    duration: FoundDuration,
    clock: str | None,
    s: Sentence,
    levels: dict[str, _Level],
) -> None:
    """Two levels sharing one time: a range gives the first its lower end and the second its upper end
    ("P3/P4:8-24 小时" is P3 8 hours, P4 24 hours); a single time holds for both."""
    lower = FoundDuration(duration.lower, duration.start, duration.end) if duration.lower else duration
    for (key, name, ident), value in zip(pair, (lower, duration), strict=True):
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.times.setdefault(kind, (value, clock, s))


_CONDITION = _re(r"\s*(?:在|於|于|during\b|within\b|in\b).{0,24}")


def _opening_clock(clause: str) -> str | None:
    """A sentence opening with the hours it holds in ("在當天工作時段內,…響應時間不超過4小時", "During business
    hours, we respond within 2 hours"): its times count on the business clock."""
    if durations(clause) or not _CONDITION.fullmatch(clause) or _OUTSIDE_BUSINESS.search(clause):
        return None
    return "business" if _CLOCK_HINT_BUSINESS.search(clause) else None


_OUTSIDE_HOURS = _re(
    r"非\s*(?:辦公|办公|營業|营业|工作|上班|服务|服務)|下班|\boutside\b|after[- ]hours|\bnon[- ]?(?:business|working|office)\b"
)
_DEFINES_HOURS = _re(r"(?:时间|時間|时段|時段|hours)\s*(?:为|為|是|係|系|are|is|[:：])")


def _earlier_clock(earlier: list[tuple[int, str]], duration: FoundDuration) -> str | None:
    """The hours an earlier clause of the same sentence gives the service, holding no time itself
    ("提供5*8小时电话技术支持服务,2小时内响应", "可以享受…正常上班工作時間的任何時間段的服務,…一個小時內解決"): a
    time stating no clock of its own counts on them. Clauses stating different clocks give none; so does a clause
    naming the hours outside them ("非辦公時間內,…30分鐘內…"); a clause defining the hours ("辦公時間為星期一至星期五…",
    "Business hours are …") gives them to no time."""
    if any(_OUTSIDE_HOURS.search(clause) for _, clause in earlier):
        return None
    clocks = {
        _clock(clause, duration)
        for _, clause in earlier
        if clause.strip() and not durations(clause) and not _DEFINES_HOURS.search(clause)
    }
    clocks.discard(None)
    return clocks.pop() if len(clocks) == 1 else None


# where a cell written as prose breaks into statements: sentence ends and bullets ("… hours* - Vendor will …")
# where a cell's statements part: after 。 or ;, before a bullet, and after an English sentence's full stop ("… is
# 16 business hours. Resolution target time is 40 business hours.": each sentence names its own kind)
_CELL_PARTS = re.compile(r"(?<=[。;；])|\s[-–•·*]\s|[•●▪]|(?<=[a-z]{2}\.)\s+(?=[A-Z])")


def _row_prose(
    row: list[Sentence],
    level: tuple[str, str, str | None] | None,
    levels: dict[str, _Level],
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]],
    header: list[str] | None = None,
    column_clock: str | None = None,
) -> None:
    """Cells written as prose ("乙方须在3个工作日内发补丁解决;…", "- We will respond within 2 hours - …"):
    each statement is read as a sentence, for the row's level (untiered when the row names none). The
    kinds the cell's header names label it ("Response / Resolution" over "1 hour / 4 hours")."""
    for cell in row:
        if header and not (_RESPONSE.search(cell.norm) or _RESOLUTION.search(cell.norm)):
            _prose(cell.norm, cell, levels, untiered, level, inherited=header, column_clock=column_clock)
            continue
        if _RESPONSE.search(cell.norm) or _RESOLUTION.search(cell.norm):
            for part in (p for piece in _CELL_PARTS.split(cell.norm) if piece for p in _labelled_parts(piece)):
                if part and len(part.strip()) > 8:
                    _prose(part, cell, levels, untiered, level)


# a kind's label inside a cell ("Response: 24-hour Resolution: 5 days", "响应：2小时 解决：8小时")
_KIND_LABEL = re.compile(
    r"(?:(?<=[\s,;，；])|^)(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*:|[\u4e00-\u9fff]{2,6}\s*[:：])"
)


def _labelled_parts(text: str) -> list[str]:
    """A cell labelling each of its times by kind, cut before each label, so a time is read with its own label
    and not with the next one ("24-hour Resolution"); the whole cell unless two labels name different kinds."""
    labels = [m for m in _KIND_LABEL.finditer(text) if len(_kinds_in_order(m.group())) == 1]
    if len({_kinds_in_order(m.group())[0] for m in labels}) < 2:
        return [text]
    cuts = [0, *(m.start() for m in labels if m.start() > 0), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


_LABEL_REACH = 8  # lines a label line governs
_LABEL_LINE = _re(r"[^\d:：。.;；,，]{1,30}[:：]?")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[一二三四五六七八九十]{1,3}[、.．])\s*")
# a sentence introducing the list below it ("… the following response times:", "各级故障的响应时间如下:")
_INTRO = _re(
    r"(?:following|below|as follows)[^.;。；]{0,40}[:：]\s*$|如下\s*[:：]?\s*$|(?:下列|以下)[^。；;]{0,20}[:：]\s*$"
)


def _carried_label(s: Sentence, label: tuple[int, list[str]]) -> tuple[int, list[str]]:
    """The label over the sentence: a short line naming kinds and no time ("Response times", "响应/修复:")
    governs the lines below it; a paragraph's opening label ("Response Time: Critical – 1 hour; High – 4
    hours") governs its later sentences."""
    if s.offset == 0 or _SECTION_NUMBER.fullmatch(s.paragraph.text[: s.offset].strip()):  # "4.1." | "Response Times:"
        text = _SECTION_NUMBER.sub("", s.norm.strip().lstrip("-•*·●▪ "))
        if _LABEL_LINE.fullmatch(text) and (kinds := _kinds_in_order(text)) and not durations(text):
            return s.paragraph.number, kinds
        if _INTRO.search(text) and len(kinds := _kinds_in_order(text)) == 1 and not durations(text):
            return s.paragraph.number, kinds  # "… in accordance with the following response times:"
        if own := _label_kinds(s.norm):
            return s.paragraph.number, own
        return label if not _kinds_in_order(s.norm) else (-100, [])
    return label


def _under_label(s: Sentence, label: tuple[int, list[str]]) -> bool:
    """A short item naming a level first ("• Critical: 1 hour", "High – 4 hours;") within reach of a label."""
    item = s.norm.strip().lstrip("-•*·●▪ ")
    if s.paragraph.number - label[0] > _LABEL_REACH:
        return False
    if (m := _LEVEL.match(item)) is None:
        # the time first, its one level after it ("0-2 hours for issues classified as High", "Within 2 days for
        # Low priority requests", "4 小时内:二级故障")
        named = len(list(_LEVEL.finditer(item)))
        # … or a class of issue ("within 2 hours for high-priority incidents")
        named = named or sum(1 for m in _FOR_CLASS.finditer(item) if not _ANY_REQUEST.match(m["name"]))
        return len(item) <= 100 and _TIME_FIRST.match(item) is not None and named == 1
    # a longer item is one when the time leads it ("Level 1: Within 4 business hours from the time of …")
    return len(item) <= 60 or (len(item) <= 100 and _TIME_FIRST.match(item, m.end()) is not None)


_TIME_FIRST = _re(r"[\s:：\-–—]*(?:within\b|no later than\b|自|在|於|于|\d)")
