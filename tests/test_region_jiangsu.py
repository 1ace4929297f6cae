"""江苏 (320000): checks of the figures in the 江苏 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/320000-jiangsu.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise

# ------------------------------------------------------------------ 溧阳 (溧阳市医疗保障服务中心 reply 2024-11-20)
# http://jsly001.com/read-htm-tid-3931432-fpage-2-page-1.html (forum repost, confidence low):
# 长期居住/急诊 "与市内相应医疗机构支付比例一致"; 转诊 "降5个百分点"; 未按规定办理转诊手续 "降低20个百分点".
# 溧阳's own 起付线 and ratio are not sourced: the person enters 1000 and 90%.


def test_liyang_referral_five_points_lower() -> None:
    a = advise(scenario="referral", insured_in="溧阳", treated_in="上海", event_date="2026-12-01",
               cost="30000", deductible="1000", ratio="0.9", filed=True, referral=True)
    assert a.cost.category == "referral"
    assert a.cost.fund_pays == Decimal("24650.00")  # (30000 − 1000) × (90% − 5)


def test_liyang_emergency_not_lowered() -> None:
    a = advise(scenario="emergency", insured_in="溧阳", treated_in="上海", event_date="2026-12-01",
               cost="30000", deductible="1000", ratio="0.9")
    assert a.cost.fund_pays == Decimal("26100.00")  # (30000 − 1000) × 90%


def test_liyang_filed_temporary_twenty_points_lower_from_its_own_reply() -> None:
    # Filed, not referred: "未按规定办理转诊手续,到市外医疗机构就医…降低20个百分点" is 溧阳's own rule, so the 20 points
    # are cited to the reply, never labelled "本地区…未找到来源，按国家规定".
    a = advise(scenario="temporary", insured_in="溧阳", treated_in="上海", event_date="2026-12-01",
               cost="30000", deductible="1000", ratio="0.9", filed=True)
    assert a.cost.category == "temporary"
    assert a.cost.fund_pays == Decimal("20300.00")  # (30000 − 1000) × (90% − 20)
    assert "cross_province.reduction.temporary" not in [d.parameter for d in a.defaults_used]
    assert "liyang-reply-20241120" in [s.id for s in a.sources]


def test_liyang_unfiled_twenty_points_lower() -> None:
    a = advise(scenario="temporary", insured_in="溧阳", treated_in="上海", event_date="2026-12-01",
               cost="30000", deductible="1000", ratio="0.9", filed=False)
    assert a.cost.category == "unfiled"
    assert a.cost.fund_pays == Decimal("20300.00")  # (30000 − 1000) × (90% − 20)
    # The 20 points are 溧阳's own unfiled rule, not the national temporary norm standing in for it.
    assert "cross_province.reduction.unfiled" not in [d.parameter for d in a.defaults_used]
