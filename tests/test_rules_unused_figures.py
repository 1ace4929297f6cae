"""A figure found with a source but deliberately not used (a policy file's `not_used` section).

The advice must say the truth about it: found (where, how sure, from when), not applied, and why — never "未找到来源"
— while the arithmetic stays what it is without the figure. `medins policies validate` checks the entries (a
registered key the engine can say this for, a defined source, a dated non-null value, a cite, a reason in zh and
en); the loader refuses a malformed one with a clear message. Shipped cases: tests/test_region_shanghai.py,
tests/test_region_tianjin.py. docs/policies.md, "Figures found but not used".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import POLICIES, advise, defaults, step

from medins_cli import engine, service
from medins_cli.render_json import advice_to_dict

TODAY = dt.date(2026, 11, 23)

# TEST FIXTURE data (not real policies): a province that sets a cap, and a city in it that declares the same cap
# found but not used from 2025 on, with its own 职工 起付线 and ratio (rates path) and no 居民 ratio (average path).
PROVINCE = """\
# TEST FIXTURE — NOT A REAL POLICY (tests/test_rules_unused_figures.py).
schema: medins-policy/1
region: "430000"
name: 湖南省（测试数据）
sources:
  fixture-p: {title: TEST FIXTURE province page, kind: official, confidence: high}
parameters:
  inpatient:
    cap:
      employee:
        - {effective_from: 2024-01-01, value: 300000, source: fixture-p, cite: 最高支付限额30万元}
      resident:
        - {effective_from: 2024-01-01, value: 200000, source: fixture-p, cite: 最高支付限额20万元}
"""
CITY = """\
# TEST FIXTURE — NOT A REAL POLICY (tests/test_rules_unused_figures.py).
schema: medins-policy/1
region: "430500"
name: 邵阳市（测试数据）
sources:
  fixture-c: {title: TEST FIXTURE city repost, kind: copy, confidence: low, copy_of: TEST}
parameters:
  inpatient:
    deductible:
      employee:
        - {effective_from: 2024-01-01, value: 1000, source: fixture-c}
    ratio:
      employee:
        in_service:
          - {effective_from: 2024-01-01, value: 0.8, source: fixture-c}
not_used:
  inpatient:
    cap:
      employee:
        - effective_from: 2025-01-01
          value: 350000
          source: fixture-c
          cite: 统筹基金最高支付限额35万元，以上由大额基金支付
          reason: {zh: 测试：限额以上由另一基金支付。, en: "Test: another fund pays above the cap."}
      resident:
        - effective_from: 2025-01-01
          as_of: true
          value: 250000
          source: fixture-c
          cite: 居民最高支付限额25万元
          reason: {zh: 测试：居民限额以上另有支付。, en: "Test: more is paid above the resident cap."}
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("policies-unused")
    shutil.copytree(POLICIES, tree, dirs_exist_ok=True)
    (tree / "regions" / "430000-hunan.yaml").write_text(PROVINCE, encoding="utf-8")
    (tree / "regions" / "430500-shaoyang.yaml").write_text(CITY, encoding="utf-8")
    return tree


def _case(root: Path, **raw: Any) -> Any:
    base = {"scenario": "long-term", "insured_in": "邵阳", "treated_in": "海口", "filed": True,
            "hospital_level": "3", "cost": "1000000", "out_of_catalog": "0"}
    return advise(root=root, **{**base, **raw})


def test_a_more_specific_declaration_hides_the_general_value(root: Path) -> None:
    before = _case(root, event_date="2024-06-01")
    assert step(before, "cap").parameter == "inpatient.cap.employee"
    assert before.cost.fund_pays == Decimal("300000.00")  # min((1000000 − 1000) × 80%, 300000)
    after = _case(root, event_date="2025-06-01")
    assert after.cost.fund_pays == Decimal("799200.00")  # (1000000 − 1000) × 80%, no cap
    assert after.cost.cap is None and "inpatient.cap.employee" not in defaults(after)
    assert [(u.parameter, u.value, u.source, u.region) for u in after.sourced_not_used] == [
        ("inpatient.cap.employee", 350000, "fixture-c", "430500")]
    doc = advice_to_dict(after, "en")
    assert doc["sourced_not_used"][0]["reason"] == (
        "The inpatient annual cap (employee) of 350000 yuan for 邵阳市（测试数据） is sourced (a third-party copy, low "
        "confidence; from 2025-01-01), but the estimate does not use it: Test: another fund pays above the cap.")
    assert "fixture-p" not in [s["id"] for s in doc["sources"]]  # the hidden province value is not cited


