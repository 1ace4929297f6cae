"""North group (北京 天津 河北 山西 内蒙古 辽宁 吉林): checks of the sourced regional data.

No published worked example (报销计算举例 by a 医保局) was found for any of these provinces (searched
2026-11-23, pages corpus). The tests below are DERIVED: they apply the sourced figures by hand and check
that the engine reads them from the right file. They are not published results.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 太原 (140100, third-party pages, low)
# http://wap.kuyiso.com/taiyuan/news/3c2bqfa006bf.html (2023-09-13) and
# http://shebao.southmoney.com/yiliao/202502/763115_2.html (2025-02): 城乡居民 一类(三甲) 起付1000元 60%,
# 三类 起付100元 85%, 年度最高支付限额7万元.


def test_taiyuan_resident_long_term_level3_local_standard() -> None:
    # Derived: long-term residents get the local standard: (20000 − 1000) × 60% = 11400.
    a = advise(scenario="long-term", insured_in="太原", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3")
    assert a.cost.method == "local_rates"
    assert step(a, "fund_before_cap").formula == "(20000 − 1000) × 60% = 11400"
    assert step(a, "deductible").parameter == "inpatient.deductible.resident.level3"
    assert step(a, "cap").formula == "min(11400, 70000) = 11400"
    assert a.cost.fund_pays == Decimal("11400.00")


def test_taiyuan_resident_temporary_uses_national_reduction_labelled() -> None:
    # Derived: no sourced 太原 reduction (the two pages disagree), so the national ~20 points applies, labelled.
    a = advise(scenario="temporary", insured_in="太原", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="1")
    assert step(a, "ratio").formula == "85% − 20 = 65%"
    assert a.cost.fund_pays == Decimal("12935.00")  # (20000 − 100) × 65%
    assert "cross_province.reduction.temporary" in defaults(a)


# ------------------------------------------------------------------ 吉林市 (220200, third-party pages, low)
# http://wybk.com/techan/aed5fc77698e80ef956ee85ae29311f8.html (2023-10-23): 居民 转诊或急诊 三级45%;
# 未办理任何手续 二级50%; tiers −10 / −20 points.


def test_jilinshi_resident_referral_published_ratio_with_own_deductible() -> None:
    # Derived: no 吉林市 起付线 was found, so the person's own figure (1000) is used: (20000 − 1000) × 45% = 8550.
    a = advise(scenario="referral", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3", deductible="1000")
    assert step(a, "ratio").parameter == "cross_province.ratio.resident.referral.level3"
    assert a.cost.fund_pays == Decimal("8550.00")


def test_jilinshi_unfiled_resident_has_its_own_published_ratio() -> None:
    a = advise(scenario="temporary", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", insurance="resident", hospital_level="2", deductible="600")
    assert a.cost.category == "unfiled"
    assert step(a, "ratio").parameter == "cross_province.ratio.resident.unfiled.level2"
    assert a.cost.fund_pays == Decimal("9700.00")  # (20000 − 600) × 50%
    assert "cross_province.ratio.resident.unfiled" not in defaults(a)


def test_jilinshi_employee_temporary_reduction_is_local() -> None:
    # 职工: no local ratio found → national average share, minus 吉林市's own 20 points (not the national default).
    a = advise(scenario="temporary", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.method == "national_average"
    assert step(a, "ratio").formula == "84.8% − 20 = 64.8%"
    assert "cross_province.reduction.temporary" not in defaults(a)


# ------------------------------------------------------------------ intra-province filing
# 河北: https://report.hebei.com.cn/system/2021/10/29/100802404.shtml (取消省内异地就医备案, 2021-09-01).
# 内蒙古: https://careerup.com.cn/message/social/28511.html (自治区内异地就医无需备案, 2023-01-01).


def test_hebei_intra_province_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="石家庄", treated_in="保定", event_date="2026-12-01")
    assert a.relation == "intra_province"
    assert not a.filings[0].required and not a.action_required
    assert "intra_province.filing_required" not in defaults(a)


def test_neimenggu_intra_province_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="呼和浩特", treated_in="包头", event_date="2026-12-01")
    assert not a.filings[0].required and not a.action_required

