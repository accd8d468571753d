"""Field rules: keyword patterns per field and language over normalised sentences.

Each rule reads sentences (and the heading of their section) and records values in
the spec's field names and value syntax, with the sentence as evidence. A value
that is a template blank (``____``, ``【】``, ``XXX``, ``[例如:4]``) was turned into
a marker by the normaliser and is never read: the field stays "not stated".
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.extract.normalize import BLANK, CLOCK_24X7, CLOCK_BUSINESS
from termsmith.extract.result import Evidence, Extraction
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, compact, durations, money, percents


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


class Context:
    """The sentences, the document's parties and the extraction being filled."""

    def __init__(self, sentences: list[Sentence], out: Extraction) -> None:
        self.sentences = sentences
        self.out = out
        self.roles: dict[str, str] = {}  # 甲方/乙方/Customer… → client|vendor

    def record(self, path: str, sentence: Sentence) -> None:
        self.out.evidence.setdefault(path, Evidence(sentence.text, sentence.location))

    def warn(self, code: str, message: str, sentence: Sentence | None, hint: str | None = None,
             severity: Severity = Severity.WARNING) -> None:
        loc = sentence.location if sentence else None
        extra = {"page": str(loc.page) if loc and loc.page else "", "paragraph": str(loc.paragraph) if loc else ""}
        self.out.diagnostics.append(Diagnostic(code, severity, message, self.out.file,
                                               Position(loc.line, loc.column) if loc else Position(1, 1),
                                               hint=hint, extra={k: v for k, v in extra.items() if v}))


# ================================================================ parties
_CLIENT_WORDS = _re(r"委托方|委託方|客户|客戶|用户|用戶|需方|买方|買方|采购方|採購方|接受方|使用方|业主|業主|招标人|甲方单位|"
                    r"customer|client|licensee|purchaser|buyer")
_VENDOR_WORDS = _re(r"服务方|服務方|受托方|受託方|服务商|服務商|供方|卖方|賣方|承揽方|承攬方|开发方|開發方|提供方|维护方|維護方|"
                    r"承包方|厂商|廠商|供应商|供應商|服务单位|provider|vendor|supplier|licensor|contractor|consultant")
_PARTY_LINE = _re(r"^(?P<pre>[\u4e00-\u9fff/]{0,8}?[(（]?)(?P<label>甲方|乙方)(?P<post>\s*(?:[(（][^)）]{0,14}[)）])?)\s*[:：]\s*(?P<name>.*)$")
_NAMED_AS = _re(r"(?P<name>[^\s|:：()（）,，]{2,40}?)\s*[(（]\s*(?:以下|下)?(?:简称|簡稱|称|稱)\s*[\"“「]?(?P<label>甲方|乙方)")
_EN_PARTY_LINE = _re(r"^(?P<label>customer|client|licensee|service provider|provider|vendor|supplier|licensor|contractor)"
                     r"(?:\s*\([^)]*\))?\s*:\s*(?P<name>.+)$")
_SUFFIX = r"(?:Ltd|Inc|LLC|Limited|Co|Corp|GmbH|Pte|L\.L\.C)\b"
_EN_NAMED = _re(r"^(?P<name>[A-Z](?:[^,(;]|,\s?(?=" + _SUFFIX + r")){2,80}?)\s*(?:,(?!\s?" + _SUFFIX + r")|\().*\((?:the\s+)?[\"“](?P<role>[A-Za-z ]{3,20}?)[\"”]\)")
_EN_BETWEEN = _re(r"between\s+(?P<a>[A-Z][^()]{2,80}?)\s*\((?:the\s+)?[\"“]?(?P<ra>[A-Za-z ]{3,20}?)[\"”]?\)"
                  r".{0,40}?\band\s+(?P<b>[A-Z][^()]{2,80}?)\s*\((?:the\s+)?[\"“]?(?P<rb>[A-Za-z ]{3,20}?)[\"”]?\)")
_BODY_ROLE = [
    (_re(r"(甲方|乙方)(?:为|為|向)(甲方|乙方)提供[^,，。;；]{0,20}(?:服务|服務|维护|維護|支持|支援)"), "vendor-first"),
    (_re(r"(甲方|乙方)委[托託](甲方|乙方)"), "client-first"),
]
_NAME_END = re.compile(r"\s{2,}|\s+(?:地址|住所|电话|電話|法定代表人|联系人|聯絡人|统一社会信用代码)|[(（]以下|[;；]|[,，](?!\s?"
                       r"(?:Ltd|Inc|LLC|Limited|Co|Corp|GmbH|Pte)\b)")


def _role_of(words: str) -> str | None:
    if _VENDOR_WORDS.search(words):
        return "vendor"
    if _CLIENT_WORDS.search(words):
        return "client"
    return None


