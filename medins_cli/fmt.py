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
    """An amount in yuan as the checklist and the formulas write it: to the fen, whole yuan without decimals
    (1200, 12.50, 0.01)."""
    return fmt_fen(money(x))


def fmt_fen(q: Decimal) -> str:
    """fmt_yuan of an amount already rounded to the fen (q is money(x)), without rounding it again: the engine
    writes ~20 such amounts a case. With two places (exponent -2), str() is plain notation, f"{q:.2f}" exactly."""
    text = str(q)
    return text[:-3] if text.endswith(".00") else text


def fmt_pct(x: Decimal) -> str:
    p = (x * HUNDRED).normalize()
    return f"{p:f}%"
