"""WeasyPrint loads without running ldconfig/gcc for library names of other platforms, and still works."""

from __future__ import annotations

import subprocess
import sys

import pytest

COUNT_SEARCHES = """
import subprocess, sys
calls = []
real = subprocess.Popen
class Counting(real):
    def __init__(self, *a, **k):
        calls.append(a[0] if a else k.get('args'))
        super().__init__(*a, **k)
subprocess.Popen = Counting
from termsmith.rendering import weasyprint_import
if sys.argv[1] == 'fail-fast-path':
    def broken():
        raise OSError('no sonames here')
    weasyprint_import._without_library_search = broken
weasyprint = weasyprint_import.import_weasyprint()
pdf = weasyprint.HTML(string='<p>合同 contract</p>').write_pdf()
print(len(calls), pdf[:5].decode())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is for Linux sonames")
def test_weasyprint_loads_without_searching_for_libraries_and_lays_out_a_page() -> None:
    out = subprocess.run([sys.executable, "-c", COUNT_SEARCHES, "fast"], capture_output=True, text=True, check=True)
    searches, magic = out.stdout.split()
    assert magic == "%PDF-"
    assert searches == "0"


def test_without_the_shortcut_weasyprint_still_loads_the_usual_way() -> None:
    out = subprocess.run(
        [sys.executable, "-c", COUNT_SEARCHES, "fail-fast-path"], capture_output=True, text=True, check=True
    )
    searches, magic = out.stdout.split()
    assert magic == "%PDF-"
    assert int(searches) > 0  # the usual way asks ldconfig/gcc for the names that do not load
