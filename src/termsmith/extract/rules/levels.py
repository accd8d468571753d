"""Severity levels: response and resolution times per level, from sentences and tables; the levels
found are merged and written in the spec's terms."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

from termsmith.extract.rules.card_siblings import card_headings
from termsmith.extract.rules.context import Context, _re
from termsmith.extract.rules.flat_grid import flat_grid
from termsmith.extract.rules.flat_level_heads import flat_level_heads
from termsmith.extract.rules.flat_rows import flat_rows
from termsmith.extract.rules.header_lines import header_lines
from termsmith.extract.rules.item_level import item_level
from termsmith.extract.rules.layouts import _LIST_NUMBER, BULLETS, _LabelValue, _LevelHeading, _LineLayout
from termsmith.extract.rules.level_columns import level_columns
from termsmith.extract.rules.level_fallback import fallback_levels
from termsmith.extract.rules.level_lists import level_lists
from termsmith.extract.rules.level_prose import _carried_label, _prose, _under_label
from termsmith.extract.rules.level_ranks import named_tier, ranked_tiers
from termsmith.extract.rules.level_siblings import sibling_rows
from termsmith.extract.rules.level_words import (
    _Level,
    figures_only,
    within,
)
from termsmith.extract.rules.numbered_times import numbered_times
from termsmith.extract.rules.plan_cards import plan_cards
from termsmith.extract.rules.prose_groups import ProseGroups
from termsmith.extract.rules.table_groups import outer_headings, read_grouped
from termsmith.extract.rules.tables import find_tables
from termsmith.extract.rules.time_clock import DocumentClocks
from termsmith.extract.rules.times_below import times_below
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, compact

# a table row whose cells ran together when copied: a level id glued to the time after it ("P14 business hours"
# is P1 | 4 business hours, "S22 天" is S2 | 2 天)
_GLUED_ROW = _re(
    r"^(?P<id>P|S|Sev|Severity\s*|Priority\s*|Level\s*|L)(?P<d>[0-4])(?P<rest>\d+(?:\.\d+)?\s*(?:business\s+|working\s+)?"
    r"(?:hours?|hrs?|days?|minutes?|mins?|weeks?|小时|小時|分钟|分鐘|天|个?工作日|個?工作日|工作天)(?![A-Za-z]).*)$"
)


def _unglued(sentences: list[Sentence]) -> tuple[list[Sentence], dict[int, Sentence]]:
    """Rows of a level id glued to its time, two or more in a series (P1…, P2…), read with the two apart; a
    single such line (a product code "S12 hours") stays as written. Also the rows as written, by paragraph
    number, for the evidence."""
    glued = [
        (i, m)
        for i, s in enumerate(sentences)
        if s.offset == 0 and s.text == s.paragraph.text.strip() and (m := _GLUED_ROW.match(s.norm.strip()))
    ]
    series: set[int] = set()
    for (i, m), (j, n) in itertools.pairwise(glued):
        if j - i <= 2 and int(n["d"]) == int(m["d"]) + 1 and n["id"].lower() == m["id"].lower():
            series |= {i, j}
    if not series:
        return sentences, {}
    out, written = list(sentences), {}
    for i, m in glued:
        if i in series:  # the line is read apart (its evidence still quotes it as written)
            s = sentences[i]
            norm = f"{m['id'].strip()}{m['d']} {m['rest']}"
            out[i] = dataclasses.replace(s, norm=norm, paragraph=dataclasses.replace(s.paragraph, text=norm))
            written[s.paragraph.number] = s
    return out, written


def severity_levels(ctx: Context) -> None:
    sentences, written = _unglued(ctx.sentences)
    levels: dict[str, _Level] = {}
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]] = []
    layout, labels, heading = _LineLayout(), _LabelValue(card_headings(sentences)), _LevelHeading()
    label: tuple[int, list[str]] = (-100, [])
    # a table flattened into one paragraph is read by its header's column order; the table finder's
    # reading of the same paragraph (cells cut at every time) is dropped
    flattened = flat_rows(sentences, levels) | level_lists(sentences, levels)
    # levels across a pipe table's columns: a kind row, a level row, a times row
    flattened |= level_columns([s for s in sentences if id(s) not in flattened], levels)
    # a numbered list of request types under a line naming the kind, each item's time on the line under it
    flattened |= numbered_times([s for s in sentences if id(s) not in flattened], levels)
    # a web table copied as text: each level's line, its times on a line of their own below it
    flattened |= times_below([s for s in sentences if id(s) not in flattened], levels)
    # a plan × level grid printed one cell per line (a web page's table copied as text)
    flattened |= flat_grid([s for s in sentences if id(s) not in flattened], levels)
    # a level × kind table with the levels as columns printed one cell per line
    flattened |= flat_level_heads([s for s in sentences if id(s) not in flattened], levels)
    # a level table printed one cell a line under a header printed one cell a line that names a column timing
    # nothing (Description): the table finder cuts such a table at its description cells
    flattened |= header_lines([s for s in sentences if id(s) not in flattened], levels, described=True)
    done = {s.paragraph.number for s in sentences if id(s) in flattened}
    tables = {t.first: t for t in find_tables(sentences) if not done & set(t.paragraphs)}
    in_tables = {n for t in tables.values() for n in t.paragraphs}
    # … and a header of kinds alone, where no table was found
    flattened |= header_lines(
        [s for s in sentences if id(s) not in flattened and s.paragraph.number not in in_tables], levels
    )
    timed: dict[str, set[str]] = {}  # level key → the kinds a table timed
    outer = outer_headings(sentences)  # a plan's section heading over its table's own title
    groups = ProseGroups(sentences)  # a plan's section repeating a level in prose
    for s in sentences:
        if s.paragraph.number in in_tables:
            if (table := tables.pop(s.paragraph.number, None)) is not None:
                read_grouped(table, levels, untiered, timed, outer)
            continue
        if id(s) in flattened:
            continue
        label = _carried_label(s, label)
        row = heading.level_for(s) or item_level(s)
        # a plan's item under a level's heading is that level's prose, not a card's label line
        if heading.item_at != s.paragraph.number and (labels.read(s, levels) or layout.read(s, levels)):
            continue
        found: dict[str, _Level] = {}
        _prose(s.norm, s, found, untiered, row, inherited=label[1] if _under_label(s, label) else None)
        groups.merge(found, levels, s)
    # a table or list a reader took is read whole: its untimed level rows of the same shape, by the timed rows' map
    sibling_rows(sentences, levels)
    # the last reading runs when no level was timed; beside promises without a level, only a reading of a stretch
    # of its own (a promise inside the stretch it read, a cell of the same table, says it misread that table), and
    # the promises stay levels of their own ("Total Issue Resolution Goal: 24 Hours" under a list of levels timed by
    # a title above them)
    fallback = not any(lv.times for lv in levels.values())
    if fallback:
        read: dict[str, _Level] = {}
        fallback_levels(sentences, read)
        spans = [t[2].paragraph.number for lv in read.values() for t in lv.times.values()]
        if not spans or not any(min(spans) <= u[3].paragraph.number <= max(spans) for u in untiered):
            levels.update(read)
    _drop_figures(ctx, levels, untiered)
    tiers = _distinct([lv for lv in levels.values() if "response" in lv.times or "resolution" in lv.times])
    if not tiers and untiered:
        tiers = plan_cards(ctx.sentences, untiered) or _untiered_levels(ctx, untiered)
    elif fallback and untiered:
        tiers += _untiered_levels(ctx, untiered)
    else:
        _shared_promise(tiers, untiered)
        tiers += _question_level(ctx, tiers, untiered)
    clocks = DocumentClocks.read(ctx.sentences, (t[0].duration for lv in tiers for t in lv.times.values()))
    out = []
    ranked = _tiers_of(tiers)
    for i, lv in enumerate(tiers):
        item: dict[str, Any] = {"name": lv.name}
        if lv.id:
            item["id"] = lv.id
        if tier := ranked[i]:
            item["tier"] = tier
        for kind in ("response", "resolution"):
            if kind in lv.times:
                duration, own, s = lv.times[kind]
                said = clocks.clock_of(s, own, duration.duration, lv.key, lv.name, ranked[i])
                item[kind] = {"within": compact(duration.duration), "clock": said and said[0]}
                time_line = written.get(s.paragraph.number, s)
                ctx.record(f"severity_levels[{i}].{kind}", time_line)
                if said and (line := clocks.cited(said, time_line, duration.duration, own is not None)):
                    ctx.record(f"severity_levels[{i}].{kind}.clock", line)
        named = lv.named_at or next(iter(lv.times.values()))[2]
        ctx.record(f"severity_levels[{i}].name", written.get(named.paragraph.number, named))
        out.append(item)
    if out:
        ctx.out.terms["severity_levels"] = out


def _tiers_of(levels: list[_Level]) -> list[str | None]:
    """Each level's tier (level_ranks). A severity under another plan ("P1 (Platinum)", keyed "#1@platinum") is the
    same severity as the one it is keyed from: the severities are ranked once, and each plan's level takes the tier
    its name says, else its severity's. Ranking every plan's copy made the ranks repeat, and then none was ranked.
    Copies are told by their names ("Sev-1 (Premium)" is a copy of "Sev-1"), so a severity that comes only under plans
    ("Sev-1 (Premium)", "Sev-1 (Standard)" and no plain "Sev-1") is ranked too, by its first copy."""
    severities: dict[str, _Level] = {}
    for lv in levels:
        bare = _bare(lv.name)
        if bare not in severities or ("@" not in lv.key and "@" in severities[bare].key):
            severities[bare] = lv
    names = [_rank_name(lv) for lv in severities.values()]
    tier_of = dict(zip(severities, ranked_tiers(names, [named_tier(n) for n in names]), strict=True))
    return [named_tier(lv.name) or tier_of.get(_bare(lv.name)) for lv in levels]


_PLAN_SUFFIX = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _bare(name: str) -> str:
    """A level's name without the plan a copy of it is under ("Sev-1 (Premium)" → "Sev-1")."""
    return _PLAN_SUFFIX.sub("", name) or name


