"""大病保险 (城乡居民 serious-illness insurance) — derived checks for the east-China regions filled in round 5.

No published worked example for 大病保险 was found for these regions, so these are DERIVED checks (like the 青海 one in
tests/test_engine.py): the person's own basic-insurance 起付线 / ratio are passed, so that only the sourced 大病 figures
decide the 大病 step. Each test cites the source of the 大病 figures.
"""
from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

# ------------------------------------------------------------------ 泰安 370900 (居民大病: 1.4万, 60/65/70/75%, 40万)
# http://m12333.cn/qa/mupdw.html (来源:泰安市医疗保障局/医保中心 发布:2023-04-18; third-party repost, confidence low):
# "个人负担的合规医疗费用1.4万元(含)以上、10万元以下的部分给予60%补偿;10万元(含)以上、20万元以下的部分给予65%的补偿;
#  20万元(含)以上、30万元以下的部分,支付比例提高至70%;30万元(含)以上的部分,支付比例提高至75%;…最高支付额提高至40万元"


def test_taian_resident_serious_illness_first_band() -> None:
    # Own basic figures: 起付线 1000, 60%. Basic pays (100000 − 1000) × 60% = 59400; personal share 40600;
    # 大病 (40600 − 14000) × 60% = 15960.
    a = advise(scenario="temporary", insured_in="泰安", treated_in="泰安", event_date="2026-11-20", cost="100000",
               insurance="resident", hospital_level="3", deductible="1000", ratio="0.6")
    assert step(a, "fund_before_cap").formula == "(100000 − 1000) × 60% = 59400"
    assert step(a, "serious_illness_base").formula == "100000 − 59400 = 40600"
    assert (a.cost.fund_pays, a.cost.serious_illness_pays, a.cost.out_of_pocket) == (
        Decimal("59400.00"), Decimal("15960.00"), Decimal("24640.00"))


def test_taian_resident_serious_illness_bands_are_on_the_absolute_share() -> None:
    # Basic (500000 − 1000) × 50% = 249500; share 250500;
    # 大病 (100000 − 14000) × 60% + 100000 × 65% + (250500 − 200000) × 70% = 51600 + 65000 + 35350 = 151950.
    a = advise(scenario="long-term", insured_in="370900", treated_in="北京", event_date="2026-11-20", cost="500000",
               filed=True, insurance="resident", hospital_level="3", deductible="1000", ratio="0.5")
    assert step(a, "serious_illness_base").formula == "500000 − 249500 = 250500"
    assert a.cost.serious_illness_pays == Decimal("151950.00")


def test_taian_resident_serious_illness_cap() -> None:
    # Basic (1000000 − 1000) × 10% = 99900; share 900100; bands give 51600 + 65000 + 70000 + 600100 × 75% = 636675,
    # capped at 400000.
    a = advise(scenario="long-term", insured_in="泰安", treated_in="北京", event_date="2026-11-20", cost="1000000",
               filed=True, insurance="resident", hospital_level="3", deductible="1000", ratio="0.1")
    assert a.cost.serious_illness_pays == Decimal("400000.00")


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
