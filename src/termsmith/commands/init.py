"""``termsmith init [DEAL.yaml]``: start a deal from a standard offer.

With flags (or ``--no-input``, or when stdin is not a terminal) it writes the deal
at once; on a terminal with no flags it asks for the offer, the client (credit code
checked as typed), the project and the dates, each with a default. The deal is
validated before it is written, written atomically, and never replaces an existing
file without ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypedDict


class _DraftValues(TypedDict, total=False):
    """The DealDraft fields given by flags or answers; the others keep DealDraft's defaults."""

    offer: str
    client: str
    project: str
    start: date
    name: str
    number: str
    kind: str
    credit_code: str
    languages: tuple[str, ...]
    signing_date: date


_FLAGS = ("offer", "client", "project", "lang", "start", "kind", "number", "credit_code", "signing_date")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date, YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from termsmith.offers.draft import DEFAULT_OFFER, PROJECT_KINDS

    parser.add_argument(
        "deal",
        nargs="?",
        type=Path,
        default=Path("deal.yaml"),
        metavar="DEAL.yaml",
        help="the deal file to write (default: deal.yaml)",
    )
    parser.add_argument(
        "--offer",
        metavar="NAME|FILE",
        help=f"a bundled offer (basic, standard, premium) or an offer file (default: {DEFAULT_OFFER})",
    )
    parser.add_argument("--client", metavar="NAME", help="the client's registered legal name (甲方全称)")
    parser.add_argument(
        "--credit-code", metavar="CODE", help="the client's unified social credit code (统一社会信用代码)"
    )
    parser.add_argument("--project", metavar="NAME", help="the delivered software's name (项目名称)")
    parser.add_argument("--kind", choices=PROJECT_KINDS, help="the project kind (default: mini-program)")
    parser.add_argument(
        "--lang",
        metavar="LANGS",
        help="output languages instead of the offer's: zh-Hans, en, "
        "zh-Hant, two joined by a comma (the first prevails), or bilingual (zh-Hans,en)",
    )
    parser.add_argument(
        "--start", type=_date, metavar="DATE", help="the service term's start, YYYY-MM-DD (default: today)"
    )
    parser.add_argument("--signing-date", type=_date, metavar="DATE", help="the signing date, YYYY-MM-DD")
    parser.add_argument(
        "--number", metavar="TEXT", help="the agreement number (default: TS-<year>-<MMDD of the start>)"
    )
    parser.add_argument("--force", action="store_true", help="replace DEAL.yaml if it exists")
    parser.add_argument("--no-input", action="store_true", help="never ask, even on a terminal")


def run(args: argparse.Namespace) -> int:
    from termsmith.offers.draft import DealDraft, check_draft, deal_text, slug

    target: Path = args.deal
    if target.exists() and not args.force:
        sys.stderr.write(f"termsmith init: {target} exists; pass --force to replace it\n")
        return 1
    if target.suffix not in (".yaml", ".yml"):
        sys.stderr.write(f"termsmith init: error: {target} should end in .yaml\n")
        return 2
    interactive = not args.no_input and sys.stdin.isatty() and all(getattr(args, f) is None for f in _FLAGS)
    try:
        values = _ask(target) if interactive else _from_flags(args, target)
    except ValueError as exc:
        sys.stderr.write(f"termsmith init: error: {exc}\n")
        return 2
    except EOFError:
        sys.stderr.write("\ntermsmith init: input ended; nothing written\n")
        return 2
    values.setdefault("name", slug(target.stem))
    draft = DealDraft(**values)
    text = deal_text(draft, target)
    problems = check_draft(text, target)
    if problems:
        from termsmith.reporting.text import write_text

        sys.stderr.write(f"termsmith init: the deal would not validate, so {target} was not written:\n\n")
        write_text(problems, {str(target): text.splitlines()}, sys.stderr, files=1)
        return 1
    if draft.languages:
        _warn_untranslated(text, target, draft.languages)
    if not _write_new(target, text.encode("utf-8"), replace=args.force):
        sys.stderr.write(f"termsmith init: {target} appeared meanwhile; pass --force to replace it\n")
        return 1
    sys.stdout.write(
        f"wrote {target} (offer {draft.offer}); fill in the commented fields, then run\n"
        f"  termsmith validate --effective {target}\n"
    )
    return 0


def _warn_untranslated(text: str, target: Path, languages: tuple[str, ...]) -> None:
    from termsmith.offers.draft import untranslated
    from termsmith.validation import validate_text

    document = validate_text(text, str(target), path=target).document
    for lang, count in untranslated(document, languages).items():
        sys.stderr.write(
            f"termsmith init: warning: {count} texts of the offer have no {lang} version; the "
            f"{lang} agreement would print them in another language — give them in the deal "
            f"(e.g. name: {{zh-Hans: …, {lang}: …}}) or choose an offer written in {lang}\n"
        )


