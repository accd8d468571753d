"""Closure of the Chinese families over near-synonyms and complements (lintclosure16).

As ``en_closure16`` for English: candidates from the lexicon's own words (快速/迅速/尽快/即刻, 妥善, 优质, 竭力) and
from a thesaurus of Chinese (近义词), kept where the labelling guide calls the word vague in a commitment. Written in
Simplified script; ``variants.py`` (``python -m termsmith.lint.lexicon.build``) adds the Traditional spellings.
bench/lint_closure/README.md lists every candidate and why it was kept or not.
"""

from __future__ import annotations

# VT, 得 complements of speed that no term holds (处理得很快, 解决得非常快; 处理得及时 and 修复得迅速 already hold their
# term): the complement position of the speed words
ZH_TIME_COMPLEMENTS: tuple[tuple[str, str, str], ...] = tuple(
    (w, "VT", "在 N 小时内") for w in ("得很快", "得非常快", "得十分快", "得尽可能快")
)
