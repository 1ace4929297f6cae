"""内蒙古 (150000): checks of the figures in the 内蒙古 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/150000-neimenggu.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step


def test_neimenggu_intra_province_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="呼和浩特", treated_in="包头", event_date="2026-12-01")
    assert not a.filings[0].required and not a.action_required



# ------------------------------------------------------------------ 呼和浩特 150100 职工 起付线 (copy, low)
# http://ccschy.com/news/7244.html (2022-03-23): "三级甲等医院首次1000元,第二次700元,第三次及以上0元 …
# 二级医院首次500元,第二次350元 … 二级以下医院首次300元,第二次210元". No ratio was found.


def test_huhehaote_deductible_alone_leaves_the_estimate_on_the_labelled_national_share() -> None:
    a = advise(scenario="long-term", insured_in="呼和浩特", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert a.cost.method == "national_average"
    assert "statistics.inpatient_fund_share.employee" in defaults(a)


def test_huhehaote_deductibles_with_the_persons_own_ratio() -> None:
    kw = dict(scenario="long-term", insured_in="呼和浩特", treated_in="上海", event_date="2026-12-01",
              cost="20000", filed=True, ratio="0.9")
    assert step(advise(**kw, hospital_level="3"), "deductible").amount == Decimal("1000.00")
    assert step(advise(**kw, hospital_level="2", stay="2"), "deductible").amount == Decimal("350.00")
    assert step(advise(**kw, hospital_level="2", stay="3"), "deductible").amount == Decimal("0.00")
