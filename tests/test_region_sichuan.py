"""四川 (510000): checks of the figures in the 四川 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/510000-sichuan.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step


def test_sichuan_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("510000", "sichuan")


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


# ------------------------------------------------------------------ 宜宾 (511500-yibin.yaml, confidence low)
# Source: https://kuaibao.lzzcloud.net/newpolicy_info/196570.html
# (repost of the 宜宾 notice forwarding 川医保发〔2022〕6号).


def test_yibin_resident_referral_level2_published_ratio() -> None:
    # 市外 二级: 起付 400 (same as 市内), 急诊抢救和转诊转院 65%: (10000 − 400) × 65% = 6240.
    a = advise(scenario="referral", insured_in="宜宾", treated_in="北京", event_date="2026-12-01",
               cost="10000", filed=True, referral=True, insurance="resident", hospital_level="2")
    assert a.cost.method == "local_rates"
    assert step(a, "fund_before_cap").formula == "(10000 − 400) × 65% = 6240"
    assert a.cost.fund_pays == Decimal("6240.00")
    assert a.cost.out_of_pocket == Decimal("3760.00")
    assert step(a, "cap").formula == "min(6240, 150000) = 6240"


def test_yibin_resident_emergency_level1() -> None:
    # 市外 一级: 起付 200, 急诊抢救 75%: (10000 − 200) × 75% = 7350.
    a = advise(scenario="emergency", insured_in="511500", treated_in="北京", event_date="2026-12-01",
               cost="10000", insurance="resident", hospital_level="1")
    assert step(a, "fund_before_cap").formula == "(10000 − 200) × 75% = 7350"
    assert a.cost.fund_pays == Decimal("7350.00")


def test_yibin_resident_temporary_level3_without_a_printed_ratio_uses_local_less_national_reduction() -> None:
    # The 三级 其他临时就医 cell is empty in the source, so no published ratio: local 55% less the national 20 points,
    # both labelled (cross_province.reduction.temporary is a default), 起付 900: (20000 − 900) × 35% = 6685.
    a = advise(scenario="temporary", insured_in="宜宾市", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3")
    assert step(a, "ratio").formula == "55% − 20 = 35%"
    assert step(a, "fund_before_cap").formula == "(20000 − 900) × 35% = 6685"
    assert "cross_province.reduction.temporary" in [d.parameter for d in a.defaults_used]
    assert a.cost.out_of_pocket == Decimal("13315.00")


# ------------------------------------------------------------------ 成都 510100 职工 ratios (hospital page, low)
# http://www.cd4120.com/4120/service/ybzc/2011/0413/87.html (2020-12-29): 三级 85 %, 二级 90 %, 一级 92 %
# (+2 % per decade of age from 50, not modelled). No 起付线 is sourced, so the person's own 起付线 is passed.
# DERIVED check.


def test_chengdu_employee_level3_ratio_with_own_deductible() -> None:
    a = advise(scenario="long-term", insured_in="成都", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", deductible="800")
    assert step(a, "ratio").parameter == "inpatient.ratio.employee.in_service.level3"
    assert a.cost.fund_pays == Decimal("16320.00")  # (20000 − 800) × 85%
