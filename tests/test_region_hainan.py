"""海南 (460000): checks of the figures in the 海南 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/460000-hainan.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step


def test_hainan_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("460000", "hainan")


# ------------------------------------------------------------ 海南 职工 (听讼网 copy of a 海口 table, 2019-04-03, low)
# https://m.tingsonglaw.com/new/8fbe66da4d2404dca1cd33fd7313495a: "一个医保年度内住院起付线为:在职800元、退休600元;
# 三级医疗机构报销份额85%,二级医疗机构报销份额88%,一级或其他医疗机构报销份额90%。退休人员由统筹基金付出90%".


def test_hainan_employee_in_service_level3() -> None:
    # Derived: (20000 − 800) × 85% = 16320.
    a = advise(scenario="long-term", insured_in="海南", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.in_service"
    assert a.cost.fund_pays == Decimal("16320.00")


def test_hainan_employee_retired_same_ratio_at_every_level() -> None:
    # Derived: (20000 − 600) × 90% = 17460 at level 1 and at level 3.
    for level in ("1", "3"):
        a = advise(scenario="long-term", insured_in="460000", treated_in="上海", event_date="2026-12-01",
                   cost="20000", filed=True, hospital_level=level, retired=True)
        assert step(a, "deductible").amount == Decimal("600.00")
        assert a.cost.fund_pays == Decimal("17460.00")


def test_hainan_and_xizang_are_one_pooling_area_each() -> None:
    # 经办规程第十一条 names 海南、西藏 "省级统筹地区" (the tool already files people *to* them by province), and both
    # region files source province-level pooling: 海口 → 三亚 or 拉萨 → 日喀则 is not 异地就医, so there is no
    # 省内异地 filing to ask about ([必须], exit 1 before) and local rates apply without a cut.
    from medins_cli.messages import tm

    for insured, treated, province in (("海口", "三亚", "海南省"), ("拉萨", "日喀则", "西藏自治区"),
                                       ("海南", "三亚", "海南省")):
        a = advise(scenario="temporary", insured_in=insured, treated_in=treated, event_date="2026-12-20",
                   cost="30000")
        assert a.relation == "same_region"
        assert a.filings == [] and not a.action_required
        assert tm(a.summary, "zh") == (f"参保地和就医地同在{province}，{province}是省级统筹地区（经办规程第十一条）："
                                       "不需要办理异地就医备案，按本地政策就医结算。")
    # 海口: (30000 − 800) × 85 % (海南 file, 三级, 在职), no cross-province cut.
    a = advise(scenario="temporary", insured_in="海口", treated_in="三亚", event_date="2026-12-20", cost="30000")
    assert a.cost.category == "local"
    assert a.cost.fund_pays == Decimal("24820.00")
    # Still cross-province to and from elsewhere.
    assert advise(scenario="temporary", insured_in="海口", treated_in="北京", event_date="2026-12-20").relation == \
        "cross_province"
