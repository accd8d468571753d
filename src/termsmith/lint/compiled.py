"""The lint's readers compiled to C by mypyc, used only when built from exactly this source.

What a vague word's use means is decided by hundreds of small checks per word (is it
quoted, negated, a heading, a request, bounded in its clause …: :mod:`termsmith.lint.uses`,
:mod:`~termsmith.lint.zh_uses`, :mod:`~termsmith.lint.en_forms`, :mod:`~termsmith.lint.bounds`
and their helpers). At the bench's density (a finding every ~200 bytes) they are three
quarters of a lint, and most of that is the interpreter's own work between the regex
calls, which twelve rounds of tuning in Python had already pared down. mypyc compiles the
same modules, unchanged, to one C extension: the same findings on every corpus
(``bench/lint_equivalence.py``), about a quarter less CPU per lint.

``python -m termsmith.lint.compile_readers`` builds them (``scripts/setup.sh`` runs it; it needs
mypy, from the test extra, a C compiler and Python's headers) into termsmith's cache,
``cache_folder("lint-compiled")/<key>``, never into ``src/``: an extension beside its
``.py`` would be imported instead of it, and an edited reader would silently run its old
code. ``<key>`` hashes the source of the readers and of the termsmith modules they import
(:data:`DEPENDENCIES`), and the Python build. Importing
:mod:`termsmith.lint` calls :func:`install`, which puts an import finder for that folder
in front of the others when it holds a finished build for that key; an edited reader,
another Python, no build or ``TERMSMITH_CACHE_DIR=off`` means the pure-Python modules, as
before. A build is only an accelerator: a missing compiler or a failed build leaves the
pure-Python readers, and the tests run either way.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Mapping, Sequence
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from pathlib import Path
from types import ModuleType

from termsmith.cache_folder import cache_folder

PACKAGE = "termsmith.lint"
# the readers, compiled as one group (their calls to one another are C calls), and the matcher, whose loops
# over the regex hits (English words, pattern leads) are about a tenth of a warm lint at the bench's density
# (session 34: 0-10 % less CPU compiled, near the machine's noise); the rest (runner, rules) runs once per text or
# per finding
READERS = ("uses", "zh_uses", "en_forms", "bounds", "context", "zh_lists", "evaluative", "matcher")
# the termsmith modules the readers import (a test reads the readers' imports and compares): mypyc
# compiles a reader against what they define, so an edit there is a new build too, like one of a reader
DEPENDENCIES = (
    "termsmith.regex_cache",
    "termsmith.lint.lexicon.variants",
    "termsmith.lint.positions",
    "termsmith.lint.prefilter",
    "termsmith.lint.lexicon.terms",
    "termsmith.lint.lexicon.en_round15",
    "termsmith.lint.en_negation_scope",
)
MANIFEST = "MANIFEST"  # written last: "<module name> <file name>" per line; a folder without it is no build
_HERE = Path(__file__).resolve().parent
_SRC = _HERE.parents[1]  # the folder that holds the termsmith package


def build_key(sources: Mapping[str, bytes]) -> str:
    """The build's name: a hash of which modules are compiled, of the source of each and of each
    module they import, and of the Python that loads it (an extension is built for one interpreter version and ABI)."""
    digest = hashlib.sha256(f"{sys.version}\0{EXTENSION_SUFFIXES[0]}\0{' '.join(READERS)}\0".encode())
    for name in sorted(sources):
        digest.update(f"{name}\0{len(sources[name])}\0".encode())
        digest.update(sources[name])
    return digest.hexdigest()[:24]


def reader_sources() -> dict[str, bytes]:
    """The source of each reader and of each module they import, by module name."""
    names = [f"{PACKAGE}.{name}" for name in READERS] + list(DEPENDENCIES)
    return {name: _SRC.joinpath(*name.split(".")).with_suffix(".py").read_bytes() for name in names}


def build_folder(sources: Mapping[str, bytes] | None = None) -> Path | None:
    """Where the build for these sources is (or would be); None when caching is off."""
    root = cache_folder("lint-compiled")
    return None if root is None else root / build_key(reader_sources() if sources is None else sources)


class _Finder:
    """Finds the compiled readers, and the shared library mypyc puts their code in, in one build folder
    (a meta path finder: it needs only ``find_spec``; importlib.abc would cost a cold lint ~15 ms of imports)."""

    def __init__(self, files: Mapping[str, Path]) -> None:
        self.files = dict(files)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        spec = ModuleSpec(fullname, ExtensionFileLoader(fullname, str(file)), origin=str(file))
        spec.has_location = True
        return spec


def install() -> bool:
    """Use the compiled readers when a finished build for this source is in the cache
    (before any reader is imported); whether they are used. Never raises: any problem
    reading the cache means the pure-Python readers."""
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return True
    if any(f"{PACKAGE}.{name}" in sys.modules for name in READERS):
        return False  # too late: a reader is already loaded from its source
    try:
        folder = build_folder()
        if folder is None:
            return False
        lines = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    except OSError:
        return False  # no build for this source (or no cache)
    files = {name: folder / file for name, file in (line.split(" ", 1) for line in lines if " " in line)}
    if not all(f"{PACKAGE}.{name}" in files for name in READERS) or not all(f.is_file() for f in files.values()):
        return False
    finder = _Finder(files)
    sys.meta_path.insert(0, finder)
    return _loads(finder)


def _loads(finder: _Finder) -> bool:
    """Load the build's shared library (where mypyc puts all the readers' code) now, so that
    a build this machine cannot load (damaged, or built against another C library) means
    the Python readers instead of an ImportError at the first vague word; the readers
    themselves are small shims, imported when first needed."""
    from importlib import import_module

    try:
        for name in finder.files:
            if not name.startswith(f"{PACKAGE}."):
                import_module(name)
    except (ImportError, OSError):
        sys.meta_path.remove(finder)
        return False
    return True


def active() -> bool:
    """The readers in use are the compiled ones."""
    module = sys.modules.get(f"{PACKAGE}.uses")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")


def build(quiet: bool = True) -> Path:
    """Compile the readers with mypyc into their build folder (replacing any build there);
    the folder. Raises RuntimeError with the compiler's output when the build fails."""
    import os
    import subprocess  # (here, not at the top: a lint imports this module and never builds)
    import tempfile

    sources = reader_sources()
    folder = build_folder(sources)
    if folder is None:
        raise RuntimeError("caching is off (TERMSMITH_CACHE_DIR=off): nowhere to keep a build")
    with tempfile.TemporaryDirectory(prefix="termsmith-mypyc-") as tmp:
        work = Path(tmp)
        _copy_sources(work, sources)
        files = [str(Path(*PACKAGE.split("."), f"{name}.py")) for name in READERS]
        # without PYTHONPATH: under one naming a checkout's src (as the bench scripts set it) mypy also checked the
        # document readers' imports of untyped libraries (lxml, cn2an, pypdfium2) and the build failed
        env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
        done = subprocess.run(
            [sys.executable, "-m", "mypyc", "--cache-dir", str(work / ".mypy_cache"), *files],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        if done.returncode != 0:
            raise RuntimeError(f"mypyc failed (exit {done.returncode}):\n{done.stdout[-4000:]}{done.stderr[-4000:]}")
        if not quiet:
            print(done.stdout[-2000:], end="")
        _keep(work, folder)
    return folder


def _copy_sources(work: Path, sources: Mapping[str, bytes]) -> None:
    """The termsmith package's Python files (mypy reads what the readers import), with the
    readers' exact bytes that were hashed."""
    import shutil

    for path in (_SRC / "termsmith").rglob("*.py"):
        target = work / path.relative_to(_SRC)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    for name, source in sources.items():
        (work / Path(*name.split("."))).with_suffix(".py").write_bytes(source)


def _keep(work: Path, folder: Path) -> None:
    """Move the built extensions into ``folder``, whole or not at all (a folder is renamed into place)."""
    import os
    import shutil
    import tempfile

    suffix = EXTENSION_SUFFIXES[0]
    package = work / Path(*PACKAGE.split("."))
    entries = {f"{PACKAGE}.{name}": f"{name}{suffix}" for name in READERS}
    shared = list(work.glob(f"*__mypyc{suffix}"))
    entries.update({p.name[: -len(suffix)]: p.name for p in shared})
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    for file in entries.values():
        source = work / file if file.endswith(f"__mypyc{suffix}") else package / file
        shutil.copyfile(source, staging / file)
    (staging / MANIFEST).write_text("".join(f"{name} {file}\n" for name, file in entries.items()), encoding="utf-8")
    if (folder / MANIFEST).is_file():
        shutil.rmtree(staging)  # built meanwhile from the same source: keep that one (a process may be loading it)
        return
    if folder.exists():
        shutil.rmtree(folder)  # an unfinished folder (no manifest), which nothing loads
    os.replace(staging, folder)


def main() -> int:
    """Build the readers unless a build for this source is there already; 1 when it cannot be built."""
    folder = build_folder()
    if folder is not None and (folder / MANIFEST).is_file():
        print(f"termsmith: compiled lint readers already in {folder}")
        return 0
    try:
        folder = build()
    except (RuntimeError, OSError) as exc:
        print(f"termsmith: the lint's readers stay pure Python: {exc}", file=sys.stderr)
        return 1
    print(f"termsmith: compiled lint readers in {folder}")
    return 0
