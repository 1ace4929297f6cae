"""重庆 (500000): checks of the figures in the 重庆 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/500000-chongqing.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, step

D = dt.date


def test_chongqing_province_file_loads_and_records_its_search() -> None:
    # A comment-only province file must say what was searched, so the next maintainer does not repeat it.
    assert_province_file_records_its_search("500000", "chongqing")


# ------------------------------------------------------------------ 重庆 500000 城乡居民大病保险
# 渝府办发〔2016〕164号 (fx358.com repost) "起付标准至20万元(含)以内报销50%,20万元以上报销60%" (from 2017-01-01);
# 2023 起付线 16901 (重庆社保基金 via cj8836.cn/111073.html), in force 2023 only.


def test_chongqing_resident_2023_serious_illness_from_shipped_figures() -> None:
    # 一档, 二级, a stay in Nov 2023: basic 起付 300 (渝北, in force from 2023-10-30) and 70% (重庆日报 2022-01-04)
    # are shipped.
    # In-scope 100000 →
    # basic (100000 − 300) × 70% = 69790; share 30210; 大病 (30210 − 16901) × 50% = 6654.50.
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2023-11-15", cost="100000",
               hospital_level="2", insurance="resident", tier="1", today=D(2023, 11, 1))
    assert a.cost.method == "local_rates"
    assert a.cost.fund_pays == Decimal("69790.00")
    assert step(a, "serious_illness_pays").formula == "(30210 − 16901) × 50% = 6654.50"
    assert a.cost.serious_illness_pays == Decimal("6654.50")
    assert {s.id for s in a.sources} >= {"cq-yfbf-2016-164", "cq-sbjj-2023-deductible"}


def test_chongqing_serious_illness_not_counted_after_the_last_sourced_year() -> None:
    # The 起付线 is re-set yearly; none is sourced after 2023, so a 2026 stay counts no 大病保险 (and the estimate
    # says so).
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2026-06-01", cost="100000",
               hospital_level="2", insurance="resident", tier="1")
    assert a.cost.serious_illness_pays is None


# ------------------------------------------------------------------ 重庆 500000 职工 住院 (copy, low)
# https://gtuanb.com/ysbzt/202207/1416071.html (社保网, 2022-07):
# "起付标准:一级200元,二级440元,三级880元 … 医保统筹基金:一级90%,二级87%,三级85%,退休人员均为95%". DERIVED tests.


def test_chongqing_employee_temporary_uses_local_figures_and_the_labelled_national_reduction() -> None:
    # 三级 起付 880, 在职 85%; temporary care lowered by the national "about 20 points" (labelled, no 重庆 figure).
    # (20000 − 880) × (85% − 20) = 12428.
    a = advise(scenario="temporary", insured_in="重庆", treated_in="北京", event_date="2026-12-20",
               cost="20000", filed=True)
    assert a.cost is not None
    assert a.cost.method == "local_rates"
    assert step(a, "fund_before_cap").formula == "(20000 − 880) × 65% = 12428"
    assert a.cost.fund_pays == Decimal("12428.00")
    defaults = [d.parameter for d in a.defaults_used]
    assert "cross_province.reduction.temporary" in defaults
    assert "statistics.inpatient_fund_share.employee" not in defaults


def test_chongqing_employee_retired_long_term_level1() -> None:
    # 一级 起付 200, 退休 95%: (20000 − 200) × 95% = 18810.
    a = advise(scenario="long-term", insured_in="重庆", treated_in="北京", event_date="2026-12-20",
               cost="20000", filed=True, retired=True, hospital_level="1")
    assert step(a, "fund_before_cap").formula == "(20000 − 200) × 95% = 18810"
    assert a.cost.fund_pays == Decimal("18810.00")


def test_chongqing_employee_in_service_level2() -> None:
    # 二级 起付 440, 在职 87%: (10000 − 440) × 87% = 8317.20.
    a = advise(scenario="long-term", insured_in="500000", treated_in="上海", event_date="2026-12-20",
               cost="10000", filed=True, hospital_level="2")
    assert a.cost.fund_pays == Decimal("8317.20")


# Published worked example (official page): replayed to the yuan from the shipped data.
# ------------------------------------------------------------------ 重庆市渝北区 (渝北区医疗保障局, 2023-10-30)
# http://www.ybq.gov.cn/bm/qybj/zwgk_70831/zcwd/202310/t20231030_12491196.html (政策问答, 日期 2023-10-30):
# "江某为我区低保边缘家庭成员，参加我市城乡居民基本医疗保险一档，因病在我区某二级医院住院，总费用52000元，其中符合
#  医保政策范围内费用为50000元，出院结算时，享受报销情况如下 一是城乡居民基本医疗保险报销(医保政策范围内费用-起付线)
#  ×报销比例=(50000-300)×70%=34790元；二是大额费用医疗救助…=(50000-34790)×70%=10647元；三是倾斜救助…=937.8元。"
# Only the first step (basic insurance) is the engine's business; 医疗救助 is outside medins. The 一档 二级 起付线 300
# is in 500000-chongqing.yaml from this page, the 一档 二级 70% from the 重庆日报 report of the 2022 notice (the page
# agrees), so the example runs from the shipped data with the person's 缴费档次 as the only extra answer.


def test_yubei_resident_tier1_level2_basic_insurance_34790() -> None:
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2023-10-30",
               today=D(2023, 10, 20), cost="52000", out_of_catalog="2000", hospital_level="2",
               insurance="resident", tier="1")
    assert a.relation == "same_region"
    assert a.cost is not None
    assert a.cost.method == "local_rates"
    assert step(a, "in_scope").amount == Decimal("50000.00")
    assert step(a, "deductible").parameter == "inpatient.deductible.resident.tier1.level2"
    assert step(a, "ratio").parameter == "inpatient.ratio.resident.tier1.level2"
    assert step(a, "fund_before_cap").formula == "(50000 − 300) × 70% = 34790"
    assert a.cost.fund_pays == Decimal("34790.00")  # published: 34790元
    # Before 医疗救助 (which medins does not model) the person bears 52000 − 34790.
    assert a.cost.out_of_pocket == Decimal("17210.00")
    assert {s.id for s in a.sources} >= {"ybq-zcwd-20231030", "cqrb-20220104"}


# ------------------------------------------------------------------ 重庆 城乡居民 一级 and caps (copy, low)
# https://ruoyo.com/wuxian/yiliao/37808.html (2023-04-22): "住院起付线(元) 100 300 800 报销比例(%) 一档 80(未成年人85) …
# 二档 85(未成年人90) … 报销限额(元) 一档80000 二档120000".


def test_chongqing_resident_tier1_level1() -> None:
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2026-11-20",
               cost="10000", hospital_level="1", insurance="resident", tier="1")
    assert a.cost.fund_pays == Decimal("7920.00")  # (10000 − 100) × 80%


def test_chongqing_resident_tier1_cap() -> None:
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2026-11-20",
               cost="300000", hospital_level="3", insurance="resident", tier="1")
    assert a.cost.fund_pays == Decimal("80000.00")  # (300000 − 800) × 50% = 149600, capped at 80000
