"""Round 6, west group (重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆): checks of the figures filled this round.

Filled on 2026-11-23: 达州 (511700-dazhou.yaml, 城乡居民大病保险), 贵州 (520000-guizhou.yaml,
城乡居民 临时跨省 起付线/比例, province-wide by inference) and 黔南 (522700-qiannan.yaml, 职工 临时跨省
起付线). No published worked example (报销计算举例 by a 医保局) was found; the expected amounts are
DERIVED by hand from the files' figures and check that the engine reads them as written. The other
provinces' search records are at the top of their files ("Round 6").
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

# ------------------------------------------------------------------ 达州 城乡居民大病保险 (medium)
# https://cbgc.scol.com.cn/news/4887812 (达州高新区融媒体中心, from 2024-04-01):
# "城乡居民大病保险起付线调整为14502元…14502元以上至50000元部分按60%支付;
# 50000元以上至100000元部分按65%支付;100000元以上部分按80%支付,不设封顶线"; the 起付线 is re-set
# every year, so the file limits 14502 to 2024. 达州 has no sourced basic figures: the test passes
# the person's own 起付线/ratio.


def test_dazhou_resident_serious_illness_2024() -> None:
    a = advise(scenario="temporary", insured_in="达州", treated_in="达州", event_date="2024-06-01", cost="100000",
               insurance="resident", hospital_level="3", deductible="1000", ratio="0.6")
    assert step(a, "fund_before_cap").formula == "(100000 − 1000) × 60% = 59400"
    assert step(a, "serious_illness_deductible").parameter == "serious_illness.deductible.resident"
    # personal share 40600 − 14502 = 26098, all in the first band (≤ 50000): × 60%
    assert step(a, "serious_illness_pays").formula == "(40600 − 14502) × 60% = 15658.80"
    assert (a.cost.serious_illness_pays, a.cost.out_of_pocket) == (Decimal("15658.80"), Decimal("24941.20"))


def test_dazhou_2024_deductible_is_not_reused_in_2025() -> None:
    a = advise(scenario="temporary", insured_in="达州", treated_in="达州", event_date="2025-06-01", cost="100000",
               insurance="resident", hospital_level="3", deductible="1000", ratio="0.6")
    assert a.cost.serious_illness_pays is None


# ------------------------------------------------------------------ 贵州 城乡居民 临时跨省 (low)
# https://junrunrenli.com/list1/16465 (州 notice under 黔医保发〔2023〕25号):
# "临时跨省异地就医住院 经备案住院,起付标准为:…二级定点医疗机构800元…
# 支付比例为:…二级定点医疗机构70%…急诊抢救住院人员参照执行。"


def test_guizhou_resident_filed_temporary_level2() -> None:
    a = advise(scenario="temporary", insured_in="贵州", treated_in="北京", event_date="2026-12-01", cost="20000",
               filed=True, insurance="resident", hospital_level="2")
    assert step(a, "deductible").parameter == "cross_province.deductible.resident.temporary.level2"
    assert step(a, "fund_before_cap").formula == "(20000 − 800) × 70% = 13440"
    assert a.cost.fund_pays == Decimal("13440.00")


def test_guizhou_resident_emergency_level3_follows_the_filed_table() -> None:
    a = advise(scenario="emergency", insured_in="黔南", treated_in="北京", event_date="2026-12-01", cost="20000",
               insurance="resident", hospital_level="3")
    assert step(a, "ratio").parameter == "cross_province.ratio.resident.emergency.level3"
    assert a.cost.fund_pays == Decimal("11100.00")  # (20000 − 1500) × 60%


# ------------------------------------------------------------------ 黔南 职工 临时跨省 起付线 (low)
# https://si12333.cn/policy/mydsr.html (黔南州医疗保障局, 2023-12-22, from 2024-01-01):
# "参保职工临时跨省异地住院起付标准为:…三级定点医疗机构为1000元。
# 退休职工按照参保职工起付标准的50%执行。" The ratio table is missing: the person's own 80% is
# passed and the national "about 20 points" reduction for temporary care (a labelled default) applies.


def test_qiannan_employee_temporary_level3_deductible() -> None:
    a = advise(scenario="temporary", insured_in="黔南", treated_in="北京", event_date="2026-12-01", cost="20000",
               filed=True, hospital_level="3", ratio="0.8")
    assert step(a, "deductible").parameter == "cross_province.deductible.employee.temporary.level3"
    assert step(a, "fund_before_cap").formula == "(20000 − 1000) × 60% = 11400"


def test_qiannan_retired_employee_pays_half_the_deductible() -> None:
    a = advise(scenario="temporary", insured_in="黔南", treated_in="北京", event_date="2026-12-01", cost="20000",
               filed=True, hospital_level="3", retired=True, ratio="0.8")
    assert step(a, "deductible").parameter == "cross_province.deductible.employee.retired.temporary.level3"
    assert a.cost.fund_pays == Decimal("11700.00")  # (20000 − 500) × 60%
