"""A clinic's branding of the app: names, logo, contact line, programme, reminder defaults, locks.

A distributor writes a branding profile (TOML, read by companion.content.branding) and builds it
into the installer; without one the app is the plain product.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path

from companion.domain.exercise import StarterProgramme


class LockedSetting(enum.StrEnum):
    """A setting a clinic can fix so the patient cannot change it."""

    SITTING_BREAK = "sitting_break_minutes"
    CHECK_IN_TIME = "check_in_time"
    SESSION_TIMES = "session_times"
    WORKING_HOURS = "working_hours"
    QUIET_HOURS = "quiet_hours"
    PROGRAMME = "programme"
    CLINICIAN_MODE = "clinician_mode"


@dataclass(frozen=True)
class HoursOfDay:
    """A daily stretch of local time; an end before the start runs past midnight."""

    start: time
    end: time


@dataclass(frozen=True)
class ReminderDefaults:
    """Reminder settings a new user starts with; None keeps the app's own default."""

    sitting_break: timedelta | None = None
    sitting_breaks_off: bool = False  # the clinic switches sitting breaks off altogether
    check_in_time: time | None = None
    session_times: tuple[time, ...] | None = None
    working_hours: HoursOfDay | None = None
    quiet_hours: HoursOfDay | None = None

    def given(self, setting: LockedSetting) -> bool:
        """True if the profile states a value for this setting."""
        values = {
            LockedSetting.SITTING_BREAK: self.sitting_break is not None or self.sitting_breaks_off,
            LockedSetting.CHECK_IN_TIME: self.check_in_time is not None,
            LockedSetting.SESSION_TIMES: self.session_times is not None,
            LockedSetting.WORKING_HOURS: self.working_hours is not None,
            LockedSetting.QUIET_HOURS: self.quiet_hours is not None,
        }
        return values.get(setting, False)


@dataclass(frozen=True)
class Branding:
    """Who ships this copy of the app and how it starts for a new user."""

    product_name: str
    clinic_name: str = ""
    contact_line: str = ""
    logo: Path | None = None  # an SVG or PNG file, resolved next to the profile
    default_programme: StarterProgramme | None = None
    default_programme_file: Path | None = None
    reminders: ReminderDefaults = field(default_factory=ReminderDefaults)
    locked: frozenset[LockedSetting] = frozenset()
    source: Path | None = None  # the profile it was read from; None for the plain app

    @property
    def is_branded(self) -> bool:
        """True when a clinic's profile shapes this app."""
        return self.source is not None

    def is_locked(self, setting: LockedSetting) -> bool:
        """True if the patient may not change this setting."""
        return setting in self.locked

    def report_footer(self) -> str:
        """The line printed at the foot of every report: clinic and contact, or nothing."""
        return " · ".join(part for part in (self.clinic_name, self.contact_line) if part)

    def about_lines(self) -> tuple[str, ...]:
        """What About shows under the product name: who provides it and how to reach them."""
        return tuple(part for part in (self.clinic_name, self.contact_line) if part)
