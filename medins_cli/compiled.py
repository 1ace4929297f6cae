"""A cache of the compiled policy data (parsed policy files, the region index), keyed by the files' content.

Parsing YAML and building the region index cost more than the advice itself on a one-shot `medins check`.
The compiled form is pickled under the user's cache folder (`$MEDINS_CACHE_DIR`, else `$XDG_CACHE_HOME/medins`,
else `~/.cache/medins`) by a BLAKE2 hash of the source bytes plus the code that compiles them, so an edited
policy file (or a new medins) is simply a different key: never stale. `MEDINS_NO_CACHE=1` turns it off.

Only a folder the user owns and nobody else may write is used (a pickle is code to Python); any problem
reading or writing the cache is silently a miss, never an error: the cache only saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from dataclasses import fields
from functools import cache
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

FORMAT = 1
# Entries kept at most: content-addressed entries are never stale, so without a bound a maintainer editing
# policy files (or a fuzz run) would grow the folder for ever. The newest ones are kept.
KEEP = 200


@cache
def _folder() -> Path | None:
    if os.environ.get("MEDINS_NO_CACHE"):
        return None
    base = os.environ.get("MEDINS_CACHE_DIR")
    if base:
        folder = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = Path(xdg if xdg else Path.home() / ".cache") / "medins"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = folder.stat()
    except (OSError, RuntimeError):
        return None
    if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
        return None
    return folder


@cache
def _code_stamp() -> bytes:
    """What the compiled objects depend on besides the data: this medins, this Python, the compiling code."""
    from medins_cli import __version__

    parts = [f"{FORMAT}|{__version__}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}"]
    # Every module of the package, not a hand-kept list: the loader's checks live in several of them, and a
    # list that forgot one would serve objects compiled by older code (the version alone does not change).
    # Modules compiled by mypyc (hatch_build.py) count too: a compiled and a pure-Python install keep apart.
    here = Path(__file__).resolve().parent
    for path in sorted(p for p in here.iterdir() if p.name.endswith((".py", *EXTENSION_SUFFIXES))):
        try:
            st = path.stat()
            parts.append(f"{path.name}:{st.st_mtime_ns}:{st.st_size}")
        except OSError:
            parts.append(path.name)
    return "|".join(parts).encode()


def key(kind: str, *contents: bytes) -> str:
    h = hashlib.blake2b(_code_stamp(), digest_size=20)
    h.update(kind.encode())
    for c in contents:
        h.update(len(c).to_bytes(8, "little"))
        h.update(c)
    return f"{kind}-{h.hexdigest()}"


def load(name: str) -> Any:
    folder = _folder()
    if folder is None:
        return None
    try:
        with open(folder / f"{name}.pickle", "rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own folder, owner-only, content-addressed
    except Exception:  # noqa: BLE001 - a missing, truncated or foreign entry is a miss
        return None


def store(name: str, value: Any) -> None:
    folder = _folder()
    if folder is None:
        return
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        os.replace(tmp, folder / f"{name}.pickle")
    except Exception:  # noqa: BLE001 - a read-only or full disk: run without the cache
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    _prune(folder)


class _Pickler(pickle.Pickler):
    """A frozen dataclass compiled by mypyc (hatch_build.py) is stored as its constructor call: the default
    unpickling sets its fields one by one, which a frozen class refuses. Other objects pickle as usual."""

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        params = getattr(cls, "__dataclass_params__", None)
        if params is not None and params.frozen and hasattr(cls, "__mypyc_attrs__"):
            return cls, tuple(getattr(obj, f.name) for f in fields(obj))
        return NotImplemented


def _prune(folder: Path) -> None:
    """Drop the oldest entries beyond KEEP (only on a store, i.e. a miss: the hot path never lists the folder)."""
    with contextlib.suppress(OSError):
        entries = []
        for entry in os.scandir(folder):
            if entry.name.endswith(".pickle"):
                with contextlib.suppress(OSError):
                    entries.append((entry.stat().st_mtime_ns, entry.path))
        if len(entries) > KEEP:
            for _mtime, path in sorted(entries)[: len(entries) - KEEP]:
                with contextlib.suppress(OSError):
                    os.unlink(path)
