"""`medins policies`: validate (every problem, with file, line and field), list, show, coverage."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from medins_cli.messages import C
from medins_cli.policy import NATIONAL, PolicyChain, load_national, parse_policy
from medins_cli.policy_keys import CORE_IDS, KEYS, all_keys, kind_of
from medins_cli.policy_tools import coverage, list_regions, show, validate, validate_all
from medins_cli.regions import load_regions

ROOT = Path(__file__).resolve().parent.parent
BROKEN = Path("tests") / "fixtures" / "broken"  # relative: the CLI prints paths as given
POLICY_SCHEMA = json.loads((ROOT / "docs" / "schema" / "policy-v1.json").read_text(encoding="utf-8"))
DAY = dt.date(2026, 11, 23)


def medins_cmd() -> list[str]:
    exe = shutil.which("medins", path=str(Path(sys.executable).parent)) or shutil.which("medins")
    return [exe] if exe else [sys.executable, "-m", "medins_cli"]


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    if env is None or "MEDINS_POLICY_DIR" not in env:
        full_env.pop("MEDINS_POLICY_DIR", None)
    return subprocess.run(medins_cmd() + list(args), capture_output=True, text=True, cwd=cwd, env=full_env,
                          timeout=60, stdin=subprocess.DEVNULL)


# ------------------------------------------------------------------------------------------ broken files

BROKEN_CASES = [
    ("370100-missing-source.yaml",
     "14: parameters.inpatient.cap.employee[0]: missing required field source"),
    ("370100-ratio-over-one.yaml",
     "17: parameters.inpatient.ratio.employee.in_service.level3[0].value: ratio 1.5 is outside 0–1 "
     "(write 0.85, not 85)"),
    ("370100-overlapping-periods.yaml",
     "16: parameters.inpatient.deductible.employee.level3[0].effective_to: period ending 2025-06-30 overlaps "
     "the period from 2025-01-01 on line 19"),
    ("370100-duplicate-period.yaml",
     "14: parameters.manual_claim.deadline_months[1].effective_from: duplicate effective_from 2024-01-01 "
     "(already on line 13)"),
    ("999999-unknown-region.yaml",
     "4: region: unknown region code 999999 (not in regions.json)"),
    ("370100-bad-yaml.yaml",
     "16: -: bad YAML: while parsing a flow sequence: expected ',' or ']', but got ':'"),
    ("370100-unknown-key.yaml",
     "12: parameters.inpatient.deductable.employee.level3: unknown parameter key "
     "inpatient.deductable.employee.level3; did you mean inpatient.deductible.employee.level3?"),
    ("370100-cap-below-deductible.yaml",
     "19: parameters.inpatient.cap.employee[1].value: cap 1000 is not above the deductible 1200 "
     "(inpatient.deductible.employee.level3, on 2025-01-01)"),
    ("370100-unknown-source.yaml",
     "13: parameters.emergency.registration_window_working_days[0].source: unknown source fixtrue "
     "(not under sources in this file or national.yaml)"),
    ("370100-copy-marked-high.yaml",
     "11: sources.fixture.confidence: source fixture is a copy (kind: copy): its confidence must be low, not high"),
    ("370100-boolean-key.yaml",
     "12: parameters.intra_province.on: key on must be a string, but YAML reads it as True: quote it ('on')"),
    ("370100-not-used-reason-one-language.yaml",
     "19: not_used.inpatient.cap.employee[0].reason.en: reason has no en text (write both zh and en)"),
]


def test_every_broken_fixture_has_a_case() -> None:
    assert sorted(p.name for p in (ROOT / BROKEN).glob("*.yaml")) == sorted(name for name, _ in BROKEN_CASES)


@pytest.mark.parametrize(("name", "expected"), BROKEN_CASES, ids=[n for n, _ in BROKEN_CASES])
def test_broken_fixture_pure_function(name: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    problems = validate(BROKEN / name)
    assert [p.render("en") for p in problems] == [f"{BROKEN / name}:{expected}"]


@pytest.mark.parametrize(("name", "expected"), BROKEN_CASES, ids=[n for n, _ in BROKEN_CASES])
def test_broken_fixture_installed_command(name: str, expected: str) -> None:
    proc = run("policies", "validate", str(BROKEN / name), "--lang", "en")
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines() == [f"{BROKEN / name}:{expected}", "1 file(s) checked: 1 problem(s) found."]
    assert proc.stderr == ""


def test_broken_fixture_in_chinese() -> None:
    proc = run("policies", "validate", str(BROKEN / "370100-ratio-over-one.yaml"), "--lang", "zh")
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0] == (f"{BROKEN}/370100-ratio-over-one.yaml:17: "
                                           "parameters.inpatient.ratio.employee.in_service.level3[0].value: "
                                           "比例 1.5 超出 0–1（写 0.85，不要写 85）")


def test_validate_json_output() -> None:
    proc = run("policies", "validate", str(BROKEN / "370100-cap-below-deductible.yaml"), "--json", "--lang", "en")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["schema"] == "medins-policies-validate/1" and doc["ok"] is False
    assert doc["files"] == [str(BROKEN / "370100-cap-below-deductible.yaml")]
    (problem,) = doc["problems"]
    assert problem == {
        "file": str(BROKEN / "370100-cap-below-deductible.yaml"), "line": 19,
        "field": "parameters.inpatient.cap.employee[1].value", "key": "policies.problem.cap_not_above_deductible",
        "params": {"cap": 1000, "deductible": 1200, "key": "inpatient.deductible.employee.level3",
                   "date": "2025-01-01"},
        "message": "cap 1000 is not above the deductible 1200 (inpatient.deductible.employee.level3, on 2025-01-01)",
    }


# ------------------------------------------------------------------------------------------ all problems, one file

MANY = """\
schema: medins-policy/2
region: "370100"
sources:
  a: {title: "", confidence: certain, url: 5}