def parties(ctx: Context) -> None:
    found: dict[str, tuple[str | None, Sentence]] = {}  # label → (name, sentence)
    label_roles: dict[str, str] = {}
    for s in ctx.sentences[:400]:
        for m in _NAMED_AS.finditer(s.norm):
            name = _clean_name(m["name"])
            if name and m["label"] not in found:
                found[m["label"]] = (name, s)
        m = _PARTY_LINE.match(s.norm)
        if m and (not m["pre"].strip("(（") or _role_of(m["pre"])):
            label = m["label"]
            role = _role_of(m["pre"] + m["post"])
            if role and label not in label_roles:
                label_roles[label] = role
            name = _clean_name(m["name"])
            if label not in found or (found[label][0] is None and name):
                found[label] = (name, s)
            continue
        m = _EN_PARTY_LINE.match(s.norm)
        if m:
            label = m["label"].lower()
            name = _clean_name(m["name"])
            if name and label not in found:
                found[label] = (name, s)
                label_roles[label] = _role_of(label) or "client"
            continue
        m = None if re.search(r"\bbetween\b", s.norm, re.I) else _EN_NAMED.match(s.norm)
        if m and _role_of(m["role"]) and m["role"].lower() not in found:
            found[m["role"].lower()] = (_clean_name(m["name"]), s)
            label_roles[m["role"].lower()] = _role_of(m["role"]) or "client"
            continue
        m = _EN_BETWEEN.search(s.norm)
        if m and not found:
            for name, role_word, key in ((m["a"], m["ra"], "a"), (m["b"], m["rb"], "b")):
                role = _role_of(role_word)
                if role:
                    found[role_word.lower()] = (_clean_name(name.rstrip(", ")), s)
                    label_roles[role_word.lower()] = role
    body = _body_roles(ctx)
    for label in ("甲方", "乙方"):
        if label in body and label in label_roles and body[label][0] != label_roles[label] and not any(
                d.code == "E101" for d in ctx.out.diagnostics):
            ctx.warn("E101", f"the document calls {label} the {label_roles[label]} in the parties' block, but the "
                     f"text says {label} is the {body[label][0]}", body[label][1],
                     hint="read the parties' block and the service clauses together; termsmith reports the roles "
                          "the parties' block states")
        if label not in label_roles:
            if label in body:
                label_roles[label] = body[label][0]
    if "甲方" in found or "乙方" in found:
        a, b = label_roles.get("甲方"), label_roles.get("乙方")
        if a is None and b is None:
            a, b = "client", "vendor"
        label_roles.setdefault("甲方", a or ("client" if b == "vendor" else "vendor"))
        label_roles.setdefault("乙方", b or ("vendor" if label_roles["甲方"] == "client" else "client"))
    ctx.roles = dict(label_roles)
    out: list[dict[str, Any]] = []
    for label, (name, sentence) in found.items():
        if not name:
            continue
        role = label_roles.get(label)
        if role is None or any(p["role"] == role for p in out):
            continue
        ctx.record(f"parties[{len(out)}].legal_name", sentence)
        out.append({"role": role, "legal_name": name})
    if out:
        ctx.out.terms["parties"] = out


def _clean_name(raw: str) -> str | None:
    text = _NAME_END.split(raw, maxsplit=1)[0].strip(" :：。")
    text = text if re.search(r"\b(?:Ltd|Inc|Co|Corp|L\.L\.C)\.$", text) else text.rstrip(".")
    if not text or BLANK in text or len(text) > 80 or text.startswith(("(", "（")):
        return None
    return text


def _body_roles(ctx: Context) -> dict[str, tuple[str, Sentence]]:
    found: dict[str, tuple[str, Sentence]] = {}
    for s in ctx.sentences:
        for pattern, kind in _BODY_ROLE:
            m = pattern.search(s.norm)
            if m and m[1] != m[2]:
                first = "vendor" if kind == "vendor-first" else "client"
                other = "client" if first == "vendor" else "vendor"
                found.setdefault(m[1], (first, s))
                found.setdefault(m[2], (other, s))
    return found


# ================================================================ severity levels
_RESPONSE = _re(r"响应|回应|響應|回應|回复|回覆|答复|答覆|受理|respon[ds]|acknowledg")
_RESOLUTION = _re(r"解决|解決|修复|修復|恢复|恢復|排除|处理完毕|處理完畢|内完成|內完成|[采採]取相[应應]措施|正常运行|正常運行|"
                  r"resol|fix|restor|workaround|correct")
_LEVEL = _re(r"(?P<id3>\b[A-Za-z][\w-]{0,15})\s*\((?P<inner3>[^)]{1,14})\)\s*(?:级|級)|(?:severity|priority) level (?P<id3b>[A-Za-z][\w-]{0,15})\s*\((?P<inner3b>[^)]{1,20})\)|(?P<id>\bP[0-4]\b|\bS[1-4]\b|(?:severity|priority|level|sev)\s*[1-4]\b|[一二三四1-4]级(?=故障|问题|問題|事件|错误|錯誤)|[一二三四1-4]級)"
             r"(?:\s*[(（](?P<inner>[^)）]{1,12})[)）])?"
             r"|(?P<name>紧急|緊急|严重|嚴重|重大|重要|一般|轻微|輕微|次要|咨询|諮詢|critical|emergency|non-?urgent|urgent|major|minor|high|medium|low)"
             r"(?:\s*[(（](?P<inner2>P[0-4]|[^)）]{1,10})[)）])?(?=\s*(?:级|級|故障|问题|問題|错误|錯誤|事件|缺陷|[:：|]|priority|severity|issues?|problems?|incidents?|defects?|errors?|\s|$))")
