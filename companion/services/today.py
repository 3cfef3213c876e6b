"""What the Today page shows first, read without the ORM: the last check-in, the safety lock,
the built-in questionnaires due and what the "Due" panel needs (why the safety questions are
due, an open same-day finding), from the storage layer's sqlite3 queries.

This module imports no SQLAlchemy and no service that does (a test checks in a fresh
interpreter): it is the start of painting Today before the store is opened. The services read
the same inputs with the same queries (checkins.last_checkin, screening.current_lock,
screening.screening_reasons, safety_plan.same_day_open, tray_data's questionnaires).
`read_today` returns None whenever the full store must decide: no file, another revision,
installed questionnaires (reading those files is the services' work) or any failed read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion.domain.measures import DueMeasure
from companion.domain.red_flags import ScreeningOccasion, ScreeningReason
from companion.domain.safety_lock import EmergencyLock
from companion.services.checkin_record import CheckInRecord, stored_record
from companion.services.screening_due import same_day_open_on, screening_reasons_on
from companion.services.tray_data import TrayData, lock_from
from companion.storage.queries.today import newest_checkin_values
from companion.storage.queries.tray import TrayReadFailed, safety_lock_inputs


@dataclass(frozen=True)
class TodayInputs:
    """Today's first picture of the diary, read-only."""

    last_checkin: CheckInRecord | None
    lock: EmergencyLock | None
    # The built-in measures due on the user's local day, most overdue first.
    measures_due: tuple[DueMeasure, ...]
    # Why the safety questions are due on a check-in (services.screening.screening_reasons
    # with no check-in signals), most pressing first; empty when they are not.
    screening_reasons: tuple[ScreeningReason, ...]
    # The newest screening, taken today, asked for a doctor today (services.safety_plan).
    same_day_open: bool


def read_today(root: Path, now: datetime) -> TodayInputs | None:
    """Today's inputs from the data folder `root` at `now` (aware), or None: open the store."""
    data = TrayData.open(root)
    if data is None:
        return None
    try:
        due = data.measures_due(now.astimezone().date())
        if due is None:
            return None
        values = data.read(newest_checkin_values)
        last = None if values is None else stored_record(values)
        lock = lock_from(*data.read(safety_lock_inputs, now))
        reasons = data.read(screening_reasons_on, ScreeningOccasion.CHECK_IN, now)
        same_day = data.read(same_day_open_on, now)
    except (TrayReadFailed, ValueError, KeyError):
        return None  # a value this version does not know: the services say what is wrong
    finally:
        data.close()
    return TodayInputs(last, lock, due, reasons, same_day)
