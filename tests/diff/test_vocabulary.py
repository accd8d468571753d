"""Every term a diff can report has a name in zh-Hans, zh-Hant and en and a favour rule that fits it.

The terms are read off the spec model (``termsmith.diff.fields``), never listed by hand here, so
a field added to the spec fails this test until it is named and its direction decided (a rule, or
``none: <reason>`` when the direction is not determinate).
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

import opencc
import pytest
from pydantic import BaseModel

from termsmith.audit.simplified import SIMPLIFIED_ONLY
from termsmith.diff.compare import compare
from termsmith.diff.fields import Term, terms
from termsmith.diff.names import NAMES
from termsmith.diff.rules import RULES
from termsmith.diff.terms import favours, matches, name
from termsmith.spec.defaults import default_duration
from termsmith.spec.legal import Holder, Owner
from termsmith.spec.model import Spec
from termsmith.spec.service import TimeLimit
from termsmith.spec.types import Cadence, Duration, Money, Percent
from termsmith.validation import validate_path

REPO = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff]")
TO_SIMPLIFIED = opencc.OpenCC("t2s")
TERMS = list(terms(Spec))

_ORDERED = (Duration, TimeLimit, Money, Percent, Decimal, int)


def _base(kind: Any) -> Any:
    return get_args(kind)[0] if get_origin(kind) is Annotated else kind


def unnamed(term: Term) -> list[str]:
    """What is wrong with a term's names (empty when it is named properly in every language)."""
    entry = NAMES.get(term.pattern)
    if entry is None:
        return ["no name"]
    hans, hant, en = entry
    problems = []
    if not (CJK.search(hans) and CJK.search(hant)):
        problems.append("a Chinese name without Chinese")
    if TO_SIMPLIFIED.convert(hans) != hans:
        problems.append(f"Traditional characters in zh-Hans {hans!r}")
    if bad := sorted({c for c in hant if c in SIMPLIFIED_ONLY}):
        problems.append(f"Simplified-only {''.join(bad)} in zh-Hant {hant!r}")
    if CJK.search(en) or not en.strip():
        problems.append(f"English name {en!r}")
    if "*" in term.pattern and not all("{key}" in n for n in entry):
        problems.append("an item's name that does not say which item ({key})")
    return problems


def rule_of(pattern: str) -> str | None:
    return next((rule for p, rule in RULES if matches(pattern, p)), None)


def misfit(term: Term) -> str | None:
    """Why the term's favour rule cannot decide its changes (None when it can, or says why not)."""
    rule = rule_of(term.pattern)
    kind = _base(term.type)
    if rule is None:
        return "no rule (add one, or 'none: <reason>')"
    if rule.startswith("none"):
        return None if len(rule.removeprefix("none:").strip()) >= 20 else f"{rule!r} gives no reason"
    if rule in ("more-client", "more-vendor"):
        ok = isinstance(kind, type) and issubclass(kind, _ORDERED) and kind is not bool
    elif rule in ("true-client", "true-vendor"):
        ok = kind is bool
    elif rule == "frequent-client":
        ok = kind is Cadence
    elif rule == "owner":
        ok = kind in (Owner, Holder)
    elif rule in ("added-client", "added-vendor"):
        is_section = term.optional and isinstance(kind, type) and issubclass(kind, BaseModel)
        ok = term.is_item or get_origin(kind) is list or is_section
    elif rule.startswith("rank-client:"):
        values = rule.removeprefix("rank-client:").split(",")
        ok = isinstance(kind, type) and issubclass(kind, StrEnum) and sorted(values) == sorted(m.value for m in kind)
    else:
        return f"unknown rule {rule!r}"
    return None if ok else f"rule {rule!r} does not fit a {getattr(kind, '__name__', kind)}"


def test_the_walk_covers_the_new_defaulted_fields() -> None:
    patterns = {t.pattern for t in TERMS}
    for expected in (
        "force_majeure.notice_within",
        "notice_periods.paid_work_acceptance",
        "security.ssl_renewal_before",
        "training.session_notice",
        "termination.repeated_failures",
        "severity_levels.*.response",
        "fees.rate_card.*",
        "data_protection.personal_information",
    ):
        assert expected in patterns


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.pattern)
def test_every_term_is_named_in_every_language(term: Term) -> None:
    assert unnamed(term) == []


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.pattern)
def test_every_term_has_a_favour_rule_or_a_reason_why_not(term: Term) -> None:
    assert misfit(term) is None


