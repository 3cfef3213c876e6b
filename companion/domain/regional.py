"""Which telephone numbers to give for urgent help: they follow the country, not the language.

A German speaker in London calls 999, an English speaker in Berlin 112. The country comes from
the system locale unless Settings names one (`country_or_none` turns either into a code).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UrgentNumbers:
    """The emergency number, and the line for same-day medical advice where we know one."""

    emergency: str
    advice: str | None  # None: say "your local urgent advice line"


# ISO 3166 alpha-2 codes. 112 works across the EU and on most mobile networks elsewhere.
_BY_COUNTRY: dict[str, UrgentNumbers] = {
    "DE": UrgentNumbers("112", "116 117"),  # ärztlicher Bereitschaftsdienst
    "GB": UrgentNumbers("999", "111"),  # NHS 111
    "US": UrgentNumbers("911", None),
    "CA": UrgentNumbers("911", None),
}
ELSEWHERE = UrgentNumbers("112", None)

# The countries Settings offers by name; any other is "elsewhere".
KNOWN_COUNTRIES = tuple(_BY_COUNTRY)


def urgent_numbers(country: str | None) -> UrgentNumbers:
    """The numbers for `country` (an ISO code such as "DE", any case), or 112 and no line."""
    return _BY_COUNTRY.get((country or "").upper(), ELSEWHERE)


def country_of_locale(name: str) -> str | None:
    """The country code in a locale name such as "de_DE.UTF-8" or "en-GB"; None without one."""
    base = name.split(".", maxsplit=1)[0].split("@", maxsplit=1)[0].replace("-", "_")
    _, _, country = base.partition("_")
    return country.upper() if len(country) == 2 and country.isalpha() else None
