"""The diary: activities and treatment events (add, edit, delete, undo) and one list of everything.

Deletes are soft (`deleted_at`), so every delete can be undone and nothing is ever lost
silently. An edit returns an `UndoToken` carrying the values it replaced, so the UI can keep a
stack of tokens and revert the last action with one call to `undo`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from companion.domain.changes import Changes, Topic
from companion.domain.measures import BUILT_IN_MEASURES
from companion.domain.vocabulary import ActivityKind, LegReach, Side, TreatmentKind
from companion.services.checkin_corrections import (
    CheckInMissing,
    EarlierValues,
    correct_checkin,
    earlier_values,
    revert_correction,
)
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.diary_checks import (
    APPOINTMENT_HORIZON,
    CLOCK_SLACK,
    MAX_ACTIVITY_MINUTES,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MEDICATION_KINDS,
    MIN_ACTIVITY_MINUTES,
    Absence,
    DiaryEntryInvalid,
    DiaryEntryMissing,
    Refusal,
    aware,
    checked_moment,
    cleaned_text,
)
from companion.services.diary_sessions import SessionSummary, session_summaries
from companion.services.screening import AssessmentRecord, assessment_history
from companion.storage.models import Activity, CheckIn, QuestionnaireResponse, TreatmentEvent
from companion.storage.queries import diary as queries


class EntryKind(enum.StrEnum):
    """The kinds of entry the diary lists."""

    CHECKIN = "checkin"
    ACTIVITY = "activity"
    TREATMENT = "treatment"
    QUESTIONNAIRE = "questionnaire"
    # A confirmed assessment that lifted the emergency lock: listed, never edited or deleted.
    ASSESSMENT = "assessment"
    SESSION = "session"  # guided sessions and movement snacks: read-only here


_TOPIC = {
    EntryKind.CHECKIN: Topic.CHECKINS,
    EntryKind.ACTIVITY: Topic.DIARY,
    EntryKind.TREATMENT: Topic.DIARY,
    EntryKind.QUESTIONNAIRE: Topic.MEASURES,
    EntryKind.ASSESSMENT: Topic.SCREENINGS,
    EntryKind.SESSION: Topic.SESSIONS,
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
    """The parts of a check-in the diary shows, and what it said before each correction."""

    back_pain: int
    leg_pain: int
    leg_reach: LegReach
    side: Side | None
    note: str
    earlier: tuple[EarlierValues, ...] = ()  # oldest first; empty: never edited


@dataclass(frozen=True)
class QuestionnaireSummary:
    """The parts of a completed questionnaire the diary shows."""

    instrument: str
    name: str  # the built-in measure's name, or the instrument id of a clinic's questionnaire
    score: float | None
    note: str


Subject = (
    ActivityRecord
    | TreatmentRecord
    | CheckInSummary
    | QuestionnaireSummary
    | SessionSummary
    | AssessmentRecord
)


@dataclass(frozen=True)
class DiaryEntry:
    """One line of the diary: what happened when, and whether the diary can edit it (ui/ words
    the subject)."""

    kind: EntryKind
    id: int
    when: datetime  # aware UTC
    editable: bool
    subject: Subject
    deletable: bool = True


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
    revision: int | None = None  # a check-in's edit: the revision holding the earlier values


R = TypeVar("R", ActivityRecord, TreatmentRecord)
F = TypeVar("F", ActivityFields, TreatmentFields)


@dataclass(frozen=True)
class Saved(Generic[R]):
    """The result of an add or an edit: the stored record, its undo and what changed."""

    record: R
    undo: UndoToken
    changes: Changes


# --- validation -------------------------------------------------------------------------------


def check_activity(fields: ActivityFields, now: datetime | None = None) -> ActivityFields:
    """The activity as it will be stored (text trimmed, time in UTC), or DiaryEntryInvalid."""
    now = now or datetime.now(UTC)
    try:
        kind = ActivityKind(fields.kind)
    except ValueError:
        raise DiaryEntryInvalid("kind", Refusal.UNKNOWN_ACTIVITY_KIND) from None
    if isinstance(fields.minutes, bool) or not isinstance(fields.minutes, int):
        raise DiaryEntryInvalid("minutes", Refusal.MINUTES_NOT_WHOLE)
    if not MIN_ACTIVITY_MINUTES <= fields.minutes <= MAX_ACTIVITY_MINUTES:
        raise DiaryEntryInvalid("minutes", Refusal.MINUTES_OUT_OF_RANGE)
    started = checked_moment(fields.started_at, "started_at", now, now + CLOCK_SLACK)
    note = cleaned_text(fields.note, "note", MAX_NOTE_LENGTH)
    return ActivityFields(kind, fields.minutes, started, note)


def check_treatment(fields: TreatmentFields, now: datetime | None = None) -> TreatmentFields:
    """The treatment or event as it will be stored, or DiaryEntryInvalid."""
    now = now or datetime.now(UTC)
    try:
        kind = TreatmentKind(fields.kind)
    except ValueError:
        raise DiaryEntryInvalid("kind", Refusal.UNKNOWN_TREATMENT_KIND) from None
    latest = now + (APPOINTMENT_HORIZON if kind is TreatmentKind.APPOINTMENT else CLOCK_SLACK)
    occurred = checked_moment(fields.occurred_at, "occurred_at", now, latest)
    name = cleaned_text(fields.name, "name", MAX_NAME_LENGTH)
    dose = cleaned_text(fields.dose, "dose", MAX_NAME_LENGTH)
    note = cleaned_text(fields.note, "note", MAX_NOTE_LENGTH)
    if kind in MEDICATION_KINDS and not name:
        raise DiaryEntryInvalid("name", Refusal.NO_MEDICINE_NAME)
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
    if kind is EntryKind.SESSION:
        return None  # sessions are kept as recorded (progression counts them)
    return session.get(QuestionnaireResponse, entry_id)


def _live_row(session: Session, kind: EntryKind, entry_id: int) -> _Deletable:
    row = _any_row(session, kind, entry_id)
    if row is None or not queries.is_live(row):
        raise DiaryEntryMissing(Absence.GONE, kind is EntryKind.CHECKIN)
    return row


def _add_entry(
    store: Store,
    kind: EntryKind,
    row: _Deletable,
    fill: Callable[[], None],
    record_of: Callable[[Any], R],
) -> Saved[R]:
    """Store a new diary row filled by `fill`; the token removes it again."""
    with store.units.write() as uow:
        fill()
        uow.session.add(row)
        uow.commit()
        record = record_of(row)
    return Saved(record, UndoToken(kind, record.id, UndoAction.REMOVE), Changes.of(Topic.DIARY))


def _edit_entry(
    store: Store, kind: EntryKind, entry_id: int, change: Callable[[_Deletable], R]
) -> Saved[R]:
    """Change a live diary row with `change`; the token puts the previous values back."""
    with store.units.write() as uow:
        row = _live_row(uow.session, kind, entry_id)
        previous = _record_fields(row)
        record = change(row)
        uow.commit()
    undo = UndoToken(kind, entry_id, UndoAction.REVERT, previous)
    return Saved(record, undo, Changes.of(Topic.DIARY))


def _record_fields(row: _Deletable) -> ActivityFields | TreatmentFields:
    if isinstance(row, Activity):
        return _activity_record(row).fields
    assert isinstance(row, TreatmentEvent)
    return _treatment_record(row).fields


@dataclass(frozen=True)
class _Entries(Generic[F, R]):
    """One kind of diary entry the user adds and edits: its checks, its row and its record."""

    kind: EntryKind
    row_type: type[Activity] | type[TreatmentEvent]
    check: Callable[[F, datetime | None], F]
    apply: Callable[[Any, F], None]
    record: Callable[[Any], R]

    def add(self, store: Store, fields: F, now: datetime | None) -> Saved[R]:
        checked = self.check(fields, now)
        row = self.row_type()
        return _add_entry(store, self.kind, row, lambda: self.apply(row, checked), self.record)

    def edit(self, store: Store, entry_id: int, fields: F, now: datetime | None) -> Saved[R]:
        checked = self.check(fields, now)

        def change(row: _Deletable) -> R:
            assert isinstance(row, self.row_type)
            self.apply(row, checked)
            return self.record(row)

        return _edit_entry(store, self.kind, entry_id, change)


_ACTIVITIES = _Entries(
    EntryKind.ACTIVITY, Activity, check_activity, _apply_activity, _activity_record
)
_TREATMENTS = _Entries(
    EntryKind.TREATMENT, TreatmentEvent, check_treatment, _apply_treatment, _treatment_record
)


def add_activity(
    store: Store, fields: ActivityFields, now: datetime | None = None
) -> Saved[ActivityRecord]:
    """Record an activity."""
    return _ACTIVITIES.add(store, fields, now)


def edit_activity(
    store: Store, entry_id: int, fields: ActivityFields, now: datetime | None = None
) -> Saved[ActivityRecord]:
    """Change an activity; the returned token puts the previous values back."""
    return _ACTIVITIES.edit(store, entry_id, fields, now)


def add_treatment(
    store: Store, fields: TreatmentFields, now: datetime | None = None
) -> Saved[TreatmentRecord]:
    """Record a treatment or event (medication, injection, appointment, flare-up...)."""
    return _TREATMENTS.add(store, fields, now)


def edit_treatment(
    store: Store, entry_id: int, fields: TreatmentFields, now: datetime | None = None
) -> Saved[TreatmentRecord]:
    """Change a treatment or event; the returned token puts the previous values back."""
    return _TREATMENTS.edit(store, entry_id, fields, now)


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


def edit_checkin(
    store: Store, checkin_id: int, draft: CheckInDraft, now: datetime | None = None
) -> tuple[UndoToken, Changes]:
    """Correct a check-in (CheckInInvalid if the draft fails); the token puts it back as it was."""
    try:
        _record, revision, changes = correct_checkin(
            store, checkin_id, draft, now or datetime.now(UTC)
        )
    except CheckInMissing:
        raise DiaryEntryMissing(Absence.GONE, checkin=True) from None
    return UndoToken(EntryKind.CHECKIN, checkin_id, UndoAction.REVERT, revision=revision), changes


def add_past_checkin(
    store: Store, draft: CheckInDraft, now: datetime | None = None
) -> tuple[UndoToken, Changes]:
    """Record a check-in for the time in `draft.at` (checked as `checkin --at` is)."""
    record, changes = record_checkin(store, draft, now or datetime.now(UTC))
    return UndoToken(EntryKind.CHECKIN, record.id, UndoAction.REMOVE), changes


# --- delete and undo --------------------------------------------------------------------------


def delete_entry(
    store: Store, kind: EntryKind, entry_id: int, now: datetime | None = None
) -> tuple[UndoToken, Changes]:
    """Delete any diary entry (check-ins and questionnaires too); the row stays, marked deleted."""
    if kind is EntryKind.SESSION:
        raise DiaryEntryInvalid("kind", Refusal.SESSION_KEPT)
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
                raise DiaryEntryMissing(Absence.NOT_RESTORABLE)
            row.deleted_at = None
        elif token.action is UndoAction.REMOVE:
            _live_row(uow.session, token.kind, token.id).deleted_at = datetime.now(UTC)
        else:
            row = _live_row(uow.session, token.kind, token.id)
            if isinstance(row, Activity) and isinstance(token.previous, ActivityFields):
                _apply_activity(row, token.previous)
            elif isinstance(row, TreatmentEvent) and isinstance(token.previous, TreatmentFields):
                _apply_treatment(row, token.previous)
            elif isinstance(row, CheckIn) and token.revision is not None:
                if not revert_correction(uow.session, row, token.revision):
                    raise DiaryEntryMissing(Absence.NOT_UNDOABLE)
            else:
                raise DiaryEntryMissing(Absence.NOT_UNDOABLE)
        uow.commit()
    return Changes.of(_TOPIC[token.kind])


# --- the list ---------------------------------------------------------------------------------


def _checkin_entry(row: CheckIn, earlier: tuple[EarlierValues, ...]) -> DiaryEntry:
    summary = CheckInSummary(
        row.back_pain,
        row.leg_pain,
        LegReach(row.leg_reach),
        Side(row.side) if row.side else None,
        row.note,
        earlier,
    )
    return DiaryEntry(EntryKind.CHECKIN, row.id, row.recorded_at, True, summary)


def _questionnaire_entry(row: QuestionnaireResponse) -> DiaryEntry:
    measure = BUILT_IN_MEASURES.get(row.instrument)
    name = measure.name if measure is not None else row.instrument
    summary = QuestionnaireSummary(row.instrument, name, row.score, row.note)
    return DiaryEntry(EntryKind.QUESTIONNAIRE, row.id, row.taken_at, False, summary)


def diary_entries(
    store: Store,
    start: datetime | None = None,
    end: datetime | None = None,
    text: str | None = None,
    *,
    kinds: Collection[EntryKind] | None = None,
    named_kinds: Collection[ActivityKind | TreatmentKind] = (),
    limit: int | None = None,
) -> list[DiaryEntry]:
    """Every live entry from `start` (inclusive) to `end` (exclusive), newest first.

    `text` matches notes, names and doses, case-insensitively and literally; activities and
    treatments of `named_kinds` match too (the kinds whose name, as the user reads it, contains
    the text: "swim" finds swimming). `kinds` keeps only those kinds (None: all); `limit` keeps
    the newest few.
    """
    wanted = set(EntryKind) if kinds is None else set(kinds)
    start = aware(start, "start") if start is not None else None
    end = aware(end, "end") if end is not None else None
    # Kind names match only alongside a search: without one every entry is listed anyway.
    named = {str(kind) for kind in named_kinds} if text and text.strip() else set()
    entries: list[DiaryEntry] = []
    within = queries.TimeWindow(start, end, limit)
    with store.units.read() as uow:
        session = uow.session
        if EntryKind.CHECKIN in wanted:
            rows = queries.checkins(session, text, within)
            edits = earlier_values(session, [row.id for row in rows])
            entries += [_checkin_entry(row, edits.get(row.id, ())) for row in rows]
        if EntryKind.ACTIVITY in wanted:
            activities = queries.activities(session, text, named, within)
            entries += [
                DiaryEntry(EntryKind.ACTIVITY, row.id, row.started_at, True, _activity_record(row))
                for row in activities
            ]
        if EntryKind.TREATMENT in wanted:
            treatments = queries.treatments(session, text, named, within)
            entries += [
                DiaryEntry(
                    EntryKind.TREATMENT, row.id, row.occurred_at, True, _treatment_record(row)
                )
                for row in treatments
            ]
        if EntryKind.QUESTIONNAIRE in wanted:
            responses = queries.responses(session, text, within)
            entries += [_questionnaire_entry(row) for row in responses]
        if EntryKind.SESSION in wanted:
            entries += [
                DiaryEntry(EntryKind.SESSION, s.id, when, False, s, False)
                for s, when in session_summaries(session, start, end, text, limit)
            ]
    # A confirmed assessment after an emergency answer: listed, never edited or deleted.
    if EntryKind.ASSESSMENT in wanted and text is None:
        entries += [
            DiaryEntry(EntryKind.ASSESSMENT, c.id, c.recorded_at, False, c, False)
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
    "Absence",
    "ActivityFields",
    "ActivityRecord",
    "CheckInSummary",
    "DiaryEntry",
    "DiaryEntryInvalid",
    "DiaryEntryMissing",
    "EntryKind",
    "QuestionnaireSummary",
    "Refusal",
    "Saved",
    "SessionSummary",
    "TreatmentFields",
    "TreatmentRecord",
    "UndoAction",
    "UndoToken",
    "add_activity",
    "add_past_checkin",
    "add_treatment",
    "check_activity",
    "check_treatment",
    "delete_entry",
    "diary_entries",
    "edit_activity",
    "edit_checkin",
    "edit_treatment",
    "get_activity",
    "get_treatment",
    "undo",
]
