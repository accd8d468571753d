"""Support channels: how the client reports an issue."""

from __future__ import annotations

import re

from termsmith.extract.normalize import CLOCK_24X7
from termsmith.extract.rules.channel_sections import EMAIL_ADDRESS, support_label, support_section_items
from termsmith.extract.rules.context import Context, _re, clauses, without_clauses
from termsmith.extract.rules.exclusion_lists import excluded_items
from termsmith.extract.rules.fees import _FEE
from termsmith.extract.rules.level_words import row_clock
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations, money

# The client's calls, which the vendor receives, answers or returns, are calls made by phone: "within 4 hours
# after receiving the customer's call", "will respond to the call within two hours", "a return call must be made",
# "the County's telephone calls requesting Software Maintenance", "responding to all emergency calls from persons
# designated by the City", "Unlimited calls from 8:00 a.m. to 5:00 p.m.". A service call (a visit), staff on call or
# the client's call centre (a product maintained) is none of these.
_NOT_A_CALL_MADE = r"(?![\s-]*(?:cent(?:er|re)s?|flows?|routing|recordings?|queues?|volumes?|data)\b)"
_CALLS_IN = (
    r"\b(?:customer|client|user|caller|county|city)(?:'s|’s|s'|s’)\s+(?:(?:tele)?phone\s+|support\s+)?calls?\b"
    + _NOT_A_CALL_MADE
    + r"|\b(?:receiv(?:e|es|ed|ing)|answer(?:s|ed|ing)?|respond(?:s|ed|ing)?\s+to|return(?:s|ed|ing)?)\s+"
    r"(?:the\s+|all\s+|any\s+|a\s+|your\s+|their\s+|every\s+)?(?:emergency\s+|(?:tele)?phone\s+|support\s+)?calls?\b"
    + _NOT_A_CALL_MADE
    + r"|\bunlimited\s+(?:(?:tele)?phone\s+|support\s+)?calls?\b"
)
# A chat product's channel names the way with no reporting word ("Dedicated Slack/Teams channel", "Private chat
# channel between the vendor and Customer")
_WAY_WORDING = r"\b(?:slack|teams|discord|chat)\b[\w/ -]{0,12}(?:\bchannels?\b|频道|頻道)"
# An open-source project's issue tracker, where its users report ("post issues on the GitHub page", "submit via GitHub
# Issues", "通过 ISSUE", "通过Github提交issue"): the ticket channel, and itself the reporting word
_ISSUE_TRACKER = (
    r"\b(?:github|gitee|gitlab)\b[^.。;；!?！？\n]{0,40}?\bissues?\b|\bissues?\b[^.。;；!?！？\n]{0,30}?\b(?:github|gitee|gitlab)\b|"
    r"(?:通过|通過|透过|透過|提交|提个|提個)\s*(?:github\s*|gitee\s*)?issues?\b"
)
_CHANNEL_CONTEXT = _re(
    _WAY_WORDING + r"|"
    r"渠道|报修|報修|报障|報障|服务方式|服務方式|支持方式|支援方式|维护方式|維護方式|维护形式|維護形式|联系方式|聯絡方式|"
    r"热线|熱線|答疑|技术服务方式|技術服務方式|服务形式|服務形式|技术支持|技術支援|"
    r"support channel|contact|report(?:ing|s|ed)? (?:an? |the )?(?:issue|incident|problem|error|defect)|"
    r"hotline|help ?desk|service desk|support (?:via|by|through)|may report|submit|\bvia\b|by (?:telephone|phone|e-?mail)|"
    # support or an issue given or reported by a way named after "by" or "through" ("Support is available by live
    # chat", "incidents are raised through our portal"); a payment, a notice or a feature built "through WhatsApp" is not
    # (the way's name may stand in quotes: 'made through the “Tickets” page')
    r"\b(?:support|assistance|issues?|problems?|incidents?|faults?|defects?|errors?)\b[^.;:]{0,40}?\b(?:by|through)\s+(?:(?:a|an|the|our|its|your)\s+)?(?:[\w-]+\s+){0,2}?[\"“‘']?(?:calls?|electronic\s+mail|live\s+chat|"
    r"chat|remote\s+(?:access|sessions?|connections?|desktop|login)|screen\s+shar\w*|tickets?|portal|"
    r"(?:help|support)\s?lines?|(?:on-?site|site)\s+visits?|in-person|instant\s+messag\w*|e-?mail|(?:tele)?phone|"
    r"wechat|whatsapp|telegram|skype|slack|discord|viber|teamviewer|anydesk)\b|"
    r"(?:telephone|phone|e-?mail|online|internet|web)[\w -]{0,25}support|"
    # the support desk's own line or mailbox named as such ("Support email", "support phone: …", "客服邮箱")
    r"\bsupport\s+(?:e-?mail|(?:tele)?phone|hotline|chat)\b|"
    # a live chat is a desk's way to be reached, named alone in a contact table's row ("Live chat" / "24x7 live
    # agent or bot"); a chat widget built for the client's site is the work, no way (_PRODUCT_AFTER)
    r"\blive\s+chat\b|"
    # the support team answering the client's calls or mails ("The lecturers answer the phone and emails", "Our
    # support team answers the phone on weekdays"), a way offered as a service or a line of a plan ("Email or phone
    # service may be utilized", "Priority phone line and priority email address")
    r"\banswer(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:tele)?phones?|e-?mails?)\b|"
    r"\b(?:e-?mail|(?:tele)?phone)\s+(?:or|and|/)\s+(?:e-?mail|(?:tele)?phone)\s+(?:service|support|line)s?\b|"
    r"\b(?:priority|dedicated|direct|support)\s+(?:(?:tele)?phone\s+lines?|e-?mail\s+address(?:es)?)\b|"
    r"(?:电话|電話|e-?mail|电子邮件|電子郵件|邮件|郵件|电邮|電郵|工单|工單)\s*(?:线上|線上|回复|回覆|答复|答覆)?\s*"
    r"(?:支持|支援|服务|服務|咨询|咨詢|諮詢|协助|協助)|"
    # a column of ways joined by slashes over service promises ("电话/传真/E-mail 接到服务请求后30分钟内答复"); a
    # contact line ("电话/传真/E-mail: …") is an address block, not this
    r"(?:电话|電話|\b(?:tele)?phone)\s*[/／]\s*(?:(?:传真|傳真|fax)\s*[/／]\s*)?(?:e-?mail|邮件|郵件|电邮|電郵)(?!\s*[:：])|"
    # "telephone or email inquiries": the client's questions come in by those ways
    r"\b(?:(?:tele)?phone|e-?mail)(?:\s+(?:or|and|/)\s+(?:(?:tele)?phone|e-?mail))?\s+(?:inquir|enquir|quer|request)|"
    # a resident engineer (驻场, 駐點: stationed at the client's site), staff sent on site (派員上門), a remote
    # connection (聯機方式, Hong Kong usage): each names its way without a reporting word
    # (staff stationed for implementation or development, 驻点实施, is no support)
    # (a priced item, 驻场支持服务费, is a fee line whatever its amount's line says)
    r"(?:上網|上网)(?:登記|登记|報修|报修)|(?:驻场|駐場|驻点|駐點)(?!\s*(?:实施|實施|开发|開發|部署|建设|建設))"
    r"(?![^。;；,，|]{0,8}(?:费|費))|派[员員](?:上门|上門|到|前往|赴)|(?:联机|聯機)方式|"
    r"网上|網上|在线|在線|即时通讯|即時通訊|"
    r"(?:远程|遠程|遠端|远端|(?<!偏)遠地|(?<!偏)远地|现场|現場|上门|上門|到场|到場|到府|联机|聯機)[^。;；]{0,15}"
    r"(?:维护|維護|维修|維修|处理|處理|支持|支援|服务|服務|协助|協助|连线|連線)|"
    # work done from afar: solving, diagnosing, logging in, debugging, guiding ("远程解决方式", "远程登录诊断",
    # "遠端調試", "远程指导"); on site the same words are installation or inspection (现场安装、调试)
    r"(?:远程|遠程|遠端|远端)[^。;；,，]{0,6}(?:解决|解決|排除|诊断|診斷|登录|登錄|登入|调试|調試|指导|指導)|"
    r"\b(?:remote|on-?site|off-?site)(?:\s+(?:and|or|/)\s+(?:remote|on-?site|off-?site))?\s+(?:support|assistance)\b|"
    # support given by logging in from afar, named by how ("Remote log in support is available for …", "Remote Help
    # Service"), or the technician reaching the client's machine ("may request remote access to your system")
    r"\bremote\s+(?:log-?\s?(?:in|on)|logon|desktop|help|control)\s+(?:support|assistance|help|services?|sessions?)\b|"
    r"\bremote(?:ly)?\s+access(?:es|ed|ing)?\s+(?:to\s+)?(?:your|the\s+(?:client|customer)(?:'s|’s)?)\s+"
    r"(?:systems?|computers?|machines?|pcs?|servers?|networks?|devices?)\b|"
    # a remote or on-site service offered with no reporting word ("Emergency onsite service is available 24x7",
    # "schedule a remote assist appointment", "Up to 30 mins of remote service per day")
    r"\b(?:remote|on-?site)\s+(?:services?|assist|appointments?)\b|"
    # requests sent to the vendor by a way ("Requests should be sent through support@… or through our live chat",
    # "Support needs will be emailed to help [at] …", "an urgent problem communicated to us on our issue management
    # system … or a support inbox")
    # (questions about privacy, billing or sales are not support requests)
    r"\b(?:requests?|issues?|questions?|quer(?:y|ies)|needs|problems?|incidents?|bugs?)\b"
    r"(?:(?!privacy|personal|billing|invoic|sales|legal|media|press)[^.;]){0,40}?"
    r"\b(?:sent|e-?mailed|communicated|directed|addressed|forwarded)\s+(?:to\s+us\s+)?(?:to|through|via|on|by|using)\b|"
    r"(?:问题|問題|故障|需求|请求|請求)[^。;；]{0,12}?(?:发送|發送|发|發|寄|提交)(?:至|到)|"
    # issues logged with the vendor ("Electronic logging of issues and questions to FTR (email & Web)")
    # ("logging support requests (phone, email, or portal only)", "Emails and logging tickets", "logging a case")
    r"\blogg(?:ing|ed)\s+(?:of\s+)?(?:an?\s+|the\s+|your\s+)?(?:(?:support|service)\s+)?"
    r"(?:issues|problems|incidents|faults|requests|calls|tickets?|cases?)\b|"
    # a response given by a way of working ("10分钟电话响应,30分钟现场响应", "phone response within 1 hour")
    r"(?:电话|電話|远程|遠程|遠端|远端|现场|現場)(?:支持|支援|服务|服務)?(?:响应|響應)|"
    r"\b(?:(?:tele)?phone|remote|on-?site)(?:\s+(?:or|and|/)\s+(?:(?:tele)?phone|remote|on-?site))?\s+response\b|"
    r"\b(?:tickets?|requests?|cases?|incidents?)\b[^.;]{0,20}\b(?:entered|opened|logged|raised|submitted)\b|"
    # tickets the client's users create ("Sev-1 tickets created by users subscribed to Pro support")
    r"\btickets?\s+created\s+by\s+(?:users|customers|clients|you)\b|"
    # a response time promised for the client's messages by a way ("six support hours for email and offline chat
    # message inquiries", "twelve hours for phone messages")
    r"\bresponse\s+times?\b[^.;]{0,60}\bfor\s+(?:e-?mail|(?:tele)?phone|(?:offline\s+|live\s+)?chat)\b|"
    # the vendor offering a way as its service ("乙方承诺24小时为甲方提供电话、信函或传真服务"), its staff arriving at the
    # site ("以最快捷的速度到达服务现场")
    r"提供(?:的)?(?:电话|電話|邮件|郵件|电子邮件|電子郵件|远程|遠程|遠端|现场|現場)[^。;；,，]{0,10}(?:服务|服務)|"
    # (arriving within a time, "2小时内到达现场", is a level's commitment)
    r"(?<![内內])(?:到达|到達|赶赴|趕赴|前往)(?:服务|服務|客户|客戶|用户|用戶|甲方)?(?:的)?(?:现场|現場)|"
    # times counted from a ticket's receipt, tickets typed in a support portal: the client reports by ticket
    r"\breceipt of (?:the |a |your )?ticket\b|\bticket is received\b|\bsupport portal\b|"
    # tickets the promises run on: a ticket named by its priority or severity ("High Priority tickets", "Urgent
    # Ticket Response Time", "the severity level set on the support ticket", "工单优先级"), tickets allowed per
    # period ("5 support tickets per month"), a ticket the vendor receives or accepts
    r"\b(?:priority|severity|urgent|critical|high|normal|medium|low|non-urgent)\W{0,2}\s+(?:support\s+)?tickets?\b|"
    r"\btickets?\b[^.;]{0,40}\b(?:priority|priorities|severity)\b|"
    r"\b(?:receiv|accept)\w*\s+(?:\([^)]{0,20}\)\s+)?(?:of\s+)?(?:a|an|the|your)\s+(?:valid\s+)?(?:support\s+)?ticket\b|"
    r"\btickets?\s+(?:per|a|each)\s+(?:month|year|week)\b|"
    r"(?:工单|工單)(?:的)?(?:优先级|優先級|级别|級別|等级|等級)|(?:优先级|優先級)(?:的)?(?:工单|工單)|"
    # a response promised per ticket ("a 4 hour maximum response time for all support tickets")
    r"\bresponse times?\b[^.;]{0,20}\b(?:for|on|to)\s+(?:all\s+|any\s+|each\s+|every\s+)?(?:support\s+)?tickets?\b|"
    r"(?:收到|接到|受理)(?:客户|客戶|用户|用戶)?(?:的)?(?:工单|工單)|(?:工单|工單)(?:系统|系統|平台)|"
    # the client opening a ticket (开立问题单, 開立問題單: IBM's zh-TW and zh-CN for "open a case")
    r"(?:开立|開立|提交|建立|创建|開啟|开启|打开|打開)(?:的|新的|一个|一個)?(?:支持|支援)?"
    r"(?:问题单|問題單|工单|工單|事件单|事件單|案例|客服单|客服單)|" + _ISSUE_TRACKER + r"|"
    # (in every form of the verb: "When raising a ticket", "submitting a support ticket")
    r"\b(?:enter(?:s|ed|ing)?|open(?:s|ed|ing)?|log(?:s|ged|ging)?|rais(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+"
    r"(?:a\s+|an\s+|the\s+|all\s+|your\s+)?(?:new\s+)?(?:support\s+)?tickets?\b|"
    r"通知|通过|通過|咨询|咨詢|諮詢|现场服务|現場服務|上门服务|上門服務|远程服务|遠程服務|遠端服務|在线服务|在線服務|热线服务|熱線服務|"
    # how a client reaches the vendor: 透過 (zh-Hant "through"), dialling, calling in, the service line
    r"透过|透過|经由|經由|拨打|撥打|致电|致電|来电|來電|叫修|客服|专线|專線|联系我们|聯繫我們|聯絡我們|"
    r"(?:服务|服務|售后|售後|客服|技术支持|技術支援|报修|報修|维修|維修|值班)(?:电话|電話|邮箱|郵箱|信箱)|"
    r"服务群|服務群|微信群|QQ群|钉钉群|釘釘群|飞书群|飛書群|专属群|專屬群|LINE群|群内|群內|微信服务|微信服務|"
    r"technical support|tech support|customer support|customer service|support line|" + _CALLS_IN + r"|"
    r"\bcall(?:ing)?\s+(?:us|our|the)\b|toll-?free|\breach\s+(?:us|our)\b|get in touch|\bopen(?:ing)?\s+a\s+(?:support\s+)?(?:ticket|case|request)"
)
# What a word names when it is the thing maintained, not the way to reach the vendor: the client's
# WeChat mini-program or payment, a Slack integration, a LINE Pay link.
_PRODUCT_AFTER = (
    r"(?!\s*(?:小程序|支付|公众号|公眾號|商户|商戶|开放平台|開放平台|平台|接口|介面|登录|登錄|授权|授權|版本|H5|"
    r"小游戏|小遊戲|视频号|視頻號|音乐|音樂|空间|空間|邮箱|郵箱|浏览器|瀏覽器|钱包|錢包|机器人|機器人|考勤|对接|對接|串接|"
    r"Pay\b|mini|official account|integration|bot|API|app\b|connector|webhook|plug-?in|widgets?\b))"
)
# a telephone number: 400-800-1234, 0800-888-570, 1-800-555-0100, +1 (415) 555-0100, +852 2345 6789,
# 0755-12345678, 0755-12345678-8005, (02)2345-6789, 138 0013 8000
_PHONE_NUMBER = (
    r"(?<![\d-])(?:400|800)[- ]?\d{3}[- ]?\d{4}(?![\d-])|(?<![\d-])0800[- ]?\d{3}[- ]?\d{3,4}(?![\d-])|"
    r"\b1[- ]8(?:00|33|44|55|66|77|88)[- ]\d{3}[- ]\d{4}\b|(?<![\d-])1-\d{3}-\d{3}-\d{4}(?![\d-])|"
    r"\+\d{1,3}[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d-])|"
    # (an extension may follow a landline: 0755-26996616-8005)
    r"(?<![\d-])0\d{2,3}-\d{7,8}(?:-\d{1,5})?(?![\d-])|\(0\d{1,3}\)\s?\d{3,4}-?\d{4}(?![\d-])|"
    r"(?<![\d-])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d-])|"
    # three, three and four digits joined by dashes or dots (866-326-8866, 086-322-5858, (415) 555-0100)
    r"(?<![\d-])(?<!\d\.)(?:\d{3}|\(\d{3}\))[-. ]?\d{3}[-.]\d{4}(?![\d-]|\.\d)"
)
# where a channel's sentence gives its address: the number, the e-mail address, the ticket site
_ADDRESSES = {
    "phone": _re(_PHONE_NUMBER),
    "email": _re(EMAIL_ADDRESS),
    "ticket": _re(r"https?://[^\s,;，；。、)）]+[^\s,;，；。、)）.]|\bwww\.[^\s,;，；。、)）]+[^\s,;，；。、)）.]"),
}
_CHANNELS: list[tuple[re.Pattern[str], str]] = [
    (
        _re(
            r"电话|電話|热线|熱線|手机|手機|telephone|phone|\btelephonic(?:ally)?\b|hotline|"
            r"(?:客服|服务|服務|技术|技術|支持|支援|售后|售後|报修|報修|叫修|维修|維修|维护|維護|咨询|諮詢)专线|"
            r"(?:客服|服务|服務|技术|技術|支持|支援|售后|售後|报修|報修|叫修|维修|維修|维护|維護|咨询|諮詢)專線|"
            r"拨打|撥打|致电|致電|toll-?free\s+(?:number|line|hotline|phone|telephone|call)|\bcall(?:ing)?\s+(?:us|our)\b|"
            # a line the client dials by another name: a help line, a support line, a voice call, a free number
            # (0800专线, 400热线), a landline (座机, 市話)
            r"\bhelp\s?-?lines?\b|\bsupport\s+lines?\b|\bvoice\s+calls?\b|\b1-?800\s+(?:number|line)s?\b|"
            r"(?:400|800|0800)\s*(?:专线|專線)|座机|座機|市话|市話|" + _CALLS_IN + r"|" + _PHONE_NUMBER + r"|"
            # calls named beside tickets or mails as the client's requests ("All calls or tickets submitted to the
            # Service Desk")
            r"\bcalls?\s+(?:or|and|/)\s+(?:tickets?|e-?mails?)\b|\b(?:tickets?|e-?mails?)\s+(?:or|and|/)\s+calls?\b"
        ),
        "phone",
    ),
    (
        _re(
            r"电子邮件|電子郵件|邮件|郵件|电邮|電郵|e-?mail|邮箱|郵箱|电子信箱|電子信箱|electronic\s+mail|"
            # a support mailbox (服務信箱, "the support inbox"); a suggestion box (意見信箱) is no support
            r"(?:服务|服務|客服|支持|支援|技术|技術|报修|報修|维修|維修)信箱|\b(?:support|help ?desk|service)\s+(?:in|mail)box\b|"
            + EMAIL_ADDRESS
        ),
        "email",
    ),
    (
        _re(
            _ISSUE_TRACKER
            + r"|工单|工單|事件单|事件單|客服单|客服單|支持案例|支援案例|服务台|服務台|客服系统|客服系統|客服平台|支持系统|支持系統|支援系统|支援系統|ticket|portal|web form|"
            # a help desk is the vendor's team, reached by phone or e-mail; its software is where tickets are typed
            r"(?:help ?desk|service desk)\s+(?:software|system|portal|platform|tool|application|app)\b|support system|support site|"
            r"报修系统|報修系統|报修平台|報修平台|(?:线上|線上|在线|在線|网上|網上|網路|网络)(?:電腦|电脑)?(?:报修|報修|叫修|表单|表單)|问题单|問題單|"
            r"(?:上網|上网)(?:登記|登记|報修|报修)|"
            r"服务请求系统|服務請求系統|online form|\bJIRA\b|Zendesk|Freshdesk|ServiceNow|"
            # a request typed where the vendor keeps them: a support form or site, an issue tracker, a service
            # portal (服务门户, 入口網站), the vendor's service system, a reporting mini-program, a repair slip
            # (a "contact form" is a page of the client's site; a "support center" is the vendor's team)
            r"\b(?:support|service\s+request)\s+(?:request\s+)?forms?\b|\bsupport\s+web\s*site\b|"
            r"\bissue\s+tracker\b|\bgithub\s+issues\b|\bsupport\s+cases?\b|"
            r"\b(?:issue|ticket|incident)\s+(?:management|tracking)\s+(?:system|tool|software|platform)\b|"
            r"(?:服务|服務|支持|支援|客户|客戶)门户|(?:服务|服務|支持|支援|客户|客戶)入口(?:网站|網站)?|"
            r"(?:客户|客戶)服务系统|(?:客户|客戶)服務系統|服务管理平台|服務管理平台|叫修系统|叫修系統|叫修平台|"
            r"(?:报修|報修|叫修)(?:小程序|网站|網站|app\b|APP)|小程序(?:报修|報修)|维修单|維修單|报修单|報修單|"
            # "web support", the web named beside another channel ("via web and email", "telephone and web"):
            # a request typed in the vendor's web page (software delivered "via the web" is not)
            r"\bweb\s+(?:and\s+e-?mail\s+)?support\b|\bweb\s+(?:and|or|/)\s+(?:e-?mail|(?:tele)?phone|chat)\b|"
            r"\b(?:e-?mail|(?:tele)?phone|chat)\s*(?:,|and|or|/|&)\s*web\b|"
            r"(?:网页|網頁|网站|網站|官网|官網)(?:上)?(?:提交|表单|表單|报修|報修)|线上表单|線上表單|在线表单|在線表單|"
            # a web form in Hong Kong's and Taiwan's words (網絡表格, 網路表單)
            r"(?:网络|網絡|網路|网上|網上)(?:表格|表单|表單)"
        ),
        "ticket",
    ),
    (
        _re(
            r"(?:微信群|交流群|企业微信|企業微信|(?<![A-Za-z])QQ(?![A-Za-z])|服务群|服務群|即时通讯|即時通訊|即时通信|微信|MSN|LINE群|在线聊天|在線聊天|在线客服|在線客服|"
            r"钉钉|釘釘|飞书|飛書|(?-i:LINE)(?=\s*(?:@|官方|群|帳號|账号|ID|好友|客服))|(?:官方|透過|透过|通过|通過|加入)\s*(?-i:LINE)(?![A-Za-z])|"
            r"\bchats?\b|live chat|(?-i:Slack)(?!\s+(?:time|capacity|period|days?)\b)|(?:Microsoft|MS)\s+Teams|\bTeams\s+(?:channel|chat|group)|(?:via|on|through|in)\s+(?-i:Teams)\b|"
            r"instant[- ]messag(?:ing|es?)|messaging group|wechat|whatsapp|telegram|skype|dingtalk|feishu|wecom|"
            # the other chat products and their zh-Hant names (線上客服 is zh-Hant 在线客服); LINE after a way word
            r"discord|viber|kakao\s?talk|\bIRC\b|即时聊天|即時聊天|(?:facebook\s+)?messenger\b|google\s+chat|線上客服|线上客服|网上客服|網上客服|"
            r"\b(?:via|through|on|by)\s+(?-i:LINE|Teams)\b|(?:透過|透过|通过|通過|加入)\s*(?-i:Line|Teams)(?![A-Za-z]))"
            + _PRODUCT_AFTER
        ),
        "chat-group",
    ),
    (
        _re(
            r"(?:远程|遠程|遠端|远端|(?<!偏)遠地|(?<!偏)远地|remote|向日葵|TeamViewer|AnyDesk|ToDesk|LogMeIn|Splashtop|"
            # the session's other names: sharing the screen (屏幕共享, 螢幕分享), a remote-control tool
            r"screen[- ]?shar\w*|desktop[- ]shar\w*|屏幕共享|桌面共享|螢幕分享|螢幕共享|畫面分享|QuickSupport|RustDesk|"
            r"(?:联机|聯機)方式|"
            # support given away from the client's site ("on-site and off-site support"); off-site backups are none
            r"\boff-?site(?=\s+(?:support|assistance|services?)\b))"
            # watching the equipment from afar (远程监控服务, a remote agent raising alerts) is no way to reach support
            r"(?!\s*(?:的)?\s*(?:监控|監控|监测|監測|监视|監視|巡检|巡檢|monitor|agent|alert))"
            # a deployment done from afar (远程部署服务) is no support; 远程电话支持 is support by telephone
            r"(?!\s*(?:部署|佈署|deploy|电话|電話))"
        ),
        "remote",
    ),  # not 偏遠地區 (outlying areas)
    (
        _re(
            r"现场|現場|上门|上門|到场|到場|到府|on-?site|\bon\s+site\b|驻场|駐場|驻点|駐點|到厂|到廠|in-person|site visits?|"
            r"派[员員](?:到|前往|赴)(?:客户|客戶|贵|貴|用户|用戶)|"
            r"field (?:engineers?|technicians?|service)|attend(?:s|ing)? (?:the )?(?:customer'?s? |client'?s? )?(?:site|premises)|"
            # staff sent to the client ("dispatch a technician to your premises", 派遣工程师上门)
            r"\bdispatch(?:es|ed|ing)?\s+(?:an?\s+|the\s+|our\s+)?(?:engineers?|technicians?|staff)\s+to\b|"
            r"派(?:遣)?(?:工程师|工程師|技术人员|技術人員|专人|專人)(?:上门|上門|到场|到場|前往|赴)|"
            r"\bvisits?\s+(?:to\s+)?(?:the\s+|your\s+)?(?:customer|client)(?:'s|’s)?\s+(?:site|premises|office)"
        ),
        "on-site",
    ),
]