def test_no_name_or_rule_for_a_term_the_spec_does_not_have() -> None:
    patterns = {t.pattern for t in TERMS}
    assert set(NAMES) - patterns == set()
    assert [p for p, _ in RULES if not any(matches(t, p) for t in patterns)] == []


def test_a_new_field_without_a_name_or_rule_is_caught() -> None:
    """The checks above fail for a field that nobody named: the next new field cannot be forgotten."""

    class Grown(Spec):
        acceptance_notice: Duration = default_duration("3 days", "A field added after this test was written")

    new = [t for t in terms(Grown) if t.pattern == "acceptance_notice"]
    assert len(new) == 1
    assert unnamed(new[0]) == ["no name"]
    assert misfit(new[0]) == "no rule (add one, or 'none: <reason>')"


def test_a_rule_that_does_not_fit_its_field_is_caught() -> None:
    ssl = next(t for t in TERMS if t.pattern == "security.ssl_renewal_before")
    flag = next(t for t in TERMS if t.pattern == "security.ssl_renewal")
    assert misfit(ssl) is None and misfit(flag) is None
    swapped = Term(ssl.pattern, flag.type, ssl.optional)  # a boolean judged by "more-client"
    assert misfit(swapped) == "rule 'more-client' does not fit a bool"


def test_every_change_between_the_samples_is_a_walked_term_with_its_own_name() -> None:
    """The walk agrees with compare: the patterns real diffs produce are all walked and named."""
    samples = sorted((REPO / "samples").glob("*.yaml"))
    specs = [validate_path(p).document.spec for p in samples]
    patterns = {t.pattern for t in TERMS}
    seen: set[str] = set()
    for old, new in pairwise(specs):
        for change in compare(old, new):
            seen.add(change.pattern)
            assert change.pattern in patterns
            assert CJK.search(name(change, "zh-Hans")), change.pattern  # its own name, not the English fallback
    assert len(seen) > 100  # the samples differ in most terms, so the check above is not vacuous


SAMPLE = REPO / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def _changes(tmp_path: Path, edits: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "new.yaml"
    path.write_text(text, encoding="utf-8")
    old_spec, new_spec = (validate_path(p).document.spec for p in (SAMPLE, path))
    return {c.dotted: favours(c) for c in compare(old_spec, new_spec)}


def test_each_kind_of_rule_decides_its_changes(tmp_path: Path) -> None:
    got = _changes(
        tmp_path,
        (
            ("        starts: after-free-period\n", "        starts: signing\n"),  # rank-client: billed sooner
            ("      billing: in-advance\n", "      billing: in-arrears\n"),  # rank-client: paid after the service
            ("      domain: client\n", "      domain: vendor\n"),  # owner (an account holder)
            ("      included: true\n", "      included: false\n"),  # true-client switched off
            ("  reporting:\n", "  notice_periods:\n    invoice_dispute: 10 business days\n  reporting:\n"),
            ("  disputes:\n", "  force_majeure:\n    terminate_after: 60 days\n  disputes:\n"),
        ),
    )
    assert got == {
        "fees.recurring.retainer.starts": "vendor",
        "payment.recurring.billing": "client",
        "intellectual_property.accounts.domain": "vendor",
        "fees.tax.included": "vendor",
        "notice_periods.invoice_dispute": "client",  # the client's time to act
        "force_majeure.terminate_after": "vendor",
    }


def test_a_section_of_vendor_commitments_removed_favours_the_vendor_and_a_none_rule_nobody(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    start, end = text.index("  reporting:\n"), text.index("  service_credits:\n")
    got = _changes(tmp_path, ((text[start:end], ""), ("    grey_release: 10%\n", "    grey_release: 20%\n")))
    assert got == {"reporting": "vendor", "upgrades.grey_release": None}
    assert str(rule_of("upgrades.grey_release")).startswith("none: ")
