"""Safety rules that shape today's plan and hold progression back (issue 15).

Plain values and pure functions, table-tested. The services gather the evidence (check-ins,
traffic-light answers, the latest screening, the clearance answers) and the views word the
reasons; here each rule is one small function over dates, so "today" is always the caller's
local day.

- Progression guards (clinical brief 2.2.3, "progress only after about a week in which symptoms
  are stable or improving"): a step needs 7 days since the last step of the same exercise, a
  leg-pain mean that has not risen by 1 point week on week, no spread of the leg symptoms, no
  "worse" answer and no new numbness, weakness or pins and needles in the last 7 days, no open
  same-day finding, and at least 3 check-ins in each of the two weeks compared.
- Today's plan (2.2.2, 4.2): an exercise answered "worse" stops for the rest of the day; a
  same-day finding suspends nerve glides and strengthening; clearance conditions (2.2.6) keep
  affected exercises out of starter programmes and movement snacks.
- Direction (2.2.4): on a pathway, red answers in 2 sessions within 14 days suggest trying the
  other pathway or a review. The app never switches by itself.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from companion.domain.exercise import Bias, Category, ClearanceCondition, Exercise
from companion.domain.vocabulary import SymptomKind

DAYS_BETWEEN_STEPS = 7  # at least a week between two steps of the same exercise
TREND_DAYS = 7  # the leg-pain means compare the last 7 days with the 7 days before
LEG_PAIN_RISE = 1.0  # a 7-day mean this much above the week before holds progression
MIN_CHECKINS_PER_WEEK = 3  # fewer in either week: too little to judge, so hold
RECENT_DAYS = 7  # "worse" answers, spreading symptoms and new nerve symptoms look back this far
PATHWAY_WINDOW_DAYS = 14  # red answers in this many days on a pathway...
PATHWAY_RED_SESSIONS = 2  # ...in at least this many sessions suggest a change or a review

NERVE_SYMPTOMS = frozenset(
    {SymptomKind.NUMBNESS, SymptomKind.WEAKNESS, SymptomKind.PINS_AND_NEEDLES}
)
# Suspended for the day while a same-day finding is open; walking and rest positions stay.
SUSPENDED_ON_SAME_DAY = frozenset({Category.NERVE_MOBILITY, Category.STRENGTH})


class HoldReason(enum.StrEnum):
    """Why a step up that was due did not happen (the views word each one)."""

    TOO_SOON = "too_soon"  # less than 7 days since this exercise last stepped up
    LEG_PAIN_RISING = "leg_pain_rising"  # 7-day mean at least 1 point above the week before
    REACH_SPREAD = "reach_spread"  # symptoms reached further down the leg in the last 7 days
    RECENT_WORSE = "recent_worse"  # an exercise was answered "worse" in the last 7 days
    NEW_NERVE_SYMPTOMS = "new_nerve_symptoms"  # new numbness, weakness or pins and needles
    SAME_DAY_FINDING = "same_day_finding"  # today's safety questions asked for a doctor today
    TOO_FEW_CHECKINS = "too_few_checkins"  # fewer than 3 check-ins in either week


@dataclass(frozen=True)
class CheckInPoint:
    """The parts of one check-in the guards look at, on the user's local day."""

    day: date
    leg_pain: int
    reach_level: int  # LegReach.level: 0 none .. 4 foot
    symptoms: frozenset[SymptomKind] = frozenset()


@dataclass(frozen=True)
class ProgressionEvidence:
    """What the guards need to know about the last two weeks, up to and including `today`."""

    today: date
    checkins: tuple[CheckInPoint, ...]  # oldest first; may reach back further than 14 days
    worse_days: tuple[date, ...] = ()  # days with a "worse" traffic-light answer
    same_day_open: bool = False  # the latest screening today came out "see a doctor today"


def _week(points: Iterable[CheckInPoint], last: date) -> list[CheckInPoint]:
    first = last - timedelta(days=TREND_DAYS - 1)
    return [p for p in points if first <= p.day <= last]


def _mean(points: Sequence[CheckInPoint]) -> float:
    return sum(p.leg_pain for p in points) / len(points)


def _recent(day: date, today: date) -> bool:
    return today - timedelta(days=RECENT_DAYS - 1) <= day <= today


