import sys
from pathlib import Path

from extract29_source import extract29_source

p = Path(sys.argv[1]) / "src/termsmith/extract/rules/table_groups.py"
if not p.exists():
    sys.exit(1)
s = p.read_text()
old = "    if title is None or not any(set(lv.times) & timed.get(key, set()) for key, lv in trial.items()):\n"
if old not in s:
    sys.exit(1)
s = s.replace(
    old,
    "    if title is None or not any(set(lv.times) & timed.get(key, set()) for key, lv in trial.items()) or _restates(trial, levels):\n",
)
new = extract29_source("table_groups.py")
fn = new[new.index("def _restates(") : new.index("_MARKDOWN_HEADING = re.compile(")]
s += "\n\n" + fn
p.write_text(s)
