"""A synthetic policy tree K times the real one, for the scaling benchmark (never shipped, never advice).

Every regional file is copied K − 1 times as made-up prefectures of its province (codes PP5000…PP9999, named
合成PP…市), with the regions added to regions.json, so that indexes, caches and `validate` see K times the
files while the real regions keep their own chains.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path


def multiply_tree(src: Path, dst: Path, k: int) -> int:
    """Copy `src` to `dst` with the regional files ×k. Returns the number of policy files in `dst`."""
    shutil.copytree(src, dst)
    regions = json.loads((dst / "regions.json").read_text(encoding="utf-8"))
    used = {r["code"] for r in regions["regions"]}
    originals = sorted((dst / "regions").glob("*.yaml"))
    next_slot: dict[str, int] = {}
    for path in originals:
        text = path.read_text(encoding="utf-8")
        code = path.name[:6]
        province = code[:2] + "0000"
        for _ in range(k - 1):
            # PP5000, PP5100 … PP9900, then PP5001 …: codes GB/T 2260 leaves unused for prefectures.
            slot = next_slot.get(province, 0)
            new = f"{code[:2]}{50 + slot % 50:02d}{slot // 50:02d}"
            while new in used:
                slot += 1
                new = f"{code[:2]}{50 + slot % 50:02d}{slot // 50:02d}"
            next_slot[province] = slot + 1
            used.add(new)
            body = re.sub(r'(?m)^region: .*$', f'region: "{new}"', text, count=1)
            body = re.sub(r'(?m)^name: .*$', f"name: 合成{new}市", body, count=1)
            (dst / "regions" / f"{new}-synth.yaml").write_text(body, encoding="utf-8")
            regions["regions"].append({"code": new, "name": f"合成{new}市", "short": f"合成{new}",
                                       "pinyin": f"synth{new}", "kind": "prefecture", "province": province})
    (dst / "regions.json").write_text(json.dumps(regions, ensure_ascii=False), encoding="utf-8")
    return len(list((dst / "regions").glob("*.yaml"))) + 1
