"""Worked examples PUBLISHED by a 医保局 / government site, replayed through the engine.

Only examples found on an official page (gov.cn domain, or a publication clearly the bureau's own) belong here;
each test quotes the example verbatim and asserts the published yuan figure exactly, from the shipped policy
data where the figures are sourced. What counts, the candidates rejected and every search made are recorded in
docs/published-examples.md — read it before searching again.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, step

D = dt.date



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