def _rank_name(lv: _Level) -> str:
    """What a level's rank is read from: its id and its name ("P1 Critical"), once when they are the same ("1")."""
    return lv.name if not lv.id or lv.id in lv.name else f"{lv.id} {lv.name}"


def _drop_figures(
    ctx: Context, levels: dict[str, _Level], untiered: list[tuple[str, FoundDuration, str | None, Sentence]]
) -> None:
    """Times the document itself calls averages or estimates ("The below time lines are average") are no limits."""
    figures = figures_only(ctx.sentences)
    if not figures:
        return
    for lv in levels.values():
        lv.times = {k: v for k, v in lv.times.items() if not within(figures, v[2])}
    untiered[:] = [u for u in untiered if not within(figures, u[3])]


def _distinct(tiers: list[_Level]) -> list[_Level]:
    """One level read twice, once by its name alone (a table cell "Emergency") and once with its id
    ("Severity Level P0 (Emergency)"), is one level when the times agree: the one with the id stays."""

    def same(a: _Level, b: _Level) -> bool:
        shared = a.times.keys() & b.times.keys()
        return bool(shared) and all(a.times[k][0].duration == b.times[k][0].duration for k in shared)

    return [
        lv
        for lv in tiers
        if lv.id
        or not any(
            o.id and o.name.lower() == lv.name.lower() and lv.times.keys() <= o.times.keys() and same(lv, o)
            for o in tiers
        )
    ]


