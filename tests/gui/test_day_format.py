"""The Today page names a past check-in's day the way the user's locale writes a date, without
the year: "Friday, 4 December" in Britain, "Freitag, 4. Dezember" in Germany."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale

from companion.ui.today.today_view import _day_format


@pytest.fixture
def locale_name(request: pytest.FixtureRequest) -> Iterator[str]:
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("locale_name", "written"),
    [
        ("en_GB", "Friday, 4 December"),
        ("en_US", "Friday, December 4"),
        ("de_DE", "Freitag, 4. Dezember"),
        ("fr_FR", "vendredi 4 décembre"),
    ],
    indirect=["locale_name"],
)
def test_a_day_is_written_as_the_locale_writes_it(locale_name: str, written: str) -> None:
    assert QLocale().toString(QDate(2026, 12, 4), _day_format()) == written
