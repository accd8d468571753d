"""Block markup survives Jinja's trim_blocks: a line that ends with a block tag after
text loses its newline, which would glue the next paragraph onto it."""

from __future__ import annotations

import re

import pytest

from tests.clauses.conftest import LANGS, clause_files, load

_TAG_ONLY = re.compile(r"^\s*(\{%.*?%\})+\s*$")


@pytest.mark.parametrize("path", clause_files(), ids=lambda p: p.stem)
def test_no_text_line_ends_with_a_block_tag(path):
    data = load(path)
    for lang in LANGS:
        for n, line in enumerate(data["text"][lang].splitlines(), 1):
            if line.rstrip().endswith("%}") and not _TAG_ONLY.match(line):
                pytest.fail(f"{path.name} {lang} line {n}: text line ends with a block tag: {line.strip()[:80]}")


@pytest.mark.parametrize("path", clause_files(), ids=lambda p: p.stem)
def test_languages_have_the_same_template_logic(path):
    """zh-Hans, zh-Hant and en read the same spec fields (the same {% if %} skeleton)."""
    data = load(path)

    def skeleton(text: str) -> list[str]:
        return re.findall(r"\{%-?\s*(?:if|elif|for)\s+[^%]*?%\}", text)

    zh_hans = skeleton(data["text"]["zh-Hans"])
    assert skeleton(data["text"]["zh-Hant"]) == zh_hans
    assert skeleton(data["text"]["en"]) == zh_hans
