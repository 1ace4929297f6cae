"""The argparse parser, built from the option table (options.py) in the reader's language.

`parse(args, lang)` returns the command ("check", "batch", "policies show", "wizard", "version", "completion")
and every option of that command with its value or its default. `--help` prints the generated help and exits 0;
a usage error raises `Usage` with a message in `lang` (argparse's own wording goes through the catalogue below,
the way argparse asks to be translated: its module-level gettext `_`).
"""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from medins_cli.grid import wrap
from medins_cli.messages import t
from medins_cli.options import COMMANDS, GROUPS, LANG, NO_COLOR, ROOT, TOP, Opt, defaults

# argparse's own strings (Python 3.10–3.13) in Chinese; English is argparse's own. Anything not listed stays as
# argparse words it, so a new Python cannot break the parser, only leave a phrase in English.
_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示此帮助并退出",
    "unrecognized arguments: %s": "不认识的参数：%s",
    "the following arguments are required: %s": "缺少参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多一个值",
    "expected at least one argument": "至少一个值",
    "invalid choice: %(value)r (choose from %(choices)s)": "没有 %(value)r 这一项（可选：%(choices)s）",
    "ambiguous option: %(option)s could match %(matches)s": "参数 %(option)s 有歧义，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同用",
    "ignored explicit argument %r": "不接受值 %r",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
}
_lang = "zh"


def _gettext(text: str) -> str:
    return _ZH.get(text, text) if _lang == "zh" else text


def _ngettext(singular: str, plural: str, n: int) -> str:
    text = singular if n == 1 else plural
    if _lang == "zh" and text.startswith("expected %s argument"):
        return "需要 %s 个值"
    return text


argparse._ = _gettext  # type: ignore[attr-defined]
argparse.ngettext = _ngettext  # type: ignore[attr-defined]


class Usage(Exception):
    def __init__(self, message: str, command: str) -> None:
        super().__init__(message)
        self.message = message
        self.command = command


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        import shutil

        width = min(shutil.get_terminal_size((100, 24)).columns, 120) - 2
        super().__init__(prog, max_help_position=32, width=width)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for para in text.splitlines() for line in wrap(para, width - len(indent)))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise Usage(message, self.prog)

    def print_help(self, file: Any = None) -> None:
        text = self.format_help()
        # Whole lines, no trailing spaces: help is often piped into less or a file.
        if file is None:  # through output.say: `medins --help | head` ends quietly
            from medins_cli.output import say

            say("\n".join(line.rstrip() for line in text.splitlines()))
            return
        file.write("\n".join(line.rstrip() for line in text.splitlines()) + "\n")


def _int_in(opt: Opt, lang: str) -> Any:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not (opt.low or 0) <= value <= (opt.high or value):
            raise argparse.ArgumentTypeError(t("usage.bad_int", lang, low=opt.low, high=opt.high, value=text))
        return value

    return convert


def _add(parser: argparse.ArgumentParser, opt: Opt, lang: str) -> None:
    help_text = t(opt.help_key, lang).replace("%", "%%")  # argparse formats help with %
    if opt.kind == "arg":
        parser.add_argument(opt.dest, metavar=opt.metavar, help=help_text, nargs="?" if opt.optional_arg else None,
                            default=argparse.SUPPRESS)
    elif opt.kind == "switch":
        parser.add_argument(*opt.flags, dest=opt.dest, action="store_true", help=help_text, default=argparse.SUPPRESS)
    elif opt.kind == "pair":
        group = parser.add_mutually_exclusive_group()
        group.add_argument(*opt.flags, dest=opt.dest, action="store_const", const=True, help=help_text,
                           default=argparse.SUPPRESS)
        group.add_argument(opt.off, dest=opt.dest, action="store_const", const=False, help=argparse.SUPPRESS,
                           default=argparse.SUPPRESS)
    elif opt.kind == "int":
        parser.add_argument(*opt.flags, dest=opt.dest, metavar=opt.metavar, type=_int_in(opt, lang), help=help_text,
                            default=argparse.SUPPRESS)
    else:
        parser.add_argument(*opt.flags, dest=opt.dest, metavar=opt.metavar, help=help_text, default=argparse.SUPPRESS)


def _pair_label(opt: Opt) -> str:
    return f"{opt.flags[0]}/{opt.off}"


def _new(prog: str, lang: str, description: str, opts: tuple[Opt, ...], epilog: str | None = None,
         sub: Any = None, name: str | None = None) -> argparse.ArgumentParser:
    kwargs: dict[str, Any] = {"description": description, "epilog": epilog, "formatter_class": _Formatter,
                              "add_help": False, "allow_abbrev": False}
    if sub is not None:
        parser = sub.add_parser(name, help=description.replace("%", "%%"), **kwargs)
    else:
        parser = _Parser(prog=prog, **kwargs)
    parser.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=t("opt.help", lang))
    for opt in opts:
        _add(parser, opt, lang)
    return parser


