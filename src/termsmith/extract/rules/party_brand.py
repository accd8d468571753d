"""The vendor named only by its brand on its own page: the firm the page speaks as (the lead's decision of session 19,
en215's reading).

One reading, not a list of pages: a name in capitalised words (or a Latin brand in a Chinese text) that is the one who
acts — the subject of will / shall / provides / offers / ensures / responds … ("Krishagni shall respond …", "dcupl
strives to offer …", "Databend 为 … 用户提供 … 服务", "Frasertec 將提供以下服務"), the name a bracket calls "we"
('Tyler ("we") will provide', 'Starter WP, Inc. ("Starter WP," "we," "us")', "由 LunarHosts（下稱本團隊、我們）制定"), the
firm in "At Vimsy, we …", or the firm in a relative clause about its service ("the service commitments Vimsy makes to
our clients"). A name counts when it acts twice, or once with a service for its object (provides …
support, 提供 … 服务; "support provided by Appbrew"), or once in such a bracket or clause. A role ("the Customer will"), a generic team ("Technical Support
will"), a platform the work runs on (WordPress, AWS, Microsoft …) or the client already read names no vendor; two
names that act as often as each other name no one. `parties` asks this reader only when no other reader named the
vendor. When no name acts often enough, the brand that owns the page's desk, staff and services reads it
(``party_brand_owner``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from termsmith.extract.rules.party_brand_owner import owner_vendor
from termsmith.extract.rules.party_brand_text import unmarked
from termsmith.extract.rules.party_brand_zh import han_vendor
from termsmith.extract.rules.party_self_forms import LEGAL_SUFFIX
from termsmith.extract.sentences import Sentence

# a name: one to four capitalised tokens (CamelCase, all capitals, digits, a hyphen: "TH-EY", "BODLIZ STUDIO"), or a
# token of a few lower-case letters before an inner capital ("dbaPlatform", not "macOS"); any other lower-case brand
# only as one token at the start of a sentence ("dcupl strives to …")
_TOKEN = r"(?-i:[A-Z][\w&'.-]*[\w]|[A-Z]|[a-z]{1,5}[A-Z][a-z][\w]*)"
_NAME = r"(?P<name>" + _TOKEN + r"(?:\s+(?:&\s+)?" + _TOKEN + r"){0,3})"
_LEAD = (
    r"(?:^|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s)|^(?:In|Under|For|With)\s+(?:this|each|the|these)\s+\w+\s+)"
    r"(?:[-*•>#\s]|\d+[.)]\s)*"
)
_ACTS = (
    r"(?:will|shall|must|may|agrees\s+to|commits\s+to|strives\s+to|endeavou?rs\s+to|undertakes\s+to|does\s+not|"
    r"is\s+(?:not\s+)?(?:responsible|liable|committed)|"
    r"(?:also\s+)?(?:provides|offers?|delivers|ensures|guarantees|warrants|responds|prides\s+itself|charges|bills|"
    r"transfers|retains|reserves))\b"
)
_SUBJECT = re.compile(_LEAD + _NAME + r"\s+" + _ACTS)
# a name with its legal form, perhaps after a comma, as the one who acts ("Scilico, LLC will use …", "Acme Pty Ltd
# shall respond"): a company that makes the page's promises, enough alone
_LEGAL_SUBJECT = re.compile(
    _LEAD + r"(?P<name>" + _TOKEN + r"(?:\s+(?:&\s+)?" + _TOKEN + r"){0,3},?\s+(?-i:" + LEGAL_SUFFIX + r"))\s+" + _ACTS
)
# a lower-case brand at the very start of a sentence
_LOWER_SUBJECT = re.compile(r"^(?P<name>[a-z][a-z0-9]{2,20})\s+" + _ACTS)
# the service for object of a single act: "Wallstudios offer professional … maintenance and support services"
_SERVES = re.compile(
    r"\b(?:provides?|offers?|delivers?|will\s+provide|shall\s+provide)\b[^.;]{0,80}?\b(?:support|services?|maintenance|"
    r"hosting|plans?)\b",
    re.IGNORECASE,
)
# the name a bracket calls "we", perhaps after its own short name: 'Tyler ("we")', 'Acme, Inc. ("Acme," "we")'
_WE_BRACKET = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>"
    + _TOKEN
    + r"(?:,?\s+(?:&\s+)?"
    + _TOKEN
    + r"){0,4})\.?\s*\(\s*(?:[\"“][^\"“”]{1,30}[\"”],?\s*)*"
    r"[\"“](?:we|us|our)\b"
)
# the page's own mentions of the firm, each one more act but none enough alone: the service "provided by" it, its
# services, support or terms ("Everryn Digital's SaaS services"), the page's title beside Support / SLA / Terms
# ("Starlight Support Coverage", "ACM Website Contract Maintenance Plans", "ClickHouse Cloud 支持服务")
# the whole name, never a shorter piece of it before a bracket ("CodeVelo.dev LLC (“CodeVelo”)" is not "CodeVelo.dev
# LL"); a name a bracket calls "we" counts in _WE_BRACKET instead
_BY = re.compile(
    r"\b(?:provided|offered|delivered|performed|supplied|issued)\s+by\s+"
    + _NAME
    + r"(?![\w&'-]|\.\w|\s+(?:&\s+)?[A-Z]|\s*\(\s*[\"“](?:we|us|our)\b)"
)
# the page's service right before "provided by": the firm serves, an act that counts alone ("the scope of support
# provided by Appbrew", "how support is provided by The Hosting Hotel Inc.", "services provided by Danny to the Client",
# "the service level agreement (SLA) provided by Switch IT")
_SERVICE_BEFORE = re.compile(
    r"\b(?:support|services?|sla\)?|maintenance|hosting|assistance)\s+(?:(?:is|are|being|will\s+be)\s+)?$",
    re.IGNORECASE,
)
_OWN = re.compile(
    _NAME + r"\s?['’`]s\s+(?:[\w-]+\s+){0,2}?(?:services?|support|sla|service\s+level|terms|help\s*desk|team|"
    r"obligations|commitments)\b"
)
_TITLE = re.compile(
    r"^[#*\s]*(?:title:\s*)?"
    + _NAME.replace("{0,3})", "{0,3}?)")
    + r"(?:\s?['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:support|sla|service\s+level|terms|"
    r"maintenance|services|plans?|policy)\b"
)
# the firm in a relative clause whose object is its service: "the service commitments Vimsy makes to our clients",
# "the support commitments that Simple App Foundry provides", "the standards of service Everryn Digital commits to"
_RELATIVE = re.compile(
    r"\b(?:that|which|commitments|obligations|standards(?:\s+of\s+service)?|levels)\s+"
    + _NAME
    + r"\s+(?:makes|provides|commits\s+to|offers|delivers|undertakes)\b"
)
_AT_WE = re.compile(r"^\W*At\s+" + _NAME + r",\s+we\b")
# a Latin brand in a Chinese text that serves the user or provides a service ("ClickHouse 为我们的 … 用户和客户提供支持服务",
# "Frasertec 將提供以下服務"), or that a bracket calls 我们 / 本團隊 ("由 LunarHosts（下稱本團隊、我們）制定")
_ZH_BRAND = r"(?P<name>(?-i:[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9])(?:\s(?-i:[A-Z][A-Za-z0-9&.-]*)){0,2})"
_ZH_ACTS = re.compile(
    r"(?:^|(?<=[\s,，。;；:：、]))"
    + _ZH_BRAND
    + r"\s*(?:(?:将|將|会|會)?(?:为|為|向)[^，。,;；]{0,40}?提供|(?:将|將)提供)"
    r"[^，。;；]{0,30}?(?:服务|服務|支持|支援|维护|維護)"
)
_ZH_TITLE = re.compile(
    r"^[#*\s]*(?:title:\s*)?" + _ZH_BRAND + r"\s*[\u4e00-\u9fff\sA-Za-z]{0,12}?(?:支持|服务|服務|条款|條款)"
)
_ZH_WE = re.compile(
    _ZH_BRAND + r"\s*[(（]\s*(?:以下|下)?(?:简称|簡稱|称|稱)[^)）]{0,12}?(?:我们|我們|本团队|本團隊|本公司|本站|我司)"
)

# a product the page's client uses, not the firm: "assistance in the use of SAGICC or in its configuration", "SAGICC is
# available and operational", "log in to Acme"
# (the firm's own "products and services" after the name are the firm's: "usage of CloudMates products")
_OWN_OFFER = r"(?![\w&'-]|\s+(?i:products?|services?|solutions?|platforms?|software|support|teams?|tools?|apps?)\b)"
_PRODUCT = (
    re.compile(r"\b(?i:use|using|usage)\s+of\s+(?:the\s+)?" + _NAME + _OWN_OFFER),
    re.compile(
        _NAME + r"\s+(?i:is|are)\s+(?:not\s+)?(?i:available|operational|unavailable|down|unreachable|installed)\b"
    ),
    re.compile(
        r"\b(?i:log\s*(?:in|on)\s*(?:to|into)?|sign\s+in\s+to|install(?:ing)?|configur(?:e|ing))\s+"
        + _NAME
        + _OWN_OFFER
    ),
)
# the last word of a group of clients ("Non Contract Customers will be provided …"): no firm
_CLIENT_GROUP = re.compile(r"(?i:customers?|clients?|users?|subscribers?|members?|licensees?)$")
# words a role, a team or a document takes; a name of these words only names no firm ("Technical Support will")
_GENERIC = frozenset(
    re.findall(
        r"\S+",
        "the a an our we you your this that these those each either neither both all any it they he she its their "
        "customer customers client clients user users licensee licensor provider vendor supplier contractor consultant "
        "developer designer company party parties agency team support technical service services desk help helpdesk "
        "account manager engineer engineers staff hosting maintenance plan plans web website system software product "
        "premium standard basic level priority severity incident ticket response agreement terms sla policy schedule "
        "note if when where upon please such no nothing payment fees fee owner administrator admin it cloud platform "
        "in for after before during unless except once while as at by on with from to and or not i issue issues problem "
        "request requests case bug error defect update work project invoice seller buyer purchaser call calls email "
        "emails tickets changes updates",
    )
)
# platforms, stores and clouds a vendor builds on or resells: the subject of a sentence about them is not the vendor
_PLATFORMS = frozenset(
    re.findall(
        r"\S+",
        "wordpress woocommerce shopify magento odoo drupal joomla wix squarespace aws amazon azure microsoft google apple "
        "github gitlab atlassian jira salesforce oracle sap hubspot cloudflare stripe paypal android ios windows linux "
        "office godaddy bluehost digitalocean heroku netlify vercel zendesk slack zoom",
    )
)


# a legal form and nothing else ("LLC" after "Scilico, "); a name ending in its legal form ("System Binaries LLC")
_FORM_ONLY = re.compile(r"(?:\W*(?:" + LEGAL_SUFFIX + r")\W*)+", re.IGNORECASE)
_ENDS_IN_FORM = re.compile(r"(?<=[\s,])(?:" + LEGAL_SUFFIX + r")$")


def _is_firm(name: str) -> bool:
    words = re.findall(r"[\w&'.-]+", name.lower())
    if _FORM_ONLY.fullmatch(name):
        return False  # a legal form alone ("LLC will …" after "Scilico,") is no name
    if len(words) > 1 and _ENDS_IN_FORM.search(name):
        # a name that ends in its legal form is a firm when one word before it is no common word ("System Binaries
        # LLC"; not "The Company")
        return any(w.strip(".'") not in _GENERIC for w in words[:-1]) and not any(w in _PLATFORMS for w in words)
    if len(words) > 2 and words[0] == "the" and re.fullmatch(r"(?:inc|llc|ltd|limited|corp|gmbh)\.?", words[-1]):
        # a legal name, its article and common words its own ("The Hosting Hotel Inc.")
        return not any(w in _PLATFORMS for w in words)
    if not words or all(w.strip(".'") in _GENERIC for w in words) or _CLIENT_GROUP.search(name):
        return False
    return words[0].strip(".'") not in _GENERIC and not any(w in _PLATFORMS for w in words)


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", name.lower())


def brand_vendor(sentences: Sequence[Sentence], others: Sequence[str] = ()) -> tuple[str, Sentence] | None:
    """The name the page speaks as, and the first sentence it acts in; else None. ``others`` are names already read
    (the client): none of them is the vendor."""
    taken = {_key(o) for o in others}
    acts: Counter[str] = Counter()
    strong: set[str] = set()
    spelled: dict[str, tuple[str, Sentence]] = {}
    products: set[str] = set()
    for index, s in enumerate(sentences[:400]):
        text = unmarked(s.norm)
        products |= {_key(m["name"]) for pattern in _PRODUCT for m in pattern.finditer(text)}
        found: list[tuple[str, bool]] = []
        for m in _WE_BRACKET.finditer(text):
            found.append((m["name"], True))
        for pattern in (_AT_WE, _ZH_WE, _RELATIVE):
            found += [(m["name"], True) for m in pattern.finditer(text)]
        for m in _BY.finditer(text):
            found.append((m["name"], bool(_SERVICE_BEFORE.search(text, 0, m.start()))))
        mentions = [*_OWN.finditer(text)]
        if index < 3 and len(text) < 90:
            mentions += [t for pattern in (_TITLE, _ZH_TITLE) if (t := pattern.match(text))]
        found += [(m["name"], False) for m in mentions if m["name"]]
        for m in _ZH_ACTS.finditer(text):
            found.append((m["name"], True))
        found += [(m["name"], True) for m in _LEGAL_SUBJECT.finditer(text)]
        for m in [*_SUBJECT.finditer(text), *_LOWER_SUBJECT.finditer(text)]:
            object_ = _SERVES.search(text, m.end("name"))
            found.append((m["name"], bool(object_ and object_.start() - m.end("name") < 30)))
        for name, serves in found:
            name = re.sub(r"\s?['’`]s$", "", name.strip(" ,"))
            key = _key(name)
            if not key or key in taken or not _is_firm(name):
                continue
            acts[key] += 1
            if serves:
                strong.add(key)
            spelled.setdefault(key, (name, s))
    for product in products & set(acts):
        del acts[product]
    ranked = [k for k in acts if acts[k] >= 2 or k in strong]
    if not ranked:
        return han_vendor(sentences, taken) or owner_vendor(sentences, acts, spelled, _key, _is_firm, taken | products)
    ranked.sort(key=lambda k: (-acts[k], -(k in strong)))
    best = ranked[0]
    if len(ranked) > 1 and acts[ranked[1]] == acts[best] and (ranked[1] in strong) == (best in strong):
        return None
    name, sentence = spelled[best]
    return _defined_by(sentences, name) or name, sentence


# the legal forms a longer name may end in
_LEGAL_FORM = r"(?-i:Inc|LLC|Ltd|Limited|Corp|GmbH)\.?"
# a longer name ending perhaps in its legal form, the words of a short name defined in quotes after it
_LONG = re.compile(
    r"(?P<long>" + _TOKEN + r"(?:\s+(?:&\s+|of\s+|and\s+)?" + _TOKEN + r"){1,5}(?:,?\s+" + _LEGAL_FORM + r")?)"
)


def _defined_by(sentences: Sequence[Sentence], short: str) -> str | None:
    """The name a quoted short name is defined for ('Team Solutions Group ("TSG")', 'Today Systems, Inc., 716 … ("Today")'):
    the capitalised words before the bracket that start with the short name or whose initials spell it."""
    quoted = re.compile(r"\(\s*(?:the\s+)?[\"“]" + re.escape(short) + r"[,\"”]")
    for s in sentences[:60]:
        q = quoted.search(s.norm)
        if not q:
            continue
        for m in _LONG.finditer(s.norm[: q.start()]):
            words = re.findall(r"[A-Za-z][\w&'-]*", re.sub(r",?\s+" + _LEGAL_FORM + "$", "", m["long"]))
            # a word in capitals gives all its letters ("Cloud Guru IT" is "CGIT")
            words = [w for w in words if w.lower() not in ("of", "and")]
            initials = {"".join(w[0] for w in words), "".join(w if w.isupper() else w[0] for w in words)}
            if m["long"].startswith(short + " ") or short in initials:
                return m["long"]
    return None
