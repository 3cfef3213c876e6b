"""The diary: activities and treatment events (add, edit, delete, undo) and one list of everything.

Deletes are soft (`deleted_at`), so every delete can be undone and nothing is ever lost
silently. An edit returns an `UndoToken` carrying the values it replaced, so the UI can keep a
stack of tokens and revert the last action with one call to `undo`.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Generic, TypeVar

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from companion.domain.changes import Changes, Topic
from companion.domain.measures import BUILT_IN_MEASURES
from companion.domain.vocabulary import ActivityKind, LegReach, Side, TreatmentKind
from companion.services.data_store import Store
from companion.services.screening import AssessmentRecord, assessment_history
from companion.storage.models import Activity, CheckIn, QuestionnaireResponse, TreatmentEvent

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


class EntryKind(enum.StrEnum):
    """The kinds of entry the diary lists."""

    CHECKIN = "checkin"
    ACTIVITY = "activity"
    TREATMENT = "treatment"
    QUESTIONNAIRE = "questionnaire"
    # A confirmed assessment that lifted the emergency lock: listed, never edited or deleted.
    ASSESSMENT = "assessment"


_TOPIC = {
    EntryKind.CHECKIN: Topic.CHECKINS,
    EntryKind.ACTIVITY: Topic.DIARY,
    EntryKind.TREATMENT: Topic.DIARY,
    EntryKind.QUESTIONNAIRE: Topic.MEASURES,
    EntryKind.ASSESSMENT: Topic.SCREENINGS,
}


@dataclass(frozen=True)
class ActivityFields:
    """What the user enters for an activity."""

    kind: ActivityKind
    minutes: int
    started_at: datetime
    note: str = ""


@dataclass(frozen=True)
class TreatmentFields:
    """What the user enters for a treatment or event."""

    kind: TreatmentKind
    occurred_at: datetime
    name: str = ""
    dose: str = ""
    note: str = ""


@dataclass(frozen=True)
class ActivityRecord:
    """A stored activity."""

    id: int
    fields: ActivityFields


@dataclass(frozen=True)
class TreatmentRecord:
    """A stored treatment or event."""

    id: int
    fields: TreatmentFields


@dataclass(frozen=True)
class CheckInSummary:
    """The parts of a check-in the diary shows (check-ins are edited on the Today page)."""

    back_pain: int
    leg_pain: int
    leg_reach: LegReach
    side: Side | None
    note: str


@dataclass(frozen=True)
class QuestionnaireSummary:
    """The parts of a completed questionnaire the diary shows."""

    instrument: str
    name: str  # the built-in measure's name, or the instrument id of a clinic's questionnaire
    score: float | None
    note: str


Subject = (
    ActivityRecord | TreatmentRecord | CheckInSummary | QuestionnaireSummary | AssessmentRecord
)


@dataclass(frozen=True)
class DiaryEntry:
    """One line of the diary: what happened when, and whether the diary can edit it."""

    kind: EntryKind
    id: int
    when: datetime  # aware UTC
    title: str
    detail: str
    editable: bool
    subject: Subject


class UndoAction(enum.StrEnum):
    """How an undo reverts the action that made its token."""

    RESTORE = "restore"  # the action was a delete
    REMOVE = "remove"  # the action was an add
    REVERT = "revert"  # the action was an edit: put the previous values back


@dataclass(frozen=True)
class UndoToken:
    """How to revert one diary action; pass it to `undo`."""

    kind: EntryKind
    id: int
    action: UndoAction
    previous: ActivityFields | TreatmentFields | None = None


R = TypeVar("R", ActivityRecord, TreatmentRecord)


@dataclass(frozen=True)
class Saved(Generic[R]):
    """The result of an add or an edit: the stored record, its undo and what changed."""

    record: R
    undo: UndoToken
    changes: Changes


# --- validation -------------------------------------------------------------------------------


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        # A programming error rather than a user's: the UI always passes aware times.
        raise DiaryEntryInvalid(field, "The time has no time zone; please enter it again.")
    return value.astimezone(UTC)


def _text(value: str, field: str, label: str, limit: int) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise DiaryEntryInvalid(
            field, f"The {label} is too long: keep it under {limit} characters."
        )
    return cleaned


def _moment(value: datetime, field: str, now: datetime, latest: datetime) -> datetime:
    moment = _aware(value, field)
    if moment < EARLIEST:
        raise DiaryEntryInvalid(field, "The date is too far in the past; please check the year.")
    if moment > latest:
        if latest <= now + CLOCK_SLACK:
            raise DiaryEntryInvalid(
                field, "The time is in the future; the diary records what has happened."
            )
        raise DiaryEntryInvalid(field, "The date is more than a year ahead; please check it.")
    return moment


def check_activity(fields: ActivityFields, now: datetime | None = None) -> ActivityFields:
    """The activity as it will be stored (text trimmed, time in UTC), or DiaryEntryInvalid."""
    now = now or datetime.now(UTC)
    try:
        kind = ActivityKind(fields.kind)
    except ValueError:
        raise DiaryEntryInvalid("kind", "Choose what kind of activity it was.") from None
    if isinstance(fields.minutes, bool) or not isinstance(fields.minutes, int):
        raise DiaryEntryInvalid("minutes", "Enter the minutes as a whole number.")
    if not MIN_ACTIVITY_MINUTES <= fields.minutes <= MAX_ACTIVITY_MINUTES:
        raise DiaryEntryInvalid(
            "minutes",
            f"Enter between {MIN_ACTIVITY_MINUTES} and {MAX_ACTIVITY_MINUTES} minutes "
            "(one day at most).",
        )
    started = _moment(fields.started_at, "started_at", now, now + CLOCK_SLACK)
    note = _text(fields.note, "note", "note", MAX_NOTE_LENGTH)
    return ActivityFields(kind, fields.minutes, started, note)


def check_treatment(fields: TreatmentFields, now: datetime | None = None) -> TreatmentFields:
    """The treatment or event as it will be stored, or DiaryEntryInvalid."""
    now = now or datetime.now(UTC)
    try:
        kind = TreatmentKind(fields.kind)
    except ValueError:
        raise DiaryEntryInvalid("kind", "Choose what kind of treatment or event it was.") from None
    latest = now + (APPOINTMENT_HORIZON if kind is TreatmentKind.APPOINTMENT else CLOCK_SLACK)
    occurred = _moment(fields.occurred_at, "occurred_at", now, latest)
    name = _text(fields.name, "name", "name", MAX_NAME_LENGTH)
    dose = _text(fields.dose, "dose", "dose", MAX_NAME_LENGTH)
    note = _text(fields.note, "note", "note", MAX_NOTE_LENGTH)
    if kind in MEDICATION_KINDS and not name:
        raise DiaryEntryInvalid("name", "Enter the name of the medicine.")
    return TreatmentFields(kind, occurred, name, dose, note)


# --- activities and treatment events ------------------------------------------------------------


def _activity_record(row: Activity) -> ActivityRecord:
    return ActivityRecord(
        row.id, ActivityFields(ActivityKind(row.kind), row.minutes, row.started_at, row.note)
    )


def _treatment_record(row: TreatmentEvent) -> TreatmentRecord:
    return TreatmentRecord(
        row.id,
        TreatmentFields(TreatmentKind(row.kind), row.occurred_at, row.name, row.dose, row.note),
    )


def _apply_activity(row: Activity, fields: ActivityFields) -> None:
    row.kind = fields.kind
    row.minutes = fields.minutes
    row.started_at = fields.started_at
    row.note = fields.note


def _apply_treatment(row: TreatmentEvent, fields: TreatmentFields) -> None:
    row.kind = fields.kind
    row.occurred_at = fields.occurred_at
    row.name = fields.name
    row.dose = fields.dose
    row.note = fields.note


_Deletable = CheckIn | Activity | TreatmentEvent | QuestionnaireResponse


def _any_row(session: Session, kind: EntryKind, entry_id: int) -> _Deletable | None:
    if kind is EntryKind.ASSESSMENT:
        return None  # the lock's record stays: the diary cannot delete it
    if kind is EntryKind.CHECKIN:
        return session.get(CheckIn, entry_id)
    if kind is EntryKind.ACTIVITY:
        return session.get(Activity, entry_id)
    if kind is EntryKind.TREATMENT:
        return session.get(TreatmentEvent, entry_id)
    return session.get(QuestionnaireResponse, entry_id)


def _live_row(session: Session, kind: EntryKind, entry_id: int) -> _Deletable:
    row = _any_row(session, kind, entry_id)
    if row is None or row.deleted_at is not None:
        raise DiaryEntryMissing("This entry no longer exists; the diary has been refreshed.")
    return row


def add_activity(
    store: Store, fields: ActivityFields, now: datetime | None = None
) -> Saved[ActivityRecord]:
    """Record an activity."""
    checked = check_activity(fields, now)
    with store.units.write() as uow:
        row = Activity()
        _apply_activity(row, checked)
        uow.session.add(row)
        uow.commit()
        record = _activity_record(row)
    undo = UndoToken(EntryKind.ACTIVITY, record.id, UndoAction.REMOVE)
    return Saved(record, undo, Changes.of(Topic.DIARY))


def edit_activity(
    store: Store, entry_id: int, fields: ActivityFields, now: datetime | None = None
) -> Saved[ActivityRecord]:
    """Change an activity; the returned token puts the previous values back."""
    checked = check_activity(fields, now)
    with store.units.write() as uow:
        row = _live_row(uow.session, EntryKind.ACTIVITY, entry_id)
        assert isinstance(row, Activity)
        previous = _activity_record(row).fields
        _apply_activity(row, checked)
        uow.commit()
        record = _activity_record(row)
    undo = UndoToken(EntryKind.ACTIVITY, entry_id, UndoAction.REVERT, previous)
    return Saved(record, undo, Changes.of(Topic.DIARY))


def add_treatment(
    store: Store, fields: TreatmentFields, now: datetime | None = None
) -> Saved[TreatmentRecord]:
    """Record a treatment or event (medication, injection, appointment, flare-up...)."""
    checked = check_treatment(fields, now)
    with store.units.write() as uow:
        row = TreatmentEvent(kind=checked.kind, occurred_at=checked.occurred_at)
        _apply_treatment(row, checked)
        uow.session.add(row)
        uow.commit()
        record = _treatment_record(row)
    undo = UndoToken(EntryKind.TREATMENT, record.id, UndoAction.REMOVE)
    return Saved(record, undo, Changes.of(Topic.DIARY))


def edit_treatment(
    store: Store, entry_id: int, fields: TreatmentFields, now: datetime | None = None
) -> Saved[TreatmentRecord]:
    """Change a treatment or event; the returned token puts the previous values back."""
    checked = check_treatment(fields, now)
    with store.units.write() as uow:
        row = _live_row(uow.session, EntryKind.TREATMENT, entry_id)
        assert isinstance(row, TreatmentEvent)
        previous = _treatment_record(row).fields
        _apply_treatment(row, checked)
        uow.commit()
        record = _treatment_record(row)
    undo = UndoToken(EntryKind.TREATMENT, entry_id, UndoAction.REVERT, previous)
    return Saved(record, undo, Changes.of(Topic.DIARY))


def get_activity(store: Store, entry_id: int) -> ActivityRecord:
    """One activity that has not been deleted, or DiaryEntryMissing."""
    with store.units.read() as uow:
        row = _live_row(uow.session, EntryKind.ACTIVITY, entry_id)
        assert isinstance(row, Activity)
        return _activity_record(row)


def get_treatment(store: Store, entry_id: int) -> TreatmentRecord:
    """One treatment or event that has not been deleted, or DiaryEntryMissing."""
    with store.units.read() as uow:
        row = _live_row(uow.session, EntryKind.TREATMENT, entry_id)
        assert isinstance(row, TreatmentEvent)
        return _treatment_record(row)


# --- delete and undo --------------------------------------------------------------------------


def delete_entry(
    store: Store, kind: EntryKind, entry_id: int, now: datetime | None = None
) -> tuple[UndoToken, Changes]:
    """Delete any diary entry (check-ins and questionnaires too); the row stays, marked deleted."""
    with store.units.write() as uow:
        row = _live_row(uow.session, kind, entry_id)
        row.deleted_at = now or datetime.now(UTC)
        uow.commit()
    return UndoToken(kind, entry_id, UndoAction.RESTORE), Changes.of(_TOPIC[kind])


def undo(store: Store, token: UndoToken) -> Changes:
    """Revert the action that gave `token`: bring back a deleted entry, remove an added one, or
    put an edited one back as it was."""
    with store.units.write() as uow:
        if token.action is UndoAction.RESTORE:
            row = _any_row(uow.session, token.kind, token.id)
            if row is None:
                raise DiaryEntryMissing("This entry can no longer be brought back.")
            row.deleted_at = None
        elif token.action is UndoAction.REMOVE:
            _live_row(uow.session, token.kind, token.id).deleted_at = datetime.now(UTC)
        else:
            row = _live_row(uow.session, token.kind, token.id)
            if isinstance(row, Activity) and isinstance(token.previous, ActivityFields):
                _apply_activity(row, token.previous)
            elif isinstance(row, TreatmentEvent) and isinstance(token.previous, TreatmentFields):
                _apply_treatment(row, token.previous)
            else:
                raise DiaryEntryMissing("This change cannot be undone.")
        uow.commit()
    return Changes.of(_TOPIC[token.kind])


# --- the list ---------------------------------------------------------------------------------


def _like(text: str) -> str:
    # Escape LIKE's wildcards so a search for "50%" or "a_b" matches those characters literally.
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matches(text: str | None, *columns: InstrumentedAttribute[str]) -> ColumnElement[bool] | None:
    if not text or not text.strip():
        return None
    pattern = _like(text.strip())
    return or_(*(column.ilike(pattern, escape="\\") for column in columns))


def _kinds_named(text: str | None, labels: Mapping[str, str]) -> list[str]:
    """Stored kind values whose label contains the search text ("swim" finds swimming)."""
    if not text or not text.strip():
        return []
    wanted = text.strip().casefold()
    return [value for value, label in labels.items() if wanted in label.casefold()]


_ACTIVITY_NAMES: dict[str, str] = {
    ActivityKind.WALKING: "Walking",
    ActivityKind.CYCLING: "Cycling",
    ActivityKind.SWIMMING: "Swimming",
    ActivityKind.OTHER: "Other activity",
}
_TREATMENT_NAMES: dict[str, str] = {
    TreatmentKind.MEDICATION_STARTED: "Medication started",
    TreatmentKind.MEDICATION_CHANGED: "Medication changed",
    TreatmentKind.MEDICATION_STOPPED: "Medication stopped",
    TreatmentKind.INJECTION: "Injection",
    TreatmentKind.PROCEDURE: "Procedure",
    TreatmentKind.APPOINTMENT: "Appointment",
    TreatmentKind.FLARE_UP: "Flare-up",
    TreatmentKind.OTHER: "Other event",
}
_REACH_WORDS = {
    LegReach.NONE: "no leg symptoms",
    LegReach.BUTTOCK: "to the buttock",
    LegReach.THIGH: "to the thigh",
    LegReach.CALF: "below the knee",
    LegReach.FOOT: "into the foot",
}


_Row = TypeVar("_Row")


def _window(
    query: Select[_Row],
    column: InstrumentedAttribute[datetime],
    start: datetime | None,
    end: datetime | None,
    limit: int | None,
) -> Select[_Row]:
    if start is not None:
        query = query.where(column >= _aware(start, "start"))
    if end is not None:
        query = query.where(column < _aware(end, "end"))
    query = query.order_by(column.desc())
    return query.limit(limit) if limit is not None else query


def _filtered(query: Select[_Row], *conditions: ColumnElement[bool] | None) -> Select[_Row]:
    present = [c for c in conditions if c is not None]
    return query.where(or_(*present)) if present else query


def _checkin_entry(row: CheckIn) -> DiaryEntry:
    summary = CheckInSummary(
        row.back_pain,
        row.leg_pain,
        LegReach(row.leg_reach),
        Side(row.side) if row.side else None,
        row.note,
    )
    reach = _REACH_WORDS[summary.leg_reach]
    if summary.side is not None and summary.leg_reach is not LegReach.NONE:
        reach += f" ({summary.side.value})"
    detail = f"Back pain {row.back_pain}/10, leg pain {row.leg_pain}/10, {reach}"
    if row.note:
        detail += f". {row.note}"
    return DiaryEntry(
        EntryKind.CHECKIN, row.id, row.recorded_at, "Check-in", detail, False, summary
    )


def _activity_entry(row: Activity) -> DiaryEntry:
    record = _activity_record(row)
    title = f"{_ACTIVITY_NAMES[record.fields.kind]}, {row.minutes} min"
    return DiaryEntry(EntryKind.ACTIVITY, row.id, row.started_at, title, row.note, True, record)


def _treatment_entry(row: TreatmentEvent) -> DiaryEntry:
    record = _treatment_record(row)
    title = _TREATMENT_NAMES[record.fields.kind]
    if row.name:
        title += f": {row.name}"
    detail = " — ".join(part for part in (row.dose, row.note) if part)
    return DiaryEntry(EntryKind.TREATMENT, row.id, row.occurred_at, title, detail, True, record)


def _questionnaire_entry(row: QuestionnaireResponse) -> DiaryEntry:
    measure = BUILT_IN_MEASURES.get(row.instrument)
    name = measure.name if measure is not None else row.instrument
    summary = QuestionnaireSummary(row.instrument, name, row.score, row.note)
    detail = "" if row.score is None else f"Score {row.score:g}"
    if row.note:
        detail = f"{detail}. {row.note}" if detail else row.note
    return DiaryEntry(EntryKind.QUESTIONNAIRE, row.id, row.taken_at, name, detail, False, summary)


def diary_entries(
    store: Store,
    start: datetime | None = None,
    end: datetime | None = None,
    text: str | None = None,
    *,
    kinds: Collection[EntryKind] | None = None,
    limit: int | None = None,
) -> list[DiaryEntry]:
    """Every live entry from `start` (inclusive) to `end` (exclusive), newest first.

    `text` matches notes, names and doses (and the name of an activity or treatment kind),
    case-insensitively and literally; `kinds` keeps only those kinds (None: all); `limit` keeps
    the newest few.
    """
    wanted = set(EntryKind) if kinds is None else set(kinds)
    entries: list[DiaryEntry] = []
    with store.units.read() as uow:
        session = uow.session
        if EntryKind.CHECKIN in wanted:
            checkins = _filtered(
                select(CheckIn).where(CheckIn.deleted_at.is_(None)),
                _matches(text, CheckIn.note),
            )
            checkins = _window(checkins, CheckIn.recorded_at, start, end, limit)
            entries += [_checkin_entry(row) for row in session.scalars(checkins)]
        if EntryKind.ACTIVITY in wanted:
            named = _kinds_named(text, _ACTIVITY_NAMES)
            activities = _filtered(
                select(Activity).where(Activity.deleted_at.is_(None)),
                _matches(text, Activity.note),
                Activity.kind.in_(named) if named else None,
            )
            activities = _window(activities, Activity.started_at, start, end, limit)
            entries += [_activity_entry(row) for row in session.scalars(activities)]
        if EntryKind.TREATMENT in wanted:
            named = _kinds_named(text, _TREATMENT_NAMES)
            treatments = _filtered(
                select(TreatmentEvent).where(TreatmentEvent.deleted_at.is_(None)),
                _matches(text, TreatmentEvent.name, TreatmentEvent.dose, TreatmentEvent.note),
                TreatmentEvent.kind.in_(named) if named else None,
            )
            treatments = _window(treatments, TreatmentEvent.occurred_at, start, end, limit)
            entries += [_treatment_entry(row) for row in session.scalars(treatments)]
        if EntryKind.QUESTIONNAIRE in wanted:
            responses = _filtered(
                select(QuestionnaireResponse).where(QuestionnaireResponse.deleted_at.is_(None)),
                _matches(text, QuestionnaireResponse.note),
            )
            responses = _window(responses, QuestionnaireResponse.taken_at, start, end, limit)
            entries += [_questionnaire_entry(row) for row in session.scalars(responses)]
    if EntryKind.ASSESSMENT in wanted and text is None:
        entries += [
            DiaryEntry(EntryKind.ASSESSMENT, c.id, c.recorded_at, "", "", False, c)
            for c in assessment_history(store, start)
            if end is None or c.recorded_at < end
        ]
    # Entries at the same moment keep a stable order: the newest row first.
    entries.sort(key=lambda e: (e.when, e.id), reverse=True)
    return entries[:limit] if limit is not None else entries


__all__ = [
    "MAX_ACTIVITY_MINUTES",
    "MEDICATION_KINDS",
    "MIN_ACTIVITY_MINUTES",
    "ActivityFields",
    "ActivityRecord",
    "CheckInSummary",
    "DiaryEntry",
    "DiaryEntryInvalid",
    "DiaryEntryMissing",
    "EntryKind",
    "QuestionnaireSummary",
    "Saved",
    "TreatmentFields",
    "TreatmentRecord",
    "UndoAction",
    "UndoToken",
    "add_activity",
    "add_treatment",
    "check_activity",
    "check_treatment",
    "delete_entry",
    "diary_entries",
    "edit_activity",
    "edit_treatment",
    "get_activity",
    "get_treatment",
    "undo",
]
