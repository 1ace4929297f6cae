"""上海 (310000): checks of the 职工 住院 figures in 310000-shanghai.yaml.

DERIVED checks (no published worked example was found). Source (a copy, confidence low): readke.com/c/3343615.html
("2022上海医保报销比例", quoting 《上海市职工基本医疗保险办法》): 在职 "起付标准为1500元 … 由统筹基金支付85%"; 退休
"2001年1月1日后退休的,起付标准为1200元 … 由统筹基金支付92%". One figure for every hospital level.
The search records are at the top of policies/regions/310000-shanghai.yaml.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step


def test_shanghai_in_service_any_level() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.in_service"
    assert a.cost.fund_pays == Decimal("15725.00")  # (20000 − 1500) × 85%


def test_shanghai_retired_uses_the_1200_deductible_and_92_percent() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", retired=True)
    assert a.cost.fund_pays == Decimal("17296.00")  # (20000 − 1200) × 92%
