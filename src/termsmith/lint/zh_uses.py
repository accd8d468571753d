"""Chinese uses of a vague word that commit nobody, by construction (fifth Chinese round).

Called from :func:`termsmith.lint.uses._zh_not_commitment` once its own checks have passed.
Each check is a shape of sentence, found in held-out-7's first-run false alarms and
written to cover other wordings of the same shape:

- the customer's own option governs a manner or scope word (您可先充分閱讀以下說明), or a request
  to the customer a manner word (time words have their own rule in ``uses``); not an entitlement
  (用户可以通过热线获得快捷的支持), and not a discretion (客戶可提出要求(需視庫存情況而定));
- a need-condition whose consequent is a request to the reader (如有需要，請諮詢獨立顧問);
- a sanction for the customer's breach (如用戶違反…，本公司保留終止服務權利 · 禁止濫發廣告信，
  如有發現一律會不事先通知並直接刪除網站): a remedy, not one side changing the terms;
- a range stated in the clause of 而定 (5~10 個工作天(依銀行作業時間而定)): the range bounds it;
- a heading line that is only a service's name (``技術支援`` · ``1. 技術支援``);
- an open list closing the means of an act (以邮件、qq等网络通讯形式提供): how, not what;
- a comparative after 或 (TLS 1.2或更高版本): its baseline is named;
- what a policy applies to (本政策適用於…(含…等)).

Sixth round (lintzh6, held-out-9): a heading line (第四條 收費及付款 · 二、…定期维护保养 1、地点:…);
a periodic payment (定期付款 · 定期收取), not a periodic act; a time word in a sanction for the
customer's breach (違反規定之用戶本公司有權…立即關閉); requirements that are listed (滿足以下要求);
the customer's own decision (均由客戶自行決定); a bracketed record reference (…起算(以本公司系統紀錄為準)).

Seventh round (lintzh7, held-out-10): a numbered title alone on its line (一、基本义务); a list clause
spelling out what the clause before it excludes (本公司不負責承擔…附帶損害,包括但不限於…等等); the
customer's own judgment (客户根据自己的判断); and, the other way, an open list of the channels the
customer may use to reach the vendor is no customer option (客户可通过在线客服、邮箱等渠道提交问题).

Ninth round (lintzh9, held-out-12): a list clause spelling out a policy's scope (本政策適用於…,包括但不限於…)
or damage the customer caused (人为造成的产品损坏,包括…等 · 使用不當、疏忽…等行為); the customer reading,
accepting or leaving the agreement (应仔细阅读并充分理解本条例的全部条款 · 持續使用…表示您接受…TOS).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from termsmith import regex_cache
from termsmith.lint.bounds import ZH_HOURS
from termsmith.lint.matcher import Term
from termsmith.lint.prefilter import compile_with_first_pairs

# the customer asked or allowed to act (客户可… · 客戶得隨時…; not an entitlement: 客户可享受…, which
# the vendor promises); termsmith.lint.uses reads it for time words
REQUEST = (
    r"(?:请|請)(?<![申邀聘提呈敬][请請])(?!求|乙方|贵方|貴方|贵公司|貴公司|供应商|供應商|服务商|服務商|维修方|維修方)|"
    r"(?:您|客户|客戶|用户|用戶|顾客|顧客|买方|買方)(?:亦|也|均|都)?(?:可以|可(?!以)|能够|能夠|得(?![到出以益知悉]))"
    r"(?!享受|享有|获得|獲得|得到|收到|接受|免费|免費)"
)
_NEED_TERMS = frozenset({"如有需要", "必要时", "视需要"})
_SANCTIONED = frozenset({"保留…修改权利", "恕不另行通知"})  # one side's change, unless it punishes a breach
_BREACH = r"违反|違反|违约|違約|违规|違規|禁止|严禁|嚴禁|滥用|濫用|滥发|濫發"
_RANGE = r"\d\s*(?:[~～\-–—]|至|到)\s*\d"
_HEADING = r"[\s\d.、()（）一二三四五六七八九十#*-]*"
_ENTITLED = r"享受|享有|获得|獲得|得到|收到"  # …可以通过热线获得快捷的支持: what the vendor gives
_DEGREE = "较…（程度）"
# (lintsla) a degree word on the writer's attitude or on what a thing is worth to the reader grades no service:
# 我們的專家團隊非常樂意提供支援 · 我們都非常樂意傾聽 · 您的資料對您來說可能是非常寶貴的 (not 非常重视, which the
# corpus labels both ways, nor 非常专业/非常可靠, which grade the service)
_ATTITUDES = frozenset(
    ("乐意", "樂意", "宝贵", "寶貴", "荣幸", "榮幸", "高兴", "高興", "欢迎", "歡迎", "感谢", "感謝", "感激", "抱歉")
)
_COMPARED_WITH = r"(?<![对對无無])比(?![例如较較率重值])"  # 比 naming a baseline (not 比例 · 比如 · 比较 · 对比)
_HEADING_LONGEST = 24  # characters: a heading line is short
_MEANS = r"[^，。；,;]{0,4}?(?:形式|方式|方法|途径|途徑|手段)"
# sixth round (lintzh6)
_PAYMENT = ("付款", "付費", "付费", "收取", "收費", "收费", "费用", "費用", "缴", "繳", "扣款", "支付")
_ENUMERATED = ("以下", "下列", "如下")  # 您必須滿足以下要求: the requirements are listed
_HEADING_LINE = (
    r"\s*(?:第[一二三四五六七八九十百\d]{1,4}[条條章节節]\s*[^，。；,;：:\s]{0,10}\s*$"  # 第四條 收費及付款
    r"|[一二三四五六七八九十]{1,3}[、.]\s*[^，。；,;：:\s]{1,16}\s+\d{1,2}[、.])"  # 二、…定期维护保养 1、地点:…
)
# a numbered title alone on its line, for a manner or scope word in it (一、基本义务; not 三.以下情况
# 酌情收费, a charge stated as a title; lintzh7)
_TITLE_LINE = r"\s*[一二三四五六七八九十]{1,3}[、.]\s*[^，。；,;：:、\s]{1,10}\s*$"
_CUSTOMER = r"客户|客戶|甲方|您|用户|用戶|使用者|消费者|消費者|买方|買方|顾客|顧客"
_OPEN_BRACKET = "(（"
_DEFINED_AS = ("下称", "下稱", "以下简称", "以下簡稱", "简称", "簡稱", "以下称", "以下稱")
_OPEN_BRACKET_WORDS = tuple(b + w for b in "(（" for w in _DEFINED_AS)  # (下称「档案」)
_DEFINED_FIRST = frozenset(" (（")  # what follows the list when it names a defined term (the caller's first test)
# seventh round (lintzh7)
CUSTOMERS = ("客户", "客戶", "您", "用户", "用戶", "顾客", "顧客", "使用者", "买方", "買方")
STEPS = ("后", "後", "经", "經", "待", "审核", "審核", "确认", "確認")  # a step of the vendor's follows
_CHANNEL_VIA = ("通过", "通過", "透过", "透過", "经由", "經由")
_CHANNELS = ("渠道", "方式", "途径", "途徑", "管道", "形式", "平台")
# an exclusion of liability or scope; a list clause after it (…附帶損害,包括但不限於資訊遺失…等等)
# spells out what is excluded
_EXCLUSION: tuple[str, ...] = ("不负责", "不負責", "不承担", "不承擔", "不包括", "不包含", "不保修", "不予")
_EXCLUSION = (*_EXCLUSION, "除外", "免责", "免責", "概不")
_IMPACT = frozenset({"影响", "影響", "波及"})
_LIST_OPENERS = ("包括", "包含")  # (例如, 比如 … mark examples: termsmith.lint.uses reads those)
# one side decides alone: the customer's own decision or judgment is no term left to the vendor
# (均由客戶自行決定 · 客户可根据自己的判断选择; lintzh7 adds the judgments)
_OWN_CHOICE = frozenset(
    {
        "自行决定",
        "自己的判断",
        "自行判断",
        *(
            v + "其" + j
            for v in ("根据", "依据", "依", "按", "凭")
            for j in ("判断", "自己的判断", "自身的判断", "单方判断")
        ),
    }
)
# eighth round (lintzh8, held-out-11): a time word in a sanction on the customer's account (本公司可以即時
# 暫停…之戶口 · 將立即刪除使用帳號) or in the customer's payment as the agreement fixes it (甲方應按照本合同
# 約定的付款方式及時向乙方支付)
_SANCTION_VERBS = (
    *("暂停", "暫停", "终止", "終止", "删除", "刪除", "关闭", "關閉", "停止", "中止"),
    *("冻结", "凍結", "注销", "註銷", "停用"),
)
_DISCOVERED = ("发现", "發現", "怀疑", "懷疑", "切勿", "不得")
_ACCOUNTS = ("账号", "帳號", "帐号", "账户", "帳戶", "帐户", "戶口", "户口")
# the agreement's terms referred to (按照本合同約定 · 根據契約條款)
_PER_AGREEMENT = r"(?:按照|根据|根據|依照|依据|依據|遵照)[^，。；,;]{0,4}?(?:合同|契约|契約|合約|协议|協議|条款|條款)"
_PAYS = ("支付", "付款", "付清", "缴付", "繳付", "缴纳", "繳納", "交纳", "交納", "缴交", "繳交", "缴清", "繳清")
_PAY_CHARS = ("付", "缴", "繳", "交", "退", "返")  # one of them opens or is in every verb of _PAYS and _REFUNDS
# (lintzh15) a refund of money, timed "timely" (乙方应及时退还保证金 · 及時向甲方退還押金): a payment too, by the third set
_REFUNDS = r"(?:退还|退還|返还|返還|退回)[^，。；,;]{0,6}?(?:金|款|费|費)|退款|退费|退費"  # compiled in _any_of
# how much, between the time word and the payment (甲方应按照合同约定及时足额向乙方缴纳…; lead, held-out-12)
_IN_FULL = ("足额", "足額", "全额", "全額", "如数", "如數", "全数", "全數")
_ADVERBS_JOINED = ("、", "和", "与", "與", "并", "並", "且")  # 及时、足额 · 及時並全額: coordinated with how much
_TIMELY = frozenset({"及时", "即时"})  # "timely" payment: by its due date (lintzh14)
_TO_VENDOR = ("向乙方", "给乙方", "給乙方", "向本公司", "向我公司", "向供应商", "向供應商")
_TO_ANYONE = ("向", "给", "給")  # (lintzh15) timely payment is clean whoever is paid
_VENDORS = ("乙方", "本公司", "我公司", "我司", "我们", "我們", "供应商", "供應商", "服务商", "服務商")
_EXAMPLE_OPENERS = ("如", "例如", "比如", "譬如")  # examples one to a clause (如疑难解答,操作指导,…等)
_EXAMPLE_ITEM = 10  # characters
_NOT_EXAMPLE = frozenset("果有需遇因实實期下何若此同意上前约約")  # as termsmith.lint.uses._EXAMPLE_IN_BRACKETS
_HEADING_OPENERS = "第一二三四五六七八九十"
_HEADING_FIRST = frozenset(_HEADING_OPENERS)  # a heading line opens with one of these, after spaces
# ninth round (lintzh9, held-out-12): the customer reading and accepting the agreement (应仔细阅读并充分
# 理解本条例的全部条款 · 以全面了解我們的條款 · 若…有异议,应立即停止使用 · 持續使用我們的服務表示您接受…TOS)
_UNDERSTANDS = ("理解", "了解", "瞭解", "阅读", "閱讀", "审阅", "審閱")
_USES = ("使用", "停止使用")
_TERMS = ("条款", "條款", "条例", "條例", "协议", "協議", "TOS", "合同", "合約", "契约", "契約")  # (合同…: lintsla)
_ACCEPTS = ("异议", "異議", "同意", "接受")
# a list spelling out what the clause before it names: the scope a policy applies to (本政策適用於…,包括但
# 不限於…等), or damage the customer caused (人为造成的产品损坏,包括…等; 使用不當、疏忽、…等行為)
_APPLIES = ("适用于", "適用於", "适用於")
# misconduct listed (金錢詐騙、身份冒用等 · 盜用及其它所有相關侵權之情形), not what the vendor guards against
_MISCONDUCT = ("诈骗", "詐騙", "欺诈", "欺詐", "盗用", "盜用", "冒用", "盗版", "盜版", "侵权", "侵權")
_GUARDS = ("防", "预防", "預防", "打击", "打擊", "处理", "處理", "避免")
_FAULT = ("人为", "人為", "使用不当", "使用不當", "不当使用", "不當使用", "疏忽", "误用", "誤用")


@cache
def _any_of() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """One search for any of the paying verbs' characters, of the misconduct words, of the fault words (not a find
    or an ``in`` per word), and the refunds; compiled when a Chinese word is first checked, not at import (cold
    start)."""
    return (
        regex_cache.compile("[" + "".join(_PAY_CHARS) + "]"),
        regex_cache.compile("|".join(_MISCONDUCT)),
        regex_cache.compile("|".join(_FAULT)),
        regex_cache.compile(_REFUNDS),
    )


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled when a Chinese term is first checked; each behind a test of its first characters."""
    return tuple(
        compile_with_first_pairs(p)
        for p in (
            *(REQUEST, _BREACH, _RANGE, _HEADING, _MEANS, _ENTITLED, _HEADING_LINE, _CUSTOMER, _TITLE_LINE),
            _PER_AGREEMENT,
        )
    )


