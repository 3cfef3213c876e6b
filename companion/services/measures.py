"""Outcome measures: record the bothersomeness index and the functional scale, and read progress.

Both are stored in questionnaire_responses under the instrument ids "sbi" and "psfs". Pain
ratings are not recorded here: their history comes from the check-ins. The functional scale's
first sitting is the baseline; later sittings re-rate the same activities until the user
chooses new ones, which starts a new baseline (stored as `"new_baseline": true`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from companion.domain.changes import Changes, Topic
from companion.domain.measures import (
    ACTIVITY_NAME_MAX_LENGTH,
    BOTHERSOMENESS,
    BOTHERSOMENESS_ITEM_MAX,
    BUILT_IN_MEASURES,
    FUNCTIONAL_SCALE,
    FUNCTIONAL_SCALE_MAX_ACTIVITIES,
    FUNCTIONAL_SCALE_RATING_MAX,
    ActivityChange,
    BothersomenessItem,
    ChangeFromBaseline,
    DueQuestionnaire,
    FunctionalScale,
    Measure,
    MeasureError,
    MeasureKind,
    MeasureResult,
    RatedActivity,
    activity_changes,
    change_from_baseline,
    due_measures,
    score_bothersomeness,
)
from companion.services.data_store import Store
from companion.storage.models import QuestionnaireResponse
from companion.storage.queries.checkins import pain_history
from companion.storage.queries.responses import first_response_to, responses_to
from companion.storage.queries.tray import newest_response_at

SBI = MeasureKind.BOTHERSOMENESS.value
PSFS = MeasureKind.FUNCTIONAL_SCALE.value
INSTRUMENT_VERSION = "1"


class MeasureRefusal(enum.StrEnum):
    """Why answers or ratings were not recorded (the app words it)."""

    UNKNOWN_MEASURE = "unknown-measure"  # `subject`: the id asked for
    NOT_QUESTIONS = "not-questions"  # `names`: the keys that are no bothersomeness question
    UNANSWERED = "unanswered"  # `item`
    NOT_A_WHOLE_NUMBER = "not-a-whole-number"  # `item`, or `subject`: the activity; to `high`
    NOT_ON_SCALE = "not-on-scale"  # as above, with `given`
    NO_ACTIVITIES = "no-activities"
    TOO_MANY_ACTIVITIES = "too-many-activities"  # `given`: how many
    TOO_FEW_ACTIVITIES = "too-few-activities"
    UNNAMED_ACTIVITY = "unnamed-activity"
    NAME_TOO_LONG = "name-too-long"  # `subject`: the name's start
    ACTIVITY_TWICE = "activity-twice"
    RERATE_THE_SAME = "rerate-the-same"  # `names`: the baseline's activities
    NOT_RECORDABLE = "not-recordable"  # anything else; `detail` says what, for logs


class MeasureInvalid(ValueError):
    """Answers a measure cannot accept: `reason`, and the question or activity it concerns."""

    def __init__(  # noqa: PLR0917 (each a value the words need)
        self,
        reason: MeasureRefusal,
        subject: str = "",
        given: str = "",
        names: tuple[str, ...] = (),
        item: BothersomenessItem | None = None,
        high: int = 0,
        detail: str = "",
    ) -> None:
        # For logs and tests only: what a person reads is worded by the app.
        super().__init__(detail or f"{reason}: {subject or item} {given} {', '.join(names)}")
        self.reason = reason
        self.subject = subject
        self.given = given
        self.names = names
        self.item = item
        self.high = high


@dataclass(frozen=True)
class RecordedMeasure:
    """A stored sitting of a measure, with how it compares with the baseline."""

    id: int
    taken_at: datetime
    result: MeasureResult
    starts_baseline: bool
    change: ChangeFromBaseline | None  # None for a baseline (nothing to compare with yet)
    activities: tuple[RatedActivity, ...] = ()  # the functional scale's activities
    activity_changes: tuple[ActivityChange, ...] = ()  # per activity, against the baseline

    @property
    def score(self) -> float:
        """The measure's score for this sitting."""
        return self.result.score


# --- Recording ---------------------------------------------------------------------------------


def record_bothersomeness(
    store: Store, answers: Mapping[str, int] | Mapping[BothersomenessItem, int], now: datetime
) -> tuple[RecordedMeasure, Changes]:
    """Score and store the four 0-6 bothersomeness answers; the first sitting is the baseline."""
    _require_aware(now)
    given = {str(key): value for key, value in answers.items()}
    _check_bothersomeness(given)
    try:
        total = score_bothersomeness(given)
    except MeasureError as error:
        raise MeasureInvalid(MeasureRefusal.NOT_RECORDABLE, detail=str(error)) from error
    with store.units.write() as uow:
        first = first_response_to(uow.session, SBI)
        row = QuestionnaireResponse(
            instrument=SBI,
            instrument_version=INSTRUMENT_VERSION,
            taken_at=now,
            answers={item.value: given[item.value] for item in BothersomenessItem},
            score=float(total),
        )
        uow.session.add(row)
        uow.commit()
        baseline = _result(BOTHERSOMENESS, first) if first is not None else None
    result = _result(BOTHERSOMENESS, row)
    change = _compare(baseline, result)
    recorded = RecordedMeasure(
        row.id,
        row.taken_at,
        result,
        starts_baseline=baseline is None,
        change=change,
    )
    return recorded, Changes.of(Topic.MEASURES)


