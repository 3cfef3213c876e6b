"""The exercises' words: categories, doses, holds and weekly counts as a person reads them.

Used by the Exercises page, the session player, the programme pages and the handout; the Qt
context stays "Exercises" for every phrase, so the translations follow them unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from companion.content.library import ExerciseLibrary
from companion.domain.exercise import Category, Dose, SidesMode
from companion.domain.programme import WeeklyCount
from companion.services.sessions import SessionPlan

translate = QCoreApplication.translate


def category_label(category: Category) -> str:
    """The category as a person reads it."""
    labels = {
        Category.STRETCH: translate("Exercises", "Mobility and stretching"),
        Category.NERVE_MOBILITY: translate("Exercises", "Nerve mobility"),
        Category.STRENGTH: translate("Exercises", "Core and hip strength"),
        Category.POSTURE: translate("Exercises", "Posture and movement habits"),
        Category.AEROBIC: translate("Exercises", "Walking and aerobic"),
    }
    return labels.get(category, category.value)


def duration_text(seconds: int) -> str:
    """A hold or rest as people say it: "20 s", "2 minutes", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return translate("Exercises", "{s} s").format(s=seconds)
    if rest == 0:
        return translate("Exercises", "%n minute(s)", "", minutes)
    return translate("Exercises", "{m} min {s} s").format(m=minutes, s=rest)


def dose_text(dose: Dose) -> str:
    """A dose in plain words, e.g. '3 × hold 20 s, each side, twice a day'."""
    parts = _amount_parts(dose)
    if dose.sides is SidesMode.EACH:
        parts.append(translate("Exercises", "each side"))
    elif dose.sides is SidesMode.ALTERNATE:
        parts.append(translate("Exercises", "alternating sides"))
    if dose.rest_s:
        rest = duration_text(dose.rest_s)
        parts.append(translate("Exercises", "rest {time} between sets").format(time=rest))
    parts.append(_how_often(dose))
    return ", ".join(parts)


def _amount_parts(dose: Dose) -> list[str]:
    if dose.is_timed:
        return [translate("Exercises", "%n minute(s)", "", dose.minutes or 0)]
    if dose.reps_per_set:
        # A falling count reads as the numbers themselves: "6, 4, then 2 holds of 10 s".
        counts = ", ".join(str(n) for n in dose.reps_per_set[:-1])
        last = dose.reps_per_set[-1]
        if dose.hold_s:
            return [
                translate("Exercises", "{counts}, then {last} holds of {hold}").format(
                    counts=counts, last=last, hold=duration_text(dose.hold_s)
                )
            ]
        return [
            translate("Exercises", "{counts}, then {last} repetitions").format(
                counts=counts, last=last
            )
        ]
    if dose.hold_phases:
        # A phase's name is a sentence of its own ("On your elbows"): listed, not run on.
        return [
            "; ".join(
                translate("Exercises", "{phase}: {time}").format(
                    phase=p.name, time=duration_text(p.seconds)
                )
                for p in dose.hold_phases
            )
        ]
    parts: list[str] = []
    if dose.hold_s and dose.reps > 1:
        parts.append(
            translate("Exercises", "{reps} × hold {hold}").format(
                reps=dose.reps, hold=duration_text(dose.hold_s)
            )
        )
    elif dose.hold_s:
        hold = duration_text(dose.hold_s)
        parts.append(translate("Exercises", "hold {hold}").format(hold=hold))
    else:
        reps = dose.reps
        parts.append(translate("Exercises", "%n repetition(s)", "", reps))
    if dose.sets > 1:
        parts.append(translate("Exercises", "{sets} sets").format(sets=dose.sets))
    return parts


def _how_often(dose: Dose) -> str:
    if dose.times_per_week is not None:
        weekly = dose.times_per_week
        return translate("Exercises", "%n time(s) a week", "", weekly)
    times = {1: translate("Exercises", "once a day"), 2: translate("Exercises", "twice a day")}
    return times.get(
        dose.times_per_day,
        translate("Exercises", "{n} times a day").format(n=dose.times_per_day),
    )


def weekly_count_lines(
    counts: Iterable[WeeklyCount], plan: SessionPlan | None, library: ExerciseLibrary
) -> list[str]:
    """One line per weekly activity (not a session), as in: Water walking: 2 of 3 this week."""
    lines = []
    for count in counts:
        name = (
            exercise_name_in(plan, count.exercise_id, library)
            if plan is not None
            else (library.get(count.exercise_id).name if count.exercise_id in library else "")
        )
        target = count.target
        text = translate("Exercises", "{name}: {done} of %n time(s) this week", "", target)
        lines.append(text.format(name=name or count.exercise_id, done=count.done))
    return lines


def exercise_name_in(plan: SessionPlan, exercise_id: str, library: ExerciseLibrary) -> str:
    """The exercise's name: the programme's own (a custom exercise) or the library's."""
    exercise = plan.exercise(exercise_id, library)
    return exercise.name if exercise is not None else exercise_id
