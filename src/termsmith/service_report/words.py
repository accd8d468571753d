"""The words of the service report in zh-Hans, zh-Hant and en."""

from __future__ import annotations

from decimal import Decimal

from termsmith.library.labels import in_lang

_WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("月度服务报告", "月度服務報告", "Monthly Service Report"),
    "summary": ("服务概况", "服務概況", "Summary"),
    "per_level": ("各级别服务水平", "各級別服務水準", "Service levels"),
    "breaches_section": ("超时明细", "逾時明細", "Breaches"),
    "credits_section": ("服务赔偿", "服務賠償", "Service credits"),
    "notes": ("计算说明", "計算說明", "How the figures are computed"),
    "agreement": ("协议编号", "協議編號", "Agreement no."),
    "month": ("报告月份", "報告月份", "Month"),
    "parties": (
        "甲方：{client}；乙方：{vendor}",
        "甲方：{client}；乙方：{vendor}",
        "Client: {client}; Vendor: {vendor}",
    ),
    "requests": ("服务请求数", "服務請求數", "Requests"),
    "responded": ("已响应", "已回應", "Responded"),
    "average_response": ("平均响应时间", "平均回應時間", "Average response time"),
    "resolved": ("已解决", "已解決", "Resolved"),
    "resolution_rate": ("解决率", "解決率", "Resolution rate"),
    "breach_count": ("超时次数", "逾時次數", "Breaches"),
    "credits_owed": ("本月应付服务赔偿", "本月應付服務賠償", "Service credits owed this month"),
    "item": ("项目", "項目", "Item"),
    "value": ("数值", "數值", "Value"),
    "level": ("级别", "級別", "Level"),
    "count": ("数量", "數量", "Count"),
    "response": ("响应", "回應", "response"),
    "resolution": ("解决", "解決", "resolution"),
    "limit": ("时限", "時限", "Limit"),
    "response_times": ("响应时间", "回應時間", "Response times"),
    "resolution_times": ("解决时间", "解決時間", "Resolution times"),
    "median": ("中位数", "中位數", "Median"),
    "p90": ("90分位", "90百分位", "90th pct."),
    "attainment": ("达标率", "達標率", "Met"),
    "ticket": ("工单号", "工單號", "Ticket"),
    "measure": ("指标", "指標", "Measure"),
    "took": ("实际用时", "實際用時", "Took"),
    "open": ("未完成", "未完成", "still open"),
    "credit": ("赔偿", "賠償", "Credit"),
    "none": ("本月无超时。", "本月無逾時。", "No breaches this month."),
    "monthly_fee": (
        "月服务费（周期性费用折月）",
        "月服務費（週期性費用折月）",
        "Monthly fee (recurring fees per month)",
    ),
    "credits_sum": ("按条款计算的赔偿合计", "依條款計算的賠償合計", "Credits under the rules"),
    "credit_cap": ("月度上限", "月度上限", "Monthly cap"),
    "no_credits": ("协议未约定服务赔偿。", "協議未約定服務賠償。", "The agreement sets no service credits."),
    "p90_of_limit": (
        "90分位用时占时限的百分比",
        "90百分位用時佔時限的百分比",
        "90th-percentile time as % of the limit",
    ),
    "day_of_month": ("日期", "日期", "Day of the month"),
    "breaches": ("超时次数", "逾時次數", "Breaches"),
    "chart_levels": (
        "图1 各级别90分位用时与时限",
        "圖1 各級別90百分位用時與時限",
        "Figure 1 90th-percentile time against the limit, per level",
    ),
    "chart_breaches": ("图2 本月每日超时次数", "圖2 本月每日逾時次數", "Figure 2 Breaches per day"),
    "business": ("工作时间", "工作時間", "business time"),
    "minutes_unit": ("分钟", "分鐘", "min"),
    "hours_unit": ("小时", "小時", "h"),
    "note_clock": (
        "各项用时按该级别约定的计时方式计算：7×24小时按自然时间，工作时间按服务日历（含法定节假日与调休）。",
        "各項用時依該級別約定的計時方式計算：7×24小時依自然時間，工作時間依服務日曆（含法定假日與補行上班日）。",
        "Each time is measured on its level's clock: elapsed time on 24×7, working time on a business "
        "calendar (official holidays and make-up working days included).",
    ),
    "note_open": (
        "截至月末仍未响应或解决、且时限已届满的工单计为超时；时限未届满的不计入该项。",
        "截至月末仍未回應或解決、且時限已屆滿的工單計為逾時；時限未屆滿者不計入該項。",
        "A ticket still without a response or resolution at the end of the month is a breach once its "
        "deadline has passed; otherwise it is left out of that measure.",
    ),
    "note_stats": (
        "中位数取中间值；90分位取第⌈0.9n⌉小的值。",
        "中位數取中間值；90百分位取第⌈0.9n⌉小的值。",
        "The median is the middle value; the 90th percentile is the ⌈0.9n⌉-th smallest value.",
    ),
    "note_credits": (
        "每次超时按条款约定的比例乘以月服务费计算，本月合计不超过月度上限；金额四舍五入至最小货币单位。",
        "每次逾時依條款約定的比例乘以月服務費計算，本月合計不超過月度上限；金額四捨五入至最小貨幣單位。",
        "Each breach credits its rule's percentage of the monthly fee; the month's total is capped; "
        "amounts are rounded half up to the currency's minor unit.",
    ),
}


def words(lang: str) -> dict[str, str]:
    return {key: in_lang(value, lang) for key, value in _WORDS.items()}


def minutes_text(minutes: Decimal | None, lang: str, business: bool = False) -> str:
    """``45分钟`` / ``2小时10分钟`` / ``2 h 10 min``, with the clock when it is business time."""
    if minutes is None:
        return "—"
    w = words(lang)
    total = int(minutes.to_integral_value())
    hours, mins = divmod(total, 60)
    if lang == "en":
        text = f"{hours} h {mins} min" if hours and mins else (f"{hours} h" if hours else f"{mins} min")
    else:
        text = (f"{hours}{w['hours_unit']}" if hours else "") + (
            f"{mins}{w['minutes_unit']}" if mins or not hours else ""
        )
    if business:
        text += f" ({w['business']})" if lang == "en" else f"（{w['business']}）"
    return text
