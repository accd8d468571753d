"""Issue 10, English, fifteenth round: a reading built from held-out-16's misses and kept because it gains on batches it
was not built from (held-out-6, held-out-11, held-out-15) and loses no catch and adds no false alarm anywhere (see
/work/notes/linten15-s8.md).

A line that opens with "a"/"an" and has no verb of obligation reads as a glossary entry (A defined performance standard
for support delivery, typically expressed as …) and promises nothing. Two forms are no glossary entry: an item a party
supplies, one line of a list of what to send (a detailed description of the problem), and a sentence whose duty is
"should" (A ticket should include …). Their vague words count.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

FLAGGED = [
    # an item of what to send, graded with no measure
    ("A detailed description of the fault", "VQ001", "detailed description"),
    ("a detailed description of the outage, including the steps already taken;", "VQ001", "detailed description"),
    (
        "A statement that the software performs substantially as described in the manual.",
        "VQ001",
        "substantially as described",
    ),
    # a duty with should, in a line that opens with an article
    ("A ticket should hold one request and should be answered in a timely manner.", "VT001", "in a timely manner"),
]


@pytest.mark.parametrize(("text", "code", "term"), FLAGGED)
def test_supplied_item_or_should_duty_is_no_glossary_entry(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)


NOT_WARNINGS = [
    # glossary entries: a noun phrase defined, its vague words describe the term
    "A defined response standard for each ticket, typically expressed as a number of hours.",
    "A service credit issued to the client when the provider misses a target, typically a percentage of the fee.",
    "A minor release contains bug fixes and may deliver additional functionality.",
    # a description further in is still an entry's explanation, not an item
    "A remedy clause, typically limited to a description of the credits available.",
]


@pytest.mark.parametrize("text", NOT_WARNINGS)
def test_glossary_entries_stay_silent(text: str) -> None:
    assert warnings(text) == []


# Emergency maintenance carved out of the downtime an availability figure counts, with no cap and no notice in its own
# clause: the provider decides what is an emergency, so the figure is left to its judgment (a definition of downtime
# or of maintenance is where the carve-out is made, so the definition does not silence it).
CARVED_OUT = [
    "Monthly availability is the share of minutes the platform is reachable, excluding planned outages and emergency "
    "maintenance.",
    '"Downtime" means any minute the portal cannot be reached, except for scheduled work announced 48 hours ahead or '
    "reasonable emergency maintenance.",
    '"Maintenance" means the routine upkeep of the hosted service or urgent emergency maintenance.',
    "Service credits do not include time lost to unplanned maintenance.",
]


@pytest.mark.parametrize("text", CARVED_OUT)
def test_emergency_maintenance_carved_out_of_downtime_is_flagged(text: str) -> None:
    assert ("VD001", next(w for w in ("emergency maintenance", "unplanned maintenance") if w in text)) in warnings(text)


NOT_CARVED_OUT = [
    # counted as downtime, capped in its own clause, a defined term in use, or no carve-out at all
    "Emergency maintenance minutes count towards the availability figure.",
    "Availability excludes emergency maintenance of at most 2 hours per month.",
    "Uptime excludes Scheduled Maintenance and Emergency Maintenance.",
    "Our engineers perform emergency maintenance around the clock.",
]


@pytest.mark.parametrize("text", NOT_CARVED_OUT)
def test_emergency_maintenance_counted_capped_or_defined_is_not_flagged(text: str) -> None:
    assert not any(term.endswith(" maintenance") for _, term in warnings(text))


# What one side must send, graded by clarity or brevity with no measure: whether it was clear or brief enough is
# decided afterwards by the side that receives it (after a verb of supplying, or as a duty on how it is written).
CLARITY_OWED = [
    ("The customer shall provide clear instructions for each change.", "provide clear instructions"),
    ("Each ticket must include a brief description of the fault.", "include a brief description"),
    ("Submit a concise summary of the problem with every request.", "Submit a concise summary"),
    ("All change requests must be clearly described before work starts.", "must be clearly described"),
]


@pytest.mark.parametrize(("text", "term"), CLARITY_OWED)
def test_clarity_owed_without_a_measure_is_flagged(text: str, term: str) -> None:
    assert ("VQ001", term) in warnings(text)


CLARITY_ELSEWHERE = [
    # a deliverable described, a policy's quality, a verb, an interruption's length, a measure in the clause
    "We will share a clear report of the findings.",
    "This policy sets a clear and predictable schedule for product releases.",
    "Engineers clear the cache after each deployment.",
    "Patching may cause a brief interruption of service.",
    "Include a brief description of the fault of at most 200 words.",
]


@pytest.mark.parametrize("text", CLARITY_ELSEWHERE)
def test_clarity_in_other_senses_is_not_flagged(text: str) -> None:
    assert not any(code == "VQ001" and ("clear" in term or "brief" in term) for code, term in warnings(text))
