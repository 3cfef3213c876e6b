"""Check-ins for tests that need a settled history before progression may step up."""

from __future__ import annotations

from datetime import datetime, timedelta

from companion.domain.vocabulary import LegReach, Side, SymptomKind
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store


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
