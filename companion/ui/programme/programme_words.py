"""The Programme feature's words: who prescribed a programme, what it holds, why a dose changed
and why a programme was refused, in the app's language (the page, the import preview, the editor's
preview and the session player's finish page all say it the same way)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from companion import APP_NAME
from companion.content.library import ExerciseLibrary
from companion.domain.exercise import Dose, Exercise
from companion.domain.programme import DoseField, ProgrammeDocument, ProgressReason
from companion.services.programmes import ProgrammeRejected, RejectedBecause
from companion.ui.exercises.exercise_words import dose_text

translate = QCoreApplication.translate


def date_text(day: date) -> str:
    """A date as the user's locale writes it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def exercise_for(
    document: ProgrammeDocument, library: ExerciseLibrary, exercise_id: str
) -> Exercise | None:
    """The exercise a programme names: its own custom one, or the library's."""
    custom = document.custom(exercise_id)
    if custom is not None:
        return custom
    return library.get(exercise_id) if exercise_id in library else None


def exercise_name(document: ProgrammeDocument, library: ExerciseLibrary, exercise_id: str) -> str:
    """The name to show for an exercise id."""
    found = exercise_for(document, library, exercise_id)
    return found.name if found else exercise_id


def days_text(days: frozenset[int]) -> str:
    """Which days, e.g. 'every day' or 'Mon, Wed, Fri'."""
    if len(days) == 7:
        return translate("Programme", "every day")
    locale = QLocale()
    return ", ".join(locale.dayName(day, QLocale.FormatType.ShortFormat) for day in sorted(days))


def prescribed_by(document: ProgrammeDocument) -> str:
    """Who wrote the programme, in one line."""
    if document.starter_id:
        return translate("Programme", "A starter programme from {app}, chosen by you").format(
            app=APP_NAME
        )
    who = document.author
    if document.clinic:
        who = translate("Programme", "{author}, {clinic}").format(
            author=who, clinic=document.clinic
        )
    if document.contact:
        who += f" · {document.contact}"
    return translate("Programme", "Prescribed by {who}").format(who=who)


def programme_html(
    document: ProgrammeDocument,
    library: ExerciseLibrary,
    current: Mapping[int, Dose] | None = None,
    imported: datetime | None = None,
) -> str:
    """The whole programme in rich text: who, when, each exercise with its dose, the plans."""
    parts = [f"<p><b>{escape(prescribed_by(document))}</b>"]
    if document.patient_label:
        parts.append(
            "<br>" + escape(translate("Programme", "For: {who}").format(who=document.patient_label))
        )
    since = document.start_date or (imported.astimezone().date() if imported else None)
    if since:
        parts.append(
            "<br>" + escape(translate("Programme", "Since {day}").format(day=date_text(since)))
        )
    if document.review_date:
        parts.append(
            "<br>"
            + escape(
                translate("Programme", "Next review: {day}").format(
                    day=date_text(document.review_date)
                )
            )
        )
    if document.sitting_break_minutes:
        parts.append(
            "<br>"
            + escape(
                translate("Programme", "Get up from sitting every {n} minutes").format(
                    n=document.sitting_break_minutes
                )
            )
        )
    parts.append("</p>")
    if document.notes:
        parts.append(f"<p>{escape(document.notes)}</p>")
    parts.append("<ol>")
    for index, item in enumerate(document.exercises):
        name = escape(exercise_name(document, library, item.exercise_id))
        dose = item.dose
        now = current.get(index) if current else None
        line = escape(dose_text(now or dose))
        if now is not None and now != dose:
            line += " " + escape(
                translate("Programme", "(prescribed: {dose})").format(dose=dose_text(dose))
            )
        parts.append(f"<li><b>{name}</b>: {line}")
        if len(item.days) < 7:
            parts.append(" — " + escape(days_text(item.days)))
        if item.progression:
            rules = "; ".join(
                _rule_text(r.change, r.step, r.after_sessions, r.up_to) for r in item.progression
            )
            parts.append("<br><i>" + escape(rules) + "</i>")
        if item.notes:
            parts.append("<br>" + escape(item.notes))
        parts.append("</li>")
    parts.append("</ol>")
    if document.flare_up is not None:
        parts.append(_flare_html(document, library))
    return "".join(parts)