def test_average_path_lists_a_declared_cap_too(root: Path) -> None:
    # 居民: no ratio, so the national average share; the province's 20万 cap would hold around it, but the city
    # declares its own found-but-not-used cap, which hides it.
    a = _case(root, event_date="2025-06-01", insurance="resident")
    assert a.cost.method == "national_average" and a.cost.cap is None
    assert [(u.parameter, u.value) for u in a.sourced_not_used] == [("inpatient.cap.resident", 250000)]
    doc = advice_to_dict(a, "zh")
    assert doc["sourced_not_used"][0]["reason"] == (
        "邵阳市（测试数据）住院最高支付限额（城乡居民） 250000 元有来源"
        "（第三方转载，可信度低；截至 2025-01-01），但估算未使用：测试：居民限额以上另有支付。")
    (src,) = [s for s in doc["sources"] if s["id"] == "fixture-c"]
    assert (src["kind"], src["confidence"], src["as_of"], src["parameters"]) == (
        "copy", "low", True, ["inpatient.cap.resident"])
    before = _case(root, event_date="2024-06-01", insurance="resident")
    assert step(before, "cap").parameter == "inpatient.cap.resident" and before.sourced_not_used == []


_replay = engine._replay


def _unkept(m: pytest.MonkeyPatch) -> None:
    """Every plan worked out afresh (no shape: nothing kept), as in tests/test_engine_kept_per_chain.py."""
    from conftest import compiled

    if compiled("engine"):  # replacing its functions would change nothing: kept and "fresh" would be the same run
        pytest.skip("engine is compiled (mypyc): its kept plans are compared with fresh ones on pure Python")
    m.setattr(engine, "_replay", lambda ctx, shape, make: _replay(ctx, None, make))


