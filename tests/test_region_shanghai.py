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


# ------------------------------------------------------------------ 上海 城乡居民 住院 起付线 (official page)
# english.shanghai.gov.cn (上海市人民政府 English portal), "FAQs on medical insurance for overseas talents' families",
# 2024-09-05: "What are the benefits of the 2024 Shanghai resident medical insurance? … Inpatient care Deductibles per
# visit: - Primary hospitals: ¥50 - Secondary hospitals: ¥100 - Tertiary hospitals: ¥300". The same figures were shipped
# from a copy (m.ditoo.cn, 2023-04-18), which stays as the earlier period.

# 上海's 居民 ratios depend on age (not an input), so none is shipped: the 起付线 alone is not used in the estimate and
# the advice lists it as sourced-but-unused, naming the source in force on the stay's date.


def test_shanghai_resident_deductible_rests_on_the_official_page_from_2024_09_05() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2025-03-01",
               cost="20000", filed=True, hospital_level="3", insurance="resident")
    assert [(u.parameter, u.value, u.source) for u in a.sourced_not_used] == [
        ("inpatient.deductible.resident.level3", 300, "sh-english-20240905")]


def test_shanghai_resident_deductible_before_the_official_page_rests_on_the_copy() -> None:
    a = advise(scenario="long-term", insured_in="上海", treated_in="海口", event_date="2024-03-01",
               cost="20000", filed=True, hospital_level="1", insurance="resident")
    assert [(u.parameter, u.value, u.source) for u in a.sourced_not_used] == [
        ("inpatient.deductible.resident.level1", 50, "sh-ditoo-20230418")]
