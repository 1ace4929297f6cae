"""Rendering the message catalogue (catalogue.py: every user-facing string, in Chinese first and English).

`t(key, lang, **params)` renders a message; a parameter may itself be a `Msg`, rendered in the same
language. A test checks that every key has both languages and the same placeholders.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from medins_cli.catalogue import CATALOGUE
from medins_cli.msg import Msg, Text, frozen_msg

LANGS = ("zh", "en")

C: dict[str, tuple[str, str]] = CATALOGUE  # its name here (answers and tests read messages.C); never changed


def default_lang() -> str:
    """Chinese first; English when the environment asks for it (MEDINS_LANG, then LC_ALL/LANG)."""
    explicit = os.environ.get("MEDINS_LANG", "").lower()
    if explicit in LANGS:
        return explicit
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


# Which face the reader is using: "cli" (flags), "wizard" (questions) or "answers" (an answers file or batch
# lines: keys such as filed_on). A key may have a variant for a face, `key@wizard` / `key@answers`, worded for
# that face: a wizard user never typed a flag, and someone who wrote `filed_on: 2026-11-20` in a file or a CSV
# column should be told about filed_on, not --filed-on.
FACE: ContextVar[str] = ContextVar("medins_face", default="cli")
LIST_SEP = {"zh": "、", "en": ", "}
# Parameters that name the input a message is about ("--event-date", "--long-term-kind retiree"): on the
# answers face they are written the way the file or line wrote them (options.answer_name).
_INPUT_PARAMS = frozenset({"field", "option", "kind", "yes", "no"})


def set_face(face: str) -> None:
    FACE.set(face)


@contextmanager
def face(name: str) -> Iterator[None]:
    """Messages rendered inside use this face; the one before comes back after (in-process runs, tests)."""
    token = FACE.set(name)
    try:
        yield
    finally:
        FACE.reset(token)


def _as_answers(params: dict[str, Any]) -> dict[str, Any]:
    from medins_cli.options import answer_name

    return {k: (answer_name(v, bare=k in ("field", "option")) or v)
            if k in _INPUT_PARAMS and type(v) is str and v.startswith("--") else v for k, v in params.items()}


def _param(value: Any, lang: str) -> Any:
    if type(value) is str:  # most parameters: skip the checks below (a batch renders ~30 messages a case)
        return value.translate(_CONTROL)
    if isinstance(value, Msg):
        return _render(value.key, lang, value.params)
    if isinstance(value, (list, tuple)):  # a list of names: joined the way each language joins them
        return LIST_SEP["zh" if lang == "zh" else "en"].join(str(_param(v, lang)) for v in value)
    if isinstance(value, Text):  # a policy file's own text in both languages
        return (value.zh if lang == "zh" else value.en).translate(_CONTROL)
    return _shown(value)


_FACED = frozenset(k.partition("@")[0] for k in C if "@" in k)  # keys with a face variant: few, looked up alone


def t(*key_lang: str, **params: Any) -> str:
    """`t(key, lang="zh", **params)`: the message `key` in `lang`. The key and the language are given by position
    only, so that a message may have a parameter named key or lang (answers_unknown_key has {key}); written with
    `*`, since compiled by mypyc `def t(key, lang, /, **params)` refuses t(k, "zh", key=…)."""
    if not 1 <= len(key_lang) <= 2:
        raise TypeError(f"t() takes a key and a language, {len(key_lang)} given")
    return _render(key_lang[0], key_lang[1] if len(key_lang) == 2 else "zh", params)


# Each face's text of each key in each language, its face variant already chosen, filled on first use: most
# of the ~40 messages a batch case renders have no parameters and become one dict lookup. Bounded by the
# catalogue (keys × faces × 2 languages); C is not changed after import.
_TEXTS: dict[tuple[str, int], dict[str, str]] = {}
# And each message with parameters as rendered, by its key and parameters frozen exactly (msg.frozen_msg): the same
# few dozen (a region's 统筹地区, a year's calendar, a share) recur case after case. Per face and language,
# cleared when full, so memory stays flat whatever the input.
_RENDERED: dict[tuple[str, int], dict[tuple[Any, ...], str]] = {}
MAX_RENDERED = 4096


def texts(lang: str) -> dict[str, str]:
    """The current face's texts in `lang`, key → text (filled by `_render`; look up with `.get` and fall back)."""
    where = (FACE.get(), 0 if lang == "zh" else 1)
    table = _TEXTS.get(where)
    if table is None:
        table = _TEXTS[where] = {}
    return table


def _render(key: str, lang: str, params: dict[str, Any]) -> str:
    """`t` for a Msg's own params dict (no second dict built by ** for each of ~30 messages a case)."""
    where = (FACE.get(), 0 if lang == "zh" else 1)
    table = _TEXTS.get(where)
    if table is None:
        table = _TEXTS[where] = {}
    text = table.get(key)
    if text is None:
        entry = (C.get(f"{key}@{where[0]}") or C[key]) if key in _FACED else C[key]
        text = table[key] = entry[where[1]]
    if not params:
        return text
    frozen = frozen_msg(key, params)
    rendered: dict[tuple[Any, ...], str] | None = None  # the memo, when the parameters freeze
    if frozen is not None:
        rendered = _RENDERED.get(where)
        if rendered is None:
            rendered = _RENDERED[where] = {}
        done = rendered.get(frozen)
        if done is not None:
            return done
    if not _INPUT_PARAMS.isdisjoint(params) and where[0] == "answers":
        params = _as_answers(params)
    done = text.format_map({k: _param(v, lang) for k, v in params.items()})
    if frozen is not None and rendered is not None:
        if len(rendered) >= MAX_RENDERED:
            rendered.clear()
        rendered[frozen] = done
    return done


# C0 and C1 controls, DEL, and the bidirectional overrides: a value from an answers file, a flag or a policy
# file must not retitle or clear the terminal, hide text, or reorder a line when it is shown.
_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))} | {
    c: f"\\u{c:04x}" for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def printable(text: str) -> str:
    """`text` with control characters shown as escapes (\\x1b), so it prints as the characters it holds."""
    return text.translate(_CONTROL)


_JSON_ESCAPE = {c: f"\\u{c:04x}" for c in (*range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                                             *range(0x2066, 0x206A), 0x2028, 0x2029)}


def json_text(dumped: str) -> str:
    """A `json.dumps(..., ensure_ascii=False)` result with DEL, C1 and bidi controls written as \\u escapes.

    json only escapes below U+0020; these can only occur inside strings, so the document decodes the same.
    The result is also a valid YAML double-quoted scalar where the input was one.
    """
    return dumped.translate(_JSON_ESCAPE)


def _shown(value: Any) -> Any:
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    return printable(str(value))


def tm(msg: Any, lang: str) -> str:
    """Render a Msg (or pass a plain string through)."""
    if isinstance(msg, Msg):
        return _render(msg.key, lang, msg.params)
    return printable(str(msg))


def renderer(lang: str) -> Callable[[Any], str]:
    """`tm` bound to `lang` and the current face, for a renderer drawing one document (a batch case renders
    ~40 messages): a message is one lookup in the face's table, or in its memo when it has parameters."""
    table = texts(lang)
    rendered = _RENDERED.setdefault((FACE.get(), 0 if lang == "zh" else 1), {})

    def render(msg: Any) -> str:
        if type(msg) is Msg:
            if not msg.params:
                text = table.get(msg.key)
            else:
                frozen = frozen_msg(msg.key, msg.params)
                text = None if frozen is None else rendered.get(frozen)
            if text is not None:
                return text
        return tm(msg, lang)  # renders, and fills the table or the memo

    return render
