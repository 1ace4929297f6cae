"""Round 5, 大病保险 (serious-illness insurance), north group: 北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 陕西 甘肃
宁夏 新疆.

Sourced on 2026-11-23: 甘肃 (province-wide, 620000-gansu.yaml) and 西安 (610100-xian.yaml). No published 大病 worked
example (报销计算举例 by a 医保局 of these provinces) was found; the tests below are DERIVED like the 青海 test in
tests/test_engine.py: the expected amounts are computed by hand from the files' figures, and check that the engine
reads them as written. The other regions' search records are at the top of their province files ("Round 5")."""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step


# ------------------------------------------------------------------ 甘肃 (province-wide) via 兰州 城乡居民
# 大病: https://www.ningxian.gov.cn/ybj/xxgk/fdzdgknr/msxx/content_20446 (宁县医保局, 2022-11-30):
# "个人自负政策范围内医疗费用
# 超过起付线5000元以上的部分作为补偿基数…补偿基数0-1万元(含1万元)报销60%;1-2万元(含2万元)报销65%;2-5万元(含5万元)报销7
# 0%;
# 5万元-10万元(含10万元)报销75%;10 万元以上报销 80%" (bands on the amount above 5000 → absolute
# 15000/25000/55000/105000).
# 兰州 basic (620100-lanzhou.yaml): 居民 三级甲等 起付 1400 (兰州晚报 2023-05-10), 三级 65% (甘肃日报 2018-06-27),
# cap 8万.
def test_lanzhou_resident_serious_illness_uses_the_gansu_bands() -> None:
    a = advise(scenario="temporary", insured_in="兰州", treated_in="兰州", event_date="2026-11-20", cost="100000",
               insurance="resident", hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(100000 − 1400) × 65% = 64090"
    assert step(a, "serious_illness_base").formula == "100000 − 64090 = 35910"
    assert step(a, "serious_illness_deductible").parameter == "serious_illness.deductible.resident"
    # (15000 − 5000) × 60% + (25000 − 15000) × 65% + (35910 − 25000) × 70% = 6000 + 6500 + 7637
    assert a.cost.serious_illness_pays == Decimal("20137.00")
    assert a.cost.out_of_pocket == Decimal("15773.00")  # 100000 − 64090 − 20137


def test_lanzhou_resident_share_below_the_gansu_deductible_gets_no_serious_illness_pay() -> None:
    # 10000 at 三级: fund (10000 − 1400) × 65% = 5590; personal share 4410 < 5000.
    a = advise(scenario="temporary", insured_in="兰州", treated_in="兰州", event_date="2026-11-20", cost="10000",
               insurance="resident", hospital_level="3")
    assert a.cost.fund_pays == Decimal("5590.00")
    assert a.cost.serious_illness_pays == Decimal("0.00")


# ------------------------------------------------------------------ 西安 城乡居民
# 大病: http://www.gaoling.gov.cn/zmhd/ldxx/xjcx/2011302194853744641.html (高陵区政府 领导信箱, 2026-01-16):
# "自2025年1月1日起,
# 大病保险起付线调整为2万元…大病保险起付标准以上政策范围内的个人自付费用,统一报销比例为60%。"
# 西安 basic (610100-xian.yaml, low): 居民 三级 起付 1200, 60%, cap 20万.
def test_xian_resident_serious_illness_from_2025() -> None:
    a = advise(scenario="temporary", insured_in="西安", treated_in="西安", event_date="2026-11-20", cost="100000",
               insurance="resident", hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(100000 − 1200) × 60% = 59280"
    assert step(a, "serious_illness_pays").formula == "(40720 − 20000) × 60% = 12432"
    assert (a.cost.fund_pays, a.cost.serious_illness_pays, a.cost.out_of_pocket) == (
        Decimal("59280.00"), Decimal("12432.00"), Decimal("28288.00"))


def test_xian_serious_illness_rule_is_not_applied_before_2025() -> None:
    a = advise(scenario="temporary", insured_in="西安", treated_in="西安", event_date="2024-06-01", cost="100000",
               insurance="resident", hospital_level="3")
    assert a.cost.serious_illness_pays is None
