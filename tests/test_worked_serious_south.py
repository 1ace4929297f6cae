"""大病保险 (城乡居民 serious-illness insurance), south group round 5 (2026-11-23): derived checks, one per region
filled.

Each test checks that the engine pays 大病保险 from the figures entered in the region's file (起付线, ratio bands,
cap), like the 青海 test in tests/test_engine.py. Where the region has no sourced basic-insurance figures, the
person's own basic 起付线 and ratio are passed (raw `deductible` / `ratio`), so only the 大病 figures come from the
policy file.

Sources (see each file's `sources:`):
- 河南 410000 (province-wide): 郑州晚报 2022-05-13 https://zzwb.zynews.cn/html/2022-05/13/content_1310005.htm —
  special groups "起付线较普通居民降低50%，起付线为5500元 … 较普通居民提高5个百分点 … 5500元至10万元(含) 65%；
  10万元以上 75%" → general 11000; 60% up to 10万, 70% above (derived, from 2022-05-01).
- 重庆 500000: 渝府办发〔2016〕164号 (fx358.com repost) "起付标准至20万元(含)以内报销50%,20万元以上报销60%"
  (from 2017-01-01); 2023 起付线 16901 (重庆社保基金 via cj8836.cn/111073.html), in force 2023 only.
- 广州 440100: m.gz.bendibao.com/gzsi/302310.html — 1.8万–3.6万 60%, above 75%, cap 40万 (low); worked example
  http://gz.bendibao.com/gzsi/2022624/si317816.shtml (third party, 2022-06-24): "(3.029万元-1.8万元)×60%=0.737万元".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, step

D = dt.date


def test_henan_resident_serious_illness_bands_from_the_2022_notice() -> None:
    # Person's own basic figures (河南 has none sourced): 起付 1000, 60%. In-scope 400000 →
    # basic (400000 − 1000) × 60% = 239400; share 160600; 大病 (100000 − 11000) × 60% + (160600 − 100000) × 70% = 95820.
    a = advise(scenario="temporary", insured_in="河南", treated_in="河南", event_date="2026-11-20", cost="400000",
               insurance="resident", deductible="1000", ratio="0.6")
    assert a.cost.fund_pays == Decimal("239400.00")
    assert step(a, "serious_illness_base").formula == "400000 − 239400 = 160600"
    assert step(a, "serious_illness_deductible").parameter == "serious_illness.deductible.resident"
    assert step(a, "serious_illness_pays").formula == (
        "(100000 − 11000) × 60% + (160600 − 100000) × 70% = 95820; min(95820, 400000) = 95820")  # cap 40万 (2025)
    assert a.cost.serious_illness_pays == Decimal("95820.00")
    assert a.cost.out_of_pocket == Decimal("64780.00")
    assert {s.id for s in a.sources} >= {"henan-zzwb-20220513"}


def test_henan_below_the_serious_illness_deductible_pays_nothing() -> None:
    # share (20000 − 1000) × 40% + 1000 = 8600 < 11000
    a = advise(scenario="temporary", insured_in="河南", treated_in="河南", event_date="2026-11-20", cost="20000",
               insurance="resident", deductible="1000", ratio="0.6")
    assert a.cost.serious_illness_pays == Decimal("0.00")


def test_chongqing_resident_2023_serious_illness_from_shipped_figures() -> None:
    # 一档, 二级, a stay in Nov 2023: basic 起付 300 (渝北, in force from 2023-10-30) and 70% (重庆日报 2022-01-04)
    # are shipped.
    # In-scope 100000 →
    # basic (100000 − 300) × 70% = 69790; share 30210; 大病 (30210 − 16901) × 50% = 6654.50.
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2023-11-15", cost="100000",
               hospital_level="2", insurance="resident", tier="1", today=D(2023, 11, 1))
    assert a.cost.method == "local_rates"
    assert a.cost.fund_pays == Decimal("69790.00")
    assert step(a, "serious_illness_pays").formula == "(30210 − 16901) × 50% = 6654.50"
    assert a.cost.serious_illness_pays == Decimal("6654.50")
    assert {s.id for s in a.sources} >= {"cq-yfbf-2016-164", "cq-sbjj-2023-deductible"}


def test_chongqing_serious_illness_not_counted_after_the_last_sourced_year() -> None:
    # The 起付线 is re-set yearly; none is sourced after 2023, so a 2026 stay counts no 大病保险 (and the estimate
    # says so).
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2026-06-01", cost="100000",
               hospital_level="2", insurance="resident", tier="1")
    assert a.cost.serious_illness_pays is None


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


def test_guiyang_cap_alone_does_not_count_serious_illness() -> None:
    # 贵阳 has only the 大病 cap (20万) sourced: without 起付线 and ratio the engine counts no 大病保险.
    a = advise(scenario="temporary", insured_in="贵阳", treated_in="贵阳", event_date="2026-11-20", cost="300000",
               hospital_level="3", insurance="resident")
    assert a.cost.serious_illness_pays is None
