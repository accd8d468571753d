"""Support channels: how the client reports an issue."""

from __future__ import annotations

import re

from termsmith.extract.rules.context import Context, _re
from termsmith.extract.rules.fees import _FEE
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations, money

_CHANNEL_CONTEXT = _re(
    r"渠道|报修|報修|报障|報障|服务方式|服務方式|支持方式|支援方式|维护方式|維護方式|维护形式|維護形式|联系方式|聯絡方式|"
    r"热线|熱線|技术服务方式|技術服務方式|服务形式|服務形式|技术支持|技術支援|"
    r"support channel|contact|report(?:ing|s|ed)? (?:an? |the )?(?:issue|incident|problem|error|defect)|"
    r"hotline|help ?desk|service desk|support (?:via|by|through)|may report|submit|\bvia\b|by (?:telephone|phone|e-?mail)|"
    r"(?:telephone|phone|e-?mail|online|internet|web)[\w -]{0,25}support|"
    r"(?:电话|電話|e-?mail|电子邮件|電子郵件|邮件|郵件|电邮|電郵)\s*(?:支持|支援|服务|服務|咨询|咨詢|諮詢|协助|協助)|"
    r"网上|網上|在线|在線|即时通讯|即時通訊|"
    r"(?:远程|遠程|遠端|远端|(?<!偏)遠地|(?<!偏)远地|现场|現場|上门|上門|到场|到場|到府)[^。;；]{0,15}"
    r"(?:维护|維護|维修|維修|处理|處理|支持|支援|服务|服務|协助|協助|连线|連線)|"
    r"\b(?:remote|on-?site)\s+(?:support|assistance)\b|"
    # a response given by a way of working ("10分钟电话响应,30分钟现场响应", "phone response within 1 hour")
    r"(?:电话|電話|远程|遠程|遠端|远端|现场|現場)(?:支持|支援|服务|服務)?(?:响应|響應)|"
    r"\b(?:(?:tele)?phone|remote|on-?site)(?:\s+(?:or|and|/)\s+(?:(?:tele)?phone|remote|on-?site))?\s+response\b|"
    r"\btickets?\b[^.;]{0,20}\b(?:entered|opened|logged|raised|submitted)\b|"
    # times counted from a ticket's receipt, tickets typed in a support portal: the client reports by ticket
    r"\breceipt of (?:the |a |your )?ticket\b|\bticket is received\b|\bsupport portal\b|"
    r"(?:收到|接到|受理)(?:客户|客戶|用户|用戶)?(?:的)?(?:工单|工單)|(?:工单|工單)(?:系统|系統|平台)|"
    r"\b(?:enter|open|log|raise)(?:s|ed)?\s+(?:a\s+|an\s+|the\s+|all\s+)?tickets?\b|"
    r"通知|通过|通過|透過|经由|經由|咨询|咨詢|諮詢|现场服务|現場服務|上门服务|上門服務|远程服务|遠程服務|遠端服務|在线服务|在線服務|热线服务|熱線服務"
)
_CHANNELS: list[tuple[re.Pattern[str], str]] = [
    (_re(r"电话|電話|热线|熱線|手机|手機|telephone|phone|hotline"), "phone"),
    (_re(r"电子邮件|電子郵件|邮件|郵件|电邮|電郵|e-?mail"), "email"),
    (
        _re(
            r"工单|工單|服务台|服務台|客服系统|ticket|portal|help ?desk|service desk|web form|support system|support site|"
            # "web support", the web named beside another channel ("via web and email", "telephone and web"):
            # a request typed in the vendor's web page (software delivered "via the web" is not)
            r"\bweb\s+(?:and\s+e-?mail\s+)?support\b|\bweb\s+(?:and|or|/)\s+(?:e-?mail|(?:tele)?phone|chat)\b|"
            r"\b(?:e-?mail|(?:tele)?phone|chat)\s*(?:,|and|or|/)\s*web\b|"
            r"(?:网页|網頁|网站|網站|官网|官網)(?:上)?(?:提交|表单|表單|报修|報修)|线上表单|線上表單|在线表单|在線表單"
        ),
        "ticket",
    ),
    (
        _re(
            r"微信群|企业微信|企業微信|QQ|服务群|服務群|即时通讯|即時通訊|即时通信|微信|MSN|LINE群|在线聊天|在線聊天|在线客服|在線客服|\bchat\b|live chat|slack|teams|instant[- ]messaging|messaging group|wechat|whatsapp"
        ),
        "chat-group",
    ),
    (_re(r"远程|遠程|遠端|远端|(?<!偏)遠地|(?<!偏)远地|remote"), "remote"),  # not 偏遠地區 (outlying areas)
    (_re(r"现场|現場|上门|上門|到场|到場|到府|on-?site"), "on-site"),
]


