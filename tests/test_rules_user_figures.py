"""The person's own figures (--deductible, --ratio, --cap; deductible/ratio/cap in answers files and batch lines).

What the person told us is never contradicted by a default, and never dropped without saying so: a figure of
theirs the estimate cannot use is named, with the reason and what to add.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest
from conftest import advise, step

from medins_cli.messages import face, tm

# 南京 has no sourced 住院 ratio: the estimate is the national average share (84.8 % in 2024) less 20 points.
NANJING = dict(scenario="temporary", insured_in="南京", treated_in="上海", filed=True, event_date="2026-11-10",
               cost="30000")


def _assumptions(a, lang: str = "zh") -> list[str]:  # type: ignore[no-untyped-def]
    return [tm(m, lang) for m in a.cost.assumptions]


def test_user_deductible_without_ratio_is_said_unused_not_used() -> None:
    # The average share already folds in 起付线, so the 900 is not subtracted (30000 × 64.8% = 19440 either way) —
    # and the estimate must not say "it rests on the deductible you entered".
    a = advise(**NANJING, deductible="900")
    assert a.cost.method == "national_average"
    assert a.cost.fund_pays == Decimal("19440.00")
    zh = _assumptions(a)
    assert "估算使用了您输入的起付线、比例或封顶线。" not in zh
    assert ("您输入的起付线 900 元未用于估算：本地区支付比例未找到来源，"
            "全国平均基金支付比例已含起付线的影响，再扣一次会重复计算。"
            "再用 --ratio 输入医保明白卡上的比例，即按您的起付线估算。") in zh
    en = _assumptions(a, "en")
    assert ("The deductible you entered (900 yuan) is not used: your region's payment ratio is not sourced, and the "
            "national average fund share already folds in deductibles, so subtracting yours would count it twice. "
            "Add --ratio with the ratio from your benefits card to estimate with your deductible.") in en
    with face("answers"):
        assert "在 ratio 中填写医保明白卡上的比例，即按您的起付线估算。" in _assumptions(a)[-2]


def test_user_cap_with_a_deductible_is_used_and_the_deductible_still_said_unused() -> None:
    a = advise(**NANJING, deductible="900", cap="10000")
    assert step(a, "cap").amount == Decimal("10000.00")
    assert a.cost.fund_pays == Decimal("10000.00")  # min(19440, 10000)
    zh = _assumptions(a)
    assert "估算使用了您输入的起付线、比例或封顶线。" in zh  # the cap is theirs
    assert any(x.startswith("您输入的起付线 900 元未用于估算") for x in zh)


def test_user_deductible_with_ratio_is_used() -> None:
    a = advise(**NANJING, deductible="900", ratio="80%")
    assert a.cost.method == "user_figures"
    assert a.cost.fund_pays == Decimal("17460.00")  # (30000 − 900) × (80% − 20)
    zh = _assumptions(a)
    assert "估算使用了您输入的起付线、比例或封顶线。" in zh
    assert not any("未用于估算" in x for x in zh)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_user_deductible_unused_in_a_batch_line_names_the_key(lang: str) -> None:
    line = json.dumps({"scenario": "temporary", "insured_in": "南京", "treated_in": "上海", "filed": True,
                       "event_date": "2026-11-10", "cost": 30000, "deductible": 900}, ensure_ascii=False)
    out = subprocess.run([sys.executable, "-m", "medins_cli", "batch", "-", "--today", "2026-12-01", "--lang", lang],
                         input=line + "\n", capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    said = [x for x in doc["cost"]["assumptions"] if "900" in x]
    expected = {"zh": "您填写的起付线 900 元未用于估算：本地区支付比例未找到来源，"
                      "全国平均基金支付比例已含起付线的影响，再扣一次会重复计算。"
                      "在 ratio 中填写医保明白卡上的比例，即按您的起付线估算。",
                "en": "The deductible you gave (900 yuan) is not used: your region's payment ratio is not "
                      "sourced, and the national average fund share already folds in deductibles, so subtracting "
                      "yours would count it twice. Give the ratio from your benefits card as ratio to estimate "
                      "with your deductible."}
    assert said == [expected[lang]]


def test_user_reduction_points_are_said_and_the_regions_own_cut_listed_as_not_used() -> None:
    # 临沂 cuts temporary care by a 10 % 先行自付 (linyi-5879); the person says their cut is 5 points:
    # (30000 − 800) × (80% − 5) = 21900, the estimate says the 5 points are theirs and lists 临沂's rule as not used.
    a = advise(scenario="temporary", insured_in="临沂", treated_in="上海", filed=True, event_date="2026-11-10",
               cost="30000", reduction_points="5")
    assert a.cost.fund_pays == Decimal("21900.00")
    assert "跨省降幅按您输入的 5 个百分点计算。" in _assumptions(a)
    assert "The cross-province cut is the 5 points you entered." in _assumptions(a, "en")
    unused, = a.sourced_not_used
    assert (unused.parameter, unused.source) == ("cross_province.reduction.temporary", "linyi-5879")
    assert tm(unused.reason, "zh") == "本地区的跨省降幅有来源，但您输入了自己的降幅（5 个百分点），估算按您的数字。"


def test_user_reduction_points_against_a_published_cross_province_ratio_are_said_unused() -> None:
    # 石家庄 publishes the referral ratio itself ("经备案,转往京津冀以外医疗协议医疗机构 1500元 76%"), its cut
    # already in it: (30000 − 1500) × 76% = 21660 whatever cut is entered — and that is said.
    a = advise(scenario="referral", referral=True, insured_in="石家庄", treated_in="上海", filed=True,
               event_date="2026-11-10", cost="30000", reduction_points="5")
    assert a.cost.fund_pays == Decimal("21660.00")
    assert ("您输入的降幅（5 个百分点）未用：本地区公布了这类跨省就医的支付比例，已含其降幅。"
            in _assumptions(a))
