"""Named phrases of the clause library: wording that depends on a spec value.

A clause reads as a contract with blanks: ``免费维护期自{{ free_period_start }}起计算``. The
choice among wordings (which event starts the free period, which way a service is provided)
lives here, once, in a (zh-Hans, zh-Hant, en) triple per value, instead of an
``{% if … %}{% elif … %}`` chain or a ``{'remote': '远程处理', …}[m]`` table repeated in each
language of each clause. ``helpers.template_context`` binds these functions to one render and
records the spec fields they read; ``reference`` prints every phrase with its wording, so
``clauses/README.md`` shows a lawyer each blank and what it can become.

Where a value's enum label already says what the clause needs, the clause uses ``label()``
instead: a phrase here is only for wording the label does not give (the label of a free
service method is a name, "远程支持"; the clause needs the manner, "远程处理").

Plain functions of values and a language, no spec object: the reference and the tests call
them directly.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from enum import Enum

from termsmith.library.formatting import ZH, date, join
from termsmith.library.labels import in_lang

_Triple = tuple[str, str, str]

FREE_PERIOD_EVENTS: dict[str, _Triple] = {
    "signing": ("本协议签订之日", "本協議簽訂之日", "the date this Agreement is signed"),
    "acceptance": (
        "软件通过甲方验收之日",
        "軟體通過甲方驗收之日",
        "the date the Software passes the Client's acceptance",
    ),
    "go-live": ("软件正式上线运行之日", "軟體正式上線運作之日", "the date the Software goes live"),
}
"""The event that starts the free maintenance period, as the clause names it (``StartEvent``
except ``date``, which prints the agreed date itself)."""

FREE_METHODS: dict[str, _Triple] = {
    "remote": ("远程处理", "遠端處理", "remote access"),
    "phone": ("电话指导", "電話指導", "telephone guidance"),
    "on-site": ("现场处理", "現場處理", "on-site visits"),
}
"""How a service is provided in the free period (``FreeMethod``), as a manner, not a name."""

HANDOVER_AFTER: dict[str, _Triple] = {
    "on-final-payment": (
        "甲方付清本协议全部款项后",
        "甲方付清本協議全部款項後",
        "after the Client has paid all amounts due under this Agreement",
    ),
    "on-acceptance": (
        "软件或有偿服务成果验收合格后",
        "軟體或有償服務成果驗收合格後",
        "after the Software or the Paid Service deliverable passes acceptance",
    ),
    "on-termination": ("本协议终止后", "本協議終止後", "after this Agreement ends"),
    "on-request": ("收到甲方书面要求后", "收到甲方書面要求後", "after receiving the Client's written request"),
    "each-release": ("每次版本发布后", "每次版本發布後", "after each release"),
}
"""The event after which an item is handed over (``HandoverWhen``), as the start of a period."""

LANGUAGE_NAMES: dict[str, _Triple] = {
    "zh-Hans": ("简体中文", "簡體中文", "Simplified Chinese"),
    "zh-Hant": ("繁体中文", "繁體中文", "Traditional Chinese"),
    "en": ("英文", "英文", "English"),
}
"""The name of a language of the agreement, in each language."""

METRIC_NAMES: dict[str, _Triple] = {
    "cpu": ("CPU使用率", "CPU使用率", "CPU utilisation"),
    "memory": ("内存使用率", "記憶體使用率", "memory utilisation"),
    "disk": ("磁盘使用率", "磁碟使用率", "disk utilisation"),
    "bandwidth": ("带宽使用率", "頻寬使用率", "bandwidth utilisation"),
    "uptime": ("服务可用性", "服務可用性", "service availability"),
    "response-time": ("接口响应时间", "介面回應時間", "interface response time"),
}
"""What a monitoring metric measures; a metric not listed prints as the spec writes it."""


HOW_OFTEN: dict[str, _Triple] = {
    "continuous": ("每次数据变更时进行", "每次資料變更時進行", "with every change to the data"),
    "daily": ("每日一次", "每日一次", "daily"),
    "weekly": ("每周一次", "每週一次", "weekly"),
    "monthly": ("每月一次", "每月一次", "monthly"),
    "quarterly": ("每季度一次", "每季一次", "quarterly"),
    "half-yearly": ("每半年一次", "每半年一次", "every six months"),
    "yearly": ("每年一次", "每年一次", "yearly"),
    "never": ("不进行", "不進行", "never"),
}
"""How often a recurring task runs (``Cadence``), as the clause states it: "每日一次"; the
label and "一次" would read "持续一次" and "不进行一次", so ``continuous`` says what continuous
means (a backup with every change to the data, a measurable promise) and ``never`` says 不进行."""


def _key(value: Enum | str) -> str:
    return str(value.value) if isinstance(value, Enum) else str(value)


def _word(table: dict[str, _Triple], value: Enum | str, what: str, lang: str) -> str:
    key = _key(value)
    if key not in table:
        raise ValueError(f"{what}: no wording for {key!r}; one of {', '.join(table)}")
    return in_lang(table[key], lang)


def free_period_start(
    event: Enum | str,
    lang: str,
    *,
    accepted_on: _dt.date | None = None,
    live_on: _dt.date | None = None,
    start_date: _dt.date | None = None,
) -> str:
    """When the free maintenance period starts (``spec.free_maintenance.start_event``): the
    event, with its date in brackets when the spec gives it (``project.accepted_on``,
    ``project.live_on``), or the agreed ``start_date`` itself."""
    key = _key(event)
    if key == "date":
        if start_date is None:
            raise ValueError("free_period_start: start_event 'date' needs free_maintenance.start_date")
        return date(start_date, lang)
    text = _word(FREE_PERIOD_EVENTS, key, "free_period_start", lang)
    known = {"acceptance": accepted_on, "go-live": live_on}.get(key)
    if known is None:
        return text
    return f"{text}（{date(known, lang)}）" if lang in ZH else f"{text} ({date(known, lang)})"


def free_methods(methods: Iterable[Enum | str], lang: str) -> str:
    """The ways services are provided in the free period (``spec.free_maintenance.methods``),
    joined as a list: "远程处理、电话指导" / "remote access and telephone guidance"."""
    return join([_word(FREE_METHODS, m, "free_methods", lang) for m in methods], lang)


def handover_after(when: Enum | str, lang: str) -> str:
    """The event a handover period runs from (a handover item's ``when``):
    "本协议终止后" / "after this Agreement ends"."""
    return _word(HANDOVER_AFTER, when, "handover_after", lang)


def how_often(cadence: Enum | str, lang: str) -> str:
    """How often a recurring task runs (a ``Cadence``, e.g. ``backups.incremental``):
    "每日一次" / "daily", "每次数据变更时进行" / "with every change to the data", "不进行" / "never"."""
    return _word(HOW_OFTEN, cadence, "how_often", lang)


def language_name(code: str, lang: str) -> str:
    """The name of a document language (``zh-Hans``, ``zh-Hant``, ``en``) in ``lang``:
    "简体中文" / "Simplified Chinese"."""
    return _word(LANGUAGE_NAMES, code, "language_name", lang)


def monitored_metrics(metrics: Iterable[str], lang: str) -> str:
    """The metrics the vendor monitors (``spec.operations.monitoring.metrics``) joined as a
    list: "CPU使用率、内存使用率" / "CPU utilisation and memory utilisation"; a metric
    without a wording here prints as the spec writes it."""
    return join([in_lang(METRIC_NAMES[m], lang) if m in METRIC_NAMES else m for m in metrics], lang)


TABLES: dict[str, dict[str, _Triple]] = {
    "free_period_start": FREE_PERIOD_EVENTS,
    "free_methods": FREE_METHODS,
    "handover_after": HANDOVER_AFTER,
    "how_often": HOW_OFTEN,
    "language_name": LANGUAGE_NAMES,
    "monitored_metrics": METRIC_NAMES,
}
"""Each phrase's wording table, by the name clauses use (the reference prints them)."""