# A way of working named with a deadline ("现场支持:1个工作日", "on-site within 4 hours") or as the
# escalation when remote work fails ("远程方式无法解决的…派工程师到达现场") is a per-level commitment,
# not a way to report an issue.
_WORK_MODES = ("remote", "on-site")
_ESCALATION = _re(
    r"无法解决|無法解決|无法处理|無法處理|不能解决|不能解決|未能解决|未能解決|cannot be (?:resolved|fixed) remotely"
)

_FIRST_WAY = _re(r"优先|優先|首先|先行|first")

# A paid service (有偿服务…现场支持, on-site visits are chargeable) is not how an issue is reported.
_PAID = _re(r"有偿|有償|计价|計價|收费|收費|chargeable|billable|\bpaid\b|\bpriced\b|rate card")


def _commitment(pattern: re.Pattern[str], text: str, kind: str) -> bool:
    if _PAID.search(text) or money(text, "CNY"):  # a way of working with a price is a paid service
        return True
    if _ESCALATION.search(text):  # the fallback is a commitment; remote stays a channel when it is the first way
        return kind == "on-site" or not _FIRST_WAY.search(text)
    for m in pattern.finditer(text):
        if any(
            0 <= d.start - m.end() <= 20 and not re.search(r"[,，;；。]", text[m.end() : d.start])
            for d in durations(text)
            if not d.duration.unit.is_calendar
        ):
            return True
    return False


# The vendor notifying people ("通知方式:短信、电话、邮件", "we notify you by e-mail") is not a way for the
# client to report an issue, unless the sentence speaks of reporting too.
_NOTIFY = _re(
    r"通知方式|通知渠道|同时通知|同時通知|(?:通知|告知)(?:客户|客戶|用户|用戶|甲方|您|相关人员|相關人員)|"
    r"\bnotif(?:y|ies|ied|ication)\b|\balert(?:s|ed)?\s+(?:you|the customer|customers)\b"
)
_REPORT = _re(
    r"报修|報修|报障|報障|申报|申報|报告故障|報告故障|提交|反馈|反饋|联系我们|聯繫我們|聯絡我們|热线|熱線|"
    r"\breport|\bsubmit|\bcontact us\b|\braise|\blog (?:a|an) |hotline|help ?desk|service desk"
)


def _notification_only(text: str) -> bool:
    return bool(_NOTIFY.search(text)) and not _REPORT.search(text)


# the way the vendor answers ("until an engineer replies back through a ticket update or phone call",
# "我们将通过电话回复您") is not how the client reports: the words after it are left out
_VENDOR_REPLY = _re(
    r"\b(?:repl(?:y|ies|ied)|answers?)(?:\s+back)?\s+(?:to\s+you\s+)?(?:through|by|via)\b.*|"
    r"(?:通过|通過|以|用)[^,，;；。]{0,12}(?:回复|回覆|答复|答覆)(?:您|客户|客戶|用户|用戶).*"
)


# training given on site or remotely (现场培训, 遠端教育訓練, on-site training) is not a way to get support
_TRAINING = _re(
    r"(?:现场|現場|远程|遠程|遠端|远端|上门|上門|线上|線上|在线|在線|online|remote|on-?site)\s*(?:的)?\s*"
    r"(?:培训|培訓|教育训练|教育訓練|训练|訓練|授课|授課|training|workshops?)"
)


# a ticket opened by e-mail or phone ("Tickets that are opened via an email …", "通过邮件提交的工单"): the
# e-mail or the phone is the channel, the ticket only its record
_TICKET_BY = _re(
    r"\btickets?\s+(?:that\s+(?:are|is)\s+|(?:are|is)\s+)?(?:opened|created|raised|logged|submitted)\s+"
    r"(?:via|by|through)\s+(?:an?\s+)?(?=e-?mail|(?:tele)?phone|chat)|"
    r"(?<=(?:邮件|郵件|电话|電話))(?:提交|创建|建立|開立|开立)(?:的)?(?:工单|工單)"
)


def support_channels(ctx: Context) -> None:
    kinds: list[tuple[str, Sentence]] = []
    for s in ctx.sentences:
        if not (_CHANNEL_CONTEXT.search(s.norm) or _CHANNEL_CONTEXT.search(s.heading)):
            continue
        if (_FEE.search(s.norm) and money(s.norm, "CNY")) or _notification_only(s.norm):
            continue
        text = _TICKET_BY.sub(" ", _TRAINING.sub(" ", _VENDOR_REPLY.sub("", s.norm)))
        for pattern, kind in _CHANNELS:
            if kind in _WORK_MODES and _commitment(pattern, text, kind):
                continue
            if pattern.search(text) and all(k != kind for k, _ in kinds):
                kinds.append((kind, s))
    if kinds:
        ctx.out.terms["support_channels"] = [{"kind": k} for k, _ in kinds]
        for i, (_, s) in enumerate(kinds):
            ctx.record(f"support_channels[{i}].kind", s)
