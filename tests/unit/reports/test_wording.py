"""The report's catalogue without Qt: the committed .ts files, finished messages only."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from companion.reports.wording import (
    UnknownLanguage,
    Wording,
    check_report_language,
    report_languages,
)

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Report</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">Urteil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Week of</source>
        <translation>Woche (Seite)</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "companion_de.ts").write_text(CATALOGUE, encoding="utf-8")
    return tmp_path


def test_finished_messages_are_used_and_open_ones_stay_english(folder: Path) -> None:
    words = Wording("de", folder)
    assert words.translate("Report", "Charts") == "Diagramme"
    assert words.translate("Report", "Verdict") == "Verdict"  # unfinished: never shown
    assert words.translate("Report", "Notes") == "Notes"  # vanished
    assert words.translate("Report", "Week of") == "Week of"  # another context's message
    assert words.translate("Report", "Not in the file") == "Not in the file"


def test_counted_phrases_take_the_languages_forms(folder: Path) -> None:
    german = Wording("de", folder)
    assert [german.translate("Report", "%n day(s)", "", n) for n in (0, 1, 2)] == [
        "0 Tage",
        "1 Tag",
        "2 Tage",
    ]
    english = Wording("en", folder)  # no English file here: the "(s)" rule
    assert [english.translate("Report", "%n day(s)", "", n) for n in (1, 7)] == [
        "1 day",
        "7 days",
    ]


def test_dates_and_numbers_as_each_language_writes_them(folder: Path) -> None:
    german, english = Wording("de", folder), Wording("en", folder)
    day = date(2026, 12, 4)
    assert german.day(day) == "4. Dez. 2026"
    assert german.short_day(date(2026, 3, 2)) == "2. März"
    assert english.day(day) == "4 Dec 2026"
    assert english.short_day(day) == "4 Dec"
    assert german.number(2.5) == "2,5" and german.number(3.0) == "3"
    assert english.number(2.5) == "2.5" and english.number(None) == "–"
    assert german.decimal(-1.25, sign=True) == "-1,2"
    assert german.formats.first_weekday == english.formats.first_weekday == 0  # Monday


def test_the_shipped_catalogue_has_the_report_in_german() -> None:
    assert report_languages() == ["de", "en"]
    german = Wording("de")
    assert german.translate("Report", "Sciatica progress report") == "Verlaufsbericht Ischias"
    assert german.translate("Report", "%n check-in(s)", "", 1) == "1 Tageseintrag"
    english = Wording("en")
    assert english.translate("Report", "%n check-in(s)", "", 1) == "1 check-in"
    assert english.translate("Report", "%n check-in(s)", "", 2) == "2 check-ins"


def test_an_unknown_language_is_refused_with_the_ones_there_are(folder: Path) -> None:
    assert check_report_language("de", folder) == "de"
    with pytest.raises(UnknownLanguage, match=r"no report in 'xx'; choose one of: de, en\."):
        check_report_language("xx", folder)


@pytest.mark.parametrize("language", report_languages())
def test_the_week_tables_column_titles_never_overlap(language: str) -> None:
    """German titles run longer: each column's title lines stay clear of the next column's."""
    from companion.reports.pdf_details import _week_columns
    from companion.reports.pdf_typesetting import Typesetter

    with Typesetter() as setter:
        spans = []
        for title, x, align, _cell in _week_columns(Wording(language)):
            wide = max(setter.width(line, 7.5) for line in title.split("\n"))
            spans.append((x, x + wide) if align == "left" else (x - wide, x))
    for (_left, right), (next_left, _next_right) in itertools.pairwise(spans):
        assert right + 0.03 <= next_left, (language, spans)


def test_every_red_flag_finding_has_report_words() -> None:
    from companion.domain.red_flags import QUESTIONS
    from companion.reports.report_words import finding_words
    from companion.services.report_measures import words

    german = Wording("de")
    for question in QUESTIONS:
        english = words(question.id)  # as the services name a finding
        assert finding_words(Wording("en"), english) == english
        assert finding_words(german, english) != english, question.id


def test_the_reach_axis_words_are_no_wider_than_englishs() -> None:
    """The page leaves the English words' room beside the reach chart: longer German ones go
    on two even lines, English ones stay on one."""
    from companion.reports.report_charts import _reach_labels

    assert _reach_labels(Wording("en")) == [
        "no leg symptoms",
        "buttock",
        "thigh",
        "below the knee",
        "into the foot",
    ]
    assert _reach_labels(Wording("de")) == [
        "keine\nBeinbeschwerden",
        "bis ins Gesäß",
        "bis in den\nOberschenkel",
        "bis unter\ndas Knie",
        "bis in den Fuß",
    ]


def test_a_german_measure_sentence_claims_what_the_english_one_does() -> None:
    from companion.domain.measures import MeasureKind
    from companion.domain.report import MeasureScores
    from companion.reports.report_words import measure_sentence

    def scores(kind: MeasureKind, first: float, latest: float, sittings: int = 2) -> MeasureScores:
        start, end = date(2026, 3, 2), date(2026, 4, 6)
        return MeasureScores(kind.value, kind.value, sittings, first, start, latest, end, "", "")

    german = Wording("de")
    activity = measure_sentence(german, scores(MeasureKind.FUNCTIONAL_SCALE, 3, 7.5))
    # The PSFS's threshold is a detectable change (Stratford), in its German term.
    assert activity == (
        "Aktivitätswert: seit dem 2. März 2026 von 3 auf 7,5 gestiegen, eine Verbesserung "
        "über die nachweisbare Veränderung hinaus."
    )
    # No agreed threshold for the bother score: the numbers only, as in English.
    bother = measure_sentence(german, scores(MeasureKind.BOTHERSOMENESS, 16, 9))
    assert bother == "Ischias-Beschwerdewert: seit dem 2. März 2026 von 16 auf 9 gesunken."
    single = measure_sentence(german, scores(MeasureKind.BOTHERSOMENESS, 9, 9, sittings=1))
    assert single == "Ischias-Beschwerdewert: 9 am 6. Apr. 2026."
