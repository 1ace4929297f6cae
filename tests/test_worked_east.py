"""East China (上海 江苏 浙江 安徽 福建 江西 山东 河南): checks of the sourced figures.

No official worked example (报销计算举例 with a URL from a 医保局) was found for these provinces on 2026-11-23;
see the search records at the top of policies/regions/3[1-7]0000-*.yaml and 410000-henan.yaml. The tests
below are derived from the published rules: each one cites the page the figures come from, and any figure
the page does not give (a 起付线, the local ratio) is passed as the person's own figure.
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


def test_nanchang_before_the_notice_has_no_sourced_ratio() -> None:
    # The notice took effect 2025-07-01; for a June 2025 stay no 南昌 ratio is on file.
    a = advise(scenario="long-term", insured_in="南昌", treated_in="北京", event_date="2025-06-15",
               today=D(2025, 6, 1), cost="10000", filed=True)
    assert a.cost.method == "national_average"


# ------------------------------------------------------------------ 溧阳 (溧阳市医疗保障服务中心 reply 2024-11-20)
# http://jsly001.com/read-htm-tid-3931432-fpage-2-page-1.html (forum repost, confidence low):
# 长期居住/急诊 "与市内相应医疗机构支付比例一致"; 转诊 "降5个百分点"; 未按规定办理转诊手续 "降低20个百分点".
# 溧阳's own 起付线 and ratio are not sourced: the person enters 1000 and 90%.


def test_liyang_referral_five_points_lower() -> None:
    a = advise(scenario="referral", insured_in="溧阳", treated_in="上海", event_date="2026-12-01",
               cost="30000", deductible="1000", ratio="0.9", filed=True, referral=True)
    assert a.cost.category == "referral"
    assert a.cost.fund_pays == Decimal("24650.00")  # (30000 − 1000) × (90% − 5)


def test_liyang_emergency_not_lowered() -> None:
    a = advise(scenario="emergency", insured_in="溧阳", treated_in="上海", event_date="2026-12-01",
               cost="30000", deductible="1000", ratio="0.9")
    assert a.cost.fund_pays == Decimal("26100.00")  # (30000 − 1000) × 90%


def test_liyang_unfiled_twenty_points_lower() -> None:
    a = advise(scenario="temporary", insured_in="溧阳", treated_in="上海", event_date="2026-12-01",
               cost="30000", deductible="1000", ratio="0.9", filed=False)
    assert a.cost.category == "unfiled"
    assert a.cost.fund_pays == Decimal("20300.00")  # (30000 − 1000) × (90% − 20)
    # The 20 points are 溧阳's own unfiled rule, not the national temporary norm standing in for it.
    assert "cross_province.reduction.unfiled" not in [d.parameter for d in a.defaults_used]
