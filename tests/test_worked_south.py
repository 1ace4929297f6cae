"""South group (湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南): data checks and fallback behaviour.

No official worked example (报销计算举例 by a 医保局 of these provinces) was found in the research corpus
(2026-11-23; see the search records at the top of each province file). The tests below therefore check
that every province has a documented file, and that an insured region without sourced figures falls back
to the labelled national defaults while a sourced city rule (深圳) still wins over an empty province file.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import advise

from medins_cli.policy import load_file
from medins_cli.regions import load_regions

REGIONS = Path(__file__).resolve().parent.parent / "policies" / "regions"

SOUTH = {
    "420000": "hubei",
    "430000": "hunan",
    "440000": "guangdong",
    "450000": "guangxi",
    "460000": "hainan",
    "500000": "chongqing",
    "510000": "sichuan",
    "520000": "guizhou",
    "530000": "yunnan",
}


@pytest.mark.parametrize(("code", "pinyin"), sorted(SOUTH.items()))
def test_province_file_exists_loads_and_records_its_search(code: str, pinyin: str) -> None:
    path = REGIONS / f"{code}-{pinyin}.yaml"
    assert path.exists(), path.name
    pf = load_file(path)
    assert pf.region == code
    assert load_regions().by_code[code].pinyin == pinyin
    text = path.read_text(encoding="utf-8")
    # A comment-only file must say what was searched, so the next maintainer does not repeat it.
    assert "Searched" in text and "Wanted" in text


def test_chongqing_without_sourced_figures_uses_labelled_national_defaults() -> None:
    # 500000-chongqing.yaml has no parameters: the ratio is the national 职工 average (84.8%, nhsa-bulletin-2024)
    # and temporary care is lowered by the national "about 20 points" (医保发〔2024〕21号). Both are labelled.
    a = advise(scenario="temporary", insured_in="重庆", treated_in="北京", event_date="2026-12-20",
               cost="20000", filed=True)
    assert a.cost is not None
    assert a.cost.method == "national_average"
    assert a.cost.fund_pays == Decimal("12960.00")  # 20000 × (84.8% − 20)
    defaults = [d.parameter for d in a.defaults_used]
    assert "cross_province.reduction.temporary" in defaults
    assert "statistics.inpatient_fund_share.employee" in defaults


def test_shenzhen_city_rule_wins_over_empty_guangdong_file() -> None:
    # 440300-shenzhen.yaml (深圳市人民政府令第358号 第四十条(三), sz.gov.cn reply): temporary care × 0.8, so the
    # reduction is not a default; the empty 440000-guangdong.yaml must not hide it. 20000 × 84.8% × 0.8 = 13568.
    a = advise(scenario="temporary", insured_in="深圳", treated_in="北京", event_date="2026-12-20",
               cost="20000", filed=True)
    assert a.cost is not None
    assert a.cost.fund_pays == Decimal("13568.00")
    assert "cross_province.reduction.temporary" not in [d.parameter for d in a.defaults_used]
