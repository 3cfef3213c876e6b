"""Reads a clinic's branding profile (TOML) strictly; every problem names the file and the field.

The profile is given at build time (`make bundle BRANDING=profile.toml`) and travels inside the
bundle as resources/branding.toml. Files it names (logo, programme) are relative to the profile's
own folder, never outside it, so the build can carry them along at the same relative paths.
See branding/example-clinic.toml for every field.
"""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from companion import APP_NAME
from companion.content.library import (
    SITTING_BREAK_MINUTES,
    ExerciseLibrary,
    read_programme,
)
from companion.content.reader import ContentError, Reader
from companion.domain.branding import Branding, HoursOfDay, LockedSetting, ReminderDefaults
from companion.domain.exercise import StarterProgramme

FORMAT_VERSION = 1
PRODUCT_NAME_MAX = 40
CLINIC_NAME_MAX = 80
CONTACT_LINE_MAX = 120
LOGO_MAX_BYTES = 512 * 1024
LOGO_SUFFIXES = (".svg", ".png")
MAX_SESSION_TIMES = 12

_TOP_KEYS = {"format", "product", "clinic", "programme", "reminders", "settings"}
_SECTION_KEYS: dict[str, tuple[set[str], set[str]]] = {
    # section: (allowed keys, required keys)
    "product": ({"name"}, {"name"}),
    "clinic": ({"name", "contact", "logo"}, {"name"}),
    "programme": ({"default"}, {"default"}),
    "reminders": (
        {"sitting_break_minutes", "check_in_time", "session_times", "working_hours", "quiet_hours"},
        set(),
    ),
    "settings": ({"locked"}, {"locked"}),
}


class BrandingError(ContentError):
    """A branding profile is missing, unreadable or wrong; the message says where and why."""


def plain_branding() -> Branding:
    """The app as we ship it, with no clinic's profile."""
    return Branding(product_name=APP_NAME)


def load_branding(profile: Path | None, library: ExerciseLibrary) -> Branding:
    """The profile's branding, or the plain app's when there is no profile."""
    return plain_branding() if profile is None else read_branding(profile, library)


def read_branding(profile: Path, library: ExerciseLibrary) -> Branding:
    """Read and check a profile; the programme it names must use exercises in `library`."""
    r = _Profile(profile)
    try:
        data = r.table(r.load(), "", _TOP_KEYS, {"format", "product"})
    except ContentError as error:
        raise BrandingError(str(error)) from error
    return r.branding(data, library)


def bundled_files(branding: Branding) -> list[PurePosixPath]:
    """The files a build must carry beside the profile, relative to the profile's folder."""
    assert branding.source is not None, "the plain app has no profile"
    folder = branding.source.parent
    found = [branding.logo, branding.default_programme_file]
    return [PurePosixPath(path.relative_to(folder).as_posix()) for path in found if path]


