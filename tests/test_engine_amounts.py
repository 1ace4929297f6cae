"""The estimate's amounts: the engine's own shortcuts say every yuan exactly as fmt_yuan/money do."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from medins_cli import engine
from medins_cli.fmt import fmt_yuan, money

amounts = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False, allow_infinity=False,
                      places=None)


@given(x=amounts)
def test_yuan_of_a_rounded_amount_is_fmt_yuan(x: Decimal) -> None:
    q = money(x)
    assert engine._yuan(q) == fmt_yuan(x) == fmt_yuan(q)


def test_yuan_examples() -> None:
    for x, text in (("1200", "1200"), ("1200.00", "1200"), ("0.005", "0.01"), ("12.5", "12.50"), ("-0", "-0"),
                     ("1E+5", "100000"), ("99999.995", "100000")):
        assert engine._yuan(money(Decimal(x))) == fmt_yuan(Decimal(x)) == text
