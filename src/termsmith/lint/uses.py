"""Is a vague word used as a commitment, or only present?

A vague word is not a commitment when it sits in:

- the definition of a defined term (“维护服务”是指… · "Incident" means… ·
  "Planned Maintenance" - …) or a recital (…达成如下协议 · 特签订本合同);
- a Markdown heading, or a label before a colon (技术支持：乙方提供…);
- a quotation (避免使用“基础维护”等模糊词汇), or an example list after 例如 / 比如 /
  such as / e.g., or after 如 inside brackets (客户须提供必要素材（如LOGO、文案、图片等）);
- a negation, exclusion or failure condition (不另收费 · 不包括… · 无法立即… ·
  若我方未能按时处理 · No reasonable workaround is available · subject to timely
  payment · if requested and reasonably required);
- a term of art: a time word in a termination clause (terminate immediately),
  a capitalised defined term mid-sentence (Technical Support requests), a
  service name used as the name of a team, line or fee (技术支持团队,
  技術支持工程師, technical support hotline), 经双方协商 as the recital of how
  the agreement came about, 相关资料 after a noun (支付相关资料: the noun says which).

Chinese text has a few more (:func:`_zh_not_commitment`): a purpose phrase
(…，以确保系统正常运行 · 为保障网站正常使用，…), a prohibition (不得…等) or
"without affecting" (在不影响网站美观…的情况下), the subject of an exclusion
(外壳、配件等易损品不在免费更换项目内), a question, a list of
cited documents or template blanks closed by 等 (《民法典》、《网络安全法》等 ·
[功能1]、[功能2]、……等), a description of what a party has rather than what it
promises (公司有着强大专业的技术队伍, with no 应/须/保证… in the sentence), and
技术支持 named in passing rather than promised as the whole service: coordinated
with other items (提供系统软件升级和技术支持 · 设定、管理、维护或技术支援) or
followed by more of its noun phrase (技术支持服务适用于…). Only 技术支持 standing
alone at the end of its clause is the open scope (乙方负责技术支持。). A degree
word (相对稳定) in a condition (如果用户业务相对稳定，…) grades a state. What the
writer says it believes or values is a recital (我們了解到,… · Microsoft 了解…是
雲端服務的重點優勢 · …才是公司得以成长的关键).

These checks run only for sentences that hold a vague word: the markers they
need (clause separators, quotes, brackets, example, negation and termination
words) are found in one scan per sentence (:func:`sentence_marks`), then looked
up per word.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache
from termsmith.lint import evaluative, zh_lists, zh_uses
from termsmith.lint.context import en_no_commitment_context
from termsmith.lint.en_forms import en_form_not_commitment, en_main_clause_start
from termsmith.lint.en_negation_scope import en_after_noun_negation
from termsmith.lint.lexicon.terms import EN_PROMISE_ONLY, EN_PROMISE_ONLY_CLASSES, EN_UNNEGATED, ZH_COMMITTED_ONLY
from termsmith.lint.matcher import Term
from termsmith.lint.positions import line_start
from termsmith.lint.prefilter import compile_with_first_pairs

_DEFINITION = (
    r"[\s\d.\\()（）a-z*#\-•·]*[\"“「『'‘][^\"”」』'’]{1,60}[\"”」』'’]\**\s*(?:\([^)]{0,30}\)\s*)?"
    r"(?:means|shall mean|refers to|has the meaning|is defined as|[-–—:：]|是指|系指|指)"
    r"|.{0,12}所称\s*[\"“「][^\"”」]{1,30}[\"”」]\s*(?:是指|系指|指)"
    r"|[\s\d.()]*[a-z][a-z\- ]{0,60}\s(?:has|shall have) the meaning"
    r"|[\s\d.()]*[^，。；：:\s“「\"]{1,20}(?:\s*[(（][^)）]{1,12}[)）])?\s*[:：]\s*(?:是指|系指|指)"
    r"|[\s\d.()]*(?:本(?:合同|协议|協議|合約)所称)?[^，。；：:“「\"]{1,20}[,，]?\s*(?:是指|系指)"
    # a short term, unquoted, then a bare 指 that opens a cause, an agent or a scope (網絡故障指因甲方網絡
    # 設備…等原因導致的…情況; lintzh7): not 指派, 指定 …, which are verbs of the party before them
    r"|[\s\d.()]*[^，。；：:“「\"\s,]{2,12}指(?:因|由于|由於|在|的是)"
    r"|[\s\d.()]*[\"“「][^\"”」]{1,20}[\"”」]\s*(?:包括|包含)"
    # a short term, unquoted, then (被)界定為/定义为 (濫發電郵被界定為…; lintzh8): not a bracketed
    # definition inside a clause (严重故障(定义为…):服务响应时间不超过15分钟), which only glosses a name
    r"|[\s\d.]*[^，。；：:“「\"\s,()（）]{2,12}(?:界定|定义|定義)(?:为|為)"
)
# What every definition above holds, whichever branch matches: an opening quote (the
# quoted branches), 指 (是指, 系指, 指) or "the meaning" (has/shall have the meaning). A
# sentence whose opening window has none of them cannot match _DEFINITION, so one quick
# search spares the branches' backtracking over most sentences (tests/lint/test_prefilter.py
# checks this premise on every branch and on the corpora). One literal per branch, not a
# class: a choice of literals lets the engine skip to the next of their first characters.
_DEFINITION_NEEDS = r"\"|“|「|『|'|‘|指|the meaning|界定|定义为|定義為"
_RECITAL = (
    r"鉴于|鑑於|达成如下|達成如下|达成以下|達成以下|达成一致|達成一致|特签订|特簽訂|特订立|特訂立|特制定|特制訂|特订定|特訂定|订立本|訂立本|签订本|簽訂本|以资共同遵守|以資共同遵守|"
    # (特制定本政策 · 特訂定本辦法: a policy's preamble says why it was made, as 特签订本合同 does; lintzh9)
    # a supplementary agreement's preamble names the contract it supplements (就…合同订立补充协议; not 可另行洽談並
    # 簽訂補充協議, a later agreement; lintzh10)
    r"就[^。]{1,40}?(?:订立|訂立|签订|簽訂)(?:补充|補充)(?:协议|協議)|"
    # the parties' agreement reached "on the basis of…", and the agreement's own purpose as to the
    # parties' rights (本协议旨在明确双方…的权利与义务; not 本协议旨在明确乙方提供专业维护服务)
    r"(?:基础上|基礎上)[^。]{0,16}?(?:协商一致|協商一致|友好协商|友好協商)|"
    r"本[^，。；,;]{0,4}?(?:协议|協議|合同|合約|条款|條款|政策|承诺书|承諾書|规定|規定|办法|辦法|细则|細則|手册|手冊)"
    r"(?:旨在|为了?|為了?)(?:规范|規範|明确|明確)[^。]{0,40}?"
    r"(?:权利|權利|义务|義務|权责|權責|管理)"
)
_EXAMPLE = r"例如|比如|诸如|諸如|譬如|such as|e\.g\.|for example|for instance|examples?\b"
_EXAMPLE_IN_BRACKETS = r"如(?![果有需遇因实實期下何若此同意上前约約])"
_NEGATION = (
    r"不包括|不包含|不含|不属于|不屬於|不提供|不负责|不負責|不涉及|无法|無法|未能|不能|未|避免|缺乏|缺少|"
    r"\b(?:not|no|never|excluding|exclude[sd]?|except|unless|if(?! (?:any|applicable|so)\))|provided that|unable|fails? to|failure)\b"
)
# (linten9) English contracted negations negate English words only (we cannot always guarantee to resolve all
# issues): a Chinese word is never negated by them, whatever text the two scripts share
_EN_NEGATION = r"\b(?:cannot|(?:can|won|don|doesn|isn|aren)['’]t)\b"
_TERMINATION = r"终止|終止|解除|terminat|cancel"
_NAME_AFTER = (
    r"\s*(?:服务|服務)?(?:团队|團隊|人员|人員|部门|部門|部(?![署分件])|工程师|工程師|热线|熱線|电话|電話|中心|专线|專線|邮箱|郵箱|"
    r"费用|費用|费|費|渠道|小组|小組|team|staff|engineers?|hotline|portal|desk|cent(?:er|re)|requests?|fees?|line)"
)
_LABEL_AFTER = r"\s*(?:服务|服務|services?)?\s*[:：]"
_HEADING_AFTER = r"[^\s，。,;；]{0,4}\s*[:：]"  # 定期保养：…, a label at the start of a sentence
# 相关资料 after a verb or a particle (提供相关资料) is open; after a noun (支付相关资料)
# the noun says which data
_RELATED_OPEN = r"(?:提供|建立|准备|準備|整理|交付|提交|移交|保存|[的之及和与與、，,：:\s])$"
_CLAUSE_SEP = r"[，；;：]|,(?!\d)|:(?!\d)"  # as termsmith.lint.bounds
# Chinese only (see _zh_not_commitment): a purpose phrase runs from its marker to
# the end of its clause; a prohibition covers the rest of its clause; a party's
# attributes (有着…) are a description unless the sentence binds someone
_ZH_PURPOSE = (
    r"以(?:确保|確保|保证|保證|保障|便|利|维持|維持|维护|維護|免|防|期|求|促进|促進)|"
    # (not 為使用者提供…: for the user, Taiwan's word for 用户, where 为使 reads as "in order to make")
    r"为了|為了|为(?:保障|确保|保证|使(?!用者|用人|用方))|為(?:保障|確保|保證|使(?!用者|用人|用方))|旨在|宗旨|"
    # (lintsla) so that the customer can: …提供技术支持热线,方便用户可以及时联络到我们 · 便于客户随时查询
    r"(?:方便|便于|便於)(?=(?:用户|用戶|客户|客戶|您|甲方|顾客|顧客))"
)
_ZH_PROHIBITION = (
    r"不得|不准|不可(?!抗)|严禁|嚴禁|禁止|切勿|不影响|不影響|不收|不加收|免收|无须|無須|毋須|不需|不须|不須|不另|不再|不会|不會|"
    r"不对|不對|概不|"  # 不對任何間接損失…負責: the scan stops at the word, so 负责 cannot be required
    r"并非|並非"  # 並非完全由零開始開發之客製化系統: what the service is not (lintzh7)
)
# a negation reaches no further than the next coordinated verb phrase: 不收任何費用上門檢修並即時報價
_ZH_NEXT_VERB = r"并|並|且|同时|同時"
_ZH_BRACKET = r"[(（\[【〔﹝]"
_ZH_HAS = r"有着|有著|拥有|擁有|具有|具备|具備"
_ZH_BINDS = zh_lists.ZH_BINDS
# an exclusion whose subject holds the word: 外壳、配件等易损品不在免费更换项目内
_ZH_EXCLUDED_AFTER = (
    r"不在|不属于|不屬於|不包括|不包含|不含|除外|不予|不负责|不負責|均非|免责|免責|不超出|不超过|不超過|概不"
)
_ZH_LIST_CLOSERS = "》>….”」』〞〟"  # 等 after a cited title, a template's dots or a quotation (”…”等不明確的用詞)
_ZH_COORDINATION = "和及与與或、"
_ZH_SERVICE_SUFFIX = ("服务", "服務")
_ZH_LIST_INTRO = r"\s*(?:以下|如下|下列)\s*[:：]"
# a degree word (较…, 相对…) in a condition grades a state, it promises nothing:
# 如果用户业务相对稳定，…
_ZH_DEGREE = "较…（程度）"
_ZH_CONDITION = r"如果|假如|倘若|(?<![倘假])若(?!干)"
# (lint22C) a severity in a condition of occurrence grades which event triggers the term, it promises no quality:
# 若产品出现重大质量问题,可拨打… · 在试运行期间如出现重大问题,试运行期…重新计算; not 遇到重大技術問題 (no occurrence
# verb) nor 不出现重大故障 (what a party guarantees)
_ZH_SEVERITY = "重大"
_ZH_OCCURS_IF = (
    r"(?:如果|假如|倘若|(?<![倘假])若(?!干)|如(?![下此何]))[^，。；,;]{0,12}?(?<!不)(?:出现|出現|发生|發生)\s*$"
)
# advice or the purpose of a practice, not a commitment: 建議車輛…接受定期維修檢查 ·
# 定期巡检的目的在于…; advice reaches up to a clause with a party of its own
# (…，建议用户及时更换，本公司可继续提供有偿服务: the last clause is an offer); 建议 as a
# noun (意见建议, 優化建議, 提出…建议) is no advice. A service named in a condition:
# 如需要定期維修…，必須出示…
# (lint24Z) the vendor encouraging or recommending the customer to act is advice too: Adobe鼓勵客戶儘快升級 ·
# 我们推荐您尽快更新 (not 为您推荐更多相似商品, where the vendor does the recommending as a service)
_ZH_ADVICE = (
    r"(?<![的和与與及、见見出化议議何些])(?:建议|建議)(?![等和与與、。，,或及])|"
    r"(?:鼓励|鼓勵|推荐|推薦)(?=您|你|客户|客戶|用户|用戶|使用者|顾客|顧客|买家|買家)"
)
_ZH_ADVICE_CHARS = ("建", "鼓", "推")  # a plain find for one of them rules most sentences out
_ZH_AIM = r"的目的(?:在于|在於|是|為|为)|的目[标標](?:是|為|为)?\s*[:：]"  # …的目標: a goal stated, not a term
_ZH_THANKS = ("感谢", "感謝", "谢谢", "謝謝")  # a courtesy (lintzh8)
# what the writer believes or values (lintzh13, held-out-15: Microsoft 了解即時提供…技術支援是雲端服務的重點優勢 ·
# Microsoft 會辨識及時…的通訊對客戶很重要): a recital, no party bound. The verb opens its clause after a short
# subject (我們了解到,… · 本公司十分重視…), or the clause says the thing is what matters (…才是公司得以成长的关键)
_ZH_BELIEF = (
    r"(?:十分|非常|一直|始終|始终|深深)?"
    r"(?:了解到?|瞭解到?|辨識|辨识|深知|認為|认为|期待|期望|重視|重视|相信)"
)
_ZH_VALUED = r"(?:是|才是)[^，。；,;]{0,24}?(?:关键|關鍵|重點|重点|優勢|优势)|很重要|最重要"
# one search for either form first: most sentences have neither (a belief verb, or what "matters")
_ZH_BELIEF_ANY = r"了解|瞭解|辨識|辨识|深知|認為|认为|期待|期望|重視|重视|相信|关键|關鍵|重點|重点|優勢|优势|重要"
# the writer itself before the verb (Microsoft 會 · 本公司 · 我們): not the customer's belief (客戶…認為它是…), a
# verb with no subject (經現場了解 · 了解機器本身狀況) or a longer word (确认为)
_ZH_BELIEF_SUBJECT = r"(?:我們|我们|本公司|我公司|我司|[A-Z][A-Za-z0-9 .&-]{1,30}?)\s*(?:會|会)?\s*$"
# an aim stated (lintzh8): a motto after 宗旨是:, the clauses of aims that follow 旨在
_ZH_MOTTO = ("是:", "是：", "为:", "为：", "為:", "為：")
_ZH_AIM_VERBS = (
    *("保障", "提升", "提高", "确保", "確保", "保证", "保證", "促进", "促進", "实现", "實現", "维护", "維護"),
    *("满足", "滿足", "加强", "加強", "增强", "增強", "改善", "优化", "優化"),
)
_ZH_PARTY_CLAUSE = r"[，；,;]\s*(?:本公司|我公司|我们|我們|乙方|甲方|厂方|廠方|卖方|賣方)"
# the vendor named (公司 covers 本公司, 我公司)
_ZH_VENDOR = ("乙方", "公司", "我司", "我们", "我們", "厂方", "廠方", "卖方", "賣方", "服务商", "服務商")
_ZH_NEED_CONDITION = r"如需|如遇|如有需要|若需|若有需要"
# a request to the reader (请及时与我公司联系 · 完工後請即時付款) or the customer's own option
# (您可以隨時停止使用) before a time word in its clause: the customer's timing, not a vendor's promise
_ZH_REQUEST = zh_uses.REQUEST  # (…客戶得隨時加購: 得 as "may", lintzh5)
# classes counted only in a commitment: a binding word or a party in the sentence
# (lintclosure16) and the 得 complements of speed (处理得很快): a description of a machine (运行得很快) commits nobody
_ZH_COMMITTED_ONLY = frozenset({"…地（方式）", *ZH_COMMITTED_ONLY})
_ZH_PAID_SERVICE = "提供有偿服务"  # offered only after 提供 in its clause
# an open list of the causes of a damage (…操作、改造等引起的損壞 · 安装等所造成的故障): it says
# what caused something, not what is promised
# (lintsla) …and the cause or circumstance an open list spells out, named right before it: 不可抗力，包括但不限于… ·
# 基础运营商原因，包括但不限于… · …配置调整引起的,包括但不限于… · 该状况包括但不限于: what excuses or triggers a
# term, not what a party owes (这些手段包括但不限于 · 服务范围包括但不限于 stay open scopes)
_ZH_CAUSE_HEAD = (
    r"(?:原因|因素|状况|狀況|情况|情況|情形|事件|事由|不可抗力|不可抗拒力|引起的?|造成的?|导致的?|導致的?|所致)"
    r"\s*[，,：:]?\s*(?:(?:该|該|这些|這些|上述|前述)\s*(?:状况|狀況|情况|情況|情形|原因|事件))?\s*$"
)
_ZH_CAUSES = (
    r"[^，。；,;]{0,6}?(?:所)?(?:引起|造成|导致|導致|引致|所致)"
    # …等因素的影響 · …等原因 · 政府行為等不可預見、不可避免且不可克服的原因: the causes a disclaimer names
    # (lintzh8), and a loss the customer causes (口令、密码等丢失或泄漏引起的: the reach above is 6)
    r"|(?:之)?(?:因素|原因)|(?:不可预见|不可預見|不能预见|不能預見)"
)
# the customer reaching the vendor: 客户可随时致电… is the vendor's availability, not the customer's timing
_ZH_CONTACT = r"\s*(?:与|與|和|向|给|給)?[^，。；,;]{0,6}?(?:联系|聯繫|聯系|联络|聯絡|致电|致電|来电|來電|拨打|撥打|咨询|諮詢|报修|報修|求助)"
_ZH_PARTY = r"乙方|我方|我公司|本公司|我司|我们|我們|供应商|供應商|服务商|服務商|厂方|廠方|卖方|賣方|维修方|維修方"
_ZH_COMMITTED = f"{_ZH_BINDS}|{_ZH_PARTY}"  # a binding word or a party: the sentence commits someone
# one scan per sentence; group names: x example, n negation, u "subject to" (a
# condition, except for a price or a discretion: subject to its then-current rates), t termination,
# r 如 (an example only inside brackets), b/c bracket open/close, q/Q quote
# open/close (〝〞 too, lintzh8), a ASCII double quote, s clause separator
_MARKS = (
    f"(?P<x>{_EXAMPLE})|(?P<u>\\bsubject to\\b)|(?P<n>{_NEGATION})|(?P<N>{_EN_NEGATION})|(?P<t>{_TERMINATION})|(?P<r>{_EXAMPLE_IN_BRACKETS})|"
    r"(?P<b>[(\[（【〔])|(?P<c>[)\]）】〕])|(?P<q>[“「『〝])|(?P<Q>[”」』〞〟])|(?P<a>\")|"
    f"(?P<s>{_CLAUSE_SEP})"
)

# English only. A sentence that describes rather than commits: a purpose recital
# (This Policy describes… · is designed to… · The purpose of incident management
# is…), or a glossary entry without quotes (A monetary credit issued…, typically
# expressed as…: opens with an indefinite article and has no modal).
_EN_PURPOSE = (
    r"\b(?:this|the)\s+(?:[a-z+-]+\s+){0,3}?(?:policy|agreement|document|sla|plan|addendum|schedule|exhibit|terms|"
    r"section|appendix)\s+(?:\([^)]{0,60}\)\s+)?(?:describes|sets out|sets forth|outlines|defines|governs|explains|summari[sz]es)\b|"
    r"\b(?:designed|intended)\s+to\b|\bthe\s+(?:purpose|aim|goal|objective)\s+of\b|"
    r"\b(?:agreement|policy|plan|process|management|document|program|programme|section|sla|schedule|procedure)"
    r"\s+(?:aims|seeks|strives)\s+to\b"
)
_EN_PURPOSE_WORDS = (  # a cheap first test before _EN_PURPOSE
    r"describes|sets (?:out|forth)|outlines|defines|governs|explains|summari|designed|intended|purpose|"
    r"(?:aim|goal|objective) of|aims to|seeks to|strives to"
)
# (linten6) a modal as the first verb makes it a sentence, not an entry: A reduced rate can be negotiated for …
# (linten15) "should" is a duty too (A support case … should include all relevant information); and an item a party
# supplies is no glossary entry but one line of a list of what to send (a detailed description of the incident · a
# statement that the Licensed Product(s) operate substantially as described)
_EN_GLOSSARY = (
    r"[\s\d.()•·*-]*an?\s(?!.*\b(?:will|shall|must|should|agrees?|undertakes?|is required to|are required to)\b)"
    r"(?!(?:[a-z-]+\s+){1,4}(?:can|could|may|might)\b)"
    r"(?!(?:[a-z-]+\s+){0,2}(?:description|statement|summary|explanation)s?\b)"
)
# a line that opens with a severity level describes it: its quality words are not promises; a
# threshold word (material, materially) describing impact is a severity level's description too
_EN_SEVERITY = (
    r"[\s\d.()•·*-]*(?:sev(?:erity)?|priority|p|level|tier|s)\s*[-:]?\s*\d|"
    r"[\s\d.()•·*-]*(?:critical|urgent|high|medium|moderate|normal|low|minor|major|severe|cosmetic)\s*(?:[(:–—]|-(?![a-z]))"
)
_CJK = regex_cache.compile("[\u3000-\u9fff\uff00-\uffef]")  # a CJK character or full-width punctuation: not English
_EN_TYPOGRAPHY = dict.fromkeys(map(ord, "—–“”…•·"))  # deleted before the English-only test (dashes, quotes)
_EN_LINE = 600  # how far back a severity label at the start of the line is looked for
_EN_IMPACT = (
    r"\b(?:impact|impair|affect|degrad|disrupt|outage|inoperable|unusable|loss of|functionality|data loss|corrupt)"
)
# a quality word as the topic of advice or training (Guidance on … best practices)
_EN_TOPIC = (
    r"\b(?:guidance|advice|recommendations?|training|questions?|information|consult(?:ing|ation)|tips|education)"
    r"\s+(?:on|about|regarding|concerning|for|in)\b[^,;:]{0,80}$"
)
# a time word in the consequence of a termination (If you cancel…, all backups will be immediately deleted)
_EN_ON_TERMINATION = r"[\s\d.()•·*-]*(?:if|upon|on|after|following|in the event)\b[^.]{0,120}?(?:terminat|cancel|expir)"
# vague only inside a promise (see en_in_promise): evaluative words, the promise-only classes, words found by form
_EN_GATED = frozenset((*EN_PROMISE_ONLY, *EN_PROMISE_ONLY_CLASSES, evaluative.TERM))
# discretion stays discretion in a negated or conditional clause (will not include releases which Licensor determines…)
_EN_UNNEGATED = frozenset(
    {"… determines / deems", "determined by …", "deemed … by (one side)", "in its judgment", *EN_UNNEGATED}
)

# English only: an evaluative word (EN_EVALUATIVE: fast, optimized, proactive…) is vague only inside
# a promise — a clause with an obligation or promise marker (shall, will, must, agrees to,
# commits to, is responsible for, guarantees, includes, we + a present-tense service verb), with
# no permission or hedge modal between the marker and the word, or a line that offers a service
# with no finite verb at all (Fast cloud hosting and SSL certificate management.)
_EN_PROMISE = (
    r"\b(?:shall|will|must|agrees?\s+to|commits?\s+to|committed\s+to|dedicated\s+to|undertakes?\s+to|"
    r"guarantees?|guaranteed|ensures?|ensuring|warrants?|promises?|(?:is|are)\s+responsible\s+for|includes?|"
    r"included|provides?|offers?|delivers?|performs?|maintains?|keeps?|monitors?|handles?|responds?|resolves?|"
    r"entitles?|believe\s+in|takes?\s+(?:(?:great|particular|real|special)\s+)?pride\s+in|"
    # (lint23R) the vendor's commitment as a noun, and the standard it holds itself to: our unwavering commitment to
    # providing … · we hold ourselves to the highest standards
    r"commitments?\s+to|hold\s+(?:ourselves|itself|themselves)\s+to|"
    r"prides?\s+(?:ourselves|itself|themselves)\s+on|we\s+(?:\w+\s+)?(?:provide|offer|deliver|ensure|keep|maintain|monitor|handle|respond|fix|"
    r"resolve|perform|update|guarantee|make|use|take|work|give|aim|strive|try|are|do))\b|['’]ll\b"
)
_EN_HEDGE_MODAL = r"\b(?:can|could|may|might|should|would)\b"
_EN_FINITE = (
    r"\b(?:is|are|was|were|be|been|am|will|shall|must|may|might|can|could|should|would|has|have|had|do|does|did|"
    r"we|you|they|it|he|she|i)\b|['’](?:ll|re|s|ve|d)\b"
)
# legal formulas that are no vendor commitment: a remedy (reserves the right to suspend…), a
# disclaimer (not responsible for … beyond its reasonable control, including but not limited to…),
# a restriction (only used when necessary), the customer's own choice (you can … the appropriate
# priority; backups that can be restored at any time)
_EN_REMEDY = (
    r"\s+to\s+(?:[a-z]+\s+)?(?:suspend|terminate|condition|refuse|decline|withhold|require|cancel|disable|remove|"
    r"audit|recover|charge interest)\b(?![^.;]*\bor\s+(?:change|modify|amend|alter|revise)\b)"
)
_EN_DISCLAIMER = (
    r"\b(?:not|cannot|can['’]t|won['’]t)\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable)\b|\bno\s+liability\b|\bbeyond\s+(?:its|their|our|the)?\s*(?:[a-z]+['’]s?\s+)?"
    r"(?:reasonable\s+)?control\b|\bforce\s+majeure\b|\bdoes\s+not\s+(?:cover|include)\b"
)
_EN_ONLY = r"\bonly\s+(?:[a-z]+\s+){0,2}$"
# (linten18) an open list (including but not limited to · without limitation · etc.) after a negation or a
# "beyond / outside … control" in its sentence lists what an exclusion or a disclaimer leaves out, not what is
# promised (dxw will not … provide any service not specified …, including but not limited to: · Software that is
# not covered … (including, without limitation, …) · NEITHER … SHALL BE LIABLE …, INCLUDING WITHOUT LIMITATION …)
_EN_OPEN_LIST = frozenset(("not limited to", "without limitation", "including without limitation", "etc", "etc."))
_EN_NEGATED_LIST = regex_cache.compile(
    r"\b(?:not|neither|nor|never|no)\b|n['’]t\b|\b(?:outside|beyond)\s+(?:of\s+)?(?:[a-z]+(?:['’]s?)?\s+){0,3}control\b"
)
# (linten6) not a possessive (Customer’s instructions, SIMPA may …: SIMPA's choice), and not an obligation
# put on the customer (you may be required to pay …, may incur fees): that is no choice of theirs
_EN_CUSTOMER_CAN = r"\b(?:you|your|customers?|clients?|licensees?|users?)\b(?!['’]s\b)(?:(?!\b(?:that|vendor|provider|licensor|supplier|contractor|seller|we)\b)[^.;]){0,40}?\b(?:can|may|should|are able to|is able to|are free to)\b(?!\s+(?:also\s+|still\s+)?(?:receive|get|obtain|expect|incur|owe|have\s+to|need\s+to|be\s+(?:entitled|provided|given|offered|required|asked|obliged|expected|liable|charged|billed|invoiced)))"
# a reserved right is vague only when it reserves a change of the terms (reserves the right to
# modify these Support Terms); a right to act (to contact you, to add components) is no promise
_EN_RESERVED = r"\breserves?\s+the\s+rights?\b"
_EN_CHANGE = (
    r"\b(?:change|modify|amend|alter|revise|reclassify|adjust|increase|vary|update|reprice"
    # (lintsla) or to decide alone what a term is (reserve the right to make the final determination as to how long
    # each task will take): one side's judgment, as "at its discretion"
    r"|make\s+the\s+final\s+(?:determination|decision)|(?:solely\s+)?determine|decide)"
)
# (lint33A) … or a right reserved with no criterion, notice or figure: to refuse or decline (unless what is refused
# lies outside the scope or a clause says which), to re-estimate, to require payment in advance, to subcontract, to
# force or accelerate a change, or to act for any reason, without a reason or notice, or as it sees fit (We reserve
# the right to decline to take on a requested service for any reason · reserves the right to re-estimate the job · to
# perform emergency maintenance without any prior notification)
_EN_UNBOUNDED_RIGHT = regex_cache.compile(
    r"\b(?:(?:refuse|decline|deny)\b(?![^.;:]{0,80}?\b(?:outside|beyond|not\s+covered|in\s+breach|violat\w*|abusive|"
    r"that|which|whose|where|if|unless|when)\b)|re-?estimate|re-?quote|"
    r"require\s+(?:an?\s+)?(?:advance|up-?front|prior)\s+(?:payment|deposit)|subcontract|assign\s+sub-?contractors|"
    r"force|accelerate)\b|\bfor\s+any\s+reason\b|\bas\s+(?:we|it|they|he|she)\s+sees?\s+fit\b|"
    r"\bwithout\s+(?:stating\s+|giving\s+|providing\s+)?(?:an?\s+|any\s+)?(?:prior\s+)?"
    # … not when a stated event sets when it may act (to discontinue support without notice … after you receive a new
    # release)
    r"(?:reasons?|explanation|notice|notification|warning)\b(?![^.;:]{0,120}?\b(?:after|once|upon|following)\b)"
)
_EN_RESERVED_TERMS = frozenset(
    (
        "reserves the right",
        "reserve the right",
        "reserves the rights",
        "reserve the rights",
        "reserves the sole right",
        "reserve the sole right",
        "retains the right",
        "retain the right",
    )
)
# a request to the reader (Please read the following information carefully) promises nothing
# the subject of an exclusion (Other services, like …, etc. are not included in the Software assurance)
_EN_EXCLUDED_AFTER = r"\b(?:are|is)\s+(?:not\s+(?:included|covered|provided|part\s+of)|excluded)\b"
# (linten10) or to the customer, in the passive (Customers are requested to back up their data regularly)
_EN_PLEASE = (
    r"[\s\d.()•·*-]*(?:please\b|(?:the\s+)?(?:you|customers?|clients?|licensees?|users?)\s+(?:are|is)\s+"
    r"(?:kindly\s+)?(?:requested|asked|encouraged|invited)\s+to\b)"
)
_EN_CAN_BE = r"\bcan\s+be\s+[a-z]+ed\s+$"
# an unquoted definition (Business Day means…) or the description of a category (This category includes:)
# (linten8) or a quoted Capitalised term that a copula or "includes" defines, after an optional opening "for the
# purpose(s) …," (For the purpose herein, a “Defect” is a material failure …, and a “Correction” includes …)
_EN_DEFINES = (
    r"[\s\d.()•·*-]*(?:[Ff]or\s+the\s+purposes?\s+[^,;:]{0,40},\s*)?(?:[Aa]n?\s+|[Tt]he\s+)?[\"“][A-Z][^\"”]{0,40}[\"”]"
    r"\s+(?:is\s+(?:a|an|any|the|defined|based\s+on)|are\s+(?:the|any|defined)|includes?|shall\s+(?:include|be\s+(?:a|an|any|the)))\b|"
    r"[\s\d.()•·*-]*(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*\s+(?:means|shall mean|refers to|is defined as)\b|"
    r"[\s\d.()•·*-]*[Tt]his\s+(?:category|level|priority|severity|tier)\s+(?:includes|covers|applies|is)\b"
)
_EN_LABEL = regex_cache.compile(r"(?:\s+[A-Z][\w-]*)*\s*:")  # a Title-Case run that ends in a colon: a label
_EN_PLEASE_NOTE = regex_cache.compile(
    r"[\s\d.()•·*-]*please\s+(?:note|be\s+aware|understand|remember|keep\s+in\s+mind)\b"
)
_EN_TITLE_NEXT = r" [A-Z][a-z]+\b"  # Regular Support Requests: a defined term at the start of a sentence
# a coordinated modal starts a new verb phrase: a negation before it does not reach past it (and a
# main clause after a condition written without a comma: en_forms.en_main_clause_start)
# (linten7) so does a coordinated verb led by a frequency or hedge adverb (… that do not affect the site and
# typically receive a response within 48 hours)
# (lint24E) and so does a coordinated promise with a subject of its own before its modal of obligation (… not to exceed
# 36 hours and best efforts will be made to …; not a hedge: no significant impact … but user experience may be
# affected) or a coordinated finite verb of the same subject (… does not guarantee support availability and reserves
# the right to … · are not included and are an additional cost we will quote)
_EN_NEXT_VERB = (
    r"\b(?:and|but|because|as)\s+(?:[a-z]+\s+)?(?:will|shall|must|may|might|can|could)\b|"
    r"\band\s+(?:[a-z]+\s+){2}(?:will|shall|must)\b|"
    r"\b(?:and|but)\s+(?=(?:typically|usually|normally|generally|ordinarily|often|always)\b)|"
    r"\b(?:and|but)\s+(?:reserves|are|is)\b(?!\s+not\b)"
)
# a line that opens with a bare verb is an instruction (a customer's duty in a list), not an offering
_EN_IMPERATIVE = (
    r"[\s\d.()•·*-]*(?:maintain|provide|ensure|keep|notify|report|describe|give|allow|make|pay|use|cooperate|"
    r"designate|grant|obtain|install|follow|assist|inform|permit|supply|document|reproduce|submit|contact|be)\b"
)

# (linten10) the object of a verb of obstruction: what a limitation prevents is described, not promised
_EN_OBSTACLE = regex_cache.compile(
    r"\b(?:prevent(?:s|ing|ed)?|preclud(?:e|es|ing|ed)|hinder(?:s|ing|ed)?|imped(?:e|es|ing|ed))\s+"
    r"(?:the\s+|an?\s+|any\s+)?$"
)


def _en_obstacle_before(lower: str, lo: int, hi: int) -> bool:
    """_EN_OBSTACLE ends at ``hi``: tested only when one of its verbs' stems is in ``lower[lo:hi]``
    (a slice and four ``in`` tests cost a quarter of the regex search, and most windows hold none)."""
    window = lower[lo:hi]
    return (
        "prevent" in window or "preclud" in window or "hinder" in window or "imped" in window
    ) and _EN_OBSTACLE.search(lower, lo, hi) is not None


# (linten10) an open list in brackets that glosses the object of a verb of specifying: the specification closes it
_EN_SPECIFIED_GLOSS = regex_cache.compile(
    r"\b(?:specif(?:y|ies|ied)|identif(?:y|ies|ied)|list(?:s|ed)?|publish(?:es|ed)?|defin(?:e|es|ed)|state[sd]?)\s+"
    r"(?:[a-z0-9-]+\s+){0,5}\([^()]*$"
)
# (linten10) the customer as the subject of a hedge before an ability (Customers usually can document …)
# (linten11) an offer for sale: what "is available for purchase" is described as something to buy, not promised
# (Premium priority telephone support packages are available for purchase · Discounted pricing is available when
# purchasing multiple incidents)
_EN_FOR_SALE = regex_cache.compile(
    r"(?:\s+[a-z-]+){0,2}\s+(?:is|are)\s+(?:also\s+)?available\s+(?:for\s+purchase|to\s+purchase|when\s+purchasing)\b"
)
# (linten11) a fee whose amount a named schedule states (additional license fees set forth in this Exhibit A)
_PRICE_BOUNDS = frozenset(("price", "en-price"))
_EN_STATED_IN = regex_cache.compile(
    r",?\s+(?:(?:as\s+)?(?:set\s+(?:forth|out)|specified|stated|listed|shown)\s+in|in\s+accordance\s+with)\s+"
    r"(?:this|the|your|our|each|any)\b"
)
# (linten11) a hedge on an estimate stated as a range: the range is the measure (is typically 5 - 45 minutes ·
# usually completed within 0-4 business days); a single figure (normally within 7 days) stays a hedge
_EN_HEDGED_RANGE = regex_cache.compile(
    r"\s+(?:(?:be|is|are)\s+)?(?:[a-z]+ed\s+)?(?:(?:with)?in\s+|between\s+)?\d+(?:\.\d+)?\s*(?:-|to|and)\s*"
    r"\d+(?:\.\d+)?\s*(?:business\s+|working\s+|calendar\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b"
)
# (linten11) the need of the customer a plan is for ('Plan B' is for websites that need occasional updates): who
# the tier suits, not what the vendor does
_EN_CUSTOMER_NEEDS = regex_cache.compile(
    r"\b(?:websites?|sites?|customers?|clients?|businesses|companies|users?|those|anyone|people|owners?)\s+"
    r"(?:who|that)\s+(?:only\s+)?(?:needs?|requires?)\s+(?:[a-z-]+\s+){0,2}$"
)
# (linten11) a sentence that only names what a table below measures (The response times for …, advising on an
# appropriate fix, … are set out below:); with a binding word it is a promise and stays flagged
_EN_SET_OUT_BELOW = regex_cache.compile(
    r"\b(?:is|are)\s+(?:set\s+out|listed|shown|given|detailed)\s+(?:below|in\s+the\s+(?:table|schedule)\s+below)"
    r"\s*:?\s*$"
)
# (linten11) a belief about sites or services in general (We believe that a web site that is regularly maintained …)
_EN_BELIEF = regex_cache.compile(
    r"[\s\d.()•·*-]*we\s+(?:strongly\s+|firmly\s+|truly\s+)?(?:believe|feel|think)\s+that\s+(?:an?|every|any|all)\s"
)
_EN_CUSTOMER_SUBJECTS = ("you", "customers", "clients", "users", "licensees")
_EN_CUSTOMER_SUBJECT = regex_cache.compile(r"(?<![\w'’-])(?:" + "|".join(_EN_CUSTOMER_SUBJECTS) + r")\s+$")
# (its opening lookbehind keeps the engine from skipping: the caller first tests that the window, less its
# trailing spaces, ends with one of the words)
_EN_ABILITY_AFTER = regex_cache.compile(r"\s+(?:can|could|are\s+able\s+to)\b")
# (linten8) "appropriate" before an organisational unit says which one (routed to the appropriate support department);
# before resources, staff or engineers it still grades how many or how good (escalated to the appropriate resources)
_EN_WHICH_UNIT = regex_cache.compile(
    r"\s+(?:[a-z-]+\s+)?(?:department|departments|team|teams|group|queue|desk|office|contact|contacts|person|"
    r"point\s+of\s+contact|business\s+unit|division|mailbox|channel)\b"
)
# (linten8) a severity or priority level named anywhere before the word, by a digit or a single letter
# (read on the original case: a capital letter names a level, "the severity a customer sets" does not)
_EN_SEVERITY_NAMED = regex_cache.compile(r"\b(?i:severity|priority|sev)\s*(?i:level\s*)?[-:]?\s*(?:\d|[A-D]\b)")
_EN_BINDING = regex_cache.compile(r"\b(?:will|shall|must|agrees?\s+to|guarantees?)\b|['’]ll\b")
# (linten8) … or its first item: cover technical support, billing help, and general inquiries
_EN_SUPPORT_LISTED_AFTER = regex_cache.compile(r"(?:,\s+[a-z][a-z/-]*(?:\s+[a-z/-]+){0,2})+,?\s+(?:and|or)\s+[a-z]")
_EN_SUPPORT_IN_PASSING = regex_cache.compile(
    r"(?:\b(?:and|or|of|regarding|about|concerning)|,)\s+(?:(?:the|our|its|any)\s+)?$"
)
# (linten8) "at any time" qualified later in its sentence by a stated notice period or by both sides' agreement:
# a right with its terms (may be cancelled … at any time, with one weeks notice · may be updated at any time, with
# agreement from both the client and supplier); "without notice" stays open
_EN_NUMBER_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|thirty|sixty|ninety|a)"
)
_EN_ANYTIME_QUALIFIED = (
    r"\b(?:with|on|upon|by|giving|given|after)\s+(?:at\s+least\s+)?" + _EN_NUMBER_WORD + r"\s*(?:\(\d+\)\s*)?"
    r"(?:business\s+|calendar\s+|working\s+)?(?:days?|weeks?|months?)['’]?s?['’]?\s+(?:(?:prior|advance|written)\s+){0,2}"
    r"notice\b|\bwith\s+(?:the\s+)?(?:(?:mutual|written|prior)\s+)?(?:agreement|consent)\s+(?:from|of)\s+both\b|"
    r"\b(?:by|with)\s+mutual\s+(?:written\s+)?(?:agreement|consent)\b"
)


# (linten8) a judgment or discretion the customer holds: the judge named in the found words (that you consider ·
# as the customer deems) or a possessive before "discretion" (at your discretion · at the Client's sole discretion)
_EN_CUSTOMER = r"(?:you|customers?|clients?|licensees?|users?|purchasers?|subscribers?)"
_EN_CUSTOMER_JUDGE = (
    r"\b(?:the\s+)?"
    + _EN_CUSTOMER
    + r"\s+(?:reasonably\s+|solely\s+|alone\s+)?(?:determines?|deems?|considers?|decides?|believes?|sees?\s+fit|judges?)\b"
)
_EN_CUSTOMER_DISCRETION = (
    r"\b(?:your|(?:the\s+)?" + _EN_CUSTOMER + r"['’]s?)\s+(?:(?:own|sole|absolute|reasonable)\s+(?:and\s+)?){0,2}$"
)


@cache
def _en_customer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return regex_cache.compile(_EN_CUSTOMER_JUDGE), regex_cache.compile(_EN_CUSTOMER_DISCRETION)


def _en_customer_judges(lower: str, found: str, start: int) -> bool:
    """The judgment in a discretion term is the customer's (see _EN_CUSTOMER_JUDGE)."""
    judge, possessive = _en_customer_patterns()
    found = found.lower()
    if "discretion" in found:
        return found == "discretion" and possessive.search(lower, max(0, start - 40), start) is not None
    return judge.search(found) is not None


