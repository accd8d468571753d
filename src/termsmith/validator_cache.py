"""The spec models' validators, built once and kept between runs.

The spec models are declared with ``defer_build``: pydantic builds a model's validator the
first time it validates or is instantiated, by walking every field of every nested model
in Python (~25 ms for ``ServiceSpecDocument``), and the first build also imports
``importlib.metadata`` to look for pydantic plugins (~12 ms): every cold ``validate``,
``lint`` and ``render`` paid both. The validator itself is pydantic-core's
``SchemaValidator``, made from that walk's result, the core schema, in well under a
millisecond.

:func:`validate` (``model.model_validate``) keeps the core schemas: a run that built the
spec models stores each built model's schema (pickled); a later run makes each model's
``SchemaValidator`` from its stored schema (~3 ms for all) and gives it to the model class,
as pydantic does when it builds one. Validating, and making a model (the defaults of
``force_majeure``, ``Languages(...)`` in assembly), then use it: the same model instances
and the same errors. Anything else the class needs (dumping, its JSON Schema) builds the
model as before.

What is stored, and when it is used:

- only what validating reads: the schema without its ``metadata`` and ``serialization``
  entries (JSON Schema hints and dump functions, which ``SchemaValidator`` never calls).
  Every function the rest names (validators, default factories) is pickled by its name,
  and found by name when it loads (an edited validator body is the edited one); a schema
  that names a lambda is simply not stored;
- an entry is used only when Python, pydantic and pydantic-core are the versions that
  stored it and every file of ``termsmith.spec`` that was loaded, and of any other module
  whose classes or functions the schema names, has the size and modification time it had
  then. An edited model is built again, as ``python`` recompiles an edited module;
- anything unexpected (a damaged file, an entry that does not load) means building the
  model, as without the cache. Entries are written when the console command ends
  (``termsmith.cli.run``). Like ``.pyc`` files, the file holds what this user's own runs
  wrote into this user's own cache folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from typing import Any

import pydantic
import pydantic_core

from termsmith.marshal_store import MarshalStore

_ENGINE = f"{sys.version}\0{pydantic.VERSION}\0{pydantic_core.__version__}"
_STORE = MarshalStore("validators", _ENGINE, 2_000_000)  # ServiceSpecDocument's schema: ~55 kB
_NOT_READ = ("metadata", "serialization")  # schema entries SchemaValidator does not read
_MODELS = "termsmith.spec"  # the package that declares the models: every module of it is in an entry's stamp
_primed: set[type] = set()  # the spec models already given their stored validator, or found without one
# each file's size and modification time as this process first saw it: a schema stored later (at the end of a long
# ``serve``) is stamped with the files its models were built from, not with files edited since
_seen: dict[str, str] = {}


def validate(model: Any, data: Any) -> Any:
    """``model.model_validate(data)``, the spec models' validators made from the stored
    schemas when they have not been built in this process."""
    prime()
    try:
        return model.model_validate(data)
    finally:  # a spec that does not validate has built the models all the same
        store_built()


def prime() -> None:
    """Give every spec model loaded and not built in this process its validator from the
    cache (each once: a model whose module loads later, an offer's, is primed then)."""
    stamps: dict[tuple[str, ...], str] = {}
    for model in _spec_models():
        if model in _primed:
            continue
        _primed.add(model)
        entry = _STORE.get(_key(model))
        if model.__pydantic_complete__ or not isinstance(entry, tuple) or len(entry) != 3:
            continue
        files, stamp, pickled = entry
        if stamps.setdefault(files, _stamp(files)) != stamp:
            continue
        try:
            schema, rest = pickle.loads(pickled)
            model.__pydantic_validator__ = pydantic_core.SchemaValidator(schema, *rest)
        except Exception:  # an entry this pydantic does not take: the model is built as usual
            continue
        _STORE.used(_key(model), entry, new=False)


def store_built() -> None:
    """Keep the schema of every spec model built in this process and not stored yet."""
    if _STORE.path() is None:
        return
    for model in _spec_models():
        if model.__pydantic_complete__ and _STORE.get(_key(model)) is None:
            _store(model)


def save() -> None:
    """Write the schemas of the spec models this run built (validating, or made directly:
    ``Languages(...)`` in assembly) to the cache (nothing when there are none)."""
    store_built()
    _STORE.save()


def _spec_models() -> list[Any]:
    from termsmith.spec.base import SpecModel

    found, pending = [], list(SpecModel.__subclasses__())
    while pending:
        model = pending.pop()
        found.append(model)
        pending.extend(model.__subclasses__())
    return found


def _key(model: type) -> str:
    return f"{model.__module__}.{model.__qualname__}"


def _store(model: Any) -> None:
    """Keep the schema of a model that has been built (nothing when it cannot be pickled)."""
    try:
        _, (schema, *rest) = model.__pydantic_validator__.__reduce__()  # SchemaValidator(schema, config, …)
        modules = {name for name in sys.modules if name.startswith(_MODELS)}  # what declares the models
        read = _read_part(schema, modules)
        pickled = pickle.dumps((read, tuple(rest)), protocol=pickle.HIGHEST_PROTOCOL)
        files = tuple(sorted(_file(name) for name in modules if name != "builtins"))
    except Exception:  # a lambda or a local function in the schema, a module without a file: not stored
        return
    _STORE.used(_key(model), (files, _stamp(files), pickled), new=True)


def _read_part(node: Any, modules: set[str]) -> Any:
    """``node`` without the entries validating does not read, noting the module of every
    class and function it names."""
    if isinstance(node, dict):
        is_schema = isinstance(node.get("type"), str)  # a schema, not a dict of fields by name
        return {k: _read_part(v, modules) for k, v in node.items() if not (is_schema and k in _NOT_READ)}
    if isinstance(node, list | tuple):
        return type(node)(_read_part(v, modules) for v in node)
    module = getattr(node, "__module__", None)
    if isinstance(module, str) and (isinstance(node, type) or callable(node)):
        modules.add(module)
    return node


def _file(module: str) -> str:
    file = getattr(sys.modules[module], "__file__", None)
    if not isinstance(file, str):
        raise ValueError(f"{module} has no file")
    return file


def _stamp(files: tuple[str, ...]) -> str:
    """The size and modification time of every file, as this process first saw it (one that cannot be read: no
    stamp)."""
    parts = []
    for file in files:
        if file not in _seen:
            try:
                info = os.stat(file)
            except OSError:
                return "unreadable"
            _seen[file] = f"{info.st_size}\0{info.st_mtime_ns}"
        parts.append(f"{file}\0{_seen[file]}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()
