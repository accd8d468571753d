"""Every clause file is well-formed: keys, id, version, status, languages; templates name real clauses."""

from __future__ import annotations

import re

import pytest

from tests.clauses.conftest import LANGS, clause_files, load

REQUIRED = {"id", "version", "status", "title", "text"}
ALLOWED = REQUIRED | {"applies_when"}
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")


@pytest.mark.parametrize("path", clause_files(), ids=lambda p: p.stem)
def test_clause_file_is_well_formed(path):
    data = load(path)
    assert REQUIRED <= set(data) <= ALLOWED, set(data) ^ REQUIRED
    assert data["id"] == path.stem
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", data["id"])
    assert SEMVER.match(str(data["version"]))
    assert data["status"] in ("draft", "approved", "deprecated")
    for key in ("title", "text"):
        assert set(data[key]) == set(LANGS), f"{key} must have exactly {LANGS}"
        for lang in LANGS:
            assert isinstance(data[key][lang], str) and data[key][lang].strip(), (key, lang)
    if "applies_when" in data:
        assert re.fullmatch(r"spec(\.[a-z_]+)+", data["applies_when"])


def test_library_is_complete(clauses):
    # the articles an after-sales agreement needs (DOMAIN.md), each as a clause
    needed = {
        "parties",
        "recitals",
        "definitions",
        "scope-included",
        "scope-excluded",
        "term-and-renewal",
        "service-calendar",
        "support-channels",
        "severity-levels",
        "incident-handling",
        "free-maintenance",
        "fees",
        "tax-and-invoices",
        "payment",
        "change-control",
        "intellectual-property",
        "source-handover",
        "accounts",
        "confidentiality",
        "data-protection",
        "personal-information",
        "backups",
        "security",
        "operations",
        "upgrades",
        "training-and-documents",
        "reporting",
        "service-credits",
        "penalties",
        "liability",
        "termination",
        "force-majeure",
        "dispute-resolution",
        "language-precedence",
        "notices",
        "miscellaneous",
        "signature-block",
    }
    assert needed <= set(clauses)


def _ids(template: dict) -> list[str]:
    ids = list(template.get("preamble", [])) + list(template.get("closing", []))
    for article in template["articles"]:
        ids += article["clauses"]
        assert set(article["heading"]) == {"zh-Hans", "zh-Hant", "en"}
    return ids


def test_templates_name_existing_clauses_once(templates, clauses):
    assert set(templates) == {"service-agreement", "quote"}
    assert templates["service-agreement"]["kind"] == "agreement"
    assert templates["quote"]["kind"] == "quote"
    for name, template in templates.items():
        ids = _ids(template)
        assert len(ids) == len(set(ids)), f"{name} lists a clause twice"
        missing = set(ids) - set(clauses)
        assert not missing, f"{name} names missing clauses {missing}"


def test_every_clause_is_used(templates, clauses):
    used = {cid for t in templates.values() for cid in _ids(t)}
    assert set(clauses) - used == set()


def test_article_order_follows_chinese_convention(templates):
    headings = [a["heading"]["zh-Hans"] for a in templates["service-agreement"]["articles"]]
    order = [
        "定义",
        "服务内容与范围",
        "服务期限",
        "服务标准与响应时限",
        "免费维护期",
        "收费标准与付款方式",
        "知识产权",
        "保密",
        "违约责任",
        "不可抗力",
        "争议解决",
        "其他",
    ]
    positions = [headings.index(h) for h in order]
    assert positions == sorted(positions)
    assert headings[-1] == "其他"


def test_clauses_that_are_referenced_always_apply(clauses):
    """ref('x') must find x in every document: a referenced clause has no applies_when."""
    referenced = set()
    for data in clauses.values():
        for text in data["text"].values():
            referenced |= set(re.findall(r"ref\('([a-z0-9-]+)'\)", text))
    assert referenced <= set(clauses)
    conditional = {cid for cid in referenced if "applies_when" in clauses[cid]}
    assert conditional == set()