class _Profile(Reader):
    """One profile being read: each value checked where it is used."""

    def fail(self, field: str, problem: str) -> BrandingError:
        where = f"{self.path.name}: {field}: " if field else f"{self.path.name}: "
        return BrandingError(where + problem)

    def branding(self, data: dict[str, Any], library: ExerciseLibrary) -> Branding:
        version = data["format"]
        if version != FORMAT_VERSION:
            raise self.fail(
                "format", f"must be {FORMAT_VERSION} (this app reads format {FORMAT_VERSION})"
            )
        sections = {name: self.section(data, name) for name in _SECTION_KEYS}
        product, clinic = sections["product"], sections["clinic"]
        programme, programme_file = None, None
        if "default" in sections["programme"]:
            programme, programme_file = self.programme(sections["programme"]["default"], library)
        reminders = self.reminders(sections["reminders"])
        locked = self.locks(sections["settings"].get("locked", []), reminders, programme)
        return Branding(
            product_name=self.line(product.get("name"), "product.name", PRODUCT_NAME_MAX),
            clinic_name=self.line(clinic.get("name", ""), "clinic.name", CLINIC_NAME_MAX)
            if clinic
            else "",
            contact_line=self.line(
                clinic.get("contact", ""), "clinic.contact", CONTACT_LINE_MAX, empty_ok=True
            ),
            logo=self.logo(clinic["logo"]) if "logo" in clinic else None,
            default_programme=programme,
            default_programme_file=programme_file,
            reminders=reminders,
            locked=locked,
            source=self.path.resolve(),
        )

    def section(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        allowed, required = _SECTION_KEYS[name]
        if name not in data:
            return {}
        return self.table(data[name], name, allowed, required)

    def line(self, value: object, field: str, max_len: int, *, empty_ok: bool = False) -> str:
        # Reader.text refuses control characters, so a line break is refused too.
        return self.text(value, field, max_len, empty_ok=empty_ok)

    def file(self, value: object, field: str, suffixes: tuple[str, ...], max_bytes: int) -> Path:
        name = self.text(value, field, 200)
        relative = PurePosixPath(name)
        if relative.is_absolute() or "\\" in name or ":" in name or ".." in relative.parts:
            raise self.fail(
                field, f"{name!r} must be a path inside the profile's folder, like 'my-clinic/x'"
            )
        if relative.suffix.lower() not in suffixes:
            raise self.fail(field, f"{name!r} must be a {' or '.join(suffixes)} file")
        folder = self.path.resolve().parent
        path = folder / relative
        if not path.is_file():
            raise self.fail(field, f"{name!r} is not there (looked in {path.parent})")
        if folder not in path.resolve().parents:
            # A link may point anywhere: the build would carry, and the app show, that file.
            raise self.fail(field, f"{name!r} is a link to a file outside the profile's folder")
        if path.stat().st_size > max_bytes:
            raise self.fail(field, f"{name!r} is larger than {max_bytes // 1024} KB")
        return path

    def logo(self, value: object) -> Path:
        path = self.file(value, "clinic.logo", LOGO_SUFFIXES, LOGO_MAX_BYTES)
        head = path.read_bytes()[:512].lstrip()
        looks_right = (
            head.startswith(b"\x89PNG\r\n\x1a\n")
            if path.suffix.lower() == ".png"
            else b"<svg" in head or head.startswith(b"<?xml")
        )
        if not looks_right:
            raise self.fail("clinic.logo", f"{path.name} is not a {path.suffix[1:].upper()} image")
        return path

    def programme(
        self, value: object, library: ExerciseLibrary
    ) -> tuple[StarterProgramme, Path | None]:
        name = self.text(value, "programme.default", 200)
        if not name.endswith(".toml"):
            if name not in library.programmes:
                known = ", ".join(sorted(library.programmes)) or "none"
                raise self.fail(
                    "programme.default",
                    f"{name!r} is neither a starter programme ({known}) nor a .toml file",
                )
            return library.programmes[name], None
        path = self.file(value, "programme.default", (".toml",), 64 * 1024)
        try:
            return read_programme(path, library.exercises), path
        except ContentError as error:
            raise self.fail("programme.default", f"the programme file is wrong: {error}") from error

    def clock(self, value: object, field: str) -> time:
        if not isinstance(value, str):
            raise self.fail(field, 'must be a time in quotes, like "19:00"')
        try:
            parsed = time.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or len(value) != 5 or parsed.tzinfo is not None:
            raise self.fail(field, f'{value!r} is not a time like "19:00" (24-hour clock)')
        return parsed

    def hours(self, value: object, field: str) -> HoursOfDay:
        if not isinstance(value, list) or len(value) != 2:
            raise self.fail(field, 'must be a start and an end, like ["08:00", "18:00"]')
        start, end = (self.clock(v, f"{field}[{i}]") for i, v in enumerate(value))
        if start == end:
            raise self.fail(field, "must end at a different time than it starts")
        return HoursOfDay(start, end)

    def reminders(self, table: dict[str, Any]) -> ReminderDefaults:
        sitting, breaks_off = None, False
        if "sitting_break_minutes" in table:
            minutes = table["sitting_break_minutes"]
            if minutes == 0 and not isinstance(minutes, bool):
                breaks_off = True  # 0 switches sitting breaks off
            else:
                low, high = SITTING_BREAK_MINUTES
                sitting = timedelta(
                    minutes=self.integer(minutes, "reminders.sitting_break_minutes", (low, high))
                )
        sessions = None
        if "session_times" in table:
            raw = table["session_times"]
            if not isinstance(raw, list) or len(raw) > MAX_SESSION_TIMES:
                raise self.fail(
                    "reminders.session_times",
                    f'must be a list of at most {MAX_SESSION_TIMES} times, like ["08:00", "18:00"]',
                )
            sessions = tuple(
                self.clock(v, f"reminders.session_times[{i}]") for i, v in enumerate(raw)
            )
            if len(set(sessions)) != len(sessions):
                raise self.fail("reminders.session_times", "names the same time twice")
        return ReminderDefaults(
            sitting_break=sitting,
            sitting_breaks_off=breaks_off,
            check_in_time=(
                self.clock(table["check_in_time"], "reminders.check_in_time")
                if "check_in_time" in table
                else None
            ),
            session_times=tuple(sorted(sessions)) if sessions is not None else None,
            working_hours=(
                self.hours(table["working_hours"], "reminders.working_hours")
                if "working_hours" in table
                else None
            ),
            quiet_hours=(
                self.hours(table["quiet_hours"], "reminders.quiet_hours")
                if "quiet_hours" in table
                else None
            ),
        )

    def locks(
        self, value: object, reminders: ReminderDefaults, programme: object
    ) -> frozenset[LockedSetting]:
        if not isinstance(value, list):
            raise self.fail("settings.locked", "must be a list of setting names")
        names = {setting.value for setting in LockedSetting}
        locked: set[LockedSetting] = set()
        for i, raw in enumerate(value):
            field = f"settings.locked[{i}]"
            if not isinstance(raw, str) or raw not in names:
                raise self.fail(field, f"{raw!r} is not a setting; use one of {sorted(names)}")
            setting = LockedSetting(raw)
            # A locked setting must say what it is locked to: the profile is the only place
            # a patient's copy can get its value from.
            if setting is LockedSetting.PROGRAMME and programme is None:
                raise self.fail(field, "locks the programme, but [programme] default is not set")
            is_reminder = setting not in (LockedSetting.PROGRAMME, LockedSetting.CLINICIAN_MODE)
            if is_reminder and not reminders.given(setting):
                raise self.fail(field, f"locks {raw}, but [reminders] {raw} is not set")
            locked.add(setting)
        return frozenset(locked)
