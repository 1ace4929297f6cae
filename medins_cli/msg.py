"""A message-catalogue key with its parameters.

A module of its own (no medins imports) so that errors, messages, model and regions can all use it
without importing each other in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any


@dataclass(frozen=True, slots=True)  # slots: a batch makes ~40 of these per case
class Msg:
    """A message-catalogue key with its parameters; rendered later in the reader's language."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # params hold only plain values
        return hash((self.key, tuple(sorted((k, str(v)) for k, v in self.params.items()))))


def M(key: str, **params: Any) -> Msg:
    return Msg(key, params)


@cache
def said(key: str) -> Msg:
    """A message without parameters: one shared object per key (a Msg is frozen, and nothing changes its
    params), not one per use and case. Bounded by the catalogue's keys."""
    return Msg(key, {})


@dataclass(frozen=True, slots=True)
class Text:
    """Text a policy file gives in both languages (a reason written for one region), used as a message parameter
    where the catalogue cannot hold it: rendered in the reader's language like a Msg parameter."""

    zh: str
    en: str