# A way of working named with a deadline ("现场支持:1个工作日", "on-site within 4 hours") or as the
# escalation when remote work fails ("远程方式无法解决的…派工程师到达现场") is a per-level commitment,
# not a way to report an issue.
_WORK_MODES = ("remote", "on-site")
_ESCALATION = _re(
    r"无法解决|無法解決|无法处理|無法處理|不能解决|不能解決|未能解决|未能解決|cannot be (?:resolved|fixed) remotely|"
    r"remote (?:resolution|fix) is not possible|not (?:possible|resolvable) remotely|unable to (?:resolve|fix) (?:it )?remotely"
)

_SERVICE_OFFERED = _re(
    r"(?:提供|安排)(?:上门|上門|现场|現場|到场|到場|到府)(?:服务|服務|维修|維修|维护|維護|支持|支援)"
)
_FIRST_WAY = _re(r"优先|優先|首先|先行|先以|先用|先通过|先通過|先透过|先透過|first")

# A paid service (有偿服务…现场支持, on-site visits are chargeable) is not how an issue is reported.
_PAID = _re(r"有偿|有償|计价|計價|收费|收費|chargeable|billable|\bpaid\b|\bpriced\b|rate card")


# a remote response named by its way ("Remote response within 1 hour", 远程响应) and staff sent on site ("technician on
# site within 8 hours"): the way is offered, its time a level's promise besides (an on-site "response" stays an
# arrival, session 9's reading)
_BY_WAY = _re(r"[\s(]*(?:\([^)]{0,30}\)\s*)?(?:response|respond|dispatch\w*|(?:响应|響應))")
_SENT = _re(r"\b(?:technicians?|engineers?)\s*$")


