"""山西 (140000): checks of the figures in the 山西 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/140000-shanxi.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
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


# ------------------------------------------------------------ 太原 职工 (140100, 太原本地宝 Q&A copies, low)
# http://m.jxyuer.com/baike/techan/230936.html (2022-05-18): 起付线 一类(三甲) 800元, 二类(三乙、二甲) 500元,
# 三类(二乙、一级) 300元; 第二次住院减半, 三次及以上免收. http://ty.bendibao.com/live/2022119/57578.shtm (2023-03-17):
# 在职 一类/二类/三类 82%/86%/90%, 退休 91%/93%/95%.


def test_taiyuan_employee_in_service_level3() -> None:
    # Derived: (20000 − 800) × 82% = 15744.
    a = advise(scenario="long-term", insured_in="太原", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert a.cost.fund_pays == Decimal("15744.00")


def test_taiyuan_employee_retired_level2_second_stay() -> None:
    # Derived: 起付线 500 × 0.5 = 250; (20000 − 250) × 93% = 18367.5.
    a = advise(scenario="long-term", insured_in="140100", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True, stay="2")
    assert step(a, "deductible").formula == "500 × 0.5 = 250"
    assert a.cost.fund_pays == Decimal("18367.50")


def test_taiyuan_emergency_later_stay_keeps_the_deductible_and_pays_70() -> None:
    # ty-jxyuer (2022-05-18): "急诊住院、非急未转住院起付线不享受减免政策"; ty-bendibao (2023-03-17):
    # "急诊住院…在职人员和退休人员报销比例同为70%". A second emergency stay at a 三甲: (50000 − 800) × 70% = 34440,
    # not 400 and 81 %.
    a = advise(scenario="emergency", insured_in="太原", treated_in="北京", retired="yes", stay="2",
               event_date="2026-11-25", cost="50000")
    assert step(a, "deductible").amount == Decimal("800")
    assert step(a, "ratio").formula == "70%"
    assert a.cost.fund_pays == Decimal("34440.00") and a.cost.out_of_pocket == Decimal("15560.00")


def test_taiyuan_referral_to_an_outside_sanjia() -> None:
    # "转诊到外地三甲医院住院的起付线为800元,在职人员报销比例为77%,退休人员报销比例为89%": (20000 − 800) × 77% = 14784.
    a = advise(scenario="referral", insured_in="太原", treated_in="北京", referral="yes", filed="yes",
               event_date="2026-11-25", cost="20000")
    assert step(a, "deductible").amount == Decimal("800") and step(a, "ratio").formula == "77%"
    assert a.cost.fund_pays == Decimal("14784.00")
