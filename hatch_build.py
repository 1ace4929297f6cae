"""Wheel build hook: compiles the per-case hot path of `medins batch` with mypyc, or leaves it pure Python.

The modules listed under [tool.hatch.build.targets.wheel.hooks.custom] in pyproject.toml are plain, fully
annotated Python. mypyc (part of mypy) turns them into C extensions that run the same code faster: calls
between them, attribute reads and local arithmetic become C instead of bytecode. The .py files ship too;
Python imports the extension when both are there.

Compiling is an optimisation, never a requirement:
- an editable install (`pip install -e .`) is never compiled: what runs is the source being edited;
- MEDINS_PURE_PYTHON=1 builds a pure-Python wheel;
- if compiling fails (no C compiler, mypy missing, a platform mypyc does not support) the build goes on as a
  pure-Python wheel: the same output, only slower. MEDINS_REQUIRE_COMPILED=1 (CI) makes that failure fatal.

Everything happens in a temporary folder (a copy of the package's .py files): the source tree never gets
compiled files that could shadow an edited .py, and pyproject.toml is not read by setuptools.
mypyc's own documented build route is used (mypyc.build.mypycify with setuptools' build_ext);
hatch-mypyc builds in place in the source tree and hides pyproject.toml while it compiles, which a test run
that builds the wheel (tests/test_installed.py) would trip over.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="medins_compiled", ext_modules=mypycify({args!r}, group_name={group!r}, opt_level={opt!r},
                                                  multi_file=True))
"""


class CompiledCore(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("MEDINS_PURE_PYTHON"):
            self.app.display_info("medins: MEDINS_PURE_PYTHON is set: a pure-Python wheel")
            return
        self._tmp = tempfile.mkdtemp(prefix="medins-mypyc-")
        try:
            built = self._compile(Path(self._tmp))
        except Exception as exc:  # noqa: BLE001 - whatever stops compiling, the pure-Python wheel works the same
            if os.environ.get("MEDINS_REQUIRE_COMPILED"):
                raise
            tail = "\n".join(str(exc).strip().splitlines()[-20:])
            self.app.display_warning(f"medins: not compiled with mypyc ({tail}); the wheel is pure Python: "
                                     "the same output, slower")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    def _compile(self, tmp: Path) -> dict[str, str]:
        """Compile the listed modules in `tmp`; {built extension: its path in the wheel}."""
        modules = self.config.get("include", [])
        if not modules:
            raise ValueError("no modules listed to compile")
        src, out = tmp / "src", tmp / "out"
        package = Path(self.root) / "medins_cli"
        (src / "medins_cli").mkdir(parents=True)
        for py in package.glob("*.py"):
            shutil.copy2(py, src / "medins_cli" / py.name)
        args = [*self.config.get("mypy-args", []), *modules]
        (tmp / "setup.py").write_text(_SETUP.format(args=args, group=self.config.get("group", "medins_cli"),
                                                    opt=str(self.config.get("opt-level", "3"))), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, str(tmp / "setup.py"), "build_ext", "--build-lib", str(out), "--build-temp",
             str(tmp / "build"), "--parallel", str(max(1, min(4, os.cpu_count() or 1)))],
            cwd=src, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
        if proc.returncode:
            raise RuntimeError(f"mypyc failed:\n{proc.stdout}")
        built = {str(p): p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
        compiled = {Path(m).name.split(".")[0] for m in modules}
        have = {Path(p).name.split(".")[0] for p in built.values() if p.startswith("medins_cli/")}
        if have != compiled:
            raise RuntimeError(f"mypyc built {sorted(have)}, expected {sorted(compiled)}")
        return built


def get_build_hook() -> type[CompiledCore]:
    return CompiledCore
