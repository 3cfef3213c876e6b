"""The data of an HL7 FHIR export: a period's pain ratings, questionnaires, sessions, programmes.

Read in one unit of work with Core queries (years of rows); reports.fhir_export writes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from companion.domain.report import ReportOptions
from companion.reports.fhir_export import (
    CarePlanExercise,
    FhirExport,
    PainReading,
    ProgrammePlan,
    QuestionnaireSitting,
    SessionDone,
)
from companion.services.data_store import Store
from companion.services.exercise_names import with_custom_names
from companion.services.report_data import resolve_period
from companion.storage.models import Programme
from companion.storage.queries.fhir import (
    exercises_done,
    pain_rows,
    programmes_with_exercises,
    session_rows,
    sitting_rows,
)


def fhir_data(
    store: Store,
    options: ReportOptions,
    now: datetime | None = None,
    exercise_names: Mapping[str, str] | None = None,
) -> FhirExport:
    """The period's pain ratings, questionnaires, sessions and programmes for the bundle."""
    moment = now or datetime.now(UTC)
    since, until = resolve_period(store, options, moment.astimezone().date()).utc_bounds()
    names = with_custom_names(store, exercise_names)
    with store.units.read() as uow:
        s = uow.session
        readings = [
            PainReading(
                row_id, at, back, leg, reach, side, (note or "") if options.include_notes else ""
            )
            for row_id, at, back, leg, reach, side, note in pain_rows(s, since, until)
        ]
        sittings = [
            QuestionnaireSitting(
                row_id, instrument, version, _instrument_name(instrument), at, answers or {}, score
            )
            for row_id, instrument, version, at, answers, score in sitting_rows(s, since, until)
        ]
        done_in = exercises_done(s, since, until)
        sessions = [
            SessionDone(
                row_id,
                programme_id,
                started,
                ended,
                status,
                bool(snack),
                tuple(names.get(e, e) for e in (done_in.get(row_id) or "").split(",") if e),
            )
            for row_id, programme_id, started, ended, status, snack in session_rows(s, since, until)
        ]
        programmes = [
            ProgrammePlan(
                programme.id,
                programme.title,
                programme.author,
                programme.start_date,
                programme.active,
                tuple(
                    CarePlanExercise(
                        names.get(item.exercise_id, item.exercise_id),
                        item.sets,
                        item.reps,
                        item.hold_seconds,
                        item.times_per_day,
                        item.notes,
                    )
                    for item in programme.exercises
                ),
            )
            for programme in programmes_with_exercises(s)
            if programme.active or _overlaps(programme, since)
        ]
    return FhirExport(
        generated_at=moment,
        patient_name=options.name.strip(),
        readings=readings,
        sittings=sittings,
        sessions=sessions,
        programmes=programmes,
    )


def _overlaps(programme: Programme, since: datetime) -> bool:
    return programme.replaced_at is None or programme.replaced_at >= since


def _instrument_name(instrument: str) -> str:
    from companion.domain.measures import BUILT_IN_MEASURES

    measure = BUILT_IN_MEASURES.get(instrument)
    return measure.name if measure else instrument
