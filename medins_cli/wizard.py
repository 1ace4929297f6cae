"""The guided terminal session: plain-language questions → the same raw answers `medins check` takes.

The only module that imports questionary (and prompt_toolkit); the CLI imports it lazily, so one-shot and
--json runs never pay for it. Every question validates at the prompt with the same parsers the flags use,
so a refused answer says why at once, in the person's language.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import questionary
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

from medins_cli.errors import InputError, MedinsError
from medins_cli.fmt import fmt_yuan
from medins_cli.inputs import SIGN_GRADES, implied, parse_amount, parse_date, parse_ratio
from medins_cli.messages import set_face, t
from medins_cli.model import Advice
from medins_cli.regions import Region, RegionTable, _norm, load_regions

UNKNOWN = "__unknown__"  # "I don't know": the answer is left out and the engine's labelled default applies
SITUATIONS = ("long-term", "emergency", "referral", "pharmacy", "temporary")
CLEAR = ("-", "－", "—")  # typed at an optional question asked again: clear the earlier answer (ASCII/fullwidth/dash)
OTHER = "__other__"
# Above these (yuan) the wizard asks "is that right?": a year's inpatient bill above 100万, a 起付线 above
# 1万 or an annual cap above 200万 is possible but far more often a slipped key.
ANSWER_ROOM = 40  # columns an English answer (a date, a choice such as "Other temporary care (…)") needs
PLAUSIBLE = {"cost": 1_000_000, "deductible": 10_000, "cap": 2_000_000}
STYLE = questionary.Style([("hint", "fg:ansibrightblack italic"), ("summary", "bold")])


# --------------------------------------------------------------------------------------------- prompting

def _exit_on_ctrl_d(question: questionary.Question) -> questionary.Question:
    """questionary's select/confirm ignore Ctrl-D; make it end the session like Ctrl-C (exit 130)."""
    kb = KeyBindings()

    @kb.add("c-d", eager=True)
    def _eof(event: Any) -> None:
        event.app.exit(exception=EOFError(), style="class:aborting")

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, kb]) if app.key_bindings else kb
    return question


def _ask(question: questionary.Question) -> Any:
    # unsafe_ask: .ask() would swallow Ctrl-C and print to stdout; we want KeyboardInterrupt → exit 130.
    return _exit_on_ctrl_d(question).unsafe_ask(patch_stdout=False)


def _say(text: str, style: str = "", indent: int = 2) -> None:
    """A line for the person, wrapped by rich at the terminal's width: English between words, Chinese between
    characters, continuation lines indented (a terminal's own wrap would cut "will" into "wil" / "l")."""
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    Console(highlight=False, width=_columns()).print(Padding(Text(text, style=style), (0, 0, 0, indent)))


def _columns() -> int:
    """The terminal's real width (prompt_toolkit draws to it), whatever COLUMNS says."""
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        return shutil.get_terminal_size().columns


def _narrow(text: str) -> bool:
    return not any(unicodedata.east_asian_width(ch) in "WF" for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, max(16, width), break_long_words=False, break_on_hyphens=False) or [text]


def _fit(question: str, answers: list[str] | None = None) -> str:
    """A question broken between words to fit the terminal: prompt_toolkit would cut English mid-word.
    Chinese breaks anywhere, so a question with wide characters is left to the terminal. The answer is
    shown after the question's last line; without room for the longest one there, on a line of its own."""
    if not _narrow(question):
        return question
    width = _columns() - 4  # room for "? " and the cursor
    lines = _wrap(question, width)
    room = max((len(line) for a in answers for line in a.split("\n")), default=0) if answers else ANSWER_ROOM
    if len(lines[-1]) + room > width:
        lines.append("")
    return "\n".join(lines)


def _choice(title: str, value: Any) -> questionary.Choice:
    """A list option; a long English one on two lines rather than cut at the terminal's edge."""
    if _narrow(title) and len(title) > _columns() - 4:
        title = "\n   ".join(_wrap(title, _columns() - 6))
    return questionary.Choice(title=title, value=value)


def _hint(text: str) -> None:
    if text.startswith("· "):  # an option's explanation: continuation lines hang under its text
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, min_width=3)
        grid.add_column(ratio=1, overflow="fold")
        grid.add_row("  ·", Text(text[2:], style="dim"))
        Console(highlight=False, width=_columns()).print(grid)
        return
    _say(text, "dim")  # dim, not a colour: still readable, and --no-color / NO_COLOR leave it alone


def _error(text: str) -> None:
    """An answer refused: shown whole, right under the question, once the person pressed Enter."""
    _say("✗ " + text, "bold red")


