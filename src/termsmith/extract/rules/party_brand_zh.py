"""A Chinese firm named by its brand in Han characters on its own page: ``party_brand``'s fallback when no Latin
brand acts.

A name of two to eight Han characters that opens a clause (or follows 由) and acts — 提供, 将/會/可 …, 针对/針對,
定义/定義, 制定, 保证/保證, 负责/負責, 安排 … ("天絡隨時提供電話支援", "天絡將派員 …") — names the vendor when it acts
twice; the page's title beside its service ("丰捷软件售后服务") names it when a line of its own gives the firm's legal
name with the brand's words in it ("广州丰捷企业管理服务有限公司"), and then that legal name is the vendor. A role
(客户, 乙方, 本公司), a desk or staff (技术支持, 工程师), a product, system or service noun, a tender's procedure
(投标保证金), a clause's own words (a Han run holding a function character such as 的, 在, 后), a cloud that only hosts
(阿里云, 腾讯云) or the client names no firm; a title with its name again but no act names no one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from termsmith.extract.sentences import Sentence

_OPEN = r"(?:^|(?<=[\s,，。;；:：、】」)）!！?？]|[.)](?=\s))|(?<=由))"
_HAN_NAME = r"(?P<name>[\u4e00-\u9fff]{2,8}?)"
_ADVERB = r"(?:随时|隨時|即|立即|将|將|会|會|可|可以|均|也|亦|亦将|亦將|则|則|免费|免費|先){0,2}"
_VERB = (
    r"(?:提供|为|為|向|对|對|针对|針對|定义|定義|制定|保证|保證|承诺|承諾|致力|专注|專注|负责|負責|派员|派員|"
    r"协助|協助|安排|给予|給予|进行|進行|收取|保留)"
)
_ACTS = re.compile(_OPEN + _HAN_NAME + _ADVERB + _VERB)
_TITLE = re.compile(
    r"^[#*\s【\[『「]*"
    + _HAN_NAME
    + r"[】\]』」]?\s*(?:的)?(?:售后|售後|产品|產品|软件|軟件|軟體)?(?:服务|服務|技术支持|技術支援|"
    r"技術支持|系統維護|系统维护|维护|維護|客户服务|客戶服務|保固|保修)"
)
# words of a role, a desk, staff, a thing or a clause: a name holding one names no firm
_NOT_FIRM = re.compile(
    r"客户|客戶|用户|用戶|甲方|乙方|丙方|供应商|供應商|厂商|廠商|厂家|廠家|买方|買方|卖方|賣方|公司(?<!有限公司)|"
    r"工程师|工程師|人员|人員|技术|技術|支持|支援|服务|服務|维护|維護|维修|維修|系统|系統|平台|平臺|中心|团队|團隊|"
    r"部门|部門|产品|產品|设备|設備|保固|保修|售后|售後|合同|合約|协议|協議|契約|原厂|原廠|代理|经销|經銷|项目|項目|"
    r"软件|軟件|軟體|硬件|硬體|机构|機構|单位|單位|政府|双方|雙方|各方|对方|對方|问题|問題|故障|费用|費用|时间|時間|"
    r"网站|網站|维保|維保|现场|現場|会员|會員|清洁|清潔|续订|續訂|运维|運維|电话|電話|收费|收費|远程|遠程|免费|免費|适用|適用|标准|標準|阿里云|腾讯云|騰訊雲|华为云|華為雲|百度|微软|微軟|谷歌|亚马逊|亞馬遜|"
    # a tender's own procedure (投标保证金, 招标人对…, 采购人提供…: the bid, the tender, the purchase) and a database
    # object ("数据库对象": a product's feature list)
    r"投标|投標|招标|招標|采购|採購|中标|中標|报价|報價|磋商|谈判|談判|数据库|數據庫|資料庫|"
    # prepositions and conjunctions opening a clause ("通过对…的监控，确保…": by means of, not a firm)
    r"通过|通過|根据|根據|按照|依照|为了|為了|关于|關於|除了|只要|确保|確保|以便|[我您你本其该該此贵貴各如若在的是了不并並"
    r"及与與或和均皆等因于於所被把给給到从從自每再已有无無需须須应應请請如凡经經后後时時内內期间間上下中之一二三四五六七八九十]"
)


def firm_han(name: str) -> bool:
    """Whether a Han name may be a firm's: no role, desk, thing or clause word in it (a legal name always)."""
    core = re.sub(r"(?:有限公司|科技|软件|軟件|軟體)$", "", name)
    return (len(core) >= 2 and not _NOT_FIRM.search(core)) or bool(
        re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:股份)?有限公司", name)
    )


def han_vendor(sentences: Sequence[Sentence], taken: set[str]) -> tuple[str, Sentence] | None:
    """The Han name that acts twice, or that the page's title names beside a line giving its legal name; else None. ``taken`` are the names
    already read (the client)."""
    acts: Counter[str] = Counter()
    first: dict[str, Sentence] = {}
    titled: set[str] = set()
    for index, s in enumerate(sentences[:400]):
        text = re.sub(r"\*\*|__", "", s.norm)
        if index < 3 and len(text) < 60 and (t := _TITLE.match(text)) and firm_han(t["name"]):
            titled.add(t["name"])
            first.setdefault(t["name"], s)
        for m in _ACTS.finditer(text):
            if firm_han(m["name"]):
                acts[m["name"]] += 1
                first.setdefault(m["name"], s)
    legal = {k: _legal_name(sentences, k) for k in {*acts, *titled}}
    ranked = sorted(
        (k for k in legal if (acts[k] >= 2 or (k in titled and legal[k])) and not any(k in t for t in taken)),
        key=lambda k: (-acts[k], k),
    )
    if not ranked:
        return None
    best = ranked[0]
    # two names acting as often name no one, unless both are the one firm a legal-name line gives
    if any(acts[k] == acts[best] and (legal[k] or k) != (legal[best] or best) for k in ranked[1:]):
        return None
    return legal[best] or best, first[best]


def _legal_name(sentences: Sequence[Sentence], brand: str) -> str | None:
    """The firm's legal name when a line of its own gives it with the brand's words in it ("丰捷软件" → a line
    "广州丰捷企业管理服务有限公司")."""
    core = re.sub(r"(?:科技|软件|軟件|軟體|资讯|資訊|信息|网络|網路)$", "", brand)
    for s in sentences[:60]:
        line = s.norm.strip(" #*")
        if core in line and re.fullmatch(r"[\u4e00-\u9fff()（）]{2,30}(?:股份)?有限公司", line):
            return line
    return None