def _commitment(pattern: re.Pattern[str], text: str, kind: str) -> bool:
    if _PAID.search(text) or money(text, "CNY"):  # a way of working with a price is a paid service
        return True
    if _ESCALATION.search(text):  # the fallback is a commitment; remote stays a channel when it is the first way
        if kind == "on-site":
            # an on-site service offered as the fallback ("对于电话不能解决的问题,乙方提供上门服务") is a way the client
            # is served; staff sent to the site by a deadline ("…无法解决的,4小时内派工程师到达现场") is a commitment
            return not _SERVICE_OFFERED.search(text)
        return not _FIRST_WAY.search(text)
    for m in pattern.finditer(text):
        if (kind == "remote" and _BY_WAY.match(text, m.end())) or _SENT.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            continue  # a response given, or staff sent, by the way: the way is offered (a remote or on-site response)
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
    r"\bnotif(?:y|ies|ied|ication)\b|\balert(?:s|ed)?\s+(?:you|the customer|customers)\b|"
    # a message a ticket or system sends to the vendor's own people ("sends a personal email to our support
    # team", "系统自动发送邮件给我方工程师"): internal alerting, not a way for the client to report
    r"\b(?:sends?|sent|triggers?|generates?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:e-?mails?|sms|text messages?|pages?|alerts?)"
    r"\s+to\s+(?:our|its|the vendor'?s?)\b|"
    r"(?:发送|發送)(?:邮件|郵件|短信|簡訊|通知)(?:给|給|至|到)(?:我方|乙方|我们|我們|本公司)|"
    # the contract's notice clause: how legal notices are served ("通知应以书面形式…送达", "Notices … by email")
    r"通知(?:应|應|须|須)以|通知[^。;；]{0,20}(?:送达|送達)|\bnotices?\s+(?:under|given|required|to be given|hereunder|pursuant)|"
    r"\ball notices\b|\bnotices? (?:shall|must) be (?:given|sent|delivered|served)"
)
_REPORT = _re(
    r"报修|報修|报障|報障|申报|申報|报告故障|報告故障|提交|反馈|反饋|联系我们|聯繫我們|聯絡我們|热线|熱線|"
    r"\breport|\bsubmit|\bcontact us\b|\braise|\blog (?:a|an) |hotline|help ?desk|service desk|"
    # the client notifying the vendor is reporting ("you must notify us by phone", "通知我方")
    r"\bnotify (?:us|our (?:support|service|help)|the (?:vendor|supplier|provider|contractor))\b|通知(?:我方|我们|我們|本公司)"
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


# tickets the client can look at ("tickets will also be available to view from our website", "view your tickets"): a
# record of requests made another way, no way of its own
_TICKETS_VIEWED = _re(r"\btickets?\b[^.;,]{0,30}?\bto\s+view\b|\bview(?:ing)?\s+(?:your\s+|the\s+|all\s+)?tickets?\b")
# the client opening its ticket or case by writing or calling ("Submit a ticket by emailing support@…", "will open a
# support case by sending an e-mail to …", "raise a ticket by calling …")
_OPENED_BY_WRITING = (
    r"\b(?:submit|open|raise|create|log|file)(?:s|ed|ing)?\s+(?:a\s+|an\s+|the\s+|your\s+)?(?:new\s+)?"
    r"(?:support\s+|service\s+)?(?:tickets?|cases?)\s+(?:by|via)\s+(?:sending\s+(?:us\s+)?(?:an?\s+)?)?"
    r"(?=e-?mail|(?:tele)?phon|call)"
)
# a ticket opened by e-mail or phone ("Tickets that are opened via an email …", "通过邮件提交的工单"): the
# e-mail or the phone is the channel, the ticket only its record
_TICKET_BY = _re(
    r"\btickets?\s+(?:that\s+(?:are|is)\s+|(?:are|is)\s+)?(?:opened|created|raised|logged|submitted)\s+"
    r"(?:via|by|through)\s+(?:an?\s+)?(?=e-?mail|(?:tele)?phone|chat)|"
    r"(?<=(?:邮件|郵件|电话|電話))(?:提交|创建|建立|開立|开立)(?:的)?(?:工单|工單)|" + _OPENED_BY_WRITING + r"|"
    # a ticket named by its way ("via phone or email ticket")
    r"(?<=mail\s)tickets?\b|"
    # a ticket number given to a reported incident for tracking is its record, not a way to report
    r"\b(?:assigned|given|issued|receives?)\s+(?:a\s+|an\s+)?ticket\s+(?:number|id)\b"
)
# A document saying its tickets are made by another way: "All tickets must be reported over email", "Tickets sent to
# help@…", "Tickets created by emailing …", "an e-mail or a phone call, all which will create a support ticket",
# "clients who use the address to submit tickets". Its "ticket" is then the request's name wherever it stands
# ("if a support ticket is opened at 4:15PM", "tickets raised by customers"), no way of its own, unless the document
# names a ticket system (a portal, a ticketing system, a web form).
_TICKET_MADE_BY = _re(
    r"\btickets?\s+(?:(?:must|should|can|may|will|shall)\s+be\s+|(?:are|is)\s+)?"
    r"(?:opened|created|raised|logged|submitted|reported|sent|filed)\s+(?:over|via|by|through|using|to)\s+(?:an?\s+|the\s+)?"
    r"(?=e-?mail|(?:tele)?phon|calling|a\s+call|[\w.+-]+@)|"
    r"\b(?:which|that)\s+(?:will\s+)?(?:automatically\s+)?(?:create|open|generate|log)s?\s+(?:a\s+|an\s+)?"
    r"(?:support\s+|service\s+)?ticket\b|"
    r"\buse\s+(?:it|them|(?:this|that|the)\s+(?:e-?mail\s+)?(?:address|e-?mail|number))\s+to\s+"
    r"(?:submit|raise|open|create|log)\s+(?:\w+\s+)?tickets?\b|" + _OPENED_BY_WRITING
)
_TICKET_SYSTEM = _re(
    r"ticketing|\btickets?\s+(?:system|portal|tool|platform|form|site)|\bportal\b|web\s*form|online\s+form|"
    r"\b(?:help ?desk|service desk|support)\s+(?:software|system|portal|platform|site)\b|\bJIRA\b|Zendesk|Freshdesk|ServiceNow|"
    r"工单|工單"
)
_BARE_TICKET = _re(r"\btickets?\b|\bsupport\s+cases?\b")


# The client's own contact details (甲方联系人…电话, "Customer contact: …") and a sales or billing contact
# are not ways to reach support.
_PARTY_CONTACT = _re(
    r"(甲方|乙方)\s*(?:的)?\s*(?:指定)?(?:联系人|聯絡人|聯繫人|联系电话|聯絡電話|聯繫電話|联系方式|聯絡方式|聯繫方式|"
    r"电话|電話|传真|傳真|邮箱|郵箱|地址|住所|开户|開戶)"
)
_CLIENT_CONTACT = _re(
    r"\b(?:customer|client|licensee|purchaser)(?:'s)?\s+(?:contact|representative|phone|telephone|e-?mail|address)\b|"
    # (商務客戶, 商务版: business customers, a business edition — no sales desk)
    r"(?:销售|銷售|商务(?!客|用|版)|商務(?!客|用|版)|财务|財務|\bsales|\bbilling|\baccounts)[^,，;；。]{0,10}"
    r"(?:联系|聯絡|聯繫|电话|電話|热线|熱線|邮箱|郵箱|contact|phone|e-?mail|hotline|enquir|inquir)"
)


# the client's questions sent by a way ("Customer's telephone or email inquiries") are support requests
_INQUIRIES = _re(r"\b(?:(?:tele)?phone|e-?mail)(?:\s+(?:or|and|/)\s+(?:(?:tele)?phone|e-?mail))?\s+(?:inquir|enquir)")


def _not_support_contact(ctx: Context, text: str) -> bool:
    if _CLIENT_CONTACT.search(text) and not _INQUIRIES.search(text):
        return True
    m = _PARTY_CONTACT.search(text)
    if m is None:
        return False
    return ctx.role(m[1]) == "client"


# A way the text says is not offered ("不提供上门服务", "no on-site assistance is included", "neither offered
# nor available"): the clause that says so is not read.
_NEGATION = _re(
    r"不提供|不包括|不包含|不含(?![税稅])|不负责|不負責|不支持|不支援|不设|不設|不安排|不派|不属于|不屬於|不适用|不適用|"
    # 无需上门 (no visit needed), but not 无需额外付费的远程支持 (remote support at no extra charge)
    r"(?:无需|無需|不需要?)(?!\s*(?:额外|額外|另行|另外)?\s*(?:付费|付費|收费|收費|费用|費用|支付|付款))|"
    r"暂不|暫不|未提供|不在[^,，;；。]{0,12}(?:范围|範圍)|"
    r"\bno\s+(?:[\w-]+\s+){0,2}(?:on-?site|remote|phone|telephone|e-?mail|chat|ticket)|"
    r"\bnot\s+(?:be\s+)?(?:included|offered|available|provided|covered|supported)\b|\bneither\b|\bnor\b|"
    r"\bexclud(?:es?|ed|ing)\s+(?:[\w-]+\s+){0,2}(?:on-?site|remote|phone|telephone|e-?mail|chat|tickets?|visits?)|"
    r"\b(?:does|do|will) not (?:include|cover|provide|offer|support)\b"
)


# a fax number is no phone line (the spec has no fax channel): it is not read as a telephone number
_FAX_NUMBER = _re(r"(?:传真|傳真|\bfax|\bfacsimile)\s*(?:号码|號碼|number|no\.?)?\s*[:：]?\s*[+\d()\s-]{6,}")


# a help desk given by its telephone number ("Help Desk: 086-322-5858", "服务台电话:0755-1234567") is the phone,
# not a ticket desk
_DESK_NUMBER = _re(
    r"(?:help ?desk|service desk|support desk|服务台|服務台)\s*(?:number|no\.?|hotline|(?:tele)?phone|电话|電話)?\s*[:：]?\s*"
    r"(?=(?:" + _PHONE_NUMBER + r"))"
)


# a service's label given by a telephone number, its word for "telephone" perhaps masked or left out
# ("售后服务**:0755-26996616-8005", "客服:400-800-1234", "Customer service: 866-326-8866")
_SERVICE_NUMBER = _re(
    r"(?:售后|售後|客服|服务|服務|维修|維修|customer service|support)[^:：。;；,，]{0,6}[:：]\s*(?=(?:"
    + _PHONE_NUMBER
    + r"))"
)


# A label line naming the ways to reach support ("1.3 Support Channels", a column "| Plan | Hours | Channel |",
# 联系方式): the list items or table rows under it name channels whatever they say around the kind word.
_CHANNEL_HEAD = _re(
    r"\bchannels?\b|contact (?:information|details|methods?|options?)|how to (?:contact|reach)|"
    # a lead naming the ways the client reports by ("The Support Mediums include:", "You report an issue over
    # established communication tool", 沟通方式)
    r"\b(?:support|contact|communication|reporting)\s+(?:mediums?|media|methods?|means|tools?|options?|ways?)\b|"
    r"\breport(?:s|ing)?\s+(?:an?\s+|the\s+|your\s+)?(?:issues?|incidents?|problems?)\s+(?:over|via|by|through)\b|"
    r"沟通方式|溝通方式|报修方式|報修方式|"
    r"支持渠道|服务渠道|服務渠道|支援管道|服務管道|联系方式|聯絡方式|聯繫方式"
)
# a list item, a table row (also a row flattened one cell a line, each ending in its bar: "Email Phone Chat |")
_ITEM_LINE = _re(r"^\s*(?:[-–•*·●▪]|[|｜])|\S\s*[|｜]\s*(?:\S|$)")
_LABEL_LINE = 60  # the longest line read as a label over a list or table
# a line labelled by its way, bullet or not (a Word list keeps its bullets out of the text)
_WAY_LINE = _re(
    r"(?:e-?mail|(?:tele)?phone|tel\.?|mobile|hotline|(?:live\s*)?chat|(?:web\s*|support\s*)?portal|tickets?|"
    r"电话|電話|手机|手機|邮箱|郵箱|电子邮件|電子郵件|电子邮箱|電子郵箱|热线|熱線|微信)\s*[:：]\s*\S"
)
_HEADER_CELL = 30  # the longest table cell read as a column's label
_CHANNEL_CELL = _re(
    r"\W*(?:(?:support|contact|service)\s+)?channels?|contact\s+(?:information|details|methods?|options?)|"
    r"(?:支持|支援|服务|服務|联系|聯繫|聯絡|报修|報修)?(?:渠道|管道)|(?:支持|支援|服务|服務|联系|聯繫|聯絡|报修|報修)方式\W*"
)


def _names_a_channel_column(text: str) -> bool:
    """A table row one of whose cells, a header's short label, names channels ("| Tier | Eligibility | Channels |
    First-response (P1) | Included |"): however long the row, the cell is the label."""
    return "|" in text and any(
        len(cell.strip()) <= _HEADER_CELL and _CHANNEL_CELL.fullmatch(cell.strip()) for cell in re.split(r"[|｜]", text)
    )


def _under_channel_heads(sentences: list[Sentence]) -> set[int]:
    """The sentences that are items or rows under a label line naming channels, up to the next label line."""
    under: set[int] = set()
    head = False
    for i, s in enumerate(sentences):
        text = s.norm.strip()
        if head and _WAY_LINE.match(text):
            under.add(i)  # "Email: servicedesk@…", "Telephone: 712-…": a Word list's item, its bullet not in the text
            continue
        if _ITEM_LINE.search(text):
            if head:
                under.add(i)
            elif (len(text) <= _LABEL_LINE and _CHANNEL_HEAD.search(text)) or _names_a_channel_column(text):
                head = True  # a table's header row naming a channel column
            continue
        if len(text) <= _LABEL_LINE and not re.search(r"[.。;；]$", text):
            head = bool(_CHANNEL_HEAD.search(text))
            continue
        # a lead that ends in a colon, however long ("Contact methods: Customers can contact the Service Desk using
        # the following methods:")
        head = text.endswith((":", "：")) and bool(_CHANNEL_HEAD.search(text))
    return under


# A list item labelled by its way ("- Phone: Premium customers only", "- Slack channel: …", "* Chat: Available when
# …") or a communication label ("**Communication**: Email, ticket system, phone") names a channel with no reporting
# word, unless its list stands under a line naming notices, billing, sales or a party's own contact details (the
# addresses of a notice clause, the client's contact list).
_WAY_LABEL = _re(
    r"^\s*(?:[-*•]\s*(?:\*\*)?|\*\*)communications?(?:\*\*)?\s*[:：]|"
    r"^\s*[-*•]\s*(?:\*\*)?(?:e-?mail|(?:tele)?phone|(?:live\s*)?chat|tickets?|slack(?:\s+channel)?|portal)(?:\*\*)?\s*[:：]"
)
_OTHER_HEAD = _re(
    r"\bnotices?\b|\blegal\b|\bbilling\b|\binvoic|\bsales\b|\baccounts?\b|\baddress|"
    r"\b(?:customer|client|licensee|purchaser)(?:'s)?\s+(?:contacts?|details|information|representatives?)\b"
)


_LONE_BULLET = re.compile(r"\s*[-–•*·●▪]\s*")


def _labelled_ways(sentences: list[Sentence]) -> set[int]:
    """The items labelled by a way whose list is not under a line naming notices, billing, sales or a party's contact."""
    out: set[int] = set()
    other = False
    for i, s in enumerate(sentences):
        text = s.norm.strip()
        if i > 0 and _LONE_BULLET.fullmatch(sentences[i - 1].norm):
            text = "- " + text  # a web list whose bullets stand on lines of their own ("-" / "Live Chat: …")
        if _WAY_LABEL.search(text):
            if not other:
                out.add(i)
        elif not _ITEM_LINE.search(text):
            other = bool(_OTHER_HEAD.search(text))  # the line over the next list
    return out


# A way used for something other than support: paying ("completing payment via the link … (e.g., email or checkout
# form)"), asking for
# a quote or a free consultation before buying ("寄信到…或透過頁面底部的「免費諮詢」"), keeping in touch about a project
# being built ("we'll have regular contact by either email or Discord"), the vendor asking the client for information
# ("IPsmarx may send a request … via e-mail")
_OTHER_USE = _re(
    r"\b(?:payment|checkout|invoice)s?\b[^.;]{0,30}\b(?:via|by|through)\b[^;]{0,40}\be-?mail\b|\be-?mail(?:ed)?\s+(?:payment\s+)?link\b|"
    r"免費諮詢|免费咨询|免費報價|免费报价|\bfree\s+(?:consultation|quote)\b|\brequest\s+a\s+quote\b|"
    r"\bregular\s+contact\b|\bkeep\s+in\s+touch\b|"
    # a user community's own space ("Databend 社区 Slack 频道", 社區群組): no way to the vendor's support
    r"(?:社区|社區)\s*(?:的)?\s*(?:slack|discord|[^。;；,，]{0,8}?(?:频道|頻道|群))|"
    r"\b(?:we|vendor|supplier|provider|(?-i:[A-Z][\w-]+))\s+may\s+send\s+(?:a\s+)?requests?\b|"
    # a procurement's own steps: registering, getting the tender documents, sending a bid ("本项目仅接受网上(远程)办理获取
    # 采购文件", "报名…扫描件…发送至邮箱"): the buyer's channels for bidders, no support channel
    r"(?:获取|獲取|领取|領取|购买|購買|下载|下載|递交|遞交|提交|发送|發送|办理|辦理)[^。;；]{0,12}?"
    r"(?:采购文件|採購文件|招标文件|招標文件|谈判文件|談判文件|磋商文件|响应文件|響應文件|投标文件|投標文件)|报名|報名|"
    r"\b(?:tender|bid|proposal)\s+(?:documents?|submissions?)\b|\bsubmit\s+(?:a\s+|your\s+)?(?:bid|tender|proposal)s?\b"
)
_EMPTY_LABEL = _re(r"^[^:：]{1,20}[:：]\s*$")


# the parts of a plan's line or a price table's row ("Channels: email + Slack; … Price: $499/mo.", "| Startup | $999 /
# year | Priority support (24 h), private Slack |")
_PARTS = re.compile(r"[;；|｜]|(?<=[.。])\s+")


# a part that says what a priced plan includes: its support or its channels (not its unit, "次（每次上门）")
_INCLUDED = _re(r"\bsupport\b|\bchannels?\b|支持|支援|渠道")


def _unpriced(text: str) -> str:
    """A fee line's parts that say what a plan includes ("E-mail support (48 h)", "Channels: email + Slack"), not its
    priced parts nor its first part, the item the price is for ("| Remote support | $100 per hour |": a priced way of
    working is a paid service, not a channel); other sentences whole."""
    if not (_FEE.search(text) and money(text, "CNY")):
        return text
    parts = [part for part in _PARTS.split(text) if part.strip()]
    return " ; ".join(part for part in parts[1:] if _INCLUDED.search(part) and not money(part, "CNY"))


def support_channels(ctx: Context) -> None:
    kinds: list[tuple[str, Sentence, dict[str, str]]] = []
    listed = _under_channel_heads(ctx.sentences) | support_section_items(ctx.sentences)
    labelled = _labelled_ways(ctx.sentences)
    excluded = excluded_items(ctx.sentences)
    # the document's tickets are made by e-mail or phone and it names no ticket system: "ticket" is the request
    ticket_is_request = any(_TICKET_MADE_BY.search(s.norm) for s in ctx.sentences) and not any(
        _TICKET_SYSTEM.search(s.norm) for s in ctx.sentences
    )
    for n, s in enumerate(ctx.sentences):
        if n in excluded:
            continue  # an item of a list of what is not offered ("Excluded:" / "- On-site support")
        if not (
            _CHANNEL_CONTEXT.search(s.norm)
            or n in labelled
            or _CHANNEL_CONTEXT.search(s.heading)
            or _SERVICE_NUMBER.search(s.norm)
            or support_label(s.norm)
            or n in listed
        ):
            continue
        if _notification_only(s.norm) or _not_support_contact(ctx, s.norm) or _OTHER_USE.search(s.norm):
            continue
        if _EMPTY_LABEL.match(s.norm):  # a form's field left blank ("服务电话:") gives no way
            continue
        text = _unpriced(s.norm)
        if not text:
            continue
        text = _TICKETS_VIEWED.sub(" ", _TICKET_BY.sub(" ", _TRAINING.sub(" ", _VENDOR_REPLY.sub("", text))))
        if ticket_is_request:
            text = _BARE_TICKET.sub(" ", _TICKET_MADE_BY.sub(" ", text))
        text = _DESK_NUMBER.sub("phone ", _FAX_NUMBER.sub(" ", without_clauses(text, _NEGATION)))
        for pattern, kind in _CHANNELS:
            if kind in _WORK_MODES and _commitment(pattern, text, kind):
                continue
            if pattern.search(_named_ways(kind, text)) and all(k != kind for k, _, _ in kinds):
                kinds.append((kind, s, _details(pattern, kind, text)))
    if kinds:
        ctx.out.terms["support_channels"] = [{"kind": k, **details} for k, _, details in kinds]
        for i, (_, s, details) in enumerate(kinds):
            for key in ("kind", *details):
                ctx.record(f"support_channels[{i}].{key}", s)


# an e-mail address's own words name no other way ("support@portalnetworks.ca" is no portal, "help@ticketsoft.io" no
# ticket, "team@wechatsupport.cn" no chat): for the other kinds the address stands as the mailbox it is
_MAILBOX = _re(EMAIL_ADDRESS)


def _named_ways(kind: str, text: str) -> str:
    return text if kind == "email" else _MAILBOX.sub(" mailbox ", text)


def _details(pattern: re.Pattern[str], kind: str, text: str) -> dict[str, str]:
    """The channel's address and clock where its sentence states them."""
    details: dict[str, str] = {}
    address = _address(kind, text)
    if address:
        details["address"] = address
    clock = _clock(pattern, text)
    if clock:
        details["clock"] = clock
    return details


def _clock(pattern: re.Pattern[str], text: str) -> str | None:
    """When the channel is staffed: the clock of the clause that names it ("7×24小时服务热线", "邮件支持工作日
    9:00-18:00"), else the sentence's when it states one clock only."""
    for _, clause in clauses(text):
        if pattern.search(clause):
            found = row_clock([clause])
            if found:
                return found
            break
    whole = row_clock([text])
    both = whole == "24x7" and row_clock([text.replace(CLOCK_24X7, " ")]) == "business"
    return None if both else whole


def _address(kind: str, text: str) -> str | None:
    """The number, e-mail address or site the sentence gives for the channel (in the normalised text:
    full-width digits and punctuation as ASCII); a fax number was taken out before."""
    pattern = _ADDRESSES.get(kind)
    m = pattern.search(text) if pattern else None
    return m.group(0).strip() if m else None
