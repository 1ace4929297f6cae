"""吉林 (220000): checks of the figures in the 吉林 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/220000-jilin.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 吉林市 (220200, third-party pages, low)
# http://wybk.com/techan/aed5fc77698e80ef956ee85ae29311f8.html (2023-10-23): 居民 转诊或急诊 三级45%;
# 未办理任何手续 二级50%; tiers −10 / −20 points.


def test_jilinshi_resident_referral_published_ratio_with_own_deductible() -> None:
    # Derived: no 吉林市 起付线 was found, so the person's own figure (1000) is used: (20000 − 1000) × 45% = 8550.
    a = advise(scenario="referral", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3", deductible="1000")
    assert step(a, "ratio").parameter == "cross_province.ratio.resident.referral.level3"
    assert a.cost.fund_pays == Decimal("8550.00")


def test_jilinshi_unfiled_resident_has_its_own_published_ratio() -> None:
    a = advise(scenario="temporary", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", insurance="resident", hospital_level="2", deductible="600")
    assert a.cost.category == "unfiled"
    assert step(a, "ratio").parameter == "cross_province.ratio.resident.unfiled.level2"
    assert a.cost.fund_pays == Decimal("9700.00")  # (20000 − 600) × 50%
    assert "cross_province.ratio.resident.unfiled" not in defaults(a)


def test_jilinshi_employee_temporary_reduction_is_local() -> None:
    # 职工: no local ratio found → national average share, minus 吉林市's own 20 points (not the national default).
    a = advise(scenario="temporary", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.method == "national_average"
    assert step(a, "ratio").formula == "84.8% − 20 = 64.8%"
    assert "cross_province.reduction.temporary" not in defaults(a)


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
