"""Check-ins and sessions for tests that need a settled history before progression may step up."""

from __future__ import annotations

from datetime import datetime, timedelta

from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    SessionStatus,
    Side,
    SymptomKind,
)
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.storage.models import ExerciseSession, SessionExercise


def daily_checkins(
    store: Store,
    last: datetime,
    days: int = 14,
    *,
    leg_pain: int = 3,
    reach: LegReach = LegReach.THIGH,
    symptoms: frozenset[SymptomKind] = frozenset(),
) -> None:
    """One check-in a day for `days` days, the last one an hour before `last`."""
    for back in range(days):
        at = last - timedelta(days=back, hours=1)
        draft = CheckInDraft(
            back_pain=2,
            leg_pain=leg_pain,
            leg_reach=reach,
            side=Side.LEFT if reach is not LegReach.NONE else None,
            symptoms=symptoms,
            at=at,
        )
        record_checkin(store, draft, last)


def steady_session(store: Store, programme_id: int, at: datetime, exercise_id: str) -> int:
    """A completed session of the programme in which `exercise_id` felt the same or better;
    returns its id."""
    with store.units.write() as uow:
        session = ExerciseSession(
            programme_id=programme_id, started_at=at, status=SessionStatus.COMPLETED
        )
        session.exercises.append(
            SessionExercise(
                position=0, exercise_id=exercise_id, response=ExerciseResponse.BETTER_OR_SAME
            )
        )
        uow.session.add(session)
        uow.commit()
        return session.id
