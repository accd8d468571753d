import sys
from pathlib import Path

p = Path(sys.argv[1]) / "src/termsmith/extract/rules/table_groups.py"
if not p.exists():
    sys.exit(1)
s = p.read_text()
old = """        line = raw.strip()
        if not line or (len(line.split()) <= 3 and _COLUMN_OF_LEVELS.search(line)):"""
new = """        line = raw.strip().lstrip("#").strip()
        if not line or (len(line.split()) <= 3 and _names_only_the_column(line)):"""
if old not in s:
    sys.exit(1)
s = s.replace(old, new)
s += """

_COLUMN_FILLER = re.compile(r"\\b(?:service|support|the|of|and|by|per|sla|definitions?)\\b|[^\\w]", re.IGNORECASE)


def _names_only_the_column(line: str) -> bool:
    return _COLUMN_OF_LEVELS.search(line) is not None and not _COLUMN_FILLER.sub("", _COLUMN_OF_LEVELS.sub("", line))
"""
p.write_text(s)
