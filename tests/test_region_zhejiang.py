"""浙江 (330000): checks of the figures in the 浙江 city files (杭州 330100).

DERIVED checks (no published worked example was found). Source of the 杭州 figures (a copy, confidence low):
the hospital page nankanhoc.com/index/Index/newsContent/id/1004340 (2020-12-09), "杭州市主城区基本医疗保险待遇
汇总表": 职工 三级 起付800, 起付标准至4万元 在职82%/退休86%, 4万元至36万元 88%/92%, 36万元以上 90%;
其他(含二级) 500, 84/88%, 90/94%; 居民 三级 800 70%.
The search records are at the top of policies/regions/330000-zhejiang.yaml and 330100-hangzhou.yaml.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step


def test_hangzhou_in_service_level3_bands() -> None:
    a = advise(scenario="long-term", insured_in="杭州", treated_in="海口", event_date="2026-12-01",
               cost="100000", filed=True, hospital_level="3")
    # (40000 − 800) × 82% + (100000 − 40000) × 88% = 32144 + 52800
    assert a.cost.fund_pays == Decimal("84944.00")


def test_hangzhou_retired_level2_is_the_other_class() -> None:
    a = advise(scenario="long-term", insured_in="杭州", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True)
    assert step(a, "deductible").amount == Decimal("500.00")
    assert a.cost.fund_pays == Decimal("17160.00")  # (20000 − 500) × 88%


def test_hangzhou_resident_level3() -> None:
    a = advise(scenario="long-term", insured_in="杭州", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", insurance="resident")
    assert a.cost.fund_pays == Decimal("13440.00")  # (20000 − 800) × 70%


# 杭州 跨省 临时外出: m.jxyuer.com/baike/techan/868497.html (2022-10-13):
# "符合医保开支范围的费用由个人先自理20%后按规定结算".
def test_hangzhou_temporary_cross_province_pays_20_percent_first() -> None:
    a = advise(scenario="temporary", insured_in="杭州", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "self_pay_first").formula == "20000 × 20% = 4000"
    assert step(a, "fund_before_cap").formula == "(16000 − 800) × 82% = 12464"
    assert "cross_province.reduction.temporary" not in defaults(a)
