"""Small rules the diary applies: what to ask before saving a check-in that contradicts itself,
and how an exercise of a session counts (done, partly done, skipped, not reached)."""

from __future__ import annotations

import enum

from companion.domain.vocabulary import LegReach, Side


class Contradiction(enum.StrEnum):
    """Two answers of one check-in that do not fit together; the user is asked, never overruled."""

    LEG_PAIN_WITHOUT_REACH = "leg_pain_without_reach"  # leg pain above 0, "no leg symptoms"
    REACH_WITHOUT_LEG_PAIN = "reach_without_leg_pain"  # symptoms down the leg, leg pain 0
    REACH_WITHOUT_SIDE = "reach_without_side"  # how far chosen, but not which leg


def checkin_contradictions(
    leg_pain: int, reach: LegReach, side: Side | None
) -> tuple[Contradiction, ...]:
    """What to ask about before saving these answers (empty: nothing to ask)."""
    found: list[Contradiction] = []
    if leg_pain > 0 and reach is LegReach.NONE:
        found.append(Contradiction.LEG_PAIN_WITHOUT_REACH)
    if reach is not LegReach.NONE:
        # Numbness or tingling without pain is possible, hence a question and not a refusal.
        if leg_pain == 0:
            found.append(Contradiction.REACH_WITHOUT_LEG_PAIN)
        if side is None:
            found.append(Contradiction.REACH_WITHOUT_SIDE)
    return tuple(found)


class ExerciseOutcome(enum.StrEnum):
    """How one exercise of a session went, as the diary shows it."""

    DONE = "done"
    PARTIAL = "partial"  # started, fewer sets than prescribed
    SKIPPED = "skipped"
    NOT_REACHED = "not_reached"  # the session ended before it


def exercise_outcome(
    prescribed_sets: int, sets_done: int, reps_done: int, hold_seconds_done: int, skipped: bool
) -> ExerciseOutcome:
    """Done only when every prescribed set was done; anything started and short is partial."""
    if sets_done >= max(prescribed_sets, 1):
        return ExerciseOutcome.DONE
    if skipped and sets_done == 0 and reps_done == 0 and hold_seconds_done == 0:
        return ExerciseOutcome.SKIPPED
    if sets_done > 0 or reps_done > 0 or hold_seconds_done > 0:
        return ExerciseOutcome.PARTIAL
    return ExerciseOutcome.SKIPPED if skipped else ExerciseOutcome.NOT_REACHED
