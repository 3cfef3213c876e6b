"""A clinic's branding at work: a new user starts with its programme and reminder values, and
locked settings are held to the profile at every start."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from companion.content.library import ExerciseLibrary
from companion.content.programme_file import starter_document
from companion.domain.branding import Branding, HoursOfDay, LockedSetting
from companion.domain.changes import Changes
from companion.reminders.rules import DailyWindow, ReminderRules
from companion.services.data_store import Store
from companion.services.programmes import (
    active_programme,
    clinician_mode,
    import_programme,
    set_clinician_mode,
)
from companion.services.reminders import load_rules, rules_are_saved, save_rules

_REMINDER_SETTINGS = (
    LockedSetting.SITTING_BREAK,
    LockedSetting.CHECK_IN_TIME,
    LockedSetting.SESSION_TIMES,
    LockedSetting.WORKING_HOURS,
    LockedSetting.QUIET_HOURS,
)


def _window(hours: HoursOfDay) -> DailyWindow:
    return DailyWindow(hours.start, hours.end)


def _with_setting(
    rules: ReminderRules, branding: Branding, setting: LockedSetting
) -> ReminderRules:
    given = branding.reminders
    if not given.given(setting):
        return rules
    if setting is LockedSetting.SITTING_BREAK:
        return replace(
            rules, sitting_interval=None if given.sitting_breaks_off else given.sitting_break
        )
    if setting is LockedSetting.CHECK_IN_TIME:
        return replace(rules, check_in_time=given.check_in_time)
    if setting is LockedSetting.SESSION_TIMES:
        assert given.session_times is not None
        return replace(rules, session_times=given.session_times)
    if setting is LockedSetting.WORKING_HOURS:
        assert given.working_hours is not None
        return replace(rules, working_hours=(_window(given.working_hours),) * 7)
    assert given.quiet_hours is not None
    return replace(rules, quiet_hours=_window(given.quiet_hours))


def branded_rules(branding: Branding, rules: ReminderRules) -> ReminderRules:
    """`rules` with every reminder value the profile gives put in (a new user's start)."""
    for setting in _REMINDER_SETTINGS:
        rules = _with_setting(rules, branding, setting)
    return rules


def locked_rules(branding: Branding, rules: ReminderRules) -> ReminderRules:
    """`rules` with only the locked settings held to the profile's values."""
    for setting in _REMINDER_SETTINGS:
        if branding.is_locked(setting):
            rules = _with_setting(rules, branding, setting)
    return rules


def apply_branding(
    store: Store, branding: Branding, library: ExerciseLibrary, now: datetime | None = None
) -> Changes:
    """At start: a new user gets the clinic's programme and reminder values; locks hold them.

    A locked clinician mode stays off: the programme editor is for the clinic, not the patient.
    """
    if not branding.is_branded:
        return Changes()
    now = now or datetime.now(UTC)
    changes = Changes()
    if branding.default_programme is not None and active_programme(store) is None:
        document = starter_document(branding.default_programme, library, now.astimezone().date())
        # The patient's Programme page then says who it came from.
        document = replace(document, clinic=branding.clinic_name, contact=branding.contact_line)
        changes = changes | import_programme(store, document, now)[1]
    if branding.is_locked(LockedSetting.CLINICIAN_MODE) and clinician_mode(store):
        changes = changes | set_clinician_mode(store, False, now)
    saved = rules_are_saved(store)
    current = load_rules(store)
    wanted = locked_rules(branding, current) if saved else branded_rules(branding, current)
    if not saved or wanted != current:
        changes = changes | save_rules(store, wanted, now)
    return changes