def record_functional_scale(
    store: Store, activities: Mapping[str, int], now: datetime, new_baseline: bool = False
) -> tuple[RecordedMeasure, Changes]:
    """Store a functional-scale sitting.

    The first sitting is the baseline. Later ones must re-rate the baseline's activities,
    unless `new_baseline` is True: then the given activities start a new baseline.
    """
    _require_aware(now)
    _check_activities(activities)
    with store.units.write() as uow:
        baseline_row = _baseline_row(responses_to(uow.session, PSFS))
        baseline = _scale(baseline_row) if baseline_row is not None else None
        starts = new_baseline or baseline is None
        try:
            # New activities need 3 to 5; re-rating an older 1- or 2-activity baseline is fine.
            scale = (
                FunctionalScale.new_baseline(activities)
                if starts
                else _rerate(baseline, activities)
            )
        except MeasureError as error:
            raise _scale_refusal(error) from error
        row = QuestionnaireResponse(
            instrument=PSFS,
            instrument_version=INSTRUMENT_VERSION,
            taken_at=now,
            answers=_scale_answers(scale, starts),
            score=scale.score,
        )
        uow.session.add(row)
        uow.commit()
        baseline_result = (
            None if starts or baseline_row is None else _result(FUNCTIONAL_SCALE, baseline_row)
        )
    result = _result(FUNCTIONAL_SCALE, row)
    change = _compare(baseline_result, result)
    per_activity: tuple[ActivityChange, ...] = ()
    if not starts and baseline is not None:
        per_activity = tuple(activity_changes(baseline, scale))
    recorded = RecordedMeasure(
        row.id,
        row.taken_at,
        result,
        starts_baseline=starts,
        change=change,
        activities=scale.activities,
        activity_changes=per_activity,
    )
    return recorded, Changes.of(Topic.MEASURES)


# --- Reading -------------------------------------------------------------------------------------


def functional_scale_baseline(store: Store) -> FunctionalScale | None:
    """The current baseline sitting (its activities are the ones to re-rate), or None."""
    with store.units.read() as uow:
        row = _baseline_row(responses_to(uow.session, PSFS))
        return _scale(row) if row is not None else None


def latest_functional_scale(store: Store) -> FunctionalScale | None:
    """The newest functional-scale sitting (its ratings make sensible starting values)."""
    with store.units.read() as uow:
        rows = responses_to(uow.session, PSFS)
        return _scale(rows[-1]) if rows else None


def measure_history(store: Store, measure_id: str) -> list[MeasureResult]:
    """Every score of a measure, oldest first.

    "leg_pain" and "back_pain" come from the check-ins; "sbi" and "psfs" from the stored
    sittings (every functional-scale sitting, across baselines).
    """
    measure = _measure(measure_id)
    with store.units.read() as uow:
        if measure.id in (MeasureKind.LEG_PAIN, MeasureKind.BACK_PAIN):
            rows = pain_history(uow.session, leg=measure.id == MeasureKind.LEG_PAIN)
            return [MeasureResult(measure, float(score), _local_day(at)) for at, score in rows]
        sittings = responses_to(uow.session, measure.id)
        return [_result(measure, row) for row in sittings]


def progress(store: Store, measure_id: str) -> ChangeFromBaseline | None:
    """The newest score against the baseline; None until there are two scores to compare.

    The functional scale compares with its current baseline (the sitting that named the
    activities); the other measures with their first score. Pass the result to
    `describe_change` for the sentence to show.
    """
    measure = _measure(measure_id)
    if measure.id != PSFS:
        results = measure_history(store, measure.id)
        if len(results) < 2:
            return None
        return _compare(results[0], results[-1])
    with store.units.read() as uow:
        rows = responses_to(uow.session, PSFS)
    baseline_row = _baseline_row(rows)
    if baseline_row is None or rows[-1] is baseline_row:
        return None
    return _compare(_result(FUNCTIONAL_SCALE, baseline_row), _result(FUNCTIONAL_SCALE, rows[-1]))


def due_items(
    store: Store, today: date, intervals: Mapping[str, int] | None = None
) -> list[DueQuestionnaire]:
    """The bothersomeness index and the functional scale when due, most overdue first.

    `today` is the user's local date; `intervals` may set the functional scale's 14-28 days.
    """
    last_taken: dict[str, date | None] = {}
    with store.units.read() as uow:
        for instrument in (SBI, PSFS):
            newest = newest_response_at(uow.sqlite(), instrument)  # the tray's query too
            last_taken[instrument] = _local_day(newest) if newest is not None else None
    try:
        due = due_measures(last_taken, today, intervals)
    except MeasureError as error:
        raise MeasureInvalid(MeasureRefusal.NOT_RECORDABLE, detail=str(error)) from error
    return [
        DueQuestionnaire(
            item.measure_id,
            BUILT_IN_MEASURES[item.measure_id].name
            if item.measure_id in BUILT_IN_MEASURES
            else item.measure_id,
            item.due_on,
            item.never_taken,
            item.days_overdue(today),
        )
        for item in due
        if item.measure_id in (SBI, PSFS)
    ]


