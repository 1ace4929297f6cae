"""吉林 (220000): checks of the figures in the 吉林 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/220000-jilin.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import advise, defaults, step

# ------------------------------------------------------------------ 吉林 and 吉林市: in-province tiers stay in-province
# The only 吉林 pages found (延边医保 2023-08-09 at quangouzu.com; 吉林市 pages at wybk.com and m.ddtbk.com) answer
# "吉林省内异地就医需要备案吗?": three tiers (long-term filing = home ratio; 转诊/急诊 −10 points; "自行异地就医的无需
# 备案" −20 points). The third tier needs no filing, which only holds inside the province: cross-province inpatient
# care is filed first (医保发〔2024〕21号 一(二) "原则上'先备案，后结算'"). So cross-province care uses the
# national rules, labelled as defaults, and unfiled care is never priced from these tiers (rule: test_rules_provenance).


def test_jilinshi_resident_referral_uses_the_national_reduction_not_the_in_province_table() -> None:
    # With the person's own local figures (起付 1000, 60%): (20000 − 1000) × (60% − 10) = 9500; the national
    # referral reduction (about 10 points) is labelled as a default.
    a = advise(scenario="referral", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3", deductible="1000", ratio="0.6")
    assert a.cost.fund_pays == Decimal("9500.00")
    assert "cross_province.reduction.referral" in defaults(a)
    assert not any(s.region in ("220000", "220200") for s in a.sources)


def test_jilinshi_unfiled_is_an_assumption_with_the_may_pay_nothing_warning() -> None:
    a = advise(scenario="temporary", insured_in="吉林市", treated_in="北京", event_date="2026-12-01",
               cost="20000", insurance="resident", hospital_level="2", deductible="600", ratio="0.6")
    assert a.cost.category == "unfiled"
    unfiled = next(d for d in a.defaults_used if d.parameter == "cross_province.reduction.unfiled")
    assert unfiled.basis == "assumption"
    assert any(w == "unfiled_may_pay_nothing" for w, _ in a.warnings)


def test_changchun_and_yanbian_employee_use_the_national_reductions() -> None:
    a = advise(scenario="temporary", insured_in="长春", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.method == "national_average"
    assert step(a, "ratio").formula == "84.8% − 20 = 64.8%"
    assert "cross_province.reduction.temporary" in defaults(a)
    b = advise(scenario="referral", insured_in="延边", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True)
    assert step(b, "ratio").formula == "84.8% − 10 = 74.8%"
    assert "cross_province.reduction.referral" in defaults(b)
