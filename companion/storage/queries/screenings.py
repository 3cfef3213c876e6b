"""Red-flag screenings, the "my doctor knows" answers and confirmed assessments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from companion.domain.vocabulary import TriageLevel
from companion.storage.models import KnownFinding, RedFlagScreening, SafetyAssessment
from companion.storage.queries.rows import rows_between


def known_findings_up_to(session: Session, up_to: datetime) -> list[tuple[str, datetime]]:
    """(question id, when given) of every "my doctor knows" answer given up to `up_to`."""
    query = select(KnownFinding.question_id, KnownFinding.recorded_at).where(
        KnownFinding.recorded_at <= up_to
    )
    return [(question_id, at) for question_id, at in session.execute(query)]


def newest_screening(session: Session) -> RedFlagScreening | None:
    """The newest screening, if there is one."""
    query = (
        select(RedFlagScreening)
        .order_by(RedFlagScreening.taken_at.desc(), RedFlagScreening.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def screenings_taken(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> list[RedFlagScreening]:
    """Screenings taken from `since` to `until` (both included, open ends unbounded), oldest
    first."""
    query = rows_between(RedFlagScreening, RedFlagScreening.taken_at, since, until)
    return list(session.scalars(query))


def emergency_taken_at(session: Session, taken_at: datetime) -> int | None:
    """The id of the emergency screening taken at that moment, if there is one."""
    query = (
        select(RedFlagScreening.id)
        .where(RedFlagScreening.taken_at == taken_at)
        .where(RedFlagScreening.level == TriageLevel.EMERGENCY)
        .limit(1)
    )
    return session.scalars(query).first()


def assessments_recorded(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> list[tuple[SafetyAssessment, datetime | None]]:
    """Assessments confirmed from `since` to `until` (both included, open ends unbounded),
    oldest first, each with when the emergency answer it cleared was given."""
    query = select(SafetyAssessment, RedFlagScreening.taken_at).outerjoin(
        RedFlagScreening, SafetyAssessment.screening_id == RedFlagScreening.id
    )
    if since is not None:
        query = query.where(SafetyAssessment.recorded_at >= since)
    if until is not None:
        query = query.where(SafetyAssessment.recorded_at <= until)
    query = query.order_by(SafetyAssessment.recorded_at, SafetyAssessment.id)
    return [(row, taken_at) for row, taken_at in session.execute(query)]
