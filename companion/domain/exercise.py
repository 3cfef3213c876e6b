"""The exercise library's words: what an exercise is, its default dose and starter programmes."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only named in annotations: loading the figures' geometry is left to whoever draws one.
    from companion.domain.illustration.pose import Figure


class Category(enum.StrEnum):
    """Which part of the home programme an exercise belongs to."""

    STRETCH = "stretch"  # mobility and stretching
    NERVE_MOBILITY = "nerve_mobility"
    STRENGTH = "strength"  # core and hip strengthening
    POSTURE = "posture"  # posture and movement habits
    AEROBIC = "aerobic"  # walking, cycling, water


class Bias(enum.StrEnum):
    """The spine direction an exercise favours; pathways pick one for people who prefer it."""

    FLEXION = "flexion"
    EXTENSION = "extension"
    NEUTRAL = "neutral"


class ClearanceCondition(enum.StrEnum):
    """A condition that needs a clinician's clearance for some exercises (clinical brief 2.2.6)."""

    RECENT_SURGERY = "recent_surgery"  # spine or hip surgery in the last 3 months
    PREGNANCY = "pregnancy"
    FRACTURE_OR_OSTEOPOROSIS = "fracture_or_osteoporosis"
    HIP_REPLACEMENT = "hip_replacement"
    RECENT_TRAUMA = "recent_trauma"  # recent major trauma, such as a fall or a road accident


class Position(enum.StrEnum):
    """The starting position."""

    LYING_BACK = "lying_back"
    LYING_FRONT = "lying_front"
    HANDS_KNEES = "hands_knees"
    SIDE_LYING = "side_lying"
    SITTING = "sitting"
    STANDING = "standing"
    KNEELING = "kneeling"


class Equipment(enum.StrEnum):
    """Things the user needs to hand; an empty list means nothing at all."""

    MAT = "mat"
    CHAIR = "chair"
    TOWEL = "towel"
    CUSHION = "cushion"
    PILLOW = "pillow"
    BED = "bed"
    BIKE = "bike"
    POOL = "pool"
    STICK = "stick"


class SidesMode(enum.StrEnum):
    """How the repetitions fall on the two sides of the body."""

    ONE = "one"  # both sides work together, or the side does not matter
    EACH = "each"  # the full dose on one side, then on the other
    ALTERNATE = "alternate"  # left, right, left...


@dataclass(frozen=True)
class HoldPhase:
    """One part of a hold done in stages, e.g. lying flat before coming up onto the elbows."""

    name: str  # what the person does now, shown above the countdown
    seconds: int
    frame: str = ""  # the figure's keyframe that shows it ("" : the held pose)


@dataclass(frozen=True)
class Dose:
    """How much of an exercise to do: a default a clinician can change."""

    sets: int = 1
    reps: int = 1
    hold_s: int = 0
    rest_s: int = 0
    sides: SidesMode = SidesMode.ONE
    times_per_day: int = 1
    minutes: int | None = None  # for timed activities such as walking, instead of reps
    note: str = ""
    # A falling count, e.g. (6, 4, 2): one number per set; empty means `reps` in every set.
    reps_per_set: tuple[int, ...] = ()
    # A hold in stages, each with its own countdown; empty means one hold of `hold_s`.
    hold_phases: tuple[HoldPhase, ...] = ()
    # Some activities are weekly (water walking 2-3 times a week): then not every day is due.
    times_per_week: int | None = None

    @property
    def is_timed(self) -> bool:
        """True for activities measured in minutes rather than repetitions."""
        return self.minutes is not None

    @property
    def is_weekly(self) -> bool:
        """True when the dose is counted by the week, not by the day."""
        return self.times_per_week is not None

    def reps_in_set(self, set_number: int) -> int:
        """The repetitions of one set (1-based): the falling count's, or `reps`."""
        if self.reps_per_set and 1 <= set_number <= len(self.reps_per_set):
            return self.reps_per_set[set_number - 1]
        return self.reps

    @property
    def total_reps(self) -> int:
        """Repetitions over all sets (on one side)."""
        return sum(self.reps_in_set(n) for n in range(1, self.sets + 1))

    @property
    def hold_seconds(self) -> int:
        """The whole hold: every phase's seconds, or `hold_s`."""
        return sum(p.seconds for p in self.hold_phases) if self.hold_phases else self.hold_s


@dataclass(frozen=True)
class Exercise:
    """One exercise from the library, with its instructions, dose, safety rules and figure."""

    id: str
    name: str
    short_name: str
    category: Category
    bias: Bias
    position: Position
    equipment: tuple[Equipment, ...]
    summary: str
    steps: tuple[str, ...]
    dose: Dose
    cautions: tuple[str, ...]
    stop_rules: tuple[str, ...]
    easier: tuple[str, ...]
    harder: tuple[str, ...]
    evidence: str
    figure: Figure
    # The conditions under which this exercise waits for a physiotherapist's clearance.
    clearance: frozenset[ClearanceCondition] = frozenset()

    def search_text(self) -> str:
        """Everything a text search should look at, lower-cased."""
        return " ".join((self.id, self.name, self.short_name, self.summary, *self.steps)).lower()


@dataclass(frozen=True)
class ProgrammeItem:
    """One exercise in a starter programme, with the programme's own dose if it has one."""

    exercise_id: str
    dose: Dose | None = None  # None: the exercise's default dose
    note: str = ""


@dataclass(frozen=True)
class StarterProgramme:
    """A ready-made programme shipped with the app, e.g. a gentle start or a flare-up plan."""

    id: str
    name: str
    description: str
    items: tuple[ProgrammeItem, ...]
    sessions_per_day: int
    sitting_break_minutes: int
