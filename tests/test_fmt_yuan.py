"""Yuan as written: fmt_fen (an amount already rounded) and fmt_yuan say every amount exactly as the plain definition
(rounded to the fen, whole yuan without decimals) does."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from medins_cli.fmt import fmt_fen, fmt_yuan, money

amounts = st.one_of(
    st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False, allow_infinity=False),
    st.decimals(min_value=Decimal("-1e25"), max_value=Decimal("1e25"), allow_nan=False, allow_infinity=False),
    st.decimals(min_value=Decimal("-1"), max_value=Decimal("1"), allow_nan=False, allow_infinity=False, places=9),
    st.builds(lambda digits, exp: Decimal(digits).scaleb(exp), st.integers(-10**12, 10**12), st.integers(-12, 12)),
)


def plain(x: Decimal) -> str:
    q = money(x)
    return f"{q:.0f}" if q == q.to_integral_value() else f"{q:.2f}"


@given(x=amounts)
def test_yuan_of_a_rounded_amount_is_fmt_yuan(x: Decimal) -> None:
    q = money(x)
    assert fmt_fen(q) == fmt_yuan(x) == fmt_yuan(q) == plain(x)


def test_yuan_examples() -> None:
    for x, text in (("1200", "1200"), ("1200.00", "1200"), ("0.005", "0.01"), ("12.5", "12.50"), ("-0", "-0"),
                     ("1E+5", "100000"), ("99999.995", "100000")):
        assert fmt_fen(money(Decimal(x))) == fmt_yuan(Decimal(x)) == plain(Decimal(x)) == text
