"""The diary's limits and the checks its entries share: errors, text, time.

Errors carry what went wrong as values (`Refusal`, `Absence`); ui/ words them for the person.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta

from companion.domain.vocabulary import TreatmentKind

MIN_ACTIVITY_MINUTES = 1
MAX_ACTIVITY_MINUTES = 24 * 60
MAX_NAME_LENGTH = 200  # the column width of name and dose
MAX_NOTE_LENGTH = 4000
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
# A booked appointment may be entered ahead of time; everything else has already happened.
APPOINTMENT_HORIZON = timedelta(days=366)
# Clocks of two devices, or a dialog left open, may differ by a little: not worth a refusal.
CLOCK_SLACK = timedelta(minutes=5)

MEDICATION_KINDS = frozenset(
    {
        TreatmentKind.MEDICATION_STARTED,
        TreatmentKind.MEDICATION_CHANGED,
        TreatmentKind.MEDICATION_STOPPED,
    }
)


class Refusal(enum.StrEnum):
    """Why the diary refuses an entry."""

    UNKNOWN_ACTIVITY_KIND = "unknown_activity_kind"
    UNKNOWN_TREATMENT_KIND = "unknown_treatment_kind"
    MINUTES_NOT_WHOLE = "minutes_not_whole"
    MINUTES_OUT_OF_RANGE = "minutes_out_of_range"  # see MIN_ and MAX_ACTIVITY_MINUTES
    NO_TIME_ZONE = "no_time_zone"
    TOO_LONG = "too_long"  # `limit` holds the most characters allowed
    TOO_EARLY = "too_early"
    IN_THE_FUTURE = "in_the_future"
    TOO_FAR_AHEAD = "too_far_ahead"
    NO_MEDICINE_NAME = "no_medicine_name"
    SESSION_KEPT = "session_kept"  # exercise sessions stay as recorded


class Absence(enum.StrEnum):
    """Why an entry cannot be changed: it is gone, or the change cannot be reverted."""

    GONE = "gone"
    NOT_RESTORABLE = "not_restorable"
    NOT_UNDOABLE = "not_undoable"


class DiaryEntryInvalid(ValueError):
    """An entry the diary cannot accept; `field` names the input that is wrong, `refusal` why."""

    def __init__(self, field: str, refusal: Refusal, limit: int | None = None) -> None:
        super().__init__(f"{field}: {refusal}")
        self.field = field
        self.refusal = refusal
        self.limit = limit


class DiaryEntryMissing(ValueError):
    """The entry does not exist (or was deleted) so it cannot be changed; `absence` says how."""

    def __init__(self, absence: Absence, checkin: bool = False) -> None:
        super().__init__(absence)
        self.absence = absence
        self.checkin = checkin  # the entry is a check-in


def aware(value: datetime, field: str) -> datetime:
    """`value` in UTC; DiaryEntryInvalid if it has no time zone."""
    if value.tzinfo is None or value.utcoffset() is None:
        # A programming error rather than a user's: the UI always passes aware times.
        raise DiaryEntryInvalid(field, Refusal.NO_TIME_ZONE)
    return value.astimezone(UTC)


def cleaned_text(value: str, field: str, limit: int) -> str:
    """`value` trimmed; DiaryEntryInvalid if it is longer than `limit`."""
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise DiaryEntryInvalid(field, Refusal.TOO_LONG, limit)
    return cleaned


def checked_moment(value: datetime, field: str, now: datetime, latest: datetime) -> datetime:
    """`value` in UTC if it lies from 1900 to `latest`; DiaryEntryInvalid otherwise."""
    moment = aware(value, field)
    if moment < EARLIEST:
        raise DiaryEntryInvalid(field, Refusal.TOO_EARLY)
    if moment > latest:
        if latest <= now + CLOCK_SLACK:
            raise DiaryEntryInvalid(field, Refusal.IN_THE_FUTURE)
        raise DiaryEntryInvalid(field, Refusal.TOO_FAR_AHEAD)
    return moment