def test_kept_plans_give_the_fresh_advice_with_a_declared_figure(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The declared figure goes through the recorded ctx (engine._replay): a plan kept for one day and amount gives, on
    # another day and amount inside its span, the advice worked out afresh; across the row's start it is not reused.
    days = ["2024-12-31", "2025-01-01", "2025-06-01", "2026-11-20", "2024-03-01"]
    raws = [{"event_date": d, "cost": c, "insurance": ins} for d in days for c in ("50000", "900000")
            for ins in ("employee", "resident")]
    kept = [_case(root, **raw) for raw in raws]
    with monkeypatch.context() as m:
        _unkept(m)
        fresh = [_case(root, **raw) for raw in raws]
    for k, f in zip(kept, fresh, strict=True):
        assert k == f
        assert json.dumps(advice_to_dict(k, "zh"), ensure_ascii=False) == json.dumps(advice_to_dict(f, "zh"),
                                                                                    ensure_ascii=False)


def test_shanghai_kept_and_fresh_agree_on_the_declared_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = [{"scenario": "temporary", "insured_in": "上海", "treated_in": "杭州", "event_date": d, "cost": "100000"}
            for d in ("2024-06-30", "2024-07-01", "2025-06-30", "2025-07-01", "2026-11-20")]
    kept = [service.check(raw, TODAY) for raw in raws]
    with monkeypatch.context() as m:
        _unkept(m)
        fresh = [service.check(raw, TODAY) for raw in raws]
    assert kept == fresh
    assert [[u.value for u in a.sourced_not_used] for a in kept] == [[], [630000], [630000], [650000], [650000]]


# ------------------------------------------------------------------ validate and the loader

def _medins(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("medins", path=str(Path(sys.executable).parent)) or shutil.which("medins")
    cmd = [exe] if exe else [sys.executable, "-m", "medins_cli"]
    full = {k: v for k, v in os.environ.items() if k != "MEDINS_POLICY_DIR"} | (env or {})
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=60, env=full,
                          stdin=subprocess.DEVNULL)


MALFORMED = """\
schema: medins-policy/1
region: "370100"
sources:
  fixture: {title: TEST FIXTURE, kind: copy, confidence: low, copy_of: TEST}
not_used:
  inpatient:
    cap:
      employe:
        - {effective_from: 2025-01-01, value: 300000, source: fixture, cite: c, reason: {zh: 甲, en: a}}
      employee:
        - {effective_from: 2025-01-01, value: null, source: fixtrue, cite: "", reason: {zh: 甲}, bound: min}
        - {effective_from: 2025-02-30, value: 300000, source: fixture, reason: because}
    ratio:
      resident:
        - {effective_from: 2025-01-01, value: 0.8, source: fixture, cite: c, reason: {zh: 甲, en: a, fr: b}}
"""

MALFORMED_EN = [
    "8: not_used.inpatient.cap.employe: unknown parameter key inpatient.cap.employe; did you mean "
    "inpatient.cap.employee?",
    "11: not_used.inpatient.cap.employee[0].bound: unknown field bound",
    "11: not_used.inpatient.cap.employee[0].source: unknown source fixtrue (not under sources in this file or "
    "national.yaml)",
    "11: not_used.inpatient.cap.employee[0].value: a value under not_used cannot be null: give the figure found",
    "11: not_used.inpatient.cap.employee[0].reason.en: reason has no en text (write both zh and en)",
    "11: not_used.inpatient.cap.employee[0].cite: cite must be a phrase quoted from the source (not empty)",
    "12: not_used.inpatient.cap.employee[1]: missing required field cite",
    "12: not_used.inpatient.cap.employee[1].effective_from: invalid date 2025-02-30 (use YYYY-MM-DD)",
    "12: not_used.inpatient.cap.employee[1].reason: reason must be a mapping with zh and en text (why the figure "
    "found is not used)",
    "14: not_used.inpatient.ratio.resident: inpatient.ratio.resident cannot be listed under not_used: the estimate "
    "can say “found but not used” only for inpatient.cap.<type>, inpatient.cap.<type>.tier<K>",
    "15: not_used.inpatient.ratio.resident[0].reason.fr: unknown field fr",
]


def test_validate_reports_every_problem_of_a_malformed_entry(tmp_path: Path) -> None:
    path = tmp_path / "370100-not-used.yaml"
    path.write_text(MALFORMED, encoding="utf-8")
    proc = _medins("policies", "validate", str(path), "--lang", "en")
    assert proc.returncode == 1 and proc.stderr == ""
    assert proc.stdout.splitlines() == [f"{path}:{line}" for line in MALFORMED_EN] + [
        f"1 file(s) checked: {len(MALFORMED_EN)} problem(s) found."]


def test_validate_message_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "370100-not-used.yaml"
    path.write_text(MALFORMED, encoding="utf-8")
    lines = _medins("policies", "validate", str(path), "--lang", "zh").stdout.splitlines()
    assert f"{path}:11: not_used.inpatient.cap.employee[0].reason.en: reason 缺少 en 文字（zh 和 en 都要写）" in lines
    assert (f"{path}:14: not_used.inpatient.ratio.resident: 参数 inpatient.ratio.resident 不能列在 not_used 下："
            "估算只能对这些参数说明“有来源但未使用”：inpatient.cap.<type>, inpatient.cap.<type>.tier<K>") in lines


def test_check_refuses_a_policy_tree_with_a_reason_in_one_language(tmp_path: Path) -> None:
    tree = tmp_path / "policies"
    shutil.copytree(POLICIES, tree)
    sh = tree / "regions" / "310000-shanghai.yaml"
    text = sh.read_text(encoding="utf-8")
    start = text.index("            en: \"This is the cap for the 2024")
    sh.write_text(text[:start] + text[text.index("\n", start) + 1:], encoding="utf-8")
    for lang, expected in (
        ("en", "Policy file 310000-shanghai.yaml: not_used.inpatient.cap.employee[0].reason: reason must be a mapping "
               "of zh and en, both non-empty text."),
        ("zh", "政策文件 310000-shanghai.yaml: not_used.inpatient.cap.employee[0].reason："
               "reason 应为含 zh 和 en 两项非空文字的映射。"),
    ):
        proc = _medins("check", "--insured-in", "上海", "--treated-in", "杭州", "--scenario", "temporary",
                       "--lang", lang, env={"MEDINS_POLICY_DIR": str(tree), "MEDINS_NO_CACHE": "1"})
        assert proc.returncode == 2, proc.stdout
        assert "Traceback" not in proc.stderr
        assert expected in proc.stderr
    proc = _medins("policies", "validate", str(sh), "--lang", "en")
    assert proc.returncode == 1 and proc.stdout.splitlines()[0].endswith(
        "not_used.inpatient.cap.employee[0].reason.en: reason has no en text (write both zh and en)")


def test_shipped_declarations_are_all_caps_resting_on_copies() -> None:
    from medins_cli.policy import load_file

    found = {}
    for path in sorted((POLICIES / "regions").glob("*.yaml")):
        pf = load_file(path)
        for key, rows in pf.not_used.items():
            for row in rows:
                found[(pf.region, key, row.effective_from.isoformat())] = (row.value, row.source,
                                                                           pf.sources[row.source].kind)
    assert found == {
        ("120000", "inpatient.cap.employee", "2023-05-17"): (60000, "tj-igdzc-20230517", "copy"),
        ("310000", "inpatient.cap.employee", "2024-07-01"): (630000, "sh-jzzjf-20240703", "copy"),
        ("310000", "inpatient.cap.employee", "2025-07-01"): (650000, "sh-tjwdhx-2025", "copy"),
    }


def test_policies_show_lists_the_declared_figure_not_a_default(root: Path) -> None:
    from medins_cli.policy_tools import show

    rows = {r["key"]: r for r in show("430500", dt.date(2025, 6, 1), root)}
    row = rows["inpatient.cap.employee"]
    assert (row["status"], row["value"], row["origin"], row["file"], row["source"]["id"], row["confidence"]) == (
        "not_used", 350000, "region", "430500", "fixture-c", "low")
    assert row["reason"] == {"zh": "测试：限额以上由另一基金支付。", "en": "Test: another fund pays above the cap."}
    assert [r["key"] for r in show("430500", dt.date(2025, 6, 1), root)].count("inpatient.cap.employee") == 1
    before = {r["key"]: r for r in show("430500", dt.date(2024, 6, 1), root)}["inpatient.cap.employee"]
    assert (before["status"], before["value"], before["origin"]) == ("sourced", 300000, "province")
    proc = _medins("policies", "show", "上海", "--date", "2026-11-20", "--lang", "en", "--no-color")
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("inpatient.cap.employee "))
    assert "650000 (found, not used by the estimate)" in line and "sh-tjwdhx-2025 (copy)" in line
    assert "1 more row(s) are figures found with a source that the policy file says the estimate does not use" in \
        proc.stdout
