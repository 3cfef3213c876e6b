"""A check-in as views and charts see it, and as the user drafts it: no ORM, no Qt.

The Today page builds its last check-in from these before SQLAlchemy is imported; the services
(services.checkins) use the same types and the same `stored_record` for the ORM's rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from companion.domain.red_flags import CheckInSignals
from companion.domain.vocabulary import LegReach, PainSite, Side, SymptomKind
from companion.storage.queries.today import CHECKIN_COLUMNS

__all__ = ["CHECKIN_COLUMNS", "CheckInDraft", "CheckInRecord", "stored_record"]

_E = TypeVar("_E", PainSite, SymptomKind)


@dataclass(frozen=True)
class CheckInDraft:
    """What the user entered, before it is checked and stored.

    `leg_reach` None means "work it out from the pain sites" (no leg sites: no leg symptoms).
    `at` None means now.
    """

    back_pain: int | None
    leg_pain: int | None
    leg_reach: LegReach | None = None
    side: Side | None = None
    symptoms: frozenset[SymptomKind] = frozenset()
    pain_sites: frozenset[PainSite] = frozenset()
    sitting_minutes: int | None = None
    walking_minutes: int | None = None
    sleep_disturbed: bool | None = None
    note: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class CheckInRecord:
    """A stored check-in, as views and charts see it."""

    id: int
    recorded_at: datetime  # aware, UTC
    back_pain: int
    leg_pain: int
    leg_reach: LegReach
    side: Side | None
    symptoms: frozenset[SymptomKind] = field(default_factory=frozenset)
    pain_sites: frozenset[PainSite] = field(default_factory=frozenset)
    sitting_minutes: int | None = None
    walking_minutes: int | None = None
    sleep_disturbed: bool | None = None
    note: str = ""

    def signals(self) -> CheckInSignals:
        """The parts of this check-in the red-flag rules look at."""
        return CheckInSignals(
            leg_pain=self.leg_pain, symptoms=self.symptoms, side=self.side, reach=self.leg_reach
        )

    def as_draft(self) -> CheckInDraft:
        """This check-in as the starting point of the next one (the time is left to 'now')."""
        return CheckInDraft(
            back_pain=self.back_pain,
            leg_pain=self.leg_pain,
            leg_reach=self.leg_reach,
            side=self.side,
            symptoms=self.symptoms,
            pain_sites=self.pain_sites,
            sitting_minutes=self.sitting_minutes,
            walking_minutes=self.walking_minutes,
            sleep_disturbed=self.sleep_disturbed,
            note="",
        )


def stored_record(values: Mapping[str, Any]) -> CheckInRecord:
    """A stored check-in's values (by column, as the ORM or storage.queries.today read them)
    as the record views and charts see."""
    side = values["side"]
    return CheckInRecord(
        id=values["id"],
        recorded_at=values["recorded_at"],
        back_pain=values["back_pain"],
        leg_pain=values["leg_pain"],
        leg_reach=LegReach(values["leg_reach"]),
        side=Side(side) if side else None,
        # Stored lists are read leniently: a value a later version added is skipped, not fatal.
        symptoms=_known(SymptomKind, values["symptoms"]),
        pain_sites=_known(PainSite, values["pain_sites"]),
        sitting_minutes=values["sitting_minutes"],
        walking_minutes=values["walking_minutes"],
        sleep_disturbed=values["sleep_disturbed"],
        note=values["note"] or "",
    )


def _known(kind: type[_E], values: object) -> frozenset[_E]:
    if not isinstance(values, list):
        return frozenset()
    found: set[_E] = set()
    for value in values:
        try:
            found.add(kind(value))
        except ValueError:
            continue
    return frozenset(found)
