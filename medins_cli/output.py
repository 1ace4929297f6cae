"""Writing to stdout when the reader may go away (`medins … | head`).

Unix tools stop quietly when the pipe closes; click would exit 1 and rich would too, and 1 means "action
required" here. So a closed pipe silences the rest of the output and the command keeps its own exit code.
"""

from __future__ import annotations

import os
import sys


def quiet_stdout() -> None:
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def say(text: str = "") -> None:
    try:
        print(text, flush=True)  # flush here, so a closed pipe shows up inside this try
    except BrokenPipeError:
        quiet_stdout()
