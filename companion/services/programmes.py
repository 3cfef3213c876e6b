"""Programmes: import a physiotherapist's file or a starter programme, follow it, progress it.

One programme is active at a time. Importing is one transaction: a rejected file is refused
before the database is touched, and anything that fails while storing rolls back. A newer file
replaces the active programme, which stays in the history (`active` false, `replaced_at` set).
An older file from the same clinician is refused, so a stale attachment cannot undo a review.

Each stored exercise keeps today's dose in its sets/reps/hold_seconds columns (what a session
plays) while the prescribed dose stays in the programme's document; progression after a session
moves today's dose within the caps the file allows and records every adjustment with its reason.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from companion.content.library import ExerciseLibrary
from companion.content.programme_file import (
    CURRENT_VERSION,
    ProgrammeFile,
    load_programme_file,
    starter_document,
    stored_document,
)
from companion.content.programme_writer import dump_programme, programme_to_data
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Dose, SidesMode
from companion.domain.programme import (
    Adherence,
    PlanPeriod,
    Prescription,
    ProgrammeDocument,
    ProgressReason,
    SessionCounts,
    adherence,
)
from companion.domain.vocabulary import SessionStatus
from companion.services.data_store import Store
from companion.services.outputs import write_output
from companion.storage.models import (
    Preference,
    PrescribedExercise,
    Programme,
)
from companion.storage.queries.programmes import (
    active_programme_row,
    programmes_newest_first,
    session_kinds_within,
)

CLINICIAN_MODE_KEY = "clinician_mode"
STARTER_AUTHOR = "Sciatica Companion"  # the author written into an exported starter programme
# Reasons worth keeping in the history: a change, or a response that held the dose back
# (services.progression records them).
RECORDED_REASONS = {ProgressReason.STEADY, ProgressReason.WORSE, ProgressReason.SETTLING}


class RejectedBecause(enum.StrEnum):
    """Why a programme was not started, imported or exported (the app and the CLI word it)."""

    UNKNOWN_STARTER = "unknown-starter"  # `name`: the starter's id
    ALREADY_FOLLOWED = "already-followed"
    OLDER_FILE = "older-file"  # `name`: the author; `issued` (the file's), `followed` (now)
    NOTHING_TO_EXPORT = "nothing-to-export"


class ProgrammeRejected(ValueError):
    """A programme that was not imported, so nothing changed: `reason` and what it needs."""

    def __init__(
        self,
        reason: RejectedBecause,
        name: str = "",
        issued: date | None = None,
        followed: date | None = None,
    ) -> None:
        super().__init__(f"{reason}: {name} {issued} {followed}")  # for logs only
        self.reason = reason
        self.name = name
        self.issued = issued
        self.followed = followed


@dataclass(frozen=True)
class PrescribedItem:
    """One exercise of a stored programme: prescribed dose, today's dose and its progress."""

    id: int
    position: int
    prescription: Prescription
    current: Dose
    streak: int = 0

    @property
    def exercise_id(self) -> str:
        """The library (or custom) exercise id."""
        return self.prescription.exercise_id

    @property
    def progressed(self) -> bool:
        """True if today's dose differs from the prescription."""
        return self.current != self.prescription.dose