def _command_in(args: list[str]) -> str | None:
    """The command named in `args` (the first word that is not a root option or its value), if any."""
    takes_value = {f for o in ROOT if o.kind == "value" for f in o.flags}
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a in takes_value:
            skip = True
        elif not a.startswith("-"):
            return a if a in TOP else None
    return None


def _epilog(command: str, lang: str) -> str:
    """The help's closing lines: the exit codes of this command (each command has its own meaning of 1), then
    how to get shell completion."""
    key = {"check": "check", "wizard": "check", "batch": "batch", "policies": "policies",
           "policies validate": "policies.validate", "policies show": "policies.show"}.get(command, "policies.read")
    return t(f"cmd.exit.{key}", lang) + "\n" + t("cmd.completion", lang)


def build(lang: str, only: str | None = None) -> argparse.ArgumentParser:
    """The parser in one language. With `only`, the other commands get an empty parser: start-up pays for the
    options of the command that runs, not for all of them."""
    global _lang
    _lang = lang
    root = _new("medins", lang, t("cmd.root", lang), ROOT, _epilog("check", lang))
    subs = root.add_subparsers(dest="_command", metavar="{" + ",".join(TOP) + "}",
                               title=t("usage.commands", lang),
                               parser_class=_Parser)
    for name in TOP:
        if only is not None and name != only:
            subs.add_parser(name, help=t(f"cmd.{name}", lang), add_help=False)
        elif name in GROUPS:
            group = _new(f"medins {name}", lang, t(f"cmd.{name}", lang), (LANG, NO_COLOR), _epilog(name, lang),
                         subs, name)
            inner = group.add_subparsers(dest="_sub", metavar="{" + ",".join(GROUPS[name]) + "}",
                                         title=t("usage.commands", lang), parser_class=_Parser)
            for child in GROUPS[name]:
                key = f"{name} {child}"
                _new(f"medins {key}", lang, t(f"cmd.{name}.{child}", lang), COMMANDS[key], _epilog(key, lang),
                     inner, child)
        else:
            _new(f"medins {name}", lang, t(f"cmd.{name}", lang), COMMANDS[name], _epilog(name, lang), subs, name)
    return root


def parse(args: list[str], lang: str) -> tuple[str, dict[str, Any]]:
    parser = build(lang, _command_in(args))
    known, extra = parser.parse_known_args(args)
    ns = vars(known)
    top = ns.pop("_command", None)
    sub = ns.pop("_sub", None)
    if extra:
        # Name the command the stray argument was given to, so the hint points at the right --help.
        where = " ".join(x for x in ("medins", top, sub) if x)
        raise Usage(_gettext("unrecognized arguments: %s") % " ".join(extra), where)
    if top is None:
        if ns.get("version"):
            return "version", ns
        if ns.get("completion") is not None:
            if ns["completion"] not in ("bash", "zsh"):
                raise Usage(t("bad_choice", lang, field="--completion", value=ns["completion"], options="bash, zsh"),
                            "medins")
            return "completion", ns
        command = "wizard"
    elif top in GROUPS:
        if sub is None:
            # `medins policies` alone: its command list, on stderr, exit 2 (like a usage error).
            raise Usage(t("usage.missing_command", lang, options=", ".join(GROUPS[top])), f"medins {top}")
        command = f"{top} {sub}"
    else:
        command = top
    opts = COMMANDS.get(command, ROOT)
    values = defaults(opts)
    values.update(ns)
    return command, values


# ------------------------------------------------------------------------------------------------ completion


def completion(shell: str) -> str:
    """A bash (or zsh, through bashcompinit) completion script: commands, then each command's flags."""
    cases = []
    for name, opts in sorted(COMMANDS.items()):
        flags = sorted({f for o in opts if o.kind != "arg" for f in (*o.flags, *((o.off,) if o.off else ()))}
                       | {"--help"})
        cases.append(f'    "{name}") words="{" ".join(flags)}" ;;')
    root_flags = " ".join(sorted({f for o in ROOT for f in o.flags} | {"--help"}))
    script = f"""# medins completion ({shell}); generated from medins_cli/options.py
_medins() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} cmd="" words=""
  if [ "${{COMP_WORDS[1]}}" = "policies" ]; then cmd="policies ${{COMP_WORDS[2]}}"; else cmd="${{COMP_WORDS[1]}}"; fi
  if [ "$COMP_CWORD" -eq 1 ]; then words="{' '.join(TOP)} {root_flags}"
  elif [ "${{COMP_WORDS[1]}}" = "policies" ] && [ "$COMP_CWORD" -eq 2 ]; then words="{' '.join(GROUPS['policies'])}"
  else
    case "$cmd" in
{chr(10).join(cases)}
    esac
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}}
complete -o default -F _medins medins"""
    if shell == "zsh":
        script = "autoload -U +X bashcompinit && bashcompinit\n" + script
    return script
