"""Localised labels of every spec enum value (zh-Hans, zh-Hant with Taiwan vocabulary, en).

``label(value, lang)`` is what the clause helper ``label()`` calls; a test proves
that every member of every spec enum has a label in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

# (enum class name, value) → (zh-Hans, zh-Hant, en)
_L = tuple[str, str, str]
LABELS: dict[str, dict[str, _L]] = {
    "ServiceKind": {
        "defect-fixes": ("缺陷修复", "缺陷修復", "defect fixes"),
        "compatibility-updates": ("兼容性更新", "相容性更新", "compatibility updates"),
        "security-patches": ("安全补丁", "安全性修補程式", "security patches"),
        "server-upkeep": ("服务器运维", "伺服器維運", "server upkeep"),
        "third-party-interfaces": ("第三方接口维护", "第三方介面維護", "third-party interface upkeep"),
        "monitoring": ("系统监控", "系統監控", "monitoring"),
        "backups": ("数据备份", "資料備份", "backups"),
        "consultation": ("使用咨询", "使用諮詢", "consultation"),
        "training": ("培训", "教育訓練", "training"),
        "reporting": ("服务报告", "服務報告", "service reports"),
        "content-entry": ("内容录入", "內容建置", "content entry"),
        "new-features": ("新功能开发", "新功能開發", "new features"),
        "new-hardware-integration": ("新硬件对接", "新硬體串接", "integration with new hardware"),
        "data-migration": ("数据迁移", "資料遷移", "data migration"),
        "other": ("其他服务", "其他服務", "other services"),
    },
    "Cadence": {
        "continuous": ("持续", "持續", "continuously"),
        "daily": ("每日", "每日", "daily"),
        "weekly": ("每周", "每週", "weekly"),
        "monthly": ("每月", "每月", "monthly"),
        "quarterly": ("每季度", "每季", "quarterly"),
        "half-yearly": ("每半年", "每半年", "every six months"),
        "yearly": ("每年", "每年", "yearly"),
        "never": ("不进行", "不進行", "never"),
    },
    "Holder": {
        "client": ("甲方", "甲方", "the Client"),
        "vendor": ("乙方", "乙方", "the Vendor"),
        "n/a": ("不适用", "不適用", "not applicable"),
    },
    "Owner": {
        "client": ("甲方", "甲方", "the Client"),
        "vendor": ("乙方", "乙方", "the Vendor"),
        "joint": ("甲乙双方共同", "甲乙雙方共同", "the Client and the Vendor jointly"),
    },
    "PartyRole": {
        "client": ("甲方", "甲方", "the Client"),
        "vendor": ("乙方", "乙方", "the Vendor"),
    },
    "RateUnit": {
        "incident": ("次（每次故障）", "次（每次故障）", "incident"),
        "hour": ("小时", "小時", "hour"),
        "person-day": ("人天", "人天", "person-day"),
        "visit": ("次（每次上门）", "次（每次到場）", "visit"),
        "month": ("月", "月", "month"),
        "year": ("年", "年", "year"),
        "interface": ("个接口", "個介面", "interface"),
        "project": ("项", "項", "project"),
    },
    "Period": {
        "month": ("每月", "每月", "per month"),
        "quarter": ("每季度", "每季", "per quarter"),
        "year": ("每年", "每年", "per year"),
    },
    "Billing": {
        "in-advance": ("预付", "預付", "in advance"),
        "in-arrears": ("后付", "後付", "in arrears"),
    },
    "SeverityTier": {
        "emergency": ("紧急", "緊急", "emergency"),
        "important": ("重要", "重要", "important"),
        "general": ("一般", "一般", "general"),
        "consultation": ("咨询", "諮詢", "consultation"),
    },
    "FeeStart": {
        "signing": (
            "自本协议签订之日起计收",
            "自本協議簽訂之日起計收",
            "charged from the date this Agreement is signed",
        ),
        "after-free-period": (
            "自免费维护期届满之次日起计收",
            "自免費維護期屆滿之次日起計收",
            "charged from the day after the Free Maintenance Period ends",
        ),
    },
    "PaymentTrigger": {
        "signing": ("本协议签订", "本協議簽訂", "the signing of this Agreement"),
        "acceptance": ("验收合格", "驗收合格", "acceptance"),
        "go-live": ("系统上线", "系統上線", "go-live"),
        "completion": ("服务完成", "服務完成", "the completion of the services"),
        "period-start": ("服务期开始", "服務期開始", "the start of the service period"),
        "invoice": ("收到发票", "收到發票", "the receipt of the invoice"),
    },
    "StartEvent": {
        "signing": ("本协议签订之日", "本協議簽訂之日", "the date of signing of this Agreement"),
        "acceptance": ("项目验收合格之日", "專案驗收合格之日", "the date of acceptance of the Project"),
        "go-live": ("系统正式上线之日", "系統正式上線之日", "the date the system goes live"),
        "date": ("约定日期", "約定日期", "the agreed date"),
    },
    "FreeMethod": {
        "remote": ("远程支持", "遠端支援", "remote support"),
        "phone": ("电话支持", "電話支援", "telephone support"),
        "on-site": ("现场支持", "到場支援", "on-site support"),
    },
    "ChannelKind": {
        "phone": ("服务电话", "服務電話", "telephone"),
        "email": ("电子邮件", "電子郵件", "email"),
        "ticket": ("工单系统", "工單系統", "ticket system"),
        "chat-group": ("专属服务群", "專屬服務群組", "dedicated chat group"),
        "remote": ("远程协助", "遠端協助", "remote assistance"),
        "on-site": ("现场服务", "到場服務", "on-site service"),
    },
    "HandoverItemKind": {
        "source-code": ("源代码", "原始碼", "source code"),
        "database-schema": ("数据库结构文档", "資料庫結構文件", "database schema documents"),
        "interface-docs": ("接口文档", "介面文件", "interface documents"),
        "deployment-docs": ("部署文档", "部署文件", "deployment documents"),
        "admin-manual": ("管理员操作手册", "管理員操作手冊", "administrator manual"),
        "architecture-diagram": ("系统架构图", "系統架構圖", "architecture diagram"),
        "credentials": ("账号及密码", "帳號及密碼", "account credentials"),
    },
    "HandoverWhen": {
        "on-final-payment": ("甲方付清尾款后", "甲方付清尾款後", "after the Client pays the final instalment"),
        "on-acceptance": ("验收合格时", "驗收合格時", "on acceptance"),
        "on-termination": ("本协议终止时", "本協議終止時", "on termination of this Agreement"),
        "on-request": ("甲方书面要求时", "甲方書面要求時", "on the Client's written request"),
        "each-release": ("每次版本发布时", "每次版本發布時", "with each release"),
    },
    "CreditBreach": {
        "response": ("响应超时", "回應逾時", "late response"),
        "resolution": ("解决超时", "解決逾時", "late resolution"),
    },
    "RenewalMode": {
        "automatic": ("自动续期", "自動續約", "automatic renewal"),
        "by-agreement": ("经双方书面协商一致续期", "經雙方書面協商一致續約", "renewal by written agreement"),
        "none": ("不续期", "不續約", "no renewal"),
    },
    "ProjectKind": {
        "website": ("网站", "網站", "website"),
        "mini-program": ("微信小程序", "微信小程式", "WeChat mini-program"),
        "app": ("移动应用", "行動應用程式", "mobile app"),
        "system": ("业务系统", "業務系統", "business system"),
    },
    "Weekday": {
        "mon": ("周一", "週一", "Mon"),
        "tue": ("周二", "週二", "Tue"),
        "wed": ("周三", "週三", "Wed"),
        "thu": ("周四", "週四", "Thu"),
        "fri": ("周五", "週五", "Fri"),
        "sat": ("周六", "週六", "Sat"),
        "sun": ("周日", "週日", "Sun"),
    },
    "HolidayCalendar": {
        "cn-official": (
            "按国务院公布的法定节假日及调休安排",
            "依中國大陸國務院公布的法定假日及調休安排",
            "following the PRC State Council holiday calendar, including make-up working days",
        ),
        "hk-official": (
            "按香港特别行政区公众假期安排",
            "依香港特別行政區公眾假期安排",
            "following the Hong Kong general holidays",
        ),
        "tw-official": (
            "按台湾地区行政机关办公日历表及补行上班日安排",
            "依行政院人事行政總處公布之辦公日曆表及補行上班日",
            "following Taiwan's official government calendar, including make-up working days",
        ),
        "none": ("不另扣除节假日", "不另扣除假日", "with no holidays excluded"),
    },
    "TimeUnit": {
        "minutes": ("分钟", "分鐘", "minutes"),
        "hours": ("小时", "小時", "hours"),
        "days": ("日", "日", "days"),
        "weeks": ("周", "週", "weeks"),
        "months": ("个月", "個月", "months"),
        "years": ("年", "年", "years"),
        "business hours": ("个工作小时", "個工作小時", "business hours"),
        "business days": ("个工作日", "個工作日", "business days"),
        "business weeks": ("个工作周", "個工作週", "business weeks"),
    },
}

_INDEX = {"zh-Hans": 0, "zh-Hant": 1, "en": 2}


def in_lang(texts: tuple[str, str, str], lang: str) -> str:
    """The ``lang`` text of a (zh-Hans, zh-Hant, en) triple: every word table of termsmith has this shape."""
    return texts[_INDEX[lang]]


def worded(table: Mapping[str, tuple[str, str, str]], key: str, lang: str, **values: object) -> str:
    """The ``lang`` text of a word table's ``key``, with its ``{name}`` fields filled in from ``values``."""
    text = in_lang(table[key], lang)
    return text.format(**values) if values else text


def label(value: Enum, lang: str) -> str:
    """The label of an enum member in ``lang``; KeyError names what is missing."""
    table = LABELS.get(type(value).__name__)
    if table is None or value.value not in table:
        raise KeyError(f"no label for {type(value).__name__}.{value.name}")
    return in_lang(table[value.value], lang)
