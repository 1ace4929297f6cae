"""The check command: exit codes, exact error messages (zh and en), JSON errors, no tracebacks."""

from __future__ import annotations

import json

import pytest
from conftest import run_main

BASE = ["check", "-s", "temporary", "--insured-in", "江苏", "--treated-in", "北京", "--today", "2026-11-23"]


run = run_main


@pytest.mark.parametrize(
    ("extra", "en", "zh"),
    [
        (["--insured-in", "zzz"], "--insured-in: unknown region 'zzz'.", "--insured-in：未知地区 “zzz”。"),
        (["--treated-in", "suzhou"],
         "--treated-in: 'suzhou' matches several regions: 苏州市 (江苏省, 320500), 宿州市 (安徽省, 341300). Write the "
         "full name, add the province or city (e.g. 江苏省苏州市), or use the code.",
         "--treated-in：“suzhou” 有多个匹配：苏州市（江苏省，320500）、宿州市（安徽省，341300）。请写全称、加上所在省市"
         "（如 江苏省苏州市）或写代码。"),
        (["--insured-in", "999999"], "--insured-in: unknown region code '999999'.",
         "--insured-in：未知的行政区划代码 “999999”。"),
        (["--cost", "-5"], "--cost: amount cannot be negative (-5).", "--cost：金额不能为负数（-5）。"),
        (["--cost", "12abc"], "--cost: invalid amount '12abc'; give a number of yuan.",
         "--cost：金额 “12abc” 无效，请写数字（元）。"),
        (["--event-date", "2026-13-01"],
         "--event-date: cannot read the date '2026-13-01'; write 2026-11-20, 2026/11/20, 11-20, today or yesterday.",
         "--event-date：看不懂日期 “2026-13-01”，请写 2026-11-20、2026/11/20、11-20、今天或昨天。"),
        (["--event-date", "2026-W47-5"],
         "--event-date: cannot read the date '2026-W47-5'; write 2026-11-20, 2026/11/20, 11-20, today or yesterday.",
         "--event-date：看不懂日期 “2026-W47-5”，请写 2026-11-20、2026/11/20、11-20、今天或昨天。"),
        (["--retired", "--insurance", "resident"],
         "Conflicting options: --retired contradicts --insurance resident: retirement applies only to employee "
         "insurance (--insurance employee).",
         "选项冲突：--retired 与 --insurance resident 矛盾：退休与否只适用于职工医保（--insurance employee），"
         "城乡居民医保不分在职退休。"),
        (["--cost", "100", "--out-of-catalog", "500"], "--out-of-catalog (500) cannot exceed --cost (100).",
         "--out-of-catalog（500）不能大于 --cost（100）。"),
        (["--ratio", "1.5%x"], "--ratio: invalid ratio '1.5%x'; give a fraction 0-1 or a percentage (0.85 or 85%).",
         "--ratio：比例 “1.5%x” 无效，请写 0 到 1 之间的小数或百分数（如 0.85 或 85%）。"),
        (["--ratio", "150%"], "--ratio: ratio 150% is out of range; give 0.01% to 100% (e.g. 85% or 0.85).",
         "--ratio：比例 150% 超出范围，应在 0.01% 到 100% 之间（如 85% 或 0.85）。"),
        (["--event-date", "2026-12-01", "--settled"],
         "Conflicting options: --settled, but the event date 2026-12-01 is after today 2026-11-23.",
         "选项冲突：已出院结算（--settled），但就医日期 2026-12-01 在今天 2026-11-23 之后。"),
        (["--hospital-level", "4"], "--hospital-level: invalid value '4'; choose from: 1, 2, 3 (or 一级/二级/三级, or "
         "the grade on the hospital's sign: 三级甲等, 三甲, 二级乙等, 二乙…).",
         "--hospital-level：“4” 无效，可选：1, 2, 3（也可写 一级/二级/三级，或医院牌子上的 "
         "三级甲等、三甲、二级乙等、二乙 等）。"),
        (["--stay", "0"], "--stay: invalid value '0'; give which stay of the year this is: 1, 2, 3 …",
         "--stay：“0” 无效，请写今年第几次住院：1、2、3……"),
        (["--tier", "4"], "--tier: invalid value '4'; choose from: 1, 2, 3.", "--tier：“4” 无效，可选：1, 2, 3。"),
        (["--chronic-disease", "糖尿病"], "Conflicting options: --chronic-disease is only for --scenario pharmacy.",
         "选项冲突：--chronic-disease 只用于跨省购药（--scenario pharmacy）。"),
        (["--event-date", "2022-06-01", "--today", "2022-06-01"],
         "No cross-province rules in force on 2022-06-01 (the rules medins carries start on 2023-01-01).",
         "2022-06-01 时全国跨省异地就医规则尚未生效（medins 收录的规则自2023-01-01起）。"),
    ],
)
def test_bad_input_messages(capsys: pytest.CaptureFixture[str], extra: list[str], en: str, zh: str) -> None:
    code, out, err = run(capsys, *BASE, *extra, "--lang", "en")
    assert (code, out) == (2, "")
    assert err == f"medins: error: {en}\n"
    code, out, err = run(capsys, *BASE, *extra, "--lang", "zh", "--json")
    assert code == 2
    assert json.loads(out)["error"]["message"] == zh
    assert err == f"medins: 错误: {zh}\n"
    assert "Traceback" not in err


