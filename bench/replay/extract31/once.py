"""extract31 idea 2 (reverted): an amount followed by "one-time fee/payment", "flat fee" is a one-off fee."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _edit import edit

OLD = "def _one_off(text: str, start: int, end: int) -> bool:\n"
NEW = (
    '_ONCE_AFTER = _re(r"^\\s*(?:\\+\\s*VAT\\s*)?(?:one[- ]?(?:time|off)|flat|fixed)\\s+(?:fee|payment|price|charge|cost)\\b")\n\n\n'
    + OLD
    + "    if _ONCE_AFTER.match(text[end : end + 32]):\n        return True\n"
)
sys.exit(0 if edit(Path(sys.argv[1]), "rules/fees.py", OLD, NEW) else 1)
