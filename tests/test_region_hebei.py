"""河北 (130000): checks of the figures in the 河北 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/130000-hebei.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from conftest import advise, defaults

# ------------------------------------------------------------------ intra-province filing
# 河北: https://report.hebei.com.cn/system/2021/10/29/100802404.shtml (取消省内异地就医备案, 2021-09-01).
# 内蒙古: https://careerup.com.cn/message/social/28511.html (自治区内异地就医无需备案, 2023-01-01).


def test_hebei_intra_province_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="石家庄", treated_in="保定", event_date="2026-12-01")
    assert a.relation == "intra_province"
    assert not a.filings[0].required and not a.action_required
    assert "intra_province.filing_required" not in defaults(a)
