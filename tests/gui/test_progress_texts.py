"""The change sentences on screen say what the domain's English says, in the user's language:
the Progress summary and the measures' results were English under a German UI."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.domain.figures import PainDay, summarise
from companion.domain.measures import (
    BOTHERSOMENESS,
    FUNCTIONAL_SCALE,
    LEG_PAIN,
    MeasureResult,
    change_from_baseline,
    describe_change,
)
from companion.domain.vocabulary import LegReach
from companion.reports.report_words import headline
from companion.reports.wording import wording
from companion.ui.progress.progress_texts import change_sentence
from companion.ui.reports.report_language import app_report_language

START = date(2026, 3, 3)


def _day(offset: int, back: float, leg: float, reach: LegReach) -> PainDay:
    return PainDay(START + timedelta(days=offset), back, leg, back, leg - 0.6, 1, reach)


@pytest.mark.parametrize(
    ("measure", "before", "after"),
    [
        (BOTHERSOMENESS, 18, 7),
        (FUNCTIONAL_SCALE, 3, 6),
        (FUNCTIONAL_SCALE, 4, 5.5),
        (LEG_PAIN, 4, 4),
    ],
)
def test_a_measures_change_on_screen_is_the_domains_english(
    measure: object, before: float, after: float
) -> None:
    change = change_from_baseline(
        MeasureResult(measure, before, START),  # type: ignore[arg-type]
        MeasureResult(measure, after, START + timedelta(days=20)),  # type: ignore[arg-type]
    )
    assert change_sentence(change) == describe_change(change)


def test_the_progress_headline_in_german(german: None) -> None:
    """The headline is the report's comparison in the app's language: decimal commas, German
    dates and German reach words."""
    days = [
        _day(0, 5, 7, LegReach.FOOT),
        _day(4, 5, 6, LegReach.FOOT),
        _day(9, 4.5, 4, LegReach.THIGH),
    ]
    said = headline(wording(app_report_language()), summarise(days))
    assert len(said) == 3
    assert said[0].startswith("Beinschmerzen")
    assert said[1].startswith("Rückenschmerzen") and "4,5" in said[1]
    assert "Oberschenkel" in said[2]
    assert not any("pain" in line or "check-in" in line for line in said)
