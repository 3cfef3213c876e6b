"""The programme handout's words: the PDF that reports.handout draws, filled in the user's
language (reports/ cannot import Qt, so its own few words are listed here for lupdate)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from companion.content.library import ExerciseLibrary
from companion.domain.exercise import Dose
from companion.domain.programme import ProgrammeDocument
from companion.reports.handout import Handout, HandoutItem, key_frames
from companion.ui.exercises.exercise_words import dose_text
from companion.ui.programme.programme_words import (
    date_text,
    days_text,
    exercise_for,
    exercise_name,
    prescribed_by,
)
from companion.ui.safety.safety_texts import handout_safety
from companion.ui.texts import disclaimer

translate = QCoreApplication.translate


def handout_words(text: str) -> str:
    """The handout's own words (reports.handout) in the user's language."""
    return translate("Handout", text)


# The handout's own words, listed here for lupdate: reports/ cannot import Qt.
_HANDOUT_WORDS = (QT_TRANSLATE_NOOP("Handout", "Page {page} of {pages}"),)


def handout_for(
    document: ProgrammeDocument,
    library: ExerciseLibrary,
    current: Mapping[int, Dose] | None = None,
) -> Handout:
    """The handout of a programme, in the user's language: for each exercise its key frames,
    steps, dose and safety lines."""
    items = []
    for index, item in enumerate(document.exercises):
        exercise = exercise_for(document, library, item.exercise_id)
        dose = (current or {}).get(index, item.dose)
        words = dose_text(dose)
        if len(item.days) < 7:
            words += " — " + days_text(item.days)
        items.append(
            HandoutItem(
                name=exercise.name if exercise else item.exercise_id,
                dose=words,
                notes=item.notes,
                frames=key_frames(exercise.figure) if exercise else (),
                steps=exercise.steps if exercise else (),
                safety=handout_safety(exercise, dose.note),
            )
        )
    details = [prescribed_by(document)]
    dates = []
    if document.start_date:
        dates.append(
            translate("Programme", "From {day}").format(day=date_text(document.start_date))
        )
    if document.review_date:
        dates.append(
            translate("Programme", "review {day}").format(day=date_text(document.review_date))
        )
    if document.sitting_break_minutes:
        dates.append(
            translate("Programme", "get up from sitting every {n} minutes").format(
                n=document.sitting_break_minutes
            )
        )
    if dates:
        details.append(" · ".join(dates))
    flare = ""
    if document.flare_up is not None:
        flare = document.flare_up.advice
        if document.flare_up.exercise_ids:
            names = ", ".join(
                exercise_name(document, library, i) for i in document.flare_up.exercise_ids
            )
            flare += " " + translate("Programme", "Gentle exercises: {names}.").format(names=names)
    return Handout(
        title=document.title,
        items=items,
        details=details,
        notes_heading=translate("Programme", "Notes"),
        notes=document.notes,
        flare_up_heading=translate("Programme", "On a bad day"),
        flare_up=flare,
        footer=translate(
            "Programme",
            "Stop an exercise if pain, tingling or numbness spreads further down your leg. ",
        )
        + disclaimer(),
    )
