"""VM001: a sentence the learned model reads as a vague commitment, where no lexicon rule found anything.

The rule is opt-in, as ruff's preview rules are: it runs only when selected by name or family (``termsmith lint
--select ALL,VM001``, or ``extend-select = ["VM"]`` in the configuration), because scoring every sentence costs
throughput (``bench/bench_lint.py --learned``). The model and how it was judged: ``termsmith.lint.learned``,
``bench/train_lint_model.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from termsmith import regex_cache
from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.lint.registry import Rule, register

VM001 = register(
    Rule(
        code="VM001",
        name="vague-sentence",
        severity=Severity.WARNING,
        message="the sentence reads as a vague commitment",
        what="Flags a whole sentence that a model trained on hand-labelled real contracts reads as a vague "
        "commitment, when no lexicon rule found a vague term in it. Opt-in: `termsmith lint --select ALL,VM001`, "
        'or `extend-select = ["VM"]` in `[tool.termsmith.lint]`. Simplified Chinese and English only.',
        why="Vague promises come in more wordings than any word list holds: on contracts nobody tuned on, the "
        "lexicon rules catch about two vague sentences in three. The model catches part of the rest (on the "
        "never-seen batches held-out-45/46: English 62 → 75 of 98 vague sentences, Simplified Chinese 16 → 19 of 25) "
        "at the cost of more false alarms (English 38 → 47 of 468 clean sentences). The finding names the words "
        "that weighed most, so a reviewer can judge it.",
        example="我公司将优先保证用户的备件供应，并可负责为用户安装更换。\n"
        "We will notify you early if it looks like remote resolution isn't possible.",
        instead="乙方保证在4小时内提供备件，并免费为用户安装更换。\n"
        "If remote resolution fails within 4 business hours, we will tell you that day and send an engineer the "
        "next business day.",
        real=(
            "“在寻求永久的解决办法之时,可能会提供暂时的应急措施供客户采用。” — flagged: no lexicon word, an open "
            "“may” with no time (a network maintenance contract, tests/lint/realtext/held-out-9)",
            "“We will notify you early if it looks like remote resolution isn’t possible.” — flagged: “early” and "
            "“possible” as a whole (SFPCTV, Remote Support Policy, held-out-36)",
            "“As a result, our service offering is generally of an extremely high standard.” — flagged: a quality "
            "claim graded by nothing (Hosting Cloud, Performance SLA, held-out-37)",
        ),
    )
)

_LONGEST = 1500  # characters: a longer "sentence" is a run-together table or a blob, not what the model learned
# (the corpus's longest labelled sentence has 769), and its n-grams would cost time and memory for nothing
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{3}")
# a sentence: up to its end mark (CJK or ASCII), or to the end of its line
_SENTENCE = r"[^\n。！？!?]*?(?:[。！？!?]+|\.(?=\s|$)|(?=\n)|$)"
_MESSAGES = {
    "zh-Hans": (
        "整句读来是含糊的承诺（模型依据：{words}）",
        "写明可检验的标准：在 N 小时内、每月 N 次、N 元，或删去这句",
    ),
    "en": (
        "the sentence reads as a vague commitment (the model weighed {words})",
        "state what can be checked (within N hours, N times a month, a price), or drop the sentence",
    ),
}


@cache
def _sentences() -> re.Pattern[str]:
    return regex_cache.compile(_SENTENCE)


def learned_diagnostics(
    text: str, file: str, lang_hint: str | None, found: list[Diagnostic], shift: int, starts: list[int]
) -> list[Diagnostic]:
    """VM001 on each sentence of ``text`` with no warning or error among ``found`` (rules OR model), in text order.
    ``starts``: the text's line starts; ``shift``: lines before the text in its file."""
    from termsmith.lint.learned import model
    from termsmith.lint.rules.language import _scripts

    hans, hant = _scripts()

    flagged = {d.start.line for d in found if d.severity in (Severity.WARNING, Severity.ERROR)}
    out: list[Diagnostic] = []
    for m in _sentences().finditer(text):
        sentence = m.group().strip()
        if not sentence or len(sentence) > _LONGEST:
            continue
        begin = m.start() + (len(m.group()) - len(m.group().lstrip()))
        line = bisect_right(starts, begin)
        if line + shift in flagged:
            continue  # a rule spoke on this line: the model adds nothing there
        lang = _language(sentence, hans, hant)
        learned = model(lang) if lang is not None else None
        if lang is None or learned is None or learned.score(sentence) < learned.threshold:
            continue
        words = learned.leaning(sentence)
        template, hint = _MESSAGES[lang]
        shown = "、".join(f"“{w}”" for w in words) if lang == "zh-Hans" else ", ".join(f'"{w}"' for w in words)
        col = begin - starts[line - 1] + 1
        out.append(
            VM001.diagnostic(
                file,
                Position(line + shift, col),
                Position(line + shift, col + len(sentence)),
                message=template.format(words=shown),
                hint=hint,
                extra={"family": "VM", "lang": lang_hint or lang, "words": ", ".join(words)},
            )
        )
    return out


def _language(sentence: str, hans: frozenset[str], hant: frozenset[str]) -> str | None:
    """``zh-Hans`` or ``en`` when the model of that language should read ``sentence``; None for Traditional Chinese
    (no model: it bought a false alarm per catch) and for text with neither."""
    cjk = _CJK.findall(sentence)
    if len(cjk) >= 2:
        simplified = sum(c in hans for c in cjk)
        traditional = sum(c in hant for c in cjk)
        return None if traditional > simplified else "zh-Hans"
    return "en" if _LATIN.search(sentence) else None
