"""Vague-term lexicon: the terms each language rule flags, their replacements and exclusions.

``terms`` holds the hand-written data (Simplified Chinese and English);
``variants`` is generated from it by ``python -m termsmith.lint.lexicon.build``
(OpenCC s2t, s2tw, s2twp, s2hk) and holds the Traditional spellings, so running
the linter never needs OpenCC.
"""
