"""Outcome measures: what each one scores, how change from baseline is judged, and when each is due.

Thresholds follow shared/clinical.md §3, each named with its source's term: a pain rating's
minimal important change is 2 points or 30% (Ostelo 2008); the functional scale's detectable
change is 2 points on its average (Stratford: a change beyond measurement error, not a judgement
of importance); the bothersomeness index has no agreed threshold, so its changes are reported
as plain numbers and never judged.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta


class MeasureError(ValueError):
    """An answer or score that a measure cannot accept; the message names what is wrong."""


class MeasureKind(enum.StrEnum):
    """The built-in measures; a clinic's questionnaire uses its own id instead."""

    LEG_PAIN = "leg_pain"
    BACK_PAIN = "back_pain"
    BOTHERSOMENESS = "sbi"
    FUNCTIONAL_SCALE = "psfs"


class ThresholdKind(enum.StrEnum):
    """What a change threshold means, in its source's own term."""

    # Ostelo 2008 (NPRS, ODI, RMDQ): the smallest change patients count as important.
    MINIMAL_IMPORTANT_CHANGE = "minimal_important_change"
    # Stratford (PSFS): the smallest change beyond measurement error (90% confidence).
    DETECTABLE_CHANGE = "detectable_change"

    @property
    def term(self) -> str:
        """The source's term, in English (the UI translates its own copy)."""
        return self.value.replace("_", " ")


@dataclass(frozen=True)
class ChangeThreshold:
    """The smallest change that counts: in scale points, as a percentage, or both.

    `percent` is a share of the baseline problem (how far the baseline was from the best end of
    the scale), so "30%" means "30% of the pain has gone", as in the trials it comes from.
    `kind` says which threshold its source gives, so every screen and report names it alike.
    """

    points: float | None = None
    percent: float | None = None
    kind: ThresholdKind = ThresholdKind.MINIMAL_IMPORTANT_CHANGE

    def __post_init__(self) -> None:
        if self.points is None and self.percent is None:
            raise MeasureError(f"a {self.kind.term} needs points, a percentage or both")
        if self.points is not None and not (math.isfinite(self.points) and self.points > 0):
            raise MeasureError(f"{self.kind.term} points must be above 0: {self.points}")
        if self.percent is not None and not (
            math.isfinite(self.percent) and 0 < self.percent <= 100
        ):
            raise MeasureError(f"{self.kind.term} percent must be 0-100: {self.percent}")


@dataclass(frozen=True)
class Measure:
    """Something the user rates or answers over time, with its scale and change threshold."""

    id: str
    name: str  # starts the change sentence: "Leg pain is down from 7 to 4 ..."
    low: float
    high: float
    higher_is_worse: bool
    threshold: ChangeThreshold | None = None
    due_interval_days: int | None = None  # None: taken whenever, never listed as due

    def __post_init__(self) -> None:
        if not (math.isfinite(self.low) and math.isfinite(self.high) and self.low < self.high):
            raise MeasureError(f"{self.id}: the scale needs low < high, got {self.low}-{self.high}")
        if self.due_interval_days is not None and self.due_interval_days < 1:
            raise MeasureError(f"{self.id}: due interval must be at least one day")

    @property
    def best(self) -> float:
        """The end of the scale that means no problem at all."""
        return self.low if self.higher_is_worse else self.high


# A weekly SBI matches its one-week recall period (shared/clinical.md §3 recommendation).
BOTHERSOMENESS_INTERVAL_DAYS = 7
# PSFS every 2-4 weeks: 14 days by default so the clinician sees at least two readings before
# the 4-6 week reassessment that NICE and NHG suggest; closer than that, a 2-point minimal
# detectable change is mostly noise. A clinician may stretch it up to 28 days.
FUNCTIONAL_SCALE_INTERVAL_DAYS = 14
FUNCTIONAL_SCALE_INTERVAL_RANGE = (14, 28)

PAIN_MINIMAL_IMPORTANT_CHANGE = ChangeThreshold(points=2, percent=30)
FUNCTIONAL_SCALE_DETECTABLE_CHANGE = ChangeThreshold(points=2, kind=ThresholdKind.DETECTABLE_CHANGE)
# The detectable change for one activity on its own (Stratford), larger than the average's.
FUNCTIONAL_SCALE_ACTIVITY_DETECTABLE_CHANGE = 3.0
# Haugen 2011: a 12-month SBI total at or below this separated "recovered / much better".
BOTHERSOMENESS_SUCCESS_CUTOFF = 6.5

