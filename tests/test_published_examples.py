"""Worked examples PUBLISHED by a 医保局 / government site, replayed through the engine.

Only examples found on an official page (gov.cn domain, or a mirror clearly attributed to the bureau) belong
here; each test quotes the example verbatim and asserts the published yuan figure exactly.

Searched 2026-11-23 (`search`, corpus pages, ~60 long body-style queries; corpus code; find_string). Only ONE
official inpatient example with yuan figures was found (渝北区, below). Candidates that were rejected, with why,
are listed in the module-level comment at the end of this file so the next maintainer does not repeat them.
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
# Only the first step (basic insurance) is the engine's business; 医疗救助 is outside medins. The 一档 起付线 300
# and 70% are passed as the person's own figures (medins has no 档 dimension; see 500000-chongqing.yaml).


def test_yubei_resident_tier1_level2_basic_insurance_34790() -> None:
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2023-10-30",
               today=D(2023, 10, 20), cost="52000", out_of_catalog="2000", hospital_level="2",
               insurance="resident", deductible="300", ratio="0.7")
    assert a.relation == "same_region"
    assert a.cost is not None
    assert a.cost.method == "user_figures"
    assert step(a, "in_scope").amount == Decimal("50000.00")
    assert step(a, "fund_before_cap").formula == "(50000 − 300) × 70% = 34790"
    assert a.cost.fund_pays == Decimal("34790.00")  # published: 34790元
    # Before 医疗救助 (which medins does not model) the person bears 52000 − 34790.
    assert a.cost.out_of_pocket == Decimal("17210.00")


# ------------------------------------------------------------------ candidates NOT tested (see report)
# - 厦门 职工 三级 首次住院: "(11000-1000)×90%=9000元" — only on third-party pages without attribution to the bureau
#   (http://g.xiamen.manmankan.com/zixun/11402 ; http://news.tbv.cn/world/2023/0623/89945.html, 2023-06-23). The
#   arithmetic is engine-expressible (cost 12000, out_of_catalog 1000, deductible 1000, ratio 0.9 → 9000) but the
#   provenance fails the evidence rules.
# - 廊坊 退休职工 in 北京, 门诊慢特病 (not inpatient): "费用总额64.29元 … 符合基本医保基金支付范围内费用共计61.11 …
#   乙类先行自付金额3.18元 … 按照参保地的支付比例80%，基金支付48.89(61.11*80%)元" — http://jingyanla.com/a/13/04041Q52512023.html
#   (headed "潍坊市跨省异地就医直接结算基金支付政策是什么?", third-party, undated; no official copy found).
# - 大病保险 segment example "150000 … 扣除大病保险起付线12000元 … 三段累加合计93800元" —
#   http://idiamond.net/wsbs/sb/ynbx/cjwt/202403/t20240304_3495336.shtml (mirror of an unnamed gov 常见问题 page,
#   2024-03-04; region unknown; 大病保险 is not modelled by the engine).
