"""A message-catalogue key with its parameters.

A module of its own (no medins imports) so that errors, messages, model and regions can all use it
without importing each other in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final


@dataclass(init=False, frozen=True, slots=True)  # slots: a batch makes ~40 of these per case
class Msg:
    """A message-catalogue key with its parameters; rendered later in the reader's language."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    # Written out: compiled (mypyc), this __init__ is native code storing the two fields, while the one dataclasses
    # generates stays interpreted (~10x the cost, for every M()). object.__setattr__ as a frozen class must; mypyc
    # compiles it to the same direct store.
    def __init__(self, key: str, params: dict[str, Any] | None = None) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", {} if params is None else params)

    def __hash__(self) -> int:  # params hold only plain values
        return hash((self.key, tuple(sorted((k, str(v)) for k, v in self.params.items()))))


def M(key: str, **params: Any) -> Msg:
    return Msg(key, params)


_SAID: Final[dict[str, Msg]] = {}  # Final: compiled, a C static rather than a lookup in the module


def said(key: str) -> Msg:
    """A message without parameters: one shared object per key (a Msg is frozen, and nothing changes its
    params), not one per use and case. Bounded by the catalogue's keys. A plain function over a dict rather than
    functools.cache: compiled, the modules that say things call it directly (~15 calls a case in the engine)."""
    m = _SAID.get(key)
    if m is None:
        m = _SAID[key] = Msg(key, {})
    return m


@dataclass(frozen=True, slots=True)
class Text:
    """Text a policy file gives in both languages (a reason written for one region), used as a message parameter
    where the catalogue cannot hold it: rendered in the reader's language like a Msg parameter."""

    zh: str
    en: str


# The keys of messages.py's memo of rendered messages (a batch case freezes ~25 messages' parameters).
def frozen(value: Any) -> Any:
    """A parameter as an exact, hashable key, or None when it has a type not frozen here (it is then rendered
    every time). Exact: 1 and True, 1 and "1", a Msg and its key never meet (each non-str is tagged with its
    type); floats and Decimals are left out (0.0 == -0.0, Decimal("1.0") == 1 but they print differently)."""
    kind = type(value)
    if kind is str:
        return value
    if kind is Msg:
        return frozen_msg(value.key, value.params) if value.params else (Msg, value.key)
    if kind is int or kind is bool or value is None:
        return (kind, value)
    if kind is Text:
        return (Text, value.zh, value.en)
    if kind is tuple or kind is list:
        items: list[Any] = [kind]
        for param in value:
            if type(param) is not str:
                param = frozen(param)
                if param is None:
                    return None
            items.append(param)
        return tuple(items)
    return None


def frozen_msg(key: str, params: dict[str, Any]) -> tuple[Any, ...] | None:
    """A Msg as `frozen` freezes it: (Msg, key, name, value, …); a Msg without parameters is (Msg, key)."""
    items: list[Any] = [Msg, key]
    for name, param in params.items():
        kind = type(param)
        if kind is not str:  # most parameters are text, or a message without parameters: no call for them
            if kind is Msg and not param.params:
                param = (Msg, param.key)
            else:
                param = frozen(param)
                if param is None:
                    return None
        items.append(name)
        items.append(param)
    return tuple(items)
