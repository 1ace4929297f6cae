"""青海 (630000): checks of the figures in the 青海 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/630000-qinghai.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

# ------------------------------------------------------------------ 青海 (630000-qinghai.yaml)
# 青海大学附属医院 "医疗保障政策宣传（第四期）" 2023-05-10, 来源：青海省医疗保障局 (mirror
# http://m.potfairy.com/html/387216927.html): 居民 三级/二级/一级 70/80/90%, 起付 1500/600/100, 年最高 10万.


def test_qinghai_resident_level2_province_wide() -> None:
    a = advise(scenario="long-term", insured_in="西宁", treated_in="成都", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="2")
    assert step(a, "deductible").amount == Decimal("600.00")
    assert a.cost.fund_pays == Decimal("15520.00")  # (20000 − 600) × 80%


def test_qinghai_resident_level3_cap() -> None:
    a = advise(scenario="long-term", insured_in="630000", treated_in="成都", event_date="2026-12-01",
               cost="200000", filed=True, insurance="resident", hospital_level="3")
    # (200000 − 1500) × 70% = 138950 → capped at 100000
    assert a.cost.fund_pays == Decimal("100000.00")


# ------------------------------------------------ 西宁 职工 (630100-xining.yaml; bkbbs.net copy, 2022-12-28, low)
# http://bkbbs.net/yule/wlrd/858580.html: "三级、二级、一级医疗机构起付线分别为750元、550元、350元;报销比例分别为75%、
# 80%、85%,其中退休职工报销比例增加5%。即三级80%、二级85%、一级医疗机构90%".


def test_xining_employee_in_service_level3() -> None:
    # Derived: (20000 − 750) × 75% = 14437.5.
    a = advise(scenario="long-term", insured_in="西宁", treated_in="成都", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert a.cost.fund_pays == Decimal("14437.50")


def test_xining_employee_retired_level1() -> None:
    # Derived: (20000 − 350) × 90% = 17685.
    a = advise(scenario="long-term", insured_in="630100", treated_in="成都", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="1", retired=True)
    assert a.cost.fund_pays == Decimal("17685.00")


def test_qinghai_outside_xining_keeps_national_employee_figures() -> None:
    # The 西宁 copy is entered for 西宁 only; another 青海 city (海东) still prices 职工 by the national average.
    a = advise(scenario="long-term", insured_in="海东", treated_in="成都", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert a.cost.method == "national_average"
