"""``termsmith schema``: write the JSON Schemas generated from the Pydantic models."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic.json_schema import JsonSchemaValue

# file name → kind in termsmith.validation.KINDS ("ServiceDeal": a ServiceSpec that names an offer)
SCHEMAS = {
    "service-spec.schema.json": "ServiceSpec",
    "checklist.schema.json": "Checklist",
    "service-offer.schema.json": "ServiceOffer",
    "service-deal.schema.json": "ServiceDeal",
}
_PARTIAL = {"ServiceOffer", "ServiceDeal"}


def generate(kind: str) -> str:
    """The JSON Schema text of one document kind, byte-stable."""
    from termsmith.validation import model_for_kind

    if kind in _PARTIAL:
        schema = _partial_schema(kind)
    else:
        schema = model_for_kind(kind).model_json_schema(by_alias=True, mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://termsmith.dev/schemas/{kind}.schema.json",
        **schema,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _partial_schema(kind: str) -> JsonSchemaValue:
    """An offer's or a deal's schema: the service spec's, with nothing below ``spec`` required
    and no minimum list length (the other file supplies the rest), ``remove: true`` allowed on items with an identity, and
    ``offer:`` naming the offer (docs/offers.md)."""
    from termsmith.offers.merge import DEFAULT_IDENTITY, IDENTITY_KEYS, REMOVE
    from termsmith.offers.model import ServiceOfferDocument
    from termsmith.spec.model import ServiceSpecDocument

    schema = ServiceSpecDocument.model_json_schema(by_alias=True, mode="validation")
    identities = {DEFAULT_IDENTITY, *IDENTITY_KEYS.values()}
    for name, definition in schema["$defs"].items():
        if name in ("Metadata", "OfferRef"):
            continue
        definition.pop("required", None)
        _drop_min_items(definition)
        if identities & set(definition.get("properties", {})):
            definition["properties"][REMOVE] = {
                "const": True,
                "description": "Remove the item inherited from the offer (with its identity only)",
            }
    offer_ref = {
        "type": "string",
        "minLength": 1,
        "description": "The offer: a bundled offer's name (e.g. standard) or a .yaml path relative to this file",
    }
    schema["properties"]["offer"] = offer_ref
    if kind == "ServiceDeal":
        schema["required"] = ["apiVersion", "kind", "offer", "metadata"]
        schema["title"] = "ServiceDeal"
        return schema
    offer = ServiceOfferDocument.model_json_schema(by_alias=True, mode="validation")
    schema["$defs"]["OfferMetadata"] = offer["$defs"]["OfferMetadata"]
    schema["properties"]["metadata"] = {"$ref": "#/$defs/OfferMetadata"}
    schema["properties"]["kind"] = offer["properties"]["kind"]
    schema["required"] = ["apiVersion", "kind", "metadata"]
    schema["title"] = "ServiceOffer"
    schema["description"] = offer.get("description", "")
    return schema


def available() -> dict[str, str]:
    """Schema file name → kind, for the kinds whose model exists."""
    import importlib.util

    from termsmith.validation import KINDS

    def exists(module: str) -> bool:
        try:
            return importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            return False

    module = {**KINDS, "ServiceDeal": KINDS["ServiceSpec"]}
    return {name: kind for name, kind in SCHEMAS.items() if exists(module[kind].partition(":")[0])}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", default="schemas", help="folder to write into (default: schemas/)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed schemas are out of date")
    parser.add_argument(
        "--reference",
        type=Path,
        metavar="FILE",
        nargs="?",
        const=Path("docs/spec.md"),
        help="also write the field reference generated from the models (default: docs/spec.md)",
    )


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    stale = []
    if args.reference is not None:
        from termsmith.spec.reference import reference_markdown

        text = reference_markdown()
        if args.check:
            if not args.reference.exists() or args.reference.read_text(encoding="utf-8") != text:
                stale.append(str(args.reference))
        else:
            from termsmith.rendering.atomic import write_atomic

            args.reference.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(args.reference, text.encode("utf-8"))
            print(f"wrote {args.reference}")
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
        sys.stderr.write(
            "out of date: " + ", ".join(stale) + "\nrun 'termsmith schema --reference' and commit the result\n"
        )
        return 1
    return 0


def _drop_min_items(node: object) -> None:
    """A list may be completed by the other file (merged by identity): no minimum length."""
    if isinstance(node, dict):
        node.pop("minItems", None)
        for value in node.values():
            _drop_min_items(value)
    elif isinstance(node, list):
        for value in node:
            _drop_min_items(value)
