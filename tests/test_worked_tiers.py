"""Figures by 缴费档次 (contribution tier) — tiers/later-stays helper, round 4 (2026-11-23).

No published worked example (报销计算举例) by tier was found for the regions of this round; these tests check that
the tier figures entered in policies/regions/370200-qingdao.yaml are the ones the engine uses.

Source of every figure below: 青岛大学 就医指南 "2025年青岛职工、居民医保住院报销政策" (2025-01-20, confidence low),
http://xxg.qdu.edu.cn/info/1096/1806.htm —
"一、二、三级定点医药机构起付线分别为200元、500元、800元" and
"居民一档:基层(含一级)医院的报销比例为85%,二级医院的报销比例为80%,三级医院的报销比例为70%
 居民二档:基层(含一级)医院的报销比例为85%,二级医院的报销比例为75%,三级医院的报销比例为55%".
Tier numbering follows the source: tier 1 = 居民一档, tier 2 = 居民二档.
"""
from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

from medins_cli.model import Advice


def _qingdao_resident(level: str, **kw: str) -> Advice:
    return advise(scenario="temporary", insured_in="青岛", treated_in="青岛", event_date="2026-11-20",
                  cost="20000", hospital_level=level, insurance="resident", **kw)


def test_qingdao_resident_first_tier_level2() -> None:
    # (20000 − 500) × 80% = 15600 — 居民一档, 二级医院
    a = _qingdao_resident("2", tier="1")
    assert a.cost.method == "local_rates"
    assert step(a, "deductible").parameter == "inpatient.deductible.resident.level2"
    assert step(a, "ratio").parameter == "inpatient.ratio.resident.tier1.level2"
    assert step(a, "fund_before_cap").formula == "(20000 − 500) × 80% = 15600"
    assert a.cost.fund_pays == Decimal("15600.00")
    assert "tier_unknown" not in [w for w, _ in a.warnings]


def test_qingdao_resident_second_tier_level2() -> None:
    # (20000 − 500) × 75% = 14625 — 居民二档, 二级医院
    a = _qingdao_resident("2", tier="二档")
    assert step(a, "ratio").parameter == "inpatient.ratio.resident.tier2.level2"
    assert step(a, "fund_before_cap").formula == "(20000 − 500) × 75% = 14625"
    assert a.cost.fund_pays == Decimal("14625.00")


def test_qingdao_resident_tiers_agree_at_level1() -> None:
    # (20000 − 200) × 85% = 16830 for both 档 at 基层(含一级)医院
    one = _qingdao_resident("1", tier="1")
    two = _qingdao_resident("1", tier="2")
    assert step(one, "ratio").parameter == "inpatient.ratio.resident.tier1.level1"
    assert step(two, "ratio").parameter == "inpatient.ratio.resident.tier2.level1"
    assert one.cost.fund_pays == two.cost.fund_pays == Decimal("16830.00")


def test_qingdao_resident_without_tier_warns() -> None:
    a = _qingdao_resident("2")
    assert a.cost.method == "national_average"
    assert "tier_unknown" in [w for w, _ in a.warnings]


def test_qingdao_employee_is_untiered() -> None:
    # 职工 figures are not set by 档: a tier changes nothing. In service, 二级: (20000 − 500) × 88% = 17160.
    with_tier = advise(scenario="temporary", insured_in="青岛", treated_in="青岛", event_date="2026-11-20",
                       cost="20000", hospital_level="2", insurance="employee", tier="1")
    without = advise(scenario="temporary", insured_in="青岛", treated_in="青岛", event_date="2026-11-20",
                     cost="20000", hospital_level="2", insurance="employee")
    assert with_tier.cost.fund_pays == without.cost.fund_pays == Decimal("17160.00")
