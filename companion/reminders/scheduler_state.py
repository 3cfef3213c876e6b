"""What the reminder scheduler keeps across a restart, and its saved JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from companion.reminders.decisions import DueReason, Occasion

STATE_VERSION = 1


@dataclass
class Owed:
    """A reminder that has fallen due and is not yet answered."""

    since: datetime
    not_before: datetime | None = None  # snoozed until
    postponed: int = 0
    deferred_recorded: bool = False  # one DEFERRED record per spell of being held back
    comeback: DueReason = DueReason.ON_TIME
    showing: bool = False


def require_aware(moment: datetime) -> datetime:
    """`moment` in UTC; it must carry its zone, since the rules speak of local times."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("pass a time-zone-aware datetime; local rules need the local zone")
    return moment.astimezone(UTC)


@dataclass
class SchedulerState:
    """The scheduler's memory: sitting so far, what is owed and answered, pauses, the day."""

    sitting: timedelta = timedelta(0)  # active sitting since the last break
    accounted_until: datetime | None = None  # activity is counted up to here
    away_since: datetime | None = None  # set while a recorded break goes on
    idle: timedelta = timedelta(0)
    sensed_at: datetime | None = None
    paused_until: datetime | None = None
    wake_at: datetime | None = None  # when the runner promised to call again
    slept_from: datetime | None = None  # a suspend noticed but not yet accounted
    today: date | None = None
    owed: dict[Occasion, Owed] = field(default_factory=dict)
    answered: set[Occasion] = field(default_factory=set)  # done or skipped: never shown again
    questionnaires: dict[str, date] = field(default_factory=dict)
    # The day of the very first start: its questionnaires wait on the Today page instead of
    # popping up while the user is still finding their way around.
    first_day: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """The state as plain JSON-friendly data (the rules are stored separately)."""

        def moment(value: datetime | None) -> str | None:
            return None if value is None else value.isoformat()

        return {
            "version": STATE_VERSION,
            "sitting_s": self.sitting.total_seconds(),
            "accounted_until": moment(self.accounted_until),
            "away_since": moment(self.away_since),
            "idle_s": self.idle.total_seconds(),
            "sensed_at": moment(self.sensed_at),
            "paused_until": moment(self.paused_until),
            "wake_at": moment(self.wake_at),
            "slept_from": moment(self.slept_from),
            "today": None if self.today is None else self.today.isoformat(),
            "owed": [
                {
                    "occasion": occasion.to_dict(),
                    "since": owed.since.isoformat(),
                    "not_before": moment(owed.not_before),
                    "postponed": owed.postponed,
                    "deferred_recorded": owed.deferred_recorded,
                    "comeback": owed.comeback.value,
                }
                for occasion, owed in sorted(self.owed.items())
            ],
            "answered": [o.to_dict() for o in sorted(self.answered)],
            "questionnaires": {m: d.isoformat() for m, d in sorted(self.questionnaires.items())},
            "first_day": None if self.first_day is None else self.first_day.isoformat(),
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> SchedulerState:
        """The state saved by `to_dict`; ValueError if it is malformed."""
        if raw.get("version") != STATE_VERSION:
            raise ValueError(f"unknown reminder state version {raw.get('version')!r}")
        try:
            return cls._restore(raw)
        except (KeyError, TypeError, AttributeError, OverflowError) as error:
            raise ValueError(f"malformed reminder state: {error!r}") from error

    @classmethod
    def _restore(cls, raw: Mapping[str, Any]) -> SchedulerState:
        # Nothing counts as on screen after a restore, so owed reminders are shown again.

        def moment(value: Any) -> datetime | None:
            if value is None:
                return None
            return require_aware(datetime.fromisoformat(str(value)))

        state = cls()
        state.sitting = timedelta(seconds=max(0.0, float(raw["sitting_s"])))
        state.accounted_until = moment(raw["accounted_until"])
        state.away_since = moment(raw["away_since"])
        state.idle = timedelta(seconds=max(0.0, float(raw["idle_s"])))
        state.sensed_at = moment(raw["sensed_at"])
        state.paused_until = moment(raw["paused_until"])
        state.wake_at = moment(raw["wake_at"])
        state.slept_from = moment(raw.get("slept_from"))
        today = raw["today"]
        state.today = None if today is None else date.fromisoformat(str(today))
        for item in raw["owed"]:
            since = moment(item["since"])
            if since is None:
                raise ValueError("an owed reminder needs the time it fell due")
            state.owed[Occasion.from_dict(item["occasion"])] = Owed(
                since=since,
                not_before=moment(item["not_before"]),
                postponed=int(item["postponed"]),
                deferred_recorded=bool(item["deferred_recorded"]),
                comeback=DueReason(item["comeback"]),
            )
        state.answered = {Occasion.from_dict(o) for o in raw["answered"]}
        state.questionnaires = {
            str(m): date.fromisoformat(str(d)) for m, d in raw["questionnaires"].items()
        }
        first_day = raw.get("first_day")  # absent in state saved before it was kept
        state.first_day = None if first_day is None else date.fromisoformat(str(first_day))
        return state

    # ----------------------------------------------------------------------------------------