@cache
def _en_anytime_qualified() -> re.Pattern[str]:
    return regex_cache.compile(_EN_ANYTIME_QUALIFIED)


# (lintsla) the customer, or both or either of the parties, holds "at any time" as a right of their own: fronted
# before the customer's modal (At any time, you may create a Support Ticket), or after the parties' modal (Both
# contractual partners may request amendments … at any time); a vendor's own right (dxw may vary these terms at any
# time · CDS can suspend a service at any time) keeps the word
_EN_ANYTIME_FRONTED = r"\s*,?\s*(?:you|(?:the\s+)?(?:customers?|clients?|licensees?|users?)|either\s+party|both\s+parties)\s+(?:can|may)\b"
_EN_PARTIES_MAY = (
    r"\b(?:either\s+party|both\s+(?:contractual\s+)?(?:parties|partners)|the\s+parties)\b[^.;]{0,40}?\b(?:may|can)\s+"
    r"(?!be\b)"
)


def _en_anytime_chosen(lower: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """ "At any time" is a right the customer or the parties hold, not a time the vendor owes (see above)."""
    start, end = span
    if not lower[sentence[0] : start].strip(" \t\n*#-•·"):
        return regex_cache.compile(_EN_ANYTIME_FRONTED).match(lower, end) is not None
    return regex_cache.compile(_EN_PARTIES_MAY).search(lower, sentence[0], start) is not None


Marks = list[tuple[int, str]]  # (offset, group name) in text order


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Definition, recital, and the marker scan (behind a lookahead on the first two
    characters a marker opens with: most places of a sentence open none; on the first
    alone, not, no, if, un… let most English letters through)."""
    return (
        regex_cache.compile(_DEFINITION),
        regex_cache.compile(_RECITAL),
        compile_with_first_pairs(_MARKS),
        regex_cache.compile(_DEFINITION_NEEDS),
    )


# The patterns below are searched over a sentence or a clause once per word; most open
# with a word boundary, a lookbehind or a named group, which keeps the regex engine
# from skipping to where a match can start: each is compiled behind a lookahead on the
# first two characters its matches open with (termsmith.lint.prefilter), the same matches.


@cache
def _en_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        compile_with_first_pairs(p)
        for p in (_EN_PURPOSE, _EN_GLOSSARY, _EN_SEVERITY, _EN_IMPACT, _EN_TOPIC, _EN_ON_TERMINATION, _EN_PURPOSE_WORDS)
    )


@cache
def _en_promise_patterns() -> tuple[re.Pattern[str], ...]:
    """The English promise and legal-formula patterns (compiled when an English term is first checked)."""
    return tuple(
        compile_with_first_pairs(p)
        for p in (
            _EN_PROMISE,
            _EN_HEDGE_MODAL,
            _EN_FINITE,
            _EN_REMEDY,
            _EN_DISCLAIMER,
            _EN_ONLY,
            _EN_CUSTOMER_CAN,
            _EN_CAN_BE,
            _EN_DEFINES,
            _EN_TITLE_NEXT,
            _EN_IMPERATIVE,
            _EN_NEXT_VERB,
            _EN_RESERVED,
            _EN_CHANGE,
            _EN_PLEASE,
            _EN_EXCLUDED_AFTER,
        )
    )


def en_in_promise(lower: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The English word at ``span`` sits in a promise: an obligation or promise marker in its
    sentence up to the end of its clause, with no permission or hedge modal after the last
    marker before the word; or a line that offers a service without any finite verb."""
    promise, hedge, finite = _en_promise_patterns()[:3]
    imperative = _en_promise_patterns()[10]
    lo, start = sentence[0], span[0]
    if imperative.match(lower, lo):
        return False  # Maintain a competent understanding…: an instruction in a list of duties
    last = None
    for m in promise.finditer(lower, lo, clause[1]):
        if start <= m.start() < span[1]:
            continue  # the word itself (keep you informed) is no marker
        if m.start() >= start and last is not None:
            break
        last = m
    if last is not None:
        between = (last.end(), start) if last.end() <= start else (span[1], last.start())
        return hedge.search(lower, *between) is None
    # a bare value (incremental: continuous) is a setting, not a line that offers something
    return len(lower[clause[0] : clause[1]].split()) > 1 and finite.search(lower, lo, sentence[1]) is None


def _en_verb_phrase(lower: str, clause: tuple[int, int], span: tuple[int, int]) -> int:
    """Where the English verb phrase holding ``span`` begins: a negation reaches no further
    than the next coordinated modal (…are not covered … and will be quoted separately)."""
    cut = clause[0]
    modal = _en_promise_patterns()[11]
    # (the word may sit between the "and" and its modal: … and best efforts will be made, so up to the clause's end)
    first = modal.search(lower, cut, clause[1])  # (one search: most clauses have none before the word, no scanner)
    if first is None or first.start() >= span[0]:
        return cut
    for m in modal.finditer(lower, cut, clause[1]):
        if m.start() < span[0]:
            cut = m.start()
    return cut


def _en_legal_formula(
    text: str, lower: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """A remedy, a disclaimer, a restriction, the customer's own choice, or a defined term in
    Title Case (or `backticks`) at the start of a sentence: not a vendor commitment."""
    # (a slice unpacked exactly: a starred unpacking builds a list of the rest on every call)
    remedy, disclaimer, only, customer_can, can_be, _, title_next, _, _, reserved, change, please = (
        _en_promise_patterns()[3:15]
    )
    start, end = span
    if (
        term.term in _EN_RESERVED_TERMS
        and (remedy.match(lower, end, sentence[1]) or not change.search(lower, end, clause[1]))
        and not _EN_UNBOUNDED_RIGHT.search(lower, end, clause[1])  # searched only for a right about to be excused
    ):
        return True
    right = (  # a right reserved to act at one's discretion (… on a case-by-case basis) keeps the discretion
        reserved.search(lower, sentence[0], start)
        if term.family == "VD"
        and "discretion" not in term.term
        and "case-by-case" not in term.term
        and term.bound not in ("price", "en-price")  # reserves the right to charge … at its then-current rates
        else None
    )
    if right is not None and not change.search(lower, right.end(), start):
        return True  # CCE reserves the right to contact you, when it deems necessary, …
    if please.match(lower, clause[0]) and (
        term.family != "VD" or (term.bound not in ("price", "en-price") and not _EN_PLEASE_NOTE.match(lower, clause[0]))
    ):  # a request to the reader (please read carefully · supply as much detail as necessary); not a price left open
        return not _en_promise_patterns()[0].search(lower, sentence[0], start)
    if disclaimer.search(lower, sentence[0], start):
        return True
    if term.term in _EN_OPEN_LIST and _EN_NEGATED_LIST.search(lower, sentence[0], start):
        return True
    if term.family == "VD" and only.search(lower, clause[0], start):
        return True
    head = lower[sentence[0] : start]
    modal = "can" in head or "may" in head or "should" in head or "able to" in head or "free to" in head
    if (
        modal
        and (can := customer_can.search(lower, sentence[0], start))
        # you may contact us during normal business hours: the hours stay the vendor's (advice is still advice)
        and (term.bound != "hours" or "should" in can.group())
        # (linten8) Customer may pay Licensor … on a time and materials basis: the price stays the vendor's
        # (lint22E) … and whatever the customer may ask for, the rate it is served at stays the vendor's (Clients
        # without a maintenance plan can request fixes … at our standard hourly rate), unless the choice is made
        # "without" the charge (the client may terminate … without paying any additional fees)
        and not (term.bound in ("price", "en-price") and lower.find("without", can.end(), start) < 0)
        # (linten8) the choice reaches no later clause that has a modal of its own (Clients may terminate …,
        # additional fees may apply: the fees are no choice of theirs)
        and not (can.end() < clause[0] and _en_promise_patterns()[1].search(lower, clause[0], clause[1]))
        and not _en_promise_patterns()[0].search(lower, can.end(), start)
    ):
        return True  # the customer's own choice or advice to them (Customers may request escalation at any time)
    if term.family == "VD" and _en_customer_judges(lower, text[start:end], start):
        return True  # the customer's own judgment (at your discretion · we recommend that you consider training)
    if term.term in ("at any time", "at anytime") and (
        can_be.search(lower, clause[0], start)
        or _en_anytime_qualified().search(lower, end, sentence[1])
        or _en_anytime_chosen(lower, span, sentence)
    ):
        return True
    if start and text[start - 1] == "`":
        return True
    return (
        text[start : start + 1].isupper()  # (first: most words are lower case, no slice of the sentence's head)
        and text[sentence[0] : start].strip(" \t\n*#-•·") == ""
        and title_next.match(text, end) is not None
        and _EN_LABEL.match(text, end) is None  # Regular Software Updates: We'll update …: a label, not a defined term
    )


def _en_excluded_subject(text: str, lower: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The word is in the subject of an exclusion later in its sentence; a sentence cut
    at the word's own full stop (… etc. are not included) goes on when a lower-case word follows."""
    hi = sentence[1]
    if lower.startswith(".", span[1] - 1) and text[hi : hi + 2].lstrip(" ")[:1].islower():
        stop = lower.find(".", hi)
        hi = len(lower) if stop < 0 else stop
    tail = lower[span[1] : hi]
    return ("not" in tail or "exclud" in tail) and _en_promise_patterns()[15].search(tail) is not None


def _en_describes(text: str, lower: str, lo: int, hi: int) -> bool:
    """An English sentence that is a purpose recital or an unquoted glossary entry."""
    sentence = lower[lo:hi]
    if not sentence.isascii() and (_CJK.search(sentence) or not sentence.translate(_EN_TYPOGRAPHY).isascii()):
        return False  # not English (typographic dashes, quotes and ellipses aside)
    purpose, glossary, *_, purpose_words = _en_patterns()
    if glossary.match(lower, lo, hi) or _en_promise_patterns()[8].match(text, lo, hi):
        return True
    return purpose_words.search(sentence) is not None and purpose.search(lower, lo, hi) is not None


def _en_described(
    lower: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """(linten11) An offer for sale, a fee a named schedule states, a hedged range, the need of the customer a plan is
    for, a sentence that only names what a table below measures, or a belief about sites in general: a description of
    the service or its price, not an unmeasured promise. This runs for every English candidate, so each form is first
    tested with ``find`` on the sentence's text before and after the term (no slice), and only then with its regex."""
    lo, hi = sentence
    end = span[1]
    if lower.find(" available ", end, hi) >= 0 and _EN_FOR_SALE.match(lower, end, clause[1]):
        return True
    if term.family == "VD" and (
        _EN_HEDGED_RANGE.match(lower, span[1], clause[1])
        if term.bound == "never"
        else term.bound in _PRICE_BOUNDS and _EN_STATED_IN.match(lower, span[1], clause[1])
    ):
        return True
    if (
        lower.find(" below", end, hi) >= 0
        and _EN_SET_OUT_BELOW.search(lower[end:hi])  # (a slice: its \b and $ read the sentence's ends)
        and _EN_BINDING.search(lower, lo, hi) is None
    ):
        return True
    start = span[0]
    if (lower.find(" need", lo, start) >= 0 or lower.find(" requir", lo, start) >= 0) and _EN_CUSTOMER_NEEDS.search(
        lower, max(clause[0], start - 80), start
    ):
        return True
    return lower.find("we ", lo, lo + 12 if lo + 12 < start else start) >= 0 and _EN_BELIEF.match(lower, lo) is not None


def _line_start(lower: str, lo: int) -> int:
    """Where the line holding offset ``lo`` starts, looked for at most _EN_LINE back (else ``lo``)."""
    window = max(0, lo - _EN_LINE)
    newline = lower.rfind("\n", window, lo)
    return newline + 1 if newline >= 0 else window if window == 0 else lo


def _en_not_commitment(
    text: str, lower: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """English only: an evaluative word outside a promise, a legal formula (see
    :func:`_en_legal_formula`), a threshold word in a severity description, a quality word
    as a topic of advice, a time word in the consequence of a termination."""
    if term.term in _EN_GATED and not en_in_promise(lower, span, clause, sentence):
        return True
    if _en_legal_formula(text, lower, term, span, clause, sentence):
        return True
    if term.family != "VD" and _en_excluded_subject(text, lower, span, sentence):
        return True  # the subject of an exclusion: … etc. are not included
    if en_form_not_commitment(text, lower, term, span, sentence):
        return True  # a question, a purpose adjunct, a placeholder, a negated list, a clock condition …
    if (
        term.family == "VS"
        and lower.find("(", sentence[0], span[0]) >= 0  # (its bracket, one find before the regex)
        and _EN_SPECIFIED_GLOSS.search(lower, sentence[0], span[0])
    ):
        return True  # (linten10) examples of what will be specified (will specify the version (OS, ORACLE, etc.))
    if term.family != "VD" and _en_obstacle_before(
        lower, clause[0] if clause[0] > span[0] - 40 else span[0] - 40, span[0]
    ):
        return True  # (linten10) what an obstacle prevents (limitations preventing the speedy repair) is no promise
    if (
        term.family == "VD"
        and lower[max(sentence[0], span[0] - 30) : span[0]].rstrip().endswith(_EN_CUSTOMER_SUBJECTS)
        and _EN_CUSTOMER_SUBJECT.search(lower, max(sentence[0], span[0] - 30), span[0])
        and _EN_ABILITY_AFTER.match(lower, span[1])
    ):
        return True  # (linten10) a hedge on what the customer is able to do (Customers usually can document …)
    if _en_described(lower, term, span, clause, sentence):
        return True
    if term.term in ("appropriate", "relevant") and _EN_WHICH_UNIT.match(lower, span[1]):
        return True  # which unit a ticket goes to (routed to the appropriate support department), not a grade
    if term.term == "technical support" and (
        lower[span[1] : clause[1]].strip(" .;:!\n")
        or _EN_SUPPORT_IN_PASSING.search(lower, clause[0], span[0])
        or (lower.startswith(",", span[1]) and _EN_SUPPORT_LISTED_AFTER.match(lower, span[1], sentence[1]))
    ):
        # named in passing (technical support hours, contact technical support via…), not the open scope; (linten8)
        # so is the last item of a coordination (new versions and technical support, as 提供…升级和技术支持) and the
        # object of a preposition (With the scope of technical support, …)
        return True
    _, _, severity, impact, topic, on_termination, _ = _en_patterns()
    start, lo = span[0], sentence[0]
    if term.family == "VQ" and severity.match(lower, _line_start(lower, lo)):
        return True  # the line describes a severity level (Severity 2: … under reasonable loads; materially incomplete)
    if (
        term.family == "VQ"
        and (lower.find("sev", lo, start) >= 0 or lower.find("priority", lo, start) >= 0)
        and _EN_SEVERITY_NAMED.search(text, lo, start)
        and impact.search(lower, lo, sentence[1])
        and _EN_BINDING.search(lower, lo, sentence[1]) is None  # … we will provide an adequate fix: a promise
    ):
        return True  # (linten8) a sentence that describes a named level's impact (When you select Severity B you
        # confirm that the issue has moderate impact …, but workarounds enable reasonable … continuity)
    # (linten9) … as is a count graded in a clause about an impact (bug affecting a small number of users)
    if (term.bound == "threshold" or term.term == "a limited number of") and impact.search(lower, clause[0], clause[1]):
        return True
    if term.family == "VQ" and topic.search(lower, clause[0], start):
        return True
    return term.family == "VT" and bool(on_termination.match(lower, lo, start))


@cache
def _zh_patterns() -> tuple[re.Pattern[str], ...]:
    """Chinese-only patterns (compiled when a Chinese term is first checked). The
    first scans the clause before a word once: a purpose marker (p), a negation (n)
    and a coordinated verb (c) that ends the negation's reach."""
    before = f"(?P<p>{_ZH_PURPOSE})|(?P<n>{_ZH_PROHIBITION})|(?P<c>{_ZH_NEXT_VERB})"
    return tuple(
        compile_with_first_pairs(p)
        for p in (
            before,
            _ZH_HAS,
            _ZH_BINDS,
            _ZH_LIST_INTRO,
            _ZH_EXCLUDED_AFTER,
            _ZH_BRACKET,
            _ZH_CONDITION,
            _ZH_ADVICE,
            _ZH_NEED_CONDITION,
            _ZH_PARTY_CLAUSE,
            _ZH_AIM,
        )
    )


@cache
def _zh_one(pattern: str) -> re.Pattern[str]:
    """One Chinese use pattern that only some terms need, compiled when first needed (a cold
    lint compiles only what its text asks for)."""
    return compile_with_first_pairs(pattern)


@cache
def _word_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns a few terms need (compiled when one of them is first seen)."""
    return tuple(regex_cache.compile(p) for p in (_NAME_AFTER, _LABEL_AFTER, _RELATED_OPEN, _HEADING_AFTER))


# (lintzh10) where a recital's reach ends: at a later clause that a party opens and a binding word follows
# (特订立本合同,乙方应提供完善的售后服务). A recital that opens (鉴于 …) reaches to the end of the sentence, and
# clauses that bind no party stay excused (…,特制定本政策,藉由建立完善的…机制 · …基础上,经友好协商,确认由乙方负责
# 提供… · 本合同旨在明确…权利和义务,确保…)
_RECITAL_PARTY_CLAUSE = r"[，,；;：:]\s*(?:甲方|双方|雙方|" + _ZH_PARTY + ")"


@cache
def _recital_reach() -> re.Pattern[str]:
    """A clause a party opens (compiled when a sentence first holds a recital)."""
    return regex_cache.compile(_RECITAL_PARTY_CLAUSE)


_RECITAL_OPENS = ("鉴于", "鑑於")


def sentence_is_no_commitment(text: str, lower: str, lo: int, hi: int) -> int:
    """Where the part of the sentence that commits to nothing ends: ``hi`` for a definition or a heading; after
    a recital (…达成如下协议 · 特签订本合同), the start of a later clause that a party opens and binds, or ``hi``
    when none follows or the recital opens the sentence (鉴于 …); ``lo`` when nothing in it is excused."""
    definition, recital, _, needs = _patterns()
    line = line_start(text, lo)
    if text.startswith("#", line) and lo - line < 8:
        return hi
    window = hi if hi < lo + 120 else lo + 120
    if (
        (needs.search(lower, lo, window) and definition.match(lower, lo, window))
        or _en_describes(text, lower, lo, hi)
        or en_no_commitment_context(text, lo, hi, lower)
    ):
        return hi
    first = recital.search(text, lo, hi)  # most sentences hold none: one search, as before
    if first is None:
        return lo
    last = first
    for last in recital.finditer(text, first.end(), hi):  # noqa: B007 (the last recital decides the reach)
        pass
    if last.group() in _RECITAL_OPENS:
        return hi
    stop = _recital_reach().search(text, last.end(), hi)
    return stop.start() if stop and _zh_patterns()[2].search(text, stop.end(), hi) else hi


def sentence_marks(lower: str, lo: int, hi: int) -> Marks:
    """Every marker in the sentence ``lower[lo:hi]``, in order."""
    return [(m.start(), m.lastgroup or "") for m in _patterns()[2].finditer(lower, lo, hi)]


def clause_of(marks: Marks, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause that holds ``start:end``: between the separators around it."""
    lo, hi = sentence
    for pos, kind in marks:
        if kind != "s":
            continue
        if pos < start:
            lo = pos + 1
        elif pos >= end:
            hi = pos
            break
    return lo, hi


def is_mention(
    text: str,
    lower: str,
    term: Term,
    found: str,
    span: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    marks: Marks,
) -> bool:
    """The word at ``span`` is quoted, an example, negated, or part of a name or label."""
    start, end = span
    if term.lang == "en":
        clause = (_en_verb_phrase(lower, clause, span), clause[1])
    # (linten12) hours named but never stated stay unstated in a condition or under a negation (if an Error arrives
    # outside of K2view's normal business hours, the response time frame will begin …: the lead's session-7
    # decision), unless the sentence asks something of the reader (If you leave a message during standard business
    # hours and …, please call back): then, as before, nobody is committed
    kept = term.bound == "hours" and lower.find("please", sentence[0], sentence[1]) < 0
    if (
        _marked(marks, term, span, clause, sentence[0], kept)
        and (
            term.lang != "en"
            or _marked(
                marks, term, span, (en_main_clause_start(text, lower, clause, span), clause[1]), sentence[0], kept
            )
        )
        and (
            term.family != "VD"
            or term.lang != "en"
            or _marked(marks, term, span, (en_after_noun_negation(lower, clause, span), clause[1]), sentence[0], kept)
        )
    ):
        return True
    if term.lang == "en" and _en_not_commitment(text, lower, term, span, clause, sentence):
        return True
    if term.family == "VT" and (
        _takes_effect(lower, term, span, clause) or _en_payment_timed(lower, term, span, clause)
    ):
        return True  # 立即取代… · will take effect immediately upon posting · timely renewal of fees
    if term.term == "or as agreed" and _en_stated_before_or().search(lower, sentence[0], start) is not None:
        return True  # in the next billing period, or as agreed otherwise: the stated term holds until both agree
    if start and (
        text[start - 1] == "不"
        or (term.lang == "zh" and text[start - 1] == "非")
        or (text[start - 1] in "'‘" and end < len(text) and text[end] in "'’")
    ):
        return not (term.lang == "en" and lower.startswith(" basis", end + 1))  # on a 'best efforts' basis: in use
    if (
        term.lang == "en"
        and found[:1].isupper()
        and (_capitalised_mid_sentence(text, found, start, sentence[0]) or text.startswith(":", end))
    ):
        return True  # a defined term in use, or its definition (Commercially Reasonable Efforts: the same …)
    if term.bound == "list" and (_word_patterns()[0].match(lower, end) or _word_patterns()[1].match(lower, end)):
        return True
    if (
        start - sentence[0] <= 8
        and _word_patterns()[3].match(lower, end)
        and not _zh_list_intro(text, term, end)
        and not (term.lang == "zh" and _zh_patterns()[2].search(text, sentence[0], start))
    ):
        return True  # a heading label: 7.定期保养：乙方同意每__个月… (not 5.甲方應按乙方當時收費標準另行支付: lintzh10)
    if term.lang == "zh" and (
        # (另行收費的除外): a charge named as the case the clause leaves out (lintzh10); not an open exception
        # (特殊原因除外 is the escape itself)
        (term.bound == "price" and text.startswith(_ZH_EXCEPTED, end))
        or (text.rfind("《", sentence[0], start) >= 0 and _in_title(text, span, sentence))
        or _zh_not_commitment(text, term, span, clause, sentence)
    ):
        return True
    if term.term in ("定时", "及时") and text[span[1] : span[1] + 1] in ("间", "間"):
        # (lintsla) 在協定時間內 · 一定时间 · 节约人力及时间: the word is 时间; 定 ends the word before (协定, 一定,
        # 约定) and 及 is "and"
        return True
    if "协商" in term.term and (
        "经" in text[clause[0] : start] or "經" in text[clause[0] : start] or text.startswith("一致", span[1])
    ):
        return True  # 经协商 · 双方协商一致提前终止的 (lintsla): an agreement reached, an event, not a term left open
    if term.term in _ZH_NEGOTIATED:
        return _zh_dispute_settled(text, span, sentence)
    if term.term.startswith("相关") and start > sentence[0]:
        return not _word_patterns()[2].search(text, max(0, start - 2), start)
    return False


# (lintsla) a time word on a verb of taking effect says when a change or a period applies, not how fast a party performs:
# 发布后立即取代任何以前的版本 · 更新後即時生效 · Changes will take effect immediately upon their posting · Assistance Support:
# Immediately follows the Maintenance Support period (立即生效 was already a term of art; this reads the verb, not a list)
_ZH_EFFECT_AFTER = ("生效", "取代", "替代", "失效")
_EN_EFFECT_AFTER = (
    " follows",
    " succeeds",
    " supersedes",
    " replaces",
    " take effect",
    " takes effect",
    " become effective",
    " becomes effective",
    " be effective",
)
_EN_EFFECT_BEFORE = r"\b(?:take|takes|taking|took|taken)\s+effect\s+$|\b(?:becomes?|became|be)\s+effective\s+$"


@cache
def _en_effect_before() -> re.Pattern[str]:
    return regex_cache.compile(_EN_EFFECT_BEFORE)


def _takes_effect(lower: str, term: Term, span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """The time word at ``span`` times a verb of taking effect (see above); plain string tests first, since
    every time word that reaches this reading passes here."""
    start, end = span
    if term.lang == "zh":
        return lower.startswith(_ZH_EFFECT_AFTER, end)
    if lower.startswith(_EN_EFFECT_AFTER, end):
        return True
    lo = max(clause[0], start - 24)
    return "effect" in lower[lo:start] and _en_effect_before().search(lower, lo, start) is not None


# (lintsla) English, as the Chinese reading of a timed payment (zh_uses._payment_timed) and the corpus guide's
# decision (on-time or timely payment is clean whoever pays): a time word on paying or renewing a fee sets no service
# deadline; the due date is the fee terms' (timely renewal of license fees · shall pay invoices promptly ·
# make timely payment of all fees)
_EN_PAYS_AFTER = (" payment", " payments", " renewal", " remittance", " pay ", " paid")
_EN_PAYS_BEFORE = r"\b(?:pay|pays|paid|paying|remit|remits|renew|renews)\b[^.;:,]{0,40}$"


@cache
def _en_pays_before() -> re.Pattern[str]:
    return regex_cache.compile(_EN_PAYS_BEFORE)


def _en_payment_timed(lower: str, term: Term, span: tuple[int, int], clause: tuple[int, int]) -> bool:
    if term.lang != "en":
        return False
    start, end = span
    if lower.startswith(_EN_PAYS_AFTER, end):
        return True
    lo = max(clause[0], start - 48)
    before = lower[lo:start]
    return ("pa" in before or "renew" in before or "remit" in before) and (
        _en_pays_before().search(lower, lo, start) is not None
    )


# (lintsla) "or as agreed" after a stated term is an alternative to it, which holds until both sides agree otherwise
# (the corpus guide, session 8: "or as otherwise agreed in writing" after a stated term is clean; "as agreed" as the only
# term stays vague): a figure, a period or a named document before it in its sentence is that term
_EN_STATED_BEFORE_OR = (
    r"\d|\b(?:next|each|every|the)\s+(?:billing\s+)?(?:period|month|year|quarter)\b|\b(?:purchase\s+)?order\b|"
    r"\b(?:schedule|section|exhibit|appendix|quotation)\b"
)


@cache
def _en_stated_before_or() -> re.Pattern[str]:
    return regex_cache.compile(_EN_STATED_BEFORE_OR)


_ZH_EXCEPTED = ("的除外", "除外")
# (lintzh14) a dispute named before the parties' negotiation: the agreement's dispute clause, a term of art (若因履行
# 本合同发生争议,甲乙双方应友好协商解决 · 如對退款或服務終止有爭議,雙方應以誠信原則協商解決 · 本合同在履行中发生争议，
# 双方协商解决，协商解决不成的，…向…人民法院提起诉讼), not a price or a term left for later
_ZH_DISPUTES = ("争议", "爭議", "纠纷", "糾紛", "分歧", "争端", "爭端")
_ZH_SETTLED = ("解决", "解決", "处理", "處理")  # 双方协商 settling (协商解决) rather than pricing (双方协商的费用标准)
# negotiation or mediation (lintzh15, the guide's third set of decisions: 如有爭議,雙方調解處理 is the dispute clause);
# talks (双方商议解决) and mediation of anything but a dispute (未盡事宜,雙方調解處理 · 如有特殊意外,双方调解处理) are
# read as before (the seventh round's terms left for later)
_ZH_NEGOTIATED = frozenset({"协商解决", "双方协商", "双方调解"})


def _zh_dispute_settled(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The parties' negotiation or mediation settles a dispute named before it in the sentence: 协商解决, 双方调解,
    or 双方协商 followed by 解决."""
    start, end = span
    if not any(text.find(w, sentence[0], start) >= 0 for w in _ZH_DISPUTES):
        return False
    return not text.endswith(("协商", "協商"), start, end) or text.startswith(_ZH_SETTLED, end)


def _in_title(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The word is inside a 《…》 title: it names a form or a document (在《电梯例行保养情况登记表》上签字; lintzh10)."""
    opened = text.rfind("《", sentence[0], span[0])
    if opened < 0 or text.find("》", opened, span[0]) >= 0:
        return False
    closed = text.find("》", span[1], min(sentence[1], span[1] + 40))
    return closed >= 0 and text.find("《", span[1], closed) < 0


def _zh_list_intro(text: str, term: Term, end: int) -> bool:
    """``包括但不限于：`` or ``…包括但不限于以下：`` opens a list; it is not a heading."""
    return term.lang == "zh" and (term.term == "包括但不限于" or bool(_zh_patterns()[3].match(text, end)))


def _zh_not_commitment(
    text: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """Chinese uses that name a vague word without promising it (see the module doc)."""
    patterns = _zh_patterns()
    before_marks, has, binds = patterns[:3]
    start = span[0]
    name, family = term.term, term.family
    negated = False
    # a pattern term may start with the purpose verb itself: 以保证…正常 (以 + 保证)
    marks_end = start + 2 if "…" in name else start
    # (one search first: most clauses have no mark before the word, and a finditer's scanner costs more)
    if before_marks.search(text, clause[0], marks_end) is not None:
        for m in before_marks.finditer(text, clause[0], marks_end):
            kind = m.lastgroup
            if kind == "p":
                return True  # …，以确保系统正常运行
            negated = kind == "n"  # a negation reaches up to the next coordinated verb
    if negated or _zh_excluded_subject(text, term, span, clause[1]):
        return True
    if (
        clause[0] > sentence[0]
        and text.find("旨", sentence[0], clause[0]) >= 0
        and _zh_stated_aim(text, clause, sentence)
    ):
        return True  # 本政策旨在保障…,提升…,确保软件产品的正常使用 · 服务的宗旨是:…,顾客满意: an aim, not a term
    if clause[0] > sentence[0] and _zh_motto_label(text, sentence[0], clause[0]):
        return True  # 核心理念:以客户为中心,…,确保系统稳定性和数据安全: a motto under its label
    last = sentence[1] - 1
    while last > sentence[0] and text[last].isspace():
        last -= 1
    if text[last] in "？?":
        return True  # a question (Q1. 維護合約包含哪些服務項目？) asks, it does not promise
    if text[last] in ":：" and zh_uses.spelled_out_below(text, term, start, sentence[0]):
        return True  # 依下列一種或多種方式收費: · 提交如下的报告、记录等文档资料: the list below states it
    if text[sentence[0]] in "感谢謝" and _zh_thanks(text, sentence, binds):
        return True  # 感謝 貴公司長期對 QBoss 的支持…研發團隊可以不斷的…: a courtesy that binds nobody
    if _zh_stated_belief(text, span, clause, sentence, binds):
        return True  # 我們了解到,現行提供的功能有時難以滿足企業的需求 · …才是公司得以成长的关键: a recital
    if zh_uses.not_commitment(text, term, span, clause, sentence):
        return True  # requests, remedies, headings … (fifth round: termsmith.lint.zh_uses)
    if (
        name in zh_lists.OPEN_LISTS
        and (
            zh_lists.describes(text, span, clause, sentence)
            or (
                zh_lists.glosses(text, span[0], span[1], sentence) and not _zh_under_committing_colon(text, sentence[0])
            )
        )
        and not _zh_item_committed(text, sentence[0])
    ):
        return True  # 可以選擇運行由Perl、C等語言寫成的程序 · 问题可能包括…等等 · 部件(转子、轴承等): no commitment
    if name == "包括但不限于" and _zh_one(_ZH_CAUSE_HEAD).search(text, max(sentence[0], start - 16), start):
        return True  # 不可抗力，包括但不限于… · 该状况包括但不限于: the causes an exclusion names, not a scope
    if term.bound == "count" and (
        (start and text[start - 1] in _ZH_LIST_CLOSERS) or _zh_one(_ZH_CAUSES).match(text, span[1]) is not None
    ):
        return True  # after a cited title or a template's dots; …改造等引起的損壞: causes, not a scope
    if name in _ZH_COMMITTED_ONLY and _zh_one(_ZH_COMMITTED).search(text, sentence[0], sentence[1]) is None:
        return True  # …地 (or 处理得很快) in a description, not a promise
    if family == "VQ":
        if has.search(text, clause[0], start) and not binds.search(text, sentence[0], sentence[1]):
            return True
    elif family == "VT" and _zh_customer_timing(
        text, span, clause[0] if clause[0] == sentence[0] else _zh_option_reach(text, clause[0], sentence[0], start)
    ):
        return True  # 请及时与我公司联系 · 您可以隨時停止使用 · 客户可根据自身需求,…进行定期数据备份
    if name == "技术支持":
        return _zh_support_in_passing(text, span, clause)
    if name == _ZH_PAID_SERVICE and text.find("提供", clause[0], start) < 0:
        return True  # 甲方需要有偿服务的: a kind of work named, not a service offered
    if family != "VD" and _zh_advice_or_condition(text, start, clause, sentence):
        return True
    if name == _ZH_DEGREE:
        return patterns[6].search(text, clause[0], start) is not None
    return name == _ZH_SEVERITY and _zh_one(_ZH_OCCURS_IF).search(text, clause[0], start) is not None


def _zh_thanks(text: str, sentence: tuple[int, int], binds: re.Pattern[str]) -> bool:
    """The sentence thanks the reader (感谢/感謝/谢谢/謝謝) and binds nobody (lintzh8): what it says of the
    vendor is a courtesy; 感谢您的耐心,我们将及时回复 binds (将) and stays a promise."""
    return text.startswith(_ZH_THANKS, sentence[0]) and binds.search(text, sentence[0], sentence[1]) is None


def _zh_stated_belief(
    text: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int], binds: re.Pattern[str]
) -> bool:
    """The word is in what the writer says it believes or values, not in a term (lintzh13): after a belief verb
    that opens its clause behind the writer's own name (本公司十分重視客戶反饋 · 我們期待…,共同創造
    更好的業務成果, while no binding word follows it in the sentence), or in a clause that calls the thing what
    matters (…对客户很重要 · …才是公司得以成长的关键) and binds nobody. Not a duty to understand (乙方应了解…),
    nor a belief followed by a promise (本公司十分重視…,本公司…將啟動申訴處理流程 reaches its own clause only)."""
    start, end = span
    if _zh_one(_ZH_BELIEF_ANY).search(text, sentence[0], clause[1]) is None:
        return False
    valued = _zh_one(_ZH_VALUED).search(text, end, clause[1])
    if valued is not None and binds.search(text, clause[0], clause[1]) is None:
        return True
    m = _zh_one(_ZH_BELIEF).search(text, sentence[0], end)
    if m is None or m.start() > start:
        return False
    opens = max(sentence[0], *(text.rfind(c, sentence[0], m.start()) + 1 for c in "，,；;：:"))
    if _zh_one(_ZH_BELIEF_SUBJECT).fullmatch(text[opens : m.start()].lstrip(" \t•·-—*0123456789.、")) is None:
        return False
    return clause[0] <= m.start() or binds.search(text, m.end(), sentence[1]) is None


# (lintzh14) a motto under its label at the head of the sentence (核心理念: · 服务宗旨: · 願景:): what follows is an aim
_ZH_MOTTO_LABEL = r"[\s\d.、()（）]*[^，。；,;：:\s]{0,8}?(?:理念|宗旨|愿景|願景)\s*[:：]"
_ZH_MOTTO_REACH = 16  # characters: the label is short


def _zh_motto_label(text: str, lo: int, clause_start: int) -> bool:
    """The sentence opens with a motto's label and a colon before the word's clause (核心理念:以客户为中心,…)."""
    head_end = min(clause_start, lo + _ZH_MOTTO_REACH)
    if text.find("：", lo, head_end) < 0 and text.find(":", lo, head_end) < 0:
        return False  # most sentences: two finds, no pattern
    return _zh_one(_ZH_MOTTO_LABEL).match(text, lo, head_end) is not None


def _zh_stated_aim(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """An aim stated earlier in the sentence reaches the word's clause: after 宗旨是/宗旨为 and a colon the
    rest of the sentence is a motto; after 旨在 each clause that opens with an aim verb continues the aim
    (本售后服务政策旨在保障客户权益,提升客户满意度,确保…正常使用; not …旨在明确…服务,包括定期更新)."""
    head = text[sentence[0] : clause[0]]
    motto = head.find("宗旨")
    if motto >= 0 and head.startswith(_ZH_MOTTO, motto + 2):
        return True
    aim = head.find("旨在")
    if aim < 0:
        return False
    clauses = _zh_one(_CLAUSE_SEP).split(head[aim:] + text[clause[0] : clause[1]])[1:]
    return bool(clauses) and all(c.lstrip().startswith(_ZH_AIM_VERBS) for c in clauses)


def _zh_option_reach(text: str, clause_start: int, sentence_start: int, start: int) -> int:
    """Where the customer's option that governs a clause may start: the clause, or the sentence
    when the sentence opens with the customer's option and nothing up to the word names the
    vendor or a step of its own (客户可根据自身需求,使用…功能进行定期数据备份; not
    客户可提出申请,经审核后乙方定期备份)."""
    if not text[sentence_start:clause_start].lstrip(" \t0123456789.、()（）").startswith(zh_uses.CUSTOMERS):
        return clause_start  # most sentences: one slice, no pattern
    between = text[clause_start - 1 : start]
    if any(w in between for w in zh_uses.STEPS) or any(w in between for w in _ZH_VENDOR):
        return clause_start
    return sentence_start


def _zh_customer_timing(text: str, span: tuple[int, int], clause_start: int) -> bool:
    """A request to the reader, or the customer's own option, before the time word in its
    clause. An option to reach the vendor (客户可随时致电…), or a request to reach it at any
    time (如有问题请随时联系我们), promises the vendor's availability."""
    m = _zh_one(_ZH_REQUEST).search(text, clause_start, span[0])
    if m is None:
        return False
    if _zh_one(_ZH_CONTACT).match(text, span[1]) is None:
        return True
    return text[m.start()] in "请請" and not text.startswith(("随时", "隨時"), span[0])


def _zh_advice_or_condition(text: str, start: int, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Advice or a purpose earlier in the sentence (up to a clause with a party of its own), or the
    condition of an exception (除非客戶能充分證明…) or of a need (如需要定期維修) in its clause."""
    # a plain find (no copy, no regex) rules most sentences out before any pattern runs
    advice, need, party, aim = _zh_patterns()[7:11]
    if text.find("除非", clause[0], start) >= 0:
        return True
    if (text.find("如", clause[0], start) >= 0 or text.find("若", clause[0], start) >= 0) and need.search(
        text, clause[0], start
    ):
        return True
    if text.find("的目", sentence[0], sentence[1]) >= 0 and aim.search(text, sentence[0], sentence[1]):
        return True  # 定期巡检的目的在于…: what a practice is for
    if all(text.find(c, sentence[0], start) < 0 for c in _ZH_ADVICE_CHARS):
        return False
    m = advice.search(text, sentence[0], start)
    return m is not None and party.search(text, m.end(), start) is None


# context beyond the sentence: a list item under a lead-in that excludes (以下情况不属于保修范围：
# 1. …) or a heading of exclusions (除外责任) names what is not promised; its words promise nothing
# an item marker: a bullet, 1. 1、 (1) ① a. 一、, or a sub-item 8.4 under the lead-in 8. …不包括下列情況: (lintzh5)
_ZH_ITEM = r"[ \t]*(?:[-*•·●▪◦]|\d{1,2}[.、)）](?!\d)|\d{1,2}\.\d{1,2}(?![\d.])|[(（]\d{1,2}[)）]|[①-⑳]|[a-zA-Z][.、)）]|[一二三四五六七八九十]{1,3}[、.])"
_ZH_LEAD_IN = (
    r"[^\n]{0,80}?(?:不属于|不屬於|不在|不包括|不包含|不含|除外|免责|免責|不予|不提供|失效|无效|無效|"
    r"不适用|不適用|不获|不獲|不负责|不負責|酌收|收取)[^\n]{0,40}?[:：]\s*$"
)
# a lead-in that announces excluded items and ends as a sentence, not with a colon:
# 以下內容均不在保固範圍之內,本公司得依情形酌收費用。
_ZH_LEAD_IN_SENTENCE = (
    r"[^\n]{0,40}?(?:以下|下列)[^\n]{0,30}?(?:不属于|不屬於|不在|不包括|不包含|不含|除外|不予|不适用|不適用|"
    r"不负责|不負責|免责|免責)"
)
_ZH_LEAD_IN_OPENERS = ("以下", "下列")
# a heading of exclusions, numbered or not (6. 免除責任 · 四、免责条款 · 不保固範圍)
_ZH_EXCLUSION_HEADING = (
    r"[\s#*]*(?:第?[一二三四五六七八九十\d]{1,3}\s*[.、)）条條章]\s*|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*)?"
    r"(?:除外责任|除外責任|免责条款|免責條款|免责声明|免責聲明|豁免保养责任|豁免保養責任|免除责任|免除責任|"
    r"责任限制|責任限制|不保修范围|不保修範圍|不保固範圍|非保固範圍|非保修范围|保修除外|保固除外)[\s*:：]*$"
)
_ZH_HEADING_WORDS = ("除外", "免责", "免責", "豁免", "免除", "限制", "不保", "非保")
_ITEM_LOOKBACK = 40  # lines
# items whose bullets the source did not carry: short lines (each at most this long) under the
# lead-in, none of them binding anybody (乙方应…, 本公司将… would be terms, not items)
_UNMARKED_ITEM = 60  # characters
_UNMARKED_RUN = 12  # lines
_ZH_PARTY_OPENERS = ("乙方", "本公司", "我公司", "我司", "我们", "我們", "本店", "本车房", "本車房")  # the vendor


def _zh_item_committed(text: str, lo: int) -> bool:
    """The sentence at ``lo`` is a list item (its line opens with an item marker) under a lead-in line that binds
    or names a party or a scope (以下情形属于免费保修范围。/ a.耗材(电池、滤网等)): its open list is the scope owed."""
    item = _zh_context_patterns()[0]
    while text.startswith(("\n", "\r"), lo):
        lo += 1
    end = text.rfind("\n", 0, lo)
    if end < 0 or item.match(text, end + 1) is None:
        return False  # not a list item (most sentences: one find, one match)
    for _ in range(_ITEM_LOOKBACK):
        if end < 0:
            return False
        prev = text.rfind("\n", 0, end) + 1
        if text[prev:end].strip() and item.match(text, prev, end) is None:
            return zh_lists.commits(text, prev, end)  # the lead-in: the nearest line that is not an item
        end = prev - 1
    return False


def _zh_under_committing_colon(text: str, lo: int) -> bool:
    """The line before the sentence at ``lo`` is a lead-in (it ends in a colon) that binds or names a party or a
    scope (保养计划包括以下事项：): a bracketed example list in the item under it is the scope owed (lint22Z)."""
    while text.startswith(("\n", "\r"), lo):
        lo += 1
    end = text.rfind("\n", 0, lo)
    if end < 0:
        return False
    head = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
    return head.endswith((":", "：")) and zh_lists.commits(head, 0, len(head))


def zh_in_excluded_list(text: str, lo: int) -> bool:
    """The sentence at ``lo`` is in a list item (or the first line) under a lead-in that
    excludes: 以下情况不在保修范围内：/ 1. 一般维修、日常保养 — a list of what is not promised.
    Lines are read in place (no copies): most sentences are not list items, and the scan
    stops at the first line above that is not one."""
    item, lead_in, heading, _ = _zh_context_patterns()
    while text.startswith(("\n", "\r"), lo):
        lo += 1  # a sentence that follows a full stop starts at the line break
    end = text.rfind("\n", 0, lo)
    if end < 0:
        return False
    first = item.match(text, end + 1) is None
    line_end = text.find("\n", lo)
    run = _unmarked_item(text, end + 1, len(text) if line_end < 0 else line_end) if first else 0
    for _ in range(_ITEM_LOOKBACK):
        if end < 0:
            return False
        prev = text.rfind("\n", 0, end) + 1
        last = end - 1
        while last >= prev and text[last] in " \t\r":
            last -= 1
        if last >= prev:  # not a blank line
            if text[last] in ":：":  # a lead-in, marked as an item of an outer list or not
                return lead_in.match(text, prev, last + 1) is not None or (
                    last - prev < 24 and heading.match(text, prev, last + 1) is not None
                )
            if _zh_lead_in_sentence(text, prev, last + 1):
                return True
            if last - prev < 24 and heading.match(text, prev, last + 1) is not None:
                return True  # a heading of exclusions, numbered (6. 免除責任) or not
            if item.match(text, prev, end) is None:
                if not run or run >= _UNMARKED_RUN or not _unmarked_item(text, prev, last + 1):
                    return False
                run += 1  # one more unmarked item of the same list
            elif first:
                return False  # an unmarked line after marked items: the list has ended
        end = prev - 1
    return False


def _zh_lead_in_sentence(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` announces a list of exclusions in a sentence of its own (以下…不在…範圍之內。)."""
    if all(text.find(w, lo, hi) < 0 for w in _ZH_LEAD_IN_OPENERS):
        return False
    return _zh_context_patterns()[3].match(text, lo, hi) is not None


def _unmarked_item(text: str, lo: int, hi: int) -> int:
    """1 when ``text[lo:hi]`` may be an item whose bullet was lost: short, binding nobody, not
    opening with a party (本公司提供…, 乙方负责… start terms of their own)."""
    binds = _zh_patterns()[2]
    return int(
        hi - lo <= _UNMARKED_ITEM and not text.startswith(_ZH_PARTY_OPENERS, lo) and binds.search(text, lo, hi) is None
    )


def zh_lead_in_ends(text: str) -> list[int]:
    """Where the first line that may open a list of exclusions ends (a line ending in a
    colon, or a heading such as 除外责任), or where the first lead-in written as a sentence
    opens (以下內容均不在保固範圍之內。), as a list of at most one position: a sentence
    before it is no list item, and one after it is looked at line by line. Found once
    per text: colons with plain finds, the words of headings and lead-in sentences with one
    scan, each stopping at the first that qualifies."""
    heading, words = _zh_context_patterns()[2], _zh_lead_in_words()
    first = len(text)
    for colon in (":", "："):
        i = text.find(colon, 0, first)
        while i >= 0:
            j = i + 1
            while j < len(text) and text[j] in " \t\r":
                j += 1
            if text.startswith("\n", j):
                first = min(first, j)
                break
            i = text.find(colon, j, first)
    # the heading words and the openers of a lead-in sentence in one scan: a find per word
    # would read the whole text once per word (~2 ms per 4 MB each when absent)
    for m in words.finditer(text, 0, first):
        i = m.start()
        start, end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        end = len(text) if end < 0 else end
        if m.group() in _ZH_LEAD_IN_OPENERS:
            if _zh_lead_in_sentence(text, start, end):
                return [i]
        elif end < len(text) and heading.match(text, start, end):
            return [min(first, end)]
    return [first] if first < len(text) else []


@cache
def _zh_lead_in_words() -> re.Pattern[str]:
    """The words of exclusion headings and lead-in sentences, as one plain alternation: the
    engine scans for its opening characters by itself (a lookahead in front would stop that)."""
    return regex_cache.compile("|".join((*_ZH_HEADING_WORDS, *_ZH_LEAD_IN_OPENERS)))


@cache
def _zh_context_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        compile_with_first_pairs(p)
        for p in (
            _ZH_ITEM,
            _ZH_LEAD_IN,
            _ZH_EXCLUSION_HEADING,
            _ZH_LEAD_IN_SENTENCE,
        )
    )


_ZH_FEE_NOUNS = frozenset({"额外…费用", "額外…費用"})  # a fee named as a noun (相關費用), not a charging verb


def _zh_excluded_subject(text: str, term: Term, span: tuple[int, int], clause_end: int) -> bool:
    """The word is in the subject of an exclusion later in its clause (…等易损品不在…
    范围内); a bracket after the word starts a remark, not the predicate. An escape
    clause (特殊情况…除外) is still one: discretion words are not excused, but a charge is
    (第三方提供的…服務的相關費用都不予報銷: no charge is left open; lintzh7)."""
    fee = term.term in _ZH_FEE_NOUNS
    if term.family == "VD" and not fee:
        return False
    excluded, bracket = _zh_patterns()[4:6]
    m = excluded.search(text, span[1], clause_end)
    if m is None or bracket.search(text, span[1], m.start()) is not None:
        return False
    return not fee or text.find("或", span[1], m.start() + 1) < 0  # not 收費用或不予維修: an alternative


def _zh_support_in_passing(text: str, span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """技术支持 coordinated with other items, or followed by more of its noun phrase."""
    start, end = span
    if start > clause[0] and text[start - 1] in _ZH_COORDINATION:
        return True
    if text.startswith(_ZH_SERVICE_SUFFIX, end):
        end += 2
    nxt = text[end : end + 1]
    return bool(nxt) and (nxt in _ZH_COORDINATION or "\u4e00" <= nxt <= "\u9fff")


def _marked(
    marks: Marks, term: Term, span: tuple[int, int], clause: tuple[int, int], lo: int, hours_kept: bool = False
) -> bool:
    """Quoted, in an example list, negated, or (a time word) in a termination clause. ``hours_kept``: hours
    named but never stated, which a condition or a negation leaves unstated (see :func:`is_mention`)."""
    start = span[0]
    quotes = ascii_quotes = 0
    bracket: int | None = None
    examples: list[int] = []
    for pos, kind in marks:
        if pos >= start:
            if kind == "t" and pos < clause[1] and term.family == "VT":
                return True
            if pos >= clause[1]:
                break
            continue
        if kind == "q":
            quotes += 1
        elif kind == "Q":
            quotes -= 1
        elif kind == "a":
            ascii_quotes += 1
        elif kind == "b":
            bracket = pos
        elif kind == "c":
            if term.lang == "en" and bracket is not None:  # (e.g. …) closed: its examples end with it
                examples = [p for p in examples if (p if p >= 0 else -p - 1) < bracket]
            bracket = None
        elif pos >= clause[0] and (
            (kind == "n" and term.term not in _EN_UNNEGATED and not hours_kept)
            or (kind == "N" and term.lang == "en" and term.term not in _EN_UNNEGATED and not hours_kept)
            or (kind == "u" and term.family != "VD")
            or (kind == "t" and term.family == "VT")
        ):
            return True
        elif kind in "xr":
            # 如: negative, counts inside brackets, or before an open list in its clause (如云服务、带宽等)
            examples.append(pos if kind == "x" or (term.bound == "count" and pos >= clause[0]) else -pos - 1)
    if quotes > 0 and (term.lang == "en" or _closed_later(marks, start)):
        return True
    if ascii_quotes % 2:
        return True
    if not examples:
        return False  # most words (no generator to build)
    # an open list (等, etc.) may close a list of examples begun earlier in the sentence
    region = lo if term.bound == "count" else clause[0] if bracket is None else min(clause[0], bracket)
    return any(p >= region if p >= 0 else bracket is not None and -p - 1 >= bracket for p in examples)


def _closed_later(marks: Marks, start: int) -> bool:
    """A Chinese quote open before the word is closed after it in the sentence: a quote left open (视线〞
    in a scan, a typo) quotes nothing (lintzh8)."""
    return any(kind == "Q" for pos, kind in marks if pos >= start)


def _capitalised_mid_sentence(text: str, found: str, start: int, lo: int) -> bool:
    """``Technical Support`` in the middle of a sentence: a defined term, not the phrase."""
    words = found.split()
    if found.isupper() or not found[:1].isupper() or not all(w[:1].isupper() for w in words if len(w) > 3):
        return False  # SHOUTED TEXT is emphasis, not a defined term
    before = text[lo:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",’'(")