@dataclass(frozen=True)
class ProgrammeRecord:
    """A stored programme as the views see it."""

    id: int
    document: ProgrammeDocument
    imported_at: datetime
    active: bool
    replaced_at: datetime | None
    items: tuple[PrescribedItem, ...]

    @property
    def title(self) -> str:
        """The programme's title."""
        return self.document.title

    @property
    def is_starter(self) -> bool:
        """True for one of the app's starter programmes (no clinician wrote it)."""
        return bool(self.document.starter_id)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the new active programme and the one it replaced, if any."""

    programme: ProgrammeRecord
    replaced: ProgrammeRecord | None = None
    format_version: int = CURRENT_VERSION


# --- Reading files ---------------------------------------------------------------------------


def read_programme_file(path: Path, library: ExerciseLibrary) -> ProgrammeFile:
    """Read and check a programme file without storing anything (raises ProgrammeFileError)."""
    return load_programme_file(path, library)


# --- Importing -------------------------------------------------------------------------------


def import_programme_file(
    store: Store, path: Path, library: ExerciseLibrary, now: datetime
) -> tuple[ImportResult, Changes]:
    """Check the file, then make it the active programme in one transaction."""
    checked = load_programme_file(path, library)
    return import_programme(store, checked.document, now, format_version=checked.format_version)


def start_starter_programme(
    store: Store, library: ExerciseLibrary, starter_id: str, now: datetime
) -> tuple[ImportResult, Changes]:
    """Make one of the app's starter programmes the active programme."""
    if starter_id not in library.programmes:
        raise ProgrammeRejected(RejectedBecause.UNKNOWN_STARTER, starter_id)
    document = starter_document(library.programme(starter_id), library, now.astimezone().date())
    return import_programme(store, document, now)


def import_programme(
    store: Store,
    document: ProgrammeDocument,
    now: datetime,
    *,
    format_version: int = CURRENT_VERSION,
) -> tuple[ImportResult, Changes]:
    """Store a checked document as the active programme; the old one stays in the history."""
    require_aware(now)
    with store.units.write() as uow:
        session = uow.session
        current = active_row(session)
        replaced: ProgrammeRecord | None = None
        if current is not None:
            old = document_of(current)
            _refuse_if_not_newer(old, document)
            current.active = False
            current.replaced_at = now
            session.flush()
            replaced = _record(current)
        row = _new_row(document, now, format_version)
        session.add(row)
        session.flush()
        result = ImportResult(_record(row), replaced, format_version)
        uow.commit()
    return result, Changes.of(Topic.PROGRAMME, Topic.PREFERENCES)


def _refuse_if_not_newer(old: ProgrammeDocument, new: ProgrammeDocument) -> None:
    if _document_data(old) == _document_data(new):
        raise ProgrammeRejected(RejectedBecause.ALREADY_FOLLOWED)
    if (
        new.same_clinician(old)
        and old.issued is not None
        and new.issued is not None
        and new.issued < old.issued
    ):
        raise ProgrammeRejected(RejectedBecause.OLDER_FILE, old.author, new.issued, old.issued)


def _document_data(document: ProgrammeDocument) -> dict[str, Any]:
    data = programme_to_data(document)
    if document.starter_id:
        data["starter_id"] = document.starter_id
    return data


def _new_row(document: ProgrammeDocument, now: datetime, format_version: int) -> Programme:
    flare = document.flare_up
    row = Programme(
        title=document.title,
        author=document.author,
        clinic=document.clinic,
        patient_label=document.patient_label,
        format_version=format_version,
        start_date=document.start_date,
        review_date=document.review_date,
        sitting_break_minutes=document.sitting_break_minutes,
        flare_plan=(
            {
                "advice": flare.advice,
                "exercises": list(flare.exercise_ids),
                "sitting_break_minutes": flare.sitting_break_minutes,
            }
            if flare
            else {}
        ),
        document=_document_data(document),
        imported_at=now,
        active=True,
    )
    for position, item in enumerate(document.exercises):
        dose = item.dose
        row.exercises.append(
            PrescribedExercise(
                position=position,
                exercise_id=item.exercise_id,
                custom=_custom_of(document, item.exercise_id),
                sets=dose.sets,
                reps=dose.reps,
                hold_seconds=dose.hold_s,
                rest_seconds=dose.rest_s,
                sides=dose.sides.value,
                times_per_day=dose.times_per_day,
                days=sorted(item.days),
                notes=item.notes,
                progression={
                    "rules": [
                        {
                            "change": r.change.value,
                            "step": r.step,
                            "after_sessions": r.after_sessions,
                            "up_to": r.up_to,
                        }
                        for r in item.progression
                    ]
                },
                progress_state={},
            )
        )
    return row


