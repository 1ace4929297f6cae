"""甘肃 (620000): checks of the figures in the 甘肃 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/620000-gansu.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 甘肃 (620000-gansu.yaml)


def test_gansu_no_filing_inside_the_province() -> None:
    # 甘医保函〔2021〕329号: other insured persons "无需备案即可联网直接结算" in other 统筹区 of the province.
    a = advise(scenario="temporary", insured_in="兰州", treated_in="天水", event_date="2026-12-10")
    f = next(x for x in a.filings if x.id == "intra_province_filing")
    assert f.required is False
    assert "intra_province.filing_required" not in defaults(a)


# ------------------------------------------------------------------ 兰州 (620100-lanzhou.yaml)
# 人民网甘肃 2022-08-18 (http://gs.people.com.cn/BIG5/n2/2022/0818/c404528-40086249.html): from 2022-09-01 在职
# "起付线以上至10000元 … 94%；10000元以上至20000元 … 96%；20000元以上至60000元 … 98%", 退休 95/97/99%,
# 职工大额医疗保险 95% (above 60000). 兰州晚报 via 每日甘肃网 2023-05-10 (https://gansuci.cn/2023/0510/310555.shtml):
# 职工 三级甲等 起付 1000, 居民 三级甲等 1400, 居民 cap 8万, from May 2023.


def test_lanzhou_in_service_level3_bands() -> None:
    a = advise(scenario="long-term", insured_in="兰州", treated_in="北京", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1000.00")
    # (10000 − 1000) × 94% + (20000 − 10000) × 96% + (30000 − 20000) × 98% = 8460 + 9600 + 9800
    assert a.cost.fund_pays == Decimal("27860.00")
    assert "inpatient.ratio.employee.in_service" not in defaults(a)


def test_lanzhou_retired_above_60000_gets_the_dae_band() -> None:
    a = advise(scenario="long-term", insured_in="620100", treated_in="海口", event_date="2026-12-01",
               cost="80000", filed=True, hospital_level="3", retired=True)
    # (10000 − 1000) × 95% + 10000 × 97% + 40000 × 99% + (80000 − 60000) × 95% = 8550 + 9700 + 39600 + 19000
    assert a.cost.fund_pays == Decimal("76850.00")


def test_lanzhou_resident_level3_capped_at_80000() -> None:
    a = advise(scenario="long-term", insured_in="兰州", treated_in="北京", event_date="2026-12-01",
               cost="200000", filed=True, insurance="resident", hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1400.00")
    # (200000 − 1400) × 65% = 129090 → capped at 80000 (2018 ratio, confidence low)
    assert a.cost.fund_pays == Decimal("80000.00")


def test_lanzhou_before_may_2023_has_no_level3_deductible() -> None:
    a = advise(scenario="long-term", insured_in="兰州", treated_in="北京", event_date="2023-03-01",
               cost="10000", filed=True, hospital_level="3")
    assert any(k.startswith("inpatient.deductible.employee") for k in defaults(a))


# ------------------------------------------------------------------ 甘肃 (province-wide) via 兰州 城乡居民
# 大病: https://www.ningxian.gov.cn/ybj/xxgk/fdzdgknr/msxx/content_20446 (宁县医保局, 2022-11-30):
# "个人自负政策范围内医疗费用
# 超过起付线5000元以上的部分作为补偿基数…补偿基数0-1万元(含1万元)报销60%;1-2万元(含2万元)报销65%;2-5万元(含5万元)报销7
# 0%;
# 5万元-10万元(含10万元)报销75%;10 万元以上报销 80%" (bands on the amount above 5000 → absolute
# 15000/25000/55000/105000).
# 兰州 basic (620100-lanzhou.yaml): 居民 三级甲等 起付 1400 (兰州晚报 2023-05-10), 三级 65% (甘肃日报 2018-06-27),
# cap 8万.
def test_lanzhou_resident_serious_illness_uses_the_gansu_bands() -> None:
    a = advise(scenario="temporary", insured_in="兰州", treated_in="兰州", event_date="2026-11-20", cost="100000",
               insurance="resident", hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(100000 − 1400) × 65% = 64090"
    assert step(a, "serious_illness_base").formula == "100000 − 64090 = 35910"
    assert step(a, "serious_illness_deductible").parameter == "serious_illness.deductible.resident"
    # (15000 − 5000) × 60% + (25000 − 15000) × 65% + (35910 − 25000) × 70% = 6000 + 6500 + 7637
    assert a.cost.serious_illness_pays == Decimal("20137.00")
    assert a.cost.out_of_pocket == Decimal("15773.00")  # 100000 − 64090 − 20137


def test_lanzhou_resident_share_below_the_gansu_deductible_gets_no_serious_illness_pay() -> None:
    # 10000 at 三级: fund (10000 − 1400) × 65% = 5590; personal share 4410 < 5000.
    a = advise(scenario="temporary", insured_in="兰州", treated_in="兰州", event_date="2026-11-20", cost="10000",
               insurance="resident", hospital_level="3")
    assert a.cost.fund_pays == Decimal("5590.00")
    assert a.cost.serious_illness_pays == Decimal("0.00")
