"""The other ways a vendor names itself in its own terms, enumerated from the forms a name can take rather than read off
one document (`party_structure.self_named` tries them after its own `_SELF` forms, and only when no other reader
named anyone):

- the vendor as "we" in brackets, once or after its registration number ('Acme Pty Ltd (ABN 12 …) ("we")');
- a company that operates, owns or runs the service ("operated by Acme Software LLC"), provides its services or
  maintenance ("Acme Software Inc. provides software maintenance services"), welcomes the reader ("Welcome to Acme
  Ltd."), or stands opposite "you" in the terms ("between you and Acme Ltd", "between Acme Ltd and you"); a name
  in capitalised words that "agrees to provide the following services" (no legal form needed: the undertaking is the
  vendor's; "will provide" and "shall provide" were tried and read an abbreviation, 'CR will provide', as a name);
- a letterhead: one of the first three lines holding only a company's name ("**Highland AI Ltd**");
- in Chinese, a company (有限公司, 股份有限公司, 公司, 工作室) called 我们 or 本公司 in brackets, serving "you" or the
  customer (…有限公司为您提供), the service "provided by" it (本服务由…提供), 本公司(…有限公司);
- a copyright line anywhere in the document ("© 2025 Acme Inc.", "版权所有 © 深圳市…有限公司", "…股份有限公司 版權所有").

An English name here must end in a company suffix (Ltd, Inc, LLC, GmbH …), a Chinese one in a company word: a
bare brand, a role or a common word names no one.
"""

from __future__ import annotations

import re

# a company's name in capitalised words ending in its legal form, perhaps after a comma ("Acme, Inc.")
LEGAL_SUFFIX = (
    r"(?:Ltd|Limited|Inc|LLC|L\.L\.C|Corp|Corporation|Co|Company|GmbH|KG|AG|SA|Pty\s+Ltd|Pte\.?\s+Ltd|Pvt\.?\s+Ltd|Plc|"
    # the legal forms of other countries, dotted or not: S.A., B.V., N.V., S.L., S.r.l., S.p.A., SAS, SARL, AB, Oy, ApS,
    # Sdn Bhd
    r"LLP|BV|NV|S\.A|B\.V|N\.V|S\.L|S\.r\.l|S\.p\.A|SAS|SARL|SRL|AB|Oy|ApS|Sdn\.?\s+Bhd)\.?"
)
_COMPANY = (
    r"(?P<name>(?-i:[A-Z0-9][\w&.'-]*)(?:\s+(?:(?-i:[A-Z0-9&][\w&.'-]*)|of|and|for))*?,?\s+(?-i:" + LEGAL_SUFFIX + r"))"
    r"(?![\w])"
)
# a registration number's bracket after a name: "(ABN 12 345 678 901)", "(Company No. 1501)"
_REGISTRATION = r"(?:\s*\((?:ABN|ACN|UEN|NZBN|company|reg(?:istration|\.)?)\b[^()]*\))?"
# a Chinese company's name: its words up to the company word, after the start or a break
_ZH_COMPANY = r"(?P<name>[\u4e00-\u9fff()（）]{2,36}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司|公司|工作室))"
_ZH_START = r"(?:^|(?<=[\s,，。;；:：、]))"

# a brand, then its company's legal name in brackets ("Invoay (Hades Info Systems Pvt Ltd)")
_BRAND_COMPANY = r"(?-i:[A-Z][\w&.'-]*)(?:\s+(?-i:[A-Z][\w&.'-]*)){0,3}\s*\(\s*" + _COMPANY + r"\s*\)"

