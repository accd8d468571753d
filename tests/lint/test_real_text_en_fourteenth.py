"""Issue 10, English, fourteenth round: constructions read from held-out-15 and kept only where they help on at least
two batches they were not built from, with no catch lost anywhere (see /work/notes/linten14-s7.md).

How the product runs, as the aim of a task the sentence states (patches to keep things going smoothly · we check the
site to ensure things are working smoothly), grades no service: the task is what is promised. After a verb of effort
(we work to keep … running smoothly), with a promise of its own (we will ensure …), or as the task itself (Ensure the
services are running properly) the grade still counts.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

NOT_WARNINGS = [
    # the state as the aim of a stated task: a purpose infinitive whose last verb is one of running
    "Weekly plugin updates to keep the shop running smoothly.",
    "We restart the server each night to ensure the database is working reliably.",
    "After each release we test the checkout to make sure payments are functioning properly.",
    "We monitor the backups when it comes to ensuring the archive performs efficiently.",
]


@pytest.mark.parametrize("text", NOT_WARNINGS)
def test_running_state_as_a_tasks_aim_is_not_a_warning(text: str) -> None:
    assert warnings(text) == []


FLAGGED = [
    # the nearest vague neighbours: effort as the promise, a promise of its own, the state as the task itself,
    # the adverb grading the service, and a grade that is no way of running
    ("We work to keep your site running smoothly.", "VQ001", "smoothly"),
    ("We strive to ensure the platform performs seamlessly.", "VQ001", "seamlessly"),
    ("We check the site to ensure we will keep it running smoothly.", "VQ001", "smoothly"),
    ("Your website will run smoothly.", "VQ001", "smoothly"),
    ("We handle every ticket smoothly to keep you happy.", "VQ001", "smoothly"),
    ("We update plugins to keep your site secure and run a smooth service.", "VQ001", "smooth"),
]


@pytest.mark.parametrize(("text", "code", "term"), FLAGGED)
def test_grade_without_a_stated_task_is_flagged(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)
