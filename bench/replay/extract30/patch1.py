import pathlib
import sys

p = pathlib.Path(sys.argv[1]) / "src/termsmith/extract/rules/periods.py"
if not p.exists():
    sys.exit(1)
s = p.read_text()
n = 0
a = '_CONTRACT_LENGTH = _re(\n    r"'
if a in s:
    s = s.replace(
        a, a + r"\d+[- ](?:years?|months?)\s+minimum\s+(?:contract\s+|subscription\s+|commitment\s+)?term\b|", 1
    )
    n += 1
b = "(?:is|shall be|will be|remains) valid for"
if b in s:
    s = s.replace(b, "(?:is|shall be|will be|remains) (?:valid|effective|in (?:force|effect)) for", 1)
    n += 1
p.write_text(s)
sys.exit(0 if n else 1)
