"""What the reminders say in the tray and in Settings: what comes next, or why nothing does.

Apart from the runner, so the tray form (which loads no services) words its line the same way.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from companion.domain.vocabulary import ReminderKind
from companion.reminders import Hold, Upcoming

COMING_UP = timedelta(hours=24)  # how far ahead Settings lists the reminders


def kind_name(kind: ReminderKind) -> str:
    """What a reminder is for, in a few words."""
    translate = QCoreApplication.translate
    names = {
        ReminderKind.SITTING_BREAK: translate("ReminderRunner", "Movement break"),
        ReminderKind.EXERCISE_SESSION: translate("ReminderRunner", "Exercise session"),
        ReminderKind.CHECK_IN: translate("ReminderRunner", "Check-in"),
        ReminderKind.QUESTIONNAIRE: translate("ReminderRunner", "Questionnaire"),
    }
    return names[kind]


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
