"""The command line: parse flags, call the service, render. No policy logic lives here.

Every command and option is defined once, in options.py; the argparse parser, `--help` in Chinese and
English, the answers keys and the shell completion are generated from that table. (typer ≥ 0.29 imported
pydantic on every command with options, about half the start-up of `medins check --json`; argparse is in the
standard library and lets the help and the usage errors speak the person's language.)

Exit codes (docs/exit-codes.md): 0 nothing left to do · 1 action required · 2 bad input ·
3 a deadline has passed · 130 cancelled.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from medins_cli import __version__
from medins_cli.errors import ExitCode, MedinsError
from medins_cli.messages import default_lang, t


def _emit_error(exc: MedinsError, lang: str, as_json: bool) -> int:
    message = exc.message(lang)
    if as_json:
        from medins_cli.output import say
        from medins_cli.render_json import dumps, error_dict

        say(dumps(error_dict(exc.code, message, exc.key)))
    print(f"medins: {t('error.prefix', lang)}: {message}", file=sys.stderr)
    return int(exc.exit_code)


def _language(o: dict[str, Any]) -> str | int:
    """The language asked for, or the exit code of the error for a bad one."""
    language = (o.get("lang") or default_lang()).lower()
    if language not in ("zh", "en"):
        return _emit_error(MedinsError("bad_choice", field="--lang", value=o.get("lang"), options="zh, en"), "zh",
                           bool(o.get("as_json")))
    return language


def _path(value: str | None) -> Path | None:
    return Path(value) if value is not None else None


# ------------------------------------------------------------------------------------------------ commands


def check(o: dict[str, Any]) -> int:
    """medins check: one case."""
    from medins_cli.options import ANSWER_KEYS

    language = _language(o)
    if isinstance(language, int):
        return language
    as_json = bool(o["as_json"])
    raw: dict[str, Any] = {k: o[k] for k in ANSWER_KEYS}
    from medins_cli.messages import face

    # Answers from a file alone: messages name its keys (filed_on), not the flags the person never typed.
    from_file = o["answers"] is not None and all(v is None for v in raw.values())
    with face("answers" if from_file else "cli"):
        return _check(o, raw, language, as_json)


def _check(o: dict[str, Any], raw: dict[str, Any], language: str, as_json: bool) -> int:
    try:
        from medins_cli.inputs import parse_date
        from medins_cli.service import check as run

        if o["answers"] is not None:
            from medins_cli.answers import load_answers, merge

            raw = merge(load_answers(Path(o["answers"])), raw)
        day = (parse_date(o["today"], dt.date.today(), field="--today") if o["today"] is not None
               else dt.date.today())
        advice = run(raw, day)
    except MedinsError as exc:
        return _emit_error(exc, language, as_json)

    try:
        # Files first: if one cannot be written, a --json reader gets an error document, not a result.
        written = _write_outputs(advice, raw, language, _path(o["save_answers"]), _path(o["ics"]),
                                 _path(o["export"]))
    except MedinsError as exc:
        return _emit_error(exc, language, as_json)
    if as_json:
        from medins_cli.output import say
        from medins_cli.render_json import advice_to_dict, dumps

        say(dumps(advice_to_dict(advice, language)))
    else:
        from medins_cli.render_rich import render

        render(advice, language, no_color=bool(o["no_color"]))
    for line in written:
        print(line, file=sys.stderr)
    return int(exit_code_for(advice))


def wizard(o: dict[str, Any]) -> int:
    """medins wizard, and medins alone."""
    return _wizard(o.get("lang"), _path(o.get("save_answers")), _path(o.get("ics")), _path(o.get("export")),
                   o.get("today"), bool(o.get("no_color")))


def batch(o: dict[str, Any]) -> int:
    """medins batch: many cases."""
    language = _language(o)
    if isinstance(language, int):
        return language
    from medins_cli.batch import run_batch

    return run_batch(o["file"], input_format=o["input_format"], output_format=o["output_format"],
                     columns=o["columns"], jobs=o["jobs"], today=o["today"], lang=language, emit_error=_emit_error,
                     output=o["output"])


def exit_code_for(advice: Any) -> ExitCode:
    return ExitCode.DEADLINE_PASSED if advice.overdue else (
        ExitCode.ACTION_REQUIRED if advice.action_required else ExitCode.OK)


def _write_outputs(advice: Any, raw: dict[str, Any], lang: str, save_answers: Path | None, ics: Path | None,
                   export: Path | None) -> list[str]:
    """Files asked for with --save-answers/--ics/--export. Returns the confirmations (for stderr: stdout may
    be JSON). Every destination is checked before any is written; if a write still fails (a full disk), the
    error names the files already written."""
    if save_answers is None and ics is None and export is None:
        return []
    from medins_cli.exports import check_export_suffix
    from medins_cli.files import FileProblem, check_destination

    try:
        if export is not None:
            check_export_suffix(export)
        for dest in (save_answers, ics, export):
            if dest is not None:
                check_destination(dest)
    except FileProblem as exc:
        raise exc.as_write_error() from None
    done: list[str] = []
    written: list[str] = []
    try:
        if save_answers is not None:
            from medins_cli.answers import save_answers as save

            save(save_answers, raw, lang)
            done.append(t("saved.answers", lang, file=str(save_answers)))
            written.append(str(save_answers))
        if ics is not None:
            from medins_cli.exports import export_ics

            wrote = export_ics(ics, advice, lang)
            done.append(t("saved.ics" if wrote else "export_no_deadlines", lang, file=str(ics)))
            if wrote:
                written.append(str(ics))
        if export is not None:
            from medins_cli.exports import export_checklist

            export_checklist(export, advice, lang)
            done.append(t("saved.export", lang, file=str(export)))
    except MedinsError as exc:
        if not written:
            raise
        raise MedinsError("write_partly_done", problem=exc.message(lang), written=", ".join(written)) from None
    return done




def _wizard(lang: str | None, save_answers: Path | None, ics: Path | None, export: Path | None,
            today: str | None, no_color: bool) -> int:
    language = (lang or default_lang()).lower()
    if language not in ("zh", "en"):
        return _emit_error(MedinsError("bad_choice", field="--lang", value=lang, options="zh, en"), "zh", False)
    try:
        from medins_cli.inputs import parse_date

        day = parse_date(today, dt.date.today(), field="--today") if today is not None else dt.date.today()
        if not sys.stdin.isatty():
            # A pipe or CI: a prompt would wait for ever or read garbage. Say how to run without one.
            raise MedinsError("wizard_no_tty")
        from medins_cli.wizard import run_wizard  # questionary/prompt_toolkit only on this path

        advice, raw, chosen = run_wizard(language, day, no_color=no_color,
                                         save_answers=save_answers, ics=ics, export=export)
        for line in _write_outputs(advice, raw, language, *chosen):
            print(line, file=sys.stderr)
    except MedinsError as exc:
        return _emit_error(exc, language, False)
    except (KeyboardInterrupt, EOFError):
        # Ctrl-C or Ctrl-D: say what happened, on one line, in the reader's language.
        print("\n" + t("cancelled", language), file=sys.stderr)
        return int(ExitCode.CANCELLED)
    return int(exit_code_for(advice))




# ------------------------------------------------------------------------------------------------ parsing


def _argv_lang(argv: list[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("zh", "en"):
            return argv[i + 1]
        if a.startswith("--lang=") and a[7:] in ("zh", "en"):
            return a[7:]
    return default_lang()


def _json_escapes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        code = ord(ch)
        if code > 0xFFFF:  # a surrogate pair, as JSON writes it
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), exc.end


def _tolerate_narrow_encodings() -> None:
    """PYTHONIOENCODING=ascii or a C locale: write what cannot be encoded as \\uXXXX instead of crashing.
    The escapes are JSON's own, so `--json` output stays the same JSON document."""
    import codecs

    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "异地".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            codecs.register_error("medins-json-escape", _json_escapes)
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="medins-json-escape")  # type: ignore[union-attr]


