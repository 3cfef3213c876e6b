"""The query layer (storage/queries) over a real, migrated SQLite file: soft-deleted rows never
come back, bounds and orders are the ones the services rely on, and the CSV specs read what
their headers say."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from companion.domain.vocabulary import ExerciseResponse, LegReach, SessionStatus, Side
from companion.services.data_store import Store
from companion.storage.models import (
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    SessionExercise,
)
from companion.storage.queries.checkins import (
    checkins_within,
    leg_readings,
    live_checkin,
    newest_checkins,
    pain_history,
)
from companion.storage.queries.exports import STORED_TABLES, csv_rows
from companion.storage.queries.responses import (
    first_response_to,
    last_taken_at,
    response_count,
    responses_to,
    scores_within,
)
from companion.storage.queries.screening_due import (
    TriggerRow,
    checkin_before,
    live_checkin_trigger,
    numbness_answered,
    reaches_before,
)
from companion.storage.queries.sessions import (
    answered_between,
    guided_sessions_within,
    responses_between,
    snack_count,
    snacks_within,
)
from companion.storage.queries.store_state import generation, set_generation
from companion.storage.queries.today import newest_checkin_values

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DELETED = T0 + timedelta(days=40)


def _at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def _driver(session: Session) -> sqlite3.Connection:
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _trigger(session: Session, row: CheckIn) -> TriggerRow:
    found = live_checkin_trigger(_driver(session), row.id)
    assert found is not None and found.recorded_at == row.recorded_at
    return found


def _before_id(session: Session, row: CheckIn) -> int | None:
    found = checkin_before(_driver(session), _trigger(session, row))
    return None if found is None else found.id


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    with store.units.write() as uow:
        yield uow.session


def _checkin(
    session: Session, hours: float, leg: int, reach: LegReach = LegReach.THIGH, **kw: object
) -> CheckIn:
    side = None if reach is LegReach.NONE else Side.LEFT
    row = CheckIn(
        recorded_at=_at(hours), back_pain=1, leg_pain=leg, leg_reach=reach, side=side, **kw
    )
    session.add(row)
    session.flush()
    return row


def _response(session: Session, instrument: str, hours: float, score: float, **kw: object) -> None:
    session.add(
        QuestionnaireResponse(
            instrument=instrument, taken_at=_at(hours), answers={}, score=score, **kw
        )
    )
    session.flush()


def _session(
    session: Session,
    hours: float,
    *answers: ExerciseResponse | None,
    snack: bool = False,
) -> ExerciseSession:
    row = ExerciseSession(started_at=_at(hours), status=SessionStatus.COMPLETED, is_snack=snack)
    for position, answer in enumerate(answers):
        row.exercises.append(
            SessionExercise(position=position, exercise_id=f"ex{position}", response=answer)
        )
    session.add(row)
    session.flush()
    return row


def test_checkin_queries_leave_out_deleted_rows(session: Session) -> None:
    first = _checkin(session, 0, 2)
    gone = _checkin(session, 1, 9, deleted_at=DELETED)
    last = _checkin(session, 2, 4)

    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    assert newest_checkin_values(driver)["id"] == last.id  # type: ignore[index]
    assert newest_checkin_values(driver, before=_at(2))["id"] == first.id  # type: ignore[index]
    assert newest_checkins(session, 5) == [last, first]
    assert newest_checkins(session, 5, up_to=_at(1)) == [first]
    assert checkins_within(session, _at(0), _at(2)) == [first]  # the end is excluded
    assert live_checkin(session, gone.id) is None
    assert live_checkin(session, last.id) is last
    assert live_checkin_trigger(_driver(session), gone.id) is None
    assert _before_id(session, last) == first.id
    assert pain_history(session, leg=True) == [(_at(0), 2), (_at(2), 4)]
    assert pain_history(session, leg=False) == [(_at(0), 1), (_at(2), 1)]


def test_the_checkin_before_one_at_the_same_moment_is_the_one_stored_first(
    session: Session,
) -> None:
    earlier = _checkin(session, 0, 2)
    same_moment = _checkin(session, 0, 3)
    assert _before_id(session, same_moment) == earlier.id
    assert _before_id(session, earlier) is None


def test_reaches_before_a_checkin_cover_the_span_before_it_only(session: Session) -> None:
    _checkin(session, 0, 5, LegReach.FOOT)  # more than a day before: outside the span
    _checkin(session, 30, 5, LegReach.CALF, deleted_at=DELETED)
    _checkin(session, 40, 5, LegReach.BUTTOCK)
    this = _checkin(session, 48, 5, LegReach.THIGH)
    _checkin(session, 49, 5, LegReach.FOOT)  # after it
    found = reaches_before(_driver(session), _trigger(session, this), timedelta(days=1))
    assert found == [LegReach.BUTTOCK]


def test_leg_readings_are_led_by_the_live_checkin_just_before_the_window(
    session: Session,
) -> None:
    _checkin(session, 0, 1)
    _checkin(session, 1, 2, LegReach.BUTTOCK, symptoms=["numbness"])
    _checkin(session, 2, 8, deleted_at=DELETED)
    _checkin(session, 5, 3)
    _checkin(session, 9, 4)  # after the window
    readings = leg_readings(session, _at(3), _at(5))
    assert readings == [
        (_at(1), 2, LegReach.BUTTOCK, ["numbness"]),
        (_at(5), 3, LegReach.THIGH, []),
    ]


def test_response_queries_leave_out_deleted_sittings(session: Session) -> None:
    _response(session, "sbi", 5, 10.0)
    _response(session, "sbi", 0, 14.0, deleted_at=DELETED)
    _response(session, "sbi", 9, 6.0)
    _response(session, "psfs", 12, 4.0)
    _response(session, "sbi", 20, 0.0, deleted_at=DELETED)

    assert [row.score for row in responses_to(session, "sbi")] == [10.0, 6.0]
    first = first_response_to(session, "sbi")
    assert first is not None and first.score == 10.0
    assert last_taken_at(session, "sbi") == _at(9)
    assert last_taken_at(session, "odi") is None
    assert response_count(session, "sbi") == 2
    assert [(i, at, s) for i, at, s, _a in scores_within(session, _at(0), _at(12))] == [
        ("sbi", _at(5), 10.0),
        ("sbi", _at(9), 6.0),
    ]


def test_session_queries(session: Session) -> None:
    worse = ExerciseResponse.WORSE
    numb = ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS
    guided = _session(session, 0, worse, None, ExerciseResponse.BETTER_OR_SAME)
    _session(session, 2, numb)
    snack = _session(session, 3, None, snack=True)

    assert sorted(responses_between(session, _at(0), _at(2))) == sorted(
        [worse, ExerciseResponse.BETTER_OR_SAME, numb]
    )
    assert answered_between(session, _at(0), _at(3), {worse}) == [(guided.id, "ex0", _at(0))]
    assert guided_sessions_within(session, _at(0), _at(3))[0] is guided
    assert len(guided_sessions_within(session, _at(0), _at(3))) == 2
    driver = _driver(session)
    assert numbness_answered(driver, None, _at(2))
    assert not numbness_answered(driver, _at(2), _at(9))  # only after the screening
    assert not numbness_answered(driver, None, _at(1))
    assert snack_count(session) == 1
    assert snacks_within(session, _at(0), _at(4)) == [(snack.started_at, "ex0")]


def test_csv_specs_read_their_headers_and_leave_out_deleted_rows(session: Session) -> None:
    _checkin(session, 0, 2, note="morning")
    _checkin(session, 1, 9, deleted_at=DELETED, note="gone")
    checkins = next(spec for spec in STORED_TABLES if spec.name == "checkins")

    with_notes = csv_rows(session, checkins, _at(0), _at(5), notes=True)
    headers = checkins.headers(notes=True)
    assert len(with_notes) == 1
    row = dict(zip(headers, with_notes[0], strict=True))
    assert (row["leg_pain"], row["note"], row["recorded_at_utc"]) == (2, "morning", _at(0))

    without = csv_rows(session, checkins, _at(0), _at(5), notes=False)
    assert "note" not in checkins.headers(notes=False)
    assert len(without[0]) == len(checkins.headers(notes=False))


def test_every_csv_spec_reads_an_empty_store(session: Session) -> None:
    for spec in STORED_TABLES:
        assert csv_rows(session, spec, _at(0), _at(5), notes=True) == []


def test_the_store_generation_can_be_moved(session: Session) -> None:
    before = generation(session)
    set_generation(session, before + 7)
    assert generation(session) == before + 7
