"""湖南 (430000): checks of the figures in the 湖南 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/430000-hunan.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step

D = dt.date


def test_hunan_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("430000", "hunan")


# ------------------------------------------------------------------ 邵阳 430500 (low)
# Temporary filing validity 6 months from 邵阳日报 2024-09-03
# http://szb.shaoyangnews.net/syrb/pc/content/202409/03/content_68171.html: "临时外出就医人员备案有效期为6个月".


def test_shaoyang_temporary_filing_valid_for_six_months() -> None:
    # 邵阳: "临时外出就医人员备案有效期为6个月" — an exact 6 months (the national rule is "不少于6个月").
    a = advise(scenario="temporary", insured_in="邵阳", treated_in="北京", event_date="2026-12-01", filed=True,
               filed_on="2026-11-20")
    valid = next(x for x in a.deadlines if x.id == "filing_valid_until")
    assert valid.date == D(2027, 5, 20)
    assert valid.basis.key == "basis.validity"
    assert valid.basis.params["months"] == 6


# ------------------------------------------------------------------ 长沙 430100 职工 (copies, low)
# http://ccschy.com/techan/50f39457a035d9fde5d37eaf807907c5.html (2023-01-06) and https://changsha.iwelife.cn/3906.html:
# 一级 500 / 92 %, 二级 800 / 90 %, 三级 1100 / 85 %; 退休 +2 points; 同级 2nd stay 起付 50 %; 最高实际支付限额 15万.
# DERIVED checks of the file as written.


def test_changsha_employee_in_service_level3() -> None:
    a = advise(scenario="long-term", insured_in="长沙", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1100.00")
    assert a.cost.fund_pays == Decimal("16065.00")  # (20000 − 1100) × 85%


def test_changsha_employee_retired_level2_second_stay() -> None:
    a = advise(scenario="long-term", insured_in="430100", treated_in="三亚", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True, stay="2")
    assert step(a, "deductible").amount == Decimal("400.00")  # 800 × 50%
    assert a.cost.fund_pays == Decimal("18032.00")  # (20000 − 400) × 92%


def test_changsha_employee_fund_capped_at_150000() -> None:
    a = advise(scenario="long-term", insured_in="长沙", treated_in="北京", event_date="2026-12-01",
               cost="300000", filed=True, hospital_level="3")
    assert a.cost.fund_pays == Decimal("150000.00")  # (300000 − 1100) × 85% = 254065 → cap 150000
