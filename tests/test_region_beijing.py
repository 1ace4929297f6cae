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
