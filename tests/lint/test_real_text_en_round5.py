"""Issue 10, English, fifth round: new members of known classes (held-out-7's first-run misses
were wordings the classes did not reach) and the forms that name a word without committing.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a speed adjective on any act of the service, not only on a response
        ("The provider will give prompt notification of any breach.", "prompt notification"),
        ("Customer shall provide prompt notice of defects;", "prompt notice"),
        # one side's judgment in other words: advised / instructed by, a judgment after a subject of several words
        ("Configuration is changed as instructed by the provider.", "instructed by"),
        ("Parts are replaced as advised by the manufacturer.", "advised by"),
        (
            "Access is granted once the provider's security team determines that the request is legitimate.",
            "once the provider's security team determines",
        ),
        ("The provider may direct further diagnostic steps.", "may direct further"),
        # a reserved right, plural, to change a price
        ("The provider reserves the rights to amend the annual fee.", "reserves the rights"),
        # a right reserved to act at one's discretion keeps the discretion
        ("We reserve the right to accept requests at our sole discretion.", "discretion"),
        ("We reserve the right to accept requests on a case-by-case basis.", "case-by-case"),
        ("Fees may be revised, subject to separate agreement.", "subject to separate agreement"),
        # fixed phrases found by trying the classes on our own sentences
        ("Service is restored on a best-effort basis.", "best-effort"),
        ("Questions are answered at our earliest convenience.", "earliest convenience"),
        ("Feature requests are built as resources permit.", "as resources permit"),
        ("Escalations are reviewed within a reasonable timeframe.", "within a reasonable timeframe"),
        ("The hourly rate is subject to annual review.", "subject to annual review"),
        ("Hosting prices may increase annually.", "may increase"),
        ("Custom work is quoted individually.", "quoted individually"),
    ],
)
def test_new_members_of_known_classes_warn(text: str, term: str) -> None:
    assert term in [t for _, t in warnings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # bounded: a figure, a period, a schedule
        "Hosting is billed at an hourly rate of USD 60.",
        "Hosting is billed at the hourly rate specified in Schedule 2.",
        "Data restores take at most 3 days.",
        "The vendor will give 14 days' written notice of any planned outage.",
        "The vendor will give notice of at least 30 days before any price change.",
        # the client's own direction is its choice, not a judgment imposed on it
        "Configuration is changed as directed by the client.",
        # a disclaimer in another wording
        "We cannot be held responsible for slow loading, outages or any other hosting-related problem.",
        # a term of art
        "Support must not be used in a way that a reasonable person would regard as abusive of other users' access.",
        # raw data asked as evidence of a claim is no deliverable
        "Credit requests must include detailed logs of the outage.",
        # a fee named with its amount or schedule, an agreement's own fee invoiced, a fee negated
        "A reactivation fee of USD 40 applies.",
        "Courier charges and storage fees apply as listed in Schedule 3.",
        "The subscription fees will be charged monthly in advance.",
        "Maintenance fees will be invoiced yearly.",
        "No additional fees apply.",
        # a minimum or a period with its figure
        "Downtime is kept to a minimum of 2 hours per quarter.",
        "Logs are kept for a short period of 14 days.",
    ],
)
def test_bounded_or_not_committed_members_stay_silent(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the document talking about its own wording
        "Throughout these terms, reference is made to our standard hourly rate.",
        "In this agreement we try to use plain words.",
        # a heading line
        "Weekend Rates\nOn weekends the rate is USD 120 per hour.",
        "Quick Response\nEvery ticket is answered within 2 hours.",
        # minor updates beside a major version: a release level
        "Within a major release the customer must install all minor updates.",
        # an open list bounded by parity with the other customers
        "Provider gives access to knowledge articles and other support resources, as far as they are available to its other customers.",
    ],
)
def test_forms_that_name_a_word_commit_nobody(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # the same words where they commit
        ("In this agreement we will respond promptly.", "promptly"),
        ("Quick Response\nWe try to answer every ticket.", "try to"),
        ("The customer must install all minor updates.", "minor updates"),
        ("Provider gives access to knowledge articles and other support resources.", "and other support"),
        ("Prompt response guaranteed.", "Prompt response"),
    ],
)
def test_the_same_words_still_commit(text: str, term: str) -> None:
    assert term in [t for _, t in warnings(text)]
