"""天津 (120000): checks of the figures in the 天津 file (a municipality: one file, one 统筹区).

Every test here is DERIVED: the expected amount is computed by hand from the sourced figures (each test cites the
page) and checks that the engine reads the file as written. No published worked example was found for 天津; the
search record is at the top of policies/regions/120000-tianjin.yaml.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import advise, assert_province_file_records_its_search, defaults, step

from medins_cli.model import M

D = dt.date


def test_tianjin_file_records_its_search() -> None:
    assert_province_file_records_its_search("120000", "tianjin")


# ------------------------------------------------------------------ 职工 住院 (copies, low)
# http://www.3gcnzx.cn/YiLiaoBaoXian/342972.html (2023-09-15): "住院 (住院费—800或1300或1700的门槛费)(85%【在职的】或
# 90%【退休的】)" — one ratio for every level.
# https://aq8.net/238175804.html (2024-10-28): "三级医院起付额第一次住院1700".
# 一级 800: the lowest 门槛费 on 3gcnzx; named 一级 in the undated 市社保中心 reply (jumeiguan)
# and in the 2023 article below.


def test_tianjin_in_service_level3_first_stay() -> None:
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="30000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("1700.00")
    assert step(a, "ratio").parameter == "inpatient.ratio.employee.in_service"
    assert a.cost.fund_pays == Decimal("24055.00")  # (30000 − 1700) × 85%
    assert "low_confidence" in [w for w, _ in a.warnings]  # copies only


def test_tianjin_retired_level1_uses_the_retired_ratio() -> None:
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="1", retired=True)
    assert step(a, "deductible").amount == Decimal("800.00")
    assert a.cost.fund_pays == Decimal("17280.00")  # (20000 − 800) × 90%


# http://www.wenhua.igdzc.com/guancha/2023/0517/11916.html (URL date 2023-05-17; the 社保网 article of 2023-03-01):
# "第一次住院 一级定点医疗机构,起付标准为800元;二级定点医疗机构,起付标准为1100元;三级定点医疗机构,起付标准为1700元"
# and "门诊特殊病 … 起付标准为1300元" — the 1300 on 3gcnzx is the 门特 figure, not 二级.


def test_tianjin_level2_first_stay_deductible_is_1100() -> None:
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2")
    assert step(a, "deductible").amount == Decimal("1100.00")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level2"
    assert M("assume.deductible_zero") not in a.cost.assumptions
    assert a.cost.fund_pays == Decimal("16065.00")  # (20000 − 1100) × 85%


def test_tianjin_level2_retired() -> None:
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True)
    assert a.cost.fund_pays == Decimal("17010.00")  # (20000 − 1100) × 90%


def test_tianjin_stay_before_the_first_page_date_falls_back_to_the_labelled_national_share() -> None:
    # The 天津 ratios rest on a page date (as of 2023-09-15; the 起付线 from 2023-05-17): a stay in 2023-06 has no
    # sourced ratio, so the estimate is not the local one.
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2023-06-05",
               today=D(2023, 5, 20), cost="30000", filed=True, hospital_level="3")
    assert a.cost.method != "local_rates"
    assert "inpatient.ratio.employee.in_service.level3" in defaults(a)


# ------------------------------------------------------------------ 职工 统筹 6万: found, deliberately not used
# http://www.wenhua.igdzc.com/guancha/2023/0517/11916.html (2023-05-17, the 社保网 article):
# "最高限额 6万元以下由统筹基金支付,6万元-45万元由大额医疗救助基金支付". Above 6万 the 大额 fund still
# pays, so the file declares the 6万 under `not_used`: listed with its source and reason, never "未找到来源";
# the estimate applies no cap.

TJ_REASON_ZH = (
    "天津市住院最高支付限额（职工） 60000 元有来源（第三方转载，可信度低；截至 2023-05-17），"
    "但估算未使用：来源称“6万元以下由统筹基金支付,6万元-45万元由大额医疗救助基金支付”："
    "6万元以上还有大额医疗救助基金支付（其比例未找到），按6万元封顶会把大额费用的自付算得过多，"
    "故估算不封顶，6万元以上也按上面的比例估算。来源没有说明6万、45万元是指费用还是基金支付额，"
    "也没有说明45万元以上由谁支付：费用很高时结果会有出入。")


def test_tianjin_employee_6wan_is_found_but_not_used() -> None:
    from medins_cli.render_json import advice_to_dict

    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="100000", filed=True, hospital_level="3")
    # (100000 − 1700) × 85% = 83555: no cap at 6万 (the fund would pay at most 60000 with one).
    assert a.cost.fund_pays == Decimal("83555.00") and a.cost.out_of_pocket == Decimal("16445.00")
    assert a.cost.cap is None and "inpatient.cap.employee" not in defaults(a)
    doc = advice_to_dict(a, "zh")
    assert doc["sourced_not_used"] == [{
        "parameter": "inpatient.cap.employee", "value": 60000, "source": "tj-igdzc-20230517",
        "source_title": "天津医保报销比例2023是多少 天津医保报销比例标准（社保网文章，第三方转载）", "region": "120000",
        "reason": TJ_REASON_ZH}]
    (src,) = [s for s in doc["sources"] if s["id"] == "tj-igdzc-20230517"]
    assert (src["kind"], src["confidence"], src["as_of"], src["effective_from"], src["parameters"], src["cites"]) == (
        "copy", "low", True, "2023-05-17", ["inpatient.cap.employee"],
        ["最高限额 6万元以下由统筹基金支付,6万元-45万元由大额医疗救助基金支付"])
    assert "未计最高支付限额：本地区的限额有来源，但估算有意不按它封顶（原因见“有来源但估算未能使用的数字”）。" in \
        doc["cost"]["assumptions"]


def test_tianjin_resident_has_no_declared_cap() -> None:
    a = advise(scenario="long-term", insured_in="天津", treated_in="海南", event_date="2026-12-01",
               cost="100000", filed=True, hospital_level="3", insurance="resident")
    assert [u.parameter for u in a.sourced_not_used if u.parameter.startswith("inpatient.cap")] == []
