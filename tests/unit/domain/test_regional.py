"""Urgent-help numbers follow the country, not the language."""

from __future__ import annotations

import pytest

from companion.domain.regional import UrgentNumbers, country_of_locale, urgent_numbers


@pytest.mark.parametrize(
    ("country", "emergency", "advice"),
    [
        ("DE", "112", "116 117"),
        ("de", "112", "116 117"),
        ("GB", "999", "111"),
        ("US", "911", None),
        ("CA", "911", None),
        ("FR", "112", None),
        ("AT", "112", None),
        ("", "112", None),
        (None, "112", None),
    ],
)
def test_numbers_by_country(country: str | None, emergency: str, advice: str | None) -> None:
    assert urgent_numbers(country) == UrgentNumbers(emergency, advice)


@pytest.mark.parametrize(
    ("locale", "country"),
    [
        ("de_DE.UTF-8", "DE"),
        ("en_GB", "GB"),
        ("en-US", "US"),
        ("de_AT@euro", "AT"),
        ("de", None),
        ("C", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_country_of_a_locale_name(locale: str, country: str | None) -> None:
    assert country_of_locale(locale) == country
