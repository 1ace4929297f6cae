"""河北 (130000): checks of the figures in the 河北 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/130000-hebei.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, defaults, step

D = dt.date

# ------------------------------------------------------------------ intra-province filing
# 河北: https://report.hebei.com.cn/system/2021/10/29/100802404.shtml (取消省内异地就医备案, 2021-09-01).
# 内蒙古: https://careerup.com.cn/message/social/28511.html (自治区内异地就医无需备案, 2023-01-01).


def test_hebei_intra_province_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="石家庄", treated_in="保定", event_date="2026-12-01")
    assert a.relation == "intra_province"
    assert not a.filings[0].required and not a.action_required
    assert "intra_province.filing_required" not in defaults(a)


# ------------------------------------------------------------------ 石家庄 130100 (copies, low)
# 2024: http://m.shbk.net/techan/523457dfa3b491f3e7d1d10ec0ec11cc.html (2024-08-13) — 本市市区 一级 100元 98%,
# 二级 500元 90%, 市属三级 600元 85%, 省属三级 900元 82%; "经备案,转往京津冀以外医疗协议医疗机构 1500元 76%";
# "退休职工起付线在在职职工基础上降100元,但最低不低于100元,支付比例比在职职工提高3个百分点,个人负担比例不低于1%".
# Before: http://shebao.southmoney.com/yiliao/baoxiao/202205/286607_2.html (2022-05-12) — 二级 700元 85%,
# 省属三级 1200元 80%. level3 = 省属三级 (see the file's head).


def test_shijiazhuang_in_service_level3_is_the_provincial_class() -> None:
    a = advise(scenario="long-term", insured_in="石家庄", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert a.cost.fund_pays == Decimal("15662.00")  # (20000 − 900) × 82%


def test_shijiazhuang_retired_level2_follows_the_stated_rule() -> None:
    a = advise(scenario="long-term", insured_in="石家庄", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True)
    assert step(a, "deductible").amount == Decimal("400.00")  # 500 − 100
    assert a.cost.fund_pays == Decimal("18228.00")  # (20000 − 400) × 93%


def test_shijiazhuang_2023_stay_uses_the_earlier_figures() -> None:
    a = advise(scenario="long-term", insured_in="石家庄", treated_in="上海", event_date="2023-06-01",
               today=D(2023, 5, 20), cost="20000", filed=True, hospital_level="3")
    assert a.cost.fund_pays == Decimal("15040.00")  # (20000 − 1200) × 80%


def test_shijiazhuang_filed_referral_outside_jingjinji_uses_its_published_figures() -> None:
    a = advise(scenario="referral", insured_in="石家庄", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, referral=True, hospital_level="3")
    assert step(a, "ratio").parameter == "cross_province.ratio.employee.in_service.referral"
    assert a.cost.fund_pays == Decimal("14060.00")  # (20000 − 1500) × 76%