def _from_flags(args: argparse.Namespace, target: Path) -> _DraftValues:
    from termsmith.offers.draft import parse_languages
    from termsmith.spec.parties import check_credit_code

    values = _DraftValues()
    if args.offer is not None:
        values["offer"] = _offer_reference(args.offer, target)
    if args.client is not None:
        values["client"] = args.client
    if args.project is not None:
        values["project"] = args.project
    if args.start is not None:
        values["start"] = args.start
    if args.kind is not None:
        values["kind"] = args.kind
    if args.number is not None:
        values["number"] = args.number
    if args.signing_date is not None:
        values["signing_date"] = args.signing_date
    if args.credit_code is not None:
        values["credit_code"] = check_credit_code(args.credit_code)
    if args.lang is not None:
        values["languages"] = parse_languages(args.lang)
    return values


def _offer_reference(text: str, target: Path) -> str:
    """A bundled name as is; an offer file given relative to here → relative to the deal."""
    import os

    candidate = Path(text)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        return Path(os.path.relpath(candidate.resolve(), target.resolve().parent)).as_posix()
    return text


def _write_new(target: Path, data: bytes, replace: bool) -> bool:
    """Write atomically; without ``replace`` never clobber a file that appeared meanwhile
    (the temporary file is linked into place, which fails if the name exists)."""
    import os
    import tempfile

    from termsmith.rendering.atomic import write_atomic

    target.parent.mkdir(parents=True, exist_ok=True)
    if replace:
        write_atomic(target, data)
        return True
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, target)
        return True
    except FileExistsError:
        return False
    finally:
        os.unlink(tmp)


# ---------------------------------------------------------------- interactive


def _prompt(
    question: str, default: str | None = None, check: Callable[[str], object] | None = None, required: bool = False
) -> str:
    """Ask until the answer passes ``check`` (its ValueError is shown); Enter takes the default."""
    shown = f" [{default}]" if default else ""
    while True:
        answer = input(f"{question}{shown}: ").strip()
        if not answer and default is not None:
            answer = default
        if not answer:
            if required:
                print("  this is needed")
                continue
            return ""
        if check is not None:
            try:
                check(answer)
            except (ValueError, argparse.ArgumentTypeError) as exc:
                print(f"  {exc}")
                continue
        return answer


def _ask(target: Path) -> _DraftValues:
    from termsmith.offers import bundled_offers
    from termsmith.offers.draft import DEFAULT_OFFER, PROJECT_KINDS, parse_languages
    from termsmith.spec.parties import check_credit_code

    print(f"New deal {target} — press Enter to take the value in [brackets].")
    offers = bundled_offers()
    for name, path in offers.items():
        print(f"  {name:<9} {_offer_title(path)}")

    def known_offer(answer: str) -> None:
        if answer not in offers and not Path(answer).is_file():
            raise ValueError(f"no bundled offer or offer file {answer!r}")

    def kind(answer: str) -> None:
        if answer not in PROJECT_KINDS:
            raise ValueError(f"one of {', '.join(PROJECT_KINDS)}")

    values = _DraftValues()
    values["offer"] = _offer_reference(_prompt("Offer 标准报价", DEFAULT_OFFER, known_offer), target)
    values["client"] = _prompt("Client's legal name 甲方全称", required=True)
    code = _prompt("Credit code 统一社会信用代码 (Enter to skip)", check=check_credit_code)
    if code:
        values["credit_code"] = check_credit_code(code)
    values["project"] = _prompt("Project name 项目名称", required=True)
    values["kind"] = _prompt("Project kind 项目类型 (" + ", ".join(PROJECT_KINDS) + ")", "mini-program", kind)
    start = _date(_prompt("Service starts 服务期开始 (YYYY-MM-DD)", date.today().isoformat(), _date))
    values["start"] = start
    values["signing_date"] = _date(_prompt("Signing date 签订日期 (YYYY-MM-DD)", start.isoformat(), _date))
    values["number"] = _prompt("Agreement number 协议编号", f"TS-{start:%Y}-{start:%m%d}")
    langs = _prompt("Languages 输出语言 (Enter: the offer's; zh-Hans, en, bilingual…)", check=parse_languages)
    if langs:
        values["languages"] = parse_languages(langs)
    return values


def _offer_title(path: Path) -> str:
    from termsmith.yaml_loader import YamlLoadError, load_yaml

    try:
        meta = load_yaml(path).data.get("metadata", {})
    except YamlLoadError:
        return ""
    return f"{meta.get('title', '')} {meta.get('version', '')} — {meta.get('description', '')}".strip()
