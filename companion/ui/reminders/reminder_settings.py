"""Reminder settings: how long to sit, working hours, quiet hours, pausing, start at login, and
an honest line on whether this desktop tells the app when the user is away."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.domain.branding import Branding, LockedSetting
from companion.domain.changes import Changes, Topic
from companion.reminders.decisions import PauseLength
from companion.reminders.rules import SITTING_INTERVAL_RANGE, DailyWindow, ReminderRules
from companion.services.reminders import load_rules, save_rules
from companion.system import autostart
from companion.ui.context import AppContext
from companion.ui.reminders.reminder_runner import ReminderRunner
from companion.ui.reminders.reminder_texts import coming_up_lines
from companion.ui.widgets.messages import warn

DEFAULT_HOURS = DailyWindow(time(8, 0), time(20, 0))
DEFAULT_QUIET = DailyWindow(time(22, 0), time(7, 0))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class NotATimeOfDay(ValueError):
    """One of the typed exercise times is not a time of day."""

    def __init__(self, typed: str) -> None:
        super().__init__(f"not a time of day: {typed!r}")
        self.typed = typed


class SettingsProblem(ValueError):
    """A setting that cannot be kept: the message names the field, `field` is where it is."""

    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


def parse_times(text: str) -> tuple[time, ...]:
    """Times of day typed as '09:30, 18:00' (also '9.30' or '18'); NotATimeOfDay if one is not."""
    found: list[time] = []
    for typed in text.replace(";", ",").split(","):
        written = typed.strip().replace(".", ":")
        if not written:
            continue
        hours, _, minutes = written.partition(":")
        if not hours.isdigit() or (minutes and not minutes.isdigit()):
            raise NotATimeOfDay(typed.strip())
        try:
            found.append(time(int(hours), int(minutes or 0)))  # refuses 25:00 or 9:75
        except ValueError as error:
            raise NotATimeOfDay(typed.strip()) from error
    return tuple(sorted(set(found)))


class _Span(QWidget):
    """A "from ... to ..." pair of time fields with a switch, for one day or the quiet hours."""

    def __init__(self, label: str, window: DailyWindow | None, fallback: DailyWindow) -> None:
        super().__init__()
        self.enabled = QCheckBox(label)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit, what in ((self.start, self.tr("from")), (self.end, self.tr("until"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(f"{label}: {what}")
        shown = window or fallback
        self.start.setTime(_qtime(shown.start))
        self.end.setTime(_qtime(shown.end))
        self.enabled.setChecked(window is not None)
        self.enabled.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.start.setEnabled(self.enabled.isChecked())
        self.end.setEnabled(self.enabled.isChecked())

    def value(self) -> DailyWindow | None:
        """The window chosen, or None when switched off; ValueError if start equals end."""
        if not self.enabled.isChecked():
            return None
        return DailyWindow(_time(self.start.time()), _time(self.end.time()))


class ReminderSettings(QWidget):
    """The reminder part of the Settings page."""

    def lock_by_clinic(self, branding: Branding) -> None:
        """Grey out what the clinic's build fixes, saying who set it."""
        locked: list[QWidget] = []
        if branding.is_locked(LockedSetting.SITTING_BREAK):
            locked += [self.breaks_on, self.interval]
        if branding.is_locked(LockedSetting.WORKING_HOURS):
            locked += [w for day in self.days for w in (day.enabled, day.start, day.end)]
        if branding.is_locked(LockedSetting.QUIET_HOURS):
            locked += [self.quiet.enabled, self.quiet.start, self.quiet.end]
        if branding.is_locked(LockedSetting.CHECK_IN_TIME):
            locked += [self.check_in_on, self.check_in_time]
        if branding.is_locked(LockedSetting.SESSION_TIMES):
            locked.append(self.session_times)
        why = self.tr("Set by {clinic}").format(
            clinic=branding.clinic_name or branding.product_name
        )
        for widget in locked:
            widget.setEnabled(False)
            widget.setToolTip(why)

    def __init__(self, context: AppContext, runner: ReminderRunner | None = None) -> None:
        super().__init__()
        self._context = context
        self._runner: ReminderRunner | None = None
        self.setObjectName("reminderSettings")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_breaks())
        layout.addWidget(self._build_hours())
        layout.addWidget(self._build_quiet())
        layout.addWidget(self._build_daily())
        layout.addLayout(self._build_save_row())
        layout.addWidget(self._build_pause())
        layout.addWidget(self._build_coming_up())
        layout.addWidget(self._build_autostart())

        context.bus.changed.connect(self._on_changes)
        self.load()
        self.attach_runner(runner)

    # --- Building the page ----------------------------------------------------------------

    def _build_breaks(self) -> QGroupBox:
        """Movement breaks after sitting, and where news of the user being away comes from."""
        breaks = QGroupBox(self.tr("Sitting breaks"))
        self.breaks_on = QCheckBox(self.tr("&Remind me to get up after sitting for"))
        self.interval = QSpinBox()
        low, high = SITTING_INTERVAL_RANGE
        self.interval.setRange(int(low.total_seconds() // 60), int(high.total_seconds() // 60))
        self.interval.setSuffix(self.tr(" minutes"))
        self.interval.setAccessibleName(self.tr("Minutes of sitting before a sitting break"))
        self.breaks_on.toggled.connect(self.interval.setEnabled)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.breaks_on)
        interval_row.addWidget(self.interval)
        interval_row.addStretch(1)
        self.idle_line = QLabel()
        self.idle_line.setWordWrap(True)
        self.idle_line.setObjectName("idleSourceLine")
        breaks_layout = QVBoxLayout(breaks)
        breaks_layout.addLayout(interval_row)
        breaks_layout.addWidget(self.idle_line)
        return breaks

    def _build_hours(self) -> QGroupBox:
        """The working hours, day by day."""
        hours = QGroupBox(self.tr("Working hours (sitting breaks only on these days and hours)"))
        hours_grid = QGridLayout(hours)
        locale = QLocale()
        self.days: list[_Span] = []
        for weekday in range(7):
            name = locale.dayName(weekday + 1, QLocale.FormatType.LongFormat)
            span = _Span(name, None, DEFAULT_HOURS)
            self.days.append(span)
            hours_grid.addWidget(span.enabled, weekday, 0)
            hours_grid.addWidget(span.start, weekday, 1)
            hours_grid.addWidget(QLabel(self.tr("to")), weekday, 2)
            hours_grid.addWidget(span.end, weekday, 3)
        hours_grid.setColumnStretch(4, 1)
        return hours

    def _build_quiet(self) -> QGroupBox:
        """The quiet hours, when nothing reminds."""
        quiet = QGroupBox(self.tr("Quiet hours (no reminders at all)"))
        self.quiet = _Span(self.tr("&Quiet hours"), None, DEFAULT_QUIET)
        quiet_row = QHBoxLayout(quiet)
        quiet_row.addWidget(self.quiet.enabled)
        quiet_row.addWidget(self.quiet.start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet.end)
        quiet_row.addStretch(1)
        return quiet

    def _build_daily(self) -> QGroupBox:
        """The daily check-in time and the exercise session times."""
        daily = QGroupBox(self.tr("Check-in and exercise sessions"))
        self.check_in_on = QCheckBox(self.tr("Remind me to &check in at"))
        self.check_in_time = QTimeEdit()
        self.check_in_time.setDisplayFormat("HH:mm")
        self.check_in_time.setAccessibleName(self.tr("Time of the daily check-in reminder"))
        self.check_in_on.toggled.connect(self.check_in_time.setEnabled)
        self.session_times = QLineEdit()
        self.session_times.setAccessibleName(self.tr("Times of the exercise session reminders"))
        self.session_times.setPlaceholderText(self.tr("for example 09:30, 18:00"))
        check_in_row = QHBoxLayout()
        check_in_row.addWidget(self.check_in_on)
        check_in_row.addWidget(self.check_in_time)
        check_in_row.addStretch(1)
        sessions_label = QLabel(self.tr("Remind me to do my &exercises at:"))
        sessions_label.setBuddy(self.session_times)
        sessions_row = QHBoxLayout()
        sessions_row.addWidget(sessions_label)
        sessions_row.addWidget(self.session_times, 1)
        daily_layout = QVBoxLayout(daily)
        daily_layout.addLayout(check_in_row)
        daily_layout.addLayout(sessions_row)
        return daily

    def _build_save_row(self) -> QHBoxLayout:
        """Save, and the note that says it was saved."""
        self.save_button = QPushButton(self.tr("Sa&ve reminder settings"))
        self.save_button.setAccessibleName(self.tr("Save reminder settings"))
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note, 1)
        return save_row

    def _build_pause(self) -> QGroupBox:
        """Pause for a while, or resume now."""
        pause = QGroupBox(self.tr("Pause"))
        self.pause_state = QLabel()
        self.pause_state.setWordWrap(True)
        self.pause_buttons: dict[PauseLength, QPushButton] = {
            PauseLength.HALF_HOUR: QPushButton(self.tr("30 minutes")),
            PauseLength.HOUR: QPushButton(self.tr("1 hour")),
            PauseLength.UNTIL_TOMORROW: QPushButton(self.tr("Until tomorrow")),
        }
        pause_row = QHBoxLayout()
        for length, button in self.pause_buttons.items():
            button.setAccessibleName(
                self.tr("Pause reminders: {length}").format(length=button.text())
            )
            button.clicked.connect(lambda _checked=False, chosen=length: self._pause(chosen))
            pause_row.addWidget(button)
        self.resume_button = QPushButton(self.tr("Res&ume now"))
        self.resume_button.setAccessibleName(self.tr("Resume reminders now"))
        self.resume_button.clicked.connect(self._resume)
        pause_row.addWidget(self.resume_button)
        pause_row.addStretch(1)
        pause_layout = QVBoxLayout(pause)
        pause_layout.addWidget(self.pause_state)
        pause_layout.addLayout(pause_row)
        return pause

    def _build_coming_up(self) -> QGroupBox:
        """What will remind in the next 24 hours."""
        coming = QGroupBox(self.tr("Coming up in the next 24 hours"))
        self.coming_up = QLabel()
        self.coming_up.setObjectName("comingUp")
        self.coming_up.setWordWrap(True)
        self.coming_up.setTextFormat(Qt.TextFormat.PlainText)
        self.coming_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(coming).addWidget(self.coming_up)
        return coming

    def _build_autostart(self) -> QCheckBox:
        """Start at login, in the tray."""
        self.autostart = QCheckBox(
            self.tr("&Start {app} when I log in (in the tray, without a window)").format(
                app=APP_NAME
            )
        )
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.toggled.connect(self._set_autostart)
        return self.autostart

    # --- Public -------------------------------------------------------------------------------

    def attach_runner(self, runner: ReminderRunner | None) -> None:
        """Connect to the running reminders (pausing and the idle line need them)."""
        if self._runner is not None:
            self._runner.upcoming_changed.disconnect(self._show_runner_state)
        self._runner = runner
        if runner is not None:
            runner.upcoming_changed.connect(self._show_runner_state)
        self._show_runner_state()

    def load(self) -> None:
        """Show the rules in force."""
        rules = load_rules(self._context.store)
        self._rules = rules
        interval = rules.sitting_interval
        self.breaks_on.setChecked(interval is not None)
        self.interval.setEnabled(interval is not None)
        shown = interval or timedelta(minutes=30)
        self.interval.setValue(round(shown.total_seconds() / 60))
        for span, window in zip(self.days, rules.working_hours, strict=True):
            span.enabled.setChecked(window is not None)
            if window is not None:
                span.start.setTime(_qtime(window.start))
                span.end.setTime(_qtime(window.end))
        self.quiet.enabled.setChecked(rules.quiet_hours is not None)
        if rules.quiet_hours is not None:
            self.quiet.start.setTime(_qtime(rules.quiet_hours.start))
            self.quiet.end.setTime(_qtime(rules.quiet_hours.end))
        self.check_in_on.setChecked(rules.check_in_time is not None)
        self.check_in_time.setEnabled(rules.check_in_time is not None)
        self.check_in_time.setTime(_qtime(rules.check_in_time or time(19, 0)))
        self.session_times.setText(", ".join(t.strftime("%H:%M") for t in rules.session_times))

    def _span_value(self, span: _Span) -> DailyWindow | None:
        try:
            return span.value()
        except ValueError as error:
            name = span.enabled.text().replace("&", "")
            raise SettingsProblem(
                self.tr(
                    "{field}: the start and the end are the same time. Give different times, "
                    "or switch it off."
                ).format(field=name),
                span.end,
            ) from error

    def _session_times(self) -> tuple[time, ...]:
        try:
            return parse_times(self.session_times.text())
        except NotATimeOfDay as error:
            raise SettingsProblem(
                self.tr(
                    'Exercise session times: "{typed}" is not a time of day. Write times like '
                    "09:30, 18:00."
                ).format(typed=error.typed),
                self.session_times,
            ) from error

    def rules(self) -> ReminderRules:
        """The rules the form describes; SettingsProblem names the field that does not fit."""
        interval = timedelta(minutes=self.interval.value()) if self.breaks_on.isChecked() else None
        natural = self._rules.natural_break
        if interval is not None and natural >= interval:
            natural = max(timedelta(minutes=1), interval / 3)
        return ReminderRules(
            sitting_interval=interval,
            natural_break=natural,
            snooze=self._rules.snooze,
            working_hours=tuple(self._span_value(span) for span in self.days),
            quiet_hours=self._span_value(self.quiet),
            session_times=self._session_times(),
            check_in_time=_time(self.check_in_time.time())
            if self.check_in_on.isChecked()
            else None,
            questionnaire_time=self._rules.questionnaire_time,
        )

    def save(self) -> bool:
        """Keep the settings; the running reminders take them up at once."""
        try:
            rules = self.rules()
        except SettingsProblem as problem:
            warn(
                self,
                self.tr("These settings need a change"),
                self.tr("{problem} Your earlier settings are still in force.").format(
                    problem=problem
                ),
            )
            problem.field.setFocus()
            return False
        try:
            changes = save_rules(self._context.store, rules)
        except Exception as error:
            warn(
                self,
                self.tr("Settings not saved"),
                self.tr(
                    "The reminder settings could not be saved ({error}). Your earlier settings "
                    "are still in force; please try again."
                ).format(error=error),
            )
            return False
        self._rules = rules
        self.saved_note.setText(self.tr("Saved."))
        self._context.publish(changes)
        return True

    # --- Inside -------------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PREFERENCES, Topic.PROGRAMME):
            self.load()

    def _show_runner_state(self) -> None:
        runner = self._runner
        for button in (*self.pause_buttons.values(), self.resume_button):
            button.setEnabled(runner is not None)
        if runner is None:
            self.idle_line.setText("")
            self.idle_line.hide()
            self.pause_state.setText(self.tr("Reminders are not running."))
            self.coming_up.setText(self.tr("Reminders are not running."))
            return
        self.idle_line.show()
        if runner.idle_available:
            self.idle_line.setText(
                self.tr(
                    "Time away from the keyboard and mouse counts as a break, so you are not "
                    "reminded of a break you already took."
                )
            )
        else:
            self.idle_line.setText(
                self.tr(
                    "This desktop does not tell the app when you are away from the keyboard, so "
                    "reminders fall back to plain intervals: they count all the time the "
                    "computer is on, and only sleep or switching off counts as a break."
                )
            )
        paused = runner.paused_until()
        self.resume_button.setEnabled(paused is not None)
        self.pause_state.setText(runner.summary())
        lines = coming_up_lines(runner.upcoming(), runner.now())
        self.coming_up.setText("\n".join(lines) or self.tr("No reminders in the next 24 hours."))

    def _pause(self, length: PauseLength) -> None:
        if self._runner is not None:
            self._runner.pause(length)

    def _resume(self) -> None:
        if self._runner is not None:
            self._runner.resume()

    def _set_autostart(self, on: bool) -> None:
        try:
            if on:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as error:
            self.autostart.blockSignals(True)
            self.autostart.setChecked(autostart.is_enabled())
            self.autostart.blockSignals(False)
            warn(
                self,
                self.tr("Start at login"),
                self.tr(
                    "The start-at-login setting could not be changed ({error}). Nothing else "
                    "was affected; you can start {app} yourself."
                ).format(error=error, app=APP_NAME),
            )