def _shared_promise(tiers: list[_Level], untiered: list[tuple[str, FoundDuration, str | None, Sentence]]) -> None:
    """One promise without a level ("接到报修后15分钟内响应") beside levels that all lack that kind
    (each states only its resolution): the promise holds for every level."""
    for kind in ("response", "resolution"):
        said = [u for u in untiered if u[0] == kind]
        if len({u[1].duration for u in said}) != 1 or any(kind in lv.times for lv in tiers):
            continue
        _, duration, clock, s = said[0]
        for lv in tiers:
            lv.times[kind] = (duration, clock, s)


# questions rather than faults: "技术、维护上的疑问…免费咨询,问题响应时间1个工作日内", "questions are answered within"
_QUESTIONS = _re(r"疑问|疑問|咨询|咨詢|諮詢|\bquestions?\b|\binquir(?:y|ies)\b|\bhow-?to\b")


def _question_level(
    ctx: Context, tiers: list[_Level], untiered: list[tuple[str, FoundDuration, str | None, Sentence]]
) -> list[_Level]:
    """A promise without a level made for questions, beside fault levels that each state that kind with
    other times, is one more level (consultation): the fault levels' times do not hold for questions, nor
    the other way round."""
    said = [u for u in untiered if _QUESTIONS.search(u[3].norm)] or untiered
    if len({(u[0], u[1].duration) for u in said}) != 1 or not tiers:
        return []  # one promise (perhaps said twice) beside the levels, no more
    kind, duration, clock, s = said[0]
    if not all(kind in lv.times and lv.times[kind][0].duration != duration.duration for lv in tiers):
        return []
    if _QUESTIONS.search(s.norm):
        name = {"en": "consultation", "zh-Hant": "諮詢"}.get(ctx.out.language, "咨询")
    else:
        name = {"en": "all issues", "zh-Hant": "所有問題"}.get(ctx.out.language, "所有问题")
    level = _Level(f"question-{kind}", name, None)
    level.times[kind] = (duration, clock, s)
    return [level]


