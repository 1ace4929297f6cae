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
