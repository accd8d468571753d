"""The learned vague-sentence model (rule VM001): a sentence that reads like a vague commitment as a whole.

Hand-written rules catch a vague sentence by a word of the lexicon and the shape around it; on real contracts the
vague sentences they miss are a long tail of wordings each seen once ("完全没有后顾之忧", "until a permanent
solution is found"). This model scores a whole sentence instead: a logistic regression on TF-IDF n-grams trained on
the hand-labelled real-text corpus (``tests/lint/realtext/``, ~18,000 sentences) by ``bench/train_lint_model.py``,
which documents the configuration and writes the files read here (``<lang>.txt`` and ``<lang>.f32``). Scoring is plain
Python and reproduces scikit-learn's ``TfidfVectorizer`` (sublinear tf, smoothed idf, l2 norm per block) and
``decision_function``; a model is read on the first sentence of its language, not at import.

The model only speaks where no rule does (rules OR model, as judged in session 25) and only on Simplified Chinese and
English sentences: on Traditional Chinese it bought about one false alarm per catch.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")  # a number as one shape, as the training script does
_WHITE = re.compile(r"\s\s+")
_WORD = re.compile(r"(?u)\b\w+\b")
_SHORTEST = {False: 2, True: 4}  # a word shown in a finding: two Chinese characters, four Latin ones


@dataclass(frozen=True, slots=True)
class _Block:
    """One vectoriser's n-grams: ``kind`` (``char``, ``char_wb`` or ``word``), its n-gram range, and each n-gram's
    (idf, weight)."""

    kind: str
    low: int
    high: int
    terms: dict[str, tuple[float, float]]


@dataclass(frozen=True, slots=True)
class Model:
    intercept: float
    threshold: float
    blocks: tuple[_Block, ...]
    nfkc: bool = False  # the text is NFKC-normalised before its n-grams are cut

    def score(self, sentence: str) -> float:
        """The model's decision value for ``sentence`` (vague when at or above ``threshold``)."""
        text = _normalise(sentence, self.nfkc)
        total = self.intercept
        for block in self.blocks:
            get = block.terms.get
            dot = square = 0.0
            for gram, n in Counter(_ngrams(block, text)).items():
                known = get(gram)
                if known is not None:
                    value = known[0] if n == 1 else known[0] * (1.0 + math.log(n))
                    dot += value * known[1]
                    square += value * value
            if square:
                total += dot / math.sqrt(square)
        return total

    def leaning(self, sentence: str, k: int = 3) -> list[str]:
        """The ``k`` n-grams of ``sentence`` that push it most towards vague (for the finding's message)."""
        text = _normalise(sentence, self.nfkc)
        shares: list[tuple[float, str]] = []
        for block in self.blocks:
            counts = Counter(g for g in _ngrams(block, text) if g in block.terms)
            values = {g: (1.0 + math.log(n)) * block.terms[g][0] for g, n in counts.items()}
            norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
            shares += [(v / norm * block.terms[g][1], g.strip()) for g, v in values.items()]
        out: list[str] = []
        for share, gram in sorted(shares, reverse=True):
            if share <= 0 or len(out) == k:
                break
            if len(gram) >= _SHORTEST[gram.isascii()] and not any(gram in kept or kept in gram for kept in out):
                out.append(gram)
        return out


def _normalise(text: str, nfkc: bool) -> str:
    """As the training script: NFKC (full-width punctuation as ASCII), a number as one shape, lower case."""
    if nfkc:
        text = unicodedata.normalize("NFKC", text)
    return _DIGITS.sub("0", text).lower()


def _ngrams(block: _Block, text: str) -> list[str]:
    """scikit-learn's analysers: ``char``, ``char_wb`` and ``word`` n-grams."""
    if block.kind == "word":
        tokens = _WORD.findall(text)
        out = tokens if block.low == 1 else []
        for n in range(max(block.low, 2), min(block.high, len(tokens)) + 1):
            out = out + [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return out
    text = _WHITE.sub(" ", text)
    if block.kind == "char":
        out = list(text) if block.low == 1 else []
        for n in range(max(block.low, 2), min(block.high, len(text)) + 1):
            out += [text[i : i + n] for i in range(len(text) - n + 1)]
        return out
    out = []
    for word in text.split():
        grams = _WORD_GRAMS.get((word, block.low, block.high))
        if grams is None:
            grams = _word_grams(word, block.low, block.high)
        out += grams
    return out


_WORD_GRAMS: dict[tuple[str, int, int], list[str]] = {}  # words repeat: each word's n-grams are cut once
_WORD_GRAMS_KEPT = 100_000


def _word_grams(word: str, low: int, high: int) -> list[str]:
    """scikit-learn's ``char_wb`` n-grams of one word, padded with a space on each side."""
    w = f" {word} "
    out: list[str] = []
    for n in range(low, high + 1):
        last = len(w) - n
        if last <= 0:
            out.append(w)  # a word no longer than n counts once, whole
            break
        out += [w[i : i + n] for i in range(last + 1)]
    if len(_WORD_GRAMS) >= _WORD_GRAMS_KEPT:
        _WORD_GRAMS.clear()
    _WORD_GRAMS[(word, low, high)] = out
    return out


@cache
def model(lang: str) -> Model | None:
    """The model of ``lang`` (``zh-Hans`` or ``en``), read once; None for a language without one."""
    folder = resources.files(__name__)
    try:
        names = folder.joinpath(f"{lang}.txt").read_text(encoding="utf-8")
        values = array("f")
        values.frombytes(folder.joinpath(f"{lang}.f32").read_bytes())
    except FileNotFoundError:
        return None
    if sys.byteorder == "big":
        values.byteswap()
    return parse(names, values)


def parse(names: str, values: Sequence[float]) -> Model:
    """A model's two files (see ``bench/train_lint_model.py``): its n-grams, a line each under a comment and a JSON
    header, and its numbers, every idf and then every weight."""
    lines = names.split("\n")
    header = json.loads(lines[1])
    grams = lines[2 : len(lines) - 1]
    if len(values) != 2 * len(grams) or sum(b[3] for b in header["blocks"]) != len(grams):
        raise ValueError("the model's n-grams and numbers do not match: retrain with bench/train_lint_model.py")
    blocks = []
    at = 0
    for kind, low, high, count in header["blocks"]:
        idf = values[at : at + count]
        weight = values[len(grams) + at : len(grams) + at + count]
        blocks.append(
            _Block(kind, low, high, dict(zip(grams[at : at + count], zip(idf, weight, strict=True), strict=True)))
        )
        at += count
    return Model(header["intercept"], header["threshold"], tuple(blocks), header.get("nfkc", False))
