"""The checklist page as a standalone HTML5 document, drawn from the page model with Jinja2.

Jinja2 auto-escapes every value (a region name or a source title can never become markup), and is
imported only here, i.e. only when someone exports HTML. The page needs nothing from the network: the
style sheet is inline and the fonts are the reader's own.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from medins_cli.page import Page

TEMPLATE = Path(__file__).parent / "templates" / "checklist.html"


@lru_cache(maxsize=1)
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True)
    return env.from_string(TEMPLATE.read_text(encoding="utf-8"))


def draw(page: Page) -> str:
    return _template().render(page=page, lab=page.labels)
