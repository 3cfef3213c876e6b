"""A writer for reliability tests: `python tests/reliability/writer_process.py DATA_DIR [LIMIT]`.

It opens the store like the app does and commits one entry after another. Each entry is a
CheckIn and an Activity with the same id, written in one unit of work, every value derived from
that id (see `expected_entry`), so a reader can tell a whole entry from a half-written one. The id
is printed on stdout only after `commit()` has returned: a printed id is an acknowledged write.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

if __name__ == "__main__":
    # Run as a script: make the checkout importable without relying on an installed package.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from companion.domain.vocabulary import ActivityKind, LegReach, Side
from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.storage.models import Activity, CheckIn

READY = "ready"
_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
_REACHES = list(LegReach)
_SIDES = list(Side)
_KINDS = list(ActivityKind)


def expected_entry(entry_id: int) -> dict[str, Any]:
    """Every stored value of entry `entry_id`, as the writer derives it."""
    # The note is long enough that an entry spans pages, so a torn write would show.
    note = f"entry {entry_id}: " + "".join(chr(97 + (entry_id * 7 + n) % 26) for n in range(600))
    return {
        "recorded_at": _EPOCH + timedelta(minutes=entry_id),
        "back_pain": entry_id % 11,
        "leg_pain": (entry_id * 7) % 11,
        "leg_reach": _REACHES[entry_id % len(_REACHES)],
        "side": _SIDES[entry_id % len(_SIDES)],
        "symptoms": [f"s{entry_id % 3}", f"s{entry_id % 5}"],
        "note": note,
        "activity_kind": _KINDS[entry_id % len(_KINDS)],
        "activity_minutes": entry_id % 90 + 1,
    }


def stored_entries(session: Session) -> dict[int, dict[str, Any]]:
    """Every entry in the store, keyed by id, in the shape of `expected_entry`."""
    activities = {a.id: a for a in session.scalars(select(Activity))}
    entries: dict[int, dict[str, Any]] = {}
    for checkin in session.scalars(select(CheckIn)):
        activity = activities.pop(checkin.id, None)
        entries[checkin.id] = {
            "recorded_at": checkin.recorded_at,
            "back_pain": checkin.back_pain,
            "leg_pain": checkin.leg_pain,
            "leg_reach": checkin.leg_reach,
            "side": checkin.side,
            "symptoms": checkin.symptoms,
            "note": checkin.note,
            "activity_kind": activity.kind if activity else None,
            "activity_minutes": activity.minutes if activity else None,
        }
    for orphan in activities:
        entries[orphan] = {"activity without a check-in": orphan}
    return entries


def write_entries(data_dir: Path, limit: int | None) -> None:
    """Commit entries one by one, printing each id once its commit has returned."""
    store = open_store(data_dir, migrations_dir())
    with store.units.read() as uow:
        next_id = int(uow.session.scalar(select(func.max(CheckIn.id))) or 0) + 1
    print(READY, flush=True)
    written = 0
    while limit is None or written < limit:
        values = expected_entry(next_id)
        with store.units.write() as uow:
            uow.session.add(
                CheckIn(
                    id=next_id,
                    recorded_at=values["recorded_at"],
                    back_pain=values["back_pain"],
                    leg_pain=values["leg_pain"],
                    leg_reach=values["leg_reach"],
                    side=values["side"],
                    symptoms=values["symptoms"],
                    note=values["note"],
                )
            )
            uow.session.add(
                Activity(
                    id=next_id,
                    started_at=values["recorded_at"],
                    kind=values["activity_kind"],
                    minutes=values["activity_minutes"],
                )
            )
            uow.commit()
        print(next_id, flush=True)
        next_id += 1
        written += 1
    store.close()


if __name__ == "__main__":
    write_entries(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else None)
