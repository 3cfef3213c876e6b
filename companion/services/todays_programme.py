"""Today's programme on the Exercises page: today's plan, and how much of it is done so far.

Built on the session plan (services/sessions.py) and the programme's adherence: the sessions it
plans for today, the guided sessions completed, and each weekly activity's days this week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from companion.content.library import ExerciseLibrary
from companion.domain.programme import WeeklyCount
from companion.domain.vocabulary import SessionStatus
from companion.services.data_store import Store
from companion.services.figures import weekly_activities
from companion.services.programmes import programme_adherence
from companion.services.sessions import SessionPlan, plan_session
from companion.storage.queries.sessions import guided_sessions_within


@dataclass(frozen=True)
class TodaysProgramme:
    """What today's programme asks for and how much of it is done (for the Exercises page)."""

    plan: SessionPlan
    from_programme: bool  # False: no programme is active, so a starter set is offered
    sessions_planned: int  # 0 when there is no programme to plan them
    sessions_done: int  # completed today, movement snacks not counted
    done_exercise_ids: frozenset[str]  # exercises done (not skipped) in today's sessions
    # Weekly activities (water walking) are not sessions: each counts its days this week.
    weekly: tuple[WeeklyCount, ...] = ()


def todays_programme(
    store: Store, library: ExerciseLibrary, now: datetime, first_weekday: int = 1
) -> TodaysProgramme:
    """Today's exercises with the sessions planned and done so far today, and each weekly
    activity's days this week (weeks start on ISO weekday `first_weekday`)."""
    plan = plan_session(store, library, now, first_weekday=first_weekday)
    local = now  # the caller's clock carries the zone whose day is "today"
    start_of_day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    done_ids: set[str] = set()
    sessions_done = 0
    with store.units.read() as uow:
        end_of_day = start_of_day + timedelta(days=1)
        for row in guided_sessions_within(uow.session, start_of_day, end_of_day):
            sessions_done += row.status is SessionStatus.COMPLETED
            done_ids.update(
                e.exercise_id
                for e in row.exercises
                if not e.skipped and (e.reps_done or e.sets_done)
            )
    from_programme = plan.programme_id is not None
    planned = 0
    if from_programme:
        days = programme_adherence(store, local.date(), local.date()).days
        planned = next((d.planned for d in days if d.day == local.date()), 0)
    weekly = (
        weekly_activities(store, local.date(), first_weekday, local.tzinfo)
        if from_programme
        else ()
    )
    return TodaysProgramme(
        plan, from_programme, planned, sessions_done, frozenset(done_ids), weekly
    )