LEG_PAIN = Measure(
    MeasureKind.LEG_PAIN,
    "Leg pain",
    0,
    10,
    higher_is_worse=True,
    threshold=PAIN_MINIMAL_IMPORTANT_CHANGE,
)
BACK_PAIN = Measure(
    MeasureKind.BACK_PAIN,
    "Back pain",
    0,
    10,
    higher_is_worse=True,
    threshold=PAIN_MINIMAL_IMPORTANT_CHANGE,
)
BOTHERSOMENESS = Measure(
    MeasureKind.BOTHERSOMENESS,
    "Sciatica bother score",
    0,
    24,
    higher_is_worse=True,
    threshold=None,
    due_interval_days=BOTHERSOMENESS_INTERVAL_DAYS,
)
FUNCTIONAL_SCALE = Measure(
    MeasureKind.FUNCTIONAL_SCALE,
    "Activity score",
    0,
    10,
    higher_is_worse=False,
    threshold=FUNCTIONAL_SCALE_DETECTABLE_CHANGE,
    due_interval_days=FUNCTIONAL_SCALE_INTERVAL_DAYS,
)
BUILT_IN_MEASURES: Mapping[str, Measure] = {
    m.id: m for m in (LEG_PAIN, BACK_PAIN, BOTHERSOMENESS, FUNCTIONAL_SCALE)
}


@dataclass(frozen=True)
class MeasureResult:
    """One score on one day, with the measure that gives it meaning (for charts and reports)."""

    measure: Measure
    score: float
    taken_on: date

    def __post_init__(self) -> None:
        if isinstance(self.score, bool) or not math.isfinite(self.score):
            raise MeasureError(f"{self.measure.id}: score must be a number, got {self.score!r}")
        if not self.measure.low <= self.score <= self.measure.high:
            raise MeasureError(
                f"{self.measure.id}: score {self.score} is outside "
                f"{_number(self.measure.low)}-{_number(self.measure.high)}"
            )


class Verdict(enum.StrEnum):
    """How a change from baseline reads, in the user's direction (better or worse)."""

    THRESHOLD_IMPROVEMENT = "threshold_improvement"
    SMALL_IMPROVEMENT = "small_improvement"
    NO_CHANGE = "no_change"
    SMALL_WORSENING = "small_worsening"
    THRESHOLD_WORSENING = "threshold_worsening"


@dataclass(frozen=True)
class ChangeFromBaseline:
    """A later score against the first one, with whether the change is big enough to matter."""

    baseline: MeasureResult
    current: MeasureResult
    verdict: Verdict

    @property
    def measure(self) -> Measure:
        """The measure both scores belong to."""
        return self.current.measure

    @property
    def points(self) -> float:
        """Raw change on the scale, current minus baseline (sign follows the numbers)."""
        return self.current.score - self.baseline.score

    @property
    def improvement(self) -> float:
        """Change in points towards the better end of the scale (negative means worse)."""
        return -self.points if self.measure.higher_is_worse else self.points

    @property
    def percent_improvement(self) -> float | None:
        """Share of the baseline problem that has gone, in percent; None at a perfect baseline."""
        room = abs(self.baseline.score - self.measure.best)
        if room == 0:
            return None
        return self.improvement / room * 100

    @property
    def threshold_known(self) -> bool:
        """False when the measure has no agreed threshold (minimal important or detectable)."""
        return self.measure.threshold is not None

    @property
    def reaches_threshold(self) -> bool:
        """True when the change reaches the measure's threshold, either way."""
        return self.verdict in (Verdict.THRESHOLD_IMPROVEMENT, Verdict.THRESHOLD_WORSENING)