parameters:
  inpatient:
    ratio:
      resident:
        level1:
          - {effective_from: 2024-01-01, value: 85, source: a}
        level2:
          - effective_from: 2024-01-01
            value: [{upto: 50000, ratio: 0.8}, {upto: 20000, ratio: 0.9}, {ratio: 1.2}]
            source: a
    cap:
      resident:
        - {effective_from: 2024-02-30, value: -1, source: a, bound: exact}
  cross_province:
    reduction:
      temporary:
        - {effective_from: 2024-01-01, value: {points: 120}, source: a}
        - {effective_from: 2025-01-01, effective_to: 2024-06-30, value: {percent: 5}, source: a}
  emergency:
    registration_window_working_days:
      - {effective_from: 2024-01-01, value: 0, source: a, cite: x, efective_to: 2025-01-01}
  intra_province:
    filing_required:
      - {effective_from: 2024-01-01, value: "yes", source: a}
  manual_claim:
    deadline_next_year_month_day:
      - {effective_from: 2024-01-01, value: "02-30", source: a}
    deadline_months: 6
"""


def test_validate_collects_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "370100-many.yaml"
    path.write_text(MANY, encoding="utf-8")
    problems = validate(path)
    got = [(p.line, p.field, p.key.rsplit(".", 1)[1]) for p in problems]
    assert got == [
        (1, "schema", "schema_bad"),
        (4, "sources.a", "source_no_title"),
        (4, "sources.a.url", "source_url"),
        (4, "sources.a.confidence", "bad_enum"),
        (4, "sources.a", "source_no_kind"),
        (10, "parameters.inpatient.ratio.resident.level1[0].value", "ratio_range"),
        (13, "parameters.inpatient.ratio.resident.level2[0].value[1].upto", "band_order"),
        (13, "parameters.inpatient.ratio.resident.level2[0].value[2].ratio", "ratio_range"),
        (17, "parameters.inpatient.cap.resident[0].effective_from", "bad_date"),
        (17, "parameters.inpatient.cap.resident[0].bound", "bad_enum"),
        (17, "parameters.inpatient.cap.resident[0].value", "negative"),
        (21, "parameters.cross_province.reduction.temporary[0].value.points", "reduction_range"),
        (22, "parameters.cross_province.reduction.temporary[1].effective_to", "end_before_start"),
        (22, "parameters.cross_province.reduction.temporary[1].value", "reduction_shape"),
        (25, "parameters.emergency.registration_window_working_days[0].efective_to", "unknown_field_suggest"),
        (25, "parameters.emergency.registration_window_working_days[0].value", "positive_int"),
        (28, "parameters.intra_province.filing_required[0].value", "boolean"),
        (31, "parameters.manual_claim.deadline_next_year_month_day[0].value", "month_day"),
        (32, "parameters.manual_claim.deadline_months", "bad_node"),
    ]
    for p in problems:  # every problem renders in both languages
        assert p.render("zh").startswith(f"{path}:{p.line}: {p.field}: ")
        assert "{" not in p.render("en")


YEAR_START = """\
schema: medins-policy/1
region: "310000"
sources:
  a: {title: t, kind: official, url: null, published: 2025-07-01, confidence: medium}