def _with_default(question: str, default: str, lang: str, today: dt.date | None = None) -> str:
    """The question with what Enter alone gives: "（回车=今天 2026-12-01）"."""
    if not default:
        return question
    key = "wiz.enter_today" if today is not None and default == today.isoformat() else "wiz.enter_default"
    return question + t(key, lang, value=default)


def _ask_valid(make: Callable[[], questionary.Question], check: Callable[[str], None], default: str,
               lang: str) -> str:
    """Ask until `check` accepts the answer; an empty answer is `default` (which the question names). Nothing is
    pre-filled in the line, so what the person types is the whole answer: a pre-filled default would have
    typing appended to it ("2026-12-012027-01-10"). The check runs after Enter (never while typing); a refused
    answer is explained, naming what was typed, under the question asked again."""
    while True:
        answer = _ask(make()).strip()
        if not answer and default:
            _hint(t("wiz.took_default", lang, value=default))  # the line above shows nothing typed
            answer = default
        try:
            check(answer)
        except MedinsError as exc:
            _error(exc.message(lang))
            continue
        return answer


_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                       r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu"
                       r"|ua|uo|ui|ve|a|o|e|i|u|v)")
# 直辖市 and the cities most people travel to for care come before smaller places sharing their letters.
BIG_CITIES = {"210200", "330200", "350200", "370200", "440300"}  # 大连 宁波 厦门 青岛 深圳 (计划单列市)


def initials(pinyin: str, syllables: int) -> set[str]:
    """The initials of `pinyin` split into `syllables` syllables: beijing, 2 → {"bj"}; xian, 2 → {"xa"}."""
    found: set[str] = set()

    def split(rest: str, left: int, acc: str) -> None:
        if left == 0:
            if not rest:
                found.add(acc)
            return
        for end in range(len(rest), 0, -1):
            if _SYLLABLE.fullmatch(rest[:end]):
                split(rest[end:], left - 1, acc + rest[0])

    if pinyin.isalpha() and 0 < syllables <= 8:
        split(pinyin, syllables, "")
    return found


def _size_rank(r: Region) -> int:
    if r.kind == "municipality":
        return 0
    if r.code.endswith("0100") or r.code in BIG_CITIES:  # provincial capitals (GB/T 2260: xx01) and 计划单列市
        return 1
    if r.is_provincial:
        return 2
    return 3 if r.kind != "county" else 4


class RegionCompleter(Completer):
    """Completes region names from Chinese characters, pinyin (with or without spaces), pinyin initials
    (bj, xa) or the code: a name typed in full first, then the big cities among the other matches."""

    def __init__(self, table: RegionTable, limit: int = 12) -> None:
        self.limit = limit
        self.rows: list[tuple[Region, tuple[str, ...], tuple[str, ...], str]] = []
        for r in table.by_code.values():
            pinyin = _norm(r.pinyin)
            keys = (_norm(r.name), _norm(r.short), pinyin, r.code)
            meta = r.pinyin if r.is_provincial else f"{r.pinyin} · {r.where}"
            # Initials (bj) for provinces, cities and municipalities' districts: 2,800 counties would bury them.
            letters = tuple(sorted(initials(pinyin, len(r.short)))) if r.kind != "county" or r.area == r.province \
                else ()
            self.rows.append((r, keys, letters, meta))
        self.rows.sort(key=lambda row: (_size_rank(row[0]), row[0].code))

    def get_completions(self, document: Document, complete_event: Any) -> Iterator[Completion]:
        typed = _norm(document.text_before_cursor)
        if not typed:
            return
        exact, prefix, middle = [], [], []
        for region, keys, letters, meta in self.rows:
            if typed in keys:
                exact.append((region, meta))
            elif any(k.startswith(typed) for k in keys + letters):
                prefix.append((region, meta))
            elif len(typed) >= 2 and any(typed in k for k in keys):
                middle.append((region, meta))
        for region, meta in (exact + prefix + middle)[: self.limit]:
            yield Completion(region.name, start_position=-len(document.text_before_cursor), display=region.name,
                             display_meta=meta)


@dataclass
class Question:
    key: str
    label: str  # message key of the short label shown in the summary
    applies: Callable[[dict[str, Any]], bool]
    ask: Callable[[Any], Any]  # takes the previous answer (default), returns the new answer


