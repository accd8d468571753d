"""Missing libharfbuzz-subset or CJK fonts is said plainly, with the fix."""

from __future__ import annotations

import pytest
from render_documents import agreement

from termsmith.rendering import fonts
from termsmith.rendering.fonts import MissingFontsError, font_problems, require_fonts


def test_this_machine_has_everything() -> None:
    assert fonts.has_harfbuzz_subset()
    assert font_problems(["zh-Hans", "zh-Hant", "en"]) == []


def test_missing_harfbuzz_subset_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "has_harfbuzz_subset", lambda: False)
    with pytest.raises(MissingFontsError) as caught:
        require_fonts(["en"])
    message = str(caught.value)
    assert "libharfbuzz-subset" in message and "apt-get install -y libharfbuzz-subset0" in message


def test_missing_cjk_fonts_names_the_fonts_and_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "installed_families", lambda: frozenset({"Noto Serif", "Noto Sans"}))
    problems = font_problems(["zh-Hant"])
    assert len(problems) == 1
    assert "Noto Serif CJK TC" in problems[0].message and "Noto Sans CJK TC" in problems[0].message
    assert "fonts-noto-cjk" in problems[0].fix


def test_render_pdf_refuses_before_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    from termsmith.rendering import render_pdf

    monkeypatch.setattr(fonts, "installed_families", lambda: frozenset())
    with pytest.raises(MissingFontsError, match="fonts-noto-cjk"):
        render_pdf(agreement("zh-Hans"))


def test_without_fc_list_the_font_check_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "installed_families", lambda: None)
    assert font_problems(["zh-Hans"]) == []
