"""Round 4, northwest (甘肃 青海 陕西): checks of the figures added on 2026-11-23.

No worked example (报销计算举例) published by a 医保局 of these provinces was found (see the head comments of
policies/regions/620100-lanzhou.yaml, 630000-qinghai.yaml, 610300-baoji.yaml, 610100-xian.yaml). These are NOT
published examples: each test recomputes a case by hand from the sourced figures and checks that the engine reads
them as filed. The page behind every figure is named in the test.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 兰州 (620100-lanzhou.yaml)
# 人民网甘肃 2022-08-18 (http://gs.people.com.cn/BIG5/n2/2022/0818/c404528-40086249.html): from 2022-09-01 在职
# "起付线以上至10000元 … 94%；10000元以上至20000元 … 96%；20000元以上至60000元 … 98%", 退休 95/97/99%,
# 职工大额医疗保险 95% (above 60000). 兰州晚报 via 每日甘肃网 2023-05-10 (https://gansuci.cn/2023/0510/310555.shtml):
# 职工 三级甲等 起付 1000, 居民 三级甲等 1400, 居民 cap 8万, from May 2023.


def test_lanzhou_in_service_level3_bands() -> None:
    a = advise(scenario="long-term", insured_in="兰州", treated_in="北京", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1000.00")
    # (10000 − 1000) × 94% + (20000 − 10000) × 96% + (30000 − 20000) × 98% = 8460 + 9600 + 9800
    assert a.cost.fund_pays == Decimal("27860.00")
    assert "inpatient.ratio.employee.in_service" not in defaults(a)


def test_lanzhou_retired_above_60000_gets_the_dae_band() -> None:
    a = advise(scenario="long-term", insured_in="620100", treated_in="海口", event_date="2026-12-01",
               cost="80000", filed=True, hospital_level="3", retired=True)
    # (10000 − 1000) × 95% + 10000 × 97% + 40000 × 99% + (80000 − 60000) × 95% = 8550 + 9700 + 39600 + 19000
    assert a.cost.fund_pays == Decimal("76850.00")


def test_lanzhou_resident_level3_capped_at_80000() -> None:
    a = advise(scenario="long-term", insured_in="兰州", treated_in="北京", event_date="2026-12-01",
               cost="200000", filed=True, insurance="resident", hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1400.00")
    # (200000 − 1400) × 65% = 129090 → capped at 80000 (2018 ratio, confidence low)
    assert a.cost.fund_pays == Decimal("80000.00")


def test_lanzhou_before_may_2023_has_no_level3_deductible() -> None:
    a = advise(scenario="long-term", insured_in="兰州", treated_in="北京", event_date="2023-03-01",
               cost="10000", filed=True, hospital_level="3")
    assert any(k.startswith("inpatient.deductible.employee") for k in defaults(a))


# ------------------------------------------------------------------ 青海 (630000-qinghai.yaml)
# 青海大学附属医院 "医疗保障政策宣传（第四期）" 2023-05-10, 来源：青海省医疗保障局 (mirror
# http://m.potfairy.com/html/387216927.html): 居民 三级/二级/一级 70/80/90%, 起付 1500/600/100, 年最高 10万.


def test_qinghai_resident_level2_province_wide() -> None:
    a = advise(scenario="long-term", insured_in="西宁", treated_in="成都", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="2")
    assert step(a, "deductible").amount == Decimal("600.00")
    assert a.cost.fund_pays == Decimal("15520.00")  # (20000 − 600) × 80%


def test_qinghai_resident_level3_cap() -> None:
    a = advise(scenario="long-term", insured_in="630000", treated_in="成都", event_date="2026-12-01",
               cost="200000", filed=True, insurance="resident", hospital_level="3")
    # (200000 − 1500) × 70% = 138950 → capped at 100000
    assert a.cost.fund_pays == Decimal("100000.00")


# ------------------------------------------------------------------ 宝鸡 (610300-baoji.yaml)
# 宝鸡市康复医院 (http://www.aklhzl.com/index.php?g=&m=article&a=index&id=1658): from 2022-09-01 居民 三级 起付
# 1500, 65%; 二级 600, 80%.


def test_baoji_resident_level3() -> None:
    a = advise(scenario="long-term", insured_in="宝鸡", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1500.00")
    assert a.cost.fund_pays == Decimal("12025.00")  # (20000 − 1500) × 65%


# ------------------------------------------------------------------ 西安 (610100-xian.yaml)
# Hospital page https://xadwyy.com/info/1298/6394.htm: from 2020-08-01 职工 三级 起付 第一次 650, 第二次 550.


def test_xian_second_stay_deductible() -> None:
    a = advise(scenario="long-term", insured_in="西安", treated_in="海口", event_date="2026-12-01",
               cost="10000", filed=True, hospital_level="3", stay="2")
    assert step(a, "deductible").amount == Decimal("550.00")
    assert a.cost.fund_pays == Decimal("8316.00")  # (10000 − 550) × 88%
