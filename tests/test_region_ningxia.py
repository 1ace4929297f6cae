"""宁夏 (640000): checks of the figures in the 宁夏 files (银川 640100).

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/640000-ningxia.yaml and 640100-yinchuan.yaml;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

# ------------------------------------------------------------------ 银川 640100 职工 2023 (copy, low)
# http://zaodula.com/YiLiaoBaoXian/2025-09-28/157518.html (社保100网 "银川职工医保报销比例2023年度", reposted):
# 起付 一级及以下 300 / 二级 500 / 三乙 800 / 三甲 1200; 95 / 90 / 85 / 80 %; 第二次以上住院起付降低20%.


def test_yinchuan_employee_level3_is_the_sanjia_tier() -> None:
    a = advise(scenario="long-term", insured_in="银川", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1200.00")
    assert a.cost.fund_pays == Decimal("15040.00")  # (20000 − 1200) × 80%


def test_yinchuan_employee_retired_level1_second_stay() -> None:
    a = advise(scenario="long-term", insured_in="640100", treated_in="三亚", event_date="2026-12-01",
               cost="10000", filed=True, hospital_level="1", retired=True, stay="2")
    assert step(a, "deductible").amount == Decimal("240.00")  # 300 × 80%
    assert a.cost.fund_pays == Decimal("9272.00")  # (10000 − 240) × 95%
