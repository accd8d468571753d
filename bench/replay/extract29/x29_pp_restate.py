import sys
from pathlib import Path

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
new = (Path(__file__).resolve().parent / "src" / "table_groups.py").read_text()
fn = new[new.index("def _restates(") : new.index("_MARKDOWN_HEADING = re.compile(")]
s += "\n\n" + fn
p.write_text(s)
