"""The words of a checklist report in zh-Hans, zh-Hant and en.

Only the report's own words live here; spec values (enum choices, durations, money,
clocks) are worded by the clause library (termsmith.library.labels and .helpers),
so a report says them exactly as the agreement does.
"""

from __future__ import annotations

from termsmith.library.labels import worded

LANGS = ("zh-Hans", "zh-Hant", "en")

_TABLE: dict[str, tuple[str, str, str]] = {
    # verdicts
    "pass": ("符合", "符合", "pass"),
    "fail": ("不符合", "不符合", "fail"),
    "not stated": ("未约定", "未約定", "not stated"),
    "not comparable": ("无法比较", "無法比較", "not comparable"),
    "invalid": ("规格无效", "規格無效", "invalid spec"),
    # levels
    "must": ("必须", "必須", "must"),
    "should": ("建议", "建議", "should"),
    "info": ("参考", "參考", "info"),
    # columns
    "col.id": ("编号", "編號", "ID"),
    "col.requirement": ("要求", "要求", "Requirement"),
    "col.level": ("级别", "級別", "Level"),
    "col.verdict": ("结论", "結論", "Verdict"),
    "col.vendor": ("供应商约定", "供應商約定", "Vendor's terms"),
    "col.required": ("要求值", "要求值", "Required"),
    "col.clause": ("协议条款", "協議條款", "Clause"),
    "col.summary": ("汇总", "彙總", "Summary"),
    # words
    "title": ("供应商条款核查报告", "供應商條款核查報告", "Vendor terms check"),
    "checklist": ("核查清单", "核查清單", "Checklist"),
    "spec": ("规格文件", "規格檔案", "Spec"),
    "document": ("供应商协议", "供應商協議", "Vendor's agreement"),
    "not-in-document": ("协议中未找到", "協議中未找到", "not found in the agreement"),
    "vendor": ("供应商", "供應商", "Vendor"),
    "vendor.unnamed": ("协议中未写明", "協議中未寫明", "not named in the agreement"),
    # parties by role, never 甲方/乙方 (a vendor's agreement may use those the other way round)
    "party.client": ("客户", "客戶", "Client"),
    "party.vendor": ("供应商", "供應商", "Vendor"),
    "party.joint": ("客户与供应商共同", "客戶與供應商共同", "Client and Vendor jointly"),
    "result.ok": ("所有必须项均符合", "所有必須項均符合", "every must-requirement passes"),
    "result.blocked": ("有必须项未符合", "有必須項未符合", "some must-requirements do not pass"),
    "stated": ("已约定", "已約定", "stated"),
    "one of": ("之一", "之一", "one of"),
    "contains": ("包含", "包含", "contains"),
    "count": ("项", "項", "items"),
    "yes": ("是", "是", "yes"),
    "no": ("否", "否", "no"),
    "business": ("工作时间", "工作時間", "business hours"),
    "rationale": ("理由", "理由", "Rationale"),
    "references": ("依据", "依據", "References"),
    "evidence": ("原文依据", "原文依據", "Evidence in the documents"),
    # a vendor's document holding figures extraction did not read (termsmith.extract.unread)
    "unread-figures": (
        "本协议中有 {n} 处数字 termsmith 未能读取（{places}），相关条目的“未约定”结论可能有误，请对照原文核实。",
        "本協議中有 {n} 處數字 termsmith 未能讀取（{places}），相關條目的「未約定」結論可能有誤，請對照原文核實。",
        "termsmith did not read the figures at these places of this document: {places} ({n} in all) — a verdict "
        "'not stated' may be wrong there.",
    ),
    "unread-figures.vendor": ("{vendor}：{line}", "{vendor}：{line}", "{vendor}: {line}"),
    "summary.counts": (
        "必须 {must_pass}/{must}，建议 {should_pass}/{should}",
        "必須 {must_pass}/{must}，建議 {should_pass}/{should}",
        "must {must_pass}/{must}, should {should_pass}/{should}",
    ),
    "note.no-match": (
        "没有符合选择条件的条目",
        "沒有符合選擇條件的條目",
        "no entry matches the selection",
    ),
    "note.other-currency": (
        "金额为 {have}，要求以 {want} 计：不换算",
        "金額為 {have}，要求以 {want} 計：不換算",
        "amount in {have}, requirement in {want}: not converted",
    ),
    "note.other-clock": (
        "计时方式不同（工作时间与自然时间），服务日历无法换算",
        "計時方式不同（工作時間與自然時間），服務日曆無法換算",
        "different clocks (business time vs elapsed time) that the calendar cannot convert",
    ),
    "note.other-clock.short": ("计时方式不同", "計時方式不同", "different clocks"),
    "note.worst-case": (
        "工作时间按服务日历（含法定节假日与调休）在服务期首年内的最坏情况换算为自然时间后比较",
        "工作時間依服務日曆（含法定假日與補行上班日）於服務期首年內的最壞情況換算為自然時間後比較",
        "business time compared as elapsed time in the worst case over the term's first year on the "
        "service calendar (official holidays and make-up working days included)",
    ),
    "note.worst-case.short": ("按日历最坏情况", "依日曆最壞情況", "calendar worst case"),
    "note.no-match.short": ("无此项", "無此項", "no such entry"),
    "note.missing": ("缺少：{items}", "缺少：{items}", "missing: {items}"),
    "note.default": (
        "默认值（规格未写明，协议按此约定）",
        "預設值（規格未寫明，協議依此約定）",
        "default (not in the spec; the agreement states it)",
    ),
    "note.default.short": ("默认值", "預設值", "default"),
    "note.tier-by-rank": (
        "协议的“{name}”按其排序视为{tier}级别",
        "協議的「{name}」依其排序視為{tier}級別",
        "the agreement's “{name}” taken as the {tier} level by its rank",
    ),
    "note.tier-by-rank.short": ("按排序", "依排序", "by rank"),
    "invalid.detail": (
        "规格未通过校验，共 {n} 个错误",
        "規格未通過校驗，共 {n} 個錯誤",
        "the spec is invalid: {n} error(s)",
    ),
    "unreadable": ("无法读取", "無法讀取", "unreadable"),
    "unreadable.detail": (
        "无法读取这份协议（{n} 个问题，见下方）",
        "無法讀取這份協議（{n} 個問題，見下方）",
        "the agreement could not be read ({n} problem(s), below)",
    ),
}


def t(key: str, lang: str, **values: str | int) -> str:
    """The label ``key`` in ``lang``, with ``{name}`` fields filled in."""
    return worded(_TABLE, key, lang, **values)
