"""Southwest group (四川 云南 贵州 陕西): checks of the shipped figures.

No worked example (报销计算举例) published by a 医保局 of these provinces was found in the research corpus
(searched 2026-11-23; see the head comments of the region files). So these tests are NOT published examples:
each one recomputes a case by hand from the sourced figures in the region file and checks that the engine
reads them as filed. The figures, their sources and their confidence are named in every test.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

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


# ------------------------------------------------------------------ 昆明 (530100-kunming.yaml, confidence medium)
# Source: 昆政办〔2019〕102号 via https://hrlib.ciic-cloud.cn/news/info?id=0be8a9e1f95d48ccb502c6c60b8faa69


def test_kunming_has_deductible_and_cap_but_no_ratio() -> None:
    # 起付 三级 880 and the 职工 basic cap 6万 are sourced; the ratio is not,
    # so the estimate stays on the labelled default.
    a = advise(scenario="long-term", insured_in="昆明", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True)
    assert "inpatient.deductible.employee.level3" not in defaults(a)
    assert "inpatient.ratio.employee.in_service.level3" in defaults(a)
