"""``termsmith schema``: write the JSON Schemas generated from the Pydantic models."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# file name → kind in termsmith.validation.KINDS
SCHEMAS = {"service-spec.schema.json": "ServiceSpec", "checklist.schema.json": "Checklist"}


def generate(kind: str) -> str:
    """The JSON Schema text of one document kind, byte-stable."""
    from termsmith.validation import model_for_kind

    schema = model_for_kind(kind).model_json_schema(by_alias=True, mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": f"https://termsmith.dev/schemas/{kind}.schema.json", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def available() -> dict[str, str]:
    """Schema file name → kind, for the kinds whose model exists."""
    import importlib.util

    from termsmith.validation import KINDS

    def exists(module: str) -> bool:
        try:
            return importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            return False

    return {name: kind for name, kind in SCHEMAS.items() if exists(KINDS[kind].partition(":")[0])}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", default="schemas", help="folder to write into (default: schemas/)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed schemas are out of date")


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    stale = []
    for name, kind in available().items():
        text = generate(kind)
        target = out / name
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target))
            continue
        out.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    if stale:
        sys.stderr.write("out of date: " + ", ".join(stale) + "\nrun 'termsmith schema' and commit the result\n")
        return 1
    return 0
