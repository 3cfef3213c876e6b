"""The diary's limits and the checks its entries share: errors, text, time."""

from __future__ import annotations

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


class DiaryEntryInvalid(ValueError):
    """An entry the diary cannot accept; `field` names the input that is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class DiaryEntryMissing(ValueError):
    """The entry does not exist (or was deleted) so it cannot be changed."""


def aware(value: datetime, field: str) -> datetime:
    """`value` in UTC; DiaryEntryInvalid if it has no time zone."""
    if value.tzinfo is None or value.utcoffset() is None:
        # A programming error rather than a user's: the UI always passes aware times.
        raise DiaryEntryInvalid(field, "The time has no time zone; please enter it again.")
    return value.astimezone(UTC)


def cleaned_text(value: str, field: str, label: str, limit: int) -> str:
    """`value` trimmed; DiaryEntryInvalid if it is longer than `limit`."""
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise DiaryEntryInvalid(
            field, f"The {label} is too long: keep it under {limit} characters."
        )
    return cleaned


def checked_moment(value: datetime, field: str, now: datetime, latest: datetime) -> datetime:
    """`value` in UTC if it lies from 1900 to `latest`; DiaryEntryInvalid otherwise."""
    moment = aware(value, field)
    if moment < EARLIEST:
        raise DiaryEntryInvalid(field, "The date is too far in the past; please check the year.")
    if moment > latest:
        if latest <= now + CLOCK_SLACK:
            raise DiaryEntryInvalid(
                field, "The time is in the future; the diary records what has happened."
            )
        raise DiaryEntryInvalid(field, "The date is more than a year ahead; please check it.")
    return moment
