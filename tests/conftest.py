from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

# The compiled policy cache (medins_cli/compiled.py) of a test run lives in a folder of its own, never in the
# user's ~/.cache; subprocesses inherit it.
os.environ.setdefault("MEDINS_CACHE_DIR", tempfile.mkdtemp(prefix="medins-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent


def _import_the_installed_copy() -> str:
    """`pip install .` then `pytest` (README, CI) tests what was installed, the mypyc-compiled modules, not the
    source tree that pytest puts first on sys.path; but only a copy made from exactly this source (every .py the
    same), so a stale install is never what an edited tree is tested against."""
    from importlib.machinery import PathFinder

    if os.environ.get("MEDINS_TEST_SOURCE"):  # CI: the tests that replace a function, which compiled code ignores
        return "the source tree (MEDINS_TEST_SOURCE)"
    elsewhere = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    spec = PathFinder.find_spec("medins_cli", elsewhere)
    if spec is None or not spec.submodule_search_locations:
        return "the source tree"
    installed = Path(next(iter(spec.submodule_search_locations)))
    mine = ROOT / "medins_cli"
    if installed.resolve() == mine or sorted(p.name for p in installed.glob("*.py")) != sorted(
            p.name for p in mine.glob("*.py")) or any(
            p.read_bytes() != (installed / p.name).read_bytes() for p in mine.glob("*.py")):
        return "the source tree"
    saved = sys.path[:]
    sys.path[:] = elsewhere
    try:
        import medins_cli  # noqa: F401 - its submodules now come from the installed copy
    finally:
        sys.path[:] = saved
    return f"the installed copy in {installed.parent}"


TESTED = _import_the_installed_copy()

from medins_cli import build_line, compiled_modules, service  # noqa: E402
from medins_cli.model import Advice, Step  # noqa: E402

POLICIES = ROOT / "policies"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date(2026, 11, 23)


def pytest_report_header() -> str:
    return f"{build_line()}; tested: {TESTED}"


def pytest_sessionstart(session: pytest.Session) -> None:
    if os.environ.get("MEDINS_REQUIRE_COMPILED") and not compiled_modules():
        raise pytest.UsageError(f"MEDINS_REQUIRE_COMPILED is set, but the tests would run {build_line()} "
                                f"from {TESTED}")


# A test that replaces a function of a compiled module (monkeypatch) changes nothing inside it: compiled code
# calls its functions directly. Such tests run on the pure-Python modules (an editable install: every landing).
def compiled(module: str) -> bool:
    return module in compiled_modules()


@pytest.fixture(scope="session")
def fixture_policies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped policies plus a test-only region (呼和浩特, clearly marked as fixture data)."""
    root = tmp_path_factory.mktemp("policies")
    shutil.copytree(POLICIES, root, dirs_exist_ok=True)
    for real in (root / "regions").glob("150100-*.yaml"):
        real.unlink()  # should 呼和浩特 ever get a real file, the fixture still stands in for it here
    shutil.copy(FIXTURES / "150100-fixture.yaml", root / "regions" / "150100-fixture.yaml")
    return root


def advise(today: dt.date = TODAY, root: Path | None = None, **raw: Any) -> Advice:
    return service.check(raw, today, root=root)


def step(advice: Advice, sid: str) -> Step:
    """One line of the cost breakdown, by id."""
    return next(s for s in advice.cost.breakdown if s.id == sid)


def defaults(advice: Advice) -> list[str]:
    """The parameters the advice labels as defaults."""
    return [d.parameter for d in advice.defaults_used]


def assert_province_file_records_its_search(code: str, pinyin: str) -> None:
    """The province file exists, loads, and (comment-only or not) says what was searched and what was wanted."""
    from medins_cli.policy import load_file
    from medins_cli.regions import load_regions

    path = POLICIES / "regions" / f"{code}-{pinyin}.yaml"
    assert path.exists(), path.name
    pf = load_file(path)
    assert pf.region == code
    assert load_regions().by_code[code].pinyin == pinyin
    text = path.read_text(encoding="utf-8")
    assert "Searched" in text and "Wanted" in text


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`medins ARGS` in this process: (exit code, stdout, stderr)."""
    from medins_cli.cli import main

    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err