def reach_spread(checkins: Sequence[CheckInPoint], today: date) -> bool:
    """True if a check-in of the last 7 days reached further down the leg than the one before."""
    ordered = sorted(checkins, key=lambda p: p.day)
    return any(
        _recent(later.day, today) and later.reach_level > earlier.reach_level
        for earlier, later in pairwise(ordered)
    )


def new_nerve_symptoms(checkins: Sequence[CheckInPoint], today: date) -> bool:
    """True if a check-in of the last 7 days has numbness, weakness or pins and needles that
    the check-in before it did not have (the first check-in ever counts as nothing before)."""
    ordered = sorted(checkins, key=lambda p: p.day)
    before: frozenset[SymptomKind] = frozenset()
    for point in ordered:
        fresh = (point.symptoms & NERVE_SYMPTOMS) - before
        if fresh and _recent(point.day, today):
            return True
        before = point.symptoms
    return False


def progression_holds(evidence: ProgressionEvidence) -> tuple[HoldReason, ...]:
    """Every reason that holds all progression now, in a fixed order; empty when it may go on."""
    today = evidence.today
    holds: list[HoldReason] = []
    if evidence.same_day_open:
        holds.append(HoldReason.SAME_DAY_FINDING)
    if any(_recent(day, today) for day in evidence.worse_days):
        holds.append(HoldReason.RECENT_WORSE)
    if new_nerve_symptoms(evidence.checkins, today):
        holds.append(HoldReason.NEW_NERVE_SYMPTOMS)
    if reach_spread(evidence.checkins, today):
        holds.append(HoldReason.REACH_SPREAD)
    this_week = _week(evidence.checkins, today)
    week_before = _week(evidence.checkins, today - timedelta(days=TREND_DAYS))
    if min(len(this_week), len(week_before)) < MIN_CHECKINS_PER_WEEK:
        holds.append(HoldReason.TOO_FEW_CHECKINS)
    elif _mean(this_week) - _mean(week_before) >= LEG_PAIN_RISE:
        holds.append(HoldReason.LEG_PAIN_RISING)
    return tuple(holds)


def too_soon(last_step: date | None, today: date) -> bool:
    """True while fewer than 7 days have passed since this exercise last stepped up."""
    return last_step is not None and (today - last_step).days < DAYS_BETWEEN_STEPS


# --- Today's plan ----------------------------------------------------------------------------


class LeftOut(enum.StrEnum):
    """Why an exercise of today's plan is left out (the views word each one)."""

    WORSE_TODAY = "worse_today"  # answered "worse" earlier today: stop it for the day
    SAME_DAY_FINDING = "same_day_finding"  # nerve glides and strengthening wait for a doctor
    NEEDS_CLEARANCE = "needs_clearance"  # ask your physiotherapist first


def left_out_today(
    exercise: Exercise,
    *,
    worse_today: frozenset[str],
    same_day_open: bool,
    conditions: frozenset[ClearanceCondition],
    prescribed: bool,
) -> LeftOut | None:
    """Why `exercise` must not be done today, or None when it may.

    A clearance condition keeps an exercise out of starter programmes and snacks only
    (`prescribed` False): a physiotherapist who prescribed it knows the patient; the views
    still mark it "ask your physiotherapist first".
    """
    if exercise.id in worse_today:
        return LeftOut.WORSE_TODAY
    if same_day_open and exercise.category in SUSPENDED_ON_SAME_DAY:
        return LeftOut.SAME_DAY_FINDING
    if not prescribed and needs_clearance(exercise, conditions):
        return LeftOut.NEEDS_CLEARANCE
    return None


def needs_clearance(exercise: Exercise, conditions: frozenset[ClearanceCondition]) -> bool:
    """True if one of the user's conditions affects this exercise."""
    return bool(exercise.clearance & conditions)


# --- Direction -------------------------------------------------------------------------------


def pathway_of(exercises: Iterable[Exercise]) -> Bias | None:
    """The direction a set of exercises leans: flexion or extension when only one appears."""
    biases = {e.bias for e in exercises} - {Bias.NEUTRAL}
    return next(iter(biases)) if len(biases) == 1 else None


def suggest_other_pathway(red_sessions: Iterable[date], today: date) -> bool:
    """True when red answers came in at least 2 sessions within the last 14 days.

    `red_sessions` holds one local day per session with a red answer (a day may repeat).
    """
    first = today - timedelta(days=PATHWAY_WINDOW_DAYS - 1)
    return sum(1 for day in red_sessions if first <= day <= today) >= PATHWAY_RED_SESSIONS
