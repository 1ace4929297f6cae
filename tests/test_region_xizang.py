"""西藏 (540000): checks of the figures in the 西藏 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/540000-xizang.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt

from conftest import advise

D = dt.date


# ------------------------------------------------------------------ 西藏 (540000-xizang.yaml)


def test_xizang_online_filing_takes_effect_at_once() -> None:
    # nq.xzdw.gov.cn 2026-02-10: "我区跨省异地就医可线上自助备案，无需审核，立即生效" → 0 processing days,
    # so the latest day to file is the visit day itself (the national rule would allow up to 2 working days).
    a = advise(scenario="temporary", insured_in="拉萨", treated_in="成都", event_date="2026-12-10", cost="10000")
    d = next(x for x in a.deadlines if x.id == "file_before_visit")
    assert d.date == D(2026, 12, 10)
    assert d.source == "nq-20260210"


def test_xizang_immediate_filing_is_not_cited_as_zero_days_under_article_9() -> None:
    # 经办规程第九条 says two working days; "0个工作日内办结（经办规程第九条）" would misquote it.
    # The basis names 西藏's own rule. Visit Sun 2026-12-20: the last working day before it, Fri 12-18.
    from medins_cli.messages import tm

    a = advise(scenario="temporary", insured_in="拉萨", treated_in="成都", event_date="2026-12-20",
               today=D(2026, 12, 1))
    d = next(x for x in a.deadlines if x.id == "file_before_visit")
    assert (d.date, d.kind, d.basis.key) == (D(2026, 12, 18), "suggestion", "basis.processing_immediate")
    zh = tm(d.basis, "zh")
    assert zh.startswith("西藏自治区：线上自助备案无需审核、立即生效") and "第九条" not in zh and "0个工作日" not in zh
