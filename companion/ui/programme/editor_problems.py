"""Where the programme editor shows each problem the file check finds, and in whose words.

The check (content.programme_file) names a problem by its place in the file, e.g.
`exercises[2].dose.reps`, and a reason; the editor shows it beside the field that causes it, with
the field named as the form names it and the reason in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from companion.domain.file_problems import FileProblem
from companion.ui.file_problem_words import reason_text

translate = QCoreApplication.translate


@dataclass
class PlacedProblems:
    """The problems sorted by where they are shown, in readable words."""

    items: dict[int, list[str]] = field(default_factory=dict)  # by the exercise's row
    details: list[str] = field(default_factory=list)  # the "About the programme" tab
    flare: list[str] = field(default_factory=list)  # the "Flare-up plan" tab


def place_problems(problems: list[FileProblem]) -> PlacedProblems:
    """Sort the file check's problems into the places that show them."""
    placed = PlacedProblems()
    for problem in problems:
        place, message = problem.field, reason_text(problem)
        if place.startswith("exercises["):
            index = int(place[len("exercises[") : place.index("]")])
            rest = place.split("]", 1)[1].lstrip(".")
            placed.items.setdefault(index, []).append(readable(rest, message))
        elif place.startswith("flare_up_plan"):
            placed.flare.append(readable(place, message))
        elif place.startswith("exercises"):
            placed.details.append(translate("ProgrammeEditor", "Add at least one exercise."))
        else:
            placed.details.append(readable(place, message))
    return placed


def _field_labels() -> dict[str, str]:
    return {
        "title": translate("ProgrammeEditor", "Title"),
        "author": translate("ProgrammeEditor", "Your name"),
        "author.name": translate("ProgrammeEditor", "Your name"),
        "author.clinic": translate("ProgrammeEditor", "Clinic"),
        "author.contact": translate("ProgrammeEditor", "Contact"),
        "patient_label": translate("ProgrammeEditor", "Patient"),
        "start_date": translate("ProgrammeEditor", "Start date"),
        "review_date": translate("ProgrammeEditor", "Review date"),
        "sitting_break_minutes": translate("ProgrammeEditor", "Sitting breaks"),
        "notes": translate("ProgrammeEditor", "Notes"),
        "flare_up_plan.advice": translate("ProgrammeEditor", "Flare-up advice"),
        "flare_up_plan.exercises": translate("ProgrammeEditor", "Gentle exercises"),
        "flare_up_plan.sitting_break_minutes": translate(
            "ProgrammeEditor", "Sitting breaks in a flare-up"
        ),
        "dose.sets": translate("ProgrammeEditor", "Sets"),
        "dose.reps": translate("ProgrammeEditor", "Repetitions"),
        "dose.hold_s": translate("ProgrammeEditor", "Hold"),
        "dose.rest_s": translate("ProgrammeEditor", "Rest"),
        "dose.minutes": translate("ProgrammeEditor", "Minutes"),
        "dose.reps_per_set": translate("ProgrammeEditor", "Repetitions per set"),
        "times_per_week": translate("ProgrammeEditor", "Times a week"),
        "days": translate("ProgrammeEditor", "Days"),
        "notes_item": translate("ProgrammeEditor", "Notes"),
    }


def readable(place: str, message: str) -> str:
    """A problem with the field named as the form names it."""
    if not place:
        return message
    if place.startswith("progression["):
        number = int(place[len("progression[") : place.index("]")]) + 1
        return translate("ProgrammeEditor", "Rule {n}: {message}").format(n=number, message=message)
    if place.startswith("flare_up_plan.exercises"):
        place = "flare_up_plan.exercises"
    return f"{_field_labels().get(place, place)}: {message}"
