"""Everything the progress report needs: the figures of services/figures.py (the same the
Progress page shows) and what only the report prints (measures, screenings, notes)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from companion.domain.exercise import ClearanceCondition
from companion.domain.report import (
    AssessmentLine,
    ExerciseResponses,
    Note,
    Report,
    ReportOptions,
    ScreeningLine,
)
from companion.services.data_store import Store
from companion.services.exercise_names import with_custom_names
from companion.services.figures import period_figures
from companion.services.progression import progression_status
from companion.services.report_measures import measure_scores, words
from companion.services.report_period import resolve_period
from companion.services.safety_plan import clearance_answers
from companion.services.screening import (
    assessment_history,
    current_lock,
    known_findings,
    screening_history,
)
from companion.storage.queries import figures as queries
from companion.storage.queries import report as report_queries

# The period helper lives in report_period.py; the exports import it from here too.
__all__ = ["build_report", "resolve_period"]


def build_report(
    store: Store,
    options: ReportOptions,
    now: datetime | None = None,
    exercise_names: Mapping[str, str] | None = None,
) -> Report:
    """Gather the report for `options` (its period in the user's local days)."""
    generated = now or datetime.now(UTC)
    period = resolve_period(store, options, generated.astimezone().date())
    since, until = period.utc_bounds()
    names = with_custom_names(store, exercise_names)
    with store.units.read() as uow:
        session = uow.session
        figures = period_figures(session, period)
        worse = _worse_exercises(session, since, until, names)
        measures = measure_scores(session, since, until)
        events = tuple(queries.timeline_events(session, since, until, options.include_notes))
        notes = _notes(session, since, until) if options.include_notes else ()
    screenings = tuple(
        ScreeningLine(
            record.taken_at,
            words(record.reason.value) if record.reason is not None else "",
            record.level,
            tuple(words(finding.id) for finding in record.findings),
        )
        for record in screening_history(store, since, until - timedelta(microseconds=1))
    )
    assessments = tuple(
        AssessmentLine(c.recorded_at, c.assessed_on, c.assessed_by, c.locked_since)
        for c in assessment_history(store, since, until - timedelta(microseconds=1))
    )
    lock = current_lock(store, generated)
    known = tuple(
        (words(question_id), since)
        for question_id, since in sorted(known_findings(store, generated).items())
    )
    return Report(
        options=options,
        period=period,
        generated_at=generated,
        checkin_count=sum(day.checkins for day in figures.days),
        days_with_checkins=len(figures.days),
        back=figures.summary.back,
        leg=figures.summary.leg,
        reach=figures.summary.reach,
        adherence=replace(
            figures.sessions,
            weekly=tuple(
                replace(w, name=names.get(w.exercise_id) or words(w.exercise_id))
                for w in figures.sessions.weekly
            ),
        ),
        worse_exercises=worse,
        measures=measures,
        screenings=screenings,
        assessments=assessments,
        locked_since=lock.since if lock is not None else None,
        known_findings=known,
        events=events,
        days=figures.days,
        weeks=figures.weeks,
        notes=notes,
        clearance=_clearance(store),
        progression_held=progression_status(store, generated.astimezone()).holds,
    )


def _clearance(store: Store) -> frozenset[ClearanceCondition] | None:
    answers = clearance_answers(store)
    return answers.conditions if answers is not None else None


def _worse_exercises(
    session: Session, since: datetime, until: datetime, names: Mapping[str, str]
) -> tuple[ExerciseResponses, ...]:
    return tuple(
        ExerciseResponses(
            row.exercise_id,
            names.get(row.exercise_id) or words(row.exercise_id),
            row.times_done,
            row.worse,
            row.worse_but_settling,
            row.new_numbness_or_weakness,
        )
        for row in report_queries.exercise_responses(session, since, until)
    )


def _notes(session: Session, since: datetime, until: datetime) -> tuple[Note, ...]:
    return tuple(
        Note(moment, source, text)
        for moment, source, text in report_queries.notes(session, since, until)
    )
