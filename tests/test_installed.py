"""The installed command, run as a person runs it: subprocess, lazy imports, the wheel's policies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASE = ["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date", "2026-12-20",
        "--today", "2026-11-23", "--cost", "22000", "--out-of-catalog", "2000", "--json"]


def medins_cmd() -> list[str]:
    exe = shutil.which("medins", path=str(Path(sys.executable).parent)) or shutil.which("medins")
    return [exe] if exe else [sys.executable, "-m", "medins_cli"]


def test_installed_command_json(tmp_path: Path) -> None:
    proc = subprocess.run(medins_cmd() + CASE, capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["cost"]["fund_pays"] == 13760.0 and doc["cost"]["out_of_pocket"] == 8240.0
    assert doc["deadlines"][0] == {**doc["deadlines"][0], "id": "file_before_visit", "date": "2026-12-16",
                                                   "kind": "suggestion"}
    assert proc.stderr == ""


def test_installed_command_bad_input_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(medins_cmd() + ["check", "-s", "temporary", "--insured-in", "火星", "--treated-in",
                                          "北京", "--lang", "en"], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert proc.stderr.startswith("medins: error: --insured-in: unknown region '火星'")
    assert "Traceback" not in proc.stderr


PROBE = """
import json, sys
import medins_cli.files as files
read = []
orig = files.read_bounded
# files is never compiled (hatch_build.py): a compiled module calling its own function would not see a replacement
files.read_bounded = lambda p, *a, **k: (p.suffix == ".yaml" and read.append(p.name), orig(p, *a, **k))[1]
from medins_cli.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
lazy = {'questionary', 'prompt_toolkit', 'rich', 'icalendar', 'medins_cli.wizard', 'medins_cli.exports',
        'medins_cli.policy_tools', 'medins_cli.answers'}
heavy = sorted(m for m in sys.modules if m in lazy or m.split('.')[0] in lazy)
print(json.dumps({'heavy': heavy, 'read': sorted(read)}), file=sys.stderr)
"""


def test_json_path_is_lazy_and_reads_only_needed_policies(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE, *CASE], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60)
    probe = json.loads(proc.stderr.strip().splitlines()[-1])
    assert probe["heavy"] == []
    assert probe["read"] == ["370000-shandong.yaml", "371300-linyi.yaml", "national.yaml"]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git for a clean copy")
def test_wheel_ships_policies(tmp_path: Path) -> None:
    """Build the wheel, unpack it alone on sys.path, and run a check from outside the source tree."""
    wheel_dir = tmp_path / "wheel"
    # Pure Python: what is checked here is what the wheel ships; the compiled build is what `pip install .` tests
    # (and compiling would add a minute to every run of the suite).
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheel_dir), str(ROOT)], check=True, timeout=300, capture_output=True,
                   env={**os.environ, "MEDINS_PURE_PYTHON": "1"})
    wheel = next(wheel_dir.glob("medins-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "medins_cli/policies/national.yaml" in names
    assert "medins_cli/policies/regions.json" in names
    assert "medins_cli/policies/regions/371300-linyi.yaml" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"}
    env.pop("MEDINS_POLICY_DIR", None)
    probe = ("import sys, medins_cli, medins_cli.policy_files as pf; from medins_cli.cli import main\n"
             "print(medins_cli.__file__, pf.policy_root(), file=sys.stderr)\nmain(sys.argv[1:])")
    proc = subprocess.run([sys.executable, "-c", probe, *CASE], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=60)
    where = proc.stderr.strip().splitlines()[0]
    assert where.startswith(str(site)), where
    assert str(site / "medins_cli" / "policies") in where
    assert proc.returncode == 1 and json.loads(proc.stdout)["cost"]["fund_pays"] == 13760.0


@pytest.mark.parametrize(("args", "code"), [
    (["policies", "coverage", "--json"], 0),  # far more than a pipe buffer
    (["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--today", "2026-11-23",
      "--event-date", "2026-12-20"], 1),
])
def test_reader_closing_the_pipe_keeps_the_exit_code(tmp_path: Path, args: list[str], code: int) -> None:
    # `medins … | head -c 1`: click and rich would exit 1 ("action required") on a broken pipe.
    proc = subprocess.Popen([*medins_cmd(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert proc.stdout is not None and proc.stdout.read(1)
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code and b"Traceback" not in err and err == b""


CLOSED_PIPE_CASES = [
    (["--completion", "bash"], 0, ""),
    (["--completion", "zsh"], 0, ""),
    (["--version"], 0, ""),
    (["--help"], 0, ""),
    (["check", "--help"], 0, ""),
    (["batch", "--help", "--lang", "en"], 0, ""),
    (["policies", "--help"], 0, ""),
    (["policies", "show", "--help"], 0, ""),
    (["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--today", "2026-11-23",
      "--event-date", "2026-12-20", "--cost", "22000"], 1, ""),
    (["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--today", "2026-11-23",
      "--event-date", "2026-12-20", "--json"], 1, ""),
    (["check", "-s", "temporary", "--insured-in", "火星", "--treated-in", "上海", "--json", "--lang", "en"], 2,
     "medins: error: --insured-in: unknown region '火星'.\n"),
    (["check", "--bogus", "--json", "--lang", "en"], 2,
     "medins: usage error: unrecognized arguments: --bogus\nSee medins check --help\n"),
    (["policies", "list"], 0, ""),
    (["policies", "list", "--json"], 0, ""),
    (["policies", "show", "北京"], 0, ""),
    (["policies", "show", "北京", "--json"], 0, ""),
    (["policies", "validate"], 0, ""),
    (["policies", "coverage"], 0, ""),
    (["policies", "review", "--json"], 0, ""),
]


@pytest.mark.parametrize(("args", "code", "stderr"), CLOSED_PIPE_CASES, ids=[" ".join(c[0][:3]) for c in
                                                                             CLOSED_PIPE_CASES])
def test_pipe_closed_before_the_first_write_ends_quietly(tmp_path: Path, args: list[str], code: int,
                                                         stderr: str) -> None:
    # `medins --completion bash | head`: the reader may be gone before anything is written. Every command that
    # writes to standard output ends as if it had been read: its own exit code, no "Broken pipe" message.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([*medins_cmd(), *args], stdout=write_end, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, cwd=tmp_path, timeout=60)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr.decode()) == (code, stderr)
