"""Apply extract30's date-span term reading to an older tree: into term_wording.py when it exists (today's
layout, the same edit as the diff), else as the last fallback of periods.term()."""

import pathlib
import subprocess
import sys

root = pathlib.Path(sys.argv[1])
tw = root / "src/termsmith/extract/rules/term_wording.py"
if tw.exists():
    r = subprocess.run(
        ["patch", "-p1", "-s", "--dry-run", "-i", str(pathlib.Path(__file__).resolve().parent / "x30_p2.patch")],
        cwd=root,
    )
    if r.returncode == 0:
        sys.exit(
            subprocess.run(
                ["patch", "-p1", "-s", "-i", str(pathlib.Path(__file__).resolve().parent / "x30_p2.patch")], cwd=root
            ).returncode
        )
    sys.exit(1)
p = root / "src/termsmith/extract/rules/periods.py"
s = p.read_text()
anchor = '    if "term" not in ctx.out.terms:\n        _term_of_price_table(ctx)\n'
if anchor not in s or "_length_between" not in s:
    sys.exit(1)
s = s.replace(
    anchor,
    anchor
    + """    if "term" not in ctx.out.terms:
        _term_by_date_span(ctx)


_CONTRACT_X30 = _re(r"\\b(?:agreement|contract)\\b")
_SPAN_OPENS = _re(r"\\b(?:period\\s+of|(?:beginning|starting|commencing)(?:\\s+on)?|from)\\s*$")
_SPAN_JOINS = _re(r"\\s*(?:through|thru|until|to|and\\s+ending(?:\\s+on)?|-|–)\\s*")


def _date_span(text):
    contract = _CONTRACT_X30.search(text)
    if contract is None:
        return None
    found = [m for m in _DATE.finditer(text) if m.start() > contract.end()]
    for first, second in zip(found, found[1:]):
        if first.start() - contract.end() > 160 or not _SPAN_OPENS.search(text[: first.start()]):
            continue
        if not _SPAN_JOINS.fullmatch(text[first.end() : second.start()]):
            continue
        start, end = _date(first), _date(second)
        if start is not None and end is not None and end > start:
            return _length_between(start, end)
    return None


def _term_by_date_span(ctx):
    for s in ctx.sentences:
        if _is_free(s.norm):
            continue
        if (length := _date_span(s.norm)) is not None:
            ctx.out.terms["term"] = {"length": length}
            ctx.record("term.length", s)
            return
""",
    1,
)
p.write_text(s)
