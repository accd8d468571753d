"""Issue 10, English, sixteenth round (see /work/notes/linten16-s8.md): readings kept because they gain on batches they
were not built from and lose no catch and add no false alarm anywhere in the corpus.

Each case is a real sentence from the real-text corpus (its batch and file named beside it), from at least two batches
per reading.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

# --- an aim at a stated figure (the lead's third set of label decisions: "aim to / strive to / target" with a stated
# time is C; an efforts standard and an aim with no figure stay vague)

AIMS_AT_A_FIGURE = [
    # held-out cryptids:8 (the decision's example), held-out-16 cowwoc:17, held-out-4 sitesdiscovery:16
    "We aim to respond to all email inquiries within 24 hours during business days.",
    "We aim to respond within 2 business days.",
    "The Provider strives to maintain a 99.9% network uptime.",
]


@pytest.mark.parametrize("text", AIMS_AT_A_FIGURE)
def test_an_aim_at_a_stated_figure_is_no_efforts_standard(text: str) -> None:
    assert warnings(text) == []


AIMS_STILL_VAGUE = [
    # held-out-11 techwisesupport:21 and adlink:9, held-out-12 rapita:11: no figure
    (
        "While we strive to address all critical issues promptly, response times during out-of-hours periods may vary "
        "depending on availability.",
        "VE001",
        "strive to",
    ),
    (
        "We strive to ensure that wherever possible product features are preserved to ensure compatibility and "
        "interoperation between versions.",
        "VE001",
        "strive to",
    ),
    ("We aim to provide workarounds or fixes for assurance issues as soon as possible.", "VE001", "aim to"),
    # held-out-6 clearswift:9: an efforts standard reaching for the target times stays one
    (
        "Clearswift will use all reasonable endeavours to provide one of the following within the target times "
        "identified:-",
        "VE001",
        "reasonable endeavours",
    ),
]


@pytest.mark.parametrize(("text", "code", "term"), AIMS_STILL_VAGUE)
def test_an_aim_with_no_figure_and_an_efforts_standard_still_fire(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)


# --- the next release as the time of a fix, with no schedule (the third set of label decisions: "in the next release"
# / "next major release" is V unless the document states the release schedule)

NEXT_RELEASE = [
    # held-out-14 applatix:13 (built from), held-out-17 deployhub:24, held-out-12 fax2send:7 and orderscout:7
    (
        "Priority P3 and P4 Incidents - Applatix may include the Fix for the Error in the next major release of the "
        "Product.",
        "next major release",
    ),
    ("Provide fix in next major release of the Product.", "next major release"),
    ("The next release will include the applied fix.", "next release"),
    (
        "Once we have made the fix, it will become available with the next maintenance release.",
        "next maintenance release",
    ),
]


@pytest.mark.parametrize(("text", "term"), NEXT_RELEASE)
def test_the_next_release_with_no_schedule_is_an_open_time(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


NOT_NEXT_RELEASE = [
    # held-out-12 fax2send:5 and held-out-14 applatix:33: releases named, no fix timed by "the next" one
    "Release notes will define the differences from previous versions.",
    "Notwithstanding anything else, a Previous Sequential Release will be supported by Applatix only for a period of "
    "twelve (12) months after release of the subsequent release.",
    # our wording: a release named by its cadence is a bound (the replacement text of "future release")
    "The fix will ship in the next quarterly release.",
]


@pytest.mark.parametrize("text", NOT_NEXT_RELEASE)
def test_a_release_named_or_timed_by_its_cadence_is_no_open_time(text: str) -> None:
    assert warnings(text) == []


# --- what one side must supply or do, graded by "necessary" (the guide: a customer duty with an unmeasured standard is
# V, "necessary passwords"); what the vendor receives or gets binds nobody to a standard

NECESSARY_DUTIES = [
    # held-out-18 pasieka:14, :15 and :16 (built from), held-out-11 contractit:22, held-out-6 townlife:9
    "The Client shall undertake to support all measures necessary for the rendering of services by the Contractor.",
    "Furthermore, the Client shall take measures, which are necessary for the fulfilment of the contract and are not "
    "included in the scope of services of the Contractor.",
    "The Client shall provide all information, data and documents necessary for the execution of the order in the form "
    "requested by the Contractor, on the fixed dates and at their own cost.",
    "- Necessary passwords and credentials are made available to us securely.",
    "In the event of a security concern or risk, TownLife will take all actions necessary to ensure the privacy and "
    "protection of our clients is upheld.",
]


@pytest.mark.parametrize("text", NECESSARY_DUTIES)
def test_what_one_side_supplies_graded_by_necessary_is_flagged(text: str) -> None:
    assert any(code == "VD001" and "ecessary" in term for code, term in warnings(text)), warnings(text)


NECESSARY_RECEIVED = [
    # held-out-13 speakinwebs:6, held-out-15 openproject:30
    "I will make the updates to your website within 48 hours of receiving all of the necessary information.",
    "We will contact you to get the necessary information to set up your environment.",
    # held-out-13 annwed:6: a cost borne by the vendor, "required" not "necessary"
    "3. The cost of materials and labor required for the repair shall be borne by the company.",
]


@pytest.mark.parametrize("text", NECESSARY_RECEIVED)
def test_what_the_vendor_receives_is_no_duty(text: str) -> None:
    assert warnings(text) == []


def test_a_duty_to_provide_the_necessary_information_still_fires() -> None:
    # held-out-18 pasieka:27 and held-out-16 cumulocity:74: the supplying side is bound
    assert ("VD001", "necessary information") in warnings(
        "The Client shall support the Contractor in the rectification of defects and shall provide all necessary "
        "information."
    )
    assert ("VD001", "necessary information") in warnings(
        "Customer's ATC is responsible for cooperating with Provider's Global Support and providing necessary "
        "information to reproduce, troubleshoot and resolve the experienced error."
    )
