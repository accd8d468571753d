"""Issue 10, English: vague wording recognised by its grammatical shape.

Each entry of ``EN_PATTERN_TERMS`` (a vague quantifier on a piece of work, a need
left open, a recurring activity with no period, a hedged modal, one side's
judgment, hours named but not stated, a charge with no price, efforts of any
wording, speed and quality adjectives on a service, open lists) is found in a
commitment, is bounded by the right English quantity, and is left alone where
English text describes rather than commits (a purpose recital, an unquoted
glossary entry, a severity level, the topic of advice, the consequence of a
termination). Sentences are from the real-text corpus or shaped like it.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings
from realtext_corpus import load, score, termsmith_linter

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text
from termsmith.lint.lexicon.demoted import DEMOTED
from termsmith.lint.lexicon.en_charge import EN_CHARGE_TERMS
from termsmith.lint.lexicon.en_client24 import EN_CLIENT_TERMS_24
from termsmith.lint.lexicon.en_effort23 import EN_EFFORT_TERMS_23
from termsmith.lint.lexicon.en_open22 import EN_OPEN_TERMS_22
from termsmith.lint.lexicon.en_open32 import EN_OPEN_TERMS_32
from termsmith.lint.lexicon.en_priority22 import EN_PRIORITY_TERMS_22
from termsmith.lint.lexicon.en_round7 import EN_CLASS_TERMS_7
from termsmith.lint.lexicon.en_round8 import EN_CLASS_TERMS_8
from termsmith.lint.lexicon.en_round9 import EN_CLASS_TERMS_9
from termsmith.lint.lexicon.en_round10 import EN_CLASS_TERMS_10
from termsmith.lint.lexicon.en_round11 import EN_CLASS_TERMS_11
from termsmith.lint.lexicon.en_round13 import EN_CLASS_TERMS_13
from termsmith.lint.lexicon.en_round15 import EN_CLASS_TERMS_15
from termsmith.lint.lexicon.en_round16 import EN_CLASS_TERMS_16
from termsmith.lint.lexicon.en_round17 import EN_CLASS_TERMS_17
from termsmith.lint.lexicon.terms import EN_CLASS_TERMS, EN_CLASS_TERMS_6, EN_PATTERN_TERMS


def infos(text: str) -> list[str]:
    return [d.message.split('"')[1] for d in lint_text(text, "t.txt") if d.severity is Severity.INFO]


SHAPES = [
    ("minor/some … work", "Minor website improvements.", "VS001", "Minor website improvements"),
    ("minor/some … work", "The plan includes some content updates.", "VS001", "some content updates"),
    ("needed … work", "Completing any needed core updates to the site.", "VD001", "needed core updates"),
    (
        "scheduled … (no period)",
        "Included in your care plan are scheduled website backups.",
        "VT001",
        "scheduled website backups",
    ),
    ("may … (hedged)", "During holidays, support hours may be limited.", "VD001", "may be limited"),
    (
        "may … (hedged)",
        "Note that this may not be applicable to intermittent problems.",
        "VD001",
        "may not be applicable",
    ),
    ("subject to change", "These terms are subject to change.", "VD001", "subject to change"),
    (
        "… determines / deems",
        "Maintenance will not include any release which Licensor determines to be a separate product.",
        "VD001",
        "which Licensor determines",
    ),
    ("determined by …", "Emergency maintenance as determined by Stilog.", "VD001", "determined by"),
    ("in its judgment", "The Vendor may reject a request in its sole judgment.", "VD001", "in its sole judgment"),
    (
        "normal business hours",
        "Response times apply only during normal day-time working hours.",
        "VT001",
        "normal day-time working hours",
    ),
    ("billed separately", "Major redesigns are billed separately.", "VD001", "billed separately"),
    ("billed separately", "Telephone support by separate arrangement.", "VD001", "separate arrangement"),
    ("… rates", "Extra work is charged at the current hourly rate.", "VD001", "current hourly rate"),
    ("… rates", "Sites may be added at the applicable per-site rate.", "VD001", "applicable per-site rate"),
    ("… efforts", "Vendor shall use diligent efforts to fix errors.", "VE001", "diligent efforts"),
    ("prompt / fast …", "We offer prompt response to all tickets.", "VT001", "prompt response"),
    ("… and other …", "Plugin updates, backups and other related tasks.", "VS001", "and other related tasks"),
    (
        "to X's satisfaction",
        "The work is redone to the Client's satisfaction.",
        "VQ001",
        "to the Client's satisfaction",
    ),
]


@pytest.mark.parametrize(("name", "text", "code", "term"), SHAPES)
def test_each_shape_is_found_in_a_commitment(name: str, text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)


def test_every_shape_has_an_example() -> None:
    # the fourth and fifth rounds' classes have theirs in test_real_text_en_classes.py, the sixth's in
    # test_real_text_en_round6.py, the seventh's in test_real_text_en_round7.py, the eighth's in
    # test_real_text_en_eighth.py, the ninth's in test_real_text_en_ninth.py, the tenth's in test_real_text_en_tenth.py,
    # the eleventh's in test_real_text_en_eleventh.py, the thirteenth's in test_real_text_en_thirteenth.py, the
    # fifteenth's in test_real_text_en_fifteenth.py, the charge with no price (lintmech15) in test_charge_no_price_s15.py
    others = (
        *EN_CLASS_TERMS,
        *EN_CLASS_TERMS_6,
        *EN_CLASS_TERMS_7,
        *EN_CLASS_TERMS_8,
        *EN_CLASS_TERMS_9,
        *EN_CLASS_TERMS_10,
        *EN_CLASS_TERMS_11,
        *EN_CLASS_TERMS_13,
        *EN_CLASS_TERMS_15,
        *EN_CLASS_TERMS_16,
        *EN_CLASS_TERMS_17,
        *EN_CHARGE_TERMS,
        *EN_OPEN_TERMS_22,  # (lint22E) examples in test_open_terms_22.py
        *EN_PRIORITY_TERMS_22,  # (lint22S) examples in test_lint22s_commitments.py
        *EN_EFFORT_TERMS_23,  # (lint23R) examples in test_lint23r_efforts.py
        *EN_CLIENT_TERMS_24,  # (lint24Q) examples in test_lint24q_client_supplies.py
        *EN_OPEN_TERMS_32,  # (lint32A, lint32B) examples in test_open_terms_32.py
    )
    # (lint26D) the shapes reported at info level have theirs in test_demoted.py
    assert {name for name, *_ in SHAPES} == {
        entry[0] for entry in EN_PATTERN_TERMS if entry not in others and entry[0] not in DEMOTED
    }


@pytest.mark.parametrize(
    "text",
    [
        "Up to 2 minor updates per month.",  # a cap on the work, in one expression
        "Scheduled daily backups.",  # the period is in the phrase
        "New pages are quoted separately at the rates of this Agreement.",  # the price is referenced
        "Minor changes to pages, for packages that include a time allotment.",  # the allotment bounds them
        "Response times apply during normal business hours (9:00-17:00 CET).",
    ],
)
def test_the_right_quantity_bounds_the_shape(text: str) -> None:
    assert warnings(text) == []


def test_a_charge_is_not_bounded_by_the_words_hourly_rate() -> None:
    """ "standard hourly rate" names a rate, it does not state one."""
    assert ("VD001", "standard hourly rate") in warnings("Major redesigns are billed at the standard hourly rate.")
    assert warnings("Major redesigns are billed at the standard hourly rate of $120.") == []


@pytest.mark.parametrize(
    "text",
    [
        # purpose recitals and an unquoted glossary entry
        "The purpose of incident management is to restore service in a timely manner.",
        "Care+ is a subscription-based service designed to provide ongoing maintenance and technical support.",
        'This Enterprise Support Policy ("Support Policy") describes the technical support services provided.',
        "A monetary credit issued to the client when the provider fails to meet a defined service level, "
        "typically expressed as a percentage of monthly fees.",
        # a severity level's description
        "Severity 2: performance degrades substantially under reasonable loads; the software is usable, "
        "but materially incomplete.",
        "Sev 2 (High): Major degradation; workaround possible but materially impacts business.",
        # the topic of advice, the consequence of a termination
        "Guidance on Service configuration and best practices",
        "If you decide to cancel, all backups will be immediately deleted.",
        # a quantity, a defined measure, an option, services outside the agreement
        "The SaaS is down and Customer cannot execute one or more important business processes.",
        "The time dedicated each month will be determined by the Maintenance Package purchased by Client.",
        "Access to other services provided via the Support Site.",
        "We will in all events endeavour to beat these response times.",
        "Several support offerings are available, with discrete pricing for each service.",
    ],
)
def test_english_text_that_describes_rather_than_commits(text: str) -> None:
    assert warnings(text) == []


def test_negation_does_not_cure_discretion() -> None:
    """An exclusion that leaves its scope to one side's judgment is still open."""
    text = "Maintenance services will not include any releases which Licensor determines to be a separate product."
    assert ("VD001", "which Licensor determines") in warnings(text)
    assert (
        warnings("Maintenance services will not include releases that are priced separately in the Order Form.") == []
    )


