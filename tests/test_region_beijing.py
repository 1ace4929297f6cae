"""北京 (110000): checks of the 职工 住院 figures in 110000-beijing.yaml.

DERIVED checks (no published worked example was found): the expected amounts are computed by hand from the
table the file cites and check that the engine reads the bands as written. Source (a copy, confidence low):
banzhengshi.com/shebao/695593.html, the 医保北京 "2021年北京医保报销比例一览表" table as text —
在职 "本年度第一次住院1300,第二次及以后每次650"; 三级 1300-3万 85.0%, 3万-4万 90.0%, 4万-10万 95.0%,
10万-50万 85.0%; 退休 三级 95.5% / 97.0% / 98.5% / 90%; 住院封顶线 50万.
The search records are at the top of policies/regions/110000-beijing.yaml.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step


def test_beijing_in_service_level3_bands() -> None:
    a = advise(scenario="long-term", insured_in="北京", treated_in="海口", event_date="2026-12-01",
               cost="50000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1300.00")
    # (30000 − 1300) × 85% + (40000 − 30000) × 90% + (50000 − 40000) × 95% = 24395 + 9000 + 9500
    assert a.cost.fund_pays == Decimal("42895.00")
    assert "low_confidence" in [w for w, _ in a.warnings]  # the figures rest on a copy


def test_beijing_retired_level3_stops_at_the_500000_segment_end() -> None:
    a = advise(scenario="long-term", insured_in="北京", treated_in="海口", event_date="2026-12-01",
               cost="600000", filed=True, hospital_level="3", retired=True)
    # (30000 − 1300) × 95.5% + 10000 × 97% + 60000 × 98.5% + 400000 × 90% + 100000 × 0
    # = 27408.5 + 9700 + 59100 + 360000 = 456208.5
    assert a.cost.fund_pays == Decimal("456208.50")


def test_beijing_second_stay_deductible_is_650() -> None:
    a = advise(scenario="long-term", insured_in="北京", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="1", stay="2")
    assert step(a, "deductible").amount == Decimal("650.00")
    assert a.cost.fund_pays == Decimal("17415.00")  # (20000 − 650) × 90%


# ------------------------------------------------------------------ 北京 城乡居民 (copy, low)
# http://m.ddtbk.com/techan/49a478eaeb2e9c79e1cc69266079256a.html (2023-02-20, the 医保北京 居民 table):
# 老年人/劳动年龄内居民 起付线 300/800/1300, 封顶线 25万, 80%/78%/75%-78% ("区属三级定点医院住院报销比例为78%");
# "老年人和劳动年龄内居民本年度第二次及以后住院,起付线减半".


def test_beijing_resident_long_term_level3() -> None:
    a = advise(scenario="long-term", insured_in="北京", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", insurance="resident")
    assert a.cost.fund_pays == Decimal("14025.00")  # (20000 − 1300) × 75%


def test_beijing_resident_second_stay_halves_the_deductible() -> None:
    a = advise(scenario="long-term", insured_in="北京", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", insurance="resident", stay="2")
    assert step(a, "deductible").formula == "800 × 0.5 = 400"
    assert a.cost.fund_pays == Decimal("15288.00")  # (20000 − 400) × 78%


def test_beijing_cap_is_in_its_bands_not_missing() -> None:
    # 北京's bands end "above 50万: 0 %": the cap is applied there, so neither "no cap found" nor "0% − 20".
    a = advise(scenario="temporary", insured_in="北京", treated_in="海口", event_date="2026-12-20", filed=True,
               cost="600000")
    keys = [m.key for m in a.cost.assumptions]
    assert "assume.cap_in_bands" in keys and "assume.no_cap" not in keys
    assert next(m for m in a.cost.assumptions if m.key == "assume.cap_in_bands").params == {"upto": "500000"}
    assert "inpatient.cap.employee" not in [d.parameter for d in a.defaults_used]
    assert step(a, "ratio").formula.endswith(">500000: 0%")

