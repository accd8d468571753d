import pathlib
import sys

p = pathlib.Path(sys.argv[1]) / "src/termsmith/extract/rules/periods.py"
if not p.exists():
    sys.exit(1)
s = p.read_text()
n = 0
i = s.find("def _free_lengths(")
if i >= 0:
    j = s.find("durations(text)", i)
    k = s.find("\ndef ", i + 10)
    if 0 < j < k:
        s = (
            s[:j]
            + 'durations(re.sub(r"(\\d)-(?=(?:days?|weeks?|months?|years?)\\b)", r"\\1 ", text, flags=re.I))'
            + s[j + len("durations(text)") :]
        )
        n += 1
a = "free (?:technical |software )?support"
if a in s:
    s = s.replace(a, "free (?:technical |tech |software )?support", 1)
    n += 1
p.write_text(s)
sys.exit(0 if n else 1)
