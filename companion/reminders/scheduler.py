"""The reminder state machine: fed a clock and the user's activity, it decides what is due.

The runner (a QTimer in the UI layer) drives it like this:

1. on every timer shot, call ``tick(now, idle_seconds, fullscreen=..., do_not_disturb=...)``
   with a time-zone-aware local ``now`` (``datetime.now().astimezone()``) and the seconds
   since the last keyboard or mouse input (0 where the system cannot tell: sitting then
   counts wall-clock time and only suspends count as breaks);
2. after a user answers a reminder, call ``mark_done``, ``snooze`` or ``skip``; for the tray
   menu, ``pause`` and ``resume``; when programme or settings change, ``update_rules`` and
   ``set_questionnaires_due``;
3. every call returns a ``Step``: store its ``outcomes``, close the reminders it withdraws,
   show the ones it lists, and re-arm the single-shot timer with ``step.wake_in_ms``.

Wall-clock rules (working hours, quiet hours, reminder times, days) are read in the zone of
the ``now`` passed in; every datetime the scheduler hands back is in UTC.

That is all the polling there is; idle time, full-screen and do-not-disturb are read only
when the timer fires. With sitting breaks on, the wake interval is at most the natural-break
threshold (5 min by default) minus the current idle time: exactly often enough to see every
break of that length, and about 12 cheap wake-ups an hour. While a reminder waits for a
full-screen window, do-not-disturb or the user's return, it is one minute. It is never below
one second nor above one hour. A timer shot that comes much later than asked means the
computer slept (or the app was closed): the time asleep counts as a natural break.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from companion.domain.local_time import daily_instant
from companion.domain.vocabulary import ReminderKind, ReminderOutcome
from companion.reminders.decisions import (
    HELD_RECHECK,
    MAX_WAKE,
    BreakSetting,
    Due,
    DueReason,
    Hold,
    Occasion,
    OutcomeRecord,
    PauseLength,
    Step,
    Upcoming,
    clamped_wake,
)
from companion.reminders.rules import ReminderRules, next_edge, within
from companion.reminders.scheduler_state import Owed, SchedulerState, require_aware

# A timer shot this much later than asked is taken as a suspend. With sitting breaks on, wakes
# never exceed the natural-break threshold (at most 30 min) and a coarse QTimer is at most 5%
# late: 1.5 min. With them off, mistaking a late shot for a suspend changes nothing.
SLEEP_SLACK = timedelta(minutes=2)
SITTING = Occasion.sitting_break()


@dataclass
class _Report:
    """What one call has to tell the runner, gathered as the state changes."""

    withdraw: list[Occasion] = field(default_factory=list)
    outcomes: list[OutcomeRecord] = field(default_factory=list)


def _time_back(now: datetime, idle: timedelta, not_before: datetime) -> timedelta:
    """How long the user has surely been back: the return came after `not_before` and no later
    than the last input, so count from the last input. Any error (at most one wake) makes the
    next sitting break a little late, never early after a break."""
    return max(timedelta(0), min(idle, now - not_before))


class ReminderScheduler:
    """Decides when sitting breaks, sessions, the check-in and questionnaires are due."""

    def __init__(self, rules: ReminderRules | None = None) -> None:
        self._rules = rules if rules is not None else ReminderRules()
        self._state = SchedulerState()
        self._fullscreen = False
        self._do_not_disturb = False
        # Wall-clock rules are read in the zone of the latest `now`; all arithmetic is in UTC,
        # because aware datetimes sharing a zone subtract as wall-clock times across DST.
        self._zone: tzinfo = UTC

    # ----------------------------------------------------------------------------------------
    # What the runner reads

    @property
    def rules(self) -> ReminderRules:
        """The rules in force."""
        return self._rules

    @property
    def sitting_so_far(self) -> timedelta:
        """Active sitting counted since the last break, as of the last call."""
        return self._state.sitting

    @property
    def is_away(self) -> bool:
        """True while the user is on a break away from the computer."""
        return self._state.away_since is not None

    def paused_until(self, now: datetime) -> datetime | None:
        """When a pause in force at `now` ends (UTC), or None."""
        now = require_aware(now)
        if self._state.paused_until is not None and now < self._state.paused_until:
            return self._state.paused_until
        return None

    def next_wake(self, now: datetime) -> timedelta:
        """How long the runner may wait before calling `tick` again; re-arm the timer with it."""
        now = self._enter(now)
        wake = self._wake_in(now)
        self._state.wake_at = now + wake
        return wake

    def could_show(self, now: datetime) -> bool:
        """Whether a reminder not yet on screen is due now (within a second)."""
        return any(not u.showing and u.at <= now + timedelta(seconds=1) for u in self.upcoming(now))

    def upcoming(self, now: datetime) -> tuple[Upcoming, ...]:
        """Owed and expected reminders, soonest first, for the tray and the Today view."""
        now = self._enter(now)
        found = [
            Upcoming(occ, max(owed.not_before or now, now), self._hold(occ, now), owed.showing)
            for occ, owed in self._state.owed.items()
        ]
        interval = self._rules.sitting_interval
        if interval is not None and SITTING not in self._state.owed and not self.is_away:
            left = interval - self._sitting_at(now)
            found.append(Upcoming(SITTING, now + max(left, timedelta(0))))
        for occ, at in self._timed_occasions(now, days=2):
            waiting = occ not in self._state.answered and occ not in self._state.owed
            if at > now and waiting and not self._on_today_page_only(occ, at):
                found.append(Upcoming(occ, at))
        return tuple(sorted(found, key=lambda u: (u.at, u.occasion)))

    # ----------------------------------------------------------------------------------------
    # Inputs

    def tick(
        self,
        now: datetime,
        idle_seconds: float,
        *,
        fullscreen: bool = False,
        do_not_disturb: bool = False,
    ) -> Step:
        """Take in the clock and what the system says about the user; decide what is due."""
        now = self._enter(now)
        report = _Report()
        self._sense(now, timedelta(seconds=max(0.0, idle_seconds)), report)
        self._fullscreen = fullscreen
        self._do_not_disturb = do_not_disturb
        return self._decide(now, report)

    def mark_done(self, occasion: Occasion, now: datetime) -> Step:
        """The user did it: from the reminder, or on their own from the main window."""
        now = self._enter(now)
        report = _Report()
        self._user_was_here(now, report)
        self._settle(occasion, ReminderOutcome.DONE, now, report)
        return self._decide(now, report)

    def skip(self, occasion: Occasion, now: datetime) -> Step:
        """The user chose not to; counted, and not asked again for this occasion."""
        now = self._enter(now)
        report = _Report()
        self._user_was_here(now, report)
        if occasion in self._state.owed or occasion != SITTING:
            self._settle(occasion, ReminderOutcome.SKIPPED, now, report)
        return self._decide(now, report)

    def snooze(self, occasion: Occasion, now: datetime) -> Step:
        """Ask again after the snooze length; counted, and the reminder stays owed."""
        now = self._enter(now)
        report = _Report()
        self._user_was_here(now, report)
        owed = self._state.owed.get(occasion)
        if owed is not None:
            owed.not_before = now + self._rules.snooze
            owed.postponed += 1
            owed.showing = False
            owed.deferred_recorded = False
            owed.comeback = DueReason.SNOOZE_ENDED
            report.outcomes.append(OutcomeRecord(occasion, ReminderOutcome.SNOOZED, now))
        return self._decide(now, report)

    def pause(self, now: datetime, length: PauseLength) -> Step:
        """Hold every reminder for a while; what falls due meanwhile stays owed."""
        now = self._enter(now)
        if length.value is None:
            return self._pause(now, self._next_midnight(now))
        return self._pause(now, now + length.value)

    def pause_until(self, now: datetime, until: datetime) -> Step:
        """Hold every reminder until `until`; reminders on screen are taken down and owed."""
        return self._pause(self._enter(now), require_aware(until))

    def _pause(self, now: datetime, until: datetime) -> Step:
        report = _Report()
        self._user_was_here(now, report)
        self._state.paused_until = until if until > now else None
        if self._state.paused_until is not None:
            for occasion, owed in sorted(self._state.owed.items()):
                if owed.showing:
                    owed.showing = False
                    report.withdraw.append(occasion)
        return self._decide(now, report)

    def resume(self, now: datetime) -> Step:
        """End a pause early; owed reminders come back at once."""
        now = self._enter(now)
        report = _Report()
        self._user_was_here(now, report)
        self._state.paused_until = None
        return self._decide(now, report)

    @property
    def is_new(self) -> bool:
        """True for a scheduler that has never run: no saved state, no step taken."""
        return (
            self._state.today is None
            and self._state.sensed_at is None
            and self._state.first_day is None
        )

    def begin(self, now: datetime) -> None:
        """A first start: times already passed today start tomorrow, and today's
        questionnaires are offered on the Today page rather than popping up."""
        now = self._enter(now)
        self._state.first_day = self._local(now).date()
        self._skip_passed(now, frozenset())

    def _skip_passed(self, now: datetime, already_due: frozenset[Occasion]) -> None:
        """Today's sessions and check-in whose time has passed, and were not due before, wait
        for tomorrow: a time chosen at 3 pm for 9 am must not fire at once."""
        for occasion, at in self._timed_occasions(now, days=1):
            passed = occasion.is_daily and at <= now
            if passed and occasion not in already_due and occasion not in self._state.owed:
                self._state.answered.add(occasion)

    @property
    def questionnaires_due(self) -> dict[str, date]:
        """The questionnaires last set as due (id -> due date), shown as reminders or not."""
        return dict(self._state.questionnaires)

    def set_questionnaires_due(self, now: datetime, due: Mapping[str, date]) -> Step:
        """Replace the questionnaires that are due (id -> due date), as the measures say."""
        now = self._enter(now)
        report = _Report()
        self._state.questionnaires = dict(due)
        current = {Occasion.questionnaire(m, d) for m, d in due.items()}
        self._forget(
            (
                o
                for o in self._state.owed
                if o.kind is ReminderKind.QUESTIONNAIRE and o not in current
            ),
            report,
        )
        self._state.answered = {
            o
            for o in self._state.answered
            if o.kind is not ReminderKind.QUESTIONNAIRE or o in current
        }
        return self._decide(now, report)

    def update_rules(self, now: datetime, rules: ReminderRules) -> Step:
        """Apply changed settings or a new programme; reminders that no longer exist go away."""
        now = self._enter(now)
        report = _Report()
        was_due = frozenset(o for o, at in self._timed_occasions(now, days=1) if at <= now)
        self._rules = rules
        self._skip_passed(now, was_due)
        wanted = {o for o, _ in self._timed_occasions(now, days=1)}
        self._forget(
            (
                o
                for o in self._state.owed
                if (o == SITTING and rules.sitting_interval is None)
                or (o.is_daily and o.day == self._local(now).date() and o not in wanted)
            ),
            report,
        )
        return self._decide(now, report)

    # ----------------------------------------------------------------------------------------
    # Persistence

    def to_dict(self) -> dict[str, Any]:
        """The state as plain JSON-friendly data (the rules are stored separately)."""
        return self._state.to_dict()

    @classmethod
    def from_dict(cls, rules: ReminderRules, raw: Mapping[str, Any]) -> ReminderScheduler:
        """A scheduler in the state saved by `to_dict`; ValueError if it is malformed."""
        scheduler = cls(rules)
        scheduler._state = SchedulerState.from_dict(raw)
        return scheduler

    # Activity

    def _enter(self, now: datetime) -> datetime:
        """Check `now`, remember its zone for the wall-clock rules, notice a suspend (whatever
        the call: the runner may answer the user before its overdue timer fires), and return
        `now` in UTC."""
        utc = require_aware(now)
        self._zone = now.tzinfo or UTC
        if self._state.wake_at is not None and utc > self._state.wake_at + SLEEP_SLACK:
            start = self._state.wake_at
            if self._state.accounted_until is not None:
                start = max(start, self._state.accounted_until)
            self._state.slept_from = min(start, self._state.slept_from or start)
        return utc

    def _local(self, now: datetime) -> datetime:
        return now.astimezone(self._zone)

    def _sense(self, now: datetime, idle: timedelta, report: _Report) -> None:
        """Count active sitting since the last look and notice breaks, awake or asleep."""
        threshold = self._rules.natural_break
        since = self._state.accounted_until
        self._state.idle, self._state.sensed_at = idle, now
        asleep_from, self._state.slept_from = self._state.slept_from, None
        if since is None or now < since:
            # First look, or the wall clock went back: nothing to count, start from here.
            self._state.accounted_until = now
            self._state.away_since = (
                (self._state.away_since or now - idle) if idle >= threshold else None
            )
            return
        if asleep_from is not None and asleep_from > now:
            asleep_from = None
        last_input = now - idle
        self._state.accounted_until = now

        if self._state.away_since is not None:  # already on a recorded break
            if idle < threshold:
                self._state.away_since = None
                self._state.sitting += _time_back(now, idle, asleep_from or since)
            return

        break_from: datetime | None = None
        if idle >= threshold:
            break_from = last_input if asleep_from is None else min(last_input, asleep_from)
        elif asleep_from is not None and now - asleep_from >= threshold:
            break_from = asleep_from
        if break_from is None:
            self._state.sitting += (asleep_from or now) - since
            return
        if break_from > since:
            self._state.sitting += break_from - since
        else:
            # Stillness already counted as sitting turned out to be the start of the break.
            self._state.sitting -= min(since - break_from, self._state.sitting)
        setting = BreakSetting.AWAY if asleep_from is None else BreakSetting.ASLEEP
        self._take_natural_break(break_from, setting, report)
        if idle >= threshold:
            self._state.away_since = break_from
        else:  # the break ended while the computer slept
            self._state.sitting += _time_back(now, idle, asleep_from or since)

    def _take_natural_break(self, at: datetime, setting: BreakSetting, report: _Report) -> None:
        owed = self._state.owed.pop(SITTING, None)
        if owed is not None and owed.showing:
            report.withdraw.append(SITTING)
        # A glance at the screen between two absences is not a new spell of sitting.
        if self._rules.sitting_interval is not None and (
            owed is not None or self._state.sitting >= self._rules.natural_break
        ):
            report.outcomes.append(
                OutcomeRecord(SITTING, ReminderOutcome.NATURAL_BREAK, at, setting.value)
            )
        self._state.sitting = timedelta(0)

    def _user_was_here(self, now: datetime, report: _Report) -> None:
        # Answering a reminder or using the tray is input: the user is here, now.
        self._sense(now, timedelta(0), report)

    def _sitting_at(self, now: datetime) -> timedelta:
        if self._state.accounted_until is None or self.is_away or now < self._state.accounted_until:
            return self._state.sitting
        return self._state.sitting + (now - self._state.accounted_until)

    def _idle_at(self, now: datetime) -> timedelta:
        if self._state.sensed_at is None or now < self._state.sensed_at:
            return self._state.idle
        return self._state.idle + (now - self._state.sensed_at)

    # ----------------------------------------------------------------------------------------
    # Answers

    def _settle(
        self, occasion: Occasion, outcome: ReminderOutcome, now: datetime, report: _Report
    ) -> None:
        owed = self._state.owed.pop(occasion, None)
        if owed is not None and owed.showing:
            # The runner may already have closed it; withdrawing twice must be harmless.
            report.withdraw.append(occasion)
        report.outcomes.append(OutcomeRecord(occasion, outcome, now))
        if occasion == SITTING:
            self._state.sitting = timedelta(0)
            if self._state.accounted_until is None or self._state.accounted_until < now:
                self._state.accounted_until = now
        else:
            self._state.answered.add(occasion)

    def _forget(self, occasions: Iterable[Occasion], report: _Report) -> None:
        for occasion in sorted(occasions):
            owed = self._state.owed.pop(occasion)
            if owed.showing:
                report.withdraw.append(occasion)

    # ----------------------------------------------------------------------------------------
    # Decisions

    def _decide(self, now: datetime, report: _Report) -> Step:
        if self._state.paused_until is not None and now >= self._state.paused_until:
            self._state.paused_until = None
        self._turn_the_day(now, report)
        self._collect_due(now, report)
        show: list[Due] = []
        for occasion, owed in sorted(self._state.owed.items()):
            if owed.showing or (owed.not_before is not None and now < owed.not_before):
                continue
            hold = self._hold(occasion, now)
            if hold is None:
                owed.showing = True
                owed.deferred_recorded = False
                sat_for = self._state.sitting if occasion == SITTING else None
                show.append(Due(occasion, owed.since, owed.comeback, owed.postponed, sat_for))
            elif hold is not Hold.AWAY and not owed.deferred_recorded:
                owed.deferred_recorded = True
                owed.postponed += 1
                owed.comeback = DueReason.HOLD_LIFTED
                report.outcomes.append(
                    OutcomeRecord(occasion, ReminderOutcome.DEFERRED, now, hold.value)
                )
        wake = self._wake_in(now)
        self._state.wake_at = now + wake
        return Step(tuple(show), tuple(report.withdraw), tuple(report.outcomes), wake)

    def _turn_the_day(self, now: datetime, report: _Report) -> None:
        """Let unanswered sessions and check-ins of earlier days lapse, without a record."""
        today = self._local(now).date()
        if self._state.today == today:
            return
        self._state.today = today
        self._forget((o for o in self._state.owed if o.is_daily and o.day != today), report)
        self._state.answered = {
            o
            for o in self._state.answered
            if not o.is_daily or (o.day is not None and o.day >= today)
        }

    def _collect_due(self, now: datetime, report: _Report) -> None:
        interval = self._rules.sitting_interval
        if (
            interval is not None
            and SITTING not in self._state.owed
            and not self.is_away
            and self._state.sitting >= interval
        ):
            self._state.owed[SITTING] = Owed(since=now - (self._state.sitting - interval))
        latest_session: Occasion | None = None
        for occasion, at in self._timed_occasions(now, days=1):
            if at > now:
                continue
            if occasion.kind is ReminderKind.EXERCISE_SESSION:
                # Slots sort by time of day; only the latest one that has come matters.
                latest_session = max(occasion, latest_session or occasion)
            elif self._on_today_page_only(occasion, now):
                continue
            elif occasion not in self._state.answered and occasion not in self._state.owed:
                self._state.owed[occasion] = Owed(since=at)
        if (
            latest_session is not None
            and latest_session not in self._state.answered
            and latest_session not in self._state.owed
        ):
            # One session reminder at a time: a later one replaces an earlier unanswered one.
            self._forget(
                (o for o in self._state.owed if o.kind is ReminderKind.EXERCISE_SESSION), report
            )
            slot = time.fromisoformat(latest_session.slot)
            self._state.owed[latest_session] = Owed(
                since=self._instant(self._local(now).date(), slot)
            )

    def _on_today_page_only(self, occasion: Occasion, at: datetime) -> bool:
        """Day one's questionnaires are offered on the Today page, never as a pop-up."""
        return (
            occasion.kind is ReminderKind.QUESTIONNAIRE
            and self._state.first_day is not None
            and self._local(at).date() == self._state.first_day
        )

    def _timed_occasions(self, now: datetime, days: int) -> list[tuple[Occasion, datetime]]:
        """Sessions and check-ins from today for `days` days, and every known questionnaire."""
        found: list[tuple[Occasion, datetime]] = []
        today = self._local(now).date()
        for offset in range(days):
            day = today + timedelta(days=offset)
            for at in self._rules.session_times:
                found.append((Occasion.session(day, at), self._instant(day, at)))
            if self._rules.check_in_time is not None:
                check_in = self._instant(day, self._rules.check_in_time)
                found.append((Occasion.check_in(day), check_in))
        for measure, due_on in self._state.questionnaires.items():
            instant = self._instant(due_on, self._rules.questionnaire_time)
            found.append((Occasion.questionnaire(measure, due_on), instant))
        return found

    def _instant(self, day: date, at: time) -> datetime:
        """The UTC instant of local wall-clock `at` on `day` (past the gap if it is skipped)."""
        return daily_instant(day, at, self._zone).astimezone(UTC)

    def _next_midnight(self, now: datetime) -> datetime:
        return self._instant(self._local(now).date() + timedelta(days=1), time(0))

    def _hold(self, occasion: Occasion, now: datetime) -> Hold | None:
        """The first reason, most binding first, not to show `occasion` at `now`."""
        rules = self._rules
        sitting = occasion == SITTING
        local = self._local(now)
        reasons = (
            (Hold.PAUSED, self.paused_until(now) is not None),
            (
                Hold.QUIET_HOURS,
                rules.quiet_hours is not None and within((rules.quiet_hours,), local),
            ),
            (Hold.OUTSIDE_WORKING_HOURS, sitting and not within(rules.working_hours, local)),
            (Hold.DO_NOT_DISTURB, self._do_not_disturb),
            (Hold.FULL_SCREEN, self._fullscreen),
            (Hold.AWAY, not sitting and self.is_away),
        )
        return next((hold for hold, applies in reasons if applies), None)

    def _wake_in(self, now: datetime) -> timedelta:
        rules = self._rules
        candidates = [MAX_WAKE]
        if rules.sitting_interval is not None:
            # Look again just when the present stillness would become a natural break; while
            # away, at that pace to notice the return.
            if self.is_away:
                candidates.append(rules.natural_break)
            else:
                candidates.append(rules.natural_break - self._idle_at(now))
                if SITTING not in self._state.owed:
                    candidates.append(rules.sitting_interval - self._sitting_at(now))
        for occasion, owed in self._state.owed.items():
            if not owed.showing:
                candidates.extend(self._when_owed_may_show(occasion, owed, now))
        for occasion, at in self._timed_occasions(now, days=2):
            if at > now and occasion not in self._state.answered:
                candidates.append(at - now)
        return clamped_wake(min(candidates))

    def _when_owed_may_show(self, occasion: Occasion, owed: Owed, now: datetime) -> list[timedelta]:
        """How soon an owed reminder's snooze or hold may end, or its day lapse."""
        rules = self._rules
        found: list[timedelta] = []
        if occasion.is_daily:
            found.append(self._next_midnight(now) - now)
        if owed.not_before is not None and now < owed.not_before:
            found.append(owed.not_before - now)
            return found
        hold = self._hold(occasion, now)
        edge: datetime | None = None
        if hold in (Hold.FULL_SCREEN, Hold.DO_NOT_DISTURB, Hold.AWAY):
            found.append(HELD_RECHECK)
        elif hold is Hold.PAUSED:
            edge = self._state.paused_until
        elif hold is Hold.QUIET_HOURS and rules.quiet_hours is not None:
            edge = next_edge((rules.quiet_hours,), self._local(now))
        elif hold is Hold.OUTSIDE_WORKING_HOURS:
            edge = next_edge(rules.working_hours, self._local(now))
        if edge is not None:
            found.append(edge - now)
        return found
