"""内蒙古 (150000): checks of the figures in the 内蒙古 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/150000-neimenggu.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step


def test_neimenggu_intra_province_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="呼和浩特", treated_in="包头", event_date="2026-12-01")
    assert not a.filings[0].required and not a.action_required



# ------------------------------------------------------------------ 呼和浩特 150100 职工 (copies, low)
# 起付线: http://ccschy.com/news/7244.html (2022-03-23): "三级甲等医院首次1000元,第二次700元,第三次及以上0元 …
# 二级医院首次500元,第二次350元 … 二级以下医院首次300元,第二次210元".
# Ratios and cap: http://m.hu.bendibao.com/mip/48462.shtm (undated; its text reposted on bbbaike.com 2023-03-29):
# "住院医疗费用 在职人员统筹基金支付比例 退休人员统筹基金支付比例 三甲 三乙 其他 三甲 三乙 其他
# 起付线-20000(含) 88 90 92 89 91 93 20000-50000(含) 90 92 95 91 93 95 50000以上 95 96 98 96 97 98";
# "最高支付限额为19万元". DERIVED tests.


def test_huhehaote_employee_long_term_level3_bands() -> None:
    # 三甲 起付线 1000; 在职 88% to 2万, 90% from 2万 to 5万.
    # (20000 − 1000) × 88% + (30000 − 20000) × 90% = 16720 + 9000 = 25720.
    a = advise(scenario="long-term", insured_in="呼和浩特", treated_in="上海", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3")
    assert a.cost.method == "local_rates"
    assert step(a, "fund_before_cap").formula == "(20000 − 1000) × 88% + (30000 − 20000) × 90% = 25720"
    assert a.cost.fund_pays == Decimal("25720.00")
    assert a.cost.out_of_pocket == Decimal("4280.00")
    assert "inpatient.ratio.employee.in_service.level3" not in defaults(a)


def test_huhehaote_employee_retired_level2_all_three_bands() -> None:
    # 二级 起付线 500; 退休 "其他" 93% / 95% / 98%.
    # (20000 − 500) × 93% + (50000 − 20000) × 95% + (60000 − 50000) × 98% = 18135 + 28500 + 9800 = 56435.
    a = advise(scenario="long-term", insured_in="150100", treated_in="三亚", event_date="2026-12-01",
               cost="60000", filed=True, retired=True, hospital_level="2")
    assert step(a, "fund_before_cap").formula == (
        "(20000 − 500) × 93% + (50000 − 20000) × 95% + (60000 − 50000) × 98% = 56435")
    assert a.cost.fund_pays == Decimal("56435.00")


def test_huhehaote_employee_cap_19wan() -> None:
    # 二级以下 起付线 300; 在职 "其他" 92% / 95% / 98%:
    # (20000 − 300) × 92% + 30000 × 95% + 200000 × 98% = 18124 + 28500 + 196000 = 242624 → capped at 190000.
    a = advise(scenario="long-term", insured_in="呼和浩特", treated_in="上海", event_date="2026-12-01",
               cost="250000", filed=True, hospital_level="1")
    assert step(a, "cap").formula == "min(242624, 190000) = 190000"
    assert a.cost.fund_pays == Decimal("190000.00")


def test_huhehaote_deductibles_with_the_persons_own_ratio() -> None:
    kw = dict(scenario="long-term", insured_in="呼和浩特", treated_in="上海", event_date="2026-12-01",
              cost="20000", filed=True, ratio="0.9")
    assert step(advise(**kw, hospital_level="3"), "deductible").amount == Decimal("1000.00")
    assert step(advise(**kw, hospital_level="2", stay="2"), "deductible").amount == Decimal("350.00")
    assert step(advise(**kw, hospital_level="2", stay="3"), "deductible").amount == Decimal("0.00")


def test_huhehaote_temporary_care_is_cut_by_its_own_ten_points() -> None:
    # hhht-bendibao-48462: "办理跨省临时外出就医备案人员…支付比例的基础上降低10%" — read as 10 points (the
    # larger cut), not the national norm of about 20: ≤20000 band 88 % − 10 = 78 % for a 三甲.
    a = advise(scenario="temporary", insured_in="呼和浩特", treated_in="北京", filed_on="2026-11-20",
               event_date="2026-11-25", cost="30000")
    assert step(a, "ratio").formula.startswith("≤20000: 88% − 10 = 78%")
    assert "cross_province.reduction.temporary" not in [d.parameter for d in a.defaults_used]
