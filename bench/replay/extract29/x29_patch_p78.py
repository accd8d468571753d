"""Apply the issue-class (level_prose) and prose-group (levels + prose_groups) changes to an old tree by text."""

import re
import sys
from pathlib import Path

from extract29_source import extract29_source

tree = Path(sys.argv[1]) / "src/termsmith/extract/rules"
mode = sys.argv[2] if len(sys.argv) > 2 else "both"
ok = False
if mode in ("both", "class"):
    lp = tree / "level_prose.py"
    s = lp.read_text()
    old = "            level = _level_after(clause, duration) or _level_in(clause) or _last_level_in(text[:offset]) or row\n"
    if old in s and "_FOR_LEVEL" in s:
        s = s.replace(
            old,
            """            level = (
                _level_after(clause, duration)
                or _level_in(clause)
                or _class_after(clause, duration, normalise(s.paragraph.text))
                or _last_level_in(text[:offset])
                or row
            )
""",
        )
        src = extract29_source("level_prose.py")
        block = src[src.index("# a class of issue named after its time") : src.index("def _level_after(")]
        old_under = "        return len(item) <= 100 and _TIME_FIRST.match(item) is not None and len(list(_LEVEL.finditer(item))) == 1\n"
        if old_under in s:
            s = s.replace(
                old_under,
                """        named = len(list(_LEVEL.finditer(item)))
        named = named or sum(1 for m in _FOR_CLASS.finditer(item) if not _ANY_REQUEST.match(m["name"]))
        return len(item) <= 100 and _TIME_FIRST.match(item) is not None and named == 1
""",
            )
        s = s.replace(
            "from termsmith.extract.sentences import Sentence\n",
            "from termsmith.extract.rules.tables import normalise\nfrom termsmith.extract.sentences import Sentence\n",
            1,
        )
        fn = src[src.index("def _class_after(") :]
        fn = fn[: fn.index("\n\n\n") + 3]
        s += "\n\n" + block + fn
        lp.write_text(s)
        ok = True
if mode in ("both", "groups"):
    lv = tree / "levels.py"
    s = lv.read_text()
    m = re.search(r"^        _prose\(s\.norm, s, levels, (?P<rest>.*)\)\n", s, re.M)
    if m and (tree / "level_lists.py").exists() and "def _heading" in (tree / "level_lists.py").read_text():
        s = (
            s[: m.start()]
            + (
                "        found: dict[str, _Level] = {}\n"
                f"        _prose(s.norm, s, found, {m['rest']})\n"
                "        groups.merge(found, levels, s)\n"
            )
            + s[m.end() :]
        )
        s = re.sub(r"^(    for s in sentences:\n)", r"    groups = ProseGroups(sentences)\n\1", s, count=1, flags=re.M)
        s = s.replace(
            "from termsmith.extract.rules.level_prose import",
            "from termsmith.extract.rules.prose_groups import ProseGroups\nfrom termsmith.extract.rules.level_prose import",
            1,
        )
        pg = extract29_source("prose_groups.py")
        wl = (tree / "level_words.py").read_text()
        if "def plan_level" not in wl:
            pg = pg.replace(
                "from termsmith.extract.rules.level_words import _Level, plan_level",
                'from termsmith.extract.rules.level_words import _Level\n\n\ndef plan_level(key: str, name: str, plan: str) -> tuple[str, str, None]:\n    return f"{key}@{plan.lower()}", f"{name} ({plan})", None\n',
            )
        (tree / "prose_groups.py").write_text(pg)
        lv.write_text(s)
        ok = True
sys.exit(0 if ok else 1)
