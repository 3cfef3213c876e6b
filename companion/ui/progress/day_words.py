"""What the Progress page says about the day or bar under the pointer, in the user's language
with the locale's dates. Counted phrases ("%n check-in(s)") stay in ProgressView's own tr()
calls: lupdate marks a phrase as counted only there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from companion.domain.figures import Bucket, TimelineEvent
from companion.domain.vocabulary import TreatmentKind

translate = QCoreApplication.translate


def day_name(day: date) -> str:
    """The day in the locale's long format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def bucket_name(start: date, bucket: Bucket) -> str:
    """A bar's days: the day, "Week of …" or the month."""
    if bucket is Bucket.WEEK:
        return translate("ProgressView", "Week of {day}").format(day=day_name(start))
    if bucket is Bucket.MONTH:
        return QLocale().toString(QDate(start.year, start.month, start.day), "MMMM yyyy")
    return day_name(start)


def event_title(event: TimelineEvent) -> str:
    """A treatment or flare-up as its mark on the chart names it."""
    kind = {
        TreatmentKind.MEDICATION_STARTED: translate("ProgressView", "Medication started"),
        TreatmentKind.MEDICATION_CHANGED: translate("ProgressView", "Medication changed"),
        TreatmentKind.MEDICATION_STOPPED: translate("ProgressView", "Medication stopped"),
        TreatmentKind.INJECTION: translate("ProgressView", "Injection"),
        TreatmentKind.PROCEDURE: translate("ProgressView", "Procedure"),
        TreatmentKind.APPOINTMENT: translate("ProgressView", "Appointment"),
        TreatmentKind.FLARE_UP: translate("ProgressView", "Flare-up"),
        TreatmentKind.OTHER: translate("ProgressView", "Other event"),
    }[event.kind]
    return f"{kind}: {event.name}" if event.name else kind


def event_text(event: TimelineEvent) -> str:
    """An event under the pointer: its local time and title."""
    local = event.occurred_at.astimezone()
    return translate("ProgressView", "{time} {event}").format(
        time=QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
        event=event_title(event),
    )
