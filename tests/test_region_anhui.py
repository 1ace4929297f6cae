"""安徽 (340000): checks of the figures in the 安徽 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/340000-anhui.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 合肥 (安徽省立医院 医保服务 table, 2020-07-08)
# https://ahslyy.com/cn/xxgkybfw/info_3313.aspx?itemid=95024 —
# "合肥市职工 | 年度首次600元,以后每次300元。| 在职:90% 退休:95% | 30万"


def test_hefei_long_term_level3_employee() -> None:
    # (20000 − 600) × 90% = 17460.
    a = advise(scenario="long-term", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(20000 − 600) × 90% = 17460"
    assert a.cost.fund_pays == Decimal("17460.00")


def test_hefei_cap_applies() -> None:
    # Retired, 三级: (400000 − 600) × 95% = 379430, capped at the 30万 annual limit.
    a = advise(scenario="long-term", insured_in="340100", treated_in="北京", event_date="2026-12-01",
               cost="400000", filed=True, hospital_level="3", retired=True)
    assert a.cost.fund_pays == Decimal("300000.00")



# ------------------------------------------------------ 合肥 一级/二级 (社保网 article, copy, URL date 2023-09-09)
# http://www.ceihk.net/shenghuo/2023-09-09/24893.html —
# "一級醫療機構,起付標準為200元;二級醫療機構,起付標準為400元 …
# 一個年度內多次住院的,起付標準自第二次住院起減半 …
# 一級醫療機構,在職職工報銷比例94%,退休人員報銷比例97%。
# 二級醫療機構,在職職工報銷比例92%,退休人員報銷比例96%。"
# DERIVED from those figures, not a published example.


def test_hefei_long_term_level1_employee() -> None:
    # (20000 − 200) × 94% = 18612.
    a = advise(scenario="long-term", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="1")
    assert step(a, "fund_before_cap").formula == "(20000 − 200) × 94% = 18612"
    assert a.cost.fund_pays == Decimal("18612.00")
    assert "inpatient.deductible.employee.level1" not in defaults(a)


def test_hefei_long_term_level2_retired() -> None:
    # (20000 − 400) × 96% = 18816.
    a = advise(scenario="long-term", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True)
    assert step(a, "fund_before_cap").formula == "(20000 − 400) × 96% = 18816"
    assert a.cost.fund_pays == Decimal("18816.00")


def test_hefei_level2_second_stay_halves_the_deductible() -> None:
    # 400 × 0.5 = 200; (20000 − 200) × 92% = 18216.
    a = advise(scenario="long-term", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", stay="2")
    assert step(a, "deductible").formula == "400 × 0.5 = 200"
    assert a.cost.fund_pays == Decimal("18216.00")


def test_hefei_level1_not_before_the_2023_page() -> None:
    # The 一级 figures are known only as of 2023-09-09: for earlier care the ratio is still the labelled default,
    # and no amount is estimated.
    a = advise(scenario="long-term", insured_in="合肥", treated_in="上海", event_date="2023-06-01",
               cost="20000", filed=True, hospital_level="1")
    assert "inpatient.ratio.employee.in_service.level1" in defaults(a)
    assert a.cost.fund_pays is None


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


# ------------------------------------------------------------------ 合肥 340100 (居民大病: 1.5万, 60/70/75/80%, no cap)
# https://ahslyy.com/cn/xxgkybfw/info_3313.aspx?itemid=95024 (安徽省立医院 医保服务 table, 2020-07-08):
# "合肥市城乡居民 | 1.5万元 | 0-5万元(含)的60%,5-10万元(含)的70%,10-20万元(含)的75%,20万元以上的80%… | 不设封顶线".
# Segments read as relative to the 起付线 (inference, see 340100-hefei.yaml) → absolute upto 65000 / 115000 / 215000.


def test_hefei_resident_serious_illness_bands() -> None:
    # Own basic figures 起付线 1000, 50%: basic (300000 − 1000) × 50% = 149500; share 150500;
    # 大病 (65000 − 15000) × 60% + (115000 − 65000) × 70% + (150500 − 115000) × 75% = 30000 + 35000 + 26625 = 91625.
    a = advise(scenario="long-term", insured_in="合肥", treated_in="北京", event_date="2026-11-20", cost="300000",
               filed=True, insurance="resident", hospital_level="3", deductible="1000", ratio="0.5")
    assert step(a, "serious_illness_base").formula == "300000 − 149500 = 150500"
    assert a.cost.serious_illness_pays == Decimal("91625.00")
    assert a.cost.out_of_pocket == Decimal("58875.00")


def test_hefei_employee_still_has_no_serious_illness_ratio() -> None:
    # Only the 居民 ratio was entered; 合肥 职工 keeps its 起付线 without a ratio, so no 大病 step.
    a = advise(scenario="temporary", insured_in="合肥", treated_in="合肥", event_date="2026-11-20", cost="100000")
    assert a.cost.serious_illness_pays is None
