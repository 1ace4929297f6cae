"""The command line reads like a person: help in the person's language and whole, one language per error,
`medins --lang/--today/--no-color` start the wizard, --version, completion, no trailing spaces, ambiguous names.

Run as people run it: the installed command in a subprocess (and a pseudo-terminal for the wizard).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from medins_cli import __version__
from medins_cli.options import ANSWER_KEYS, COMMANDS
from tests.test_installed import medins_cmd

CJK = re.compile(r"[\u4e00-\u9fff]")


def medins(*args: str, lang_env: str | None = None, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MEDINS_LANG", "LANG", "LC_ALL", "LC_MESSAGES")}
    if lang_env:
        env["LANG"] = lang_env
    env["COLUMNS"] = "100"
    return subprocess.run(medins_cmd() + list(args), capture_output=True, text=True, timeout=60, env=env,
                          stdin=subprocess.DEVNULL, **kw)  # type: ignore[call-overload]


def test_help_in_chinese_by_default_and_whole() -> None:
    proc = medins("--help")
    assert proc.returncode == 0
    out = proc.stdout
    assert out.startswith("用法：medins ")
    # Every command's summary in full, none cut with "..."
    for summary in ("一次性查询一个情况：要办的备案、截止日期和自付估算。",
                    "批量查询：每行一个答案对象（JSON Lines 或 CSV），按输入顺序每行输出一份建议。"):
        assert summary.replace(" ", "") in out.replace("\n", "").replace(" ", "")
    assert "..." not in out.replace("{check,wizard,batch,policies} ...", "")
    assert "Show this help" not in out and "usage:" not in out


@pytest.mark.parametrize("how", [("--lang", "en"), ("LANG",)])
def test_help_in_english_with_lang_or_locale(how: tuple[str, ...]) -> None:
    proc = medins("check", "--help", *how) if how[0] == "--lang" else medins("check", "--help", lang_env="en_US.UTF-8")
    assert proc.returncode == 0
    out = proc.stdout
    assert out.startswith("usage: medins check ")
    assert "Check one case: filings, deadlines and an out-of-pocket estimate." in out
    assert "Where you are insured (参保地)" in out and "用法" not in out


def test_every_option_of_every_command_is_in_its_help() -> None:
    for name, opts in COMMANDS.items():
        out = medins(*name.split(), "--help", "--lang", "en").stdout
        for opt in opts:
            assert (opt.flags[0] if opt.kind != "arg" else opt.metavar) in out, (name, opt.dest)


def test_answers_keys_are_the_check_options() -> None:
    """One definition: the answers file keys, the batch line keys and the check flags are one table."""
    from medins_cli import answers

    assert answers.ANSWER_KEYS == ANSWER_KEYS
    flags = {o.dest for o in COMMANDS["check"] if o.answer}
    assert flags == set(ANSWER_KEYS)


def test_no_trailing_spaces_in_help_or_piped_output() -> None:
    outputs = [medins("--help").stdout, medins("check", "--help", "--lang", "en").stdout,
               medins("check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date",
                      "2026-12-20", "--today", "2026-11-23", "--cost", "22000").stdout,
               medins("policies", "show", "临沂", "--date", "2026-11-23").stdout]
    for out in outputs:
        assert out.strip()
        assert [line for line in out.splitlines() if line != line.rstrip()] == []


@pytest.mark.parametrize(("args", "zh", "en"), [
    (["bogus"], "medins: 用法错误: 参数 {check,wizard,batch,policies}：没有 'bogus' 这一项（可选：'check', 'wizard', "
     "'batch', 'policies'）\n查看帮助：medins --help\n",
     "medins: usage error: argument {check,wizard,batch,policies}: invalid choice: 'bogus' (choose from 'check', "
     "'wizard', 'batch', 'policies')\nSee medins --help\n"),
    (["check", "--bogus"], "medins: 用法错误: 不认识的参数：--bogus\n查看帮助：medins check --help\n",
     "medins: usage error: unrecognized arguments: --bogus\nSee medins check --help\n"),
    (["check", "--cost"], "medins: 用法错误: 参数 --cost：需要一个值\n查看帮助：medins check --help\n",
     "medins: usage error: argument --cost: expected one argument\nSee medins check --help\n"),
    (["policies"], "medins: 用法错误: 缺少命令，可选：list, show, validate, coverage, review\n"
     "查看帮助：medins policies --help\n",
     "medins: usage error: missing command; choose from: list, show, validate, coverage, review\n"
     "See medins policies --help\n"),
])
def test_usage_errors_in_one_language(args: list[str], zh: str, en: str) -> None:
    proc = medins(*args)
    assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", zh)
    proc = medins(*args, "--lang", "en")
    assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", en)
    assert not CJK.search(en)


def test_version() -> None:
    proc = medins("--version")
    assert (proc.returncode, proc.stdout) == (0, f"medins {__version__}\n")


def test_completion_scripts_are_valid_shell() -> None:
    for shell in ("bash", "zsh"):
        proc = medins("--completion", shell)
        assert proc.returncode == 0 and "complete -o default -F _medins medins" in proc.stdout
        assert "--insured-in" in proc.stdout and "--input-format" in proc.stdout
        check = subprocess.run(["bash", "-n"], input=proc.stdout, text=True, capture_output=True)
        assert check.returncode == 0, check.stderr
    proc = medins("--completion", "fish", "--lang", "en")
    assert proc.returncode == 2 and "--completion" in proc.stderr


@pytest.mark.parametrize("args", [["--lang", "en"], ["--today", "2026-11-23"], ["--no-color"]])
def test_root_options_start_the_wizard(args: list[str]) -> None:
    """Without a terminal the wizard says how to run without one: proof the options reached the wizard."""
    proc = medins(*args)
    assert proc.returncode == 2
    if "en" in args:
        assert proc.stderr.startswith("medins: error: No terminal to ask questions on")
    else:
        assert proc.stderr.startswith("medins: 错误: 没有终端，无法提问")


def test_root_lang_today_no_color_in_a_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    exe = str(Path(sys.executable).parent / "medins")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "MEDINS_LANG", "LANG", "LC_ALL")}
    env.update(TERM="xterm", COLUMNS="100", LINES="40", PROMPT_TOOLKIT_NO_CPR="1")
    child = pexpect.spawn(exe, ["--lang", "en", "--today", "2026-11-23", "--no-color"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 100))
    child.expect_exact("Where are you insured?")
    assert "\x1b[3" not in child.before  # --no-color: no foreground colours before the first question
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_ambiguous_region_is_an_error_with_the_choices() -> None:
    proc = medins("check", "-s", "temporary", "--insured-in", "吉林", "--treated-in", "北京", "--lang", "en")
    assert proc.returncode == 2
    assert proc.stderr == ("medins: error: --insured-in: '吉林' matches several regions: 吉林省 (220000), 吉林市 "
                           "(吉林省, 220200). Write the full name, add the province or city (e.g. 吉林省), or use the "
                           "code.\n")
    proc = medins("check", "-s", "temporary", "--insured-in", "jilin", "--treated-in", "北京")
    assert "吉林省（220000）、吉林市（吉林省，220200）" in proc.stderr
    for name, code in (("吉林省", "220000"), ("吉林市", "220200")):
        proc = medins("check", "-s", "temporary", "--insured-in", name, "--treated-in", "北京", "--today",
                      "2026-11-23", "--json")
        assert f'"code": "{code}"' in proc.stdout


def test_policies_show_unknown_region_names_what_was_asked() -> None:
    proc = medins("policies", "show", "xyz")
    assert proc.returncode == 2
    assert proc.stderr.startswith("medins: 错误: 要查看的地区：未知地区 “xyz”。")
    assert "REGION" not in proc.stderr
    proc = medins("policies", "show", "xyz", "--lang", "en")
    assert proc.stderr.startswith("medins: error: region to show: unknown region 'xyz'.")


@pytest.mark.parametrize("sub", ["list", "show 海南", "validate", "coverage", "review"])
def test_policies_commands_take_no_color(sub: str) -> None:
    """The README promises --no-color everywhere; the policies commands accept it too (and after `policies`)."""
    proc = medins("policies", *sub.split(), "--no-color")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "\x1b[" not in proc.stdout
    assert medins("policies", "--no-color", *sub.split()).returncode == 0


def test_batch_takes_no_color(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"insured_in": "临沂", "treated_in": "上海", "scenario": "temporary", '
                     '"event_date": "2026-12-20"}\n', encoding="utf-8")
    proc = medins("batch", str(cases), "--no-color", "--today", "2026-11-23")
    assert proc.returncode == 1 and proc.stdout.count("\n") == 1 and "\x1b[" not in proc.stdout + proc.stderr


@pytest.mark.parametrize(("command", "zh", "en"), [
    ("check", "退出码：0 无需办理 · 1 需要办理 · 2 输入有误 · 3 已过截止日期 · 130 已取消",
     "Exit codes: 0 nothing to do · 1 action required · 2 bad input · 3 a deadline has passed · 130 cancelled"),
    ("wizard", "1 需要办理", "1 action required"),
    ("batch", "退出码：有一行输入有误为 2", "Exit codes: 2 if any input line was bad"),
    ("policies", "退出码：0 正常 · 1 validate 发现问题 · 2 输入有误", "Exit codes: 0 ok · 1 validate found problems"),
    ("policies validate", "退出码：0 没有问题 · 1 发现问题（每个问题一行）· 2 路径不存在或用法有误",
     "Exit codes: 0 no problems · 1 problems found (one line each) · 2 missing path or usage error"),
    ("policies show", "退出码：0 正常 · 2 输入有误（未知地区、日期有误）或政策数据无法加载",
     "Exit codes: 0 ok · 2 bad input (unknown region, bad date) or policy data that does not load"),
    ("policies list", "退出码：0 正常 · 2 日期有误或政策数据无法加载",
     "Exit codes: 0 ok · 2 bad date or policy data that does not load"),
    ("policies coverage", "退出码：0 正常 · 2 日期有误", "Exit codes: 0 ok · 2 bad date"),
    ("policies review", "退出码：0 正常 · 2 日期有误", "Exit codes: 0 ok · 2 bad date"),
])
def test_each_command_help_states_its_own_exit_codes(command: str, zh: str, en: str) -> None:
    """1 means "action required" for check and "problems found" for validate (docs/exit-codes.md); each help
    says what its own command returns."""
    for lang, expected in (("zh", zh), ("en", en)):
        out = " ".join(medins(*command.split(), "--help", "--lang", lang).stdout.split())
        assert expected in out, (command, lang)
        if command.startswith("policies"):
            assert "action required" not in out and "需要办理" not in out