parameters:
  insurance_year:
    start_month_day:
      employee:
        - {effective_from: 2025-07-01, value: "%s", source: a, cite: x}
"""


@pytest.mark.parametrize(("value", "problems"), [("07-01", []), ("02-29", ["year_start"]), ("7-1", ["year_start"])])
def test_validate_an_insurance_year_start_is_a_day_every_year_has(tmp_path: Path, value: str,
                                                                  problems: list[str]) -> None:
    path = tmp_path / "310000-shanghai.yaml"
    path.write_text(YEAR_START % value, encoding="utf-8")
    got = validate(path)
    assert [p.key.rsplit(".", 1)[1] for p in got] == problems
    if problems:
        assert got[0].render("zh").endswith(f": {value} 应为带引号的 \"MM-DD\" 日期，且每年都有（不能是 02-29）")
        assert got[0].render("en").endswith(
            f": {value} must be a quoted \"MM-DD\" date that every year has (not 02-29)")


def test_validate_directory_reports_missing_files_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "regions").mkdir()
    text = (ROOT / "policies" / "regions" / "371300-linyi.yaml").read_text(encoding="utf-8")
    (tmp_path / "regions" / "371300-linyi.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "regions" / "371300-linyi-copy.yaml").write_text(text, encoding="utf-8")
    result = validate_all(tmp_path)
    keys = [(Path(p.file).name, p.line, p.key.rsplit(".", 1)[1]) for p in result.problems]
    assert ("regions.json", 0, "missing_file") in keys
    assert ("national.yaml", 0, "missing_file") in keys
    assert ("371300-linyi.yaml", 1, "duplicate_region_file") in keys
    # Without national.yaml, the file's national source ids are unknown — reported, not a crash.
    assert not any(k == "unknown_source" for *_, k in keys)  # linyi cites only its own sources


def test_validate_shipped_data_installed_command(tmp_path: Path) -> None:
    proc = run("policies", "validate", "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.fullmatch(r"\d+ file\(s\) checked: no problems\.\n", proc.stdout)


def test_validate_shipped_data_pure() -> None:
    result = validate_all(ROOT / "policies")
    assert [p.render("en") for p in result.problems] == []
    assert len(result.files) == 1 + len(list((ROOT / "policies" / "regions").glob("*.yaml")))


def test_validate_fixture_region_and_missing_path(tmp_path: Path) -> None:
    assert validate(ROOT / "tests" / "fixtures" / "150100-fixture.yaml") == []
    proc = run("policies", "validate", str(tmp_path / "nope.yaml"), "--lang", "en")
    assert proc.returncode == 2 and "no such file or directory" in proc.stderr


# ------------------------------------------------------------------------------------------ the key registry


def test_registry_covers_national_and_agreed_keys() -> None:
    for key in load_national().parameters:
        assert kind_of(key) is not None, key
    for key in ("inpatient.deductible.resident.level2", "inpatient.ratio.employee.retired",
                "serious_illness.cap.employee", "cross_province.ratio.employee.in_service.referral.level3",
                "cross_province.deductible.resident.unfiled",
                "personal_account.cross_province_open"):
        assert kind_of(key) is not None, key
    for key in ("inpatient.deductible.employee.level4", "inpatient.ratio.resident.in_service",
                "cross_province.reduction.pharmacy", "emergency.on"):
        assert kind_of(key) is None, key
    assert len(all_keys()) == len(set(all_keys()))
    assert len(CORE_IDS) == 27


def test_registry_documented() -> None:
    doc = (ROOT / "docs" / "policies.md").read_text(encoding="utf-8")
    for template, _ in KEYS:
        assert f"`{template}`" in doc, template


def test_policy_message_keys_exist() -> None:
    src = (ROOT / "medins_cli" / "policy_tools.py").read_text(encoding="utf-8")
    used = {f"policies.problem.{k}" for k in re.findall(r'rep\.add\([^,]+, "([a-z_]+)"', src)}
    used |= set(re.findall(r'"(policies\.problem\.[a-z_]+)"', src))
    cli_src = (ROOT / "medins_cli" / "cli_policies.py").read_text(encoding="utf-8")
    used |= set(re.findall(r'"(policies\.[a-z_.]+)"', cli_src))
    used |= {f"policies.{g}.{v}" for g, vs in (("status", ("sourced", "national", "default")),
                                                ("origin", ("region", "province", "prefecture", "national",
                                                            "default")),
                                                ("level", ("province", "prefecture", "county")),
                                                ("col", ("code", "name", "level", "file", "own", "inherited",
                                                         "key", "value", "from", "origin", "source")))
             for v in vs}
    assert len(used) > 60
    assert sorted(k for k in used if k not in C) == []


# ------------------------------------------------------------------------------------------ JSON Schema


def _jsonable(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _jsonable(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_jsonable(v) for v in node]
    if isinstance(node, (dt.date, dt.datetime)):
        return node.isoformat()
    return node


POLICY_VALIDATOR = Draft202012Validator(POLICY_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
SHIPPED = [ROOT / "policies" / "national.yaml", *sorted((ROOT / "policies" / "regions").glob("*.yaml")),
           ROOT / "tests" / "fixtures" / "150100-fixture.yaml"]


def test_policy_schema_is_valid() -> None:
    Draft202012Validator.check_schema(POLICY_SCHEMA)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_policy_files_match_json_schema(path: Path) -> None:
    doc = _jsonable(yaml.safe_load(path.read_text(encoding="utf-8")))
    errors = sorted(POLICY_VALIDATOR.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_json_schema_rejects_a_row_without_source() -> None:
    doc = _jsonable(yaml.safe_load((ROOT / BROKEN / "370100-missing-source.yaml").read_text(encoding="utf-8")))
    assert not POLICY_VALIDATOR.is_valid(doc)


# ------------------------------------------------------------------------------------------ effective_to at run time


def test_runtime_loader_honours_effective_to() -> None:
    nat = load_national()
    text = """
