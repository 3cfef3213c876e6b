"""What the report says, computed over a real SQLite file: pain, reach, adherence, measures,
screenings, events, weeks and notes, all bounded by the period and aggregated in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from companion.domain.figures import ReachTrend
from companion.domain.measures import Verdict
from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.report import ReportOptions, ReportProblem, ReportProblemReason
from companion.domain.safety_lock import AssessedBy
from companion.domain.vocabulary import (
    ActivityKind,
    ExerciseResponse,
    LegReach,
    ReminderKind,
    ReminderOutcome,
    SessionStatus,
    Side,
    TreatmentKind,
    TriageLevel,
)
from companion.reports.report_words import (
    adherence_sentence,
    event_label,
    level_words,
    reach_sentence,
    verdict_flag,
)
from companion.reports.wording import wording
from companion.services.data_store import Store
from companion.services.report_data import build_report
from companion.services.screening import record_assessment, record_screening
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    PrescribedExercise,
    Programme,
    QuestionnaireResponse,
    ReminderEvent,
    SessionExercise,
    TreatmentEvent,
)

START = date(2026, 3, 2)  # a Monday

ENGLISH = wording("en")  # the report's words these tests read


def noon(day: date, hour: int = 12) -> datetime:
    # Local noon: the report counts local days, and a time given in UTC falls on another day
    # in a zone far from it (CI runs these tests at UTC+14 and UTC-10 too).
    return datetime(day.year, day.month, day.day, hour).astimezone()


def add(store: Store, *rows: Any) -> None:
    with store.units.write() as uow:
        uow.session.add_all(rows)
        uow.commit()


def checkin(
    day: date, back: int, leg: int, reach: LegReach = LegReach.THIGH, note: str = "", **more: Any
) -> CheckIn:
    return CheckIn(
        recorded_at=noon(day, more.pop("hour", 12)),
        back_pain=back,
        leg_pain=leg,
        leg_reach=reach,
        side=Side.LEFT,
        symptoms=[],
        pain_sites=[],
        note=note,
        **more,
    )


def four_weeks(store: Store, first: tuple[int, int], last: tuple[int, int]) -> None:
    """28 days: the first week at `first` (back, leg), the last week at `last`, 5/5 between."""
    rows = []
    for n in range(28):
        back, leg = first if n < 7 else last if n >= 21 else (5, 5)
        rows.append(checkin(START + timedelta(days=n), back, leg))
    add(store, *rows)


def options(**given: Any) -> ReportOptions:
    return ReportOptions(start=START, end=START + timedelta(days=27), **given)


def test_leg_pain_halving_is_a_meaningful_improvement(store: Store) -> None:
    four_weeks(store, first=(4, 7), last=(4, 3))
    report = build_report(store, options())
    assert report.leg.baseline == 7.0
    assert report.leg.current == 3.0
    assert report.leg.change is not None
    assert report.leg.change.verdict is Verdict.THRESHOLD_IMPROVEMENT
    assert verdict_flag(ENGLISH, report.leg) == "important improvement"
    assert "down from 7 to 3" in report.leg.sentence
    assert report.leg.baseline_days == (START, START + timedelta(days=6))
    assert report.leg.current_days == (START + timedelta(days=21), START + timedelta(days=27))
    assert report.back.change is not None
    assert report.back.change.verdict is Verdict.NO_CHANGE
    assert report.checkin_count == 28
    assert report.days_with_checkins == 28


def test_a_one_point_drop_is_not_called_meaningful(store: Store) -> None:
    four_weeks(store, first=(5, 6), last=(5, 5))
    report = build_report(store, options())
    assert report.leg.change is not None
    assert report.leg.change.verdict is Verdict.SMALL_IMPROVEMENT
    assert "minimal important change" not in report.leg.sentence


def test_a_two_point_rise_is_flagged_as_meaningful_worsening(store: Store) -> None:
    four_weeks(store, first=(3, 4), last=(6, 4))
    report = build_report(store, options())
    assert report.back.change is not None
    assert report.back.change.verdict is Verdict.THRESHOLD_WORSENING
    assert verdict_flag(ENGLISH, report.back) == "IMPORTANT WORSENING"


def test_the_week_means_weigh_every_check_in(store: Store) -> None:
    # Day one: two check-ins (8 and 6); day two: one (4). The mean of all three is 6, not 5.5.
    add(
        store,
        checkin(START, 1, 8, hour=9),
        checkin(START, 1, 6, hour=18),
        checkin(START + timedelta(days=1), 1, 4),
        checkin(START + timedelta(days=20), 1, 2),
    )
    report = build_report(store, options())
    assert report.leg.baseline == 6.0
    assert report.checkin_count == 4
    assert report.days_with_checkins == 3


def test_one_day_of_check_ins_is_too_few_to_compare(store: Store) -> None:
    add(store, checkin(START + timedelta(days=3), 4, 6))
    report = build_report(store, options())
    assert report.leg.change is None
    assert verdict_flag(ENGLISH, report.leg) == "too few check-ins"
    assert "too few" in report.leg.sentence
    assert report.reach.trend is ReachTrend.UNKNOWN


def test_leg_symptoms_retreating_towards_the_back(store: Store) -> None:
    rows = [
        checkin(START + timedelta(days=n), 4, 5, LegReach.CALF if n < 7 else LegReach.BUTTOCK)
        for n in range(28)
    ]
    rows.append(checkin(START + timedelta(days=10), 4, 8, LegReach.FOOT))
    add(store, *rows)
    report = build_report(store, options())
    assert report.reach.at_start is LegReach.CALF
    assert report.reach.at_end is LegReach.BUTTOCK
    assert report.reach.furthest is LegReach.FOOT
    assert report.reach.trend is ReachTrend.RETREATING
    assert "retreated towards the back" in reach_sentence(ENGLISH, report.reach)
    assert report.days[10].reach is LegReach.FOOT


def test_rows_outside_the_period_and_deleted_rows_are_left_out(store: Store) -> None:
    four_weeks(store, first=(4, 7), last=(4, 3))
    add(
        store,
        checkin(START - timedelta(days=1), 10, 10),
        checkin(START + timedelta(days=28), 10, 10),
        checkin(START + timedelta(days=3), 10, 10, deleted_at=noon(START)),
    )
    report = build_report(store, options())
    assert report.checkin_count == 28
    assert report.leg.baseline == 7.0


def test_adherence_without_a_programme_says_so(store: Store) -> None:
    add(
        store,
        ExerciseSession(started_at=noon(START), status=SessionStatus.COMPLETED),
        ExerciseSession(started_at=noon(START, 15), status=SessionStatus.ENDED_EARLY),
        ExerciseSession(started_at=noon(START, 16), status=SessionStatus.COMPLETED, is_snack=True),
    )
    report = build_report(store, options())
    assert report.adherence.planned is None
    assert report.adherence.completed == 1
    assert report.adherence.ended_early == 1
    assert report.adherence.movement_snacks == 1
    assert report.adherence.percent is None
    assert adherence_sentence(ENGLISH, report.adherence).startswith("No programme stored")
    assert all(week.sessions_planned is None for week in report.weeks)


def test_adherence_against_a_stored_programme(store: Store) -> None:
    programme = Programme(
        title="Gentle start",
        imported_at=noon(START - timedelta(days=30)),
        start_date=START + timedelta(days=7),  # planned from the second week on
        active=True,
        flare_plan={},
        document={},
    )
    programme.exercises = [
        PrescribedExercise(position=0, exercise_id="knee-to-chest", times_per_day=2, days=[]),
        # Only on Mondays (ISO 1): still one session a day, the most of any exercise that day.
        PrescribedExercise(position=1, exercise_id="bird-dog", times_per_day=1, days=[1]),
    ]
    sessions = [
        ExerciseSession(
            started_at=noon(START + timedelta(days=7 + n)), status=SessionStatus.COMPLETED
        )
        for n in range(14)
    ]
    add(store, programme, *sessions)
    report = build_report(store, options())
    assert report.adherence.planned == 21 * 2
    assert report.adherence.completed == 14
    assert report.adherence.percent == 33
    assert "14 of 42 planned sessions completed (33%)" in adherence_sentence(
        ENGLISH, report.adherence
    )
    assert [w.sessions_planned for w in report.weeks] == [0, 14, 14, 14]
    assert [w.sessions_completed for w in report.weeks] == [0, 7, 7, 0]


def test_exercises_that_drew_worse_responses(store: Store) -> None:
    session = ExerciseSession(
        started_at=noon(START + timedelta(days=2)), status=SessionStatus.COMPLETED
    )
    later = ExerciseSession(
        started_at=noon(START + timedelta(days=9)), status=SessionStatus.COMPLETED
    )
    session.exercises = [
        SessionExercise(position=0, exercise_id="knee-to-chest", response=ExerciseResponse.WORSE),
        SessionExercise(
            position=1, exercise_id="bird-dog", response=ExerciseResponse.WORSE_BUT_SETTLING
        ),
        SessionExercise(
            position=2, exercise_id="clamshell", response=ExerciseResponse.BETTER_OR_SAME
        ),
        SessionExercise(
            position=3, exercise_id="cat-camel", response=ExerciseResponse.WORSE, skipped=True
        ),
    ]
    later.exercises = [
        SessionExercise(position=0, exercise_id="knee-to-chest", response=ExerciseResponse.WORSE),
        SessionExercise(
            position=1, exercise_id="bird-dog", response=ExerciseResponse.BETTER_OR_SAME
        ),
    ]
    add(store, session, later)
    report = build_report(store, options(), exercise_names={"knee-to-chest": "Knee to chest"})
    assert [
        (e.exercise_id, e.name, e.times_done, e.worse, e.worse_but_settling)
        for e in report.worse_exercises
    ] == [
        ("knee-to-chest", "Knee to chest", 2, 2, 0),
        ("bird-dog", "Bird dog", 2, 0, 1),
    ]
    assert [w.worse_responses for w in report.weeks] == [1, 1, 0, 0]


def test_outcome_measures_compare_first_and_latest_in_the_period(store: Store) -> None:
    add(
        store,
        QuestionnaireResponse(
            instrument="sbi", taken_at=noon(START - timedelta(days=7)), answers={}, score=22.0
        ),
        QuestionnaireResponse(instrument="sbi", taken_at=noon(START), answers={}, score=16.0),
        QuestionnaireResponse(
            instrument="sbi", taken_at=noon(START + timedelta(days=20)), answers={}, score=9.0
        ),
        QuestionnaireResponse(
            instrument="psfs",
            taken_at=noon(START + timedelta(days=1)),
            answers={"new_baseline": True},
            score=3.0,
        ),
        QuestionnaireResponse(
            instrument="psfs",
            taken_at=noon(START + timedelta(days=15)),
            answers={"new_baseline": False},
            score=6.0,
        ),
    )
    report = build_report(store, options())
    sbi, psfs = report.measures
    assert (sbi.measure_id, sbi.sittings, sbi.first, sbi.latest) == ("sbi", 2, 16.0, 9.0)
    assert sbi.sentence.startswith("Sciatica bother score is down from 16 to 9")
    assert "meaningful" not in sbi.sentence  # no agreed threshold: numbers only
    assert (psfs.first, psfs.latest) == (3.0, 6.0)
    assert "an improvement beyond the detectable change" in psfs.sentence  # Stratford


def test_red_flag_screenings_and_their_results(store: Store) -> None:
    answers = {question.id: False for question in QUESTIONS}
    record_screening(store, answers, ScreeningReason.FIRST_RUN, noon(START + timedelta(days=1)))
    urgent = dict(answers, saddle_numbness=True)
    record_screening(store, urgent, ScreeningReason.ON_DEMAND, noon(START + timedelta(days=5)))
    record_screening(store, answers, ScreeningReason.WEEKLY, noon(START + timedelta(days=40)))
    report = build_report(store, options())
    assert [s.level for s in report.screenings] == [TriageLevel.CLEAR, TriageLevel.EMERGENCY]
    assert report.screenings[1].findings == ("Saddle numbness",)
    assert level_words(ENGLISH, report.screenings[1].level) == "EMERGENCY advice given"
    assert report.screenings[1].reason == "On demand"


def test_events_and_notes_and_leaving_notes_out(store: Store) -> None:
    add(
        store,
        checkin(START + timedelta(days=1), 4, 5, note="Long drive, leg worse after."),
        checkin(START + timedelta(days=2), 4, 5, note="   "),
        Activity(
            started_at=noon(START + timedelta(days=3)),
            kind=ActivityKind.WALKING,
            minutes=30,
            note="Walked to the park.",
        ),
        TreatmentEvent(
            occurred_at=noon(START + timedelta(days=4)),
            kind=TreatmentKind.MEDICATION_STARTED,
            name="Naproxen",
            dose="250 mg",
            note="From the GP.",
        ),
    )
    report = build_report(store, options())
    assert [(n.source, n.text) for n in report.notes] == [
        ("Check-in", "Long drive, leg worse after."),
        ("Activity", "Walked to the park."),
        ("Treatment", "From the GP."),
    ]
    assert event_label(ENGLISH, report.events[0]) == "Medication started: Naproxen 250 mg"
    assert report.events[0].note == "From the GP."

    private = build_report(store, options(include_notes=False))
    assert private.notes == ()
    assert private.events[0].note == ""
    assert event_label(ENGLISH, private.events[0]) == "Medication started: Naproxen 250 mg"


def test_weekly_rows_cover_every_week_of_the_period(store: Store) -> None:
    four_weeks(store, first=(4, 7), last=(4, 3))
    add(
        store,
        Activity(started_at=noon(START + timedelta(days=8)), kind=ActivityKind.WALKING, minutes=25),
        Activity(started_at=noon(START + timedelta(days=9)), kind=ActivityKind.CYCLING, minutes=20),
        *[
            ReminderEvent(
                at=noon(START + timedelta(days=15), 9 + n),
                kind=ReminderKind.SITTING_BREAK,
                outcome=outcome,
            )
            for n, outcome in enumerate(
                [
                    ReminderOutcome.DONE,
                    ReminderOutcome.NATURAL_BREAK,
                    ReminderOutcome.SNOOZED,
                    ReminderOutcome.SKIPPED,
                    ReminderOutcome.SKIPPED,
                ]
            )
        ],
        ReminderEvent(
            at=noon(START + timedelta(days=15)),
            kind=ReminderKind.CHECK_IN,
            outcome=ReminderOutcome.SKIPPED,
        ),
    )
    report = build_report(store, options())
    assert [w.week_start for w in report.weeks] == [START + timedelta(weeks=n) for n in range(4)]
    first, second, third, _fourth = report.weeks
    assert (first.checkins, first.leg, first.furthest_reach) == (7, 7.0, LegReach.THIGH)
    assert second.activity_minutes == 45
    assert (third.breaks_taken, third.breaks_snoozed, third.breaks_skipped) == (2, 1, 2)


def test_an_empty_diary_gives_an_empty_report(store: Store) -> None:
    report = build_report(store, ReportOptions())
    assert report.is_empty
    assert report.period.first == report.period.last
    assert report.leg.change is None


def test_a_start_after_the_end_is_refused() -> None:
    with pytest.raises(ReportProblem) as refused:
        ReportOptions(start=date(2026, 3, 10), end=date(2026, 3, 1))
    assert refused.value.reason is ReportProblemReason.DATES_SWAPPED
    assert (refused.value.start, refused.value.end) == (date(2026, 3, 10), date(2026, 3, 1))


@pytest.fixture
def statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(store.engine, "before_cursor_execute", remember)


def test_check_ins_are_grouped_in_sql_through_the_timestamp_index(
    store: Store, statements: list[str]
) -> None:
    four_weeks(store, first=(4, 7), last=(4, 3))
    statements.clear()
    build_report(store, options(include_notes=False))
    touching = [s for s in statements if "FROM checkins" in s]
    assert touching, "the report never read the check-ins"
    with store.engine.connect() as conn:
        for statement in touching:
            assert "GROUP BY" in statement, statement  # never one Python object per row
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, _parameters(statement)
            ).all()
            assert "ix_checkins_recorded_at" in " ".join(str(row) for row in plan), statement


def _parameters(statement: str) -> tuple[str, ...]:
    # Any values do for a query plan: only their number matters.
    return ("2026-03-02 00:00:00.000000",) * statement.count("?")


def test_the_new_numbness_or_weakness_answer_is_counted_as_red(store: Store) -> None:
    session = ExerciseSession(
        started_at=noon(START + timedelta(days=2)), status=SessionStatus.ENDED_EARLY
    )
    session.exercises = [
        SessionExercise(
            position=0,
            exercise_id="sciatic-nerve-glide",
            response=ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS,
        ),
        SessionExercise(position=1, exercise_id="bird-dog", response=ExerciseResponse.WORSE),
    ]
    add(store, session)
    report = build_report(store, options())
    assert [
        (e.exercise_id, e.worse, e.new_numbness_or_weakness) for e in report.worse_exercises
    ] == [("bird-dog", 1, 0), ("sciatic-nerve-glide", 0, 1)]
    assert [w.worse_responses for w in report.weeks] == [2, 0, 0, 0]


def test_the_report_carries_the_confirmed_assessment_and_an_open_lock(store: Store) -> None:
    emergency = {question.id: False for question in QUESTIONS} | {"bladder": True}
    first = noon(START + timedelta(days=1))
    record_screening(store, emergency, ScreeningReason.WEEKLY, first)
    record_assessment(
        store, first.date() + timedelta(days=1), AssessedBy.DOCTOR, first + timedelta(days=1)
    )
    report = build_report(store, options(), now=noon(START + timedelta(days=3)))
    assert [(c.assessed_on, c.assessed_by, c.locked_since) for c in report.assessments] == [
        (first.date() + timedelta(days=1), AssessedBy.DOCTOR, first)
    ]
    assert report.locked_since is None

    second = noon(START + timedelta(days=5))
    record_screening(store, emergency, ScreeningReason.WEEKLY, second)
    later = build_report(store, options(), now=noon(START + timedelta(days=6)))
    assert later.locked_since == second


def test_the_report_lists_findings_known_to_the_doctor_while_they_stand(store: Store) -> None:
    answers = {question.id: False for question in QUESTIONS} | {"both_legs": "known"}
    taken = noon(START + timedelta(days=1))
    record_screening(store, answers, ScreeningReason.WEEKLY, taken)  # type: ignore[arg-type]
    report = build_report(store, options(), now=noon(START + timedelta(days=3)))
    assert report.known_findings == (("Both legs", taken),)
    assert report.screenings[0].findings == ()  # not a "yes"
    months_on = build_report(store, options(), now=noon(START + timedelta(days=100)))
    assert months_on.known_findings == ()


def test_a_weekly_activity_is_counted_by_its_week_not_as_missed_daily_sessions(
    store: Store,
) -> None:
    """Water walking 3 times a week beside a daily bridge: the report says "Water walking: 2 of
    3 times in the week from ..." (English and German) and plans only the bridge's sessions."""
    from companion.content.library import load_library
    from companion.domain.exercise import Dose
    from companion.domain.programme import Prescription, ProgrammeDocument
    from companion.paths import exercises_dir
    from companion.reports.report_words import weekly_activity_lines
    from companion.services.programmes import import_programme

    lib = load_library(exercises_dir())
    document = ProgrammeDocument(
        title="Pool",
        author="A. Physio",
        exercises=(
            Prescription("water-walking", lib.get("water-walking").dose),
            Prescription("glute-bridge", Dose(sets=1, reps=8), days=frozenset({1})),
        ),
    )
    assert document.exercises[0].dose.times_per_week == 3
    import_programme(store, document, noon(START - timedelta(days=1)))
    last_monday = START + timedelta(days=14)
    for day, exercise_id in [
        (START + timedelta(days=2), "water-walking"),  # a week before: not counted
        (last_monday + timedelta(days=1), "water-walking"),
        (last_monday + timedelta(days=3), "water-walking"),
        (last_monday + timedelta(days=3), "water-walking"),  # twice on a day counts once
        (last_monday, "glute-bridge"),
    ]:
        session = ExerciseSession(started_at=noon(day), status=SessionStatus.COMPLETED)
        session.exercises = [
            SessionExercise(position=0, exercise_id=exercise_id, prescribed={}, reps_done=1)
        ]
        add(store, session)
    period = ReportOptions(start=START, end=last_monday + timedelta(days=5))
    report = build_report(store, period, exercise_names={"water-walking": "Water walking"})
    (count,) = report.adherence.weekly
    assert (count.week_start, count.done, count.target) == (last_monday, 2, 3)
    # Only the Monday bridge plans a session: three Mondays, not every water-walking day.
    assert report.adherence.planned == 3
    assert weekly_activity_lines(ENGLISH, report.adherence) == [
        "Water walking: 2 of 3 times in the week from 16 Mar"
    ]
    names = {"water-walking": lib.get("water-walking").name}
    german = build_report(store, replace(period, language="de"), exercise_names=names)
    assert weekly_activity_lines(wording("de"), german.adherence) == [
        "Walking in water or swimming: 2 von 3 Mal in der Woche ab 16. März"
    ]
