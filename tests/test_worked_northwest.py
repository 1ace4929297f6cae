"""Northwest/northeast group (黑龙江 陕西 甘肃 青海 宁夏 新疆 西藏): checks of the shipped figures.

No worked example (报销计算举例) published by a 医保局 of these provinces was found in the research corpus
(searched 2026-11-23; see the head comments of the region files). So these tests are NOT published examples:
each one recomputes a case by hand from the sourced figures in the region file and checks that the engine
reads them as filed. The figures and their sources are named in every test.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, defaults, step

D = dt.date




# ------------------------------------------------------------------ 西安 (610100-xian.yaml, confidence low)


def test_xian_employee_long_term_level3_bands() -> None:
    # 三级 起付线 650 (wendaifu 2022-08-16); 在职 88% to 1万, 91% from 1万 to 5万 (southmoney 2023-09).
    # (10000 − 650) × 88% + (20000 − 10000) × 91% = 8228 + 9100 = 17328.
    a = advise(scenario="long-term", insured_in="西安", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.method == "local_rates"
    assert step(a, "fund_before_cap").formula == "(10000 − 650) × 88% + (20000 − 10000) × 91% = 17328"
    assert a.cost.fund_pays == Decimal("17328.00")
    assert a.cost.out_of_pocket == Decimal("2672.00")
    assert step(a, "cap").formula == "min(17328, 400000) = 17328"
    assert "inpatient.ratio.employee.in_service.level3" not in defaults(a)


def test_xian_employee_retired_level2_top_band() -> None:
    # 二级 起付线 400; 退休 93% to 1万, 95% above (southmoney 2023-09).
    # (10000 − 400) × 93% + (60000 − 10000) × 95% = 8928 + 47500 = 56428.
    a = advise(scenario="long-term", insured_in="610100", treated_in="三亚", event_date="2026-12-01",
               cost="60000", filed=True, retired=True, hospital_level="2")
    assert step(a, "fund_before_cap").formula == (
        "(10000 − 400) × 93% + (50000 − 10000) × 95% + (60000 − 50000) × 95% = 56428")
    assert a.cost.fund_pays == Decimal("56428.00")


def test_xian_resident_long_term_level3() -> None:
    # 居民 三级 起付线 1200, 60% (hbzq 2023-03; ruoyo.com and zyhos.cn agree): (10000 − 1200) × 60% = 5280.
    a = advise(scenario="long-term", insured_in="西安市", treated_in="北京", event_date="2026-12-01",
               cost="10000", filed=True, insurance="resident")
    assert a.cost.fund_pays == Decimal("5280.00")
    assert a.cost.out_of_pocket == Decimal("4720.00")


def test_xian_before_its_figures_uses_labelled_defaults() -> None:
    # The 居民 figures are dated 2023-03-31 (earliest date the source shows them): a Feb 2023 stay has none.
    a = advise(scenario="long-term", insured_in="西安", treated_in="北京", event_date="2023-02-01",
               today=D(2023, 1, 10), cost="10000", filed=True, insurance="resident")
    assert "inpatient.ratio.resident.level3" in defaults(a)


# ------------------------------------------------------------------ 西藏 (540000-xizang.yaml)


def test_xizang_online_filing_takes_effect_at_once() -> None:
    # nq.xzdw.gov.cn 2026-02-10: "我区跨省异地就医可线上自助备案，无需审核，立即生效" → 0 processing days,
    # so the latest day to file is the visit day itself (the national rule would allow up to 2 working days).
    a = advise(scenario="temporary", insured_in="拉萨", treated_in="成都", event_date="2026-12-10", cost="10000")
    d = next(x for x in a.deadlines if x.id == "file_before_visit")
    assert d.date == D(2026, 12, 10)
    assert d.source == "nq-20260210"


# ------------------------------------------------------------------ 甘肃 (620000-gansu.yaml)


def test_gansu_no_filing_inside_the_province() -> None:
    # 甘医保函〔2021〕329号: other insured persons "无需备案即可联网直接结算" in other 统筹区 of the province.
    a = advise(scenario="temporary", insured_in="兰州", treated_in="天水", event_date="2026-12-10")
    f = next(x for x in a.filings if x.id == "intra_province_filing")
    assert f.required is False
    assert "intra_province.filing_required" not in defaults(a)
