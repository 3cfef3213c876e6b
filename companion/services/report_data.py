"""Everything the progress report needs, aggregated in SQL per day and per week.

Ten years of several check-ins a day is tens of thousands of rows; the report needs a few
hundred numbers. SQLite groups them (the timestamp indexes bound every query to the period) and
Python only sees one row per day or per week.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from companion.domain.exercise import ClearanceCondition
from companion.domain.measures import (
    BACK_PAIN,
    LEG_PAIN,
    Measure,
    MeasureResult,
    change_from_baseline,
    describe_change,
)
from companion.domain.report import (
    COMPARISON_WINDOW_DAYS,
    Adherence,
    AssessmentLine,
    DayPain,
    ExerciseResponses,
    Note,
    PainComparison,
    ReachSummary,
    Report,
    ReportOptions,
    ReportPeriod,
    ScreeningLine,
    TimelineEvent,
    WeekRow,
    rounded,
)
from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    ReminderKind,
    ReminderOutcome,
    SessionStatus,
)
from companion.services.data_store import Store
from companion.services.exercise_names import with_custom_names
from companion.services.progression import progression_status
from companion.services.report_measures import measure_scores, number, words
from companion.services.report_period import (
    resolve_period,
    utc_bounds,
)
from companion.services.safety_plan import clearance_answers
from companion.services.screening import (
    assessment_history,
    current_lock,
    known_findings,
    screening_history,
)
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    Programme,
    QuestionnaireResponse,
    ReminderEvent,
    SessionExercise,
    TreatmentEvent,
)

# The period helpers live in report_period.py; the exports import them from here too.
__all__ = ["build_report", "resolve_period", "utc_bounds"]

_REACH_LEVEL = {reach.value: reach.level for reach in LegReach}
_REACH_BY_LEVEL = {reach.level: reach for reach in LegReach}
_TAKEN = (ReminderOutcome.DONE.value, ReminderOutcome.NATURAL_BREAK.value)

# Both red traffic-light answers count as "worse" in the weekly tallies.
_RED = tuple(r.value for r in ExerciseResponse if r.is_red)


def build_report(
    store: Store,
    options: ReportOptions,
    now: datetime | None = None,
    exercise_names: Mapping[str, str] | None = None,
) -> Report:
    """Gather the report for `options` (its period in the user's local days)."""
    generated = now or datetime.now(UTC)
    period = resolve_period(store, options, generated.astimezone().date())
    since, until = utc_bounds(period)
    names = with_custom_names(store, exercise_names)
    with store.units.read() as uow:
        session = uow.session
        days = _daily_pain(session, since, until)
        weeks = _weeks(session, period, since, until)
        planned_by_week = _planned_sessions(session, period)
        adherence = _adherence(session, since, until, planned_by_week)
        worse = _worse_exercises(session, since, until, names)
        measures = measure_scores(session, since, until)
        events = _events(session, since, until, options.include_notes)
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
    week_rows = tuple(
        _with_plan(weeks.get(monday, WeekRow(monday)), planned_by_week) for monday in period.weeks()
    )
    return Report(
        options=options,
        period=period,
        generated_at=generated,
        checkin_count=sum(day.checkins for day in days),
        days_with_checkins=len(days),
        back=_compare_pain(BACK_PAIN, days, lambda d: d.back),
        leg=_compare_pain(LEG_PAIN, days, lambda d: d.leg),
        reach=_reach(days),
        adherence=adherence,
        worse_exercises=worse,
        measures=measures,
        screenings=screenings,
        assessments=assessments,
        locked_since=lock.since if lock is not None else None,
        known_findings=known,
        events=events,
        days=tuple(days),
        weeks=week_rows,
        notes=notes,
        clearance=_clearance(store),
        progression_held=progression_status(store, generated.astimezone()).holds,
    )


def _clearance(store: Store) -> frozenset[ClearanceCondition] | None:
    answers = clearance_answers(store)
    return answers.conditions if answers is not None else None


# --- Pain and reach --------------------------------------------------------------------------


def _local_day(column: Any) -> ColumnElement[str]:
    return func.date(column, "localtime")


def _local_week(column: Any) -> ColumnElement[str]:
    # SQLite: 'weekday 0' moves forward to Sunday (or stays on one); six days back is Monday.
    return func.date(column, "localtime", "weekday 0", "-6 days")


def _reach_level() -> ColumnElement[int]:
    return case(_REACH_LEVEL, value=type_coerce(CheckIn.leg_reach, String), else_=0)


def _in_period(column: InstrumentedAttribute[datetime], since: datetime, until: datetime) -> Any:
    return and_(column >= since, column < until)


def _daily_pain(session: Session, since: datetime, until: datetime) -> list[DayPain]:
    day = _local_day(CheckIn.recorded_at)
    rows = session.execute(
        select(
            day,
            func.count(),
            func.avg(CheckIn.back_pain),
            func.avg(CheckIn.leg_pain),
            func.max(_reach_level()),
        )
        .where(_in_period(CheckIn.recorded_at, since, until), CheckIn.deleted_at.is_(None))
        .group_by(day)
        .order_by(day)
    ).all()
    return [
        DayPain(date.fromisoformat(d), int(n), float(back), float(leg), _REACH_BY_LEVEL[int(r)])
        for d, n, back, leg, r in rows
    ]


def _windows(days: Sequence[DayPain]) -> tuple[list[DayPain], list[DayPain]] | None:
    """The check-in days of the first and the last week; halves when the span is shorter."""
    if len(days) < 2:
        return None
    first, last = days[0].day, days[-1].day
    width = min(COMPARISON_WINDOW_DAYS, ((last - first).days + 1) // 2)
    width = max(width, 1)
    early = [d for d in days if (d.day - first).days < width]
    late = [d for d in days if (last - d.day).days < width]
    return early, late


def _mean(days: Iterable[DayPain], value: Any) -> float:
    chosen = list(days)
    # Weighted by the day's check-ins: the mean of every rating in the window.
    return float(sum(value(d) * d.checkins for d in chosen) / sum(d.checkins for d in chosen))


def _compare_pain(measure: Measure, days: Sequence[DayPain], value: Any) -> PainComparison:
    windows = _windows(days)
    if windows is None:
        only = f", {number(value(days[0]))} on the one day with check-ins" if days else ""
        return PainComparison(
            measure.name,
            None,
            rounded(value(days[0])) if days else None,
            None,
            (days[0].day, days[0].day) if days else None,
            None,
            f"{measure.name}: too few check-ins to compare{only}.",
        )
    early, late = windows
    baseline = rounded(_mean(early, value)) or 0.0
    current = rounded(_mean(late, value)) or 0.0
    change = change_from_baseline(
        MeasureResult(measure, baseline, early[0].day),
        MeasureResult(measure, current, late[-1].day),
    )
    return PainComparison(
        measure.name,
        baseline,
        current,
        (early[0].day, early[-1].day),
        (late[0].day, late[-1].day),
        change,
        describe_change(change),
    )


def _reach(days: Sequence[DayPain]) -> ReachSummary:
    furthest = max((d.furthest_reach for d in days), key=lambda r: r.level, default=None)
    windows = _windows(days)
    if windows is None:
        return ReachSummary(None, None, furthest)
    early, late = windows
    return ReachSummary(
        max((d.furthest_reach for d in early), key=lambda r: r.level),
        max((d.furthest_reach for d in late), key=lambda r: r.level),
        furthest,
    )


# --- Weeks -----------------------------------------------------------------------------------


@dataclass
class _WeekTally:
    checkins: int = 0
    back: float | None = None
    leg: float | None = None
    reach: LegReach | None = None
    completed: int = 0
    ended_early: int = 0
    minutes: int = 0
    taken: int = 0
    snoozed: int = 0
    skipped: int = 0
    worse: int = 0


def _weeks(
    session: Session, period: ReportPeriod, since: datetime, until: datetime
) -> dict[date, WeekRow]:
    tallies: dict[date, _WeekTally] = defaultdict(_WeekTally)

    week = _local_week(CheckIn.recorded_at)
    for w, n, back, leg, reach in session.execute(
        select(
            week,
            func.count(),
            func.avg(CheckIn.back_pain),
            func.avg(CheckIn.leg_pain),
            func.max(_reach_level()),
        )
        .where(_in_period(CheckIn.recorded_at, since, until), CheckIn.deleted_at.is_(None))
        .group_by(week)
    ):
        tally = tallies[date.fromisoformat(w)]
        tally.checkins, tally.back, tally.leg = int(n), rounded(back), rounded(leg)
        tally.reach = _REACH_BY_LEVEL[int(reach)]

    week = _local_week(ExerciseSession.started_at)
    status = type_coerce(ExerciseSession.status, String)
    for w, completed, early in session.execute(
        select(
            week,
            func.sum(case((status == SessionStatus.COMPLETED.value, 1), else_=0)),
            func.sum(
                case(
                    (
                        status.in_(
                            (SessionStatus.ENDED_EARLY.value, SessionStatus.INTERRUPTED.value)
                        ),
                        1,
                    ),
                    else_=0,
                )
            ),
        )
        .where(
            _in_period(ExerciseSession.started_at, since, until),
            ExerciseSession.is_snack.is_(False),
        )
        .group_by(week)
    ):
        tally = tallies[date.fromisoformat(w)]
        tally.completed, tally.ended_early = int(completed or 0), int(early or 0)

    week = _local_week(Activity.started_at)
    for w, minutes in session.execute(
        select(week, func.sum(Activity.minutes))
        .where(_in_period(Activity.started_at, since, until), Activity.deleted_at.is_(None))
        .group_by(week)
    ):
        tallies[date.fromisoformat(w)].minutes = int(minutes or 0)

    week = _local_week(ReminderEvent.at)
    outcome = type_coerce(ReminderEvent.outcome, String)
    for w, taken, snoozed, skipped in session.execute(
        select(
            week,
            func.sum(case((outcome.in_(_TAKEN), 1), else_=0)),
            func.sum(case((outcome == ReminderOutcome.SNOOZED.value, 1), else_=0)),
            func.sum(case((outcome == ReminderOutcome.SKIPPED.value, 1), else_=0)),
        )
        .where(
            _in_period(ReminderEvent.at, since, until),
            type_coerce(ReminderEvent.kind, String) == ReminderKind.SITTING_BREAK.value,
        )
        .group_by(week)
    ):
        tally = tallies[date.fromisoformat(w)]
        tally.taken, tally.snoozed, tally.skipped = int(taken), int(snoozed), int(skipped)

    week = _local_week(ExerciseSession.started_at)
    for w, worse in session.execute(
        select(week, func.count())
        .select_from(SessionExercise)
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(
            _in_period(ExerciseSession.started_at, since, until),
            type_coerce(SessionExercise.response, String).in_(_RED),
            SessionExercise.skipped.is_(False),
        )
        .group_by(week)
    ):
        tallies[date.fromisoformat(w)].worse = int(worse)

    return {
        monday: WeekRow(
            monday,
            checkins=t.checkins,
            back=t.back,
            leg=t.leg,
            furthest_reach=t.reach,
            sessions_completed=t.completed,
            sessions_ended_early=t.ended_early,
            activity_minutes=t.minutes,
            breaks_taken=t.taken,
            breaks_snoozed=t.snoozed,
            breaks_skipped=t.skipped,
            worse_responses=t.worse,
        )
        for monday, t in tallies.items()
    }


def _with_plan(row: WeekRow, planned: Mapping[date, int] | None) -> WeekRow:
    if planned is None:
        return row
    return WeekRow(**{**row.__dict__, "sessions_planned": planned.get(row.week_start, 0)})


# --- Adherence -------------------------------------------------------------------------------


def _planned_sessions(session: Session, period: ReportPeriod) -> dict[date, int] | None:
    """Sessions a stored programme planned, per week; None when no programme covers the period.

    A day's sessions are the most `times_per_day` among the exercises scheduled that day; an
    exercise with no `days` is done every day, otherwise on those ISO weekdays (1 = Monday).
    """
    programmes = session.scalars(select(Programme).order_by(Programme.imported_at)).all()
    planned: dict[date, int] = defaultdict(int)
    covered = False
    for programme in programmes:
        first = programme.start_date or programme.imported_at.astimezone().date()
        last = (
            programme.replaced_at.astimezone().date() - timedelta(days=1)
            if programme.replaced_at is not None
            else period.end
        )
        first, last = max(first, period.start), min(last, period.end)
        if first > last or not programme.exercises:
            continue
        covered = True
        day = first
        while day <= last:
            per_day = max(
                (
                    exercise.times_per_day
                    for exercise in programme.exercises
                    if not exercise.days or day.isoweekday() in exercise.days
                ),
                default=0,
            )
            planned[day - timedelta(days=day.weekday())] += per_day
            day += timedelta(days=1)
    return dict(planned) if covered else None


def _adherence(
    session: Session, since: datetime, until: datetime, planned: Mapping[date, int] | None
) -> Adherence:
    status = type_coerce(ExerciseSession.status, String)
    completed, early, snacks = session.execute(
        select(
            func.sum(
                case(
                    (
                        and_(
                            ExerciseSession.is_snack.is_(False),
                            status == SessionStatus.COMPLETED.value,
                        ),
                        1,
                    ),
                    else_=0,
                )
            ),
            func.sum(
                case(
                    (
                        and_(
                            ExerciseSession.is_snack.is_(False),
                            status.in_(
                                (SessionStatus.ENDED_EARLY.value, SessionStatus.INTERRUPTED.value)
                            ),
                        ),
                        1,
                    ),
                    else_=0,
                )
            ),
            func.sum(case((ExerciseSession.is_snack.is_(True), 1), else_=0)),
        ).where(_in_period(ExerciseSession.started_at, since, until))
    ).one()
    return Adherence(
        planned=sum(planned.values()) if planned is not None else None,
        completed=int(completed or 0),
        ended_early=int(early or 0),
        movement_snacks=int(snacks or 0),
    )


def _worse_exercises(
    session: Session, since: datetime, until: datetime, names: Mapping[str, str]
) -> tuple[ExerciseResponses, ...]:
    response = type_coerce(SessionExercise.response, String)
    worse = func.sum(case((response == ExerciseResponse.WORSE.value, 1), else_=0))
    settling = func.sum(case((response == ExerciseResponse.WORSE_BUT_SETTLING.value, 1), else_=0))
    numb = func.sum(case((response == ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS.value, 1), else_=0))
    rows = session.execute(
        select(SessionExercise.exercise_id, func.count(), worse, settling, numb)
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(
            _in_period(ExerciseSession.started_at, since, until),
            SessionExercise.skipped.is_(False),
        )
        .group_by(SessionExercise.exercise_id)
        .having(or_(worse > 0, settling > 0, numb > 0))
        .order_by((worse + numb).desc(), settling.desc(), SessionExercise.exercise_id)
    ).all()
    return tuple(
        ExerciseResponses(
            exercise_id,
            names.get(exercise_id) or words(exercise_id),
            int(n),
            int(w),
            int(s),
            int(x or 0),
        )
        for exercise_id, n, w, s, x in rows
    )


# --- Events, notes -----------------------------------------------------------------


def _events(
    session: Session, since: datetime, until: datetime, include_notes: bool
) -> tuple[TimelineEvent, ...]:
    rows = session.execute(
        select(
            TreatmentEvent.occurred_at,
            TreatmentEvent.kind,
            TreatmentEvent.name,
            TreatmentEvent.dose,
            TreatmentEvent.note,
        )
        .where(
            _in_period(TreatmentEvent.occurred_at, since, until),
            TreatmentEvent.deleted_at.is_(None),
        )
        .order_by(TreatmentEvent.occurred_at, TreatmentEvent.id)
    ).all()
    return tuple(
        TimelineEvent(at, kind, name or "", dose or "", (note or "") if include_notes else "")
        for at, kind, name, dose, note in rows
    )


def _notes(session: Session, since: datetime, until: datetime) -> tuple[Note, ...]:
    notes: list[Note] = []
    sources: list[tuple[str, Any, Any, Any]] = [
        ("Check-in", CheckIn.recorded_at, CheckIn.note, CheckIn.deleted_at),
        ("Activity", Activity.started_at, Activity.note, Activity.deleted_at),
        ("Treatment", TreatmentEvent.occurred_at, TreatmentEvent.note, TreatmentEvent.deleted_at),
        (
            "Questionnaire",
            QuestionnaireResponse.taken_at,
            QuestionnaireResponse.note,
            QuestionnaireResponse.deleted_at,
        ),
    ]
    for source, at, text, deleted in sources:
        for moment, note in session.execute(
            select(at, text).where(_in_period(at, since, until), deleted.is_(None), text != "")
        ):
            if note and note.strip():
                notes.append(Note(moment, source, note.strip()))
    notes.sort(key=lambda n: n.at)
    return tuple(notes)
