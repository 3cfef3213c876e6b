"""The Progress page and the report tell the same story: one aggregation, on a real SQLite file.

A generated diary (several check-ins on most days, some deleted, sessions, a programme) is read
through the page's calls and through the report; every figure both show must be equal.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from companion.domain.figures import Bucket, Period
from companion.domain.report import ReportOptions
from companion.domain.vocabulary import LegReach, SessionStatus, Side
from companion.reports.report_words import headline, reach_sentence, verdict_flag
from companion.reports.wording import ENGLISH, wording
from companion.services.data_store import Store
from companion.services.figures import pain_days, pain_summary, session_bars
from companion.services.report_data import build_report
from companion.storage.models import CheckIn, ExerciseSession, PrescribedExercise, Programme

ENGLISH_WORDS = wording(ENGLISH)

FIRST = date(2026, 1, 5)  # a Monday
LAST = FIRST + timedelta(days=55)
NOW = datetime(2026, 3, 3, 12).astimezone()


def _local(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def _checkin(day: date, hour: int, back: int, leg: int, reach: LegReach, **more: object) -> CheckIn:
    return CheckIn(
        recorded_at=_local(day, hour),
        back_pain=back,
        leg_pain=leg,
        leg_reach=reach,
        side=None if reach is LegReach.NONE else Side.LEFT,
        symptoms=[],
        pain_sites=[],
        **more,
    )


@pytest.fixture
def diary(store: Store) -> Store:
    """Eight weeks of a slowly easing sciatica, drawn from a fixed seed."""
    chance = random.Random(16)
    rows: list[object] = []
    for n in range((LAST - FIRST).days + 1):
        day = FIRST + timedelta(days=n)
        if chance.random() < 0.15:
            continue  # a day without a check-in
        for hour in sorted(chance.sample(range(7, 23), chance.randint(1, 3))):
            leg = max(0, min(10, round(7 - n / 12 + chance.gauss(0, 1.5))))
            back = max(0, min(10, round(5 - n / 20 + chance.gauss(0, 1.2))))
            reach = list(LegReach)[max(0, min(4, round(3 - n / 20 + chance.gauss(0, 0.6))))]
            deleted = {"deleted_at": NOW} if chance.random() < 0.05 else {}
            rows.append(_checkin(day, hour, back, leg, reach, **deleted))
        for hour in (9, 18):
            if chance.random() < 0.6:
                status = (
                    SessionStatus.COMPLETED if chance.random() < 0.8 else SessionStatus.ENDED_EARLY
                )
                rows.append(ExerciseSession(started_at=_local(day, hour), status=status))
    programme = Programme(
        title="Gentle start",
        imported_at=_local(FIRST + timedelta(days=3), 8),
        active=True,
        flare_plan={},
        document={},
    )
    programme.exercises = [
        PrescribedExercise(position=0, exercise_id="knee-to-chest", times_per_day=2, days=[]),
        PrescribedExercise(position=1, exercise_id="bird-dog", times_per_day=1, days=[1, 3, 5]),
    ]
    rows.append(programme)
    with store.units.write() as uow:
        uow.session.add_all(rows)
        uow.commit()
    return store


PERIODS = [
    Period(FIRST, LAST),  # eight weeks
    Period(LAST - timedelta(days=13), LAST),  # the page's "last 2 weeks"
    Period(FIRST + timedelta(days=10), FIRST + timedelta(days=19)),  # ten days
    Period(FIRST + timedelta(days=30), FIRST + timedelta(days=32)),  # three days
    Period(FIRST + timedelta(days=1), FIRST + timedelta(days=5)),  # before the programme, partly
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.days}-days")
def test_the_page_and_the_report_show_the_same_figures(diary: Store, period: Period) -> None:
    report = build_report(diary, ReportOptions(start=period.first, end=period.last), now=NOW)
    days = pain_days(diary, period)
    summary = pain_summary(diary, period)

    assert days and report.adherence.completed  # the generated diary fills every period
    # The days, their 7-day means and the reach: the page's charts and the report's.
    assert report.days == tuple(days)
    # The headline says what the report says, word for word, verdict for verdict.
    assert (report.leg, report.back, report.reach) == (summary.leg, summary.back, summary.reach)
    if len(days) >= 2:
        assert headline(ENGLISH_WORDS, summary)[:3] == [
            report.leg.sentence,
            report.back.sentence,
            reach_sentence(ENGLISH_WORDS, report.reach),
        ]
    # Sessions done and planned, week by week, and over the period.
    bars = {bar.start: bar for bar in session_bars(diary, period, Bucket.WEEK)}
    for week in report.weeks:
        bar = bars.get(week.week_start)
        assert (week.sessions_completed, week.sessions_ended_early) == (
            (bar.done, bar.partial) if bar else (0, 0)
        )
        if bar is not None:
            assert week.sessions_planned == bar.planned
    planned = [bar.planned for bar in bars.values()]
    if report.adherence.planned is None:
        assert all(p is None for p in planned)
    else:
        assert report.adherence.planned == sum(p or 0 for p in planned)
    assert report.adherence.completed == sum(bar.done for bar in bars.values())


def test_one_high_first_day_is_not_called_a_meaningful_improvement(store: Store) -> None:
    # The case that misled users: a bad first day and a good last one, with the 7-day means
    # flat between them. Day against day says "meaningful"; the report says "small change".
    first = LAST - timedelta(days=13)
    rows = [_checkin(first, 9, 5, 8, LegReach.THIGH)]
    rows += [_checkin(first + timedelta(days=n), 9, 5, 6, LegReach.THIGH) for n in range(1, 13)]
    rows.append(_checkin(LAST, 9, 5, 5, LegReach.THIGH))
    with store.units.write() as uow:
        uow.session.add_all(rows)
        uow.commit()
    period = Period(first, LAST)

    report = build_report(store, ReportOptions(start=first, end=LAST), now=NOW)
    summary = pain_summary(store, period)

    assert verdict_flag(ENGLISH_WORDS, report.leg) == "small change"
    assert summary.leg == report.leg
    assert "meaningful" not in headline(ENGLISH_WORDS, summary)[0]
    assert headline(ENGLISH_WORDS, summary)[0] == report.leg.sentence
