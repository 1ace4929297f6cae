"""湖北 (420000): checks of the figures in the 湖北 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/420000-hubei.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step


def test_hubei_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("420000", "hubei")


# ------------------------------------------------------------------ 武汉 420100 职工 (copies, low)
# http://m.qebk.com/techan/29b99c9070caff05291b6e95020faa40.html (2024-01-05) and https://www.dpbk.net/changshi/0Q4ep0j8lZ.html
# (2025-01-19): 起付 三级 800 / 二级 600 / 一级 400; 在职 86 / 89 / 92 %, 退休 88.8 / 91.2 / 93.6 %;
# 2nd stay 起付 halved.
# DERIVED checks of the file as written.


def test_wuhan_employee_in_service_level2() -> None:
    a = advise(scenario="long-term", insured_in="武汉", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2")
    assert step(a, "deductible").amount == Decimal("600.00")
    assert a.cost.fund_pays == Decimal("17266.00")  # (20000 − 600) × 89%


def test_wuhan_employee_retired_level3_second_stay_halves_the_deductible() -> None:
    a = advise(scenario="long-term", insured_in="420100", treated_in="三亚", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", retired=True, stay="2")
    assert step(a, "deductible").amount == Decimal("400.00")  # 800 × 50%
    assert a.cost.fund_pays == Decimal("17404.80")  # (20000 − 400) × 88.8%