_CLOCK_HINT_BUSINESS = _re(r"工作时间|工作時間|工作日|上班时间|上班時間|business hours|business days|working hours|"
                           r"周一至周五|週一至週五|星期一至星期五|monday\s*(?:to|-|through)\s*friday|mon(?:day)?\s*[-–~]\s*fri(?:day)?|"
                           r"\d{1,2}:\d\d\s*[-–~至到]\s*\d{1,2}:\d\d|" + re.escape(CLOCK_BUSINESS))


class _Level:
    def __init__(self, key: str, name: str, id_: str | None) -> None:
        self.key, self.name, self.id = key, name, id_
        self.times: dict[str, tuple[FoundDuration, str | None, Sentence]] = {}


def _clauses(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in re.finditer(r"[,，;；]|\band\b|、(?=\d)", text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _clock(clause: str, duration: FoundDuration) -> str | None:
    if duration.business:
        return "business"
    if CLOCK_24X7 in clause:
        return "24x7"
    if _CLOCK_HINT_BUSINESS.search(clause):
        return "business"
    return None


def _level_in(text: str) -> tuple[str, str, str | None] | None:
    m = _LEVEL.search(text)
    if not m:
        return None
    if m["id3"] or m["id3b"]:
        ident, inner = m["id3"] or m["id3b"], m["inner3"] or m["inner3b"]
        return ident.lower(), inner.strip(), ident
    if m["id"]:
        ident = re.sub(r"\s+", " ", m["id"]).strip()
        name = m["inner"] or ident
        return ident.lower().replace(" ", ""), name.strip(), ident
    name = m["name"]
    inner = m["inner2"]
    ident = inner if inner and re.fullmatch(r"P[0-4]", inner) else None
    return (ident or name).lower(), name, ident


_NEGATED = _re(r"(?:不能|无法|無法|未能|不能夠|不能够|cannot|can't|unable to)\s*(?:解决|解決|修复|修復|resolve|fix)")
_ON_SITE = _re(r"到达现场|到達現場|赶赴现场|趕赴現場|派员|派員|到场|到場|到府|上门|上門|协商|協商|on-?site|on site|dispatch")


def _kind_of(clause: str, d: FoundDuration, following: str) -> str | None:
    """response / resolution for one duration: the verb right after it (zh: 2小时内响应),
    else the nearest before it (en: respond within 2 hours), else the next clause's start."""
    rest = _NEGATED.sub("", clause[d.end:])
    after = re.sub(r"^\s*\([^)]{0,40}\)", "", rest)[:16]
    if _ON_SITE.search(after):
        return None
    hits = [(m.start(), "response") for m in _RESPONSE.finditer(after)] + \
           [(m.start(), "resolution") for m in _RESOLUTION.finditer(after)]
    if hits:
        return min(hits)[1]
    before = _NEGATED.sub("", clause[max(0, d.start - 80):d.start])
    hits = [(m.end(), "response") for m in _RESPONSE.finditer(before)] + \
           [(m.end(), "resolution") for m in _RESOLUTION.finditer(before)]
    if hits:
        return max(hits)[1]
    head = _NEGATED.sub("", following)[:24]
    if _ON_SITE.search(head):
        return None
    hits = [(m.start(), "response") for m in _RESPONSE.finditer(head)] + \
           [(m.start(), "resolution") for m in _RESOLUTION.finditer(head)]
    return min(hits)[1] if hits else None


class _Table:
    """The columns of a table (DOCX row, Markdown row) that hold response and resolution times."""

    def __init__(self) -> None:
        self.columns: dict[int, tuple[str, str | None]] = {}
        self.intro: str | None = None  # the kind named in the sentence before the table
        self.paragraph = -1


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def _table_row(ctx: Context, s: Sentence, table: _Table, levels: dict[str, _Level]) -> None:
    cells = _cells(s.norm)
    kinds: dict[int, tuple[str, str | None]] = {}
    for i, cell in enumerate(cells):
        if durations(cell):
            continue
        kind = "response" if _RESPONSE.search(cell) else "resolution" if _RESOLUTION.search(cell) else None
        if kind and not re.search(r"outside|非工作|以外", cell, re.I):
            kinds.setdefault(i, (kind, "business" if _CLOCK_HINT_BUSINESS.search(cell) else None))
    if kinds and not any(durations(c) for c in cells):
        table.columns = kinds
        return
    level = next((lv for c in cells if (lv := _level_in(c))), None)
    if level is None:
        return
    for i, cell in enumerate(cells):
        found = [d for d in durations(cell) if not d.duration.unit.is_calendar]
        if not found:
            continue
        kind, clock = table.columns.get(i, (None, None)) if table.columns else (table.intro, None)
        if kind is None:
            continue
        key, name, ident = level
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.times.setdefault(kind, (found[0], _clock(cell, found[0]) or clock, s))


def severity_levels(ctx: Context) -> None:
    levels: dict[str, _Level] = {}
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]] = []
    table = _Table()
    previous: Sentence | None = None
    for s in ctx.sentences:
        if "|" in s.norm:
            if table.paragraph != s.paragraph.number - 1:
                table = _Table()
                if previous is not None and (_RESPONSE.search(previous.norm) or _RESOLUTION.search(previous.norm)):
                    table.intro = "response" if _RESPONSE.search(previous.norm) else "resolution"
            table.paragraph = s.paragraph.number
            _table_row(ctx, s, table, levels)
            previous = s
            continue
        previous = s
        if not (_RESPONSE.search(s.norm) or _RESOLUTION.search(s.norm)):
            continue
        sentence_level = _level_in(s.norm)
        clauses = _clauses(s.norm)
        for n, (_, clause) in enumerate(clauses):
            following = clauses[n + 1][1] if n + 1 < len(clauses) else ""
            for duration in durations(clause):
                if duration.duration.unit.is_calendar:
                    continue
                kind = _kind_of(clause, duration, following)
                if kind is None:
                    continue
                level = _level_in(clause) or sentence_level
                if level is None:
                    untiered.append((kind, duration, _clock(clause, duration), s))
                    continue
                key, name, ident = level
                entry = levels.setdefault(key, _Level(key, name, ident))
                entry.times.setdefault(kind, (duration, _clock(clause, duration), s))
    tiers = [lv for lv in levels.values() if "response" in lv.times or "resolution" in lv.times]
    if not tiers and untiered:
        tiers = _untiered_levels(ctx, untiered)
    out = []
    for i, lv in enumerate(tiers):
        item: dict[str, Any] = {"name": lv.name}
        if lv.id:
            item["id"] = lv.id
        for kind in ("response", "resolution"):
            if kind in lv.times:
                duration, clock, s = lv.times[kind]
                item[kind] = {"within": compact(duration.duration), "clock": clock}
                ctx.record(f"severity_levels[{i}].{kind}", s)
        ctx.record(f"severity_levels[{i}].name", next(iter(lv.times.values()))[2])
        out.append(item)
    if out:
        ctx.out.terms["severity_levels"] = out