def not_commitment(
    text: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """The word at ``span`` names no commitment by one of the shapes in the module doc. Most
    words are time words and discretions, checked by name first (one set lookup) before any
    pattern runs."""
    family = term.family
    lo = sentence[0]
    if (
        sentence[1] - lo <= _HEADING_LONGEST * 2
        and (text[lo] in _HEADING_FIRST or text[lo].isspace())  # most sentences: one character, no call
        and _heading_line(text, span[1], sentence)
    ):
        return True  # 第四條 收費及付款 · 二、电脑及网络定期维护保养 1、地点:… (a heading run into its item)
    if text.find("重", lo, lo + 12) >= 0 and _severity_definition(text, sentence):
        return True  # 严重性 C：较低的业务影响性 · 严重级别 B –中等影响…: a severity level defined, not a term
    if family == "VQ" or family == "VS":
        return _manner_or_scope(text, term, span, clause, sentence)
    if family == "VD":
        return _discretion(text, term.term, span[0], clause, sentence)
    if family == "VT":
        if term.bound == "zh-hours":
            return not _service_window(text, span, clause, sentence) or _hours_stated(text)
        return _timing(text, term.term, span, clause, sentence)
    return False


# (lint24Z) a severity level's definition: the level's label, its grade and a separator open the line (严重性 C：较低的
# 业务影响性 · 严重级别 B –中等影响 中等业务影响 客户的业务有服务的持续丢失…): it says which issues are of that level, as
# English severity descriptions (uses._EN_SEVERITY) do; a vendor bound in it (严重性 A：我们将尽快响应) still promises
_SEVERITY_LABEL = (
    r"[\s\d.、()（）]*(?:严重性|嚴重性|严重级别|嚴重級別|严重度|嚴重度|严重等级|嚴重等級|严重程度|嚴重程度)"
    r"\s*[A-Da-d1-5一二三四五]\s*[:：–—-]"
)
_SEVERITY_BINDS = r"[将將]|承诺|承諾|保证|保證|负责|負責|确保|確保|[应應]当|[应應](?![用对對答付变變])|必须|必須"


@cache
def _severity_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled when a line first holds 重 near its start (not at import: cold start)."""
    return compile_with_first_pairs(_SEVERITY_LABEL), compile_with_first_pairs(_SEVERITY_BINDS)


def _severity_definition(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence defines a severity level under its label, and binds nobody."""
    label, binds = _severity_patterns()
    m = label.match(text, sentence[0], sentence[1])
    return m is not None and binds.search(text, m.end(), sentence[1]) is None


_USUAL = ("正常", "一般", "标准", "標準", "平常", "通常", "日常")
# twelfth round (lintzh12, held-out-14): business hours naming a plan (營業時間計畫由…主導) are no window anyone
# works in; nor, heading a line of a tier list, are they the tier's grade of response (基礎支援: 工作時間電子郵件支援 ·
# Professional: 工作時間優先回應 · 工作時間優先支援 - …), which a tier table states hours for. An adverbial (…時間内 ·
# 上班時間提供…), or the hours set against those outside them (工作时间…,非工作时间…), stays a window, and so does a
# bare line with no tier label (工作时间电话支持)
_PLAN_NAMES = ("计划", "計畫", "計劃", "方案", "套餐", "专案", "專案")
_IN_HOURS = ("内", "內", "期间", "期間", "段", "中", "里", "裡")
_WINDOW_VERBS = (
    *("提供", "透过", "透過", "通过", "通過", "经由", "經由", "回覆", "回复", "答复", "答覆", "解答"),
    *("响应", "響應", "回应", "回應", "处理", "處理", "受理", "接听", "接聽", "安排", "派", "到场", "到場"),
    *("上门", "上門", "值班", "进行", "進行", "开放", "開放", "联系", "聯繫", "联络", "聯絡", "为", "為"),
)
_OUTSIDE = ("非", "以外", "之外")  # 工作时间…,非工作时间…: two windows set against each other
_TIER_GRADES = ("优先", "優先", "标准", "標準")  # 工作時間優先回應: a tier's grade of response
_TIER_LABEL = 16  # characters: a tier's label before its colon (基礎支援: · Professional:)


def _service_window(text: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Business hours named as the window of a service: "normal" hours (正常工作时间支持 · 一般辦公時間內), or the
    hours heading their clause (上班時間提供電話技術支援 · 工作时间运维响应时间在2小时以内), or the vendor acting in them
    (乙方在工作时间内提供电话支持). Not the customer's act in passing (甲方人员在工作时间内…提出的问题: the clock of a
    reply the agreement measures, in its defined 工作时间), not a plan's name (營業時間計畫), and not a tier's grade
    of response heading a line of a tier list (基礎支援: 工作時間電子郵件支援 · 工作時間優先回應)."""
    start, end = span
    if text.startswith(_PLAN_NAMES, end):
        return False  # 營業時間計畫由Adobe客戶支援團隊主導: a program's name
    if text[max(clause[0], start - 2) : start] in _USUAL:
        return True
    before = text[clause[0] : start]
    # or the vendor's own act in them (乙方在工作时间内提供电话支持 · 本公司於辦公時間內回覆)
    if any(v in before for v in _VENDORS):
        return True
    if before.strip(" \t•·-—*0123456789.、()（）:："):
        return False
    # heading their clause: a window as an adverbial of the act after them, or set against the hours outside them;
    # a tier's grade of response otherwise, when the line is a tier's (a label before it, or a grade after it)
    if text.startswith((*_IN_HOURS, *_WINDOW_VERBS), end) or any(
        text.find(w, sentence[0], sentence[1]) >= 0 for w in _OUTSIDE
    ):
        return True
    return not (text.startswith(_TIER_GRADES, end) or _tier_label(text, start, sentence[0]))


def _tier_label(text: str, start: int, lo: int) -> bool:
    """A short label ending in a colon opens the line before the word (基礎支援: · Professional:)."""
    head = text[lo:start].rstrip()
    return head[-1:] in (":", "：") and 1 < len(head) <= _TIER_LABEL and not any(c in head for c in "，,；;。")


# twelfth round (lintzh12): a lead-in, ending in a colon, that announces the list spelling out what the word leaves
# open: the terms it is done by (依下列一種或多種方式收費: · 按照以下标准提供服务,确保IT系统稳定运行:), or the items of
# an open list it names (提交如下的报告、记录等文档资料:). Not a list the word keeps open (包括但不限于以下:), an effort
# (应在以下时间范围内尽…合理的努力:), nor a word before the announcement (…第一時間回應…,分為三個層級如下:)
_BELOW = ("以下", "下列", "如下", "下述")
_BY_TERMS = ("按照", "依照", "依据", "依據", "根据", "根據", "遵照", "依", "按")
_TERMS_NOUNS = ("标准", "標準", "方式", "要求", "规定", "規定", "程序", "流程", "办法", "辦法")
_CLAUSE_MARKS = "，,；;。"


def spelled_out_below(text: str, term: Term, start: int, lo: int) -> bool:
    """The sentence at ``lo`` ends in a colon (the caller's test) and announces, before the word at ``start``,
    the list that spells the word out: the terms it follows, or the items of the open list it names."""
    if term.family == "VE" or "不限" in term.term:
        return False
    for marker in _BELOW:
        at = text.find(marker, lo, start)
        if at < 0:
            continue
        head = text[max(lo, at - 3) : at]
        if head.endswith(_BY_TERMS) and any(text.find(n, at + 2, min(start, at + 12)) >= 0 for n in _TERMS_NOUNS):
            return True  # by the terms listed below
        if term.bound == "count" and not any(c in text[at:start] for c in _CLAUSE_MARKS):
            return True  # the open list is the object the lead-in announces
    return False


@lru_cache(maxsize=1)
def _hours_stated(text: str) -> bool:
    """The text (a whole document, when one is linted) states its business hours somewhere: a sentence that
    only says 工作时间 relies on them (正常营业时间内…48小时内回应 after 2.3 “正常工作时间”是指…5 点至晚上 7 点).
    Once per text, however many times it names its hours."""
    return _hours_pattern().search(text) is not None


@cache
def _hours_pattern() -> re.Pattern[str]:
    return regex_cache.compile(ZH_HOURS, re.IGNORECASE)


def _heading_line(text: str, end: int, sentence: tuple[int, int]) -> bool:
    """The word stands in a heading line: 第N條 and a short title alone, or a numbered title with the
    first item of its list run into it (the word before the item's number)."""
    first = text[sentence[0] : sentence[0] + 4].lstrip()[:1]
    if not first or first not in _HEADING_OPENERS:
        return False  # most sentences: one slice, no pattern
    m = _patterns()[6].match(text, sentence[0], sentence[1])
    return m is not None and end <= m.end()


def _timing(text: str, name: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    start, end = span
    if text.startswith(_USES, end) and _accepts_terms(text, sentence, _ACCEPTS):
        return True  # 有异议,应立即停止使用 · 持續使用我們的服務表示您接受…TOS: the agreement's acceptance
    if name == "定期" and text.startswith(_PAYMENT, end):
        return True  # 定期付款 · 定期收取 · 定期費用: a kind of payment, its schedule is the billing's
    if (
        text.startswith(_SANCTION_VERBS, end)
        and any(text.find(a, end, clause[1]) >= 0 for a in _ACCOUNTS)
        and _sanctioned(text, sentence[0], start)
    ):
        return True  # 本公司可以即時暫停…客戶之戶口 · 一經發現,將立即刪除使用帳號: a sanction on the customer's account
    if _any_of()[0].search(text, end, end + 8) is not None and _payment_timed(text, name, span, clause, sentence):
        return True  # 甲方應按照本合同約定的付款方式及時向乙方支付 · 顧客需即時全數繳清: a payment's due date times it
    # a sanction for the customer's breach (違反規定之用戶本公司有權…立即關閉): a remedy, not a timing promise
    # (two plain finds first: most time words have no right before them)
    if text.find("有权", sentence[0], start) < 0 and text.find("有權", sentence[0], start) < 0:
        return False
    return _patterns()[1].search(text, sentence[0], start) is not None


def _sanctioned(text: str, lo: int, start: int) -> bool:
    """A breach, or its discovery or suspicion, named before the word: what follows punishes it (not
    账号被盗时,乙方应立即冻结该账号, a protective step the vendor owes)."""
    return _patterns()[1].search(text, lo, start) is not None or any(text.find(w, lo, start) >= 0 for w in _DISCOVERED)


def _payment_timed(
    text: str, name: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """The time word times a payment: a verb of paying after it (at most how much and a 向乙方 between).
    "Timely" (及时/即时) payment is payment by its due date, which the fee terms fix (the corpus guide's
    session-7 decision: "timely payment" is clean, as 按时支付; lintzh14: 乙方应按照协商的价格和支付方式,及时足额支付
    服务器托管费用 · 工作完成後顧客需即時全數繳清服務及工程費用), whoever pays whom (the third set, session 8;
    lintzh15: 乙方应及时向甲方缴纳保证金). Another time word (立即支付, 尽快付款) times it
    only as the agreement's own terms fix it: a customer the nearest party named before it, and a reference to
    the agreement's terms in between (甲方应按照合同约定…向乙方缴纳…费用)."""
    end = span[1]
    # 及时足额向乙方缴纳 · 及时、足额支付 (the two adverbs coordinated, lint24Z): how much is paid, then to whom
    joined = end + 1 if text.startswith(_ADVERBS_JOINED, end) else end
    full = next((len(w) for w in _IN_FULL if text.startswith(w, joined)), 0)
    end = joined + full if full else end
    after = text[end : min(end + 6, clause[1])]
    paid = min((i for i in (after.find(v) for v in _PAYS) if i >= 0), default=-1)
    if name in _TIMELY:  # whoever pays, to whomever (the guide's third set of decisions: 乙方应及时向甲方缴纳保证金)
        refund = _any_of()[3].search(text, end, min(end + 14, clause[1]))
        if refund is not None and refund.start() - end <= 5 and (paid < 0 or refund.start() - end < paid):
            paid = refund.start() - end
        return paid == 0 or (paid > 0 and after.startswith(_TO_ANYONE))
    if paid < 0:
        return False
    if paid and not after.startswith(_TO_VENDOR):
        return False
    before = text[sentence[0] : span[0]]
    customer = max(before.rfind(c) for c in (*CUSTOMERS, "甲方"))
    if customer < 0 or max(before.rfind(v) for v in _VENDORS) > customer:
        return False
    return _patterns()[9].search(text, sentence[0] + customer, span[0]) is not None


def _compares(text: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The degree word at ``span`` compares two things the sentence names, so it grades against a stated
    baseline, not on a scale nobody gave (lintsla): a baseline before it (TLS 1.2或更高版本 · 您比我们更专业 ·
    相較之下), a pick between stated quantities (以較長者為準, whichever is longer), or the side of a comparison
    already written out (正确定价低于错误定价…按照较低的定价). Not 更快的响应, nor 比例/比如."""
    start, end = span
    if start > 0 and (text.startswith("或更", start - 1) or text[start - 1] == "相"):
        return True  # TLS 1.2或更高版本 · 相較之下
    if text.startswith("者", end):
        return True  # 以較長者為準 · 两者中较高者
    if regex_cache.compile(_COMPARED_WITH).search(text, clause[0], start) is not None:
        return True  # 您比我们更专业
    grade = text[end - 1]
    return text.find(grade + "于", sentence[0], start) >= 0 or text.find(grade + "於", sentence[0], start) >= 0


def _manner_or_scope(
    text: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    patterns = _patterns()
    start, end = span
    m = patterns[0].search(text, clause[0], start)
    # a manner word under a request or an option (您可先充分閱讀); an open scope only under the
    # customer's option (a request to supply 相關程式 is a customer duty: the corpus labels it vague)
    if (
        m is not None
        and (term.family == "VQ" if text[m.start()] in "请請" else patterns[5].search(text, m.end(), end) is None)
        and not _channels_offered(text, term, m.end(), span)
    ):
        return True
    if (
        term.family == "VS"
        and text.rfind("包", sentence[0], start + 2) > sentence[0]
        and _in_exclusion_list(text, start, sentence)
    ):
        return True
    if (
        sentence[1] - sentence[0] <= _HEADING_LONGEST
        and text[sentence[0] : sentence[0] + 4].lstrip()[:1] in _HEADING_FIRST
        and patterns[8].match(text, sentence[0], sentence[1]) is not None
    ):
        return True  # 一、基本义务: a title
    if term.family == "VS" and text[end : end + 1] in _DEFINED_FIRST and _names_a_defined_term(text, end):
        return True  # 所有档案、文件、资料等(下称「档案」): the list defines a word, it promises nothing
    if term.bound == "count" and clause[0] > sentence[0] and _examples_run(text, clause, sentence):
        return True  # …提供支持,如疑难解答,操作指导,系统恢复等。: examples, one to a clause
    if term.family == "VS" and term.bound == "count" and _names_fault(text, clause[0], start):
        return True  # 使用不當、疏忽、火災、電擊等行為: what the customer's damage was, not a promise
    if term.family == "VS" and text[end : end + 1] in ")）" and _force_majeure_examples(text, start, sentence[0]):
        return True  # 因不可抗拒力造成损坏的(雷击、雨淋等): what the force majeure was, not a promise
    if term.family == "VQ":
        if text.startswith(_UNDERSTANDS, end) and _accepts_terms(text, (end, clause[1]), ()):
            return True  # 应仔细阅读并充分理解本条例的全部条款: the customer reads the agreement
        if start >= 2 and term.term == "大量" and text[start - 2 : start] in _IMPACT:
            return True  # 嚴重中斷情況,影響大量網站用戶: a severity level described by its impact
        found = text[start:end]
        if "下" in found and any(w in found for w in _ENUMERATED):  # (each of them holds 下)
            return True  # 您必須滿足以下要求: the requirements are the list that follows
        return term.term == _DEGREE and (
            _compares(text, span, clause, sentence) or text[end - 1 : end + 1] in _ATTITUDES
        )
    if patterns[1].search(text, clause[0], start) is not None:
        return True  # 如用戶違反服務使用規範(包括但不限於…): what counts as a breach
    if term.family == "VS" and _names_misconduct(text, clause[0], start):
        return True  # 詐騙行為 - 金錢詐騙、身份冒用等: what counts as misconduct, not a promise
    if text.find("用", clause[0], start) >= 0 and (  # (both spellings hold 用: one find rules most clauses out)
        text.find("适用于", clause[0], start) >= 0 or text.find("適用於", clause[0], start) >= 0
    ):
        return True  # 本政策適用於…(含主機租用、儲存空間等): what a policy applies to, not a promise
    if sentence[1] - sentence[0] <= _HEADING_LONGEST:
        h = patterns[3].match(text, sentence[0], start)
        if h is not None and h.end() == start and text[end : sentence[1]].strip() in ("", "服务", "服務"):
            return True  # a heading line: 1. 技術支援
    return (
        term.bound == "count"
        and text.find("以", clause[0], start) >= 0
        and patterns[4].match(text, end) is not None
        and text.find("提供", clause[0], start) < 0  # 提供电话、邮件等方式: what is offered
    )


def _names_a_defined_term(text: str, end: int) -> bool:
    """An open list closed by the bracket that names it as a defined term (…资料等(下称「档案」) ·
    …等（以下簡稱「服務」)): a definition, as "X" means … is in English."""
    at = end
    while at < len(text) and text[at] == " ":
        at += 1
    return text.startswith(_OPEN_BRACKET_WORDS, at)


def _examples_run(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The open list closes the sentence and ends a run of short clauses (each at most
    ``_EXAMPLE_ITEM`` characters) that opens with 如/例如/比如 after a comma: examples written one to a
    clause, as 如云服务、带宽等 (termsmith.lint.uses reads that one) writes them in one."""
    if text[clause[1] : sentence[1]].strip("。.；; \t\n"):
        return False  # the list does not close the sentence
    pos = clause[0] - 1
    while pos > sentence[0] and text[pos] in "，,":
        head = max(text.rfind(c, sentence[0], pos) for c in "，,；;：:") + 1
        if head <= sentence[0] or pos - head > _EXAMPLE_ITEM:
            return False
        if text.startswith(_EXAMPLE_OPENERS, head):
            return text[head + 1 : head + 2] not in _NOT_EXAMPLE  # (如果, 如有 … open a condition)
        pos = head - 1
    return False


def _accepts_terms(text: str, within: tuple[int, int], accepts: tuple[str, ...]) -> bool:
    """The agreement itself is named in ``within`` (本条例的全部条款 · 我們的條款 · …的TOS), and, when
    ``accepts`` is given, its acceptance or an objection to it (异议 · 接受): the customer reading,
    accepting or leaving the agreement, which promises nothing of the vendor."""
    lo, hi = within
    return any(text.find(t, lo, hi) >= 0 for t in _TERMS) and (
        not accepts or any(text.find(a, lo, hi) >= 0 for a in accepts)
    )


def _names_misconduct(text: str, lo: int, hi: int) -> bool:
    """Misconduct is named in ``text[lo:hi]`` (詐騙 · 冒用 · 盜用 · 侵權) and nothing there guards against it
    (not 乙方负责防范盗用等风险, a scope the vendor owes)."""
    if _any_of()[1].search(text, lo, hi) is None:
        return False  # most clauses: one search
    part = text[lo:hi]
    return not any(g in part for g in _GUARDS)


# force majeure, or its class of natural events, named before a bracket of examples (不可抗拒力…(雷击、雨淋等))
_FORCE_MAJEURE = ("不可抗力", "不可抗拒力", "不可抗拒", "自然灾害", "自然災害", "天灾", "天災")


def _force_majeure_examples(text: str, start: int, lo: int) -> bool:
    """The open list at ``start`` is a bracket of examples right after force majeure or natural disasters, or
    after the damage they caused (因不可抗拒力造成损坏的(雷击、雨淋等)): what the cause was, not a scope owed."""
    opened = max(text.rfind("(", lo, start), text.rfind("（", lo, start))
    if opened < 0 or max(text.rfind(")", opened, start), text.rfind("）", opened, start)) >= 0:
        return False
    before = text[max(lo, opened - 12) : opened].rstrip("的之")
    for caused in ("造成损坏", "造成損壞", ""):
        if before.endswith(caused) and before[: len(before) - len(caused)].endswith(_FORCE_MAJEURE):
            return True
    return False


def _names_fault(text: str, lo: int, hi: int) -> bool:
    """A damage cause the customer is answerable for is named in ``text[lo:hi]`` (人为造成 · 使用不當 ·
    疏忽), not negated (非人为损坏, damage the warranty covers)."""
    if _any_of()[2].search(text, lo, hi) is None:
        return False  # most clauses: one search, not a find per word
    for w in _FAULT:
        at = text.find(w, lo, hi)
        if at >= 0 and (at == 0 or text[at - 1] not in "非未"):
            return True
    return False


def _channels_offered(text: str, term: Term, after: int, span: tuple[int, int]) -> bool:
    """An open list of the channels the customer may use to reach the vendor (客户可通过官方网站在线客服、
    售后支持邮箱等渠道提交…): which channels the vendor keeps open is left open."""
    return (
        term.bound == "count"
        and text.startswith(_CHANNELS, span[1])
        and any(text.find(w, after, span[0]) >= 0 for w in _CHANNEL_VIA)
    )


def _in_exclusion_list(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """The word stands in a list (包括但不限於…, one or more clauses) that spells out what a clause
    before it excludes (本公司不負責承擔…附帶損害,包括但不限於資訊遺失,預期利益損失等等). The caller has
    found a 包 after the sentence's first character (one plain search, no call, for most words)."""
    opened = text.rfind("包", sentence[0], start + 2)  # (the word may open it: 包括但不限于)
    if text[opened - 1] not in "，,；; " or not text.startswith(_LIST_OPENERS, opened):
        return False
    before = text[sentence[0] : opened - 1]
    before = before[max(before.rfind(c) for c in "，,；;") + 1 :]  # the clause the list spells out
    if any(w in before for w in _APPLIES) or _names_fault(before, 0, len(before)):
        return True  # 本政策適用於…行為,包括但不限於… · 人为造成的产品损坏,包括烧芯片…等
    # (an exclusion in brackets, 正常使用现有功能(不包含新业务对应的开发),包括:…, is an aside)
    return any(w in before and not any(c in before[before.find(w) :] for c in ")）") for w in _EXCLUSION)


_JUDGED_BY = ("经", "經", "由", "如", "若", "被")
_JOINTLY = ("双方", "雙方", "共同")


_NOT_A_JUDGE = regex_cache.compile(
    r"判定|判断|判斷|认定|認定|鉴定|鑑定|鑒定|确认|確認|检测|檢測|检查|檢查|后|後|若|如|再|并|並|\s"
)


def _judged_by_one_side(text: str, start: int, clause: tuple[int, int]) -> bool:
    """Someone is named as the judge before the judgment word (經技術員判斷為 · 如維修商判定為 · 经乙方认定为 ·
    經工程師檢測後若判定屬於), and not both parties together (经双方确认为): then what is covered is that side's
    call. A bare 经检测确认为 names no one (the guide's decision is about a party's judgment)."""
    before = text[clause[0] : start]
    at = min((i for i in (before.find(w) for w in _JUDGED_BY) if i >= 0), default=-1)
    if at < 0 or any(w in before for w in _JOINTLY):
        return False
    return len(_NOT_A_JUDGE.sub("", before[at + 1 :])) >= 2


# (lintsla) a right reserved to end or suspend the customer's account or membership on a condition the sentence names
# (若您使用虛偽不正之方式進行「儲值」,龍邑科技保留隨時終止您會員資格…之權利 · 我們保留在以下情況下暫停或終止帳戶的
# 權利:) is a sanction, as a breach named before it is; a right to end the service itself (保留隨時修改、暫停或終止本服務
# 的權利) or one reserved with no condition stays one side's change
_ENDS_ACCOUNT = r"(?:终止|終止|暂停|暫停|停用|冻结|凍結)[^，。；,;]{0,8}?(?:账号|帳號|帐号|账户|帳戶|帐户|會員資格|会员资格|會籍|会籍)"
_ON_CONDITION = r"若|如果|倘若|假如|(?<![例比])如(?![下何])|當|当(?![地天日时時前])|以下情[况況]|下列"


def _account_ended_on_condition(text: str, start: int, sentence: tuple[int, int]) -> bool:
    end = sentence[1]
    return (
        regex_cache.compile(_ENDS_ACCOUNT).search(text, start, end) is not None
        and regex_cache.compile(_ON_CONDITION).search(text, sentence[0], end) is not None
    )


def _discretion(text: str, name: str, start: int, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    if name in _NEED_TERMS:
        return text[clause[1] : clause[1] + 3].lstrip("，,；; ").startswith(("请", "請"))  # 如有需要，請諮詢…
    if name in _SANCTIONED:
        return (
            _patterns()[1].search(text, sentence[0], sentence[1]) is not None  # a remedy for the customer's breach
            or text.find("否则", sentence[0], start) >= 0  # (lintsla) …內取回該產品,否則本公司將自行處理而不作通知
            or text.find("否則", sentence[0], start) >= 0
            or (name == "保留…修改权利" and _account_ended_on_condition(text, start, sentence))
        )
    if name == "视…而定":
        return _patterns()[2].search(text, clause[0], start) is not None  # 5~10 個工作天(依銀行作業時間而定)
    if name in _OWN_CHOICE:
        return _patterns()[7].search(text, sentence[0], start) is not None  # 均由客戶自行決定: the customer's choice
    if name == "判定为…（保修）":
        return not _judged_by_one_side(text, start, clause)
    if name == "判定为准" and text.startswith("以", start):
        # 自服務開通日起算(以本公司系統紀錄為準): a bracketed reference for a date, not a discretion
        opened = max(text.rfind(b, clause[0], start) for b in _OPEN_BRACKET)
        return opened >= 0 and max(text.rfind(b, opened, start) for b in ")）") < 0
    return False
