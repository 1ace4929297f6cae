"""上海 (310000): checks of the 职工 住院 figures in 310000-shanghai.yaml.

DERIVED checks (no published worked example was found). Source (a copy, confidence low): readke.com/c/3343615.html
("2022上海医保报销比例", quoting 《上海市职工基本医疗保险办法》): 在职 "起付标准为1500元 … 由统筹基金支付85%"; 退休
"2001年1月1日后退休的,起付标准为1200元 … 由统筹基金支付92%". One figure for every hospital level.
The search records are at the top of policies/regions/310000-shanghai.yaml.
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

import pytest
from conftest import advise, defaults, step

from medins_cli.messages import tm


def test_shanghai_in_service_any_level() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.in_service"
    assert a.cost.fund_pays == Decimal("15725.00")  # (20000 − 1500) × 85%


def test_shanghai_retired_uses_the_1200_deductible_and_92_percent() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", retired=True)
    assert a.cost.fund_pays == Decimal("17296.00")  # (20000 − 1200) × 92%


# ------------------------------------------------------------------ 上海 城乡居民 住院 起付线 (official page)
# english.shanghai.gov.cn (上海市人民政府 English portal), "FAQs on medical insurance for overseas talents' families",
# 2024-09-05: "What are the benefits of the 2024 Shanghai resident medical insurance? … Inpatient care Deductibles per
# visit: - Primary hospitals: ¥50 - Secondary hospitals: ¥100 - Tertiary hospitals: ¥300". The same figures were shipped
# from a copy (m.ditoo.cn, 2023-04-18), which stays as the earlier period.

# 上海's 居民 ratios depend on age (not an input), so none is shipped: the 起付线 alone is not used in the estimate and
# the advice lists it as sourced-but-unused, naming the source in force on the stay's date.


def test_shanghai_resident_deductible_rests_on_the_official_page_from_2024_09_05() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2025-03-01",
               cost="20000", filed=True, hospital_level="3", insurance="resident")
    assert [(u.parameter, u.value, u.source) for u in a.sourced_not_used] == [
        ("inpatient.deductible.resident.level3", 300, "sh-english-20240905")]


def test_shanghai_resident_deductible_before_the_official_page_rests_on_the_copy() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2024-03-01",
               cost="20000", filed=True, hospital_level="1", insurance="resident")
    assert [(u.parameter, u.value, u.source) for u in a.sourced_not_used] == [
        ("inpatient.deductible.resident.level1", 50, "sh-ditoo-20230418")]


# ------------------------------------------------------------------ 上海 职工 cap: found, deliberately not used
# The 2025 医保年度 announcement (中工网/劳动报 repost, tjwdhx.com 22156): "职工医保统筹基金最高支付限额,
# 将从63万元提高到65万元,最高支付限额以上的部分,仍按规定继续报销80%". Above the cap 80 % is still paid,
# so the file declares the cap under `not_used`: the advice lists it with its source and reason, never
# "未找到来源", and the estimate applies no cap (the same yuan as before).

CAP_CASE = ("check", "--insured-in", "上海", "--treated-in", "杭州", "--scenario", "temporary",
            "--insurance", "employee", "--cost", "100000", "--today", "2026-12-02", "--event-date", "2026-11-20")
CAP_TITLE = "上海2025医保年度职工医保最高支付限额提高到65万元（中工网讯，劳动报记者罗菁；第三方转载）"
CAP_CITE = "职工医保统筹基金最高支付限额,将从63万元提高到65万元,最高支付限额以上的部分,仍按规定继续报销80%"
CAP_REASON = {
    "zh": "上海市住院最高支付限额（职工） 650000 元有来源（第三方转载，可信度低；2025-07-01 起），"
          "但估算未使用：这是2025医保年度（2025年7月1日至2026年6月30日）的限额，之后年度的未找到。"
          "来源称“最高支付限额以上的部分,仍按规定继续报销80%”：按限额封顶会把大额费用的自付算得过多，"
          "故估算不封顶，限额以上的部分也按上面的比例估算（实际按80%报销，费用很高时结果会有出入）。",
    "en": "The inpatient annual cap (employee) of 650000 yuan for 上海市 is sourced (a third-party copy, "
          "low confidence; from 2025-07-01), but the estimate does not use it: This is the cap for the 2025 "
          "insurance year (1 July 2025 to 30 June 2026); later years' caps were not found. The source says "
          "the part above the cap is still reimbursed at 80%: capping the estimate there would overstate what "
          "you pay on a large bill, so no cap is applied and the part above it is priced at the ratio above "
          "(really 80%; on a very large bill the result will differ).",
}
CAP_NOTE = {
    "zh": "未计最高支付限额：本地区的限额有来源，但估算有意不按它封顶（原因见“有来源但估算未能使用的数字”）。",
    "en": "No annual cap applied: your region's cap is sourced, but the estimate deliberately does not cap at it (the "
          "reason is under “Sourced figures the estimate could not use”).",
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("medins", path=str(Path(sys.executable).parent)) or shutil.which("medins")
    cmd = [exe] if exe else [sys.executable, "-m", "medins_cli"]
    env = {k: v for k, v in os.environ.items() if k != "MEDINS_POLICY_DIR"}
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=60, env=env,
                          stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_shanghai_employee_cap_is_listed_as_found_but_not_used_in_json(lang: str) -> None:
    proc = _run(*CAP_CASE, "--json", "--lang", lang)
    assert proc.returncode == 1, proc.stderr  # a filing is still to be made
    doc = json.loads(proc.stdout)
    assert doc["sourced_not_used"] == [{
        "parameter": "inpatient.cap.employee", "value": 650000, "source": "sh-tjwdhx-2025",
        "source_title": CAP_TITLE, "region": "310000", "reason": CAP_REASON[lang]}]
    # Not "not sourced": not a default, and the cost note says the cap is left out on purpose.
    assert [d["parameter"] for d in doc["defaults_used"] if d["parameter"].startswith("inpatient.cap")] == []
    assert CAP_NOTE[lang] in doc["cost"]["assumptions"]
    assert "未计最高支付限额（未找到来源）。" not in doc["cost"]["assumptions"]
    assert "No annual cap applied (none sourced)." not in doc["cost"]["assumptions"]
    # The source is listed, as a copy, low confidence, with its cite; the figure is not called a figure used.
    (src,) = [s for s in doc["sources"] if s["id"] == "sh-tjwdhx-2025"]
    assert src == {
        "id": "sh-tjwdhx-2025", "title": CAP_TITLE, "document": None,
        "issuer": "第三方网站（tjwdhx.com，页面夹带广告词）",
        "url": "http://www.tjwdhx.com/chaogugongganpingtai/22156.html", "effective_from": "2025-07-01", "as_of": False,
        "region": "310000", "confidence": "low", "kind": "copy", "cites": [CAP_CITE],
        "parameters": ["inpatient.cap.employee"]}
    low = next(w["message"] for w in doc["warnings"] if w["id"] == "low_confidence")
    assert ("最高支付限额" not in low) if lang == "zh" else ("annual cap" not in low)
    # The estimate's numbers are those without a cap: (100000 − 1500) × (85% − 20) = 64025.
    cost = doc["cost"]
    assert (cost["total"], cost["fund_pays"], cost["out_of_pocket"], cost["cap"]) == (100000.0, 64025.0, 35975.0, None)
    assert "cap" not in [s["id"] for s in cost["breakdown"]]


def test_shanghai_employee_cap_page_says_found_not_used_never_not_found() -> None:
    proc = _run(*CAP_CASE, "--no-color", "--lang", "zh")
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert "有来源但估算未能使用的数字" in out
    assert "最高支付限额未找到来源" not in out and "未计最高支付限额（未找到来源）" not in out
    assert "[sh-tjwdhx-2025]" in out and "http://www.tjwdhx.com/chaogugongganpingtai/22156.html" in out
    assert "个人自付（估算）     │      35975" in out
    en = _run(*CAP_CASE, "--no-color", "--lang", "en").stdout
    assert "Sourced figures the estimate could not use" in en
    assert "No sourced annual cap" not in en and "none sourced" not in en


def test_shanghai_large_bill_is_not_capped() -> None:
    # 200万 at home-level benefits (long-term, filed): (2000000 − 1500) × 85% = 1698725, above the 65万 cap found.
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2026-11-20",
               cost="2000000", filed=True, hospital_level="3")
    assert a.cost.fund_pays == Decimal("1698725.00") and a.cost.out_of_pocket == Decimal("301275.00")
    assert a.cost.cap is None
    assert [(u.parameter, u.value, u.source) for u in a.sourced_not_used] == [
        ("inpatient.cap.employee", 650000, "sh-tjwdhx-2025")]


def test_shanghai_cap_of_the_2024_insurance_year_and_before_it() -> None:
    # 2024 年度 (from 2024-07-01): 63万, jzzjf.com 3641 (2024-07-03). Before 2024-07-01 nothing is declared: the cap
    # is still "not found", as before.
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2025-03-01",
               cost="20000", filed=True, hospital_level="3")
    assert [(u.parameter, u.value, u.source) for u in a.sourced_not_used] == [
        ("inpatient.cap.employee", 630000, "sh-jzzjf-20240703")]
    assert a.cost.fund_pays == Decimal("15725.00")
    b = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2024-06-30",
               cost="20000", filed=True, hospital_level="3")
    assert b.sourced_not_used == [] and "inpatient.cap.employee" in defaults(b)
    assert b.cost.fund_pays == Decimal("15725.00")


def test_shanghai_resident_case_does_not_list_the_employee_cap() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2026-11-20",
               cost="20000", filed=True, hospital_level="3", insurance="resident")
    assert [u.parameter for u in a.sourced_not_used] == ["inpatient.deductible.resident.level3"]


def test_shanghai_own_cap_wins_and_nothing_is_listed() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2026-11-20",
               cost="2000000", filed=True, hospital_level="3", cap="650000")
    assert a.cost.fund_pays == Decimal("650000.00") and a.sourced_not_used == []


# ------------------------------------------------------------------ 上海 职工 医保年度 (7月1日 to 次年6月30日)
# Copies, confidence low: tjwdhx.com 22156 (中工网/劳动报): "2025年7月1日零时起,上海市职工医保将进入2025医保年度
# (2025年7月1日至2026年6月30日)"; jzzjf.com 3641 the same for 2024. The 经办规程第四十一条 note on a stay
# across 31 December says so.

SH_YEAR_ZH = ("上海市职工医保的医保年度为每年7月1日至次年6月30日，不是自然年度："
              "起付线、最高支付限额等年度待遇按医保年度计算。")
SH_YEAR_EN = ("In 上海市 the employee insurance year (医保年度) runs from 1 July to 30 June of the next year, not "
              "the calendar year: the deductible, the cap and other yearly benefits count per insurance year.")
YEAR_END_ZH = ("住院跨自然年度（2026-12-25入院，2027-01-08出院）：就医地以出院结算日期为结算时点，按一笔费用整体结算；"
               "参保地可按一笔费用整体结算，也可按日均费用和跨年前后的住院天数把费用分到两个年度，分别确定基金和个人负担"
               "（经办规程第四十一条）。本估算按一笔费用和2026年（入院时）的政策计算，按年度分割的地区结果可能不同。")
YEAR_END_EN = ("The stay crosses a year end (admitted 2026-12-25, discharged 2027-01-08): the hospital's region "
               "settles it as one bill on the discharge date; your home region may keep it as one bill or split it "
               "between the two years by days in hospital, each year with its own fund and personal shares (经办规程 "
               "art. 41). This estimate prices one bill under the 2026 rules (at admission); where the stay is split, "
               "the result can differ.")
ACROSS = {"scenario": "temporary", "treated_in": "北京", "event_date": "2026-12-25", "discharge_date": "2027-01-08",
          "cost": "30000", "filed": True}


def _year_end(a):  # type: ignore[no-untyped-def]
    from medins_cli.messages import tm

    notes = [m for m in a.cost.assumptions if m.key.startswith(("assume.year_end", "year_end."))]
    assert len(notes) == 1
    return tm(notes[0], "zh"), tm(notes[0], "en")


def test_shanghai_year_end_note_says_its_employee_insurance_year_runs_july_to_june() -> None:
    from medins_cli.messages import tm

    a = advise(insured_in="上海", today=dt.date(2027, 1, 10), **ACROSS)
    assert _year_end(a) == (YEAR_END_ZH + SH_YEAR_ZH, YEAR_END_EN + " " + SH_YEAR_EN)
    source = next(s for s in a.sources if s.id == "sh-tjwdhx-2025")  # cited, and said to be a copy
    assert "insurance_year.start_month_day.employee" in source.parameters
    assert source.confidence == "low"
    assert "上海市职工医保将进入2025医保年度(2025年7月1日至2026年6月30日)" in source.cites
    assert "上海市医保年度起始日（职工）" in tm(next(m for w, m in a.warnings if w == "low_confidence"), "zh")


def test_shanghai_year_end_warning_without_cost_says_it_too() -> None:
    from medins_cli.messages import tm

    a = advise(scenario="temporary", insured_in="上海", treated_in="北京", event_date="2026-12-28",
               today=dt.date(2026, 12, 1))
    note = next(m for w, m in a.warnings if w == "year_end_stay")
    assert tm(note, "zh") == ("12月入院的，如住院跨过12月31日：就医地以出院结算日期为结算时点，按一笔费用整体结算；"
                              "参保地可按一笔整体结算，也可按跨年前后的住院天数把费用分到两个年度（经办规程第四十一条）。"
                              + SH_YEAR_ZH)
    assert tm(note, "en").endswith("(经办规程 art. 41). " + SH_YEAR_EN)


def test_shanghai_resident_and_other_regions_keep_the_calendar_year_note() -> None:
    # No 医保年度 is recorded for 上海 城乡居民, nor for 临沂: the note is 第四十一条's alone, word for word.
    for raw in ({"insured_in": "上海", "insurance": "resident"}, {"insured_in": "临沂"}):
        a = advise(today=dt.date(2027, 1, 10), **raw, **ACROSS)
        assert _year_end(a) == (YEAR_END_ZH, YEAR_END_EN)
        assert "sh-tjwdhx-2025" not in [s.id for s in a.sources]


def test_shanghai_low_confidence_year_start_alone_is_not_told_to_give_own_figures() -> None:
    # The 医保年度 start rests on reposts (low confidence) but is no figure --deductible/--ratio/--cap stands in for:
    # with no cost it is listed to be checked, without the own-figures advice; with a cost the 起付线 and 比例 bring it.
    a = advise(scenario="temporary", insured_in="上海", treated_in="杭州", insurance="employee",
               event_date="2026-12-28", today=dt.date(2026, 12, 2))
    low = next(m for w, m in a.warnings if w == "low_confidence")
    assert tm(low, "zh") == ("以下内容只找到第三方转载来源（可信度低），请向参保地医保经办机构或 12393 核实："
                             "上海市医保年度起始日（职工）")
    assert tm(low, "en") == ("These come only from third-party reposts (low confidence); check them with your home "
                             "insurance office or 12393: 上海市 first day of the insurance year (employee)")
    b = advise(scenario="temporary", insured_in="上海", treated_in="杭州", insurance="employee",
               event_date="2026-12-28", today=dt.date(2026, 12, 2), cost="100000")
    low = next(m for w, m in b.warnings if w == "low_confidence")
    assert tm(low, "zh") == ("以下数字只找到第三方转载来源（可信度低），请向参保地医保经办机构或 12393 核实，"
                             "或用自己的数字（--deductible/--ratio/--cap）：上海市住院起付线（职工，在职）、"
                             "上海市住院报销比例（职工，在职）、上海市医保年度起始日（职工）")
