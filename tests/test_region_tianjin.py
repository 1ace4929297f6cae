"""天津 (120000): checks of the figures in the 天津 file (a municipality: one file, one 统筹区).

Every test here is DERIVED: the expected amount is computed by hand from the sourced figures (each test cites the
page) and checks that the engine reads the file as written. No published worked example was found for 天津; the
search record is at the top of policies/regions/120000-tianjin.yaml.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, defaults, step

from medins_cli.model import M

D = dt.date


def test_tianjin_file_records_its_search() -> None:
    assert_province_file_records_its_search("120000", "tianjin")


# ------------------------------------------------------------------ 职工 住院 (copies, low)
# http://www.3gcnzx.cn/YiLiaoBaoXian/342972.html (2023-09-15): "住院 (住院费—800或1300或1700的门槛费)(85%【在职的】或
# 90%【退休的】)" — one ratio for every level.
# https://aq8.net/238175804.html (2024-10-28): "三级医院起付额第一次住院1700".
# 一级 800: the lowest 门槛费 on 3gcnzx, named 一级 in the undated 市社保中心 reply (jumeiguan). 二级: not entered.


def test_tianjin_in_service_level3_first_stay() -> None:
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1700.00")
    assert step(a, "ratio").parameter == "inpatient.ratio.employee.in_service"
    assert a.cost.fund_pays == Decimal("24055.00")  # (30000 − 1700) × 85%
    assert "low_confidence" in [w for w, _ in a.warnings]  # copies only


def test_tianjin_retired_level1_uses_the_retired_ratio() -> None:
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="1", retired=True)
    assert step(a, "deductible").amount == Decimal("800.00")
    assert a.cost.fund_pays == Decimal("17280.00")  # (20000 − 800) × 90%


def test_tianjin_level2_has_no_sourced_deductible_and_says_so() -> None:
    # The copies disagree on the 二级 门槛费 (1100 vs 1300): none is entered, the estimate counts 0 and says it did.
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2")
    assert M("assume.deductible_zero") in a.cost.assumptions
    assert a.cost.fund_pays == Decimal("17000.00")  # (20000 − 0) × 85%


def test_tianjin_stay_before_the_first_page_date_falls_back_to_the_labelled_national_share() -> None:
    # Every 天津 figure rests on a page date (as of 2023-09-15 at the earliest): a stay in 2023-06 has none of them.
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2023-06-05",
               today=D(2023, 5, 20), cost="30000", filed=True, hospital_level="3")
    assert a.cost.method != "local_rates"
    assert "inpatient.ratio.employee.in_service.level3" in defaults(a)
