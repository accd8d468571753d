"""The level times whose number the extractor reads right and whose clock it reads wrong, per document, from the
verbose output of `bench/eval_extract.py -v` or `bench/eval_extract_split.py --check … -v`.

    .venv/bin/python bench/eval_extract_split.py --check 31-34 -v > /tmp/eval.txt
    .venv/bin/python bench/clock_mismatches.py /tmp/eval.txt          # or read the output on stdin

A clock-only mismatch is a missed fact and a wrong fact of one document, of one kind (response, resolution), whose
times differ only by the business clock: missed "4 business hours" beside wrong "4 hours" (the key counts business
time, the extraction elapsed time: "business → elapsed"), or the other way round ("elapsed → business"). Each missed
fact pairs with one wrong fact at most. The last lines count the pairs each way and the documents they stand in.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterable, Iterator

_DOCUMENT = re.compile(r"^(?P<name>\S+)\s")  # "en58 (batch 19)" or "en58       tune      en  tp=…"
_FACT = re.compile(r"^\s+(?P<how>missed|wrong):\s+(?P<fact>\(.*\))\s*$")
_BUSINESS = re.compile(r"\bbusiness\s+")
_TIME_KINDS = ("response", "resolution")


def _facts(lines: Iterable[str]) -> Iterator[tuple[str, str, str, str]]:
    """(document, missed|wrong, kind, value) of each level-time fact listed in the output."""
    document = ""
    for line in lines:
        if fact := _FACT.match(line):
            value = ast.literal_eval(fact["fact"])
            if document and len(value) == 2 and value[0] in _TIME_KINDS:
                yield document, fact["how"], value[0], str(value[1])
        elif (m := _DOCUMENT.match(line)) and not line.startswith(("development", "check", "split", "tune", "held")):
            document = m["name"]


def mismatches(lines: Iterable[str]) -> dict[str, list[tuple[str, str, str]]]:
    """Document → (kind, the key's time, the extraction's time) of each clock-only mismatch."""
    missed: dict[str, list[tuple[str, str]]] = {}
    wrong: dict[str, list[tuple[str, str]]] = {}
    for document, how, kind, value in _facts(lines):
        (missed if how == "missed" else wrong).setdefault(document, []).append((kind, value))
    out: dict[str, list[tuple[str, str, str]]] = {}
    for document, keyed in missed.items():
        read = list(wrong.get(document, []))
        for kind, value in keyed:
            pair = next(
                (
                    (k, v)
                    for k, v in read
                    if k == kind and v != value and _BUSINESS.sub("", v) == _BUSINESS.sub("", value)
                ),
                None,
            )
            if pair is not None:
                read.remove(pair)
                out.setdefault(document, []).append((kind, value, pair[1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", nargs="?", help="a saved eval output (default: stdin)")
    args = parser.parse_args()
    text = open(args.output, encoding="utf-8").read() if args.output else sys.stdin.read()  # noqa: SIM115
    found = mismatches(text.splitlines())
    ways = {"business → elapsed": 0, "elapsed → business": 0}
    for document, pairs in found.items():
        for kind, keyed, read in pairs:
            ways[_way(keyed)] += 1
            print(f"{document:<10} {kind:<10} key {keyed:<22} read {read:<22} {_way(keyed)}")
    print()
    for way, count in ways.items():
        documents = sum(1 for pairs in found.values() if any(_way(keyed) == way for _, keyed, _ in pairs))
        print(f"{way}: {count} pairs in {documents} documents")


def _way(keyed: str) -> str:
    return "business → elapsed" if _BUSINESS.search(keyed) else "elapsed → business"


if __name__ == "__main__":
    main()
