"""Plain text tables and wrapping by display width (a Chinese character is two columns).

For the long listings (`medins policies list`, `coverage`: 70+ rows): rich measures and wraps every cell of a
big table, several times the cost of the data; these tables have no colour to carry, so they are laid out
here, in the same shape rich draws (┃ header, ━╇ rule, │ rows).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+|\s+")
_NO_LINE_START = set("，。；：、）》」』！？,.;:)")


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, limit: int) -> list[str]:
    """Greedy wrapping by display width: a Chinese character may break anywhere (not before closing
    punctuation); Latin words break only at spaces."""
    lines: list[str] = []
    line, used = "", 0
    for tok in _TOKEN.findall(" ".join(text.split())):
        if tok.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        w = width(tok)
        if used + w > limit and line.strip() and tok not in _NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + tok, used + w
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _pad(text: str, w: int, right: bool) -> str:
    gap = " " * (w - width(text))
    return gap + text if right else text + gap


def grid(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool],
         total_width: int, fold_last: bool = False) -> str:
    """The table as text, no trailing spaces. With `fold_last`, the last column takes the width that is left
    and its cells wrap onto more lines."""
    n = len(headers)
    widths = [max([width(headers[i])] + [width(r[i]) for r in rows]) for i in range(n)]
    if fold_last:
        fixed = sum(widths[:-1]) + 3 * (n - 1)
        widths[-1] = max(min(widths[-1], total_width - fixed), 12)
    out = [title] if title else []
    out.append(" ┃ ".join(_pad(h, widths[i], right[i]) for i, h in enumerate(headers)).rstrip())
    out.append("━╇━".join("━" * w for w in widths))
    for r in rows:
        cells = [[c] for c in r]
        if fold_last:
            cells[-1] = wrap(r[-1], widths[-1])
        for k in range(max(len(c) for c in cells)):
            parts = [_pad(c[k] if k < len(c) else "", widths[i], right[i]) for i, c in enumerate(cells)]
            out.append(" │ ".join(parts).rstrip())
    return "\n".join(out)
