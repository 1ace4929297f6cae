"""辽宁 (210000): checks of the figures in the 辽宁 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/210000-liaoning.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

# ------------------------------------------------------------------ 大连 职工 (shebaodata.com, 2023-02-23, low)
# http://www.shebaodata.com/zhishi/278588.html: "年度内首次住院的,三级医院为850元"; "第二次及以上住院的…三级医院680元";
# "在职人员按照三级、二级、一级医院分别为85%、88%、90%"; "退休人员…分别为92.50%、94%、95%".
# Long-term residents get the 参保地 local standard (医保发〔2022〕22号 §二(五)).


def test_dalian_employee_in_service_level3_first_stay() -> None:
    a = advise(scenario="long-term", insured_in="大连", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert step(a, "deductible").amount == Decimal("850.00")
    assert a.cost.fund_pays == Decimal("16277.50")  # (20000 − 850) × 85%


def test_dalian_employee_retired_level3_second_stay_uses_later_deductible() -> None:
    a = advise(scenario="long-term", insured_in="210200", treated_in="三亚", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", retired=True, stay="2")
    assert step(a, "deductible").parameter == "inpatient.deductible_later.employee.level3"
    assert step(a, "deductible").amount == Decimal("680.00")
    assert a.cost.fund_pays == Decimal("17871.00")  # (20000 − 680) × 92.5%


# ------------------------------------------------------------------ 大连 城乡居民 (m.wybk.com table, low)
# http://m.wybk.com/techan/62c5d2cd53329278c0b31150fa809df9.html: 成年人 其他三级 起付600元 70%; 二级 500元 80%;
# 异地转诊/临时外出住院 成年人 三级 起付1500元, 其他三级 60%; 一级 750元 75%.


def test_dalian_resident_long_term_level2_local_standard() -> None:
    a = advise(scenario="long-term", insured_in="大连", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="2")
    assert a.cost.fund_pays == Decimal("15600.00")  # (20000 − 500) × 80%


def test_dalian_resident_temporary_level3_published_deductible_and_ratio() -> None:
    a = advise(scenario="temporary", insured_in="大连", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3")
    assert step(a, "deductible").parameter == "cross_province.deductible.resident.temporary.level3"
    assert step(a, "ratio").parameter == "cross_province.ratio.resident.temporary.level3"
    assert a.cost.fund_pays == Decimal("11100.00")  # (20000 − 1500) × 60%, no further reduction


def test_dalian_resident_referral_level1() -> None:
    a = advise(scenario="referral", insured_in="大连", treated_in="北京", event_date="2026-12-01",
               cost="10000", filed=True, insurance="resident", hospital_level="1")
    assert a.cost.fund_pays == Decimal("6937.50")  # (10000 − 750) × 75%


# ------------------------------------------------------------------ 沈阳 城乡居民 (copy, low)
# http://m.ccschy.com/techan/4ec2e7ff62136e6215fc07b26680ab4a.html (2022-12-02):
# 成年居民 起付标准 一级200 / 二级300 / 三级600, 报销比例 85% / 80% / 75% (特三级 1200元, 65%/70%).


def test_shenyang_resident_level3() -> None:
    a = advise(scenario="long-term", insured_in="沈阳", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", insurance="resident")
    assert a.cost.fund_pays == Decimal("14550.00")  # (20000 − 600) × 75%