def _run(command: str, o: dict[str, Any]) -> int:
    if command == "check":
        return check(o)
    if command == "batch":
        return batch(o)
    if command.startswith("policies "):
        from medins_cli import cli_policies

        return cli_policies.run(command.split()[1], o)
    return wizard(o)


def main(argv: list[str] | None = None) -> None:
    """Entry point: parses, runs, and turns every error into a message and a documented exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    lang = _argv_lang(args)
    _tolerate_narrow_encodings()
    try:
        from medins_cli.argv import Usage, parse

        try:
            from medins_cli.inputs import refuse_opposite_flags

            refuse_opposite_flags(args)
            command, o = parse(args, lang)
        except Usage as exc:
            message = f"{t('usage.prefix', lang)}: {exc.message}"
            if "--json" in args:
                from medins_cli.output import say
                from medins_cli.render_json import dumps, error_dict

                say(dumps(error_dict("usage", message)))
            print(f"medins: {message}", file=sys.stderr)
            print(t("usage.see_help", lang, command=exc.command), file=sys.stderr)
            sys.exit(int(ExitCode.BAD_INPUT))
        from medins_cli.output import say

        if command == "version":
            say(f"medins {__version__}")
            sys.exit(0)
        if command == "completion":
            from medins_cli.argv import completion

            say(completion(o["completion"]))
            sys.exit(0)
        code = _run(command, o)
        try:  # what is still buffered goes now, while a closed pipe can still be told from a real failure
            sys.stdout.flush()
        except BrokenPipeError:
            from medins_cli.output import quiet_stdout

            quiet_stdout()
    except MedinsError as exc:
        sys.exit(_emit_error(exc, lang, "--json" in args))
    except (KeyboardInterrupt, EOFError):
        print(t("cancelled", lang), file=sys.stderr)
        sys.exit(int(ExitCode.CANCELLED))
    except SystemExit:
        raise
    except BrokenPipeError:
        # The reader went away (`medins … | head`) somewhere a write is not wrapped in output.say: end quietly,
        # like any Unix tool, as if the rest had been read.
        from medins_cli.output import quiet_stdout

        with contextlib.suppress(OSError, ValueError):
            quiet_stdout()
        sys.exit(int(ExitCode.OK))
    except OSError as exc:
        # The output itself failed (stdout on a full disk, /dev/full, an I/O error): the environment, not a
        # bug. Say so once and stop writing (Python would try to flush again at exit).
        from medins_cli.output import quiet_stdout

        with contextlib.suppress(OSError, ValueError):
            quiet_stdout()
        print(f"medins: {t('error.prefix', lang)}: {t('output_failed', lang, problem=exc.strerror or exc)}",
              file=sys.stderr)
        sys.exit(int(ExitCode.BAD_INPUT))
    except Exception as exc:
        # A bug, but a person still gets one line, not a traceback.
        import os

        if os.environ.get("MEDINS_DEBUG"):
            raise
        print(f"medins: internal error / 内部错误: {exc.__class__.__name__}: {exc} "
              "(MEDINS_DEBUG=1 shows the traceback; please report it)", file=sys.stderr)
        sys.exit(int(ExitCode.INTERNAL))
    sys.exit(int(code or 0))