def change_from_baseline(baseline: MeasureResult, current: MeasureResult) -> ChangeFromBaseline:
    """Compare `current` with `baseline` and judge the change against the measure's threshold.

    An improvement reaches the threshold with its points or its percentage. A worsening must
    reach the points: the 30% rule was set for improvement, and applied to a low baseline it
    would call a rise from 1 to 2 a worsening of the minimal important change.
    """
    if baseline.measure.id != current.measure.id:
        raise MeasureError(
            f"cannot compare {current.measure.id} with a baseline of {baseline.measure.id}"
        )
    if current.taken_on < baseline.taken_on:
        raise MeasureError("the baseline must not be later than the score it is compared with")
    draft = ChangeFromBaseline(baseline, current, Verdict.NO_CHANGE)
    gain = draft.improvement
    if math.isclose(gain, 0, abs_tol=1e-9):
        return draft
    threshold = current.measure.threshold
    if gain > 0:
        meaningful = threshold is not None and (
            (threshold.points is not None and gain >= threshold.points - 1e-9)
            or (
                threshold.percent is not None
                and draft.percent_improvement is not None
                and draft.percent_improvement >= threshold.percent - 1e-9
            )
        )
        verdict = Verdict.THRESHOLD_IMPROVEMENT if meaningful else Verdict.SMALL_IMPROVEMENT
    else:
        meaningful = (
            threshold is not None
            and threshold.points is not None
            and -gain >= threshold.points - 1e-9
        )
        verdict = Verdict.THRESHOLD_WORSENING if meaningful else Verdict.SMALL_WORSENING
    return ChangeFromBaseline(baseline, current, verdict)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _number(value: float) -> str:
    """A score as people read it: whole numbers bare, averages to one decimal place."""
    if math.isclose(value, round(value), abs_tol=1e-9):
        return str(round(value))
    return f"{value:.1f}"


def _day(day: date, today: date) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def describe_change(change: ChangeFromBaseline) -> str:
    """One plain sentence about the change that claims no more than the numbers support."""
    name = change.measure.name
    before = _number(change.baseline.score)
    now = _number(change.current.score)
    since = _day(change.baseline.taken_on, change.current.taken_on)
    if change.verdict is Verdict.NO_CHANGE or before == now:
        return f"{name} is {now}, the same as on {since}."
    direction = "up" if change.points > 0 else "down"
    fact = f"{name} is {direction} from {before} to {now} since {since}"
    if not change.threshold_known:
        # No agreed threshold: report the numbers and let the clinician judge.
        return f"{fact}."
    threshold = change.measure.threshold
    assert threshold is not None  # threshold_known
    # Each measure's own term: pain reaches a minimal important change (Ostelo), the
    # functional scale a detectable change (Stratford).
    term = threshold.kind.term
    if threshold.kind is ThresholdKind.MINIMAL_IMPORTANT_CHANGE:
        better, worse = (
            f"an improvement of at least the {term}",
            f"a worsening of at least the {term}",
        )
    else:
        better, worse = f"an improvement beyond the {term}", f"a worsening beyond the {term}"
    judgement = {
        Verdict.THRESHOLD_IMPROVEMENT: better,
        Verdict.THRESHOLD_WORSENING: worse,
        Verdict.SMALL_IMPROVEMENT: "a small change that may be day-to-day variation",
        Verdict.SMALL_WORSENING: "a small change that may be day-to-day variation",
    }[change.verdict]
    return f"{fact}, {judgement}."


# --- Sciatica bothersomeness index ------------------------------------------------------------


class BothersomenessItem(enum.StrEnum):
    """The four things the bothersomeness index asks about."""

    LEG_PAIN = "leg_pain"
    NUMBNESS_OR_TINGLING = "numbness_or_tingling"
    WEAKNESS = "weakness"
    PAIN_WHEN_SITTING = "pain_when_sitting"


BOTHERSOMENESS_ITEM_MAX = 6
BOTHERSOMENESS_RECALL = "Think about the past week."
# Our own wording of each item; the validated original must come from its authors before release.
BOTHERSOMENESS_QUESTIONS: Mapping[BothersomenessItem, str] = {
    BothersomenessItem.LEG_PAIN: "How much has pain in your leg bothered you?",
    BothersomenessItem.NUMBNESS_OR_TINGLING: (
        "How much has numbness or tingling in your leg, foot or groin bothered you?"
    ),
    BothersomenessItem.WEAKNESS: "How much has weakness in your leg or foot bothered you?",
    BothersomenessItem.PAIN_WHEN_SITTING: (
        "How much has back or leg pain while sitting bothered you?"
    ),
}
BOTHERSOMENESS_ANCHORS = ("Not at all", "Extremely")  # the labels at 0 and 6


