"""Typed errors. The core raises these; only the CLI turns them into exit codes."""

from __future__ import annotations

from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    OK = 0  # nothing left to do
    ACTION_REQUIRED = 1  # a required filing or claim is not done yet
    BAD_INPUT = 2  # bad flag, answers file, batch row or policy file
    DEADLINE_PASSED = 3  # a deadline for a required action has passed
    INTERNAL = 70  # a bug in medins (EX_SOFTWARE): one line instead of a traceback
    CANCELLED = 130  # Ctrl-C / Ctrl-D in the wizard


class MedinsError(Exception):
    """An error with a message-catalogue key, so it can be shown in Chinese or English."""

    exit_code: ExitCode = ExitCode.BAD_INPUT
    code: str = "bad_input"

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str = "zh") -> str:
        from medins_cli.messages import t

        return t(self.key, lang, **self.params)

    def __str__(self) -> str:  # pragma: no cover - debugging aid
        return self.message("en")


class InputError(MedinsError):
    code = "bad_input"


class PolicyError(MedinsError):
    code = "bad_policy"
