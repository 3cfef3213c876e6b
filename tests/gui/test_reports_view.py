"""The Reports section over a real diary: choose, export on a worker, see where it went."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.vocabulary import LegReach, Side
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.exports import ExportFormat
from companion.ui.context import AppContext
from companion.ui.reports.reports_view import ReportsView
from companion.ui.ui_state import UiState

NOTE = "Sat through a long meeting."


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    now = datetime.now(UTC)
    for n in range(20, 0, -1):
        draft = CheckInDraft(
            back_pain=4,
            leg_pain=7 if n > 10 else 4,
            leg_reach=LegReach.THIGH,
            side=Side.RIGHT,
            note=NOTE if n == 5 else "",
            at=now - timedelta(days=n),
        )
        record_checkin(store, draft, now)
    return AppContext(store, UiState(data_dir))


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(760, 560)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_export_a_pdf_in_the_background(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    chosen: list[str] = []
    target = tmp_path / "report.pdf"

    def choose(_parent: QWidget, suggested: str, file_filter: str) -> Path:
        chosen.append(suggested)
        assert file_filter == "PDF files (*.pdf)"
        return target

    view = ReportsView(context, choose_path=choose)
    _shown(qtbot, view)
    view.name.setText("Sam Example")
    with qtbot.waitSignal(view.export_done, timeout=60_000) as done:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert view.exporting
        assert not view.export_button.isEnabled()
        assert view.busy.isVisible()
    result = done.args[0]
    assert result.path == target
    assert Path(chosen[0]).name.startswith("sciatica-report-")
    assert chosen[0].endswith(".pdf")
    assert view.export_button.isEnabled()
    assert not view.busy.isVisible()
    assert str(target) in view.status.text()
    assert "pages" in view.status.text()
    assert view.open_button.isVisible() and view.folder_button.isVisible()
    text = pdf_text(target)
    assert "Sam Example" in text
    assert NOTE in text
    assert "Leg pain" in text
    view.grab().save(str(tmp_path / "reports-view.png"))


def test_anonymise_leaves_out_name_and_notes(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    view = ReportsView(context)
    _shown(qtbot, view)
    view.name.setText("Sam Example")
    view.format.setCurrentIndex(view.format.findData(ExportFormat.FHIR))
    qtbot.keyClick(view.anonymous, Qt.Key.Key_Space)
    assert view.anonymous.isChecked()
    assert not view.name.isEnabled() and not view.notes.isEnabled()
    options = view.options()
    assert options.name == "" and not options.include_notes and options.anonymised
    target = tmp_path / "bundle.json"
    with qtbot.waitSignal(view.export_done, timeout=60_000):
        view.start_export(target)
    text = target.read_text(encoding="utf-8")
    assert "Sam Example" not in text and NOTE not in text
    assert json.loads(text)["resourceType"] == "Bundle"


def test_cancelling_the_dialog_exports_nothing(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    view = ReportsView(context, choose_path=lambda *_args: None)
    _shown(qtbot, view)
    view.ask_and_export()
    assert not view.exporting
    assert view.status.text() == ""
    assert list(tmp_path.glob("*.pdf")) == []


def test_chosen_dates_bound_the_period(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    view = ReportsView(context)
    _shown(qtbot, view)
    assert not view.start.isEnabled()
    view.period.setCurrentIndex(view.period.count() - 1)  # "Choose dates"
    assert view.start.isEnabled() and view.end.isEnabled()
    today = QDate.currentDate()
    view.start.setDate(today.addDays(-7))
    view.end.setDate(today.addDays(-2))
    options = view.options()
    assert options.start == date.today() - timedelta(days=7)
    assert options.end == date.today() - timedelta(days=2)
    view.format.setCurrentIndex(view.format.findData(ExportFormat.CSV))
    target = tmp_path / "data.zip"
    with qtbot.waitSignal(view.export_done, timeout=60_000) as done:
        view.start_export(target)
    assert done.args[0].period.first == options.start
    assert done.args[0].format is ExportFormat.CSV
    assert done.args[0].count > 1


def test_impossible_dates_are_explained_not_exported(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    view = ReportsView(context, choose_path=lambda *_args: tmp_path / "never.pdf")
    _shown(qtbot, view)
    view.period.setCurrentIndex(view.period.count() - 1)
    today = QDate.currentDate()
    view.start.setDate(today.addDays(-2))
    view.end.setDate(today.addDays(-9))
    view.ask_and_export()
    assert not view.exporting
    assert "Swap the dates" in view.status.text()
    assert not (tmp_path / "never.pdf").exists()


def test_a_failed_export_says_what_to_do(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    view = ReportsView(context)
    _shown(qtbot, view)
    view.start_export(tmp_path / "missing" / "report.pdf")
    qtbot.waitUntil(lambda: not view.exporting, timeout=60_000)
    assert "does not exist" in view.status.text()
    assert "Choose another folder" in view.status.text()
    assert view.export_button.isEnabled()
    assert not view.open_button.isVisible()


def test_an_unexpected_export_error_is_one_sentence_not_a_traceback(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_export(*args: object, **kwargs: object) -> None:
        raise RuntimeError("font cache gone")

    monkeypatch.setattr("companion.ui.reports.reports_view.export", broken_export)
    view = ReportsView(context)
    _shown(qtbot, view)
    view.start_export(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: not view.exporting, timeout=60_000)
    assert "The export stopped unexpectedly (RuntimeError: font cache gone)" in view.status.text()
    assert "Your diary is unchanged" in view.status.text()
    assert view.export_button.isEnabled()
    assert not view.busy.isVisible()


def test_every_control_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, context: AppContext
) -> None:
    view = ReportsView(context)
    _shown(qtbot, view)
    for control in (
        view.period,
        view.format,
        view.name,
        view.clinic,
        view.start,
        view.end,
        view.export_button,
    ):
        assert control.accessibleName()
    view.period.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.name


@pytest.mark.parametrize(
    ("period", "preset"),
    [
        ("Last 4 weeks", True),
        ("Last 3 months", True),
        ("Everything", False),
        ("Choose dates", False),
    ],
)
def test_a_preset_period_starts_no_earlier_than_the_diary(
    qtbot: QtBot, context: AppContext, period: str, preset: bool
) -> None:
    view = ReportsView(context)
    _shown(qtbot, view)
    view.period.setCurrentIndex(view.period.findText(period))
    # A preset may start on the diary's first day; an open start or chosen dates are as given.
    assert view.options().start_is_preset is preset


def test_the_report_can_be_written_in_another_language(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """A physiotherapist may read another language than the patient: the page chooses it."""
    from PySide6.QtCore import QLocale

    view = ReportsView(context, choose_path=lambda *_: tmp_path / "bericht.pdf")
    _shown(qtbot, view)
    languages = [view.language.itemData(i) for i in range(view.language.count())]
    assert languages == ["", "de", "en"]
    assert [view.language.itemText(i) for i in (1, 2)] == ["Deutsch", "English"]
    assert view.language.currentData() == ""  # automatic: the app's language
    before = QLocale()
    for locale, language in (("de_DE", "de"), ("de_AT", "de"), ("en_GB", "en"), ("fr_FR", "en")):
        QLocale.setDefault(QLocale(locale))
        try:
            assert view.options().language == language, locale
        finally:
            QLocale.setDefault(before)

    view.language.setCurrentIndex(1)
    with qtbot.waitSignal(view.export_done, timeout=60_000):
        view.ask_and_export()
    text = pdf_text(tmp_path / "bericht.pdf")
    assert "Verlaufsbericht Ischias" in text and "Tageseinträge" in text
    assert "Sciatica progress report" not in text


def test_the_periods_end_on_the_apps_clock_not_the_machines(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    # A fixed day far from the machine's: every preset and the date limits follow it.
    fixed = datetime(2031, 5, 20, 9, 0, tzinfo=UTC)
    view = ReportsView(AppContext(store, UiState(data_dir), clock=lambda: fixed))
    qtbot.addWidget(view)
    assert view.end.date() == QDate(2031, 5, 20)
    assert view.end.maximumDate() == QDate(2031, 5, 20)
    assert view.options().end == date(2031, 5, 20)
    assert view.options().start == date(2031, 5, 20) - timedelta(days=90)
    assert view.suggested_name() == "sciatica-report-2031-05-20.pdf"
