"""The estimate's amounts: the engine's own shortcuts say every yuan exactly as fmt_yuan/money do."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from medins_cli import engine
from medins_cli.fmt import fmt_yuan, money

amounts = st.one_of(
    st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False, allow_infinity=False),
    st.decimals(min_value=Decimal("-1e25"), max_value=Decimal("1e25"), allow_nan=False, allow_infinity=False),
    st.decimals(min_value=Decimal("-1"), max_value=Decimal("1"), allow_nan=False, allow_infinity=False, places=9),
    st.builds(lambda digits, exp: Decimal(digits).scaleb(exp), st.integers(-10**12, 10**12), st.integers(-12, 12)),
)


@given(x=amounts)
def test_yuan_of_a_rounded_amount_is_fmt_yuan(x: Decimal) -> None:
    q = money(x)
    assert engine._yuan(q) == engine._yuan_of(x) == fmt_yuan(x) == fmt_yuan(q)


def test_yuan_examples() -> None:
    for x, text in (("1200", "1200"), ("1200.00", "1200"), ("0.005", "0.01"), ("12.5", "12.50"), ("-0", "-0"),
                     ("1E+5", "100000"), ("99999.995", "100000")):
        assert engine._yuan(money(Decimal(x))) == engine._yuan_of(Decimal(x)) == fmt_yuan(Decimal(x)) == text
