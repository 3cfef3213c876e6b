"""What `companion checkin` says: a refused check-in, and safety questions that are due.

Worded in the context Cli, like every line of the command line (see cli/words.py).
"""

from __future__ import annotations

from companion.domain.red_flags import ScreeningReason
from companion.domain.vocabulary import LegReach, Side
from companion.reports.wording import Wording
from companion.services.checkin_rules import (
    MINUTES_MAX,
    NOTE_MAX_CHARS,
    PAIN_MAX,
    PAIN_MIN,
    CheckInInvalid,
    CheckInProblem,
    CheckInReason,
)
from companion.services.checkins import EARLIEST

# The option that sets each check-in field.
_OPTIONS = {
    "back_pain": "--back",
    "leg_pain": "--leg",
    "leg_reach": "--reach",
    "side": "--side",
    "note": "--note",
    "at": "--at",
}


def nothing_recorded(error: CheckInInvalid, words: Wording) -> str:
    """The one line for a refused check-in: every problem, in the order of the options."""
    problems = " ".join(checkin_problem(problem, words) for problem in error.problems)
    return words.translate("Cli", "nothing was recorded: {problems}").format(problems=problems)


def checkin_problem(problem: CheckInProblem, words: Wording) -> str:
    """One problem of a check-in, naming the option that fixes it."""
    reason = problem.reason
    label = (
        words.translate("Cli", "Back pain")
        if problem.field == "back_pain"
        else words.translate("Cli", "Leg pain")
    )
    start, end = problem.gap or (None, None)
    return _checkin_texts(words)[reason].format(
        option=_OPTIONS.get(problem.field, problem.field),
        label=label,
        given=problem.given,
        marked=problem.marked,
        low=PAIN_MIN,
        high=PAIN_MAX,
        most_minutes=MINUTES_MAX,
        most_characters=NOTE_MAX_CHARS,
        reaches=", ".join(reach.value for reach in LegReach),
        sides=", ".join(side.value for side in Side),
        start=f"{start:%H:%M}" if start else "",
        end=f"{end:%H:%M}" if end else "",
        when=problem.moment.astimezone().strftime("%Y-%m-%d %H:%M") if problem.moment else "",
        year=EARLIEST.year,
    )


def _checkin_texts(words: Wording) -> dict[CheckInReason, str]:
    # Each sentence takes the placeholders it needs from checkin_problem's; str.format ignores
    # the rest.
    return {
        CheckInReason.NO_PAIN_SCORE: words.translate(
            "Cli", "{option}: please give a number from {low} to {high}."
        ),
        CheckInReason.PAIN_OUT_OF_RANGE: words.translate(
            "Cli", "{label} ({option}) must be a whole number from {low} to {high}, not {given}."
        ),
        CheckInReason.MINUTES_OUT_OF_RANGE: words.translate(
            "Cli", "{option} must be from 0 to {most_minutes} minutes, not {given}."
        ),
        CheckInReason.UNKNOWN_PAIN_SITE: words.translate(
            "Cli", "A marked place on the body is not known."
        ),
        CheckInReason.UNKNOWN_SYMPTOM: words.translate(
            "Cli", "A symptom is not one the app knows."
        ),
        CheckInReason.UNKNOWN_REACH: words.translate(
            "Cli", "--reach must be one of {reaches} (it was '{given}')."
        ),
        CheckInReason.UNKNOWN_SIDE: words.translate(
            "Cli", "--side must be one of {sides} (it was '{given}')."
        ),
        CheckInReason.REACH_NOT_AS_MARKED: words.translate(
            "Cli", "--reach {given} does not match the body picture, marked down to: {marked}."
        ),
        CheckInReason.SIDE_NOT_AS_MARKED: words.translate(
            "Cli", "--side {given} does not match the legs marked on the body picture."
        ),
        CheckInReason.SIDE_WITHOUT_LEG_SYMPTOMS: words.translate(
            "Cli", "--side was given but no leg symptoms; add --reach too."
        ),
        CheckInReason.SIDE_NEEDED: words.translate(
            "Cli", "--side is needed with --reach: left, right or both."
        ),
        CheckInReason.NOTE_TOO_LONG: words.translate(
            "Cli", "--note is longer than {most_characters} characters."
        ),
        CheckInReason.TIME_WITHOUT_ZONE: words.translate(
            "Cli", "--at needs a date, a time and a zone."
        ),
        CheckInReason.TIME_UNREADABLE: words.translate(
            "Cli",
            "--at '{given}' is not a date and time; use ISO 8601, e.g. 2026-03-14T08:30 "
            "(local time) or 2026-03-14T08:30+01:00.",
        ),
        CheckInReason.TIME_SKIPPED: words.translate(
            "Cli",
            "--at '{given}' names a time that did not happen here: the clocks went forward "
            "from {start} to {end} that night. Give a time before or after the change.",
        ),
        CheckInReason.TIME_IN_FUTURE: words.translate(
            "Cli",
            "The time {when} is in the future; a check-in records how you are or were, so "
            "give a time up to now.",
        ),
        CheckInReason.TIME_TOO_EARLY: words.translate(
            "Cli", "The time is before {year}; please check the date."
        ),
    }


def safety_questions_due(reasons: tuple[ScreeningReason, ...], words: Wording) -> str:
    """The line after a saved check-in that calls for the safety questions."""
    why = {
        ScreeningReason.LEG_PAIN_JUMP: words.translate(
            "Cli", "leg pain is up by 3 or more since the last check-in"
        ),
        ScreeningReason.NEW_NUMBNESS: words.translate(
            "Cli", "numbness is new since the last check-in"
        ),
        ScreeningReason.NEW_WEAKNESS: words.translate(
            "Cli", "weakness is new since the last check-in"
        ),
        ScreeningReason.BOTH_LEGS: words.translate("Cli", "symptoms are now in both legs"),
        ScreeningReason.FURTHER_DOWN_LEG: words.translate(
            "Cli", "symptoms reach further down the leg than in the last 7 days"
        ),
    }
    reasons_text = "; ".join(why.get(reason, reason.value) for reason in reasons)
    return words.translate(
        "Cli", "Safety questions are due ({why}): please answer them in the app today."
    ).format(why=reasons_text)
