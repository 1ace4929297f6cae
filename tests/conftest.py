from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

# The compiled policy cache (medins_cli/compiled.py) of a test run lives in a folder of its own, never in the
# user's ~/.cache; subprocesses inherit it.
os.environ.setdefault("MEDINS_CACHE_DIR", tempfile.mkdtemp(prefix="medins-test-cache-"))

from medins_cli import service
from medins_cli.model import Advice, Step

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date(2026, 11, 23)


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