def _custom_of(document: ProgrammeDocument, exercise_id: str) -> dict[str, Any] | None:
    custom = document.custom(exercise_id)
    if custom is None:
        return None
    data = programme_to_data(
        ProgrammeDocument(title="-", exercises=(), author="-", custom_exercises=(custom,))
    )
    return dict(data["custom_exercises"][0])


# --- Reading ---------------------------------------------------------------------------------


def active_programme(store: Store) -> ProgrammeRecord | None:
    """The programme the patient follows now, or None."""
    with store.units.read() as uow:
        row = active_row(uow.session)
        return _record(row) if row is not None else None


def programme_history(store: Store) -> list[ProgrammeRecord]:
    """Every programme ever followed, newest first (the active one, if any, first)."""
    with store.units.read() as uow:
        return [_record(row) for row in programmes_newest_first(uow.session)]


def export_active_programme(store: Store, path: Path, overwrite: bool = False) -> Path:
    """Write the active programme, as prescribed, to a programme file.

    The target is checked by services.outputs (OutputFailed says why it was refused).
    """
    record = active_programme(store)
    if record is None:
        raise ProgrammeRejected(RejectedBecause.NOTHING_TO_EXPORT)
    document = record.document
    if not document.author:
        document = _with_author(document, STARTER_AUTHOR)
    payload = dump_programme(document)
    write_output(path, store.folder.root, overwrite, lambda stream: stream.write(payload))
    return Path(os.path.abspath(path))  # noqa: PTH100 (the name written, links unresolved)


def _with_author(document: ProgrammeDocument, author: str) -> ProgrammeDocument:
    return replace(document, author=author)


def active_row(session: Session) -> Programme | None:
    """The active programme's row in an open session (for services that change it)."""
    return active_programme_row(session)


def document_of(row: Programme) -> ProgrammeDocument:
    """A stored programme's document, with its starter id if it is a starter programme."""
    data = dict(row.document)
    starter_id = str(data.pop("starter_id", ""))
    document = stored_document(data)
    if starter_id:
        document = replace(document, starter_id=starter_id)
    return document


def _record(row: Programme) -> ProgrammeRecord:
    document = document_of(row)
    items: list[PrescribedItem] = []
    for stored in row.exercises:
        prescription = (
            document.exercises[stored.position]
            if stored.position < len(document.exercises)
            else Prescription(stored.exercise_id, current_dose(stored, Dose()))
        )
        items.append(
            PrescribedItem(
                id=stored.id,
                position=stored.position,
                prescription=prescription,
                current=current_dose(stored, prescription.dose),
                streak=int(stored.progress_state.get("streak", 0)),
            )
        )
    return ProgrammeRecord(
        id=row.id,
        document=document,
        imported_at=row.imported_at,
        active=row.active,
        replaced_at=row.replaced_at,
        items=tuple(items),
    )


def current_dose(row: PrescribedExercise, prescribed: Dose) -> Dose:
    """Today's dose of a stored exercise: its progressed numbers on the prescribed dose."""
    try:
        sides = SidesMode(row.sides)
    except ValueError:
        sides = prescribed.sides
    progressed = (row.sets, row.reps) != (prescribed.sets, prescribed.reps)
    return replace(
        prescribed,
        sets=row.sets,
        reps=row.reps,
        hold_s=row.hold_seconds,
        rest_s=row.rest_seconds,
        sides=sides,
        times_per_day=row.times_per_day,
        # A falling count is the prescription's; once sets or reps have moved, each set is even.
        reps_per_set=() if progressed else prescribed.reps_per_set,
    )


# --- Adherence -------------------------------------------------------------------------------


def plan_periods(session: Session) -> list[PlanPeriod]:
    """When each stored programme was in force and the sessions it planned each weekday.

    The one source for planned sessions: Today's count, the Progress page and the report. A
    programme is in force from its start date (never before it was imported) until the day it
    was replaced; one without exercises plans nothing and is left out. A day's sessions are the
    most `times_per_day` (today's, after progression) among the exercises scheduled that day;
    an exercise with no `days` is done every day.
    """
    periods: list[PlanPeriod] = []
    for row in programmes_newest_first(session):
        if not row.exercises:
            continue
        start, end = _in_force(row)
        periods.append(PlanPeriod(start, end, _sessions_by_weekday(row)))
    return periods