def _untiered_levels(ctx: Context, found: list[tuple[str, FoundDuration, str | None, Sentence]]) -> list[_Level]:
    """Promises without a level name: one level per group of sentences that fill response and
    resolution once each ("对于简单的问题…2个工作日内解决" and "对于影响使用的问题…8小时内解决" are two)."""
    groups: list[_Level] = []
    current: _Level | None = None
    last_paragraph = -1
    for kind, duration, clock, s in found:
        new_paragraph = s.paragraph.number != last_paragraph
        if current is not None and kind in current.times and current.times[kind][0].duration == duration.duration:
            continue  # the same promise said twice ("36小时内完成…不能在36小时内完成的")
        if current is None or kind in current.times:
            current = _Level(f"all-{len(groups)}", "", None)
            groups.append(current)
        current.times.setdefault(kind, (duration, clock, s))
        last_paragraph = s.paragraph.number
    everything = {"en": "all issues", "zh-Hant": "所有故障"}.get(ctx.out.language, "所有故障")
    for g in groups:
        first = next(iter(g.times.values()))[2]
        head = re.split(r"[,，;；:：]", first.text)[0].strip()
        g.name = everything if len(groups) == 1 else (head[:24] or everything)
    return groups


# ================================================================ free maintenance, term
_FREE = _re(r"免费维护|免費維護|免费保修|免費保修|保修|免费技术服务|免費技術服務|免费服务期|免費服務期|质保期|質保期|保修期|保固期|质量保证期|質量保證期|"
            r"免费运维|免費運維|保固|warranty period|free (?:maintenance|support)(?: period)?|warranty")
_START_EVENTS = [
    (_re(r"验收|驗收|acceptance|accepted"), "acceptance"),
    (_re(r"上线|上線|go-?live|go live|goes live|went live|launch|投入使用|正式运行|正式運行"), "go-live"),
    (_re(r"签订|簽訂|签署|簽署|签约|簽約|生效|signing|signature|effective date|execution"), "signing"),
]
_TERM = _re(r"服务期限|服務期限|服务期间|服務期間|维护期限|維護期限|维护期间|維護期間|合同期限|合約期限|协议期限|協議期限|"
            r"有效期|履约期间|履約期間|服务期|服務期|维保期|term of (?:this|the) agreement|initial term|agreement term|"
            r"(?:this agreement|the term) shall (?:remain|be|continue) in (?:full )?(?:force|effect)|维护期")
_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?P<y2>\d{4})[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})")
_CONFIDENTIAL = _re(r"保密|confidential")


def free_maintenance(ctx: Context) -> None:
    for s in ctx.sentences:
        if not _FREE.search(s.norm) and not _FREE.search(s.heading):
            continue
        if not _FREE.search(s.norm) and not re.search(r"为期|為期|期限|period", s.norm):
            continue
        found = [d for d in durations(s.norm) if d.duration.unit.value in ("months", "years", "days")]
        if not found:
            event = next((e for pattern, e in _START_EVENTS if pattern.search(s.norm)), None)
            if event and re.search(r"[自从從]|起|from|start", s.norm, re.I) and _FREE.search(s.norm + s.heading):
                ctx.out.terms.setdefault("free_maintenance", {}).setdefault("start_event", event)
                ctx.record("free_maintenance.start_event", s)
            continue
        d = found[0]
        fm: dict[str, Any] = {"length": compact(d.duration)}
        ctx.record("free_maintenance.length", s)
        if d.upper is not None:
            ctx.warn("E102", f"the free period is a range ({compact(d.duration)} to {compact(d.upper)}); "
                     "termsmith reports the shorter", s, hint="ask the vendor to state one length")
        for pattern, event in _START_EVENTS:
            if pattern.search(s.norm):
                fm["start_event"] = event
                ctx.record("free_maintenance.start_event", s)
                break
        ctx.out.terms["free_maintenance"] = {**ctx.out.terms.get("free_maintenance", {}), **fm}
        return


