"""Round 6, north group (北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江): checks of the figures sourced this round.

Only 吉林 (220000) got values: the province-wide cross-province tiers (长期居住 local rate; 转诊/急诊 −10 points;
自行异地就医, no filing needed, −20 points), read from a 延边 page that repeats the 吉林市 text word for word. No
published worked example (报销计算举例 by a 医保局) was found for any of the eight provinces; the tests below are
DERIVED: they apply the sourced figures by hand and check that the engine reads them from the province file.
The search records are in the "Round 6" blocks at the top of the province files.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 吉林 (220000, province-wide, confidence low)
# http://www.quangouzu.com/ybyb/p/284640.html (延边广电客户端 / 延边信息港 "延边医保", 2023-08-09): "二是参保人员办理了
# 转诊或急诊备案的,医疗费用报销是在参保地就医支付比例基础上降低10个百分点;三是除了以上两种情形外的自行异地就医的
# 无需备案,医疗费用报销是在参保地就医支付比例基础上降低20个百分点".
# 长春 (220100) and 延边 (222400) have no file of their own, so they inherit the province file. No local 职工 ratio is
# sourced for them, so the engine starts from the national average share (84.8%, labelled) and applies 吉林's points.


def test_changchun_employee_temporary_uses_the_jilin_province_reduction() -> None:
    a = advise(scenario="temporary", insured_in="长春", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.method == "national_average"
    assert step(a, "ratio").formula == "84.8% − 20 = 64.8%"
    assert "cross_province.reduction.temporary" not in defaults(a)


def test_yanbian_employee_referral_loses_ten_points() -> None:
    a = advise(scenario="referral", insured_in="延边", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True)
    assert step(a, "ratio").formula == "84.8% − 10 = 74.8%"
    assert "cross_province.reduction.referral" not in defaults(a)


def test_changchun_resident_unfiled_with_own_figures() -> None:
    # Derived with the person's own local figures (起付 1000, ratio 60%): unfiled care = the third tier, −20 points:
    # (20000 − 1000) × (60% − 20) = 19000 × 40% = 7600.
    a = advise(scenario="temporary", insured_in="长春", treated_in="北京", event_date="2026-12-01",
               cost="20000", insurance="resident", hospital_level="3", deductible="1000", ratio="0.6")
    assert a.cost.category == "unfiled"
    assert a.cost.fund_pays == Decimal("7600.00")
    assert "cross_province.reduction.unfiled" not in defaults(a)
