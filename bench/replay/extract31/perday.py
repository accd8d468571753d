"""extract31 idea 3 (reverted): a price "/day" ("£750/day") is a person-day rate."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _edit import edit

OLD = 'per (?:engineer[- ])?day\\b"'
NEW = 'per (?:engineer[- ])?day\\b|/\\s?day\\b"'
sys.exit(0 if edit(Path(sys.argv[1]), "rules/fees.py", OLD, NEW) else 1)
