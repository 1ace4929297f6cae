"""广东 (440000): checks of the figures in the 广东 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/440000-guangdong.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step


def test_guangdong_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("440000", "guangdong")


# ------------------------------------------------------------------ 广州 440100 城乡居民大病保险 (low)
# m.gz.bendibao.com/gzsi/302310.html — 1.8万–3.6万 60%, above 75%, cap 40万; worked example
# http://gz.bendibao.com/gzsi/2022624/si317816.shtml (third party, 2022-06-24): "(3.029万元-1.8万元)×60%=0.737万元".


def test_guangzhou_bendibao_worked_example_7374() -> None:
    # gz.bendibao.com 2022-06-24 (third party): 10万元 in a 三级 hospital, 全自费 100 + 乙类先自付 100 (medins has no
    # 乙类先自付,
    # so both are passed as out-of-catalogue), basic 起付 500 and 70% (person's own) → basic 9.93万 × 70% = 69510;
    # share 30290 ("3.029万元"); 大病 (30290 − 18000) × 60% = 7374 ("0.737万元"); person pays 23116 ("2.312万元").
    a = advise(scenario="temporary", insured_in="广州", treated_in="广州", event_date="2026-11-20", cost="100000",
               out_of_catalog="200", hospital_level="3", insurance="resident", deductible="500", ratio="0.7")
    assert step(a, "fund_before_cap").formula == "(99800 − 500) × 70% = 69510"
    assert step(a, "serious_illness_base").formula == "99800 − 69510 = 30290"
    assert step(a, "serious_illness_pays").formula == "(30290 − 18000) × 60% = 7374; min(7374, 400000) = 7374"
    assert (a.cost.fund_pays, a.cost.serious_illness_pays, a.cost.out_of_pocket) == (
        Decimal("69510.00"), Decimal("7374.00"), Decimal("23116.00"))


def test_guangzhou_serious_illness_second_band_and_cap() -> None:
    # In-scope 1000000, own 起付 500 / 70%, own basic cap 200000 → basic 200000; share 800000;
    # 大病 (36000 − 18000) × 60% + (800000 − 36000) × 75% = 583800, capped at 400000.
    a = advise(scenario="temporary", insured_in="广州", treated_in="广州", event_date="2026-11-20", cost="1000000",
               hospital_level="3", insurance="resident", deductible="500", ratio="0.7", cap="200000")
    assert step(a, "serious_illness_pays").formula == (
        "(36000 − 18000) × 60% + (800000 − 36000) × 75% = 583800; min(583800, 400000) = 400000")
    assert a.cost.serious_illness_pays == Decimal("400000.00")
    assert step(a, "serious_illness_pays").parameter == "serious_illness.cap.resident"


def test_shenzhen_city_rule_wins_over_empty_guangdong_file() -> None:
    # 440300-shenzhen.yaml (深圳市人民政府令第358号 第四十条(三), sz.gov.cn reply): temporary care × 0.8, so the
    # reduction is not a default; the empty 440000-guangdong.yaml must not hide it. 20000 × 84.8% × 0.8 = 13568.
    a = advise(scenario="temporary", insured_in="深圳", treated_in="北京", event_date="2026-12-20",
               cost="20000", filed=True)
    assert a.cost is not None
    assert a.cost.fund_pays == Decimal("13568.00")
    assert "cross_province.reduction.temporary" not in [d.parameter for d in a.defaults_used]


# ------------------------------------------------------------------ 广州 440100 职工 (copies, low)
# 《广州市社会医疗保险规定》(令第193号) from 2022-12-01: 每次住院起付 250 / 500 / 1000 for in-service and retired
# (ycgssw.com copy of a 广州医保 Q&A); the earlier split figures ended 2022-11-30 and are not entered.
# Ratios 在职 90 / 85 / 80 %, 退休 93 / 89.5 / 86 % (xiangrikui.com 2016-03-03; cfcxkj.com 2023-05-27). DERIVED checks.


def test_guangzhou_employee_in_service_level3_after_the_2022_reform() -> None:
    a = advise(scenario="long-term", insured_in="广州", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert step(a, "deductible").amount == Decimal("1000.00")
    assert a.cost.fund_pays == Decimal("15200.00")  # (20000 − 1000) × 80%


def test_guangzhou_employee_retired_level2() -> None:
    a = advise(scenario="long-term", insured_in="440100", treated_in="三亚", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True)
    assert a.cost.fund_pays == Decimal("17452.50")  # (20000 − 500) × 89.5%


# ------------------------------------------------------------------ 广州 440100 备案 processing time (official)
# gz.gov.cn post_9628377 (穗好办 异地就医备案, 2024-04-30): "后台工作人员将在2个工作日内完成审批". The suggested
# date's basis quotes 广州's page; 经办规程第九条 is the national rule, cited only where the national figure applies.

GZ_PROCESSING = {
    "zh": "广州市规定备案2个工作日内办结（原文：“后台工作人员将在2个工作日内完成审批”），"
          "自申请次日起算（民法典第二百零一条）",
    "en": "广州市: a filing is finished within 2 working days (its page: “后台工作人员将在2个工作日内完成审批”), "
          "counted from the day after the application (Civil Code art. 201)",
}


def _suggestion(insured_in: str, event_date: str, today: dt.date):  # type: ignore[no-untyped-def]
    a = advise(scenario="temporary", insured_in=insured_in, treated_in="北京", event_date=event_date, today=today)
    return next(d for d in a.deadlines if d.id == "file_before_visit")


def test_guangzhou_processing_time_cites_its_own_page_not_article_9() -> None:
    from medins_cli.messages import tm

    d = _suggestion("广州", "2026-12-20", dt.date(2026, 12, 1))  # Sun: 2 working days before Fri 12-18, from Wed 12-16
    assert (d.date, d.source) == (dt.date(2026, 12, 16), "gz-9628377")
    assert (tm(d.basis, "zh"), tm(d.basis, "en")) == (GZ_PROCESSING["zh"], GZ_PROCESSING["en"])


def test_guangzhou_processing_time_before_a_holiday_cites_its_own_page_too() -> None:
    from medins_cli.messages import tm

    d = _suggestion("广州", "2027-10-09", dt.date(2027, 1, 5))
    assert d.date == dt.date(2027, 9, 28)
    assert tm(d.basis, "zh") == (GZ_PROCESSING["zh"] + "；本工具未收录2027年国庆节的调休安排，"
                                 "节后几天可能调为休息日，故建议在节前办结")


def test_a_region_without_its_own_processing_time_cites_article_9() -> None:
    from medins_cli.messages import tm

    d = _suggestion("临沂", "2026-12-20", dt.date(2026, 12, 1))
    assert (d.date, d.source) == (dt.date(2026, 12, 16), "nhsa-2022-22")
    assert tm(d.basis, "zh") == "线上备案原则上2个工作日内办结（经办规程第九条），自申请次日起算（民法典第二百零一条）"
    assert tm(d.basis, "en") == ("Online filings are finished within 2 working days in principle (经办规程 art. 9), "
                                 "counted from the day after the application (Civil Code art. 201)")
