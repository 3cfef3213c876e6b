"""The words the app records with: every enum a stored row uses lives here, so storage,
services and the UI agree on them without importing each other."""

from __future__ import annotations

import enum


class LegReach(enum.StrEnum):
    """How far down the leg the symptoms reach; retreating towards the back is good news."""

    NONE = "none"
    BUTTOCK = "buttock"
    THIGH = "thigh"
    CALF = "calf"  # below the knee
    FOOT = "foot"

    @property
    def level(self) -> int:
        """0 (no leg symptoms) to 4 (into the foot): higher means further from the spine."""
        return list(LegReach).index(self)


class Side(enum.StrEnum):
    """Which leg."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class PainSite(enum.StrEnum):
    """A place on the body picture where it hurts, stored in a check-in's pain sites."""

    BACK = "back"
    LEFT_BUTTOCK = "left_buttock"
    RIGHT_BUTTOCK = "right_buttock"
    LEFT_THIGH = "left_thigh"
    RIGHT_THIGH = "right_thigh"
    LEFT_CALF = "left_calf"
    RIGHT_CALF = "right_calf"
    LEFT_FOOT = "left_foot"
    RIGHT_FOOT = "right_foot"

    @property
    def reach(self) -> LegReach:
        """How far down the leg this site lies (NONE for the back)."""
        return LegReach.NONE if self is PainSite.BACK else LegReach(self.value.split("_", 1)[1])

    @property
    def side(self) -> Side | None:
        """The leg this site is on (None for the back)."""
        return None if self is PainSite.BACK else Side(self.value.split("_", 1)[0])


class SymptomKind(enum.StrEnum):
    """What the leg or back symptoms feel like."""

    ACHING = "aching"
    BURNING = "burning"
    SHOOTING = "shooting"
    NUMBNESS = "numbness"
    PINS_AND_NEEDLES = "pins_and_needles"
    WEAKNESS = "weakness"
    CRAMP = "cramp"


class ActivityKind(enum.StrEnum):
    """Physical activity logged in the diary."""

    WALKING = "walking"
    CYCLING = "cycling"
    SWIMMING = "swimming"
    OTHER = "other"


class TreatmentKind(enum.StrEnum):
    """Treatments and events shown on the timeline."""

    MEDICATION_STARTED = "medication_started"
    MEDICATION_CHANGED = "medication_changed"
    MEDICATION_STOPPED = "medication_stopped"
    INJECTION = "injection"
    PROCEDURE = "procedure"
    APPOINTMENT = "appointment"
    FLARE_UP = "flare_up"
    OTHER = "other"


class TriageLevel(enum.StrEnum):
    """Outcome of a red-flag screening, most urgent first."""

    EMERGENCY = "emergency"
    SAME_DAY = "same_day"
    ROUTINE = "routine"
    CLEAR = "clear"


class ExerciseResponse(enum.StrEnum):
    """The one-tap traffic light after each exercise."""

    BETTER_OR_SAME = "better_or_same"  # green
    WORSE_BUT_SETTLING = "worse_but_settling"  # amber
    WORSE = "worse"  # red: spread further down the leg (stop it, offer the easier version)
    # red: new numbness or weakness (end the session, ask the safety questions)
    NEW_NUMBNESS_OR_WEAKNESS = "new_numbness_or_weakness"

    @property
    def is_red(self) -> bool:
        """True for both red answers: the exercise made the leg worse."""
        return self in (ExerciseResponse.WORSE, ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS)


class SessionStatus(enum.StrEnum):
    """How an exercise session ended."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    INTERRUPTED = "interrupted"  # app closed or machine slept: kept as partial


class ReminderKind(enum.StrEnum):
    """What a reminder asks for."""

    SITTING_BREAK = "sitting_break"
    EXERCISE_SESSION = "exercise_session"
    CHECK_IN = "check_in"
    QUESTIONNAIRE = "questionnaire"


class ReminderOutcome(enum.StrEnum):
    """What became of a reminder."""

    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    NATURAL_BREAK = "natural_break"
    DEFERRED = "deferred"
