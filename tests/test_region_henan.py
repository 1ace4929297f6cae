"""河南 (410000): checks of the figures in the 河南 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/410000-henan.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, step

D = dt.date


# ------------------------------------------------------------------ 河南 410000 大病保险 cap (low)
# 大病保险 cap 40万 from http://ny.bendibao.com/live/2025317/24872.shtm (镇平县, 2025-03-17):
# "1.1万元—10万元(含10万元)部分,按60%的比例报销;10万元以上部分,按70%的比例报销,大病保险最高支付限额为40万元".


def test_henan_serious_illness_capped_at_400000() -> None:
    # Person's own basic figures (河南 has none sourced): 起付 1000, 60%. In-scope 2000000 →
    # basic (2000000 − 1000) × 60% = 1199400; share 800600;
    # 大病 (100000 − 11000) × 60% + (800600 − 100000) × 70% = 53400 + 490420 = 543820 → capped at 400000.
    a = advise(scenario="temporary", insured_in="河南", treated_in="河南", event_date="2026-11-20", cost="2000000",
               insurance="resident", deductible="1000", ratio="0.6")
    assert a.cost.fund_pays == Decimal("1199400.00")
    assert step(a, "serious_illness_base").formula == "2000000 − 1199400 = 800600"
    pays = step(a, "serious_illness_pays")
    assert pays.formula == ("(100000 − 11000) × 60% + (800600 − 100000) × 70% = 543820; "
                            "min(543820, 400000) = 400000")
    assert pays.parameter == "serious_illness.cap.resident"
    assert a.cost.serious_illness_pays == Decimal("400000.00")
    assert {s.id for s in a.sources} >= {"henan-zzwb-20220513", "henan-bendibao-zhenping-20250317"}


def test_henan_serious_illness_not_capped_before_the_cap_is_known() -> None:
    # The cap's earliest known date is 2025-03-17; a 2024 stay gets the bands without a cap.
    a = advise(scenario="temporary", insured_in="河南", treated_in="河南", event_date="2024-06-01", cost="2000000",
               insurance="resident", deductible="1000", ratio="0.6", today=D(2024, 5, 20))
    assert a.cost.serious_illness_pays == Decimal("543820.00")


# ------------------------------------------------------------------ 河南 410000 大病保险 bands (province-wide)
# 郑州晚报 2022-05-13 https://zzwb.zynews.cn/html/2022-05/13/content_1310005.htm — special groups
# "起付线较普通居民降低50%，起付线为5500元 … 较普通居民提高5个百分点 … 5500元至10万元(含) 65%；10万元以上 75%"
# → general 11000; 60% up to 10万, 70% above (derived, from 2022-05-01). The person's own basic 起付线 and ratio
# are passed (raw `deductible` / `ratio`), so only the 大病 figures come from the policy file.


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


# ------------------------------------------------------------------ 郑州 410100 职工 (official reply + copies)
# https://chs.zhengzhou.gov.cn/mailbox/info.jspx?id=2087137 (郑州市医疗保障局 reply, 2025-03-11, official):
# 郑州市一级、二级医院 起付 300, 95%; 郑州市三级医院 600, 90%. Retiree ratios (97 / 97 / 95 %) only on the copies
# (zz.bendibao.com 2023-04-03; shebao.southmoney.com 2023-06-26). DERIVED checks of the file as written.


def test_zhengzhou_employee_in_service_level3_from_the_official_reply() -> None:
    a = advise(scenario="long-term", insured_in="郑州", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert step(a, "deductible").amount == Decimal("600.00")
    assert a.cost.fund_pays == Decimal("17460.00")  # (20000 − 600) × 90%
    assert "zz-mailbox-2087137" in {s.id for s in a.sources}


def test_zhengzhou_employee_retired_level2_rests_on_the_copy() -> None:
    a = advise(scenario="long-term", insured_in="410100", treated_in="三亚", event_date="2026-12-01",
               cost="10000", filed=True, hospital_level="2", retired=True)
    assert step(a, "ratio").parameter == "inpatient.ratio.employee.retired.level2"
    assert a.cost.fund_pays == Decimal("9409.00")  # (10000 − 300) × 97%
    assert "zz-bendibao-20230403" in {s.id for s in a.sources}


def test_zhengzhou_2024_stay_uses_the_2023_copy_period() -> None:
    # Before the official reply's date (2025-03-11) the same figures rest on the 2023 copy.
    a = advise(scenario="long-term", insured_in="郑州", treated_in="北京", event_date="2024-06-01",
               cost="20000", filed=True, hospital_level="1", today=D(2024, 5, 20))
    assert a.cost.fund_pays == Decimal("18715.00")  # (20000 − 300) × 95%
    assert "zz-bendibao-20230403" in {s.id for s in a.sources}
    assert "zz-mailbox-2087137" not in {s.id for s in a.sources}