def _whole_number(value: object, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MeasureError(f"{where}: must be a whole number from {low} to {high}")
    if not low <= value <= high:
        raise MeasureError(f"{where}: {value} is outside {low}-{high}")
    return value


def score_bothersomeness(answers: Mapping[str, int] | Mapping[BothersomenessItem, int]) -> int:
    """Total of the four 0-6 items (0-24, higher is worse); every item must be answered."""
    given: dict[str, object] = {str(key): value for key, value in answers.items()}
    known = {item.value for item in BothersomenessItem}
    unknown = sorted(key for key in given if key not in known)
    if unknown:
        raise MeasureError(f"bothersomeness: unknown item(s) {', '.join(unknown)}")
    missing = [item.value for item in BothersomenessItem if item.value not in given]
    if missing:
        raise MeasureError(f"bothersomeness: please answer {', '.join(missing)}")
    return sum(
        _whole_number(given[item.value], f"bothersomeness.{item.value}", 0, BOTHERSOMENESS_ITEM_MAX)
        for item in BothersomenessItem
    )


def bothersomeness_in_success_range(total: float) -> bool:
    """True at or below the total that, in one study, marked people who felt much better."""
    return total <= BOTHERSOMENESS_SUCCESS_CUTOFF


# --- Patient-specific functional scale --------------------------------------------------------

FUNCTIONAL_SCALE_MAX_ACTIVITIES = 5
# Stratford's form asks for 3 to 5 activities. A new sitting needs 3; sittings stored before
# that rule (1 or 2 activities) stay valid and are re-rated and shown as they are.
FUNCTIONAL_SCALE_MIN_ACTIVITIES = 3
FUNCTIONAL_SCALE_RATING_MAX = 10
ACTIVITY_NAME_MAX_LENGTH = 80


def _activity_key(name: str) -> str:
    """How two spellings of one activity are matched: case and spacing do not count."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class RatedActivity:
    """An activity the user finds hard, rated 0 (cannot do it) to 10 (as well as before)."""

    name: str
    rating: int


@dataclass(frozen=True)
class FunctionalScale:
    """One sitting of the functional scale: one to five named activities, each rated."""

    activities: tuple[RatedActivity, ...]
    _keys: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        count = len(self.activities)
        if not 1 <= count <= FUNCTIONAL_SCALE_MAX_ACTIVITIES:
            raise MeasureError(
                f"functional scale: name between 1 and {FUNCTIONAL_SCALE_MAX_ACTIVITIES} "
                f"activities, not {count}"
            )
        keys: list[str] = []
        for index, activity in enumerate(self.activities):
            where = f"activities[{index}]"
            if not isinstance(activity.name, str) or not activity.name.strip():
                raise MeasureError(f"{where}.name: the activity needs a name")
            if len(activity.name.strip()) > ACTIVITY_NAME_MAX_LENGTH:
                raise MeasureError(
                    f"{where}.name: keep it under {ACTIVITY_NAME_MAX_LENGTH} characters"
                )
            _whole_number(activity.rating, f"{where}.rating", 0, FUNCTIONAL_SCALE_RATING_MAX)
            key = _activity_key(activity.name)
            if key in keys:
                raise MeasureError(f"{where}.name: '{activity.name.strip()}' is listed twice")
            keys.append(key)
        object.__setattr__(self, "_keys", tuple(keys))

    @classmethod
    def of(cls, ratings: Mapping[str, int]) -> FunctionalScale:
        """A sitting from activity name -> rating, in the order given."""
        return cls(tuple(RatedActivity(name.strip(), rating) for name, rating in ratings.items()))

    @classmethod
    def new_baseline(cls, ratings: Mapping[str, int]) -> FunctionalScale:
        """A first sitting of newly named activities: 3 to 5 of them, as the form asks."""
        if len(ratings) < FUNCTIONAL_SCALE_MIN_ACTIVITIES:
            raise MeasureError(
                f"functional scale: name at least {FUNCTIONAL_SCALE_MIN_ACTIVITIES} activities, "
                f"not {len(ratings)}"
            )
        return cls.of(ratings)

    @property
    def score(self) -> float:
        """The functional scale score: the mean of the ratings (0-10, higher is better)."""
        return sum(a.rating for a in self.activities) / len(self.activities)

    @property
    def names(self) -> tuple[str, ...]:
        """The activities' names, in the order the user gave them."""
        return tuple(a.name for a in self.activities)

    def rerate(self, ratings: Mapping[str, int]) -> FunctionalScale:
        """A follow-up sitting: the same activities, new ratings; any other set is refused."""
        given = {_activity_key(name): (name, rating) for name, rating in ratings.items()}
        if len(given) != len(ratings):
            raise MeasureError("functional scale: an activity is listed twice in the re-rating")
        missing = [
            a.name for a, key in zip(self.activities, self._keys, strict=True) if key not in given
        ]
        extra = sorted(name for key, (name, _) in given.items() if key not in self._keys)
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"rate these again: {', '.join(missing)}")
            if extra:
                parts.append(f"these were not in the first rating: {', '.join(extra)}")
            raise MeasureError("functional scale: " + "; ".join(parts))
        return FunctionalScale(
            tuple(
                RatedActivity(a.name, given[key][1])
                for a, key in zip(self.activities, self._keys, strict=True)
            )
        )

    def result(self, taken_on: date) -> MeasureResult:
        """This sitting as a score for charts and the report."""
        return MeasureResult(FUNCTIONAL_SCALE, self.score, taken_on)


