"""Render a language the spec does not provide, only when asked: ``--convert zh-Hans→zh-Hant``.

Without ``--convert``, rendering a language that some prose text lacks is refused with
every such text at its file:line:col (X010). With it, each text written in the source
script is converted with OpenCC and reported as a warning (X011), so the user sees every
sentence that was machine-converted rather than written. OpenCC configuration by the
spec's locale: Taiwan (currency TWD, or a calendar in Asia/Taipei) → ``s2twp`` (Taiwan
vocabulary: 軟體, 網路); Hong Kong or Macau (HKD/MOP, Asia/Hong_Kong, Asia/Macau) →
``s2hk``; otherwise ``s2t``. Traditional → Simplified: ``tw2sp`` from Taiwan, else ``t2s``.

OpenCC is the optional extra ``termsmith[convert]``: only this flag needs it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from termsmith import validator_cache
from termsmith.diagnostics import Diagnostic, Severity, format_path
from termsmith.spec.languages import missing_texts, text_languages

CHINESE = ("zh-Hans", "zh-Hant")
_ARROWS = ("→", "->", ":")
_TAIWAN_ZONES = {"Asia/Taipei"}
_HK_ZONES = {"Asia/Hong_Kong", "Asia/Macau"}


@dataclass(frozen=True, slots=True)
class Conversion:
    source: str
    target: str

    def __str__(self) -> str:
        return f"{self.source}→{self.target}"


def parse_conversion(text: str) -> Conversion:
    """``zh-Hans→zh-Hant`` (also ``zh-Hans->zh-Hant``, ``zh-Hans:zh-Hant``); ValueError otherwise."""
    for arrow in _ARROWS:
        if arrow in text:
            source, _, target = (part.strip() for part in text.partition(arrow))
            if {source, target} == set(CHINESE):
                return Conversion(source, target)
            break
    raise ValueError(
        f"--convert {text!r}: write zh-Hans→zh-Hant (or zh-Hans->zh-Hant, zh-Hans:zh-Hant) or the "
        "reverse; OpenCC converts only between Simplified and Traditional Chinese"
    )


def _region(spec: Any) -> str:
    zones = {c.time_zone for c in spec.calendars}
    currency = spec.fees.currency
    if currency == "TWD" or zones & _TAIWAN_ZONES:
        return "tw"
    if currency in ("HKD", "MOP") or zones & _HK_ZONES:
        return "hk"
    return "cn"


def opencc_config(conversion: Conversion, spec: Any) -> str:
    region = _region(spec)
    if conversion.target == "zh-Hant":
        return {"tw": "s2twp", "hk": "s2hk"}.get(region, "s2t")
    return "tw2sp" if region == "tw" else "t2s"


def _converter(config: str) -> Any:
    import opencc  # optional extra: termsmith[convert]

    return opencc.OpenCC(config)


@dataclass(slots=True)
class LanguageCheck:
    document: Any  # the (possibly converted) ServiceSpecDocument, or None when refused
    diagnostics: list[Diagnostic]


def _set(data: Any, path: tuple[str | int, ...], value: Any) -> None:
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def check_languages(
    loaded: Any, document: Any, languages: tuple[str, ...], conversion: Conversion | None
) -> LanguageCheck:
    """Refuse (X010) every prose text lacking a document language, or convert it (X011 each)."""
    spec = document.spec
    primary = spec.languages.output[0]
    missing = missing_texts(spec, languages)
    if not missing:
        return LanguageCheck(document, [])
    errors: list[Diagnostic] = []
    convertible: list[tuple[tuple[str | int, ...], Any]] = []
    for path, lang, text in missing:
        have = text_languages(text, primary)
        if conversion and lang == conversion.target and conversion.source in have:
            convertible.append((path, text))
            continue
        where = ("spec", *path)
        hint = (
            f"add '{lang}:' to this text, or render with --convert {conversion or _suggest(have, lang)}"
            if lang in CHINESE and have & set(CHINESE)
            else f"add '{lang}:' to this text"
        )
        errors.append(
            Diagnostic(
                "X010",
                Severity.ERROR,
                f"no {lang} text here (written in {', '.join(sorted(have))}): a document in {lang} "
                "holds only text written in it",
                loaded.file,
                loaded.position(where),
                path=format_path(where),
                hint=hint,
                name="language-not-provided",
            )
        )
    if errors:
        return LanguageCheck(None, errors)
    assert conversion is not None
    config = opencc_config(conversion, spec)
    try:
        converter = _converter(config)
    except ImportError:
        return LanguageCheck(
            None,
            [
                Diagnostic(
                    "X010",
                    Severity.ERROR,
                    f"--convert {conversion} needs OpenCC, which is not installed",
                    loaded.file,
                    loaded.position(("spec", *convertible[0][0])),
                    name="language-not-provided",
                    hint="pip install 'termsmith[convert]' (OpenCC, Apache-2.0), or write the texts yourself",
                )
            ],
        )
    data = copy.deepcopy(loaded.data)
    warnings: list[Diagnostic] = []
    for path, text in convertible:
        converted = converter.convert(text.get(conversion.source))
        value = dict(text.values)
        if "*" in value:
            value[primary] = value.pop("*")
        value[conversion.target] = converted
        _set(data, ("spec", *path), value)
        where = ("spec", *path)
        warnings.append(
            Diagnostic(
                "X011",
                Severity.WARNING,
                f"{conversion.target} text converted from {conversion.source} with OpenCC {config}: {converted}",
                loaded.file,
                loaded.position(where),
                path=format_path(where),
                name="converted-text",
                hint=f"check the wording, then write it into the spec as '{conversion.target}:'",
            )
        )
    return LanguageCheck(validator_cache.validate(type(document), data), warnings)


def _suggest(have: set[str], lang: str) -> str:
    source = next(iter(sorted(have & set(CHINESE))))
    return f"{source}→{lang}"
