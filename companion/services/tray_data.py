"""The reminder scheduler's inputs for the tray form, without the ORM.

The app waits in the tray all day; this module lets it do that with the standard library's
sqlite3 alone (storage.queries.tray). It imports no SQLAlchemy and no other service that does:
a test imports the tray form in a fresh interpreter and checks. Every write still goes through
the full services, loaded when the user answers a reminder or opens a window. The services that
read the same inputs (reminders.load_rules, screening's lock) build them with the functions here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from companion.domain.measures import DueMeasure, MeasureKind, due_measures
from companion.domain.safety_lock import Assessment, EmergencyLock, emergency_lock
from companion.storage.queries.tray import DATABASE_FILE, ProgrammeInputs, TrayReader

if TYPE_CHECKING:
    # The reminders are imported by the functions that use them: Today's first look
    # (services.today) reads the diary through this module and needs none of them.
    from companion.reminders.rules import ReminderRules
    from companion.reminders.scheduler import ReminderScheduler

log = logging.getLogger(__name__)
T = TypeVar("T")

QUESTIONNAIRES = "questionnaires"  # the data folder's installed questionnaire files
BUILT_IN_MEASURES = (MeasureKind.BOTHERSOMENESS.value, MeasureKind.FUNCTIONAL_SCALE.value)
RULES_KEY = "reminders.rules"
STATE_KEY = "reminders.state"


def rules_from(raw: Any, programme: ProgrammeInputs | None) -> ReminderRules:
    """The user's reminder rules; the active programme fills what the user has not chosen.

    Before any rules are saved the programme's sitting-break interval applies, and while the
    user has chosen no session times, the programme's sessions a day get default times.
    """
    from companion.reminders.rules import (
        SITTING_INTERVAL_RANGE,
        ReminderRules,
        default_session_times,
    )

    rules = ReminderRules()
    if raw is not None:
        try:
            rules = ReminderRules.from_dict(raw)
        except ValueError as error:
            # Settings are not worth failing the app for: the defaults are safe.
            log.warning("stored reminder rules ignored: %s", error)
            raw = None
    programme_minutes = programme.sitting_break_minutes if programme else None
    if raw is None and programme_minutes:
        low, high = SITTING_INTERVAL_RANGE
        interval = min(max(timedelta(minutes=programme_minutes), low), high)
        rules = replace(rules, sitting_interval=interval)
    sessions_a_day = programme.sessions_a_day if programme else 0
    if not rules.session_times and sessions_a_day:
        rules = replace(rules, session_times=default_session_times(sessions_a_day))
    return rules


def scheduler_from(rules: ReminderRules, raw_state: Any) -> ReminderScheduler:
    """The scheduler as it was last saved (owed reminders included), or a fresh one."""
    from companion.reminders.scheduler import ReminderScheduler

    if isinstance(raw_state, dict):
        try:
            return ReminderScheduler.from_dict(rules, raw_state)
        except ValueError as error:
            log.warning("stored reminder state ignored, starting afresh: %s", error)
    return ReminderScheduler(rules)


def lock_from(
    emergencies: list[datetime], assessments: list[tuple[date, datetime]]
) -> EmergencyLock | None:
    """The emergency lock the stored screenings and assessments put in force."""
    return emergency_lock(emergencies, [Assessment(day, at) for day, at in assessments])


class TrayData:
    """The tray form's read-only view of the diary; None from `open` means: open the full store.

    Raises TrayReadFailed (from storage) when a read goes wrong: the caller opens the full store.
    """

    def __init__(self, reader: TrayReader, root: Path) -> None:
        self._reader = reader
        self._root = root

    @classmethod
    def open(cls, root: Path) -> TrayData | None:
        """Read the data folder `root` if its file is at the revision this app writes."""
        reader = TrayReader.open(root / DATABASE_FILE)
        return None if reader is None else cls(reader, root)

    def questionnaires_due(self, today: date) -> dict[str, date] | None:
        """The built-in measures due on `today` (the user's local day) and since when; None
        while questionnaires are installed (reading those files is the full services' work)."""
        due = self.measures_due(today)
        return None if due is None else {item.measure_id: item.due_on for item in due}

    def measures_due(self, today: date) -> tuple[DueMeasure, ...] | None:
        """The built-in measures due on `today`, most overdue first; None while questionnaires
        are installed."""
        installed = self._root / QUESTIONNAIRES
        if installed.is_dir() and any(installed.iterdir()):
            return None
        last_taken: dict[str, date | None] = {}
        for instrument in BUILT_IN_MEASURES:
            newest = self._reader.newest_response_at(instrument)
            # Day grouping follows the user's own clock, as services.measures groups it.
            last_taken[instrument] = newest.astimezone().date() if newest else None
        return tuple(
            item for item in due_measures(last_taken, today) if item.measure_id in BUILT_IN_MEASURES
        )

    def exercise_locked(self, now: datetime) -> bool:
        """True while an emergency answer keeps exercise locked."""
        return lock_from(*self._reader.safety_lock_inputs(now)) is not None

    def rules(self, locked: bool) -> ReminderRules:
        """The rules the scheduler runs on (without exercise reminders while `locked`)."""
        from companion.reminders.rules import without_exercise_reminders

        rules = rules_from(self._reader.preference(RULES_KEY), self._reader.programme_inputs())
        return without_exercise_reminders(rules) if locked else rules

    def scheduler(self, rules: ReminderRules) -> ReminderScheduler:
        """The scheduler as last saved by the full app."""
        return scheduler_from(rules, self._reader.preference(STATE_KEY))

    def read(self, query: Callable[..., T], *args: Any) -> T:
        """Another of the storage layer's sqlite3 queries, in one read-only snapshot."""
        return self._reader.read(query, *args)

    def close(self) -> None:
        """Let go of the file."""
        self._reader.close()