def term(ctx: Context) -> None:
    for s in ctx.sentences:
        if not _TERM.search(s.norm) or _FREE.search(s.norm) or _CONFIDENTIAL.search(s.norm):
            continue
        dates = [_date(m) for m in _DATE.finditer(s.norm)]
        dates = [d for d in dates if d is not None]
        found = [d for d in durations(s.norm) if d.duration.unit.value in ("months", "years", "days")]
        value: dict[str, Any] = {}
        if dates:
            value["start"] = dates[0].isoformat()
        if found:
            value["length"] = compact(found[0].duration)
        elif len(dates) >= 2 and dates[1] > dates[0]:
            value["length"] = _length_between(dates[0], dates[1])
        if "length" in value:
            ctx.out.terms["term"] = value
            ctx.record("term.length", s)
            if "start" in value:
                ctx.record("term.start", s)
            return


def _date(m: re.Match[str]) -> date | None:
    try:
        return date(int(m["y"] or m["y2"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    except ValueError:
        return None


def _length_between(start: date, end: date) -> str:
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if after.day == start.day and months > 0:
        return f"{months} months"
    return f"{(after - start).days} days"


# ================================================================ fees
_FEE = _re(r"费|費|价|價|金额|金額|报酬|報酬|款|fee|price|charge|cost|rate|amount|payable|¥|\$|元")
_RECURRING_WORDS = _re(r"维护费|維護費|服务费|服務費|运维费|運維費|维保费|維保費|年费|年費|技术支持费|技術支援費|支持服务费|"
                       r"maintenance fee|support fee|service fee|subscription|annual fee|monthly fee|retainer")
_BASIS: list[tuple[re.Pattern[str], str]] = [
    (_re(r"人天|人日|人/天|人·天|每人每天|person[- ]?days?|man[- ]?days?"), "person-day"),
    (_re(r"每次上门|每次上門|上门费|上門費|per (?:on-?site )?visit|每次现场|每次現場|/次\(每次上门\)"), "visit"),
    (_re(r"每小时|每小時|/小时|/小時|元/时|per hour|hourly|/hour|/hr\b|/h\b"), "hour"),
    (_re(r"[个個]接口|/接口|每[个個]接口|[个個]介面|per interface"), "interface"),
    (_re(r"每月|/月|月费|月費|per month|monthly|a month|/month|/mo\b"), "month"),
    (_re(r"每季度?|/季|per quarter|quarterly"), "quarter"),
    (_re(r"每年|/年|年费|年費|年度|per year|annual|annually|per annum|/year|a year|(?:^|\s|\|)年(?:\s|\||$)"), "year"),
    (_re(r"每次|/次|per incident|per call|per request|per ticket|(?:^|\s|\|)次(?:\s|\||$)"), "incident"),
    (_re(r"每项|每項|/项|/項|per project|(?:^|\s|\|)[项項](?:\s|\||$)"), "project"),
]


_CELL_UNITS: list[tuple[re.Pattern[str], str]] = [
    (_re(r"person-?days?|人天|人日|man-?days?"), "person-day"),
    (_re(r"hours?|小[时時]|工时|工時"), "hour"),
    (_re(r"interfaces?|[个個]?接口|[个個]?介面|apis?"), "interface"),
    (_re(r"visits?|次\s*\(每次(?:上门|上門|到场|到場|现场|現場)\)|每次(?:上门|上門|到场|到場)"), "visit"),
    (_re(r"projects?|[项項]|per project"), "project"),
    (_re(r"(?:per )?months?|每月|月"), "month"),
    (_re(r"(?:per )?quarters?|每季度?|季"), "quarter"),
    (_re(r"(?:per )?years?|每年|年"), "year"),
    (_re(r"incidents?|次|per incident"), "incident"),
]


def _cell_basis(text: str) -> str | None:
    """A table row: the cell that is exactly a unit (人天, hour, 個介面, 次（每次到場）)."""
    for cell in text.split("|"):
        cell = cell.strip()
        for pattern, basis in _CELL_UNITS:
            if pattern.fullmatch(cell):
                return basis
    return None


_UNIT_BEFORE = re.compile(r"(?:^|\s)(\S{1,14})\s*$")


def _basis(text: str, start: int, end: int) -> str | None:
    if "|" in text:
        found = _cell_basis(text)
        if found:
            return found
    m = _UNIT_BEFORE.search(text[max(0, start - 16):start])
    if m:  # a table row printed as text: "… hour HKD 950.00", "… 個介面 TWD 8,000.00"
        found = _cell_basis(m.group(1))
        if found:
            return found
    after = text[end:end + 12]
    before = text[max(0, start - 14):start]
    best: tuple[int, str] | None = None
    for pattern, basis in _BASIS:
        for window, distance in ((after, lambda m: m.start()), (before, lambda m: len(before) - m.end())):
            for m in pattern.finditer(window):
                d = distance(m)
                if best is None or d < best[0]:
                    best = (d, basis)
    return best[1] if best else None


def _fee_name(text: str, start: int) -> str | None:
    head = re.split(r"[,，;；:：|]", text[:start])[-1] if start else ""
    head = re.sub(r"^[\s\d.()（）、]+", "", head).strip(" 为為是:：")
    head = re.sub(r"(?:为|為|是|每年|每月|按年|按月|收取|支付|人民币|人民幣|¥)+$", "", head).strip()
    return head[:40] or None


def _period_in(head: str) -> str | None:
    """年度维护费 / 月费 / annual fee before an amount: the fee's own period."""
    head = re.split(r"[;；。]", head)[-1]
    for pattern, period in ((r"年度|每年|年费|年費|包年|annual|per year|yearly", "year"),
                            (r"每月|月费|月費|monthly|per month", "month"), (r"每季|季度|quarterly", "quarter")):
        if re.search(pattern, head, re.I):
            return period
    return None


def fees(ctx: Context) -> None:
    counts: Counter[str] = Counter()
    default = {"zh-Hant": "TWD", "en": "USD"}.get(ctx.out.language, "CNY")
    recurring: list[tuple[dict[str, Any], Sentence]] = []
    rate_card: list[tuple[dict[str, Any], Sentence]] = []
    one_off: list[tuple[dict[str, Any], Sentence]] = []
    for s in ctx.sentences:
        if not _FEE.search(s.norm) and not _FEE.search(s.heading):
            continue
        if re.search(r"赔偿|賠償|违约金|違約金|罚|罰|penalt|liquidated|damages|注册资本|註冊資本|liabilit", s.norm):
            continue
        for m in money(s.norm, default):
            counts[m.money.currency] += 1
            basis = _basis(s.norm, m.start, m.end)
            name = _fee_name(s.norm, m.start)
            amount = str(m.money)
            if basis in ("month", "quarter", "year") and (_RECURRING_WORDS.search(s.norm)
                                                        or _RECURRING_WORDS.search(s.heading)):
                item = {"amount": amount, "period": basis}
                if name:
                    item = {"name": name, **item}
                if not any(r["amount"] == amount and r["period"] == basis for r, _ in recurring):
                    recurring.append((item, s))
            elif basis is not None:
                unit = basis
                item = {"unit": unit, "price": amount}
                if name:
                    item = {"name": name, **item}
                if not any(r["price"] == amount and r["unit"] == unit for r, _ in rate_card):
                    rate_card.append((item, s))
            elif _RECURRING_WORDS.search(s.norm) and (period := _period_in(s.norm[:m.start])):
                item = {"amount": amount, "period": period}
                if name:
                    item = {"name": name, **item}
                if not any(r["amount"] == amount and r["period"] == period for r, _ in recurring):
                    recurring.append((item, s))
            elif _RECURRING_WORDS.search(s.norm):
                item = {"amount": amount}
                if name:
                    item = {"name": name, **item}
                if not any(r["amount"] == amount for r, _ in one_off):
                    one_off.append((item, s))
    if not (recurring or rate_card or one_off):
        return
    fee_terms: dict[str, Any] = {"currency": counts.most_common(1)[0][0]}
    for key, items in (("recurring", recurring), ("rate_card", rate_card), ("one_off", one_off)):
        if items:
            fee_terms[key] = [item for item, _ in items]
            for i, (item, s) in enumerate(items):
                ctx.record(f"fees.{key}[{i}].{'price' if key == 'rate_card' else 'amount'}", s)
    ctx.out.terms["fees"] = fee_terms


# ================================================================ support channels
_CHANNEL_CONTEXT = _re(r"渠道|报修|報修|报障|報障|服务方式|服務方式|支持方式|支援方式|维护方式|維護方式|维护形式|維護形式|联系方式|聯絡方式|"
                       r"热线|熱線|技术服务方式|技術服務方式|服务形式|服務形式|技术支持|技術支援|"
                       r"support channel|contact|report(?:ing|s|ed)? (?:an? |the )?(?:issue|incident|problem|error|defect)|"
                       r"hotline|help ?desk|service desk|support (?:via|by|through)|may report|submit|\bvia\b|by (?:telephone|phone|e-?mail)|"
                       r"通知|通过|通過|咨询|咨詢|諮詢|现场服务|現場服務|上门服务|上門服務|远程服务|遠程服務|遠端服務|在线服务|在線服務|热线服务|熱線服務")
_CHANNELS: list[tuple[re.Pattern[str], str]] = [
    (_re(r"电话|電話|热线|熱線|手机|手機|telephone|phone|hotline"), "phone"),
    (_re(r"电子邮件|電子郵件|邮件|郵件|e-?mail"), "email"),
    (_re(r"工单|工單|服务台|服務台|客服系统|ticket|portal|help ?desk|service desk|web form|support system|support site"), "ticket"),
    (_re(r"微信群|企业微信|企業微信|QQ|服务群|服務群|即时通讯|即時通訊|即时通信|微信|LINE群|\bchat\b|slack|teams|instant[- ]messaging|messaging group|wechat|whatsapp"), "chat-group"),
    (_re(r"远程|遠程|遠端|remote"), "remote"),
    (_re(r"现场|現場|上门|上門|到场|到場|到府|on-?site"), "on-site"),
]


def support_channels(ctx: Context) -> None:
    kinds: list[tuple[str, Sentence]] = []
    for s in ctx.sentences:
        if not (_CHANNEL_CONTEXT.search(s.norm) or _CHANNEL_CONTEXT.search(s.heading)):
            continue
        if _FEE.search(s.norm) and money(s.norm, "CNY"):
            continue
        for pattern, kind in _CHANNELS:
            if pattern.search(s.norm) and all(k != kind for k, _ in kinds):
                kinds.append((kind, s))
    if kinds:
        ctx.out.terms["support_channels"] = [{"kind": k} for k, _ in kinds]
        for i, (_, s) in enumerate(kinds):
            ctx.record(f"support_channels[{i}].kind", s)


# ================================================================ intellectual property
_SOURCE = _re(r"源代码|源代碼|源程序|源程式|源码|源碼|原始码|原始碼|原始程式|source code")
_OWN = _re(r"归|歸|属于|屬於|所有|拥有|擁有|享有|own|belong|vest|property of|title")
_HANDOVER_VERB = _re(r"交付|移交|提交|提供|交还|交還|deliver|hand(?:ed)? over|escrow|provide")
_HANDOVER_ITEMS = [
    (_SOURCE, "source-code"), (_re(r"数据库(?:结构|設計|设计|表结构|文档)|資料庫(?:結構|設計)|database (?:schema|design|structure)"),
                               "database-schema"),
    (_re(r"接口文档|接口文檔|介面文件|API (?:documentation|docs)|interface doc"), "interface-docs"),
    (_re(r"部署文档|部署文檔|部署手册|安裝手冊|deployment (?:guide|documentation|docs)|installation guide"), "deployment-docs"),
    (_re(r"管理员手册|管理員手冊|操作手册|操作手冊|使用手册|使用手冊|用户手册|user manual|admin(?:istrator)? manual|operating manual"),
     "admin-manual"),
    (_re(r"架构图|架構圖|architecture diagram"), "architecture-diagram"),
]
_JOINT = _re(r"双方共同|雙方共同|双方共有|雙方共有|共同所有|共同享有|jointly")


def intellectual_property(ctx: Context) -> None:
    ip: dict[str, Any] = {}
    for s in ctx.sentences:
        if "source_code_owner" in ip:
            break
        if not (_SOURCE.search(s.norm) and _OWN.search(s.norm)):
            continue
        owner = _owner(ctx, s.norm)
        if owner:
            ip["source_code_owner"] = owner
            ctx.record("intellectual_property.source_code_owner", s)
    handover: list[tuple[str, Sentence]] = []
    for s in ctx.sentences:
        if not _HANDOVER_VERB.search(s.norm) or not re.search(r"交付|移交|交还|交還|deliver|hand|escrow", s.norm, re.I):
            continue
        for pattern, item in _HANDOVER_ITEMS:
            if pattern.search(s.norm) and all(i != item for i, _ in handover):
                handover.append((item, s))
    if handover:
        ip["handover"] = [{"item": item} for item, _ in handover]
        for i, (_, s) in enumerate(handover):
            ctx.record(f"intellectual_property.handover[{i}].item", s)
    if ip:
        ctx.out.terms["intellectual_property"] = ip


def _owner(ctx: Context, text: str) -> str | None:
    if _JOINT.search(text):
        return "joint"
    m = re.search(r"(?:归|歸|属于|屬於|由|为|為)\s*(甲方|乙方)|(甲方|乙方)\s*(?:所有|拥有|擁有|享有|单独所有)", text)
    if m:
        label = m[1] or m[2]
        return ctx.roles.get(label, "client" if label == "甲方" else "vendor")
    m = re.search(r"property of (?:the )?(\w+(?: \w+)?)|(?:the )?(\w+(?: \w+)?) shall (?:solely |exclusively )?own|"
                  r"(?:vest|belong)s? (?:in|to) (?:the )?(\w+(?: \w+)?)", text, re.I)
    if m:
        return _role_of(next(g for g in m.groups() if g))
    return None


# ================================================================ disputes
_LAW = _re(r"(?:适用|適用|依照|依据|依據|遵照|受|准据法为|準據法為|準據法|依)\s*(?P<law>(?:中华人民共和国|中華人民共和國|中华民国|中華民國|香港特别行政区|"
           r"香港特別行政區|香港|澳门|澳門|台湾|台灣|臺灣|我国|我國)[^,，。;；]{0,10}?法律(?:[(（][^)）]{0,20}[)）])?)")
_EN_LAW = _re(r"governed by(?: and construed in accordance with)? the laws? of (?P<law>(?:the )?[A-Z][^,.;()]{2,60})")
_COURT = _re(r"(?:向|提交|提交至|提请|提請|由|递交|遞交|交由|以)\s*(?P<court>[^,，。;；:：、]{2,30}?(?:人民法院|地方法院|法院))")
_EN_COURT = _re(r"courts? (?:of|in|located in|sitting in) (?P<court>[A-Z][^,.;()]{2,60})")
_ARBITRATION = re.compile(r"(?P<inst>[^,，。;；:：\s]{0,30}?(?:仲裁委员会|仲裁委員會|仲裁中心|仲裁院|仲裁協會|仲裁协会)"
                         r"|(?:[A-Z][A-Za-z&'-]*\s+){0,6}(?:International\s+)?Arbitration\s+(?:Centre|Center|Commission|Association|Court)"
                         r"(?:\s*\([A-Z]{2,8}\))?|CIETAC|HKIAC|SIAC|SHIAC|JAMS)")
_DISPUTE_CONTEXT = _re(r"争议|爭議|纠纷|糾紛|诉讼|訴訟|起诉|起訴|管辖|管轄|仲裁|dispute|jurisdiction|arbitrat|proceedings")


def disputes(ctx: Context) -> None:
    out: dict[str, Any] = {}
    for s in ctx.sentences:
        if "governing_law" not in out:
            m = _LAW.search(s.norm) or _EN_LAW.search(s.norm)
            if m and BLANK not in m["law"]:
                out["governing_law"] = m["law"].strip()
                ctx.record("disputes.governing_law", s)
        if not _DISPUTE_CONTEXT.search(s.norm):
            continue
        if "arbitration" not in out:
            m = _ARBITRATION.search(s.norm)
            if m and BLANK not in m["inst"] and re.search(r"仲裁|arbitrat", s.norm, re.I):
                inst = re.sub(r"^.*?(?:提交|提请|提請|交由|向|由)\s*", "", m["inst"]).strip()
                if inst:
                    out["arbitration"] = {"institution": inst}
                    ctx.record("disputes.arbitration.institution", s)
        if "court" not in out:
            m = _COURT.search(s.norm) or _EN_COURT.search(s.norm)
            if m and BLANK not in m["court"]:
                court = m["court"].strip()
                if court and re.search(r"管辖|管轄|起诉|起訴|诉讼|訴訟|jurisdiction|courts?", s.norm, re.I):
                    out["court"] = {"name": court}
                    ctx.record("disputes.court.name", s)
    if out:
        ctx.out.terms["disputes"] = out


# ================================================================ liability
_LIABILITY = _re(r"赔偿|賠償|责任|責任|liabilit|liable|damages")
_CAP = _re(r"不超过|不超過|不得超过|不得超過|最高|上限|为限|為限|封顶|封頂|shall not exceed|not to exceed|limited to|in no event|cap")
_FEES_PAID = _re(r"已[^,，。;；]{0,10}?(?:支付|付|收取)|合同总|合同總|合同金额|合同金額|总价款|總價款|服务费总额|服務費總額|fees? (?:paid|payable)|"
                 r"amounts? paid|contract (?:price|value)|total fees|fees[^.;]{0,40}paid")


def liability(ctx: Context) -> None:
    for s in ctx.sentences:
        if not (_LIABILITY.search(s.norm) and _CAP.search(s.norm)):
            continue
        pct = percents(s.norm)
        if pct and _FEES_PAID.search(s.norm):
            value = format(pct[0][0].normalize(), "f")
            ctx.out.terms["liability"] = {"cap": f"{value}%"}
        elif _FEES_PAID.search(s.norm):
            ctx.out.terms["liability"] = {"cap": "100%"}
        else:
            found = money(s.norm, ctx.out.terms.get("fees", {}).get("currency", "CNY"))
            if not found:
                continue
            ctx.out.terms["liability"] = {"cap_amount": str(found[0].money)}
            ctx.record("liability.cap_amount", s)
            return
        ctx.record("liability.cap", s)
        return


# ================================================================ payment
_PAY = _re(r"支付|付款|付清|支付方式|付款方式|分期|首付|尾款|余款|餘款|预付|預付|pay|payment|invoice|instal")
_TRIGGERS = [
    (_re(r"验收|驗收|acceptance"), "acceptance"),
    (_re(r"上线|上線|go-?live|launch"), "go-live"),
    (_re(r"签订|簽訂|签署|簽署|签约|簽約|生效|signing|execution|effective"), "signing"),
    (_re(r"发票|發票|invoice"), "invoice"),
    (_re(r"服务期开始|服務期開始|服务期起始|每期|period start|start of (?:each |the )?(?:service )?period"), "period-start"),
    (_re(r"完成|期满|期滿|届满|屆滿|结束|結束|completion|end of"), "completion"),
]


def payment(ctx: Context) -> None:
    run: list[tuple[Decimal, str | None, Sentence]] = []
    for s in ctx.sentences:
        if not (_PAY.search(s.norm) or ("|" in s.norm and _PAY.search(s.heading))) or re.search(r"税|稅|tax|VAT|违约|違約|利息|interest|赔偿|賠償|penalt|上调|credit", s.norm, re.I):
            if run and sum(p for p, _, _ in run) < 100:
                continue
            run = [] if sum(p for p, _, _ in run) != 100 else run
            continue
        for _, clause in _clauses(s.norm):
            for value, _, _ in percents(clause):
                trigger = next((t for pattern, t in _TRIGGERS if pattern.search(clause)), None)
                run.append((value, trigger, s))
        total = sum(p for p, _, _ in run)
        if total == 100 and len(run) >= 1:
            break
        if total > 100:
            run = []
    if run and sum(p for p, _, _ in run) == 100:
        milestones = []
        for i, (value, trigger, s) in enumerate(run):
            item: dict[str, Any] = {"percent": f"{format(value.normalize(), 'f')}%"}
            if trigger:
                item["trigger"] = trigger
            milestones.append(item)
            ctx.record(f"payment.milestones[{i}].percent", s)
        ctx.out.terms["payment"] = {"milestones": milestones}


RULES = (parties, severity_levels, free_maintenance, term, fees, support_channels, intellectual_property, disputes,
         liability, payment)
