"""湖南 (430000): checks of the figures in the 湖南 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/430000-hunan.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step

D = dt.date


def test_hunan_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("430000", "hunan")


# ------------------------------------------------------------------ 邵阳 430500 (low)
# Temporary filing validity 6 months from 邵阳日报 2024-09-03
# http://szb.shaoyangnews.net/syrb/pc/content/202409/03/content_68171.html: "临时外出就医人员备案有效期为6个月".


def test_shaoyang_temporary_filing_valid_for_six_months() -> None:
    # 邵阳: "临时外出就医人员备案有效期为6个月" — an exact 6 months (the national rule is "不少于6个月").
    a = advise(scenario="temporary", insured_in="邵阳", treated_in="北京", event_date="2026-12-01", filed=True,
               filed_on="2026-11-20")
    valid = next(x for x in a.deadlines if x.id == "filing_valid_until")
    assert valid.date == D(2027, 5, 20)
    assert valid.basis.key == "basis.validity"
    assert valid.basis.params["months"] == 6


# ------------------------------------------------------------------ 长沙 430100 职工 (copies, low)
# http://ccschy.com/techan/50f39457a035d9fde5d37eaf807907c5.html (2023-01-06) and https://changsha.iwelife.cn/3906.html:
# 一级 500 / 92 %, 二级 800 / 90 %, 三级 1100 / 85 %; 退休 +2 points; 同级 2nd stay 起付 50 %; 最高实际支付限额 15万.
# DERIVED checks of the file as written.


def test_changsha_employee_in_service_level3() -> None:
    a = advise(scenario="long-term", insured_in="长沙", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1100.00")
    assert a.cost.fund_pays == Decimal("16065.00")  # (20000 − 1100) × 85%


def test_changsha_employee_retired_level2_second_stay() -> None:
    a = advise(scenario="long-term", insured_in="430100", treated_in="三亚", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True, stay="2")
    assert step(a, "deductible").amount == Decimal("400.00")  # 800 × 50%
    assert a.cost.fund_pays == Decimal("18032.00")  # (20000 − 400) × 92%


def test_changsha_employee_fund_capped_at_150000() -> None:
    a = advise(scenario="long-term", insured_in="长沙", treated_in="北京", event_date="2026-12-01",
               cost="300000", filed=True, hospital_level="3")
    assert a.cost.fund_pays == Decimal("150000.00")  # (300000 − 1100) × 85% = 254065 → cap 150000


def test_shaoyang_exact_validity_is_not_called_at_least() -> None:
    # 邵阳's period is exact ("有效期为6个月"): its end is "valid until", not "valid until (at least)", in the dates
    # table, the JSON title, the calendar event and the renewal note; the national floor keeps "(at least)".
    from icalendar import Calendar

    from medins_cli.exports import to_ics
    from medins_cli.messages import t, tm
    from medins_cli.render_json import advice_to_dict

    a = advise(scenario="temporary", insured_in="邵阳", treated_in="广州", event_date="2027-02-20",
               filed_on="2026-07-10", today=D(2026, 12, 1))
    valid = next(x for x in a.deadlines if x.id == "filing_valid_until")
    assert valid.date == D(2027, 1, 10)
    assert (t(valid.title_key, "zh"), t(valid.title_key, "en")) == ("备案有效期至", "Filing valid until")
    doc = advice_to_dict(a, "zh")
    assert [d["title"] for d in doc["deadlines"] if d["id"] == "filing_valid_until"] == ["备案有效期至"]
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(to_ics(a, "zh")).walk("VEVENT")]
    assert "医保提醒：备案有效期至" in summaries
    renew = next(f for f in a.filings if f.id == "renew_filing")
    assert tm(renew.notes[0], "zh") == ("备案有效期到2027-01-10，早于就医日2027-02-20："
                                        "请在国家医保服务平台APP查询备案有效期，"
                                        "已到期或将在就医前到期的，就医前重新备案。")
    assert tm(renew.notes[0], "en").startswith("The filing is valid until 2027-01-10, before the visit on 2027-02-20")
    not_yet = advise(scenario="temporary", insured_in="邵阳", treated_in="广州", event_date="2027-07-20",
                     filed=False, today=D(2026, 12, 1))
    warned = dict(not_yet.warnings)["validity_before_visit"]
    assert tm(warned, "zh") == ("若今天备案，有效期到2027-06-01，早于就医日2027-07-20："
                                "临近就医再备案，或就医前在APP查询有效期。")

    floor = advise(scenario="temporary", insured_in="广州", treated_in="北京", event_date="2026-12-15",
                   filed_on="2026-05-10", today=D(2026, 12, 1))
    national = next(x for x in floor.deadlines if x.id == "filing_valid_until")
    assert t(national.title_key, "zh") == "备案有效期至（至少）"
    assert tm(next(f for f in floor.filings if f.id == "renew_filing").notes[0], "zh").startswith(
        "备案有效期（至少）到2026-11-10")
