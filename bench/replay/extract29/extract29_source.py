"""A module of the extractor as extract29 left it (its last commit, bb481e7), read from the repository's history:
the text the patch scripts put into an old tree."""

import subprocess
from pathlib import Path

COMMIT = "bb481e7"


def extract29_source(name: str) -> str:
    """``src/termsmith/extract/rules/<name>`` at extract29's last commit."""
    done = subprocess.run(
        ["git", "show", f"{COMMIT}:src/termsmith/extract/rules/{name}"],
        cwd=Path(__file__).resolve().parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout
