import sys
from pathlib import Path

# word_numbers: the rendering tests' independent reader of Word's numbering (numbers the DOCX prints)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rendering"))
