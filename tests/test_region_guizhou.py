"""贵州 (520000): checks of the figures in the 贵州 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/520000-guizhou.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step


def test_guizhou_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("520000", "guizhou")


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


def test_guiyang_cap_alone_does_not_count_serious_illness() -> None:
    # 贵阳 has only the 大病 cap (20万) sourced: without 起付线 and ratio the engine counts no 大病保险.
    a = advise(scenario="temporary", insured_in="贵阳", treated_in="贵阳", event_date="2026-11-20", cost="300000",
               hospital_level="3", insurance="resident")
    assert a.cost.serious_illness_pays is None


# ------------------------------------------------------------------ 贵阳 (520100-guiyang.yaml, confidence low)
# Source: http://img305.caodingtushuguan.com/a/202412/5562474.html (跨省 经备案 / 未经备案 起付线 and ratios).


def test_guiyang_resident_unfiled_level3() -> None:
    # 跨省 未经备案 三级: 起付 1800, 50%: (20000 − 1800) × 50% = 9100; cap 25万 (tengxun987 mirror, 2024-11-23).
    a = advise(scenario="temporary", insured_in="贵阳", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=False, insurance="resident", hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(20000 − 1800) × 50% = 9100"
    assert a.cost.fund_pays == Decimal("9100.00")
    assert step(a, "cap").formula == "min(9100, 250000) = 9100"


def test_guiyang_resident_filed_temporary_level1() -> None:
    # 跨省 经备案 一级及以下: 起付 400, 75%: (5000 − 400) × 75% = 3450.
    a = advise(scenario="temporary", insured_in="520100", treated_in="北京", event_date="2026-12-01",
               cost="5000", filed=True, insurance="resident", hospital_level="1")
    assert step(a, "fund_before_cap").formula == "(5000 − 400) × 75% = 3450"
    assert a.cost.fund_pays == Decimal("3450.00")
    assert a.cost.out_of_pocket == Decimal("1550.00")