def _in_force(row: Programme) -> tuple[date, date | None]:
    """The local days a stored programme was in force: from its start date (never before it
    was imported) up to, not including, the day it was replaced (None: still in force)."""
    imported = row.imported_at.astimezone().date()
    start = max(row.start_date or imported, imported)
    end = row.replaced_at.astimezone().date() if row.replaced_at else None
    return start, end


def document_in_force(session: Session, day: date) -> Mapping[str, Any] | None:
    """The stored document of the programme in force on local `day` (the one that started
    last where two overlap, as plan_periods counts them); None when none was."""
    in_force: tuple[date, Mapping[str, Any] | None] | None = None
    for row in programmes_newest_first(session):
        start, end = _in_force(row)
        running = start <= day and (end is None or day < end)
        if running and (in_force is None or start > in_force[0]):
            in_force = (start, row.document)
    return in_force[1] if in_force is not None else None


def _sessions_by_weekday(row: Programme) -> tuple[int, ...]:
    # A weekly activity plans no daily session (as ProgrammeDocument.sessions_on); only the
    # prescribed document says which exercises are weekly.
    document = document_of(row) if row.document else None
    weekly = {
        position
        for position, item in enumerate(document.exercises if document else ())
        if item.dose.is_weekly
    }
    return tuple(
        max(
            (
                e.times_per_day
                for e in row.exercises
                if e.position not in weekly and (not e.days or weekday in e.days)
            ),
            default=0,
        )
        for weekday in range(1, 8)
    )


def programme_adherence(store: Store, first: date, last: date) -> Adherence:
    """Sessions planned against done for each local day and week from `first` to `last`."""
    start = datetime.combine(first, datetime.min.time()).astimezone() - timedelta(days=1)
    end = datetime.combine(last, datetime.min.time()).astimezone() + timedelta(days=2)
    counts: dict[date, SessionCounts] = {}
    with store.units.read() as uow:
        rows = session_kinds_within(uow.session, start, end)
        periods = plan_periods(uow.session)
    for started_at, status, is_snack in rows:
        day = started_at.astimezone().date()
        if not first <= day <= last:
            continue
        before = counts.get(day, SessionCounts())
        if is_snack:
            counts[day] = SessionCounts(before.done, before.partial, before.snacks + 1)
        elif status is SessionStatus.COMPLETED:
            counts[day] = SessionCounts(before.done + 1, before.partial, before.snacks)
        elif status is not SessionStatus.IN_PROGRESS:
            counts[day] = SessionCounts(before.done, before.partial + 1, before.snacks)
    return adherence(periods, counts, first, last)


# --- Clinician mode --------------------------------------------------------------------------


def clinician_mode(store: Store) -> bool:
    """True if the programme editor is switched on (Settings: clinician mode)."""
    with store.units.read() as uow:
        row = uow.session.get(Preference, CLINICIAN_MODE_KEY)
        return bool(row.value) if row is not None else False


def set_clinician_mode(store: Store, on: bool, now: datetime) -> Changes:
    """Switch the programme editor on or off."""
    require_aware(now)
    with store.units.write() as uow:
        row = uow.session.get(Preference, CLINICIAN_MODE_KEY)
        if row is None:
            uow.session.add(Preference(key=CLINICIAN_MODE_KEY, value=on, updated_at=now))
        elif bool(row.value) != on:
            row.value = on
            row.updated_at = now
        else:
            return Changes()
        uow.commit()
    return Changes.of(Topic.PREFERENCES)


def require_aware(now: datetime) -> None:
    """Refuse a naive time: every stored moment is an instant."""
    if now.tzinfo is None:
        raise ValueError("`now` must be timezone-aware")