# a promise said of every request ("所有服务请求…48小时内解决", "all requests are resolved within 5 days")
_EVERY = _re(r"所有|全部|一切|无论|無論|不论|不論|\ball\b|\bevery\b|\bany\b|regardless")


def _every_request(groups: list[_Level]) -> None:
    """A promise without a level that says it holds for every request holds for each group of promises
    that lacks its kind (it was grouped with the one it followed)."""
    for g in list(groups):
        for kind, (duration, clock, s) in list(g.times.items()):
            if not _EVERY.search(s.norm):
                continue
            for other in groups:
                other.times.setdefault(kind, (duration, clock, s))


def _untiered_levels(ctx: Context, found: list[tuple[str, FoundDuration, str | None, Sentence]]) -> list[_Level]:
    """Promises without a level name: one level per group of sentences that fill response and
    resolution once each ("对于简单的问题…2个工作日内解决" and "对于影响使用的问题…8小时内解决" are two)."""
    groups: list[_Level] = []
    current: _Level | None = None
    placed: set[tuple[int, str]] = set()  # (sentence, kind) whose first time was read in a sentence naming places
    for kind, duration, clock, s in found:
        if _FARTHER.search(s.norm):
            if (id(s), kind) in placed:
                continue  # the same promise where the client is farther away ("同城4h、异地12h响应"): the nearer holds
            placed.add((id(s), kind))
        if current is not None and kind in current.times and current.times[kind][0].duration == duration.duration:
            continue  # the same promise said twice ("36小时内完成…不能在36小时内完成的")
        if current is None or kind in current.times:
            current = _Level(f"all-{len(groups)}", "", None)
            groups.append(current)
        current.times.setdefault(kind, (duration, clock, s))
    groups = _once_each(groups)
    _every_request(groups)
    everything = {"en": "all issues", "zh-Hant": "所有故障"}.get(ctx.out.language, "所有故障")
    for g in groups:
        first = next(iter(g.times.values()))[2]
        g.name = everything if len(groups) == 1 else (_group_name(first.text) or everything)
    return groups


# a promise's time by where the client is: the nearer place first (同城 4h、异地 12h; 市区2小时，郊县4小时; within 4 hours
# in the metropolitan area and 24 hours in regional areas), a farther place after it
_FARTHER = _re(
    r"异地|異地|外地|郊区|郊區|郊县|郊縣|边远|邊遠|偏远|偏遠|县城|縣城|乡镇|鄉鎮|省外|市外|外省|外市|"
    r"\b(?:regional|rural|remote|outlying|country|interstate)\s+(?:areas?|locations?|sites?)\b|\boutside\s+(?:the\s+)?(?:city|metro)"
)


def _once_each(groups: list[_Level]) -> list[_Level]:
    """The groups without one that repeats an earlier group's response and resolution (a tender restating its service
    promise for each product it buys); a lone time repeated may be another service's (phone and remote support
    both answered within 2 hours)."""
    seen: set[tuple[tuple[str, str, str], ...]] = set()
    out: list[_Level] = []
    for g in groups:
        times = tuple(sorted((kind, str(t[0].duration), str(t[1])) for kind, t in g.times.items()))
        if len(times) < 2 or times not in seen:
            seen.add(times)
            out.append(g)
    return out


# a Chinese ordinal before a clause ("一、", "（二）")
_ZH_ORDINAL = _re(r"^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[(（][一二三四五六七八九十]{1,3}[)）])\s*")
# "对于…问题" names the problem, not the words that introduce it
_FOR = _re(r"^(?:对于|對於|针对|針對|关于|關於)\s*")
# an aside in brackets that explains the problem rather than names it ("(故障不影响甲方系统正常使用的情况下)")
_LONG_ASIDE = _re(r"\s*[(（][^()（）]{9,}[)）]")


def _group_name(text: str) -> str:
    """A group of promises without a level is named by its sentence's first clause, without the list number
    before it, without a long aside in brackets, and cut before a bracket the name would leave open
    ("1.对于简单的问题(故障不影响甲方系统正常使用的情况下)" is "简单的问题")."""
    head = re.split(r"[,，;；:：]", text)[0].strip().lstrip(BULLETS)  # a list bullet is no part of a name
    head = _FOR.sub("", _ZH_ORDINAL.sub("", _LIST_NUMBER.sub("", head)).strip())
    name = _LONG_ASIDE.sub("", head)[:24]
    opened = max(name.rfind("("), name.rfind("（"))
    if opened > 0 and max(name.rfind(")"), name.rfind("）")) < opened:
        name = name[:opened]
    return name.strip()