region: "371300"
sources: {x: {title: t}}
parameters:
  cross_province:
    reduction:
      temporary:
        - {effective_from: 2024-01-01, effective_to: 2024-12-31, value: {points: 5}, source: x}
  inpatient:
    cap:
      employee:
        - {effective_from: 2024-01-01, effective_to: 2024-12-31, value: 100000, source: x}
        - {effective_from: 2025-01-01, value: 200000, source: x}
"""
    pf = parse_policy(text, Path("371300-test.yaml"), nat.sources)
    chain = PolicyChain([nat, pf], dt.date(2024, 6, 1))
    r = chain.get("cross_province.reduction.temporary")
    assert r is not None and r.value == {"points": 5} and r.region == "371300"
    assert r.period.effective_to == dt.date(2024, 12, 31)
    # After its end, the regional period no longer applies: the national norm does again.
    later = chain.get("cross_province.reduction.temporary", dt.date(2025, 3, 1))
    assert later is not None and later.region == NATIONAL and later.value == {"points": 20}
    assert chain.get("inpatient.cap.employee", dt.date(2024, 12, 31)).value == 100000
    assert chain.get("inpatient.cap.employee", dt.date(2025, 1, 1)).value == 200000


# ------------------------------------------------------------------------------------------ list / show / coverage


def test_show_linyi_deductible() -> None:
    rows = {r["key"]: r for r in show("临沂", DAY)}
    row = rows["inpatient.deductible.employee.level3"]
    assert row["value"] == 800 and row["effective_from"] == "2024-11-15" and row["origin"] == "region"
    assert row["source"]["id"] == "linyi-5929" and row["source"]["url"] == "http://lyyb.linyi.gov.cn/info/1575/5929.htm"
    assert row["cite"] == "年度起付线（三级）"
    assert rows["filing.temporary.validity_months"]["origin"] == "national"
    assert rows["emergency.registration_window"] == {**rows["emergency.registration_window"], "origin": "default",
                                                     "value": None}
    assert [r["key"] for r in show("371300", DAY)] == sorted(rows)


def test_show_linyi_installed_command() -> None:
    proc = run("policies", "show", "371300", "--date", "2026-11-23", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["region"] == {"code": "371300", "name": "临沂市", "level": "prefecture"}
    row = next(r for r in doc["parameters"] if r["key"] == "inpatient.deductible.employee.level3")
    assert (row["value"], row["source"]["id"]) == (800, "linyi-5929")
    human = run("policies", "show", "临沂", "--date", "2026-11-23", "--lang", "en")
    assert human.returncode == 0
    line = next(x for x in human.stdout.splitlines() if x.startswith("inpatient.deductible.employee.level3 "))
    assert re.search(r"│ 800\s+│ as of 2024-11-15 │ this region\s+│ linyi-5929", line), line  # a page date


def test_show_picks_the_period_in_force(fixture_policies: Path) -> None:
    def level3(day: dt.date) -> dict[str, Any]:
        rows = show("150100", day, fixture_policies)
        return next(r for r in rows if r["key"] == "inpatient.deductible.employee.level3")

    before, after = level3(dt.date(2025, 12, 31)), level3(dt.date(2026, 1, 1))
    assert (before["value"], before["effective_from"]) == (1000, "2023-01-01")
    assert (after["value"], after["effective_from"]) == (900, "2026-01-01")
    proc = run("policies", "show", "呼和浩特", "--date", "2025-06-30", "--json",
               env={"MEDINS_POLICY_DIR": str(fixture_policies)})
    assert proc.returncode == 0, proc.stderr
    row = next(r for r in json.loads(proc.stdout)["parameters"] if r["key"] == "inpatient.deductible.employee.level3")
    assert row["value"] == 1000 and row["source"]["id"] == "fixture"


def test_show_summary_says_what_it_counts() -> None:
    """The closing line counts the rows of the table in words: those with a value, by where they come from, and
    the core parameters nothing supplies (listed too, so they are not "N of fewer than N")."""
    rows = json.loads(run("policies", "show", "临沂", "--date", "2026-11-23", "--json").stdout)["parameters"]
    n = {o: sum(1 for r in rows if r["origin"] == o) for o in ("region", "province", "prefecture", "national",
                                                                "default")}
    valued = len(rows) - n["default"]
    assert n["region"] > 0 and n["default"] > 0 and valued == n["region"] + n["province"] + n["prefecture"] + \
        n["national"]
    zh = run("policies", "show", "临沂", "--date", "2026-11-23", env={"COLUMNS": "500"}).stdout.splitlines()[-1]
    assert zh == (f"表中 {len(rows)} 行：{valued} 项参数有取值（本地区文件 {n['region']} 项，"
                  f"省级或地市文件 {n['province'] + n['prefecture']} 项，国家规定 {n['national']} 项）；"
                  f"另 {n['default']} 行是没有任何来源的核心参数（每个地区估算都要用的 {len(CORE_IDS)} 项数字之一），"
                  "标为“无（默认）”，建议中会注明按什么处理。")
    en = run("policies", "show", "临沂", "--date", "2026-11-23", "--lang", "en",
             env={"COLUMNS": "500"}).stdout.splitlines()[-1]
    assert en == (f"{len(rows)} rows: {valued} parameters with a value ({n['region']} from this region's file, "
                  f"{n['province'] + n['prefecture']} from its province or prefecture file, {n['national']} national); "
                  f"the other {n['default']} rows are core parameters (of the {len(CORE_IDS)} figures every estimate "
                  f"needs) with no source at all, marked \"none (default)\": the advice says what it assumes instead.")


def test_list_explains_its_columns() -> None:
    zh = "".join(run("policies", "list", "--date", "2026-11-23").stdout.split())
    assert ("各列：本文件=本地区文件中当日生效的参数条数；继承=取自省级或地市文件的参数条数；"
            f"有来源/国家/默认={len(CORE_IDS)}项核心参数（每个地区估算都要用的数字：起付线、报销比例、封顶线、"
            "期限等）中，") in zh
    en = " ".join(run("policies", "list", "--date", "2026-11-23", "--lang", "en").stdout.split())
    assert (f"Columns: Own = parameters in force from the region's own file; Inherited = parameters taken from its "
            f"province or prefecture file; sourced / national / default = of the {len(CORE_IDS)} core parameters") in en
    assert "a deductible for all hospital levels counts as three" in en


def test_review_shows_values_as_show_does() -> None:
    """One way of showing a value: JSON (a list of bands stays a list in --json), never a Python repr."""
    doc = json.loads(run("policies", "review", "--date", "2026-11-23", "--json").stdout)
    bands = [i for i in doc["items"] if isinstance(i["value"], list)]
    assert bands and all(isinstance(b, dict) for i in bands for b in i["value"])
    human = run("policies", "review", "--date", "2026-11-23").stdout
    assert "[{'" not in human and '[{"upto": ' in human


@pytest.mark.parametrize("args", [["show", "火星"], ["show", "临沂", "--date", "2026-13-01"],
                                  ["coverage", "--date", "2026-W47-5"], ["list", "--lang", "fr"]])
def test_bad_input_exit_2(args: list[str]) -> None:
    proc = run("policies", *args)
    assert proc.returncode == 2
    assert proc.stderr.startswith("medins: ") and "Traceback" not in proc.stderr


def test_policies_alone_lists_its_commands() -> None:
    proc = run("policies")
    assert proc.returncode == 2 and proc.stdout == ""
    assert all(name in proc.stderr for name in ("list", "show", "validate", "coverage"))


def test_show_unknown_region_json_error() -> None:
    proc = run("policies", "show", "火星", "--json", "--lang", "en")
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["error"]["key"] == "region_unknown"


def test_list_regions() -> None:
    rows = {r["code"]: r for r in list_regions(on=DAY)}
    provinces = {r.code for r in load_regions().provinces()}
    assert provinces <= set(rows)
    regional = {p.name[:6] for p in (ROOT / "policies" / "regions").glob("*.yaml")}
    assert set(rows) == provinces | regional
    linyi = rows["371300"]
    assert linyi["file"] == "371300-linyi.yaml" and linyi["level"] == "prefecture" and not linyi["comment_only"]
    assert linyi["own"] >= 16 and linyi["core_sourced"] >= 11
    assert linyi["core_sourced"] + linyi["core_national"] + linyi["core_default"] == len(CORE_IDS)
    for r in rows.values():
        if r["file"] is None:
            assert r["own"] == 0 and not r["comment_only"]


def test_coverage_json_lists_every_province() -> None:
    proc = run("policies", "coverage", "--date", "2026-11-23", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    codes = {r["code"] for r in doc["regions"]}
    provinces = {r.code for r in load_regions().provinces()}
    assert len(provinces) == 31 and provinces <= codes
    assert doc["schema"] == "medins-coverage/1" and doc["date"] == "2026-11-23" and doc["core"] == list(CORE_IDS)
    tot = doc["totals"]
    assert tot["provinces"] == 31 and tot["regions"] == len(doc["regions"])
    assert tot["sourced"] + tot["national"] + tot["default"] == tot["regions"] * len(CORE_IDS)
    linyi = next(r for r in doc["regions"] if r["code"] == "371300")
    assert list(linyi["parameters"]) == list(CORE_IDS)
    assert linyi["parameters"]["inpatient.deductible.employee.level3"] == {
        "status": "sourced", "key": "inpatient.deductible.employee.level3", "source": "linyi-5929", "from": "region"}
    assert linyi["parameters"]["filing.temporary.validity_months"]["status"] == "national"
    assert linyi["parameters"]["manual_claim.deadline"] == {"status": "default", "key": None, "source": None,
                                                            "from": None}
    assert doc == coverage(on=DAY)


def test_coverage_fixture_root(fixture_policies: Path) -> None:
    doc = coverage(fixture_policies, DAY)
    hohhot = next(r for r in doc["regions"] if r["code"] == "150100")
    assert hohhot["parameters"]["manual_claim.deadline"]["status"] == "sourced"
    assert hohhot["parameters"]["emergency.registration_window"]["key"] == "emergency.registration_window_working_days"


PROBE = """
import json, sys
from medins_cli.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
mods = sorted(m for m in sys.modules if m in ('rich', 'medins_cli.policy_tools', 'medins_cli.policy_keys'))
print(json.dumps(mods), file=sys.stderr)
"""


def test_check_json_does_not_load_policy_tooling(tmp_path: Path) -> None:
    case = ["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date", "2026-12-20",
            "--today", "2026-11-23", "--json"]
    proc = subprocess.run([sys.executable, "-c", PROBE, *case], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60)
    assert json.loads(proc.stderr.strip().splitlines()[-1]) == []


# ------------------------------------------------------------------ review (what to re-check each January)
def _review_items(*args: str) -> dict[tuple[str, str], list[str]]:
    proc = run("policies", "review", *args, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["schema"] == "medins-policies-review/1"
    return {(i["file"], i["key"]): i["reasons"] for i in doc["items"]}


def test_review_lists_a_yearly_figure_that_ended_without_a_successor() -> None:
    # 重庆's 大病 起付线 is re-set every year; the last sourced one (16901) ended 2023-12-31.
    key = ("500000-chongqing.yaml", "serious_illness.deductible.resident")
    assert _review_items("--date", "2026-11-23")[key] == ["ended"]
    # In force then: not "ended" (it rests on a repost of the bureau's notice, so it is listed as "low").
    assert _review_items("--date", "2023-06-01", "--years", "10")[key] == ["low"]


def test_review_flags_old_and_third_party_values_by_the_years_given() -> None:
    key = ("620100-lanzhou.yaml", "inpatient.ratio.resident.level3")  # 甘肃日报 2018 via a repost: low
    assert _review_items("--date", "2026-11-23", "--years", "3")[key] == ["old", "low"]
    assert _review_items("--date", "2026-11-23", "--years", "10")[key] == ["low"]
    official = ("620000-gansu.yaml", "serious_illness.deductible.resident")  # 宁县医保局 2022-11-30: high
    assert official not in _review_items("--date", "2026-11-23", "--years", "5")


def test_review_human_output_and_bad_years() -> None:
    proc = run("policies", "review", "--date", "2026-11-23", "--lang", "en")
    assert proc.returncode == 0
    assert "ended with nothing after them (enter this year's figure)" in proc.stdout
    bad = run("policies", "review", "--years", "0")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
