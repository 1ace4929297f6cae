"""江西 (360000): checks of the figures in the 江西 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/360000-jiangxi.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, step

D = dt.date


# ------------------------------------------------------------------ 南昌 (南昌市医疗保障局 2025-06-23 notice)
# http://www.cnwzdh.com/ncszf/zcwjk/202506/f941e4d9d0a24d69a695415895179ed5.shtml (mirror of the city site):
# "报销比例调整为:一级医疗机构95%、二级医疗机构90%、三级医疗机构85%。…本通知自2025年7月1日起执行。"


def test_nanchang_long_term_level3_uses_the_2025_ratio() -> None:
    # Long-term residents get the local standard (22号文 §二(五)). 起付线 not sourced: the person enters 800.
    a = advise(scenario="long-term", insured_in="南昌", treated_in="上海", event_date="2026-12-01",
               cost="20000", deductible="800", filed=True, hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(20000 − 800) × 85% = 16320"
    assert a.cost.fund_pays == Decimal("16320.00")
    assert a.cost.out_of_pocket == Decimal("3680.00")


def test_nanchang_level1_ratio() -> None:
    a = advise(scenario="long-term", insured_in="360100", treated_in="海口", event_date="2026-12-01",
               cost="10000", deductible="300", filed=True, hospital_level="1")
    assert a.cost.fund_pays == Decimal("9215.00")  # (10000 − 300) × 95%


# ------------------------------------------------------------------ 南昌 before 2025-07-01 (copy, low)
# http://m.bbbaike.com/baike/techan/1387760.html (更新时间 2023-03-28, a copy of the 南昌 医保 Q&A):
# "一级医疗机构,起付标准200元,支付比例98%,二级医疗机构,起付标准500元,支付比例95%,
# 三级医疗机构,起付标准800元,支付比例90%。…
# 第二次住院按20%的比例递减,之后不再递减。" The 起付线 run on past 2025-07-01 (the notice changes only the ratios).


def test_nanchang_before_the_notice_uses_the_earlier_ratio() -> None:
    # June 2025: the earlier 三级 90% (as of 2023-03-28, ended 2025-06-30) and the 800 起付线.
    a = advise(scenario="long-term", insured_in="南昌", treated_in="北京", event_date="2025-06-15",
               today=D(2025, 6, 1), cost="10000", filed=True, hospital_level="3")
    assert a.cost.method == "local_rates"
    assert step(a, "ratio").parameter == "inpatient.ratio.employee.in_service.level3"
    assert step(a, "fund_before_cap").formula == "(10000 − 800) × 90% = 8280"


def test_nanchang_2026_runs_from_the_filed_deductible_and_the_notice_ratio() -> None:
    a = advise(scenario="long-term", insured_in="南昌", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert a.cost.fund_pays == Decimal("16320.00")  # (20000 − 800) × 85%


def test_nanchang_second_stay_pays_four_fifths_of_the_deductible() -> None:
    a = advise(scenario="long-term", insured_in="南昌", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", stay="2")
    assert a.cost.fund_pays == Decimal("16456.00")  # (20000 − 800 × 0.8) × 85% = 19360 × 85%