class Wizard:
    def __init__(self, lang: str, today: dt.date, root: Path | None = None) -> None:
        self.lang = lang
        self.today = today
        self.root = root
        self.table = load_regions(root)
        self.answers: dict[str, Any] = {}
        self.questions = self._questions()

    # ----------------------------------------------------------------------------------- helpers
    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def _check(self, parse: Callable[[str], Any], optional: bool = False) -> Callable[[str], None]:
        def check(text: str) -> None:
            if optional and (not text.strip() or text.strip() in CLEAR):
                return
            parse(text)

        return check

    def _select(self, message: str, choices: list[tuple[str, Any, str | None]], default: Any = None) -> Any:
        # One-line hints are printed above the list, all at once: questionary would show only the current
        # option's, labelled "Description:" in English.
        for title, _value, desc in choices:
            if desc:
                _hint(f"· {title}：{desc}" if self.lang == "zh" else f"· {title}: {desc}")
        options = [_choice(title, value) for title, value, _desc in choices]
        # A question with a "don't know" starts on it: Enter alone must never state a fact (filed, retired,
        # discharged…) the person did not give; the engine's default is then named in the result.
        if default is None and any(o.value == UNKNOWN for o in options):
            default = UNKNOWN
        chosen = next((o for o in options if o.value == default), None)
        return _ask(questionary.select(_fit(message, [str(o.title) for o in options]), choices=options,
                                       default=chosen, style=STYLE,
                                       instruction=self.t("wiz.select_instruction")))

    def _text(self, message: str, parse: Callable[[str], Any], default: Any = "", optional: bool = False,
              skip: str | None = None) -> str:
        """A typed answer. Enter alone gives `default` (named in the question). An optional question asked for the
        first time says how Enter skips it (`skip`, a message key); asked again with an earlier answer, Enter keeps
        that answer and "-" clears it (both said in the question), so editing one answer at the summary never
        loses another to a habitual Enter. Returns "" for skipped or cleared."""
        default = "" if default in (None, UNKNOWN) else str(default)
        if optional and default:
            message += self.t("wiz.enter_keep", value=default)
        else:
            message = _with_default(message + (self.t(skip) if optional and skip else ""), default, self.lang,
                                    self.today)
        answer = _ask_valid(lambda: questionary.text(_fit(message), style=STYLE), self._check(parse, optional),
                            default, self.lang)
        return "" if optional and answer in CLEAR else answer

    def _region(self, message: str, default: Any, field: str) -> str:
        completer = RegionCompleter(self.table)

        def parse(text: str) -> Region | None:
            try:
                return self.table.resolve(text, field=self.t(field))
            except InputError as exc:
                if exc.key == "region_ambiguous":
                    return None  # 朝阳, 鼓楼: the candidates are offered as a list next
                # Offer what the list would: big cities first, initials too (bj → 北京 before 毕节, 宝鸡).
                names = [c.text for c in completer.get_completions(Document(text), None)][:5]
                if exc.key.startswith("region_unknown") and names:
                    raise InputError("wiz_region_suggest", field=self.t(field), value=text.strip(),
                                     options=tuple(names)) from None
                raise

        default = "" if default in (None, UNKNOWN) else default
        message = _with_default(message, default, self.lang)
        text = _ask_valid(lambda: questionary.autocomplete(
            _fit(message), choices=[r.name for r in self.table.by_code.values()], completer=completer,
            style=STYLE), self._check(parse), default, self.lang)
        # Save the canonical name (or the code when the name is shared), not what was typed.
        region = parse(text)
        if region is None:
            code = self._select(self.t("wiz.region_which", value=text.strip()), [
                (self.t("region.place", name=r.name, where=r.where) if r.where else r.name, r.code, None)
                for r in self.table.candidates(text)])
            region = self.table.get(code)
        # A shared name is saved with what contains it (北京市朝阳区), as readable as a name and as clear as a code.
        for name in (region.name, region.qualified()):
            try:
                if self.table.resolve(name).code == region.code:
                    return name
            except InputError:
                pass
        return region.code

    def _date(self, message: str, field: str, default: Any, *, optional: bool = False, past: bool | None = None,
              not_after_today: bool = False, not_before: str | None = None, skip: str | None = None) -> str | None:
        label = self.t(field)

        def parse(text: str) -> dt.date:
            day = parse_date(text, self.today, past=past, field=label)
            if not_after_today and day > self.today:
                raise InputError("wiz_date_future", field=label, date=day.isoformat(), today=self.today.isoformat())
            if not_before and day < dt.date.fromisoformat(not_before):
                raise InputError("wiz_date_before", field=label, date=day.isoformat(), before=not_before)
            return day

        _hint(self.t("wiz.hint.date", today=self.today.isoformat()))
        text = self._text(message, parse, default=default, optional=optional, skip=skip)
        if not text:
            return None
        day = parse(text).isoformat()
        if text != day:  # "01-05", "昨天": the year is always shown back
            _hint(self.t("wiz.date_echo", typed=text, date=day))
        return day

    # ----------------------------------------------------------------------------------- the questions
    def _questions(self) -> list[Question]:
        cross_care = ("long-term", "emergency", "referral", "temporary")
        return [
            Question("insured_in", "wiz.label.insured_in", lambda _: True, self.q_insured_in),
            Question("treated_in", "wiz.label.treated_in", lambda _: True, self.q_treated_in),
            Question("scenario", "wiz.label.scenario", lambda _: True, self.q_scenario),
            # In an order where no later answer can invalidate an earlier one: the insurance type before the
            # purchase mode (城乡居民 have no 个人账户), the long-term kind before "retired?" (异地安置退休 is).
            Question("long_term_kind", "wiz.label.long_term_kind", lambda x: x.get("scenario") == "long-term",
                     self.q_long_term_kind),
            Question("insurance", "wiz.label.insurance", lambda _: True, self.q_insurance),
            Question("retired", "wiz.label.retired",
                     lambda x: x.get("insurance") != "resident" and "retired" not in self._implied(x),
                     self.q_retired),
            Question("pharmacy_mode", "wiz.label.pharmacy_mode",
                     lambda x: x.get("scenario") == "pharmacy" and "pharmacy_mode" not in self._implied(x),
                     self.q_pharmacy_mode),
            Question("chronic_disease", "wiz.label.chronic_disease",
                     lambda x: x.get("scenario") == "pharmacy" and "chronic" in (
                         x.get("pharmacy_mode"), self._implied(x).get("pharmacy_mode")),
                     self.q_chronic),
            Question("event_date", "wiz.label.event_date", lambda _: True, self.q_event_date),
            Question("hospital_level", "wiz.label.hospital_level", lambda x: x.get("scenario") in cross_care,
                     self.q_level),
            # 外伤 care mostly comes through the emergency room; --injury / `injury: true` covers the rest.
            Question("injury", "wiz.label.injury", lambda x: x.get("scenario") == "emergency", self.q_injury),
            Question("filed", "wiz.label.filed", lambda _: True, self.q_filed),
            Question("filed_on", "wiz.label.filed_on",
                     lambda x: x.get("filed") is True and x.get("scenario") in ("referral", "temporary"),
                     self.q_filed_on),
            Question("referral", "wiz.label.referral", lambda x: x.get("scenario") == "referral", self.q_referral),
            Question("settled", "wiz.label.settled",
                     lambda x: x.get("scenario") in ("emergency", "referral", "temporary")
                     and bool(x.get("event_date")) and x["event_date"] <= self.today.isoformat(), self.q_settled),
            Question("discharge_date", "wiz.label.discharge_date", lambda x: x.get("settled") is True,
                     self.q_discharge),
            Question("cost", "wiz.label.cost", lambda x: x.get("scenario") in cross_care, self.q_cost),
            Question("out_of_catalog", "wiz.label.out_of_catalog", lambda x: bool(x.get("cost")), self.q_ooc),
            Question("tier", "wiz.label.tier", lambda x: bool(x.get("cost")) and bool(self._tiers(x)), self.q_tier),
            Question("stay", "wiz.label.stay", lambda x: bool(x.get("cost")) and self._later_stays(x), self.q_stay),
            Question("own_figures", "wiz.label.own_figures", lambda x: bool(x.get("cost")), self.q_own_figures),
            Question("deductible", "wiz.label.deductible", lambda x: x.get("own_figures") is True,
                     self.q_deductible),
            Question("ratio", "wiz.label.ratio", lambda x: x.get("own_figures") is True, self.q_ratio),
            Question("cap", "wiz.label.cap", lambda x: x.get("own_figures") is True, self.q_cap),
        ]

    @staticmethod
    def _implied(answers: dict[str, Any]) -> dict[str, Any]:
        """What the answers so far already say (inputs.implied, the rule every face shares)."""
        said = {k: answers[k] for k in ("scenario", "long_term_kind", "insurance") if answers.get(k) is not None}
        try:
            return implied(said)
        except InputError:  # a contradiction is reported when the whole set is checked
            return {}

    def q_insured_in(self, default: Any) -> str:
        _hint(self.t("wiz.hint.insured_in"))
        return self._region(self.t("wiz.q.insured_in"), default, "wiz.label.insured_in")

    def q_treated_in(self, default: Any) -> str:
        _hint(self.t("wiz.hint.treated_in"))
        return self._region(self.t("wiz.q.treated_in"), default, "wiz.label.treated_in")

    def q_scenario(self, default: Any) -> str:
        # The list starts on "not sure" (Enter alone states no situation), which asks the 经办规程第七条 test:
        # emergency, a pharmacy purchase, living away long-term, a referral; otherwise other temporary care.
        chosen = self._select(self.t("wiz.q.scenario"), [
            *((self.t(f"wiz.scenario.{s}"), s, self.t(f"wiz.scenario_hint.{s}")) for s in SITUATIONS),
            (self.t("wiz.scenario.unsure"), UNKNOWN, self.t("wiz.scenario_hint.unsure"))], default)
        if chosen != UNKNOWN:
            return str(chosen)
        scenario = next((scenario for key, scenario in (
            ("emergency", "emergency"), ("pharmacy", "pharmacy"), ("long_term", "long-term"), ("referral", "referral"))
            if self._select(self.t(f"wiz.q.is_{key}"),
                            [(self.t("wiz.is.yes"), True, None), (self.t("wiz.is.no"), False, None)], False)),
            "temporary")
        _hint(self.t("wiz.scenario_decided", situation=self.t(f"wiz.scenario.{scenario}")))
        return scenario

    def q_pharmacy_mode(self, default: Any) -> Any:
        return self._none(self._select(self.t("wiz.q.pharmacy_mode"), [
            (self.t("wiz.pharmacy.account"), "account", self.t("wiz.pharmacy_hint.account")),
            (self.t("wiz.pharmacy.chronic"), "chronic", self.t("wiz.pharmacy_hint.chronic")),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.pharmacy_hint.unknown"))], default))

    def q_chronic(self, default: Any) -> str:
        from medins_cli.service import chronic_disease_names

        names = chronic_disease_names(self.today, self.root)
        if self.answers.get("insurance") == "resident":
            _hint(self.t("wiz.hint.resident_chronic"))
        # No disease is pre-selected: Enter alone leads to typing the name, never to the list's first disease.
        choice = self._select(self.t("wiz.q.chronic_disease"),
                              [(n, n, None) for n in names] + [(self.t("wiz.other_disease"), OTHER, None)],
                              default if default in names else OTHER)
        if choice != OTHER:
            return choice
        return self._text(self.t("wiz.q.chronic_other"), lambda s: s.strip() or self._raise_empty(),
                          default=default if default not in names else None)

    def _raise_empty(self) -> None:
        raise InputError("wiz_empty")

    def q_long_term_kind(self, default: Any) -> Any:
        return self._none(self._select(self.t("wiz.q.long_term_kind"), [
            *((self.t(f"wiz.kind.{k}"), k, self.t(f"wiz.kind_hint.{k}")) for k in ("retiree", "living", "working")),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.kind_hint.unknown"))], default))

    def q_insurance(self, default: Any) -> Any:
        return self._none(self._select(self.t("wiz.q.insurance"), [
            (self.t("wiz.insurance.employee"), "employee", self.t("wiz.insurance_hint.employee")),
            (self.t("wiz.insurance.resident"), "resident", self.t("wiz.insurance_hint.resident")),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.insurance_hint.unknown"))], default))

    def q_retired(self, default: Any) -> Any:
        return self._none(self._select(self.t("wiz.q.retired"), [
            (self.t("wiz.retired.no"), False, None), (self.t("wiz.retired.yes"), True, None),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.unknown_hint"))], default))

    def q_event_date(self, default: Any) -> str | None:
        scenario = self.answers.get("scenario", "temporary")
        return self._date(self.t(f"wiz.q.event_date.{scenario}"), "wiz.label.event_date",
                          self.today.isoformat() if default in (None, UNKNOWN) else default,
                          past=True if scenario == "emergency" else None)

    def q_level(self, default: Any) -> Any:
        _hint(self.t("wiz.hint.level"))
        # Each grade with the words on the sign that mean it (inputs.SIGN_GRADES: 三级甲等, 三甲 …).
        return self._none(self._select(self.t("wiz.q.hospital_level"), [
            *((self.t(f"wiz.level.{n}"), str(n), self.t("wiz.level_hint.signs", names=(
                "、" if self.lang == "zh" else ", ").join(SIGN_GRADES[n][:4]))) for n in (3, 2, 1)),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.level_hint.unknown"))], default))

    def q_injury(self, default: Any) -> Any:
        return self._none(self._select(self.t("wiz.q.injury"), [
            (self.t("wiz.injury.no"), False, None),
            (self.t("wiz.injury.yes"), True, self.t("wiz.injury_hint.yes")),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.injury_hint.unknown"))], default))

    def q_filed(self, default: Any) -> Any:
        _hint(self.t("wiz.hint.filed"))
        if self.answers.get("scenario") == "emergency":
            _hint(self.t("wiz.hint.filed_emergency"))
        return self._none(self._select(self.t("wiz.q.filed"), [
            (self.t("wiz.filed.yes"), True, None), (self.t("wiz.filed.no"), False, None),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.filed_hint.unknown"))], default))

    def q_filed_on(self, default: Any) -> str | None:
        return self._date(self.t("wiz.q.filed_on"), "wiz.label.filed_on", default, optional=True, past=True,
                          not_after_today=True, skip="wiz.skip.dont_remember")

    def q_referral(self, default: Any) -> Any:
        return self._none(self._select(self.t("wiz.q.referral"), [
            (self.t("wiz.yes"), True, None), (self.t("wiz.no"), False, self.t("wiz.referral_hint.no")),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.referral_hint.unknown"))], default))

    def q_settled(self, default: Any) -> Any:
        return self._none(self._select(self.t("wiz.q.settled"), [
            (self.t("wiz.settled.no"), False, None),
            (self.t("wiz.settled.yes"), True, self.t("wiz.settled_hint.yes")),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.settled_hint.unknown"))], default))

    def q_discharge(self, default: Any) -> str | None:
        return self._date(self.t("wiz.q.discharge_date"), "wiz.label.discharge_date", default,
                          optional=True, past=True, not_after_today=True, not_before=self.answers.get("event_date"),
                          skip="wiz.skip.dont_remember")

    def _amount(self, message: str, label: str, default: Any, bound: int, skip: str | None = None) -> str | None:
        """An amount in yuan (3万, 2.5千, 18,000); above `bound` the person confirms it: a slipped key
        (20261215 for 20261) would otherwise become a confident estimate."""
        while True:
            text = self._text(message, lambda s: parse_amount(s, self.t(label)), default=default, optional=True,
                              skip=skip)
            if not text:
                return None
            amount = parse_amount(text, self.t(label))
            if amount <= bound or self._select(
                    self.t("wiz.q.amount_check", field=self.t(label), amount=fmt_yuan(amount),
                           wan=fmt_yuan(amount / 10000)),
                    [(self.t("wiz.amount_check.yes"), True, None), (self.t("wiz.amount_check.no"), False, None)],
                    False):
                return fmt_yuan(amount)
            default = text

    def q_cost(self, default: Any) -> str | None:
        _hint(self.t("wiz.hint.cost"))
        return self._amount(self.t("wiz.q.cost"), "wiz.label.cost", default, PLAUSIBLE["cost"])

    def q_ooc(self, default: Any) -> str | None:
        _hint(self.t("wiz.hint.out_of_catalog"))
        cost = parse_amount(self.answers["cost"], "cost")
        label = self.t("wiz.label.out_of_catalog")

        def parse(text: str) -> Any:
            text = text.strip()
            if text.endswith(("%", "％")):
                return parse_ratio(text.replace("％", "%"), label, allow_zero=True)
            amount = parse_amount(text, label)
            if amount > cost:
                raise InputError("ooc_exceeds_cost", ooc=fmt_yuan(amount), cost=fmt_yuan(cost))
            return amount

        text = self._text(self.t("wiz.q.out_of_catalog"), parse, default=default, optional=True,
                          skip="wiz.skip.unknown")
        if text.endswith(("%", "％")):
            return text.replace("％", "%")
        return fmt_yuan(parse_amount(text, label)) if text else None

    def _on(self, answers: dict[str, Any]) -> dt.date:
        return dt.date.fromisoformat(answers["event_date"]) if answers.get("event_date") else self.today

    def _tiers(self, answers: dict[str, Any]) -> list[int]:
        from medins_cli.service import tiers

        if not answers.get("insured_in"):
            return []
        return tiers(answers["insured_in"], answers.get("insurance") or "employee", self._on(answers), self.root)

    def _later_stays(self, answers: dict[str, Any]) -> bool:
        from medins_cli.service import prices_later_stays

        return bool(answers.get("insured_in")) and prices_later_stays(
            answers["insured_in"], answers.get("insurance") or "employee", self._on(answers), self.root)

    def q_stay(self, default: Any) -> Any:
        _hint(self.t("wiz.hint.stay", region=self.table.resolve(self.answers["insured_in"]).name))
        return self._none(self._select(self.t("wiz.q.stay"), [
            (self.t("wiz.stay.1"), "1", None), (self.t("wiz.stay.2"), "2", None), (self.t("wiz.stay.3"), "3", None),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.stay_hint.unknown"))], default))

    def q_tier(self, default: Any) -> Any:
        _hint(self.t("wiz.hint.tier", region=self.table.resolve(self.answers["insured_in"]).name))
        return self._none(self._select(self.t("wiz.q.tier"), [
            *((self.t(f"wiz.tier.{k}"), str(k), None) for k in self._tiers(self.answers)),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.tier_hint.unknown"))], default))

    def q_own_figures(self, default: Any) -> bool:
        _hint(self.t("wiz.hint.own_figures"))
        return self._select(self.t("wiz.q.own_figures"), [
            (self.t("wiz.own_figures.no"), False, None), (self.t("wiz.own_figures.yes"), True, None)], default)

    def q_deductible(self, default: Any) -> str | None:
        return self._amount(self.t("wiz.q.deductible"), "wiz.label.deductible", default, PLAUSIBLE["deductible"],
                            "wiz.skip.enter")

    def q_ratio(self, default: Any) -> str | None:
        return self._text(self.t("wiz.q.ratio"), lambda s: parse_ratio(s, self.t("wiz.label.ratio")),
                          default=default, optional=True, skip="wiz.skip.enter") or None

    def q_cap(self, default: Any) -> str | None:
        return self._amount(self.t("wiz.q.cap"), "wiz.label.cap", default, PLAUSIBLE["cap"], "wiz.skip.enter")

    @staticmethod
    def _none(value: Any) -> Any:
        return None if value == UNKNOWN else value

    # ----------------------------------------------------------------------------------- the flow
    def ask_missing(self) -> None:
        """Ask every question that applies and has no answer yet; drop answers that no longer apply."""
        for q in self.questions:
            if not q.applies(self.answers):
                self.answers.pop(q.key, None)
            elif q.key not in self.answers:
                self.answers[q.key] = q.ask(None)

    def change(self, key: str) -> None:
        q = next(q for q in self.questions if q.key == key)
        previous = self.answers.get(key)
        # An earlier "I don't know" is pre-selected as such, not as the first option.
        self.answers[key] = q.ask(UNKNOWN if previous is None else previous)
        self.ask_missing()

    def display(self, key: str, value: Any) -> str:
        if value is None:  # no total: nothing is estimated, so no default is "used" either
            return self.t("wiz.unknown_no_estimate" if key == "cost" else "wiz.unknown_short")
        if key == "scenario":
            return self.t(f"wiz.scenario.{value}")
        if key == "pharmacy_mode":
            return self.t(f"wiz.pharmacy.{value}")
        if key == "long_term_kind":
            return self.t(f"wiz.kind.{value}")
        if key == "insurance":
            return self.t(f"wiz.insurance.{value}")
        if key == "hospital_level":
            return self.t(f"wiz.level.{value}")
        if key == "tier":
            return self.t(f"wiz.tier.{value}")
        if key == "stay":
            return self.t(f"wiz.stay.{min(int(value), 3)}")
        if key in ("retired", "filed", "referral", "settled", "own_figures", "injury"):
            return self.t(f"wiz.{key}.{'yes' if value else 'no'}") if key != "referral" else self.t(
                "wiz.yes" if value else "wiz.no")
        if key in ("cost", "deductible", "cap") or (key == "out_of_catalog" and not str(value).endswith("%")):
            return self.t("wiz.yuan", amount=value)
        if key in ("insured_in", "treated_in"):  # where the place lies, as the checklist's header shows it
            try:
                region = self.table.resolve(str(value))
            except InputError:
                return str(value)
            return self.t("region.place", name=region.name, where=region.where) if region.where else region.name
        return str(value)

    def summary(self) -> list[tuple[str, str, str]]:
        return [(q.key, self.t(q.label), self.display(q.key, self.answers.get(q.key)))
                for q in self.questions if q.key in self.answers]

    def raw(self) -> dict[str, Any]:
        """The answers as `medins check` takes them (wizard-only keys folded in, unknowns left out)."""
        a = {k: v for k, v in self.answers.items() if v is not None}
        raw: dict[str, Any] = {k: v for k, v in a.items() if k not in ("pharmacy_mode", "own_figures")}
        if a.get("scenario") == "pharmacy" and a.get("pharmacy_mode") == "account":
            raw["scenario"] = "pharmacy-account"
        return raw


def _confirm_loop(w: Wizard, lang: str) -> None:
    """Show the answers; let the person change any of them until they confirm."""
    while True:
        print()
        _say(t("wiz.summary_title", lang), "bold", indent=0)
        rows = w.summary()
        for i, (_key, label, shown) in enumerate(rows, 1):
            _say(f"{i:>2}. {label}: {shown}")
        choices = [_choice(t("wiz.confirm", lang), "__ok__")]
        choices += [_choice(t("wiz.change", lang, n=i, label=label), key) for i, (key, label, _s) in enumerate(rows, 1)]
        choice = _ask(questionary.select(_fit(t("wiz.q.summary", lang), [str(c.title) for c in choices]),
                                         choices=choices, style=STYLE, instruction=t("wiz.select_instruction", lang)))
        if choice == "__ok__":
            return
        w.change(choice)


def _check_path(text: str, suffixes: tuple[str, ...]) -> None:
    path = Path(os.path.expanduser(text.strip()))
    if not text.strip():
        raise InputError("wiz.path_empty")
    if path.suffix.lower() not in suffixes:
        raise InputError("wiz.path_suffix", options=", ".join(suffixes))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("wiz.path_no_folder", folder=str(folder))
    if path.is_dir():
        raise InputError("wiz.path_is_dir", file=str(path))


def _offer_files(advice: Advice, lang: str) -> tuple[Path | None, Path | None, Path | None]:
    """Three plain questions rather than a checkbox: easier for people who have never used one."""
    from medins_cli.exports import has_deadlines_ahead

    def choose(question: str, options: list[tuple[str, str]]) -> str:
        return choose_text(t(question, lang), options)

    def path(kind: str, default: str, suffixes: tuple[str, ...]) -> Path:
        while True:
            question = _fit(_with_default(t(f"wiz.q.path.{kind}", lang), default, lang))
            text = _ask_valid(lambda: questionary.text(question, style=STYLE),  # noqa: B023 (asked at once)
                              lambda s: _check_path(s, suffixes), default, lang)
            chosen = Path(os.path.expanduser(text))
            # An earlier export or answers file may be someone's only copy: never replaced without asking.
            if not chosen.exists() or choose_text(t("wiz.q.overwrite", lang, file=str(chosen)), [
                    ("wiz.overwrite.no", "no"), ("wiz.overwrite.yes", "yes")]) == "yes":
                return chosen
            default = text

    def choose_text(question: str, options: list[tuple[str, str]]) -> str:
        # Values are never None: questionary would silently use the title instead.
        choices = [_choice(t(title, lang), v) for title, v in options]
        return _ask(questionary.select(_fit(question, [str(c.title) for c in choices]), style=STYLE,
                                       instruction=t("wiz.select_instruction", lang), choices=choices))

    answers = ics = export = None
    if choose("wiz.q.offer_answers", [("wiz.offer.answers", "yes"), ("wiz.offer.no", "no")]) == "yes":
        answers = path("answers", "medins-answers.yaml", (".yaml", ".yml", ".json"))
    if has_deadlines_ahead(advice) and choose("wiz.q.offer_ics", [("wiz.offer.ics", "yes"),
                                                                 ("wiz.offer.no", "no")]) == "yes":
        ics = path("ics", "medins-deadlines.ics", (".ics",))
    kind = choose("wiz.q.offer_export", [("wiz.offer.no", "no"), ("wiz.offer.html", "html"), ("wiz.offer.md", "md")])
    if kind == "html":
        export = path("html", "medins-checklist.html", (".html", ".htm"))
    elif kind == "md":
        export = path("md", "medins-checklist.md", (".md", ".markdown"))
    return answers, ics, export


def run_wizard(lang: str, today: dt.date, *, no_color: bool = False, save_answers: Path | None = None,
               ics: Path | None = None, export: Path | None = None,
               root: Path | None = None) -> tuple[Advice, dict[str, Any], tuple[Path | None, ...]]:
    """Ask, confirm, advise, render; returns the advice, the raw answers and the files to write."""
    from medins_cli.render_rich import render
    from medins_cli.service import check

    if no_color:
        os.environ["NO_COLOR"] = "1"  # prompt_toolkit reads it when it picks the colour depth
    set_face("wizard")  # the messages this person sees never name a command-line flag
    _say(t("wiz.welcome", lang), "bold", indent=0)
    _hint(t("wiz.welcome_hint", lang))
    w = Wizard(lang, today, root)
    w.ask_missing()
    while True:
        _confirm_loop(w, lang)
        try:
            advice = check(w.raw(), today, root)
            break
        except InputError as exc:
            # A combination no single prompt could catch (e.g. discharge before admission after a change).
            _error(exc.message(lang))
    print()
    render(advice, lang, no_color=no_color)
    print()
    if save_answers is None and ics is None and export is None:
        save_answers, ics, export = _offer_files(advice, lang)
    return advice, w.raw(), (save_answers, ics, export)
