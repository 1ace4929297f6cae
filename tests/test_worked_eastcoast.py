"""East coast (安徽 江苏 浙江 福建): a published worked example and checks of the sourced city figures.

Each test cites the page its figures come from; a figure the page gives only for another case (a second stay's
起付线) is passed as the person's own figure.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, step

D = dt.date


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


# ------------------------------------------------------------------ 合肥 (安徽省立医院 医保服务 table, 2020-07-08)
# https://ahslyy.com/cn/xxgkybfw/info_3313.aspx?itemid=95024 —
# "合肥市职工 | 年度首次600元,以后每次300元。| 在职:90% 退休:95% | 30万"


def test_hefei_long_term_level3_employee() -> None:
    # (20000 − 600) × 90% = 17460.
    a = advise(scenario="long-term", insured_in="合肥", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(20000 − 600) × 90% = 17460"
    assert a.cost.fund_pays == Decimal("17460.00")


def test_hefei_cap_applies() -> None:
    # Retired, 三级: (400000 − 600) × 95% = 379430, capped at the 30万 annual limit.
    a = advise(scenario="long-term", insured_in="340100", treated_in="北京", event_date="2026-12-01",
               cost="400000", filed=True, hospital_level="3", retired=True)
    assert a.cost.fund_pays == Decimal("300000.00")
