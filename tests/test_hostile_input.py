"""Hostile and careless input (issue 10): one clear line, exit 2, never exit 70 — and no hang or blow-up.

Each case here was found by fuzzing medins as an attacker or a careless user would: YAML alias bombs,
devices and FIFOs, absurd nesting, a broken policy directory, a full disk, a narrow terminal encoding,
terminal escape sequences in an answers file, and the YAML quirks an answers file must not fall into.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_main

from medins_cli.answers import parse_answers
from medins_cli.errors import InputError
from medins_cli.policy_tools import validate

ROOT = Path(__file__).resolve().parent.parent
TODAY = ["--today", "2026-11-23"]
EMERGENCY = ["-s", "emergency", "--insured-in", "江苏", "--treated-in", "北京", "--event-date", "2026-11-20"]
PHARMACY = ["-s", "pharmacy", "--insured-in", "江苏", "--treated-in", "北京", "--event-date", "2026-11-20"]
# Nine levels of nine aliases: 9**9 leaves when expanded, 473 bytes as text.
BOMB = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else ', '.join(['lol'] * 9)}]\n"
               for i in range(9))


run = run_main


def medins(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "MEDINS_LANG": "zh", **(env or {})}
    return subprocess.run([sys.executable, "-m", "medins_cli", *args], capture_output=True, text=True,
                          env=full, timeout=timeout, stdin=subprocess.DEVNULL)


def answers_error(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> str:
    code, out, err = run(capsys, "check", *EMERGENCY, *TODAY, "--answers", str(path), *extra)
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


# ------------------------------------------------------------------------------------------ 10.1 alias bombs


def test_alias_bomb_in_an_answers_file_is_refused_at_once(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB.replace("l8:", "cost:"), encoding="utf-8")
    err = answers_error(capsys, path)
    assert err == f"medins: 错误: 答案文件 {path} 第 1 行：答案文件不使用 YAML 的锚点、别名和标签（&anchor）。\n"
    path.write_text("cost: *a\n", encoding="utf-8")
    assert "（*alias）" in answers_error(capsys, path)
    path.write_text("cost: !!python/object:os.system x\n", encoding="utf-8")
    assert "（!tag）" in answers_error(capsys, path)


def test_alias_bomb_in_a_policy_file_is_refused_by_validate(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text('schema: medins-policy/1\nregion: "110000"\n' + BOMB, encoding="utf-8")
    problems = validate(path)
    assert [(p.field, p.key, p.params) for p in problems] == [
        ("-", "policies.problem.yaml_size", {"limit": 200_000})]
    path.write_text("a: &a [*a, *a]\n", encoding="utf-8")
    assert [p.key for p in validate(path)] == ["policies.problem.yaml_recursive"]


def test_alias_bomb_in_the_policy_directory_is_refused_by_check(tmp_path: Path) -> None:
    root = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", root)
    text = (root / "national.yaml").read_text(encoding="utf-8")
    (root / "national.yaml").write_text(text + BOMB.replace("l", "x_l"), encoding="utf-8")
    proc = medins("check", *EMERGENCY, *TODAY, env={"MEDINS_POLICY_DIR": str(root)})
    assert proc.returncode == 2, proc.stderr
    assert "通过别名展开后超过 200000 个节点（YAML 炸弹？）" in proc.stderr
    assert proc.stderr.count("\n") == 1


# ------------------------------------------------------------------------------------------ 10.2 devices, FIFOs


def test_device_as_answers_file(capsys: pytest.CaptureFixture[str]) -> None:
    err = answers_error(capsys, Path("/dev/zero"))
    assert err == "medins: 错误: 答案文件 /dev/zero 不是普通文件（设备文件），不读取。\n"


def test_fifo_as_answers_file_gives_up_instead_of_waiting_for_ever(tmp_path: Path) -> None:
    fifo = tmp_path / "a.yaml"
    os.mkfifo(fifo)
    proc = medins("check", *EMERGENCY, *TODAY, "--answers", str(fifo))
    assert proc.returncode == 2  # medins() gives up after 60 s: a FIFO no longer blocks for ever
    assert proc.stderr == f"medins: 错误: 答案文件 {fifo} 是管道，5 秒内没有读完，已放弃。\n"


def test_answers_through_a_pipe_are_read(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "medins_cli", "check", *TODAY, "--answers", "/dev/stdin", "--json"],
        input="scenario: emergency\ninsured_in: 江苏\ntreated_in: 北京\nevent_date: 2026-11-20\n",
        capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["scenario"] == "emergency"


def test_devices_and_fifos_in_the_policy_directory(tmp_path: Path) -> None:
    root = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", root)
    region = next((root / "regions").glob("320000-*.yaml"))
    region.unlink()
    region.symlink_to("/dev/zero")
    proc = medins("check", *EMERGENCY, *TODAY, env={"MEDINS_POLICY_DIR": str(root)})
    assert proc.returncode == 2
    assert proc.stderr == f"medins: 错误: 无法读取政策文件 {region}：不是普通文件（设备文件）\n"
    proc = medins("policies", "validate", str(root), env={"MEDINS_POLICY_DIR": str(root)})
    assert proc.returncode == 1 and "不是普通文件（设备、管道、套接字或目录），不读取" in proc.stdout
    region.unlink()
    os.mkfifo(region)
    proc = medins("policies", "validate", str(region))
    assert proc.returncode == 1
    assert "管道在 5 秒内没有读完" in proc.stdout


# ------------------------------------------------------------------------------------------ 10.3 exit 70 causes


@pytest.mark.parametrize("name", ["deep.yaml", "deep.json"])
def test_answers_nested_twenty_thousand_deep(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = tmp_path / name
    inner = "[" * 20000 + "]" * 20000
    path.write_text(f'{{"cost": {inner}}}' if name.endswith("json") else f"cost: {inner}\n", encoding="utf-8")
    err = answers_error(capsys, path)
    assert err in (f"medins: 错误: 答案文件 {path} 嵌套太深（答案文件只有一层“键: 值”）。\n",
                   f"medins: 错误: 答案文件 {path}：cost 的值应为一个文字、数字、日期或 true/false，不能是列表。\n")


def test_policy_file_nested_twenty_thousand_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text('region: "110000"\nparameters: ' + "[" * 20000 + "]" * 20000 + "\n", encoding="utf-8")
    problems = validate(path)
    assert [p.key for p in problems] in (["policies.problem.yaml_depth"], ["policies.problem.bad_yaml"])
    proc = medins("policies", "validate", str(path))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize(("setup", "message"), [
    ("missing", "medins: 错误: 政策数据的地区表 {root}/regions.json 无法使用：文件不存在\n"),
    ("empty", "medins: 错误: 政策数据的地区表 {root}/regions.json 无法使用：文件不存在\n"),
    ("shape", 'medins: 错误: 政策数据的地区表 {root}/regions.json 无法使用：应为 {{"regions": [{{"code", "name", '
              '"short", "pinyin", "kind"}}, …]}}\n'),
    ("not_json", "medins: 错误: 政策数据的地区表 {root}/regions.json 无法使用：Expecting value\n"),
])
def test_bad_policy_directory(tmp_path: Path, setup: str, message: str) -> None:
    root = tmp_path / "policies"
    if setup != "missing":
        root.mkdir()
    if setup == "shape":
        (root / "regions.json").write_text('{"regions": [{"code": 5}]}', encoding="utf-8")
    if setup == "not_json":
        (root / "regions.json").write_text("<html>", encoding="utf-8")
    for args in (["check", *EMERGENCY, *TODAY], ["policies", "list"], ["policies", "show", "江苏"]):
        proc = medins(*args, env={"MEDINS_POLICY_DIR": str(root)})
        assert (proc.returncode, proc.stderr) == (2, message.format(root=root)), args


def test_full_disk_on_standard_output() -> None:
    with open("/dev/full", "w") as full:
        for args in (["check", *EMERGENCY, *TODAY], ["check", *EMERGENCY, *TODAY, "--json"], ["policies", "list"]):
            proc = subprocess.run([sys.executable, "-m", "medins_cli", *args], stdout=full,
                                  stderr=subprocess.PIPE, text=True, timeout=60,
                                  env={**os.environ, "MEDINS_LANG": "en"})
            assert (proc.returncode, proc.stderr) == (
                2, "medins: error: Cannot write the output (standard output): No space left on device\n"), args


def test_ascii_only_output_encoding() -> None:
    env = {"PYTHONIOENCODING": "ascii"}
    proc = medins("check", *PHARMACY, *TODAY, "--chronic-disease", "😀·", "--json", env=env)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.isascii()
    doc = json.loads(proc.stdout)
    assert doc["warnings"][0]["message"].startswith("“😀·”")
    proc = medins("check", *EMERGENCY, *TODAY, env=env)
    assert proc.returncode == 0 and proc.stdout.isascii() and "\\u5f02\\u5730" in proc.stdout
    proc = medins("check", "-s", "emergency", "--insured-in", "火星", "--treated-in", "北京", env=env)
    assert (proc.returncode, proc.stderr) == (2, "medins: \\u9519\\u8bef: --insured-in\\uff1a\\u672a\\u77e5\\u5730"
                                                 "\\u533a \\u201c\\u706b\\u661f\\u201d\\u3002\n")


# ------------------------------------------------------------------------------------------ 10.7 control characters


ESCAPES = "\x1b]0;X\x07\x1b[2J"


def test_escape_sequences_are_shown_not_obeyed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.yaml"
    path.write_text('chronic_disease: "\\e]0;X\\a\\e[2J"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", *PHARMACY, *TODAY, "--answers", str(path), "--no-color")
    assert code == 1 and "\x1b" not in out + err and "\x07" not in out + err
    assert "“\\x1b]0;X\\x07\\x1b[2J”不在跨省直接结算的门诊慢特病目录中" in out
    path.write_text(f"scenario: {json.dumps(ESCAPES)}\ninsured_in: 江苏\ntreated_in: 北京\n", encoding="utf-8")
    code, out, err = run(capsys, "check", *TODAY, "--answers", str(path))
    assert (code, out) == (2, "") and "\x1b" not in err and "“\\x1b]0;X\\x07\\x1b[2J”" in err


def test_every_export_format_escapes_control_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [tmp_path / "c.md", tmp_path / "c.html", tmp_path / "c.ics"]
    for path in paths:
        flag = "--ics" if path.suffix == ".ics" else "--export"
        # Filed on 11-01: its validity end is a date ahead, so the .ics is written too.
        code, _, err = run(capsys, "check", *PHARMACY, *TODAY, "--chronic-disease", ESCAPES, "--filed-on",
                           "2026-11-01", flag, str(path))
        assert code == 1, err  # a disease not settled directly: the paper claim is left to do
        data = path.read_text(encoding="utf-8")
        assert "\x1b" not in data and "\x07" not in data, path
    code, out, _ = run(capsys, "check", *PHARMACY, *TODAY, "--chronic-disease", ESCAPES + "\x7f\x9b", "--json")
    assert "\x1b" not in out and "\x7f" not in out and "\x9b" not in out
    assert json.loads(out)["warnings"][0]["message"].startswith("“\\x1b]0;X")


def test_markdown_export_escapes_user_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.md"
    hostile = "# heading [click](javascript:alert(1)) <script>x</script> *bold* |cell|"
    code, _, _ = run(capsys, "check", *PHARMACY, *TODAY, "--chronic-disease", hostile, "--export", str(path))
    assert code == 1
    line = next(ln for ln in path.read_text(encoding="utf-8").splitlines() if "javascript" in ln)
    assert line.startswith("- “\\# heading \\[click\\](javascript:alert(1)) \\<script\\>x\\</script\\> "
                           "\\*bold\\* \\|cell\\|”不在")


def test_del_character_is_saved_escaped_and_replays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a.yaml", "a.json"):
        path = tmp_path / name
        code, _, err = run(capsys, "check", *PHARMACY, *TODAY, "--chronic-disease", "糖尿病\x7f", "--save-answers",
                           str(path))
        assert code == 1, err
        text = path.read_text(encoding="utf-8")
        assert "\x7f" not in text and "\\u007f" in text
        assert parse_answers(text, name, "json" if name.endswith("json") else "yaml")["chronic_disease"] == "糖尿病\x7f"


# ------------------------------------------------------------------------------------------ 10.8 YAML quirks


def test_duplicate_keys_are_refused_with_their_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("cost: 100\nfiled: true\ncost: 200\n", encoding="utf-8")
    assert answers_error(capsys, path) == (f"medins: 错误: 答案文件 {path} 第 3 行：cost 重复出现（第一次在第 1 行），"
                                           "请只留一个。\n")
    path.write_text("insured_in: 江苏\ninsured-in: 山东\n", encoding="utf-8")
    err = answers_error(capsys, path, "--lang", "en")
    assert err == (f"medins: error: Answers file {path}, line 2: insured-in is given twice (first on line 1); "
                   "keep one.\n")
    path = tmp_path / "a.json"
    path.write_text('{"cost": 1,\n "filed": true,\n "cost": 2}', encoding="utf-8")
    assert "第 3 行：cost 重复出现（第一次在第 1 行）" in answers_error(capsys, path)


@pytest.mark.parametrize("version", ["true", "1.0", "'2'", "[1]"])
def test_format_version_must_be_one(tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(f"medins_answers: {version}\n", encoding="utf-8")
    err = answers_error(capsys, path)
    assert err.startswith(f"medins: 错误: 答案文件 {path} 的格式版本是 ") and err.endswith("，本程序只认 1。\n")


@pytest.mark.parametrize(("text", "value"), [
    ("cost: 1:30", "1:30"),  # YAML 1.1 would read 90 (sexagesimal)
    ("cost: 0101", "0101"),  # YAML 1.1 would read 65 (octal)
    ("cost: 1234.565", "1234.565"),  # the decimal as written, not a float
    ("retired: no", "no"),  # the word; the answer parser reads it as false
    ("filed: on", "on"),
    ("retired: false", False),
    ("cost: ~", None),
    ("event_date: 2026-11-20", "2026-11-20"),
])
def test_answers_yaml_keeps_scalars_as_written(text: str, value: object) -> None:
    assert parse_answers(text + "\n", "a.yaml")[text.split(":")[0]] == value


def test_sexagesimal_cost_is_an_error_not_ninety(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("cost: 1:30\n", encoding="utf-8")
    assert answers_error(capsys, path) == "medins: 错误: --cost：金额 “1:30” 无效，请写数字（元）。\n"


def test_json_numbers_are_kept_as_written() -> None:
    raw = parse_answers('{"cost": 1234.565, "ratio": 1e999999999, "stay": 1' + "0" * 5000 + "}", "a.json", "json")
    assert raw["cost"] == "1234.565" and raw["ratio"] == "1e999999999" and len(raw["stay"]) == 5001


def test_long_values_are_cut_in_messages() -> None:
    with pytest.raises(InputError) as exc:
        parse_answers("x" * 5000 + ": 1\n", "a.yaml")
    assert len(exc.value.message("en")) < 400


# ------------------------------------------------------------------------------------------ 10.5 schema gap


def _emitted_warning_ids() -> set[str]:
    """Every literal id passed to `ctx.warn(...)` anywhere in the package."""
    import ast

    ids: set[str] = set()
    for path in (ROOT / "medins_cli").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "warn"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                ids.add(node.args[0].value)
    return ids


def test_every_warning_the_engine_can_emit_is_in_the_schema_and_documented() -> None:
    schema = json.loads((ROOT / "docs" / "schema" / "advice-v1.json").read_text(encoding="utf-8"))
    enum = set(schema["$defs"]["warning_id"]["enum"])
    emitted = _emitted_warning_ids()
    assert "tier_unknown" in emitted and len(emitted) > 15
    assert emitted - enum == set()
    contract = (ROOT / "docs" / "json-contract.md").read_text(encoding="utf-8")
    assert {w for w in emitted if f"| `{w}` |" not in contract} == set()


def test_advice_carrying_tier_unknown_is_valid_against_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    from jsonschema import Draft202012Validator

    code, out, _ = run(capsys, "check", "-s", "temporary", "--insured-in", "重庆", "--treated-in", "北京",
                       "--insurance", "resident", "--event-date", "2026-12-20", "--cost", "10000", "--json", *TODAY)
    doc = json.loads(out)
    assert "tier_unknown" in [w["id"] for w in doc["warnings"]]
    schema = json.loads((ROOT / "docs" / "schema" / "advice-v1.json").read_text(encoding="utf-8"))
    assert [e.message for e in Draft202012Validator(schema).iter_errors(doc)] == []


# ------------------------------------------------------------------------------------------ policy figures


@pytest.mark.parametrize(("key", "value", "en"), [
    ("filing.temporary.validity_months", "999999999", "999999999 is out of range (at most 3650)"),
    ("inpatient.cap.employee", "1.0e+26", "1e+26 is out of range (at most 1000000000)"),
    ("inpatient.cap.employee", ".inf", "inf is out of range (at most 1000000000)"),
    ("inpatient.deductible.employee", "-0.0", "amount -0.0 must not be negative"),
    ("inpatient.ratio.employee.in_service", "20", "ratio"),
])
def test_policy_figure_out_of_range_is_refused_when_loaded(key: str, value: str, en: str) -> None:
    # Found by the fuzz suite: a ratio of 20 paid more than the bill (negative out-of-pocket), a 1e26 cap
    # crashed the formatter, a validity of 999,999,999 months overflowed the date arithmetic.
    from medins_cli.errors import PolicyError
    from medins_cli.policy import parse_policy

    head, *rest = key.split(".")
    nested = "".join(f"\n{'  ' * (i + 2)}{part}:" for i, part in enumerate(rest))
    text = (f'region: "000000"\nsources:\n  s1: {{title: t, kind: official}}\nparameters:\n  {head}:{nested}\n'
            f"{'  ' * (len(rest) + 2)}- {{effective_from: 2023-01-01, value: {value}, source: s1}}\n")
    with pytest.raises(PolicyError) as exc:
        parse_policy(text, Path("national.yaml"))
    assert exc.value.key == "policy_bad_value" and en in exc.value.message("en")
