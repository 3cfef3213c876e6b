"""The change sentences on screen say what the domain's English says, in the user's language:
the Progress summary and the measures' results were English under a German UI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import product

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from companion.domain.measures import (
    BOTHERSOMENESS,
    FUNCTIONAL_SCALE,
    LEG_PAIN,
    MeasureResult,
    change_from_baseline,
    describe_change,
)
from companion.domain.progress import PainDay, summarise
from companion.domain.vocabulary import LegReach
from companion.ui import language
from companion.ui.progress_texts import change_sentence, summary_sentences

START = date(2026, 3, 3)
REACHES = list(LegReach)


def _day(offset: int, back: float, leg: float, reach: LegReach) -> PainDay:
    return PainDay(START + timedelta(days=offset), back, leg, back, leg - 0.6, 1, reach)


def _periods() -> Iterator[list[PainDay]]:
    """Short and long periods, better, worse and unchanged, every pair of reaches."""
    for then, now in product(REACHES, REACHES):
        yield [_day(0, 5, 7, then), _day(9, 4, 4, now)]  # two days: "only 2 days"
        yield [_day(0, 5, 3, then), _day(4, 5, 3, then), _day(9, 6.5, 8, now)]
    yield [_day(0, 5, 9, LegReach.FOOT), _day(3, 5, 6, LegReach.FOOT)] + [
        _day(o, 4, 5, LegReach.THIGH) for o in range(7, 400, 40)
    ]


@pytest.mark.parametrize("days", list(_periods()))
def test_the_summary_on_screen_is_the_domains_english(days: list[PainDay]) -> None:
    assert summary_sentences(days) == summarise(days)


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


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    language.apply_language(qapp, "de")
    yield
    while language._installed:
        qapp.removeTranslator(language._installed.pop())
    QLocale.setDefault(QLocale.system())
    language._state["region"] = language.Region(language.ENGLISH, None)


def test_the_summary_in_german(german: None) -> None:
    days = [
        _day(0, 5, 7, LegReach.FOOT),
        _day(4, 5, 6, LegReach.FOOT),
        _day(9, 4.5, 4, LegReach.THIGH),
    ]
    assert summary_sentences(days) == [
        "Beinschmerzen: seit dem 3. März von 7 auf 4 gesunken – eine deutliche Verbesserung.",
        "Rückenschmerzen: seit dem 3. März von 5 auf 4,5 gesunken – eine kleine Änderung, die "
        "auch eine normale Tagesschwankung sein kann.",
        "Die Beschwerden strahlen jetzt nur noch bis in den Oberschenkel aus, nicht mehr bis in "
        "den Fuß wie am 3. März: näher am Rücken, ein gutes Zeichen.",
    ]