# --- Helpers -------------------------------------------------------------------------------------


def _measure(measure_id: str) -> Measure:
    measure = BUILT_IN_MEASURES.get(str(measure_id))
    if measure is None:
        known = ", ".join(sorted(BUILT_IN_MEASURES))
        raise MeasureInvalid(
            MeasureRefusal.UNKNOWN_MEASURE,
            str(measure_id),
            detail=f"no measure called '{measure_id}' (known: {known})",
        )
    return measure


def _local_day(moment: datetime) -> date:
    # Day grouping follows the user's own clock, not UTC.
    return moment.astimezone().date()


def _result(measure: Measure, row: QuestionnaireResponse) -> MeasureResult:
    return MeasureResult(measure, float(row.score or 0.0), _local_day(row.taken_at))


def _compare(baseline: MeasureResult | None, current: MeasureResult) -> ChangeFromBaseline | None:
    if baseline is None:
        return None
    return change_from_baseline(baseline, current)


def _baseline_row(rows: Sequence[QuestionnaireResponse]) -> QuestionnaireResponse | None:
    """The newest sitting that started a baseline (the first sitting always did)."""
    for row in reversed(rows):
        if isinstance(row.answers, dict) and row.answers.get("new_baseline") is True:
            return row
    return rows[0] if rows else None


def _scale(row: QuestionnaireResponse) -> FunctionalScale:
    stored = row.answers.get("activities", []) if isinstance(row.answers, dict) else []
    return FunctionalScale(
        tuple(RatedActivity(str(item["name"]), int(item["rating"])) for item in stored)
    )


def _scale_answers(scale: FunctionalScale, starts_baseline: bool) -> dict[str, Any]:
    return {
        "activities": [{"name": a.name, "rating": a.rating} for a in scale.activities],
        "new_baseline": starts_baseline,
    }


def _rerate(baseline: FunctionalScale | None, ratings: Mapping[str, int]) -> FunctionalScale:
    if baseline is None:
        return FunctionalScale.of(ratings)
    try:
        return baseline.rerate(ratings)
    except MeasureError as error:
        raise MeasureInvalid(
            MeasureRefusal.RERATE_THE_SAME, names=tuple(baseline.names), detail=str(error)
        ) from error


def _check_bothersomeness(given: Mapping[str, object]) -> None:
    known = {item.value for item in BothersomenessItem}
    unknown = sorted(key for key in given if key not in known)
    if unknown:
        raise MeasureInvalid(MeasureRefusal.NOT_QUESTIONS, names=tuple(unknown))
    high = BOTHERSOMENESS_ITEM_MAX
    for item in BothersomenessItem:
        if item.value not in given:
            raise MeasureInvalid(MeasureRefusal.UNANSWERED, item=item)
        value = given[item.value]
        if isinstance(value, bool) or not isinstance(value, int):
            raise MeasureInvalid(MeasureRefusal.NOT_A_WHOLE_NUMBER, item=item, high=high)
        if not 0 <= value <= high:
            raise MeasureInvalid(
                MeasureRefusal.NOT_ON_SCALE, given=str(value), item=item, high=high
            )


def _check_activities(activities: Mapping[str, int]) -> None:
    if not activities:
        raise MeasureInvalid(MeasureRefusal.NO_ACTIVITIES)
    if len(activities) > FUNCTIONAL_SCALE_MAX_ACTIVITIES:
        raise MeasureInvalid(MeasureRefusal.TOO_MANY_ACTIVITIES, given=str(len(activities)))
    high = FUNCTIONAL_SCALE_RATING_MAX
    for name, rating in activities.items():
        label = name.strip()
        if not label:
            raise MeasureInvalid(MeasureRefusal.UNNAMED_ACTIVITY)
        if len(label) > ACTIVITY_NAME_MAX_LENGTH:
            raise MeasureInvalid(MeasureRefusal.NAME_TOO_LONG, label[:30])
        if isinstance(rating, bool) or not isinstance(rating, int):
            raise MeasureInvalid(MeasureRefusal.NOT_A_WHOLE_NUMBER, label, high=high)
        if not 0 <= rating <= high:
            raise MeasureInvalid(MeasureRefusal.NOT_ON_SCALE, label, str(rating), high=high)


def _scale_refusal(error: MeasureError) -> MeasureInvalid:
    text = str(error)
    if "listed twice" in text:
        return MeasureInvalid(MeasureRefusal.ACTIVITY_TWICE, detail=text)
    if "name at least" in text:
        return MeasureInvalid(MeasureRefusal.TOO_FEW_ACTIVITIES, detail=text)
    return MeasureInvalid(MeasureRefusal.NOT_RECORDABLE, detail=text)


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise MeasureInvalid(
            MeasureRefusal.NOT_RECORDABLE, detail="the time of a measure must include its time zone"
        )
