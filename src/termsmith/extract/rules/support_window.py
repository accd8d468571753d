"""The document's support window, when it is not round the clock: the clock of the level times that state none.

A vendor that says when its support is open ("Support hours: Monday through Friday, 8:00 AM – 5:00 PM", "5x8",
"24x5", "服务时间：工作日 9:00-18:00", "週一至週五 9:00-18:00", "Standard Support Hours are 7:00 AM to 5:00 PM …,
excluding holidays and weekends", hours with Saturday too) answers within those hours: its plain "2 hours" counts
business time (the keys' reading since en83, restated for en163 and en353). A document that also puts any support on
the clock round the day (24x7, 7×24, 全天候, "24 hours a day, 7 days a week") decides nothing this way: which of its
times run round the clock is the level's or the plan's to say; so does one that offers support outside its window
("Emergency support outside these hours is billed at …"). When that line names the levels it covers ("Extended
support (P1 only): 24/7", "24x7 for critical issues"), the window holds for every other level and the named ones run
round the clock, or on no clock when only served outside the window (``support_window``, extract33C); round the
clock or after hours offered only under a higher plan or a separate subscription is an option and leaves the window
whole. One channel's hours ("Phone: … (Mon–Fri 9–5)"), a
definition of the business unit ('"Business Day" means …') and a promise with its own time are no window; a whole
number of days written in hours ("24 hours") stays a day count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from termsmith.extract.normalize import CLOCK_24X7, CLOCK_BUSINESS
from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_ranks import named_tier
from termsmith.extract.rules.level_words import _LEVEL as _LEVEL_WORD, _level_in
from termsmith.extract.rules.section_clock import BUSINESS
from termsmith.extract.values import durations
from termsmith.spec.types import Duration, TimeUnit

# days of the week from one to another, short of the whole week: "Monday through Friday", "Mon–Fri", "Monday to
# Thursday", "Sunday–Thursday" (a Gulf working week), "周一至周五", "星期一到星期六", "週一～週五"
_DAY = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_WEEKDAY_RANGE = _re(
    r"\b(?!mon(?:day)?\.?\s*(?:-|–|—|~|to|through|thru|until)\s*sun|sun(?:day)?\.?\s*(?:-|–|—|~|to|through|thru|until)\s*sat)"
    + _DAY
    + r"\.?\s*(?:-|–|—|~|to|through|thru|until)\s*"
    + _DAY
    + r"\b|\bweekdays\b|"
    r"(?:周|週|星期|礼拜|禮拜)(?:一\s*(?:至|到|-|–|—|~|～)\s*(?:周|週|星期|礼拜|禮拜)?[二三四五六]|"
    r"[日天]\s*(?:至|到|-|–|—|~|～)\s*(?:周|週|星期|礼拜|禮拜)?[二三四五])"
)
# a time of day to another: "8:00 AM – 5:00 PM", "9am-6pm", "9:00-18:00", "10 AM - 8 PM", "上午9点至下午6点"
_DAY_HOURS = _re(
    r"\b\d{1,2}(?::\d\d|\s*[ap]\.?m\.?)\s*(?:-|–|—|~|to|until|till)\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|"
    r"\d{1,2}\s*[:：]\s*\d\d\s*(?:-|–|—|~|～|至|到)\s*\d{1,2}\s*[:：]\s*\d\d|"
    r"\d{1,2}\s*(?:点|點|时|時)\s*(?:-|–|—|~|～|至|到)\s*(?:下午|晚上)?\s*\d{1,2}\s*(?:点|點|时|時)"
)
# the hours named: support / business / office / working / operational hours, service time, 工作时间, 服务时间
_HOURS_NAMED = _re(
    r"\b(?:support|business|office|working|operational|operating|service|core)\s+hours?\b|"
    r"(?:工作|服务|服務|支持|支援|营业|營業|上班)(?:时间|時間|时段|時段)"
)
# weekends (and holidays) left out of the hours: "excluding holidays and weekends", "weekends excluded"
_NO_WEEKENDS = _re(
    r"\b(?:excluding|except|excludes|not\s+including)\s+(?:[\w-]+\s+){0,3}?weekends?\b|\bweekends?\s+(?:are\s+)?excluded\b|"
    r"(?:节假日|節假日|周末|週末)(?:除外|不提供)"
)

# a definition of the business unit itself ('"Business Hours" means 9 a.m. to 5 p.m.', "Business day is defined as
# …", "References to working days, hours or minutes refer to …"): it says what a business hour is, for the times stated
# in business units, not that the support is open only then
_UNIT_DEFINED = _re(
    r"\b(?:business|working|office)\W{0,3}\s+(?:days?|hours?)\W{0,3}\s+(?:means?|is\s+defined|are\s+defined|shall\s+mean|refers?\s+to)\b|"
    r"\breferences?\s+to\b[^.;]{0,40}\b(?:days|hours)\b"
)

# the hours of one way of asking ("Phone: … (Mon–Fri 9:00-18:30)", "电话:… (周一至周五 9:00-18:30)", "Web support
# (email/chat) during business hours (9:00AM – 5:00 PM)"): that channel's window, not the support's
_CHANNEL = _re(
    r"\b(?:phone|telephone|e-?mail|chat|hotline|whatsapp|call)\b|电话|電話|热线|熱線|邮件|郵件|微信|在线客服|線上客服"
)
# the support team working on working days only ("The support team operates on working days, excluding holidays")
_WORKING_DAYS = _re(
    r"\b(?:operates?|available|open|provided|works?)\s+(?:only\s+)?(?:on|during)\s+(?:working|business)\s+days\b|"
    r"(?:仅|僅|只)?(?:在|于|於)?工作日(?:提供|开放|開放)"
)

# service offered outside the window ("After-Hours Coverage: …", "Emergency support required outside these hours will
# be billed at a premium rate", "SLAs only apply outside of our business hours for Sev-1 tickets"): the document runs
# two clocks, and which time counts which is the level's or the plan's to say; not a request held over to the next
# window ("Requests submitted outside support hours are … handled during the next support window")
_OUTSIDE_OFFERED = _re(
    r"\b(?:outside|after|beyond)\s+(?:of\s+)?(?:these|our|normal|standard|regular|business|office|support|working|the)\b"
    r"[\w\s]{0,20}?\bhours\b|\bafter[- ]hours\b|\bout[- ]of[- ]hours\b"
)
_HELD_OVER = _re(r"\bnext\s+(?:business|working|support)\s+(?:day|window)|\bqueued\b|\bno\s+action\b")


# round the clock for watching the systems, not for answering ("Our systems are monitored 24x7 to detect …", "24/7
# network monitoring", "7×24小时监控"): the platform's watch, which sets no clock on the support's times (en547)
_WATCH = _re(r"\bmonitor(?:s|ed|ing)?\b|监控|監控|监测|監測")
_ANSWERS = _re(
    r"\b(?:support|helpdesk|help\s+desk|service\s+desk|technicians?|engineers?|respon\w*)\b|客服|支持|支援|响应|響應"
)


# round the clock only as an option the client may buy or ask for ("24x7 coverage can be adjusted according to …",
# "24x7 only if explicitly included in the Order Form", "24/7 support is available as an add-on"): the page's own
# service keeps its window (en569, en449)
_OPTION = _re(
    r"\b(?:if\s+(?:\w+\s+){0,2}(?:purchased|included|ordered|contracted|selected|subscribed|agreed)|only\s+if|"
    r"can\s+be\s+(?:\w+\s+)?(?:adjusted|added|extended|arranged|purchased|ordered)|(?:up)?on\s+request|optional(?:ly)?|"
    r"add-?ons?|at\s+(?:an\s+)?(?:additional|extra)\s+(?:cost|charge|fee)|"
    # (extract33C) round the clock under a higher plan or contract ("24×7 for P1-level issues (with AMC or Premium
    # Support Agreement)", "for clients with a 24/7 plan", "unless you have 24x7 support")
    r"with\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}(?:agreements?|plans?|contracts?|subscriptions?|packages?|tiers?)|"
    r"for\s+(?:clients|customers)\s+(?:with|on)|unless\s+you\s+have|a\s+separate\s+(?:subscription|contract|agreement))\b|"
    r"可选|可選|另行(?:收费|收費|购买|購買)"
)


def _round_the_clock(line: str) -> bool:
    """The line puts support on the round-the-clock clock: not when what runs round the clock is only monitoring, or
    only an option the client may buy."""
    return CLOCK_24X7 in line and not (_WATCH.search(line) and not _ANSWERS.search(line)) and not _OPTION.search(line)


def _outside_offered(line: str) -> bool:
    """Service offered outside the window, not held over to it, and not only as an option the client may buy."""
    return bool(_OUTSIDE_OFFERED.search(line)) and not _HELD_OVER.search(line) and not _OPTION.search(line)


# a level's own after-hours time beside its standard one ("1 hour (Standard) / 3 hours (After-Hours)", "4 hours (After
# Hours)", "1 hour after hours"): the page says which of its times counts outside the window, so its service there sets
# no clock for the times it gives for the window (en575, en560; the corpus README: the level keys the standard time)
_AFTER_HOURS_TIME = _re(
    r"\d\s*(?:minutes?|mins?|hours?|hrs?|h|(?:business|working)\s+days?|days?)\W{0,3}\s*\(?\s*"
    r"(?:after[- ]hours?|out[- ]of[- ]hours|outside\s+(?:of\s+)?(?:business|office|support|working)\s+hours)\b"
)


# the days or hours the window is open for, not a time it promises: "five days a week", "10 hours a day", "每周5天",
# "每週5天", "每天8小时"
_OPEN_FOR = _re(r"\A\s*(?:a|per|each|every|/|in\s+a)\s*(?:week|day)\b")
_OPEN_FOR_ZH = _re(r"(?:每|一)\s*(?:周|週|星期|天|日)\s*\Z")


def _promise(line: str) -> bool:
    """The line states a time of its own (a promise), not only how many days a week the support is open."""
    return any(
        not (_OPEN_FOR.match(line[d.end :]) or _OPEN_FOR_ZH.search(line[max(0, d.start - 4) : d.start]))
        for d in durations(line)
    )


# the hours of a desk that is not the support's ("Our sales team is available Monday to Friday, 9am to 5pm", "Billing
# enquiries: Mon-Fri", "销售热线：周一至周五"): when that desk answers, not the support's window
_OTHER_DESK = _re(r"\b(?:sales|billing|accounts?|accounting|invoic\w*)\b|销售|銷售|财务|財務|账务|帳務")


def limited_window(line: str) -> bool:
    """The line states support hours that are not round the clock (weekdays, a time of day to another, 5×8); not a
    promise (a line with a time of its own: "within 8 hours (Monday to Friday)"), a definition of the unit, nor the
    hours of one channel."""
    if (
        CLOCK_24X7 in line
        or _UNIT_DEFINED.search(line)
        or _CHANNEL.search(line)
        or _OTHER_DESK.search(line)
        or _promise(line)
    ):
        return False
    if CLOCK_BUSINESS in line or _NO_WEEKENDS.search(line) or _WORKING_DAYS.search(line):
        return True
    return bool(_WEEKDAY_RANGE.search(line) or (_HOURS_NAMED.search(line) and _DAY_HOURS.search(line)))


# a level named in a line ("Extended support (P1 only): 24/7", "24x7 for critical issues", "available outside business
# hours for major outages"), not one negated by "non-" ("business hours for non-critical issues")
_NON = _re(r"\bnon[- ]?\Z")
# a level word names a level when it qualifies the problems ("critical issues", "Critical-severity incidents");
# "Emergency support outside these hours" is a service, and "major outages" a kind of failure, not a level
_QUALIFIES = _re(
    r"[-\s]?(?:level|severity|priority|issues?|incidents?|problems?|tickets?|requests?|cases?|faults?|"
    r"defects?)\b"
)
# the level words that may qualify them
_QUALIFYING_WORD = _re(
    r"\b(?:critical|urgent|emergency|high|major|severe|blocker|p[0-4]|sev(?:erity)?[-\s]?[0-4])(?=[-\s])"
)


def level_mentions(line: str) -> frozenset[str]:
    """The keys and lower-case names of the levels ``line`` names: by an id ("P1", "Sev 2"), or by a level word that
    qualifies the problems."""
    found: set[str] = set()
    for m in (*_LEVEL_WORD.finditer(line), *_QUALIFYING_WORD.finditer(line)):
        if _NON.search(line[max(0, m.start() - 4) : m.start()]) or (level := _level_in(m.group())) is None:
            continue
        if level[0].startswith("#") or _QUALIFIES.match(line, m.end()):
            found |= {level[0], level[1].lower()}
            if tier := named_tier(level[1]):
                found.add(f"tier:{tier}")
    return frozenset(found)


@dataclass(frozen=True)
class WindowException:
    """Levels a line takes out of the window: round the clock for them (``clock`` "24x7"), or served outside it too
    (``clock`` None: their times state no clock the window could give)."""

    levels: frozenset[str]
    clock: str | None
    index: int  # the text stating it

    def covers(self, key: str, name: str, tier: str | None = None) -> bool:
        """The level (its key, name and tier) is one the line names."""
        lowered = name.lower()
        return (
            key in self.levels
            or f"tier:{tier}" in self.levels
            or any(n in lowered for n in self.levels if not n.startswith(("#", "tier:")))
        )


def support_window(texts: Iterable[str]) -> tuple[tuple[str, int], tuple[WindowException, ...]] | None:
    """(("business", index of the first text stating the window), the levels the document takes out of it) when the
    document (its normalised ``texts``) states a limited support window and puts nothing on the round-the-clock clock
    but for levels it names, else None. A line that puts only named levels round the clock or outside the window
    ("Extended support (P1 only): 24/7", "24x7 for P1/P2, business hours for P3/P4") keeps the window for every other
    level (the keys' reading, en1157, en139)."""
    texts = list(texts)
    paired = any(_AFTER_HOURS_TIME.search(text) for text in texts)
    limited: int | None = None
    above = ""
    excepted: list[WindowException] = []
    for k, text in enumerate(texts):
        round_the_clock = _round_the_clock(text)
        if round_the_clock or (_outside_offered(text) and not paired):
            if not (named := level_mentions(text)) or _promise(text):
                return None
            excepted.append(WindowException(named, "24x7" if round_the_clock else None, k))
            above = text.strip()
            continue
        # under a short heading naming a channel ("Phone Support" / "9 AM to 5 PM … Monday – Friday"): its hours
        if limited is None and limited_window(text) and not (len(above) <= 40 and _CHANNEL.search(above)):
            limited = k
        above = text.strip()
    return None if limited is None else ((BUSINESS, limited), tuple(excepted))


_PLAIN = {TimeUnit.BUSINESS_HOURS: TimeUnit.HOURS, TimeUnit.BUSINESS_DAYS: TimeUnit.DAYS}


def spelled_units(times: Iterable[Duration]) -> frozenset[TimeUnit]:
    """The plain units the document's level times also write as business units ("2 business days" beside "7 days")."""
    return frozenset(_PLAIN[d.unit] for d in times if d.unit in _PLAIN)


def window_over(duration: Duration, spelled: frozenset[TimeUnit] = frozenset()) -> bool:
    """The window's clock for one time that states none; not for whole days written in hours ("24 hours", "48
    hours"): a vendor counting days that way counts calendar days, not hours inside its window; nor for a plain unit
    the level times also write as a business unit (``spelled``): a vendor that writes "business days" where it means
    them means calendar days by its plain "days" (en518; en146's reading of hours)."""
    return not whole_days(duration) and duration.unit not in spelled


def whole_days(duration: Duration) -> bool:
    """Whole days written in hours ("24 hours", "48 hours", "72 hours"): a count of elapsed days, which no support
    window turns into hours of its own (the session-19 exception; the corpus README's clock decision, point 2)."""
    return duration.unit is TimeUnit.HOURS and duration.value >= 24 and duration.value % 24 == 0
