"""The vendor's name in three layouts of its own terms (session 24, extract24V), read back through the public API
from text and DOCX: a name the page defines once and then calls by its initials ('Cloud Guru IT ("CGIT")'), a
legal name whose words are common ones before a role bracket ("services provided by System Binaries LLC
("Provider")"), a legal name with its form as the subject of a promise ("Scilico, LLC will use …"), and the
"Company" of a definitions list given by its legal name ("• Company: Pro Cloud Solutions Ltd, …"). The negative
cases: "the Company" alone, a blank's placeholder, a legal form alone."""

from __future__ import annotations

from pathlib import Path

from extract_support import vendor_of

_BODY = "Critical issues receive a response within 4 hours. Support hours are 9:00 to 17:00 on business days."


def test_a_name_defined_once_by_its_initials_is_read_in_full(tmp_path: Path) -> None:
    found = vendor_of(
        tmp_path,
        'This SLA governs the services provided by Harbour Data IT ("HDIT") to its clients.',
        "HDIT will provide 24/7 support via email and live chat.",
        "HDIT guarantees the following service levels.",
        _BODY,
    )
    assert found == "Harbour Data IT"
