"""云南 (530000): checks of the figures in the 云南 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/530000-yunnan.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, defaults, step


def test_yunnan_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("530000", "yunnan")


# ------------------------------------------------------------------ 昆明 (530100-kunming.yaml, confidence medium)
# Source: 昆政办〔2019〕102号 via https://hrlib.ciic-cloud.cn/news/info?id=0be8a9e1f95d48ccb502c6c60b8faa69


def test_kunming_employee_level3_deductible_and_ratio() -> None:
    # 起付 三级 880 (昆政办〔2019〕102号) and, since 2026-12-01's data, the 2024 ratio table
    # (m.shbk.net 2024-08-12, copy): 在职 三级 85%.
    a = advise(scenario="long-term", insured_in="昆明", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True)
    assert "inpatient.deductible.employee.level3" not in defaults(a)
    assert "inpatient.ratio.employee.in_service.level3" not in defaults(a)
    assert a.cost.fund_pays == Decimal("16252.00")  # (20000 − 880) × 85%


def test_kunming_employee_retired_level1_uses_the_2024_deductible() -> None:
    # The 2024 table gives 一级 起付 200 (the 2019 notice: 400) and 退休 95%.
    a = advise(scenario="long-term", insured_in="530100", treated_in="三亚", event_date="2026-12-01",
               cost="10000", filed=True, hospital_level="1", retired=True)
    assert step(a, "deductible").amount == Decimal("200.00")
    assert a.cost.fund_pays == Decimal("9310.00")  # (10000 − 200) × 95%