@dataclass(frozen=True)
class ActivityChange:
    """How one named activity's rating moved between two sittings."""

    name: str
    baseline: int
    current: int

    @property
    def points(self) -> int:
        """Rating change; positive means the activity got easier."""
        return self.current - self.baseline

    @property
    def beyond_detectable_change(self) -> bool:
        """True when the change is at least one activity's detectable change (3 points)."""
        return abs(self.points) >= FUNCTIONAL_SCALE_ACTIVITY_DETECTABLE_CHANGE


def activity_changes(baseline: FunctionalScale, current: FunctionalScale) -> list[ActivityChange]:
    """Per-activity changes in the baseline's order; both sittings must rate the same activities."""
    matched = baseline.rerate({a.name: a.rating for a in current.activities})
    return [
        ActivityChange(before.name, before.rating, after.rating)
        for before, after in zip(baseline.activities, matched.activities, strict=True)
    ]


# --- What is due -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DueMeasure:
    """A measure the Today page should offer, and since when it has been due."""

    measure_id: str
    due_on: date
    never_taken: bool

    def days_overdue(self, today: date) -> int:
        """Whole days past the due date (0 when due today)."""
        return max(0, (today - self.due_on).days)


@dataclass(frozen=True)
class DueQuestionnaire:
    """A questionnaire (built-in measure or installed file) the Today page should offer now."""

    measure_id: str  # "sbi", "psfs" or an installed file's id
    title: str  # the measure's name, e.g. "Sciatica bother score"
    due_on: date
    never_taken: bool
    days_overdue: int


DEFAULT_INTERVALS: Mapping[str, int] = {
    MeasureKind.BOTHERSOMENESS.value: BOTHERSOMENESS_INTERVAL_DAYS,
    MeasureKind.FUNCTIONAL_SCALE.value: FUNCTIONAL_SCALE_INTERVAL_DAYS,
}


def next_due(last_taken: date | None, interval_days: int, today: date) -> date:
    """When a measure taken on `last_taken` is next due; one never taken is due today."""
    if interval_days < 1:
        raise MeasureError(f"due interval must be at least one day, not {interval_days}")
    if last_taken is None:
        return today
    return last_taken + timedelta(days=interval_days)


def due_measures(
    last_taken: Mapping[str, date | None],
    today: date,
    intervals: Mapping[str, int] | None = None,
) -> list[DueMeasure]:
    """Measures due today or earlier, most overdue first.

    The bothersomeness index and the functional scale are always scheduled; `intervals` adds
    a clinic's questionnaires or changes an interval (the functional scale stays within 14-28
    days). A measure with no schedule, such as the daily pain ratings, is never listed.
    """
    schedule = dict(DEFAULT_INTERVALS)
    schedule.update(intervals or {})
    low, high = FUNCTIONAL_SCALE_INTERVAL_RANGE
    if not low <= schedule[MeasureKind.FUNCTIONAL_SCALE.value] <= high:
        raise MeasureError(f"the functional scale is due every {low}-{high} days")
    due = []
    for measure_id, interval in schedule.items():
        taken = last_taken.get(measure_id)
        on = next_due(taken, interval, today)
        if on <= today:
            due.append(DueMeasure(measure_id, on, never_taken=taken is None))
    return sorted(due, key=lambda d: (d.due_on, d.measure_id))


def change_since_baseline(results: Sequence[MeasureResult]) -> ChangeFromBaseline | None:
    """The newest result against the oldest one; None until there are two results to compare."""
    if len(results) < 2:
        return None
    ordered = sorted(results, key=lambda r: r.taken_on)
    return change_from_baseline(ordered[0], ordered[-1])
