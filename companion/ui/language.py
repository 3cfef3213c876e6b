"""The language and country the app speaks in: the system's, unless Settings names one.

The language decides the words (Qt's translations and ours, and the exercise content); QLocale's
default follows it, so dates, numbers and the first day of the week come from the same choice.
The country decides only the urgent-help numbers (domain/regional.py): they follow where the
user is, not what they read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from companion.domain.regional import UrgentNumbers, country_of_locale, urgent_numbers
from companion.paths import resources_dir

ENGLISH = "en"
AUTOMATIC = ""  # the stored choice that means "follow the system"

# Each language named in itself, so a user who cannot read the current one still finds theirs.
NATIVE_NAMES = {"en": "English", "de": "Deutsch"}

translate = QCoreApplication.translate


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages(folder: Path | None = None) -> list[str]:
    """The languages the app ships (a compiled companion_<code>.qm each), English first."""
    found = {p.stem.removeprefix("companion_") for p in (folder or translations_dir()).glob("*.qm")}
    return [ENGLISH, *sorted(found - {ENGLISH})]


def system_language(available: list[str], environ: dict[str, str] | None = None) -> str:
    """The first of the user's preferred languages that the app ships, else English.

    LANGUAGE (a colon-separated list, as gettext reads it) comes first, then LC_ALL, LC_MESSAGES
    and LANG, then what Qt says of the system (the only source on Windows and macOS)."""
    env = os.environ if environ is None else environ
    wanted = [*env.get("LANGUAGE", "").split(":")]
    wanted += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    if environ is None:
        wanted += QLocale.system().uiLanguages()
    for name in wanted:
        code = name.split(".")[0].replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
    return ENGLISH


def system_country(environ: dict[str, str] | None = None) -> str | None:
    """The country of the system locale (ISO code), None when it names none."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if country := country_of_locale(env.get(name, "")):
            return country
    if environ is None:
        return country_of_locale(QLocale.system().name())
    return None


@dataclass(frozen=True)
class Region:
    """The language and country in force."""

    language: str
    country: str | None

    @property
    def numbers(self) -> UrgentNumbers:
        return urgent_numbers(self.country)


# What the running app uses now (one app per process); tests set it with monkeypatch.setitem.
_state: dict[str, Region] = {"region": Region(ENGLISH, None)}
_installed: list[QTranslator] = []


def current() -> Region:
    """The language and country the app speaks in now."""
    return _state["region"]


def set_country(country: str | None) -> None:
    """Use `country`'s urgent-help numbers (None: the system's country)."""
    _state["region"] = Region(current().language, country or system_country())


def locale_for(language: str) -> QLocale:
    """The formats for `language`: the system's own locale when it speaks it (de_AT keeps its
    formats), else the language as written in the system's country where Qt knows that
    (English in Germany: 24-hour clock, Monday first), else the language's main locale."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        named = QLocale(system.name())
        # LANGUAGE=de over a C or English LC_TIME: Qt names the system locale de_DE but formats
        # with the other locale's words and decimal point ("Saturday, 5 December"). Then the
        # language's own formats win; otherwise the system's (with the user's own settings).
        return system if system.monthName(1) == named.monthName(1) else named
    main = QLocale(language)
    in_country = QLocale(main.language(), system.territory())
    return in_country if in_country.territory() == system.territory() else main


def apply_language(
    app: QCoreApplication, language: str, country: str | None = None, folder: Path | None = None
) -> Region:
    """Speak `language` ("" for the system's) from now on: Qt's own words and ours, and the
    locale's formats. Translators of an earlier choice are taken out first."""
    ours = folder or translations_dir()
    chosen = language or system_language(available_languages(ours))
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(locale_for(chosen))
    for folder_path, prefix in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_"),
        (str(ours), "companion_"),
    ):
        translator = QTranslator(app)
        # English has a translation too: the source says "%n exercise(s)", only the English
        # file says "1 exercise".
        if translator.load(f"{prefix}{chosen}", folder_path) or (
            prefix == "companion_" and translator.load(f"{prefix}{ENGLISH}", folder_path)
        ):
            app.installTranslator(translator)
            _installed.append(translator)
    _state["region"] = Region(chosen, country or system_country())
    return current()


def language_names() -> list[tuple[str, str]]:
    """(stored choice, name) for the Settings list: Automatic first, then each language."""
    names = [(AUTOMATIC, translate("Language", "Automatic (as the system)"))]
    for code in available_languages():
        native = NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName().capitalize()
        names.append((code, native))
    return names


def country_names() -> list[tuple[str, str]]:
    """(stored choice, name) for the Settings list of countries."""
    return [
        (AUTOMATIC, translate("Language", "Automatic (as the system)")),
        ("DE", translate("Language", "Germany")),
        ("GB", translate("Language", "United Kingdom")),
        ("US", translate("Language", "United States")),
        ("CA", translate("Language", "Canada")),
        ("ZZ", translate("Language", "Another country (emergency number 112)")),
    ]


def _unbroken(number: str) -> str:
    # "116 117" is one number: never split across two lines.
    return number.replace(" ", "\u00a0")


def emergency_number() -> str:
    """The emergency number for the user's country."""
    return _unbroken(current().numbers.emergency)


def advice_line() -> str:
    """The same-day medical advice line for the user's country, as a phrase in a sentence."""
    number = current().numbers.advice
    if number is None:
        return translate("Language", "your local urgent advice line")
    return translate("Language", "the urgent medical advice line {number}").format(
        number=_unbroken(number)
    )


def with_numbers(text: str) -> str:
    """`text` with its "{emergency}" and "{advice_line}" filled for the user's country."""
    return text.replace("{emergency}", emergency_number()).replace("{advice_line}", advice_line())


def first_weekday() -> int:
    """The ISO weekday a week starts on in the app's locale: 1 Monday (Germany, the UK), 7
    Sunday (the US). Qt numbers its days as ISO does."""
    return QLocale().firstDayOfWeek().value
