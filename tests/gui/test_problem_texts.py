"""Refusals from services/ and reports/ are worded on screen in the user's language: the
services return reasons, never sentences (a German UI showed their English)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from companion.domain.report import ReportProblem, ReportProblemReason
from companion.services.checkins import CheckInProblem, CheckInReason
from companion.services.exports import ExportFailed
from companion.services.programmes import ProgrammeRejected, RejectedBecause
from companion.services.screening import ScreeningInvalid, ScreeningRefusal
from companion.ui import language
from companion.ui.programme_view import rejected_text
from companion.ui.reports_view import export_problem_text
from companion.ui.screening_dialog import refusal_text
from companion.ui.texts import checkin_problem_text


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    language.apply_language(qapp, "de")
    yield
    while language._installed:
        qapp.removeTranslator(language._installed.pop())
    QLocale.setDefault(QLocale.system())
    language._state["region"] = language.Region(language.ENGLISH, None)


def test_check_in_problems_in_english(qapp: QApplication) -> None:
    assert (
        checkin_problem_text(CheckInProblem("back_pain", CheckInReason.PAIN_OUT_OF_RANGE, "12"))
        == "Back pain must be a whole number from 0 to 10, not 12."
    )
    assert (
        checkin_problem_text(CheckInProblem("side", CheckInReason.SIDE_NEEDED))
        == "Which leg? Choose left, right or both for the leg symptoms."
    )


@pytest.mark.usefixtures("german")
def test_check_in_problems_in_german() -> None:
    assert (
        checkin_problem_text(CheckInProblem("leg_pain", CheckInReason.NO_PAIN_SCORE))
        == "Beinschmerzen: Bitte wählen Sie eine Zahl von 0 bis 10."
    )
    assert (
        checkin_problem_text(CheckInProblem("note", CheckInReason.NOTE_TOO_LONG, "2101"))
        == "Die Notiz ist 2101 Zeichen lang; bitte kürzen Sie sie auf 2000."
    )
    marked = checkin_problem_text(
        CheckInProblem("leg_reach", CheckInReason.REACH_NOT_AS_MARKED, "thigh", "calf")
    )
    assert marked == (
        "Wie weit die Beschwerden ins Bein ausstrahlen, passt nicht zum Körperbild; dort ist "
        "markiert bis: Unter dem Knie."
    )


@pytest.mark.usefixtures("german")
def test_report_and_export_problems_in_german() -> None:
    swapped = ReportProblem(ReportProblemReason.DATES_SWAPPED, date(2026, 3, 10), date(2026, 3, 1))
    text = export_problem_text(swapped)
    assert text.startswith("Der Zeitraum beginnt (")
    assert text.endswith("Tauschen Sie die beiden Daten und versuchen Sie es erneut.")
    assert "Swap" not in text
    assert export_problem_text(ExportFailed(Path("Briefe"))) == (
        "Der Ordner Briefe enthält schon andere Dateien, daher wurde dort nichts geschrieben. "
        "Wählen Sie einen neuen oder leeren Ordner oder einen Dateinamen, der auf .zip endet."
    )
    assert export_problem_text(ReportProblem(ReportProblemReason.TEXT_TOO_LONG)) == (
        "Der Name oder die Praxiszeile ist zu lang (höchstens 200 bzw. 300 Zeichen)."
    )


@pytest.mark.usefixtures("german")
def test_programme_refusals_in_german() -> None:
    assert rejected_text(ProgrammeRejected(RejectedBecause.ALREADY_FOLLOWED)) == (
        "Diesem Übungsprogramm folgen Sie bereits; es wurde nichts geändert."
    )
    older = rejected_text(
        ProgrammeRejected(
            RejectedBecause.OLDER_FILE, "A. Muster", date(2026, 10, 1), date(2026, 11, 2)
        )
    )
    assert older.startswith("Diese Datei ist älter (")
    assert "als das Übungsprogramm von A. Muster, dem Sie jetzt folgen (" in older
    assert "2026" in older
    assert "older" not in older


@pytest.mark.usefixtures("german")
def test_screening_refusals_in_german() -> None:
    unanswered = ScreeningInvalid(ScreeningRefusal.UNANSWERED, "missing: bowel")
    assert refusal_text(unanswered) == (
        "Bitte beantworten Sie jede Frage mit Ja oder Nein, bevor Sie abschließen."
    )
    odd = ScreeningInvalid(ScreeningRefusal.NOT_RECORDABLE, "made_up: unknown question")
    assert "made_up" not in refusal_text(odd)
    assert refusal_text(odd).startswith("Diese Antworten konnten nicht gespeichert werden.")
