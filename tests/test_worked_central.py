"""Central group (河南 湖北 河北 山东): checks of the sourced figures the engine reads.

No official worked example (报销计算举例 with a URL from a 医保局) was found for 河南, 湖北, 河北 or 山东 on
2026-11-23; see the search records at the top of policies/regions/410000-henan.yaml, 420000-hubei.yaml,
130000-hebei.yaml and 370000-shandong.yaml. The expected amounts below are computed by hand from the published
rules (each test cites the page); they are checks that the engine reads the 青岛 and 烟台 files as written.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, step

# ------------------------------------------------------------------ 青岛 (xxg.qdu.edu.cn, 2025-01-20, confidence low)
# http://xxg.qdu.edu.cn/info/1096/1806.htm: "自2025年1月1日起,参保职工在三级医院起付标准统一调整为800元";
# 在职 "4万元以下的部分…三级医院…86%…4万元以上的部分…均为95%"; 退休 "三级医院…93%…4万元以上…均为97%".
# Long-term residents get the 参保地 local standard (医保发〔2022〕22号 §二(五)), so no reduction applies.


def test_qingdao_in_service_level3_banded_at_40000() -> None:
    a = advise(scenario="long-term", insured_in="青岛", treated_in="上海", event_date="2026-12-01",
               cost="50000", filed=True, hospital_level="3")
    assert step(a, "deductible").amount == Decimal("800.00")
    # (40000 − 800) × 86% + (50000 − 40000) × 95% = 33712 + 9500
    assert a.cost.fund_pays == Decimal("43212.00")


def test_qingdao_retired_level3() -> None:
    a = advise(scenario="long-term", insured_in="370200", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3", retired=True)
    assert a.cost.fund_pays == Decimal("17856.00")  # (20000 − 800) × 93%


# ------------------------------------------------------------------ 烟台 (胶东在线 2020-08-21, 烟台市医保局 reply)
# http://www.jiaodong.net/minsheng/system/2020/08/21/014081682.shtml: 起付线 三级医院800元; 三级医院 "起付标准至
# 5000元(含)的部分按80 %支付、5000元至10000元(含)的部分按85%支付、10000元以上至最高支付限额的部分按90%支付".


def test_yantai_in_service_level3_three_bands() -> None:
    a = advise(scenario="long-term", insured_in="烟台", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    # (5000 − 800) × 80% + (10000 − 5000) × 85% + (20000 − 10000) × 90% = 3360 + 4250 + 9000
    assert a.cost.fund_pays == Decimal("16610.00")


def test_yantai_in_service_level1_flat() -> None:
    a = advise(scenario="long-term", insured_in="烟台", treated_in="北京", event_date="2026-12-01",
               cost="10000", filed=True, hospital_level="1")
    assert a.cost.fund_pays == Decimal("8820.00")  # (10000 − 200) × 90%