FORMS = [
    re.compile(_COMPANY + _REGISTRATION + r",?\s*\(\s*[\"“](?:we|us)[\"”]", re.IGNORECASE),
    re.compile(r"\b(?:operated|owned|run)\s+by\s+" + _COMPANY, re.IGNORECASE),
    re.compile(
        r"(?:^|(?<=[.;:]\s))" + _COMPANY + _REGISTRATION + r",?\s+(?:provides|offers|delivers)\s+(?:[\w-]+\s+){0,5}?"
        r"(?:support|maintenance|services)\b",
        re.IGNORECASE,
    ),
    re.compile(r"^\W*welcome\s+to\s+" + _COMPANY, re.IGNORECASE),
    # the vendor undertaking its services as the sentence's subject ("Stemn Enterprise agrees to provide the following
    # services", "KCC shall provide Support"); a party named by its role, "the" or "you" is no name
    re.compile(
        r"^(?!(?:the|our|we|this|these|each|all|any|it|you|customer|client|licensee|user|party|support|vendor|provider|"
        r"licensor|contractor|company|services?)\b)"
        r"(?P<name>(?-i:[A-Z][\w&.'-]*)(?:\s+(?-i:[A-Z][\w&.'-]*)){0,4})\s+(?:agrees\s+to|will|shall)\s+provide\s+"
        r"(?:the\s+following\s+|[\w-]+\s+){0,3}?(?:services|support|maintenance)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bbetween\s+you\s+and\s+" + _COMPANY, re.IGNORECASE),
    re.compile(r"\bbetween\s+" + _COMPANY + r"(?:\s*\([^()]*\))?,?\s+and\s+you\b", re.IGNORECASE),
    re.compile(
        _ZH_START + _ZH_COMPANY + r"\s*[(（]\s*(?:以下)?(?:简称|簡稱|称|稱)?\s*[\"“「『]?(?:我们|我們|本公司|我司|我方)"
    ),
    re.compile(_ZH_START + _ZH_COMPANY + r"(?:将|將)?(?:为|為|向)(?:您|你|客户|客戶|用户|用戶|贵方|貴方|各位)提供"),
    re.compile(r"由" + _ZH_COMPANY + r"(?:负责|負責)?提供"),
    # the service the company provides ("使用凌群電腦股份有限公司所提供之售後技術支援服務", "…有限公司提供的技术支持")
    re.compile(
        _ZH_START
        + r"(?:[\u4e00-\u9fff]{0,12}(?:使用|享受|享有|选择|選擇|获得|獲得|取得|购买|購買))?"
        + _ZH_COMPANY
        + r"(?:所)?提供(?:之|的)[\u4e00-\u9fff]{0,12}?(?:服务|服務|支持|支援|维护|維護|保固|保修)"
    ),
    re.compile(r"本公司\s*[(（]" + _ZH_COMPANY + r"[)）]"),
    # a brand with its company's legal name in brackets, as the page's subject or the one providing the service
    # ("services provided by Invoay (Hades Info Systems Pvt Ltd)", "Acme (Acme Software GmbH) provides …",
    # "EMQ（杭州映云科技有限公司）是一家…供应商", "由映云（…有限公司）提供")
    re.compile(r"\b(?:provided|supplied|delivered|offered|operated)\s+by\s+" + _BRAND_COMPANY, re.IGNORECASE),
    re.compile(r"^" + _BRAND_COMPANY + r"\s+(?:is|provides|offers|delivers)\b", re.IGNORECASE),
    re.compile(
        r"(?:^|由)\s*[A-Za-z0-9\u4e00-\u9fff][\w\u4e00-\u9fff .&-]{0,20}?\s*[(（]\s*" + _ZH_COMPANY + r"\s*[)）]\s*"
        r"(?:是|为|為|将|將|提供|负责|負責)"
    ),
]
# a letterhead: one of the document's first lines holding only a company's name, perhaps in bold
LETTERHEAD = re.compile(r"^[\s#*_]*" + _COMPANY + r"[\s*_]*$")
COPYRIGHT = [
    re.compile(
        r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?" + _COMPANY, re.IGNORECASE
    ),
    re.compile(r"(?:版权所有|版權所有)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?" + _ZH_COMPANY),
    re.compile(r"(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?" + _ZH_COMPANY, re.IGNORECASE),
    re.compile(_ZH_START + _ZH_COMPANY + r"\s*(?:版权所有|版權所有)"),
]
