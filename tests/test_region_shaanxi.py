"""陕西 (610000): checks of the figures in the 陕西 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/610000-shaanxi.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, defaults, step

D = dt.date


# ------------------------------------------------------------------ 西安 (610100-xian.yaml, confidence low)


def test_xian_employee_long_term_level3_bands() -> None:
    # 三级 起付线 650 (wendaifu 2022-08-16); 在职 88% to 1万, 91% from 1万 to 5万 (southmoney 2023-09).
    # (10000 − 650) × 88% + (20000 − 10000) × 91% = 8228 + 9100 = 17328.
    a = advise(scenario="long-term", insured_in="西安", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.method == "local_rates"
    assert step(a, "fund_before_cap").formula == "(10000 − 650) × 88% + (20000 − 10000) × 91% = 17328"
    assert a.cost.fund_pays == Decimal("17328.00")
    assert a.cost.out_of_pocket == Decimal("2672.00")
    assert step(a, "cap").formula == "min(17328, 400000) = 17328"
    assert "inpatient.ratio.employee.in_service.level3" not in defaults(a)


def test_xian_employee_retired_level2_top_band() -> None:
    # 二级 起付线 400; 退休 93% to 1万, 95% above (southmoney 2023-09).
    # (10000 − 400) × 93% + (60000 − 10000) × 95% = 8928 + 47500 = 56428.
    a = advise(scenario="long-term", insured_in="610100", treated_in="三亚", event_date="2026-12-01",
               cost="60000", filed=True, retired=True, hospital_level="2")
    assert step(a, "fund_before_cap").formula == (
        "(10000 − 400) × 93% + (50000 − 10000) × 95% + (60000 − 50000) × 95% = 56428")
    assert a.cost.fund_pays == Decimal("56428.00")


def test_xian_resident_long_term_level3() -> None:
    # 居民 三级 起付线 1200, 60% (hbzq 2023-03; ruoyo.com and zyhos.cn agree): (10000 − 1200) × 60% = 5280.
    a = advise(scenario="long-term", insured_in="西安市", treated_in="北京", event_date="2026-12-01",
               cost="10000", filed=True, insurance="resident")
    assert a.cost.fund_pays == Decimal("5280.00")
    assert a.cost.out_of_pocket == Decimal("4720.00")


def test_xian_before_its_figures_uses_labelled_defaults() -> None:
    # The 居民 figures are dated 2023-03-31 (earliest date the source shows them): a Feb 2023 stay has none.
    a = advise(scenario="long-term", insured_in="西安", treated_in="北京", event_date="2023-02-01",
               today=D(2023, 1, 10), cost="10000", filed=True, insurance="resident")
    assert "inpatient.ratio.resident.level3" in defaults(a)


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


def test_xian_employee_retired_level1_bands_as_the_page_gives_them() -> None:
    # 2026-12-01: 一级及社区 退休 95% to 1万, 97% to 5万, 95% above (southmoney 2023-09, copy; the third band is lower
    # than the second as the page says). (10000 − 200) × 95% + 40000 × 97% + 10000 × 95% = 9310 + 38800 + 9500.
    a = advise(scenario="long-term", insured_in="西安", treated_in="海口", event_date="2026-12-01",
               cost="60000", filed=True, hospital_level="1", retired=True)
    assert a.cost.fund_pays == Decimal("57610.00")
