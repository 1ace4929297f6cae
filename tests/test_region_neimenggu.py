"""内蒙古 (150000): checks of the figures in the 内蒙古 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/150000-neimenggu.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

from conftest import advise


def test_neimenggu_intra_province_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="呼和浩特", treated_in="包头", event_date="2026-12-01")
    assert not a.filings[0].required and not a.action_required
