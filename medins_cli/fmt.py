"""Money and percentage formatting, shared by the engine's formula strings and every renderer."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal("100")


def money(x: Decimal) -> Decimal:
    """Rounded to the fen, half up, as settlement slips round."""
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt_yuan(x: Decimal) -> str:
    q = money(x)
    return f"{q:.0f}" if q == q.to_integral_value() else f"{q:.2f}"


def fmt_pct(x: Decimal) -> str:
    p = (x * HUNDRED).normalize()
    return f"{p:f}%"
