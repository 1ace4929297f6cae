"""福建 (350000): checks of the figures in the 福建 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/350000-fujian.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

# ------------------------------------------------------------------ 福州 (海峡网 2022-06-13, mirror; confidence low)
# http://www.jhtzpj.com/news/fj/fz/202206/13/2071639.shtml — published worked example:
# "职工小王在某三甲医疗机构住院,为本年度第二次住院,政策范围内费用是30000元 … 调整后:(30000-560)×87%=25612.8"


def test_fuzhou_published_example_second_stay_level3() -> None:
    # Long-term residents get the local standard (22号文 §二(五)); the second-stay 起付线 560 (800 − 240) and the
    # 87% both come from 350100-fuzhou.yaml.
    a = advise(scenario="long-term", insured_in="福州", treated_in="上海", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3", stay="2")
    assert step(a, "deductible").parameter == "inpatient.deductible_later.employee.level3"
    assert step(a, "fund_before_cap").formula == "(30000 − 560) × 87% = 25612.80"
    assert a.cost.fund_pays == Decimal("25612.80")
    assert a.cost.out_of_pocket == Decimal("4387.20")


def test_fuzhou_first_stay_uses_the_sourced_800() -> None:
    # Derived: first stay at a 三级 hospital, 起付线 800 (gtuanb 1477818), 在职 87%: (30000 − 800) × 87% = 25404.
    a = advise(scenario="long-term", insured_in="350100", treated_in="北京", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert a.cost.fund_pays == Decimal("25404.00")


def test_fuzhou_retiree_level3() -> None:
    # 退休 三甲 92% (gtuanb 1477818): (30000 − 800) × 92% = 26864.
    a = advise(scenario="long-term", insured_in="福州", treated_in="北京", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3", retired=True)
    assert a.cost.fund_pays == Decimal("26864.00")
