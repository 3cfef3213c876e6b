"""Correcting the diary's check-ins: edit one, or add one for a past time.

Every edit keeps the values it replaced as a `CheckInRevision`, so the diary can mark the entry
as edited and show what it said before, and an undo puts those values back and forgets the
revision. The checks are `check_draft`'s, the same as for `companion checkin --at`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from companion.domain.changes import Changes, Topic
from companion.domain.vocabulary import LegReach, Side
from companion.services.checkin_rules import CheckInInvalid
from companion.services.checkins import (
    CheckInDraft,
    CheckInRecord,
    apply_draft,
    check_draft,
    checkin_record,
)
from companion.services.data_store import Store
from companion.storage.models import CheckIn, CheckInRevision
from companion.storage.queries.checkins import live_checkin, revisions_of
from companion.storage.queries.today import CHECKIN_ANSWERS

# The columns a revision keeps: everything the user can change.
_KEPT = CHECKIN_ANSWERS


class CheckInMissing(ValueError):
    """The check-in does not exist (or was deleted), so it cannot be changed."""


@dataclass(frozen=True)
class EarlierValues:
    """What a check-in said before one correction."""

    revised_at: datetime  # when it was corrected, aware UTC
    recorded_at: datetime
    back_pain: int
    leg_pain: int
    leg_reach: LegReach
    side: Side | None
    note: str


def get_checkin(store: Store, checkin_id: int) -> CheckInRecord:
    """One check-in that has not been deleted, or CheckInMissing."""
    with store.units.read() as uow:
        return checkin_record(_live(uow.session, checkin_id))


def correct_checkin(
    store: Store, checkin_id: int, draft: CheckInDraft, now: datetime
) -> tuple[CheckInRecord, int, Changes]:
    """Change a check-in (its time too; `draft.at` None keeps it), keeping the earlier values.

    Returns the record, the id of the revision that holds the earlier values (for undo) and
    what changed; raises CheckInInvalid or CheckInMissing.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    problems = check_draft(draft, now)
    if problems:
        raise CheckInInvalid(problems)
    with store.units.write() as uow:
        row = _live(uow.session, checkin_id)
        revision = CheckInRevision(checkin_id=row.id, revised_at=now, previous=_snapshot(row))
        uow.session.add(revision)
        apply_draft(row, draft, draft.at or row.recorded_at)
        uow.commit()
        return checkin_record(row), revision.id, Changes.of(Topic.CHECKINS)


def revert_correction(session: Session, row: CheckIn, revision_id: int) -> bool:
    """Put back the values `revision_id` kept and forget it; False if it is not this row's."""
    revision = session.get(CheckInRevision, revision_id)
    if revision is None or revision.checkin_id != row.id:
        return False
    _restore(row, revision.previous)
    session.delete(revision)
    return True


def earlier_values(session: Session, ids: Collection[int]) -> dict[int, tuple[EarlierValues, ...]]:
    """The earlier values of each of these check-ins that was corrected, oldest first."""
    if not ids:
        return {}
    found: defaultdict[int, list[EarlierValues]] = defaultdict(list)
    for revision in revisions_of(session, ids):
        values = _earlier(revision)
        if values is not None:
            found[revision.checkin_id].append(values)
    return {checkin_id: tuple(values) for checkin_id, values in found.items()}


def _live(session: Session, checkin_id: int) -> CheckIn:
    row = live_checkin(session, checkin_id)
    if row is None:
        raise CheckInMissing("This check-in no longer exists; the diary has been refreshed.")
    return row


def _snapshot(row: CheckIn) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(row, name) for name in _KEPT}
    values["leg_reach"] = LegReach(row.leg_reach).value
    values["side"] = Side(row.side).value if row.side else None
    values["symptoms"] = list(row.symptoms or [])
    values["pain_sites"] = list(row.pain_sites or [])
    values["recorded_at"] = row.recorded_at.astimezone(UTC).isoformat()
    return values


def _restore(row: CheckIn, values: dict[str, Any]) -> None:
    for name in _KEPT:
        if name in values:
            setattr(row, name, values[name])
    row.leg_reach = LegReach(values.get("leg_reach", row.leg_reach))
    row.side = Side(values["side"]) if values.get("side") else None
    if "recorded_at" in values:
        row.recorded_at = datetime.fromisoformat(values["recorded_at"])


def _earlier(revision: CheckInRevision) -> EarlierValues | None:
    values = revision.previous
    try:
        return EarlierValues(
            revised_at=revision.revised_at,
            recorded_at=datetime.fromisoformat(values["recorded_at"]),
            back_pain=int(values["back_pain"]),
            leg_pain=int(values["leg_pain"]),
            leg_reach=LegReach(values["leg_reach"]),
            side=Side(values["side"]) if values.get("side") else None,
            note=str(values.get("note") or ""),
        )
    except (KeyError, TypeError, ValueError):
        return None  # a revision a later version wrote differently is left out, not fatal
