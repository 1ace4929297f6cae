"""The guided terminal session: plain-language questions → the same raw answers `medins check` takes.

The only module that imports questionary (and prompt_toolkit); the CLI imports it lazily, so one-shot and
--json runs never pay for it. Every question validates at the prompt with the same parsers the flags use,
so a refused answer says why at once, in the person's language.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import questionary
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

from medins_cli.errors import InputError, MedinsError
from medins_cli.inputs import implied, parse_amount, parse_date, parse_ratio
from medins_cli.messages import t
from medins_cli.model import Advice
from medins_cli.regions import Region, RegionTable, _norm, load_regions

UNKNOWN = "__unknown__"  # "I don't know": the answer is left out and the engine's labelled default applies
OTHER = "__other__"
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


def _hint(text: str) -> None:
    questionary.print("  " + text, style="fg:ansibrightblack italic")


class RegionCompleter(Completer):
    """Completes region names from Chinese characters, pinyin (with or without spaces) or the code."""

    def __init__(self, table: RegionTable, limit: int = 12) -> None:
        self.limit = limit
        self.rows: list[tuple[Region, tuple[str, ...], str]] = []
        for r in table.by_code.values():
            province = table.by_code[r.province].name
            keys = (_norm(r.name), _norm(r.short), _norm(r.pinyin), r.code)
            meta = r.pinyin if r.is_provincial else f"{r.pinyin} · {province}"
            self.rows.append((r, keys, meta))
        # Provinces first, then prefectures: most people name a province or a big city.
        self.rows.sort(key=lambda row: (not row[0].is_provincial, row[0].kind == "county", row[0].code))

    def get_completions(self, document: Document, complete_event: Any) -> Iterator[Completion]:
        typed = _norm(document.text_before_cursor)
        if not typed:
            return
        prefix, middle = [], []
        for region, keys, meta in self.rows:
            if any(k.startswith(typed) for k in keys):
                prefix.append((region, meta))
            elif len(typed) >= 2 and any(typed in k for k in keys):
                middle.append((region, meta))
        for region, meta in (prefix + middle)[: self.limit]:
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

    def _validator(self, parse: Callable[[str], Any], optional: bool = False) -> Callable[[str], bool | str]:
        def check(text: str) -> bool | str:
            if optional and not text.strip():
                return True
            try:
                parse(text)
            except MedinsError as exc:
                return exc.message(self.lang)
            return True

        return check

    def _select(self, message: str, choices: list[tuple[str, Any, str | None]], default: Any = None) -> Any:
        # One-line hints are printed above the list, all at once: questionary would show only the current
        # option's, labelled "Description:" in English.
        for title, _value, desc in choices:
            if desc:
                _hint(f"· {title}：{desc}" if self.lang == "zh" else f"· {title}: {desc}")
        options = [questionary.Choice(title=title, value=value) for title, value, _desc in choices]
        chosen = next((o for o in options if o.value == default), None)
        return _ask(questionary.select(message, choices=options, default=chosen, style=STYLE,
                                       instruction=self.t("wiz.select_instruction")))

    def _text(self, message: str, parse: Callable[[str], Any], default: Any = "", optional: bool = False) -> str:
        default = "" if default in (None, UNKNOWN) else str(default)
        return _ask(questionary.text(message, default=default, validate=self._validator(parse, optional),
                                     style=STYLE)).strip()

    def _region(self, message: str, default: Any, field: str) -> str:
        def parse(text: str) -> Region:
            return self.table.resolve(text, field=self.t(field))

        text = _ask(questionary.autocomplete(
            message, choices=[r.name for r in self.table.by_code.values()],
            default="" if default in (None, UNKNOWN) else default, completer=RegionCompleter(self.table),
            validate=self._validator(parse), style=STYLE))
        # Save the canonical name (or the code when the name is shared), not what was typed.
        region = parse(text)
        try:
            same = self.table.resolve(region.name)
        except InputError:
            same = None
        return region.name if same is not None and same.code == region.code else region.code

    def _date(self, message: str, field: str, default: Any, *, optional: bool = False, past: bool | None = None,
              not_after_today: bool = False, not_before: str | None = None) -> str | None:
        label = self.t(field)

        def parse(text: str) -> dt.date:
            day = parse_date(text, self.today, past=past, field=label)
            if not_after_today and day > self.today:
                raise InputError("wiz_date_future", field=label, date=day.isoformat(), today=self.today.isoformat())
            if not_before and day < dt.date.fromisoformat(not_before):
                raise InputError("wiz_date_before", field=label, date=day.isoformat(), before=not_before)
            return day

        _hint(self.t("wiz.hint.date", today=self.today.isoformat()))
        text = self._text(message, parse, default=default, optional=optional)
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
        return self._select(self.t("wiz.q.scenario"), [
            (self.t(f"wiz.scenario.{s}"), s, self.t(f"wiz.scenario_hint.{s}"))
            for s in ("long-term", "emergency", "referral", "pharmacy", "temporary")], default)

    def q_pharmacy_mode(self, default: Any) -> str:
        return self._select(self.t("wiz.q.pharmacy_mode"), [
            (self.t("wiz.pharmacy.account"), "account", self.t("wiz.pharmacy_hint.account")),
            (self.t("wiz.pharmacy.chronic"), "chronic", self.t("wiz.pharmacy_hint.chronic"))], default)

    def q_chronic(self, default: Any) -> str:
        from medins_cli.service import chronic_disease_names

        names = chronic_disease_names(self.today, self.root)
        if self.answers.get("insurance") == "resident":
            _hint(self.t("wiz.hint.resident_chronic"))
        choice = self._select(self.t("wiz.q.chronic_disease"),
                              [(n, n, None) for n in names] + [(self.t("wiz.other_disease"), OTHER, None)],
                              default if default in names else (OTHER if default not in (None, UNKNOWN) else None))
        if choice != OTHER:
            return choice
        return self._text(self.t("wiz.q.chronic_other"), lambda s: s.strip() or self._raise_empty(),
                          default=default if default not in names else None)

    def _raise_empty(self) -> None:
        raise InputError("wiz_empty")

    def q_long_term_kind(self, default: Any) -> str:
        return self._select(self.t("wiz.q.long_term_kind"), [
            (self.t(f"wiz.kind.{k}"), k, self.t(f"wiz.kind_hint.{k}")) for k in ("retiree", "living", "working")],
            default)

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
        return self._none(self._select(self.t("wiz.q.hospital_level"), [
            (self.t("wiz.level.3"), "3", None), (self.t("wiz.level.2"), "2", None), (self.t("wiz.level.1"), "1", None),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.level_hint.unknown"))], default))

    def q_injury(self, default: Any) -> bool:
        return self._select(self.t("wiz.q.injury"), [
            (self.t("wiz.injury.no"), False, None),
            (self.t("wiz.injury.yes"), True, self.t("wiz.injury_hint.yes"))], default)

    def q_filed(self, default: Any) -> Any:
        _hint(self.t("wiz.hint.filed"))
        if self.answers.get("scenario") == "emergency":
            _hint(self.t("wiz.hint.filed_emergency"))
        return self._none(self._select(self.t("wiz.q.filed"), [
            (self.t("wiz.filed.yes"), True, None), (self.t("wiz.filed.no"), False, None),
            (self.t("wiz.unknown"), UNKNOWN, self.t("wiz.filed_hint.unknown"))], default))

    def q_filed_on(self, default: Any) -> str | None:
        return self._date(self.t("wiz.q.filed_on"), "wiz.label.filed_on", default, optional=True, past=True,
                          not_after_today=True)

    def q_referral(self, default: Any) -> bool:
        return self._select(self.t("wiz.q.referral"), [
            (self.t("wiz.yes"), True, None), (self.t("wiz.no"), False, self.t("wiz.referral_hint.no"))],
            default)

    def q_settled(self, default: Any) -> bool:
        return self._select(self.t("wiz.q.settled"), [
            (self.t("wiz.settled.no"), False, None),
            (self.t("wiz.settled.yes"), True, self.t("wiz.settled_hint.yes"))], default)

    def q_discharge(self, default: Any) -> str | None:
        return self._date(self.t("wiz.q.discharge_date"), "wiz.label.discharge_date", default,
                          optional=True, past=True, not_after_today=True, not_before=self.answers.get("event_date"))

    def q_cost(self, default: Any) -> str | None:
        _hint(self.t("wiz.hint.cost"))
        text = self._text(self.t("wiz.q.cost"), lambda s: parse_amount(s, self.t("wiz.label.cost")),
                          default=default, optional=True)
        return text or None

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
                raise InputError("ooc_exceeds_cost", ooc=text, cost=self.answers["cost"])
            return amount

        text = self._text(self.t("wiz.q.out_of_catalog"), parse, default=default, optional=True)
        return text.replace("％", "%") or None

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
        return self._text(self.t("wiz.q.deductible"), lambda s: parse_amount(s, self.t("wiz.label.deductible")),
                          default=default, optional=True) or None

    def q_ratio(self, default: Any) -> str | None:
        return self._text(self.t("wiz.q.ratio"), lambda s: parse_ratio(s, self.t("wiz.label.ratio")),
                          default=default, optional=True) or None

    def q_cap(self, default: Any) -> str | None:
        return self._text(self.t("wiz.q.cap"), lambda s: parse_amount(s, self.t("wiz.label.cap")),
                          default=default, optional=True) or None

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
        if value is None:
            return self.t("wiz.unknown_short")
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
        questionary.print("\n" + t("wiz.summary_title", lang), style="bold")
        rows = w.summary()
        for i, (_key, label, shown) in enumerate(rows, 1):
            questionary.print(f"  {i:>2}. {label}: {shown}")
        choices = [questionary.Choice(t("wiz.confirm", lang), value="__ok__")]
        choices += [questionary.Choice(t("wiz.change", lang, n=i, label=label), value=key)
                    for i, (key, label, _s) in enumerate(rows, 1)]
        choice = _ask(questionary.select(t("wiz.q.summary", lang), choices=choices, style=STYLE,
                                         instruction=t("wiz.select_instruction", lang)))
        if choice == "__ok__":
            return
        w.change(choice)


def _check_path(text: str, suffixes: tuple[str, ...], lang: str) -> bool | str:
    path = Path(os.path.expanduser(text.strip()))
    if not text.strip():
        return t("wiz.path_empty", lang)
    if path.suffix.lower() not in suffixes:
        return t("wiz.path_suffix", lang, options=", ".join(suffixes))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return t("wiz.path_no_folder", lang, folder=str(folder))
    if path.is_dir():
        return t("wiz.path_is_dir", lang, file=str(path))
    return True


def _offer_files(advice: Advice, lang: str) -> tuple[Path | None, Path | None, Path | None]:
    """Three plain questions rather than a checkbox: easier for people who have never used one."""
    from medins_cli.exports import has_deadlines_ahead

    def choose(question: str, options: list[tuple[str, str]]) -> str:
        # Values are never None: questionary would silently use the title instead.
        return _ask(questionary.select(t(question, lang), style=STYLE, instruction=t("wiz.select_instruction", lang),
                                       choices=[questionary.Choice(t(title, lang), value=v) for title, v in options]))

    def path(kind: str, default: str, suffixes: tuple[str, ...]) -> Path:
        text = _ask(questionary.text(t(f"wiz.q.path.{kind}", lang), default=default, style=STYLE,
                                     validate=lambda s: _check_path(s, suffixes, lang)))
        return Path(os.path.expanduser(text.strip()))

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
    questionary.print(t("wiz.welcome", lang), style="bold")
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
            questionary.print("  ✗ " + exc.message(lang), style="fg:ansired bold")
    print()
    render(advice, lang, no_color=no_color)
    print()
    if save_answers is None and ics is None and export is None:
        save_answers, ics, export = _offer_files(advice, lang)
    return advice, w.raw(), (save_answers, ics, export)
