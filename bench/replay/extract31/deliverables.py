"""extract31 idea 6 (reverted): "Deliverables", "work product", "the results of any and all work" are the code whose
owner the ownership clause names."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _edit import edit

OLD = '    r"\\bcode (?:developed|written|created|built|produced)\\b|"\n'
NEW = OLD + (
    '    r"\\bdeliverables\\b|\\bwork products?\\b|\\bresults of (?:any and all |all |the )?work\\b|'
    '\\b(?:original|creative) work\\b|"\n'
)
sys.exit(0 if edit(Path(sys.argv[1]), "rules/site_ownership.py", OLD, NEW) else 1)
