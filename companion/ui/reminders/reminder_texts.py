"""What the reminders say: in the tray and in Settings, what comes next or why nothing does;
in the reminder window, what is due, why now, and how much of the movement to do.

Apart from the runner, so the tray form (which loads no services) words its line the same way.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from companion.domain.exercise import Dose, SidesMode
from companion.domain.vocabulary import ReminderKind
from companion.reminders.decisions import Due, DueReason, Hold, Upcoming

COMING_UP = timedelta(hours=24)  # how far ahead Settings lists the reminders


def _kind_words(kind: ReminderKind) -> tuple[str, str]:
    """What a reminder is for in a few words (tray, Settings), and the reminder window's
    heading for it."""
    translate = QCoreApplication.translate
    words = {
        ReminderKind.SITTING_BREAK: (
            translate("ReminderRunner", "Sitting break"),
            translate("ReminderWindow", "Time to stand up and move"),
        ),
        ReminderKind.EXERCISE_SESSION: (
            translate("ReminderRunner", "Exercise session"),
            translate("ReminderWindow", "Time for your exercises"),
        ),
        ReminderKind.CHECK_IN: (
            translate("ReminderRunner", "Check-in"),
            translate("ReminderWindow", "Time for your daily check-in"),
        ),
        ReminderKind.QUESTIONNAIRE: (
            translate("ReminderRunner", "Questionnaire"),
            translate("ReminderWindow", "A short questionnaire is due"),
        ),
    }
    return words[kind]


def kind_name(kind: ReminderKind) -> str:
    """What a reminder is for, in a few words."""
    return _kind_words(kind)[0]


def hold_text(hold: Hold) -> str:
    """Why a reminder that is due waits."""
    translate = QCoreApplication.translate
    texts = {
        Hold.PAUSED: translate("ReminderRunner", "paused"),
        Hold.QUIET_HOURS: translate("ReminderRunner", "quiet hours"),
        Hold.OUTSIDE_WORKING_HOURS: translate("ReminderRunner", "outside working hours"),
        Hold.DO_NOT_DISTURB: translate("ReminderRunner", "do not disturb is on"),
        Hold.FULL_SCREEN: translate("ReminderRunner", "a full-screen window is open"),
        Hold.AWAY: translate("ReminderRunner", "waiting for you to come back"),
    }
    return texts[hold]


def next_reminder_text(
    upcoming: tuple[Upcoming, ...], paused_until: datetime | None, now: datetime
) -> str:
    """One line for the tray tooltip and menu: what comes next, or why nothing does."""
    translate = QCoreApplication.translate
    if paused_until is not None:
        local = paused_until.astimezone(now.tzinfo)
        if local.date() > now.date():
            return translate("ReminderRunner", "Reminders paused until tomorrow")
        return translate("ReminderRunner", "Reminders paused until {time}").format(
            time=local.strftime("%H:%M")
        )
    if not upcoming:
        return translate("ReminderRunner", "No reminders planned")
    first = upcoming[0]
    name = kind_name(first.occasion.kind)
    if first.showing:
        return translate("ReminderRunner", "{what} due now").format(what=name)
    if first.held is not None:
        return translate("ReminderRunner", "{what}: due, {why}").format(
            what=name, why=hold_text(first.held)
        )
    local = first.at.astimezone(now.tzinfo)
    if local.date() > now.date():
        return translate("ReminderRunner", "Next: {what} tomorrow at {time}").format(
            what=name, time=local.strftime("%H:%M")
        )
    return translate("ReminderRunner", "Next: {what} at {time}").format(
        what=name, time=local.strftime("%H:%M")
    )


def coming_up_lines(upcoming: tuple[Upcoming, ...], now: datetime) -> list[str]:
    """The reminders of the next 24 hours as the scheduler plans them, one line each."""
    translate = QCoreApplication.translate
    lines = []
    for item in upcoming:
        if item.at > now + COMING_UP:
            continue
        name = kind_name(item.occasion.kind)
        local = item.at.astimezone(now.tzinfo)
        if item.showing:
            when = translate("ReminderRunner", "due now")
        elif item.held is not None:
            when = translate("ReminderRunner", "due, {why}").format(why=hold_text(item.held))
        elif local.date() > now.date():
            when = translate("ReminderRunner", "tomorrow at {time}").format(
                time=local.strftime("%H:%M")
            )
        else:
            when = translate("ReminderRunner", "today at {time}").format(
                time=local.strftime("%H:%M")
            )
        lines.append(translate("ReminderRunner", "{what}: {when}").format(what=name, when=when))
    return lines


def reminder_title(due: Due) -> str:
    """The window's heading for a reminder of this kind."""
    return _kind_words(due.kind)[1]


def reminder_text(due: Due) -> str:
    """A line that says why now, in the user's terms."""
    translate = QCoreApplication.translate
    if due.kind is ReminderKind.SITTING_BREAK and due.sat_for is not None:
        minutes = max(1, round(due.sat_for.total_seconds() / 60))
        text = translate(
            "ReminderWindow",
            "You have been sitting for %n minute(s). A short movement helps.",
            "",
            minutes,
        )
    elif due.kind is ReminderKind.SITTING_BREAK:
        text = translate("ReminderWindow", "A short movement helps after a spell of sitting.")
    elif due.kind is ReminderKind.EXERCISE_SESSION:
        text = translate("ReminderWindow", "Your home programme is ready when you are.")
    elif due.kind is ReminderKind.CHECK_IN:
        text = translate("ReminderWindow", "How are your back and leg today? It takes 30 seconds.")
    else:
        text = translate(
            "ReminderWindow", "Answering it shows you and your physiotherapist how you are doing."
        )
    if due.reason is DueReason.SNOOZE_ENDED:
        text = translate("ReminderWindow", "As promised, here it is again.") + " " + text
    return text


def snack_dose_text(dose: Dose) -> str:
    """How much of the snack to do, e.g. "5 times" or "2 minutes"."""
    translate = QCoreApplication.translate
    # The counts are plain names: lupdate skips a message whose count is `dose.minutes`.
    minutes, reps, hold = dose.minutes, dose.reps, dose.hold_s
    if minutes is not None:
        return translate("ReminderWindow", "For %n minute(s)", "", minutes)
    text = translate("ReminderWindow", "%n time(s)", "", reps)
    if hold and hold % 60 == 0:
        held_minutes = hold // 60
        text += ", " + translate("ReminderWindow", "hold %n minute(s) each", "", held_minutes)
    elif hold:
        text += ", " + translate("ReminderWindow", "hold %n second(s) each", "", hold)
    if dose.sides is not SidesMode.ONE:
        text += ", " + translate("ReminderWindow", "each side")
    return text


def clock_text(seconds: int) -> str:
    """m:ss."""
    return f"{seconds // 60}:{seconds % 60:02d}"
