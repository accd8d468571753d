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

# VQ, near-synonyms of 妥善 (妥当 · 稳妥) and of 认真 (精心 · 悉心 · 用心 · 贴心): a manner of work with nothing to
# check it by
ZH_QUALITY_SYNONYMS: tuple[tuple[str, str, str], ...] = (
    *((w, "VQ", "写明具体措施（如加密存储、每日备份）") for w in ("妥当", "稳妥")),
    *((w, "VQ", "写明可检查的要求（如每次维修后 24 小时内提交记录）") for w in ("精心", "悉心", "用心", "贴心")),
)
# a manner adverb in -地 is judged as one, by the …地 pattern (妥当地保管 · 精心地维护), as 认真地
ZH_QUALITY_SYNONYM_EXCLUSIONS: tuple[str, ...] = tuple(w + "地" for w, _, _ in ZH_QUALITY_SYNONYMS)
