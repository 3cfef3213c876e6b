"""The report's outcome measures: first and latest score of each, and what the change means."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy.orm import Session

from companion.domain.figures import printed
from companion.domain.measures import (
    BUILT_IN_MEASURES,
    Measure,
    MeasureError,
    MeasureKind,
    MeasureResult,
    change_from_baseline,
    describe_change,
)
from companion.domain.report import MeasureScores
from companion.storage.queries.responses import scores_within


def measure_scores(session: Session, since: datetime, until: datetime) -> tuple[MeasureScores, ...]:
    """Each measure taken in the period, with its first (or re-rated) and its latest score."""
    rows = scores_within(session, since, until)
    by_instrument: dict[str, list[tuple[date, float, bool]]] = defaultdict(list)
    for instrument, taken_at, score, answers in rows:
        starts = isinstance(answers, dict) and answers.get("new_baseline") is True
        by_instrument[instrument].append((taken_at.astimezone().date(), float(score), starts))
    scores = []
    for instrument in sorted(by_instrument, key=_measure_order):
        sittings = by_instrument[instrument]
        measure = BUILT_IN_MEASURES.get(instrument)
        baseline = sittings[0]
        if instrument == MeasureKind.FUNCTIONAL_SCALE:
            # Re-rated activities compare with the sitting that named them, not an older list.
            baseline = next((s for s in reversed(sittings) if s[2]), sittings[0])
        latest = sittings[-1]
        scores.append(
            MeasureScores(
                measure_id=instrument,
                name=measure.name if measure else words(instrument),
                sittings=len(sittings),
                first=baseline[1],
                first_on=baseline[0],
                latest=latest[1],
                latest_on=latest[0],
                scale=_scalewords(measure),
                sentence=_measure_sentence(measure, instrument, baseline, latest),
            )
        )
    return tuple(scores)


def _measure_order(instrument: str) -> tuple[int, str]:
    order = [MeasureKind.BOTHERSOMENESS.value, MeasureKind.FUNCTIONAL_SCALE.value]
    return (order.index(instrument) if instrument in order else len(order), instrument)


def _scalewords(measure: Measure | None) -> str:
    if measure is None:
        return ""
    worse = "higher is worse" if measure.higher_is_worse else "higher is better"
    return f"{printed(measure.low)}-{printed(measure.high)}, {worse}"


def _measure_sentence(
    measure: Measure | None,
    instrument: str,
    baseline: tuple[date, float, bool],
    latest: tuple[date, float, bool],
) -> str:
    name = measure.name if measure else words(instrument)
    if baseline is latest or measure is None:
        return f"{name}: {printed(latest[1])} on {latest[0]:%d %b %Y}."
    try:
        change = change_from_baseline(
            MeasureResult(measure, baseline[1], baseline[0]),
            MeasureResult(measure, latest[1], latest[0]),
        )
    except MeasureError:
        return f"{name}: {printed(latest[1])} on {latest[0]:%d %b %Y}."
    return describe_change(change)


def words(identifier: str) -> str:
    """An id as words: "knee_to_chest" -> "Knee to chest"."""
    text = identifier.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:]
