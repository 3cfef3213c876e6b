"""Questionnaire responses: the built-in measures' sittings and installed questionnaires'."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from companion.storage.models import QuestionnaireResponse
from companion.storage.queries.rows import live, live_within

_Response = QuestionnaireResponse


def responses_to(session: Session, instrument: str) -> list[QuestionnaireResponse]:
    """Every live response to this instrument, oldest first."""
    query = (
        select(_Response)
        .where(_Response.instrument == instrument, live(_Response))
        .order_by(_Response.taken_at, _Response.id)
    )
    return list(session.scalars(query))


def first_response_to(session: Session, instrument: str) -> QuestionnaireResponse | None:
    """The oldest live response to this instrument, if there is one."""
    query = (
        select(_Response)
        .where(_Response.instrument == instrument, live(_Response))
        .order_by(_Response.taken_at, _Response.id)
        .limit(1)
    )
    return session.scalars(query).first()


def last_taken_at(session: Session, instrument: str) -> datetime | None:
    """When this instrument was last answered (live responses only)."""
    query = (
        select(_Response.taken_at)
        .where(_Response.instrument == instrument, live(_Response))
        .order_by(_Response.taken_at.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def response_count(session: Session, instrument: str) -> int:
    """How many live responses to this instrument are stored."""
    query = (
        select(func.count())
        .select_from(_Response)
        .where(_Response.instrument == instrument, live(_Response))
    )
    return int(session.scalar(query) or 0)


def scores_within(
    session: Session, since: datetime, until: datetime
) -> list[tuple[str, datetime, float, Any]]:
    """(instrument, taken at, score, answers) of every live scored response from `since`
    (included) to `until` (excluded), oldest first."""
    columns = (_Response.instrument, _Response.taken_at, _Response.score, _Response.answers)
    query = live_within(_Response, _Response.taken_at, since, until, *columns).where(
        _Response.score.is_not(None)
    )
    return [
        (instrument, at, float(score), answers)
        for instrument, at, score, answers in session.execute(query)
    ]
