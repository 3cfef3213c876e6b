"""Years of plausible diary data, written with bulk inserts (a few seconds for ten years).

Several check-ins a day with slowly improving pain and retreating leg symptoms, two sessions and
two movement snacks a day, sitting-break reminders, walking, a treatment or event most months,
weekly bothersomeness and fortnightly functional-scale sittings, weekly screenings and one
stored programme.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from companion.content.library import load_library
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
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.services.programmes import start_starter_programme
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    RedFlagScreening,
    ReminderEvent,
    SessionExercise,
    TreatmentEvent,
)

PROGRAMME_EXERCISES = ("knee-to-chest-single", "cat-camel", "bird-dog", "clamshell")
_REACHES = list(LegReach)
_NOTES = (
    "Long drive today, leg worse after.",
    '=HYPERLINK("http://example.com","click")',  # a note a spreadsheet must not run
    "Slept well. Walked to the shops.",
    "-5 on the stairs, then better",
    "Physio said to keep going with the walking.",
)


@dataclass(frozen=True)
class Generated:
    """How much was written."""

    first_day: date
    last_day: date
    checkins: int
    sessions: int
    session_exercises: int
    reminders: int
    questionnaires: int


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _sessions_of(rng: random.Random, day: date) -> list[dict[str, Any]]:
    rows = []
    for hour, snack in ((9, False), (11, True), (15, True), (19, False)):
        roll = rng.random()
        status = (
            SessionStatus.COMPLETED
            if roll < 0.8
            else SessionStatus.ENDED_EARLY
            if roll < 0.9
            else SessionStatus.INTERRUPTED
        )
        if not snack and rng.random() < 0.1:
            continue  # a missed session
        rows.append(
            {
                "is_snack": snack,
                "started_at": _at(day, hour),
                "ended_at": _at(day, hour, 20),
                "status": status,
            }
        )
    return rows


def _reminders_of(rng: random.Random, day: date) -> list[dict[str, Any]]:
    rows = []
    for hour in (10, 11, 13, 14, 16, 18):
        roll = rng.random()
        outcome = (
            ReminderOutcome.DONE
            if roll < 0.6
            else ReminderOutcome.SNOOZED
            if roll < 0.8
            else ReminderOutcome.SKIPPED
            if roll < 0.9
            else ReminderOutcome.NATURAL_BREAK
        )
        rows.append({"at": _at(day, hour), "kind": ReminderKind.SITTING_BREAK, "outcome": outcome})
    return rows


def generate(
    store: Store,
    days: int,
    *,
    last_day: date | None = None,
    checkins_per_day: int = 3,
    seed: int = 7,
    with_programme: bool = True,
) -> Generated:
    """Write `days` days of data ending on `last_day` (default: yesterday)."""
    rng = random.Random(seed)
    last = last_day or (datetime.now(UTC).date() - timedelta(days=1))
    first = last - timedelta(days=days - 1)
    checkins: list[dict[str, Any]] = []
    activities: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    sessions: list[dict[str, Any]] = []
    reminders: list[dict[str, Any]] = []
    questionnaires: list[dict[str, Any]] = []
    screenings: list[dict[str, Any]] = []
    for n in range(days):
        day = first + timedelta(days=n)
        # Pain eases over the first months and then wobbles; flare-ups now and again.
        progress = min(1.0, n / 120)
        flare = 3 if n % 97 in (0, 1, 2) else 0
        for k in range(checkins_per_day):
            leg = max(0, min(10, round(7 - 4 * progress + rng.gauss(0, 1) + flare)))
            back = max(0, min(10, round(5 - 2 * progress + rng.gauss(0, 1))))
            reach = _REACHES[max(0, min(4, round(4 - 3 * progress + rng.gauss(0, 0.4))))]
            checkins.append(
                {
                    "recorded_at": _at(day, 8 + 5 * k, rng.randrange(60)),
                    "back_pain": back,
                    "leg_pain": leg,
                    "leg_reach": reach,
                    "side": Side.LEFT if reach is not LegReach.NONE else None,
                    "symptoms": [],
                    "pain_sites": [],
                    "note": _NOTES[n % len(_NOTES)] if k == 0 and n % 4 == 0 else "",
                }
            )
        activities.append(
            {
                "started_at": _at(day, 17),
                "kind": ActivityKind.WALKING,
                "minutes": rng.randrange(10, 60),
                "note": "",
            }
        )
        if n % 30 == 15:
            events.append(
                {
                    "occurred_at": _at(day, 12),
                    "kind": list(TreatmentKind)[n // 30 % len(TreatmentKind)],
                    "name": "Naproxen" if n % 60 == 15 else "Physiotherapy review",
                    "dose": "250 mg twice a day" if n % 60 == 15 else "",
                    "note": "Planned." if n % 90 == 15 else "",
                }
            )
        sessions.extend(_sessions_of(rng, day))
        reminders.extend(_reminders_of(rng, day))
        if n % 7 == 0:
            sbi = max(0, min(24, round(16 - 10 * progress + rng.gauss(0, 1.5))))
            questionnaires.append(
                {
                    "instrument": "sbi",
                    "taken_at": _at(day, 20),
                    "answers": {"leg_pain": min(6, sbi // 4)},
                    "score": float(sbi),
                    "note": "",
                }
            )
            screenings.append(
                {
                    "taken_at": _at(day, 20, 5),
                    "reason": "weekly",
                    "level": TriageLevel.CLEAR if n % 350 else TriageLevel.ROUTINE,
                    "answers": {},
                }
            )
        if n % 14 == 0:
            rating = max(0, min(10, round(3 + 5 * progress)))
            questionnaires.append(
                {
                    "instrument": "psfs",
                    "taken_at": _at(day, 20, 10),
                    "answers": {
                        "activities": [{"name": "Sitting at work", "rating": rating}],
                        "new_baseline": n == 0,
                    },
                    "score": float(rating),
                    "note": "",
                }
            )
    programme_id = None
    if with_programme:
        # Stored through the service, as a real import would be: a complete programme document.
        library = load_library(exercises_dir())
        started, _ = start_starter_programme(store, library, "gentle-start", _at(first, 7))
        programme_id = started.programme.id
    with store.units.write() as uow:
        session = uow.session
        for row in sessions:
            row["programme_id"] = programme_id
        for table, rows in (
            (CheckIn, checkins),
            (Activity, activities),
            (TreatmentEvent, events),
            (ExerciseSession, sessions),
            (ReminderEvent, reminders),
            (QuestionnaireResponse, questionnaires),
            (RedFlagScreening, screenings),
        ):
            if rows:
                session.execute(insert(table), rows)
        session_ids = session.scalars(select(ExerciseSession.id).order_by(ExerciseSession.id)).all()
        done: list[dict[str, Any]] = []
        for session_id in session_ids:
            for position, exercise_id in enumerate(PROGRAMME_EXERCISES):
                roll = rng.random()
                response = (
                    ExerciseResponse.BETTER_OR_SAME
                    if roll < 0.9 or exercise_id != "knee-to-chest-single"
                    else ExerciseResponse.WORSE_BUT_SETTLING
                    if roll < 0.95
                    else ExerciseResponse.WORSE
                )
                done.append(
                    {
                        "session_id": session_id,
                        "position": position,
                        "exercise_id": exercise_id,
                        "prescribed": {"sets": 2, "reps": 10},
                        "sets_done": 2,
                        "reps_done": 10,
                        "skipped": False,
                        "response": response,
                    }
                )
        session.execute(insert(SessionExercise), done)
        uow.commit()
    return Generated(
        first,
        last,
        len(checkins),
        len(sessions),
        len(done),
        len(reminders),
        len(questionnaires),
    )
