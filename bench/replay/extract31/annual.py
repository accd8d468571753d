"""extract31 idea 5 (reverted): "yearly support plans", "Annual Maintenance Agreement" give a one-year term."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _edit import edit

OLD = '\\b(?:annual|yearly)\\s+(?:plan|contract|subscription)\\b"'
NEW = (
    "\\b(?:annual|yearly)\\s+(?:(?:technical|software|support|maintenance|services?|hosting|and|&)\\s+){0,3}"
    '(?:plans?|contracts?|subscriptions?|agreements?)\\b"'
)
sys.exit(0 if edit(Path(sys.argv[1]), "rules/periods.py", OLD, NEW) else 1)
