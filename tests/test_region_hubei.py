"""湖北 (420000): checks of the figures in the 湖北 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/420000-hubei.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step


def test_hubei_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("420000", "hubei")


# ------------------------------------------------------------------ 武汉 420100 职工 (copies, low)
# http://m.qebk.com/techan/29b99c9070caff05291b6e95020faa40.html (2024-01-05) and https://www.dpbk.net/changshi/0Q4ep0j8lZ.html
# (2025-01-19): 起付 三级 800 / 二级 600 / 一级 400; 在职 86 / 89 / 92 %, 退休 88.8 / 91.2 / 93.6 %;
# 2nd stay 起付 halved.
# DERIVED checks of the file as written.


def test_wuhan_employee_in_service_level2() -> None:
    a = advise(scenario="long-term", insured_in="武汉", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2")
    assert step(a, "deductible").amount == Decimal("600.00")
    assert a.cost.fund_pays == Decimal("17266.00")  # (20000 − 600) × 89%


def test_wuhan_employee_retired_level3_second_stay_halves_the_deductible() -> None:
    a = advise(scenario="long-term", insured_in="420100", treated_in="三亚", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", retired=True, stay="2")
    assert step(a, "deductible").amount == Decimal("400.00")  # 800 × 50%
    assert a.cost.fund_pays == Decimal("17404.80")  # (20000 − 400) × 88.8%


# ------------------------------------------------------------------ 十堰 (市医疗保障局 网上问政 reply, official)
# http://www.sygxq.gov.cn/xxgk/fdzdgk/qtzdgknr/hygq/202509/t20250904_4810305.shtml (撰写 2025-08-19, so "as of"):
# "首次住院的在三级、二级、一级医疗机构住院起付线分别为1000元/次、500元/次、200元/次,二次及以上住院的,起付线分别为
# 800元/次、300元/次、200元/次". No ratio is sourced, so the estimate uses the national average share and lists the
# 起付线 it cannot use (rule: sourced figures are never dropped silently).


def test_shiyan_later_stay_deductibles_are_entered() -> None:
    from conftest import POLICIES

    from medins_cli.policy import load_national, parse_policy

    path = POLICIES / "regions" / "420300-shiyan.yaml"
    pf = parse_policy(path.read_text(encoding="utf-8"), path, load_national().sources)
    got = {lv: pf.parameters[f"inpatient.deductible_later.employee.level{lv}"][0].value for lv in (1, 2, 3)}
    assert got == {1: 200, 2: 300, 3: 800}


def test_shiyan_second_stay_lists_its_800_deductible_as_not_used() -> None:
    from conftest import advise

    a = advise(scenario="temporary", insured_in="十堰", treated_in="上海", event_date="2026-12-20", cost="30000",
               filed=True, filed_on="2026-11-20", stay="2")
    assert a.cost.method == "national_average"
    assert [(u.parameter, u.value) for u in a.sourced_not_used] == [("inpatient.deductible_later.employee.level3", 800)]


def test_shiyan_with_own_ratio_uses_the_later_stay_deductible() -> None:
    from decimal import Decimal

    from conftest import advise, step

    # Derived: (30000 − 800) × (85% − 20 national points) = 29200 × 65% = 18980.
    a = advise(scenario="temporary", insured_in="十堰", treated_in="上海", event_date="2026-12-20", cost="30000",
               filed=True, filed_on="2026-11-20", stay="2", ratio="0.85")
    assert step(a, "deductible").parameter == "inpatient.deductible_later.employee.level3"
    assert a.cost.fund_pays == Decimal("18980.00")