def test_unknown_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "-s", "holiday", "--insured-in", "江苏", "--treated-in", "北京", "--lang", "en")
    assert code == 2
    assert err == ("medins: error: Unknown scenario 'holiday'; choose from: long-term, emergency, referral, "
                   "pharmacy, pharmacy-account, temporary.\n")


def test_usage_error_is_json_with_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *BASE, "--bogus", "--json", "--lang", "en")
    assert code == 2
    doc = json.loads(out)
    assert doc["error"]["code"] == "usage" and "--bogus" in doc["error"]["message"]
    assert "Traceback" not in err


def test_missing_required_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "-s", "temporary", "--insured-in", "江苏", "--lang", "en")
    assert code == 2 and "--treated-in" in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-s", "temporary", "--insured-in", "南京", "--treated-in", "南京"], 0),  # same region
        (["-s", "emergency", "--insured-in", "江苏", "--treated-in", "北京", "--event-date", "2026-11-20"], 0),
        (["-s", "temporary", "--insured-in", "江苏", "--treated-in", "北京", "--event-date", "2026-12-20"], 1),
        (["-s", "temporary", "--insured-in", "江苏", "--treated-in", "北京", "--filed"], 0),
    ],
)
def test_exit_codes(capsys: pytest.CaptureFixture[str], args: list[str], expected: int) -> None:
    code, out, _ = run(capsys, "check", *args, "--today", "2026-11-23", "--json")
    assert code == expected
    assert json.loads(out)["status"]["exit_code"] == expected


def test_deadline_passed_exits_3(capsys: pytest.CaptureFixture[str], fixture_policies, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from medins_cli import policy_files

    monkeypatch.setenv("MEDINS_POLICY_DIR", str(fixture_policies))
    policy_files.policy_root.cache_clear()
    try:
        code, out, _ = run(capsys, "check", "-s", "emergency", "--insured-in", "呼和浩特", "--treated-in", "上海",
                           "--event-date", "2026-09-30", "--today", "2026-10-12", "--json")
    finally:
        policy_files.policy_root.cache_clear()
    assert code == 3
    d = json.loads(out)
    assert [(x["id"], x["date"], x["overdue"]) for x in d["deadlines"]] == [
        ("emergency_registration", "2026-10-10", True)]


def test_rich_checklist_plain_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海",
                       "--event-date", "2026-12-20", "--today", "2026-11-23", "--cost", "22000",
                       "--out-of-catalog", "2000", "--lang", "en")
    assert code == 1
    assert "\x1b[" not in out  # no colour codes when stdout is not a terminal
    assert "☐ [required] File for other temporary care (其他临时外出就医)" in out
    assert "suggested by 2026-12-16" in " ".join(out.split()) and "(18000 − 800) × 80% = 13760" in out
    assert "http://lyyb.linyi.gov.cn/info/1575/5929.htm" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("medins ")


def test_no_arguments_without_a_terminal_says_how_to_run(capsys: pytest.CaptureFixture[str]) -> None:
    # pytest's stdin is not a terminal: the wizard must not wait for answers that never come.
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert err == ("medins: 错误: 没有终端，无法提问（标准输入不是终端）。请用参数一次性查询，例如 medins check "
                   "--scenario emergency --insured-in 江苏 --treated-in 北京 --event-date 2026-11-20，或重放答案文件："
                   "medins check --answers 答案.yaml。详见 medins check --help。\n")
    code, out, err = run(capsys, "wizard", "--lang", "en")
    assert code == 2 and err.startswith("medins: error: No terminal to ask questions on")
