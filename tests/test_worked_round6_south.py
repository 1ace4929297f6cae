"""Round 6 south group (河南 湖北 湖南 广东 广西 海南): derived checks, one per region filled (2026-11-23).

No official worked example (报销计算举例 with a URL from a 医保局) was found for these provinces in round 6; see the
"Round 6" records at the top of policies/regions/410000-henan.yaml, 420000-hubei.yaml, 430000-hunan.yaml,
440000-guangdong.yaml, 450000-guangxi.yaml and 460000-hainan.yaml. The amounts below are computed by hand from the
published rules; they check that the engine reads the new figures as written.

- 河南 410000: 大病保险 cap 40万 (low) from http://ny.bendibao.com/live/2025317/24872.shtm (镇平县, 2025-03-17):
  "1.1万元—10万元(含10万元)部分,按60%的比例报销;10万元以上部分,按70%的比例报销,大病保险最高支付限额为40万元".
- 邵阳 430500: temporary filing validity 6 months (low) from 邵阳日报 2024-09-03
  http://szb.shaoyangnews.net/syrb/pc/content/202409/03/content_68171.html: "临时外出就医人员备案有效期为6个月".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, step

D = dt.date


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


def test_shaoyang_temporary_filing_valid_for_six_months() -> None:
    # 邵阳: "临时外出就医人员备案有效期为6个月" — an exact 6 months (the national rule is "不少于6个月").
    a = advise(scenario="temporary", insured_in="邵阳", treated_in="北京", event_date="2026-12-01", filed=True,
               filed_on="2026-11-20")
    valid = next(x for x in a.deadlines if x.id == "filing_valid_until")
    assert valid.date == D(2027, 5, 20)
    assert valid.basis.key == "basis.validity"
    assert valid.basis.params["months"] == 6
