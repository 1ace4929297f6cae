"""Answers files: what the wizard saves and `medins check --answers FILE` replays (docs/answers-file.md).

An answers file holds the same fields as the `medins check` flags (underscores or hyphens), so a saved
session and a scripted check are one code path: `service.check(raw, today)`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from medins_cli.errors import InputError
from medins_cli.msg import M
from medins_cli.options import ANSWER_KEYS

FORMAT_KEY = "medins_answers"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 64 * 1024


def _suffix_format(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "yaml"


_YAML_TRUE = ("true", "True", "TRUE")
_YAML_FALSE = ("false", "False", "FALSE")
_YAML_NULL = ("", "~", "null", "Null", "NULL")
SHOWN_CHARS = 60  # a key or value quoted back in a message; the rest is "…"


class _Nested:
    """A list or mapping where an answer should be a single value (refused, never shown: it can be huge)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind


def _clip(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _yaml_pairs(text: str, file: str) -> list[tuple[str, Any, int | str]] | None:
    """(key, value, line) of a flat YAML mapping, read from the parser's event stream.

    Nothing is composed or constructed, so there is no alias expansion, no recursion and no type guessing:
    a plain scalar stays the text that was written (`1:30` is "1:30", not 90; `no` is "no"; `2026-11-20` is
    a string that the date parser reads), except true/false and null as YAML 1.2 spells them. Anchors,
    aliases and tags are refused: an answers file never needs them. None: not a mapping.
    """
    import yaml
    from yaml.events import (
        AliasEvent,
        DocumentEndEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
        StreamEndEvent,
    )

    def line(ev: Any) -> int | str:
        return ev.start_mark.line + 1 if getattr(ev, "start_mark", None) else "?"

    def plain(ev: Any) -> None:
        if isinstance(ev, AliasEvent):
            raise InputError("answers_yaml_unsupported", file=file, line=line(ev), feature="*alias")
        if getattr(ev, "anchor", None) is not None:
            raise InputError("answers_yaml_unsupported", file=file, line=line(ev), feature="&anchor")
        if getattr(ev, "tag", None) is not None:
            raise InputError("answers_yaml_unsupported", file=file, line=line(ev), feature="!tag")

    from medins_cli.yaml_bounded import too_deep

    c_loader = getattr(yaml, "CSafeLoader", None)
    if c_loader is not None:
        # The pure-Python scanner is quadratic in flow nesting (20,000 `[` take 40 s); libyaml refuses such
        # a file at once. Its other messages are worded worse, so the events below still come from PyYAML.
        try:
            for _event in yaml.parse(text, Loader=c_loader):
                pass
        except yaml.YAMLError as exc:
            if too_deep(exc):
                raise InputError("answers_too_deep", file=file) from None
    pairs: list[tuple[str, Any, int | str]] = []
    try:
        events = yaml.parse(text, Loader=yaml.SafeLoader)
        next(events)  # StreamStart
        ev = next(events)
        if isinstance(ev, StreamEndEvent):
            return None
        ev = next(events)  # after DocumentStart: the root node
        plain(ev)
        if not isinstance(ev, MappingStartEvent):
            return None
        while True:
            key_ev = next(events)
            if isinstance(key_ev, MappingEndEvent):
                break
            plain(key_ev)
            if not isinstance(key_ev, ScalarEvent):
                return None
            value_ev = next(events)
            plain(value_ev)
            if isinstance(value_ev, ScalarEvent):
                raw = value_ev.value
                if value_ev.style is None and raw in _YAML_TRUE:
                    value: Any = True
                elif value_ev.style is None and raw in _YAML_FALSE:
                    value = False
                elif value_ev.style is None and raw in _YAML_NULL:
                    value = None
                else:
                    value = raw
            else:
                value = _Nested("list" if isinstance(value_ev, SequenceStartEvent) else "mapping")
            pairs.append((key_ev.value, value, line(key_ev)))
            depth = 1 if isinstance(value, _Nested) else 0
            while depth:  # skip the nested value (refused by the caller) but still check the syntax after it
                inner = next(events)
                plain(inner)
                if isinstance(inner, (SequenceStartEvent, MappingStartEvent)):
                    depth += 1
                elif isinstance(inner, (SequenceEndEvent, MappingEndEvent)):
                    depth -= 1
        assert isinstance(next(events), DocumentEndEvent)
        ev = next(events)
        if isinstance(ev, DocumentStartEvent):
            raise InputError("answers_bad_syntax", file=file, line=line(ev), problem=M("answers_problem.documents"))
    except yaml.reader.ReaderError as exc:
        where = text[: exc.position].count("\n") + 1
        raise InputError("answers_bad_syntax", file=file, line=where,
                         problem=M("answers_problem.character", char=f"U+{exc.character:04X}"
                                   if isinstance(exc.character, int) else str(exc.character))) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError("answers_bad_syntax", file=file, line=mark.line + 1 if mark else "?",
                         problem=getattr(exc, "problem", None) or str(exc)) from None
    return pairs


class _Object:
    """A JSON object as read: its (key, value) pairs, in order (duplicates kept, to be refused by name)."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        self.pairs = pairs


def _json_pairs(text: str, file: str) -> list[tuple[str, Any, int | str]] | None:
    """(key, value, line) of a flat JSON object; numbers stay the text that was written (exact decimals)."""
    try:
        doc = json.loads(text, object_pairs_hook=_Object, parse_int=str, parse_float=str, parse_constant=str)
    except json.JSONDecodeError as exc:
        raise InputError("answers_bad_syntax", file=file, line=exc.lineno, problem=exc.msg) from None
    except RecursionError:
        raise InputError("answers_too_deep", file=file) from None
    if not isinstance(doc, _Object):
        return None
    pairs: list[tuple[str, Any, int | str]] = []
    for key, value in doc.pairs:
        shown = value
        if isinstance(value, _Object):
            shown = _Nested("mapping")
        elif isinstance(value, list):
            shown = _Nested("list")
        pairs.append((key, shown, _json_line(text, key, sum(1 for k, _v, _l in pairs if k == key))))
    return pairs


def _json_line(text: str, key: str, index: int) -> int | str:
    """The line of the index-th occurrence of `"key":` (for duplicate keys); "?" if written with escapes."""
    import re

    found = list(re.finditer(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:", text))
    return text[: found[index].start()].count("\n") + 1 if index < len(found) else "?"


def parse_answers(text: str, file: str, fmt: str = "yaml") -> dict[str, Any]:
    """Parse an answers document into the raw dict `service.check` takes.

    Refused, each with a one-line message: unknown keys, a key given twice, a list or mapping as a value,
    a format version other than 1 (`medins_answers: true` included), YAML anchors, aliases and tags.
    """
    return _raw_from_pairs(_json_pairs(text, file) if fmt == "json" else _yaml_pairs(text, file), file)


_ANSWER_KEY_SET = frozenset(ANSWER_KEYS) - {FORMAT_KEY}


def plain_answers(doc: dict[Any, Any], skip: str | None = None) -> dict[str, Any] | None:
    """raw_from_mapping's raw dict for most lines: every key an answer key as written in the files (no dash, not
    the format key) and every value text, an integer, true/false or null; None for any other line. For them the
    checks of raw_from_mapping pass and give this same dict, in the same order. `skip`: a key read apart (a batch
    line's id), left out as if it had been removed first."""
    raw: dict[str, Any] = {}
    keys = _ANSWER_KEY_SET
    for key, value in doc.items():
        kind = type(value)
        if key in keys:
            if kind is str or kind is bool or value is None:
                raw[key] = value
                continue
            if kind is int:
                raw[key] = str(value)
                continue
        if key == skip:
            continue
        return None
    return raw


def raw_from_mapping(doc: Any, file: str) -> dict[str, Any]:
    """An already decoded answers mapping (one batch line) into the raw dict, with the same checks."""
    if not isinstance(doc, dict):
        raise InputError("answers_not_mapping", file=file)
    raw = plain_answers(doc)
    if raw is not None:
        return raw
    # Any other line takes the checks, for their error messages.
    pairs: list[tuple[str, Any, int | str]] = []
    for key, value in doc.items():
        if isinstance(value, (list, tuple)):
            value = _Nested("list")
        elif isinstance(value, dict):
            value = _Nested("mapping")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        elif not (value is None or isinstance(value, (bool, str))):
            value = _Nested("mapping")
        pairs.append((str(key), value, "?"))
    return _raw_from_pairs(pairs, file)


def _raw_from_pairs(pairs: list[tuple[str, Any, int | str]] | None, file: str) -> dict[str, Any]:
    if pairs is None:
        raise InputError("answers_not_mapping", file=file)
    raw: dict[str, Any] = {}
    first_line: dict[str, int | str] = {}
    for key, value, line in pairs:
        name = key.replace("-", "_")
        if name in first_line:
            raise InputError("answers_duplicate_key", file=file, line=line, key=_clip(key), first=first_line[name])
        first_line[name] = line
        if name == FORMAT_KEY:
            # The version is the number 1 (or "1"): true, 1.0 or 01 are not a version.
            if not (isinstance(value, str) and value.strip() == str(FORMAT_VERSION)):
                shown = value.kind if isinstance(value, _Nested) else _clip(str(value).lower()
                                                                           if isinstance(value, bool) else str(value))
                raise InputError("answers_bad_version", file=file, value=shown, expected=FORMAT_VERSION)
            continue
        if name not in ANSWER_KEYS:
            import difflib

            close = difflib.get_close_matches(name, ANSWER_KEYS, n=1)
            raise InputError("answers_unknown_key", file=file, key=_clip(key),
                             hint=close[0] if close else ", ".join(ANSWER_KEYS), close=bool(close))
        if isinstance(value, _Nested):
            raise InputError("answers_bad_value", file=file, key=key, kind=M(f"answers_kind.{value.kind}"))
        raw[name] = value
    return raw


def load_answers(path: Path) -> dict[str, Any]:
    """Read with a cap that holds for pipes and devices: /dev/zero is refused, a FIFO must deliver in time."""
    from medins_cli.files import FileProblem, read_bounded

    try:
        text = read_bounded(path, MAX_FILE_BYTES).decode("utf-8")
    except FileProblem as exc:
        if exc.reason == "missing":
            raise InputError("answers_missing", file=str(path)) from None
        if exc.reason == "too_large":
            raise InputError("answers_too_large", file=str(path), limit=MAX_FILE_BYTES) from None
        if exc.reason == "not_regular":
            raise InputError("answers_not_regular", file=str(path), kind=exc.kind_msg()) from None
        if exc.reason == "timeout":
            raise InputError("answers_timeout", file=str(path), seconds=exc.params["seconds"]) from None
        raise InputError("answers_unreadable", file=str(path), problem=exc.params.get("problem", "?")) from None
    except UnicodeDecodeError:
        raise InputError("answers_not_utf8", file=str(path)) from None
    return parse_answers(text, str(path), _suffix_format(path))


def merge(from_file: dict[str, Any], from_flags: dict[str, Any]) -> dict[str, Any]:
    """Flags given on the command line override the file; a flag left out keeps the file's answer."""
    merged = dict(from_file)
    merged.update({k: v for k, v in from_flags.items() if v is not None})
    return merged


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _yaml_scalar(value: Any) -> str:
    # JSON scalars are valid YAML; strings stay quoted so that `no`, 0101 or a date never change type,
    # while plain amounts are written as numbers for readability.
    from medins_cli.messages import json_text

    if isinstance(value, str) and value.isascii() and value.isdigit() and not value.startswith("0"):
        return value
    return json_text(json.dumps(value, ensure_ascii=False))


def dump_answers(raw: dict[str, Any], fmt: str, lang: str = "zh") -> str:
    """A human-readable answers document: fixed key order, one commented line per answer, no empty fields."""
    from medins_cli.messages import C, t

    answers = {k: _plain(raw[k]) for k in ANSWER_KEYS if raw.get(k) is not None and raw.get(k) != ""}
    if fmt == "json":
        from medins_cli.messages import json_text

        return json_text(json.dumps({FORMAT_KEY: FORMAT_VERSION, **answers}, ensure_ascii=False, indent=2)) + "\n"
    lines = [t("answers.header", lang), f"{FORMAT_KEY}: {FORMAT_VERSION}"]
    for key, value in answers.items():
        label = f"answers.label.{key}"
        comment = f"  # {t(label, lang)}" if label in C else ""
        lines.append(f"{key}: {_yaml_scalar(value)}{comment}")
    return "\n".join(lines) + "\n"


def save_answers(path: Path, raw: dict[str, Any], lang: str = "zh") -> None:
    """Written 0600 (under the umask) when new: an answers file holds health data. An existing file keeps its
    mode."""
    from medins_cli.files import FileProblem, write_file

    try:
        write_file(path, dump_answers(raw, _suffix_format(path), lang), private=True)
    except FileProblem as exc:
        raise exc.as_write_error() from None
