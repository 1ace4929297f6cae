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
# Second search, 2026-11-23 (`search` corpus pages, ~55 long body-style queries: 举例/案例/算一算/例如, 职工/居民,
# 一级/二级/三级/乡镇卫生院, 1万–15万元, 医疗救助/大病保险/倾斜救助/脱贫人口, 市长信箱/问政 replies; corpus code and
# docs; find_string "医保政策范围内费用-起付线", "-起付线)×", "起付线)×", "统筹基金支付=(", "符合医保政策范围内费用为"
# → no hits). No further OFFICIAL, region-specific inpatient example was found. Rejected:
# - generic "老郭" example "合计 9500 元。扣除 1300 元的起付线，纳入报销范围的费用是 8200 元。则本次老郭的医疗费用，
#   医保能够报销 8200*80%=6560 元" (诊疗2000+甲类3000+乙类5000, 乙类自付10%,
#   "当地起付线是 1300 元", 80%): hypothetical, no region's real figures; only on non-gov hosts — hlj.sina.com.cn
#   2020-06-05 ("省医疗保障局相关负责人…举例说明", via ZAKER), jiuquan.cc 2021-03-16 ("嘉峪关市医疗保障局供稿"),
#   bkbbs.net (临沂). Engine-expressible only by folding 乙类先行自付 500 into out_of_catalog.
# - 宁波 居民 三级: "(22000-1500-500-1200)*70%=13160元" — http://m.jwbk.com/techan/e0eed0076ac4010ca7eb111d6294a169.html
#   (2023-11-08, third-party; cites 宁波医疗保障 https://mp.weixin.qq.com/s/wPm-3OQcDFhCIS0cf8AkSw, not in the corpus).
#   Expressible (cost 22000, out_of_catalog 2000 incl. 乙类先行自付 500, deductible 1200, ratio 0.7 → 13160) once an
#   official copy is found.
# - 宁波 2014 居民 三级 banded "居民医保基金支付66120元" (89400 in scope, 起付线900, personal 32%/27%/22% by band) —
#   http://www.laodong66.com/yiliaobaoxian/89927_2.html (2014-08-27, third-party, "市医疗保险中心…解读"); outdated.
# - 荆州 公安县人社局 reply, http://e.jznews.com.cn/N_QuestInfo.aspx?Code=79893 (2018-11-20, newspaper 问政 platform):
#   "(4088.05×60%=2452.83) … ((3172.87-1200)×90%×60%=1065.35元) … 3518.18元" — 起付线 taken from the 乙类 part only
#   and 乙类 self-pay applied after it; not (in-scope − 起付线) × ratio, so not engine-expressible.
# - 乌鲁木齐 "{30000-1000-20000*0.1-600}*0.55=14520元" — http://m.51igbt.cn/techan/24548.html (no attribution).
# Official pages seen with figures but no worked example (leads for policy files, not tests): 盐城 市长信箱 reply
# https://wap.yancheng.gov.cn/jact/front/mailpubdetail.do?sysid=1&transactId=297394 (2024-12-12: 二级/县级三级 起付标准
# 700元/次, 70%); 牟定 http://mdx.gov.cn/info/3009/49134.htm (2024-09-12); 蚌山 https://www.bengshan.gov.cn/zfxxgk/public/23841/52044190.html.
