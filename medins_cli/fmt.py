"""Money and percentage formatting, shared by the engine's formula strings and every renderer."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from operator import methodcaller

CENT = Decimal("0.01")
HUNDRED = Decimal("100")

# money(x): rounded to the fen, half up, as settlement slips round — x.quantize(CENT, ROUND_HALF_UP). A
# methodcaller rather than a def: a batch case rounds ~55 amounts, and the call frame cost more than the rounding.
money: Callable[[Decimal], Decimal] = methodcaller("quantize", CENT, ROUND_HALF_UP)


def fmt_yuan(x: Decimal) -> str:
    q = money(x)
    return f"{q:.0f}" if q == q.to_integral_value() else f"{q:.2f}"


def fmt_pct(x: Decimal) -> str:
    p = (x * HUNDRED).normalize()
    return f"{p:f}%"
