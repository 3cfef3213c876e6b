"""Today's inputs read with sqlite3 alone (services.today over storage.queries.today) equal what
the services read through the store, on generated diaries in real SQLite files; and the reader
says "open the store" whenever it cannot vouch for what it read."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.domain.red_flags import QUESTIONS, ScreeningOccasion, ScreeningReason
from companion.domain.safety_lock import AssessedBy
from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    PainSite,
    SessionStatus,
    Side,
    SymptomKind,
)
from companion.services.checkins import CheckInDraft, CheckInRecord, last_checkin, record_checkin
from companion.services.data_store import Store
from companion.services.diary import EntryKind, delete_entry
from companion.services.questionnaires import all_due_items, questionnaires_folder
from companion.services.safety_plan import same_day_open
from companion.services.screening import (
    current_lock,
    record_assessment,
    record_screening,
    screening_reasons,
)
from companion.services.today import TodayInputs, read_today
from companion.storage.models import ExerciseSession, SessionExercise
from companion.storage.queries.today import newest_checkin_values
from companion.storage.queries.tray import TrayReader

ZONE = timezone(timedelta(hours=-5))
START = datetime(2025, 11, 1, 7, 30, tzinfo=ZONE)
REPO = Path(__file__).resolve().parents[2]


def _draft(rng: random.Random) -> CheckInDraft:
    return CheckInDraft(
        back_pain=rng.randint(0, 10),
        leg_pain=rng.randint(0, 10),
        pain_sites=frozenset(rng.sample(list(PainSite), rng.randint(0, 4))),
        symptoms=frozenset(rng.sample(list(SymptomKind), rng.randint(0, 2))),
        sitting_minutes=rng.choice([None, rng.randint(0, 600)]),
        walking_minutes=rng.choice([None, rng.randint(0, 120)]),
        sleep_disturbed=rng.choice([None, True, False]),
        note=rng.choice(["", "stiff after the drive", "better; walked to the shop"]),
    )


def _generate(store: Store, seed: int, days: int) -> list[CheckInRecord]:
    """A diary of `days` days: several check-ins a day, some at the same moment, some deleted;
    the live ones are returned, oldest first."""
    rng = random.Random(seed)
    kept: list[CheckInRecord] = []
    for day in range(days):
        at = START + timedelta(days=day)
        for _ in range(rng.randint(0, 3)):
            at += timedelta(minutes=rng.choice([0, 1, 90, 300]))  # 0: the same moment
            record, _changes = record_checkin(store, _draft(rng), at)
            if rng.random() < 0.15:
                delete_entry(store, EntryKind.CHECKIN, record.id, at)
            else:
                kept.append(record)
    return kept


def _answers(*yes: str) -> dict[str, bool]:
    return {q.id: q.id in yes for q in QUESTIONS}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_last_checkin_is_read_as_the_services_read_it(store: Store, seed: int) -> None:
    kept = _generate(store, seed, days=40)
    newest = max(kept, key=lambda record: (record.recorded_at, record.id))
    now = START + timedelta(days=41)
    today = read_today(store.folder.root, now)
    assert today is not None
    assert today.last_checkin == last_checkin(store) == newest
    # The `before` bound, at every stored moment and just after it, against the diary itself.
    reader = TrayReader.open(store.folder.database)
    assert reader is not None
    for record in kept[::3]:
        for before in (record.recorded_at, record.recorded_at + timedelta(microseconds=1)):
            earlier = [r for r in kept if r.recorded_at < before]
            expected = max(earlier, key=lambda r: (r.recorded_at, r.id)) if earlier else None
            assert last_checkin(store, before) == expected
            values = reader.read(newest_checkin_values, before)
            assert (values and values["id"]) == (expected and expected.id)
    reader.close()


def test_a_fresh_diary_reads_no_checkin_and_every_measure_due(store: Store) -> None:
    today = read_today(store.folder.root, START)
    assert today is not None
    assert today.last_checkin is None and today.lock is None
    folder = questionnaires_folder(store.folder.root)
    # The local day, as the Today page asks for it: at UTC+14 it is already the next day.
    day = START.astimezone().date()
    due = [(d.measure_id, d.due_on, d.never_taken) for d in all_due_items(store, folder, day)]
    assert [(d.measure_id, d.due_on, d.never_taken) for d in today.measures_due] == due and due


def test_the_lock_is_read_as_the_services_read_it(store: Store) -> None:
    _generate(store, 4, days=3)
    record_screening(store, _answers("both_legs"), ScreeningReason.ON_DEMAND, START)
    later = START + timedelta(hours=9)
    for at in (START - timedelta(minutes=1), START, later):
        today = read_today(store.folder.root, at)
        assert today is not None
        assert today.lock == current_lock(store, at)
    assert current_lock(store, later) is not None
    record_assessment(store, later.date(), AssessedBy.DOCTOR, later)
    today = read_today(store.folder.root, later)
    assert today is not None and today.lock is None is current_lock(store, later)


def test_whatever_the_reader_cannot_vouch_for_opens_the_store(tmp_path: Path, store: Store) -> None:
    assert read_today(tmp_path / "nowhere", START) is None  # a first start: no file
    installed = questionnaires_folder(store.folder.root)
    installed.mkdir()
    (installed / "clinic.json").write_text("{}", "utf-8")
    assert read_today(store.folder.root, START) is None  # questionnaire files: the services'
    (installed / "clinic.json").unlink()
    assert read_today(store.folder.root, START) is not None
    with sqlite3.connect(store.folder.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    assert read_today(store.folder.root, START) is None  # another revision


def test_a_damaged_row_opens_the_store(store: Store) -> None:
    record_checkin(store, CheckInDraft(back_pain=2, leg_pain=3), START)
    with sqlite3.connect(store.folder.database) as connection:
        connection.execute("UPDATE checkins SET leg_reach = 'to the moon'")
    connection.close()
    assert read_today(store.folder.root, START) is None
    with sqlite3.connect(store.folder.database) as connection:
        connection.execute("UPDATE checkins SET leg_reach = 'none', recorded_at = 'not a time'")
    connection.close()
    assert read_today(store.folder.root, START) is None


def test_reading_today_loads_no_sqlalchemy(store: Store) -> None:
    record_checkin(store, CheckInDraft(back_pain=2, leg_pain=3), START.astimezone(UTC))
    child = (
        "import json, sys\n"
        "from datetime import datetime\n"
        "from pathlib import Path\n"
        "from companion.services.today import read_today\n"
        "today = read_today(Path(sys.argv[1]), datetime.fromisoformat(sys.argv[2]))\n"
        "print(json.dumps([today.last_checkin.leg_pain, today.screening_reasons,\n"
        "                  today.same_day_open, 'sqlalchemy' in sys.modules]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", child, str(store.folder.root), START.isoformat()],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout) == [3, [ScreeningReason.FIRST_RUN.value], False, False]


# --- What the "Due" panel needs: why the safety questions are due, an open same-day finding ---

SAME_DAY_ANSWERS = ("weight_loss", "getting_worse")  # triaged "see a doctor today"


def _today(store: Store, now: datetime) -> TodayInputs:
    today = read_today(store.folder.root, now)
    assert today is not None
    return today


def _assert_due_as_the_services_read_it(store: Store, now: datetime) -> TodayInputs:
    today = _today(store, now)
    assert today.screening_reasons == screening_reasons(store, ScreeningOccasion.CHECK_IN, now)
    assert today.same_day_open is same_day_open(store, now)
    return today


def _session_answer(store: Store, at: datetime, response: ExerciseResponse) -> None:
    with store.units.write() as uow:
        session = ExerciseSession(started_at=at, status=SessionStatus.COMPLETED)
        session.exercises.append(
            SessionExercise(position=0, exercise_id="pelvic-tilt", response=response)
        )
        uow.session.add(session)
        uow.commit()


def _check_in(
    store: Store,
    at: datetime,
    leg_pain: int,
    reach: LegReach = LegReach.THIGH,
    symptoms: frozenset[SymptomKind] = frozenset(),
) -> None:
    draft = CheckInDraft(2, leg_pain, reach, Side.LEFT, symptoms, at=at)
    record_checkin(store, draft, at)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_due_panel_is_read_as_the_services_read_it(store: Store, seed: int) -> None:
    kept = _generate(store, seed, days=40)
    rng = random.Random(seed)
    # Screenings (some asking for a doctor the same day) and sessions' red answers in between.
    moments = sorted(rng.sample([r.recorded_at for r in kept], 12))
    for at in moments[::2]:
        answers = _answers(*SAME_DAY_ANSWERS) if rng.random() < 0.5 else _answers()
        record_screening(store, answers, ScreeningReason.ON_DEMAND, at + timedelta(hours=1))
    for at in moments[1::2]:
        response = rng.choice(list(ExerciseResponse))
        _session_answer(store, at + timedelta(minutes=rng.choice([0, 30])), response)
    seen: set[tuple[ScreeningReason, ...]] = set()
    for record in kept[::2]:
        for now in (record.recorded_at, record.recorded_at + timedelta(hours=1, minutes=1)):
            seen.add(_assert_due_as_the_services_read_it(store, now).screening_reasons)
    for at in moments:
        _assert_due_as_the_services_read_it(store, at + timedelta(hours=1))
    assert len(seen) > 2  # the diary called for the questions in more than one way


def test_never_screened_is_the_first_run(store: Store) -> None:
    today = _assert_due_as_the_services_read_it(store, START)
    assert today.screening_reasons == (ScreeningReason.FIRST_RUN,)
    assert not today.same_day_open


def test_a_screening_eight_days_ago_is_due_weekly(store: Store) -> None:
    record_screening(store, _answers(), ScreeningReason.FIRST_RUN, START - timedelta(days=8))
    today = _assert_due_as_the_services_read_it(store, START)
    assert today.screening_reasons == (ScreeningReason.WEEKLY,)
    record_screening(store, _answers(), ScreeningReason.WEEKLY, START - timedelta(days=6))
    assert _assert_due_as_the_services_read_it(store, START).screening_reasons == ()


@pytest.mark.parametrize(
    ("leg_pain", "reach", "symptoms", "reasons"),
    [
        (6, LegReach.THIGH, frozenset(), (ScreeningReason.LEG_PAIN_JUMP,)),
        (3, LegReach.THIGH, {SymptomKind.NUMBNESS}, (ScreeningReason.NEW_NUMBNESS,)),
        (3, LegReach.FOOT, frozenset(), (ScreeningReason.FURTHER_DOWN_LEG,)),
        (3, LegReach.THIGH, frozenset(), ()),
    ],
)
def test_a_checkin_after_the_last_screening_keeps_its_triggers_due(
    store: Store,
    leg_pain: int,
    reach: LegReach,
    symptoms: frozenset[SymptomKind],
    reasons: tuple[ScreeningReason, ...],
) -> None:
    record_screening(store, _answers(), ScreeningReason.FIRST_RUN, START - timedelta(days=3))
    _check_in(store, START - timedelta(days=2), 2)
    _check_in(store, START - timedelta(hours=1), leg_pain, reach, frozenset(symptoms))
    assert _assert_due_as_the_services_read_it(store, START).screening_reasons == reasons
    # Before the check-in it was not due; answered after it, no longer due.
    before = START - timedelta(hours=2)
    assert _assert_due_as_the_services_read_it(store, before).screening_reasons == ()
    record_screening(store, _answers(), ScreeningReason.ON_DEMAND, START)
    assert _assert_due_as_the_services_read_it(store, START).screening_reasons == ()


def test_a_sessions_new_numbness_or_weakness_after_the_last_screening_is_due(
    store: Store,
) -> None:
    record_screening(store, _answers(), ScreeningReason.FIRST_RUN, START - timedelta(days=1))
    _session_answer(store, START - timedelta(days=2), ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS)
    _session_answer(store, START - timedelta(hours=3), ExerciseResponse.WORSE)
    assert _assert_due_as_the_services_read_it(store, START).screening_reasons == ()
    _session_answer(store, START - timedelta(hours=2), ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS)
    today = _assert_due_as_the_services_read_it(store, START)
    assert today.screening_reasons == (ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS,)


@pytest.mark.parametrize("offset", [-5, 14, -10])
def test_a_same_day_finding_is_open_on_its_own_local_day_only(store: Store, offset: int) -> None:
    zone = timezone(timedelta(hours=offset))
    morning = datetime(2025, 11, 3, 0, 30, tzinfo=zone)  # just after the local midnight
    evening = morning.replace(hour=23, minute=50)
    record_screening(store, _answers(*SAME_DAY_ANSWERS), ScreeningReason.ON_DEMAND, morning)
    assert not _assert_due_as_the_services_read_it(
        store, morning - timedelta(minutes=1)
    ).same_day_open
    assert _assert_due_as_the_services_read_it(store, morning).same_day_open
    assert _assert_due_as_the_services_read_it(store, evening).same_day_open
    # The next local day (yesterday's finding): no longer open.
    assert not _assert_due_as_the_services_read_it(
        store, evening + timedelta(minutes=20)
    ).same_day_open
    # A newer clear screening the same day closes it.
    record_screening(store, _answers(), ScreeningReason.ON_DEMAND, morning + timedelta(hours=2))
    assert not _assert_due_as_the_services_read_it(store, evening).same_day_open
