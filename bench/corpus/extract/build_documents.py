"""Build the DOCX and PDF versions of a few corpus texts, to exercise the readers.

DOCX: python-docx, one paragraph per line. PDF: the text as simple HTML printed by
headless Chromium (like a browser "print to PDF"). Run from the repository root:
    .venv/bin/python bench/corpus/extract/build_documents.py [STEM…]
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent / "docs"
DOCX = (
    "zh06",
    "zh12",
    "en09",
    "en14",
    "en16",
    "en23",
    "en27",
    "en31",
    "en33",
    "en41",
    "en48",
    "en51",
    "en57",
    "en60",
    "en67",
    "en78",
    "en85",
    "en90",
    "en92",
    "en97",
    "en103",
    "en111",
    "en126",
    "en132",
    "en139",
    "en146",
    "en151",
    "en161",
    "en173",
    "en182",
    "en190",
    "en198",
    "en205",
    "en215",
    "en225",
    "en236",
    "en243",
    "en253",
    "en264",
    "en275",
    "en283",
    "en291",
    "en301",
    "en315",
    "en324",
    "en336",
    "en348",
    "en360",
    "en375",
    "en387",
    "en396",
    "en421",
    "en409",
    "en437",
    "en444",
    "en459",
    "en468",
    "en480",
    "en493",
    "en505",
    "en518",
    "en532",
    "en548",
    "en562",
    "en575",
    "en596",
    "en610",
    "en621",
    "en636",
    "en650",
    "en665",
    "en683",
    "en695",
    "en712",
    "en725",
    "en741",
    "en745",
    "en757",
    "en767",
    "en777",
    "en787",
    "en823",
    "en833",
    "en843",
    "en853",
    "en863",
    "en873",
    "en883",
    "zh313",
    "zh318",
    "en919",
    "en944",
)
PDF = (
    "zh09",
    "tw03",
    "tw06",
    "zh21",
    "zh26",
    "zh33",
    "zh37",
    "zh41",
    "zh45",
    "zh50",
    "zh55",
    "zh60",
    "zh65",
    "zh69",
    "tw52",
    "tw54",
    "zh78",
    "zh79",
    "zh83",
    "zh86",
    "zh88",
    "zh89",
    "zh90",
    "zh92",
    "zh95",
    "zh98",
    "en152",
    "en162",
    "en174",
    "en183",
    "en191",
    "en199",
    "en204",
    "en214",
    "en224",
    "en235",
    "en242",
    "en252",
    "zh121",
    "zh122",
    "zh124",
    "zh129",
    "zh133",
    "tw84",
    "zh147",
    "tw94",
    "en351",
    "zh168",
    "zh177",
    "en384",
    "zh189",
    "en420",
    "zh196",
    "zh210",
    "zh217",
    "tw144",
    "zh231",
    "zh238",
    "zh245",
    "en507",
    "zh259",
    "zh268",
    "en546",
    "en561",
    "en574",
    "en590",
    "en606",
    "en620",
    "en640",
    "zh292",
    "en667",
    "en680",
    "en699",
    "en711",
    "en727",
    "en735",
    "en747",
    "en755",
    "en765",
    "en775",
    "en785",
    "en821",
    "en831",
    "en841",
    "en851",
    "en861",
    "en871",
    "en881",
    "zh314",
    "en917",
    "en937",
)


def build_docx(stem: str) -> None:
    import docx

    document = docx.Document()
    for line in (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line)
    document.save(str(HERE / f"{stem}.docx"))


def build_pdf(stem: str) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("chromium is needed to print the PDF versions")
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:'Noto Sans CJK SC',"
        f"sans-serif;font-size:12pt;margin:2cm}}</style></head><body>{body}</body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "page.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={HERE / f'{stem}.pdf'}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


if __name__ == "__main__":
    wanted = set(sys.argv[1:])  # stems to build (default: all), so adding a batch leaves the others' bytes alone
    docx_stems = [s for s in DOCX if not wanted or s in wanted]
    pdf_stems = [s for s in PDF if not wanted or s in wanted]
    for stem in docx_stems:
        build_docx(stem)
    for stem in pdf_stems:
        build_pdf(stem)
    print("built", ", ".join([f"{s}.docx" for s in docx_stems] + [f"{s}.pdf" for s in pdf_stems]))
