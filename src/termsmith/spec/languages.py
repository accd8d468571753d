"""Which languages a spec's free text is written in, and which texts lack a language.

The rule (DESIGN "Nothing unsaid"): a document in language L contains only text written
in L. A ``Text`` given per language (``{zh-Hans: …, en: …}``) is written in those
languages; a plain string in a prose field is written in the spec's *primary* language,
the first of ``languages.output``. Names — party names, short names, addresses,
arbitration institutions — are the same in every language and never counted as missing
(their fields carry ``LANGUAGE_NEUTRAL`` in the JSON Schema).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel
from pydantic.config import JsonDict

from termsmith.spec.types import Text

# JSON Schema marker of a field whose text is a name: one spelling serves every language.
LANGUAGE_NEUTRAL: JsonDict = {"x-termsmith-language-neutral": True}

Path = tuple[str | int, ...]


def text_languages(text: Text, primary: str) -> set[str]:
    """The languages ``text`` is written in (a plain string: the primary language)."""
    return {primary if lang == "*" else lang for lang, _ in text.values}


def _neutral(model: type[BaseModel], name: str) -> bool:
    extra = model.model_fields[name].json_schema_extra
    return isinstance(extra, dict) and bool(extra.get("x-termsmith-language-neutral"))


def prose_texts(node: Any, path: Path = ()) -> Iterator[tuple[Path, Text]]:
    """Every prose ``Text`` under a model instance, with its data path (names skipped)."""
    if isinstance(node, Text):
        yield path, node
    elif isinstance(node, BaseModel):
        cls = type(node)
        for name, info in cls.model_fields.items():
            if _neutral(cls, name):
                continue
            yield from prose_texts(getattr(node, name), (*path, info.alias or name))
    elif isinstance(node, list | tuple):
        for i, item in enumerate(node):
            yield from prose_texts(item, (*path, i))


def missing_texts(spec: Any, languages: Sequence[str]) -> list[tuple[Path, str, Text]]:
    """(path below ``spec``, missing language, text) for every prose text lacking a language."""
    primary = spec.languages.output[0]
    out: list[tuple[Path, str, Text]] = []
    for path, text in prose_texts(spec):
        have = text_languages(text, primary)
        out.extend((path, lang, text) for lang in languages if lang not in have)
    return out
