"""Round 6 east (上海 江苏 浙江 安徽 福建 江西 山东): checks of the sourced figures the engine reads.

Only 安徽 got values this round: the province-wide 职工 cross-province reductions from 2024-01-01 (340000-anhui.yaml).
No official worked example (报销计算举例 with a URL from a 医保局) was found for any of the seven provinces; the search
records are at the top of each province file. The expected amounts below are computed by hand from the published
rules; they check that the engine reads the 安徽 file as written.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 安徽 340000 (职工, from 2024-01-01)
# http://xomn.cn/html/2023/anhui_0919/424755.html (市场星报 2023-09-19): the final notice, "自2024年1月1日起执行",
# "临时异地就医报销最多下降20个百分点". http://mucai.u0q.com/zx/2023/0516/3018.html (新安晚报, draft): "跨省异地就医。
# 符合转外就医规定并备案的异地转诊人员和异地急诊抢救人员,职工医保报销比例在参保地相同级别医疗机构基础上下降10个百分点,
# 非急诊且未转诊的其他临时外出就医人员下降20个百分点。"
# 合肥's own figures (340100-hefei.yaml): 三级 起付线 600, 在职 90%.


def test_hefei_employee_temporary_uses_the_anhui_reduction() -> None:
    a = advise(scenario="temporary", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "ratio").formula == "90% − 20 = 70%"
    assert a.cost.fund_pays == Decimal("13580.00")  # (20000 − 600) × 70%
    assert "cross_province.reduction.temporary" not in defaults(a)


def test_hefei_employee_referral_ten_points() -> None:
    a = advise(scenario="referral", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, referral=True, hospital_level="3")
    assert step(a, "ratio").formula == "90% − 10 = 80%"
    assert a.cost.fund_pays == Decimal("15520.00")  # (20000 − 600) × 80%
    assert "cross_province.reduction.referral" not in defaults(a)


def test_anhui_reduction_is_employee_only() -> None:
    # 城乡居民 rules are set per city and were not entered: the national ~20 points still applies, labelled.
    a = advise(scenario="temporary", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3")
    assert "cross_province.reduction.temporary" in defaults(a)


def test_anhui_reduction_not_before_2024() -> None:
    a = advise(scenario="temporary", insured_in="合肥", treated_in="上海", event_date="2023-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert "cross_province.reduction.temporary" in defaults(a)