def _flare_html(document: ProgrammeDocument, library: ExerciseLibrary) -> str:
    flare = document.flare_up
    assert flare is not None
    heading = translate("Programme", "On a bad day (flare-up plan)")  # not in an f-string:
    parts = [  # lupdate cannot see a text there
        f"<p><b>{escape(heading)}</b><br>",
        escape(flare.advice),
    ]
    if flare.exercise_ids:
        names = ", ".join(exercise_name(document, library, i) for i in flare.exercise_ids)
        parts.append(
            "<br>" + escape(translate("Programme", "Gentle exercises: {names}").format(names=names))
        )
    if flare.sitting_break_minutes:
        every = translate("Programme", "Get up from sitting every {n} minutes").format(
            n=flare.sitting_break_minutes
        )
        parts.append("<br>" + escape(every))
    parts.append("</p>")
    return "".join(parts)


def _field_words(field: DoseField) -> str:
    return {
        DoseField.SETS: translate("Programme", "sets"),
        DoseField.REPS: translate("Programme", "repetitions"),
        DoseField.HOLD_S: translate("Programme", "hold (seconds)"),
    }[field]


def _rule_text(field: DoseField, step: int, after: int, up_to: int) -> str:
    return translate(
        "Programme", "Adds {step} to {field} after {after} steady days, up to {up_to}"
    ).format(step=step, field=_field_words(field), after=after, up_to=up_to)


def adjustment_text(
    name: str,
    reason: ProgressReason,
    before: int | None,
    after: int | None,
    field: DoseField | None,
) -> str:
    """What a progression step did and why, in a sentence."""
    if field is not None and before is not None and after is not None:
        if reason is ProgressReason.STEADY:
            return translate(
                "Programme",
                "{name}: {field} went up from {before} to {after} after steady days with "
                "no worse response.",
            ).format(name=name, field=_field_words(field), before=before, after=after)
        return translate(
            "Programme",
            "{name}: {field} went back from {before} to {after} because it made your "
            "symptoms worse.",
        ).format(name=name, field=_field_words(field), before=before, after=after)
    texts = {
        ProgressReason.SETTLING: translate(
            "Programme", "{name}: kept the same, because it was a little worse but settling."
        ),
        ProgressReason.WORSE: translate(
            "Programme", "{name}: kept at the prescribed dose, because it made your symptoms worse."
        ),
        ProgressReason.AT_LIMIT: translate(
            "Programme", "{name}: at the most your programme allows."
        ),
        ProgressReason.COUNTING: translate(
            "Programme", "{name}: steady; it steps up after a few more steady days."
        ),
    }
    return texts.get(reason, "{name}").format(name=name)


def rejected_text(error: ProgrammeRejected) -> str:
    """Why a programme was not started, imported or saved, in the app's language."""
    texts = {
        RejectedBecause.UNKNOWN_STARTER: translate(
            "Programme", "This starter programme is not in this version of the app."
        ),
        RejectedBecause.ALREADY_FOLLOWED: translate(
            "Programme", "This programme is already the one you follow; nothing was changed."
        ),
        RejectedBecause.OLDER_FILE: translate(
            "Programme",
            "This file is older ({issued}) than the programme from {name} you follow now "
            "({followed}); nothing was changed. Ask your physiotherapist for the newest file.",
        ),
        RejectedBecause.NOTHING_TO_EXPORT: translate(
            "Programme",
            "There is no programme to save yet: import one or choose a starter programme.",
        ),
    }
    return texts[error.reason].format(
        name=error.name,
        issued=date_text(error.issued) if error.issued else "",
        followed=date_text(error.followed) if error.followed else "",
    )
