"""The modules a wheel compiles with mypyc (hatch_build.py) must type-check as the build checks them: a type error
there makes the build fall back to pure Python (and fails CI, which requires the compiled build)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


def _hook() -> dict:
    tomllib = pytest.importorskip("tomllib", reason="Python 3.11 reads pyproject.toml")
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]


def test_the_compiled_modules_type_check_as_the_build_checks_them() -> None:
    pytest.importorskip("mypy", reason="mypy (the [test] extra) type-checks what the wheel compiles")
    hook = _hook()
    proc = subprocess.run([sys.executable, "-m", "mypy", *hook["mypy-args"], *hook["include"]], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_listed_modules_exist() -> None:
    for path in _hook()["include"]:
        assert (ROOT / path).is_file(), path


def test_the_compiled_modules_use_nothing_mypyc_runs_differently() -> None:
    """What compiles but behaves otherwise in a mypyc class or module (met while choosing the modules):
    functools.cached_property recomputes on every read (no instance __dict__ to keep it in: workdays' list of working
    days, ~100 µs a case) and a module __getattr__ crashes the import."""
    for path in _hook()["include"]:
        text = (ROOT / path).read_text(encoding="utf-8")
        for word in ("cached_property", "def __getattr__(name"):
            assert word not in text, f"{path}: {word} (compiled by mypyc: leave the module out, or do without)"
