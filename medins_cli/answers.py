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
from medins_cli.options import ANSWER_KEYS

FORMAT_KEY = "medins_answers"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 64 * 1024


def _suffix_format(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "yaml"


def _scalar(value: Any, key: str, file: str) -> Any:
    # YAML reads an unquoted 2026-11-20 as a date and `yes` as a boolean: both are what the person meant.
    if value is None or isinstance(value, (bool, str, dt.date)):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    raise InputError("answers_bad_value", file=file, key=key, value=repr(value))


def parse_answers(text: str, file: str, fmt: str = "yaml") -> dict[str, Any]:
    """Parse an answers document into the raw dict `service.check` takes. Unknown keys are errors."""
    import yaml

    try:
        if fmt == "json":
            doc = json.loads(text)
        else:
            doc = yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise InputError("answers_bad_syntax", file=file, line=exc.lineno, problem=exc.msg) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError("answers_bad_syntax", file=file, line=mark.line + 1 if mark else "?",
                         problem=getattr(exc, "problem", None) or str(exc)) from None
    except ValueError as exc:  # an impossible unquoted date such as 2026-02-30
        raise InputError("answers_bad_syntax", file=file, line="?", problem=str(exc)) from None
    return raw_from_mapping(doc, file)


def raw_from_mapping(doc: Any, file: str) -> dict[str, Any]:
    """An answers mapping (from a file, or one batch line) into the raw dict. Unknown keys are errors."""
    if not isinstance(doc, dict):
        raise InputError("answers_not_mapping", file=file)
    version = doc.get(FORMAT_KEY, FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise InputError("answers_bad_version", file=file, value=version, expected=FORMAT_VERSION)
    raw: dict[str, Any] = {}
    for key, value in doc.items():
        if key == FORMAT_KEY:
            continue
        name = str(key).replace("-", "_")
        if name not in ANSWER_KEYS:
            import difflib

            close = difflib.get_close_matches(name, ANSWER_KEYS, n=1)
            raise InputError("answers_unknown_key", file=file, key=str(key),
                             hint=close[0] if close else ", ".join(ANSWER_KEYS))
        raw[name] = _scalar(value, str(key), file)
    return raw


def load_answers(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError("answers_too_large", file=str(path), limit=MAX_FILE_BYTES)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("answers_missing", file=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("answers_not_utf8", file=str(path)) from None
    except OSError as exc:
        raise InputError("answers_unreadable", file=str(path), problem=exc.strerror or str(exc)) from None
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
    if isinstance(value, str) and value.isdigit() and not value.startswith("0"):
        return value
    return json.dumps(value, ensure_ascii=False)


def dump_answers(raw: dict[str, Any], fmt: str, lang: str = "zh") -> str:
    """A human-readable answers document: fixed key order, one commented line per answer, no empty fields."""
    from medins_cli.messages import C, t

    answers = {k: _plain(raw[k]) for k in ANSWER_KEYS if raw.get(k) is not None and raw.get(k) != ""}
    if fmt == "json":
        return json.dumps({FORMAT_KEY: FORMAT_VERSION, **answers}, ensure_ascii=False, indent=2) + "\n"
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