def test_quoted_efforts_standard_before_basis_is_used() -> None:
    assert ("VE001", "best efforts") in warnings("Bug fixes will be attempted on a 'best efforts' basis.")
    assert warnings("Avoid the phrase 'best efforts' in a contract.") == []


def test_held_out_4_english_figures_do_not_regress() -> None:
    """Regression floor from the one run on the fourth held-out batch (English), at commit
    2613350, after all tuning: 16/38 vague caught, 15/128 false alarms, 9 of 18 findings
    on professionally drafted SLAs right. Far below the issue's targets; see
    realtext/README.md. Measured, not a target: a change may raise these, not lower them."""
    s = score(load("held-out-4"), termsmith_linter)["en"]
    # (linten16) sitesdiscovery:16 relabelled V → C under the third set of label decisions (was 38 and 128);
    # (linten17) stakater:13 V → C under its second part ("or as agreed" after a stated term)
    assert (s.vague, s.clean) == (36, 130), "the corpus changed: update the floor from a fresh measurement"
    assert s.caught >= 16 and s.false_alarms <= 15
    assert s.right_findings >= 9 and s.findings - s.right_findings <= 9


def test_held_out_5_english_figures_do_not_regress() -> None:
    """Regression floor from the one run on the fifth held-out batch (English), at commit
    5411150 (linten2), after all tuning: 26/46 vague caught, 23/138 false alarms, 14 of 25
    findings on professionally drafted SLAs right. Below the issue's targets; see
    realtext/README.md. Measured, not a target."""
    s = score(load("held-out-5"), termsmith_linter)["en"]
    # (linten16) aegisdb:53 relabelled V → C under the third set of label decisions (was 46 and 138)
    assert (s.vague, s.clean) == (45, 139), "the corpus changed: update the floor from a fresh measurement"
    assert s.caught >= 26 and s.false_alarms <= 23
    assert s.right_findings >= 14 and s.findings - s.right_findings <= 11
