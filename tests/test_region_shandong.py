"""山东 (370000): checks of the figures in the 山东 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/370000-shandong.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

from medins_cli.model import Advice

# ------------------------------------------------------------------ 青岛 (xxg.qdu.edu.cn, 2025-01-20, confidence low)
# http://xxg.qdu.edu.cn/info/1096/1806.htm: "自2025年1月1日起,参保职工在三级医院起付标准统一调整为800元";
# 在职 "4万元以下的部分…三级医院…86%…4万元以上的部分…均为95%"; 退休 "三级医院…93%…4万元以上…均为97%".
# Long-term residents get the 参保地 local standard (医保发〔2022〕22号 §二(五)), so no reduction applies.


def test_qingdao_in_service_level3_banded_at_40000() -> None:
    a = advise(scenario="long-term", insured_in="青岛", treated_in="上海", event_date="2026-12-01",
               cost="50000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("800.00")
    # (40000 − 800) × 86% + (50000 − 40000) × 95% = 33712 + 9500
    assert a.cost.fund_pays == Decimal("43212.00")


def test_qingdao_retired_level3() -> None:
    a = advise(scenario="long-term", insured_in="370200", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", retired=True)
    assert a.cost.fund_pays == Decimal("17856.00")  # (20000 − 800) × 93%


# ------------------------------------------------------------------ 烟台 (胶东在线 2020-08-21, 烟台市医保局 reply)
# http://www.jiaodong.net/minsheng/system/2020/08/21/014081682.shtml: 起付线 三级医院800元; 三级医院 "起付标准至
# 5000元(含)的部分按80 %支付、5000元至10000元(含)的部分按85%支付、10000元以上至最高支付限额的部分按90%支付".


def test_yantai_in_service_level3_three_bands() -> None:
    a = advise(scenario="long-term", insured_in="烟台", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    # (5000 − 800) × 80% + (10000 − 5000) × 85% + (20000 − 10000) × 90% = 3360 + 4250 + 9000
    assert a.cost.fund_pays == Decimal("16610.00")


def test_yantai_in_service_level1_flat() -> None:
    a = advise(scenario="long-term", insured_in="烟台", treated_in="北京", event_date="2026-12-01",
               cost="10000", filed=True, hospital_level="1")
    assert a.cost.fund_pays == Decimal("8820.00")  # (10000 − 200) × 90%


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


# ------------------------------------------------------------------ 青岛 城乡居民 by 缴费档次 (tier)
# Source of every figure below: 青岛大学 就医指南 "2025年青岛职工、居民医保住院报销政策" (2025-01-20, confidence low),
# http://xxg.qdu.edu.cn/info/1096/1806.htm —
# "一、二、三级定点医药机构起付线分别为200元、500元、800元" and
# "居民一档:基层(含一级)医院的报销比例为85%,二级医院的报销比例为80%,三级医院的报销比例为70%
#  居民二档:基层(含一级)医院的报销比例为85%,二级医院的报销比例为75%,三级医院的报销比例为55%".
# Tier numbering follows the source: tier 1 = 居民一档, tier 2 = 居民二档.


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


# ------------------------------------------------------------------ 临沂 (临沂市医疗保障局 政策问答, official)
# http://lyyb.linyi.gov.cn/info/1575/5929.htm (page date 2024-11-15, so "as of"): 职工 起付线 300/500/800, 第二次住院
# 起付线减半，第三次起不设起付线. http://lyyb.linyi.gov.cn/info/1577/5879.htm: from 2023-10-01 临时外出就医人员 pay
# 10% first and are priced at the 市内三级 standard.


def _linyi(stay: str | None = None, **kw: str) -> Advice:
    args = dict(scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-20", cost="22000",
                filed=True, filed_on="2026-11-20", **kw)
    if stay:
        args["stay"] = stay
    return advise(**args)


def test_linyi_second_stay_halves_the_deductible() -> None:
    # Derived: 22000 − 10% first (2200) = 19800; 起付线 800 × 0.5 = 400; (19800 − 400) × 80% = 15520.
    a = _linyi("2")
    assert step(a, "deductible").formula == "800 × 0.5 = 400"
    assert a.cost.fund_pays == Decimal("15520.00")


def test_linyi_third_stay_has_no_deductible() -> None:
    # Derived: 19800 × 80% = 15840.
    a = _linyi("3")
    assert step(a, "deductible").parameter == "inpatient.deductible_stay3.employee"
    assert a.cost.deductible == Decimal("0") and a.cost.fund_pays == Decimal("15840.00")


def test_linyi_first_stay_unchanged() -> None:
    assert _linyi().cost.fund_pays == Decimal("15200.00")  # (19800 − 800) × 80%


def _lower_note(a: Advice) -> str:
    from medins_cli.messages import tm

    return next(tm(m, "zh") for wid, m in a.warnings if wid == "temporary_lower")


def test_linyi_level1_referral_cut_is_local_18_points_not_the_generic_10() -> None:
    # 市内一级 90%; referral is priced at the 三级 80% with 10% paid first: 80% × 90% = 72%, 18 points below 90%.
    a = advise(scenario="referral", insured_in="临沂", treated_in="上海", event_date="2026-12-20", filed=True,
               filed_on="2026-11-20", hospital_level="1")
    note = _lower_note(a)
    assert note == ("临沂市的规定：异地转诊人员按 72% 支付（起付线以上第一段），比在本地一级医院的 90% 低约18个百分点，"
                    "超过国家常规的约10个百分点。")
    assert "降幅约10个百分点" not in note


def test_linyi_level1_emergency_cut_is_local_too() -> None:
    a = advise(scenario="emergency", insured_in="临沂", treated_in="上海", event_date="2026-12-20", hospital_level="1")
    assert "低约18个百分点" in _lower_note(a)


def test_linyi_level3_temporary_cut_is_within_the_norm() -> None:
    note = _lower_note(_linyi(hospital_level="3"))
    assert note.endswith("比在本地三级医院的 80% 低约8个百分点。")


def test_region_without_a_local_cut_keeps_the_national_norm() -> None:
    from medins_cli.messages import tm
    from medins_cli.model import M

    a = advise(scenario="temporary", insured_in="烟台", treated_in="上海", event_date="2026-12-20", filed=True,
               filed_on="2026-11-20")
    assert _lower_note(a) == tm(M("warn.temporary_lower"), "zh")


# ------------------------------------------------------------ 济南 370100 (医聘猫 copy, 2024-04-03, confidence low)
# https://zhongshan.ylzhaopin.com/news/285185.html: "三级医院,第一次住院1000元,第二次住院500元,第三次及以上0元";
# 在职 "三级医院,起付标准-1万元报销85%,1万元-40万元报销88%";
# 退休 "二级及以下医院,起付标准-1万元报销93%,1万元-40万元报销96%".
# Derived tests (no published worked example): long-term filers get the 参保地 local standard.


def test_jinan_in_service_level3_two_bands() -> None:
    a = advise(scenario="long-term", insured_in="济南", treated_in="海口", event_date="2026-12-01",
               cost="50000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1000.00")
    # (10000 − 1000) × 85% + (50000 − 10000) × 88% = 7650 + 35200
    assert a.cost.fund_pays == Decimal("42850.00")


def test_jinan_retired_level2() -> None:
    a = advise(scenario="long-term", insured_in="370100", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True)
    # (10000 − 400) × 93% + (20000 − 10000) × 96% = 8928 + 9600
    assert a.cost.fund_pays == Decimal("18528.00")


def test_jinan_second_stay_halves_and_third_stay_drops_the_deductible() -> None:
    kw = dict(scenario="long-term", insured_in="济南", treated_in="海口", event_date="2026-12-01",
              cost="20000", filed=True, hospital_level="3")
    second = advise(stay="2", **kw)
    assert step(second, "deductible").formula == "1000 × 0.5 = 500"
    assert second.cost.fund_pays == Decimal("16875.00")  # (10000 − 500) × 85% + 10000 × 88%
    third = advise(stay="3", **kw)
    assert third.cost.deductible == Decimal("0")
    assert third.cost.fund_pays == Decimal("17300.00")  # 10000 × 85% + 10000 × 88%


def test_jinan_bands_end_at_600000() -> None:
    # "40万元-60万元报销90%": above 60万 the basic fund pays nothing here (大额 takes over, not modelled).
    a = advise(scenario="long-term", long_term_kind="living", insured_in="济南", treated_in="北京", filed="yes",
               event_date="2026-11-25", cost="800000")
    assert step(a, "ratio").formula.endswith(">600000: 0%")
    assert "assume.cap_in_bands" in [m.key for m in a.cost.assumptions]
