"""Where the policy data lives: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def policy_root() -> Path:
    override = os.environ.get("MEDINS_POLICY_DIR")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    installed = here / "policies"  # the wheel copies policies/ here
    if (installed / "national.yaml").is_file():
        return installed
    return here.parent / "policies"  # source checkout or editable install
