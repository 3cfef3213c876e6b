"""The diary's words: what each entry shows, translated (check-ins, sessions and the rest)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from companion.content.library import ExerciseLibrary
from companion.domain.diary_rules import ExerciseOutcome
from companion.domain.vocabulary import ActivityKind, ExerciseResponse, TreatmentKind
from companion.services.diary import (
    MAX_ACTIVITY_MINUTES,
    MIN_ACTIVITY_MINUTES,
    Absence,
    ActivityFields,
    ActivityRecord,
    CheckInSummary,
    DiaryEntry,
    DiaryEntryInvalid,
    DiaryEntryMissing,
    QuestionnaireSummary,
    Refusal,
    TreatmentFields,
    TreatmentRecord,
)
from companion.services.diary_sessions import SessionExerciseLine, SessionSummary
from companion.services.screening import AssessmentRecord
from companion.ui.safety.red_flag_texts import assessment_texts
from companion.ui.texts import reach_phrase


def activity_label(kind: ActivityKind) -> str:
    """The activity kind as the user reads it."""
    labels = {
        ActivityKind.WALKING: QCoreApplication.translate("Diary", "Walking"),
        ActivityKind.CYCLING: QCoreApplication.translate("Diary", "Cycling"),
        ActivityKind.SWIMMING: QCoreApplication.translate("Diary", "Swimming"),
        ActivityKind.OTHER: QCoreApplication.translate("Diary", "Other activity"),
    }
    return labels[kind]


def treatment_label(kind: TreatmentKind) -> str:
    """The treatment or event kind as the user reads it."""
    labels = {
        TreatmentKind.MEDICATION_STARTED: QCoreApplication.translate("Diary", "Medication started"),
        TreatmentKind.MEDICATION_CHANGED: QCoreApplication.translate("Diary", "Medication changed"),
        TreatmentKind.MEDICATION_STOPPED: QCoreApplication.translate("Diary", "Medication stopped"),
        TreatmentKind.INJECTION: QCoreApplication.translate("Diary", "Injection"),
        TreatmentKind.PROCEDURE: QCoreApplication.translate("Diary", "Procedure"),
        TreatmentKind.APPOINTMENT: QCoreApplication.translate("Diary", "Appointment"),
        TreatmentKind.FLARE_UP: QCoreApplication.translate("Diary", "Flare-up"),
        TreatmentKind.OTHER: QCoreApplication.translate("Diary", "Other event"),
    }
    return labels[kind]


def kinds_named(text: str) -> list[ActivityKind | TreatmentKind]:
    """The activity and treatment kinds whose name, as the user reads it, contains `text`."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    named: list[ActivityKind | TreatmentKind] = [
        kind for kind in ActivityKind if wanted in activity_label(kind).casefold()
    ]
    return named + [kind for kind in TreatmentKind if wanted in treatment_label(kind).casefold()]


def refusal_text(refusal: DiaryEntryInvalid) -> str:
    """Why the diary did not take an entry, and what to do: one sentence."""
    reason = refusal.refusal
    if reason is Refusal.TOO_LONG:
        too_long = {
            "name": QCoreApplication.translate(
                "Diary", "The name is too long: keep it under {limit} characters."
            ),
            "dose": QCoreApplication.translate(
                "Diary", "The dose is too long: keep it under {limit} characters."
            ),
        }
        text = too_long.get(
            refusal.field,
            QCoreApplication.translate(
                "Diary", "The note is too long: keep it under {limit} characters."
            ),
        )
        return text.format(limit=refusal.limit or 0)
    if reason is Refusal.MINUTES_OUT_OF_RANGE:
        return QCoreApplication.translate(
            "Diary", "Enter between {least} and {most} minutes (one day at most)."
        ).format(least=MIN_ACTIVITY_MINUTES, most=MAX_ACTIVITY_MINUTES)
    return {
        Refusal.UNKNOWN_ACTIVITY_KIND: QCoreApplication.translate(
            "Diary", "Choose what kind of activity it was."
        ),
        Refusal.UNKNOWN_TREATMENT_KIND: QCoreApplication.translate(
            "Diary", "Choose what kind of treatment or event it was."
        ),
        Refusal.MINUTES_NOT_WHOLE: QCoreApplication.translate(
            "Diary", "Enter the minutes as a whole number."
        ),
        Refusal.NO_TIME_ZONE: QCoreApplication.translate(
            "Diary", "The time has no time zone; please enter it again."
        ),
        Refusal.TOO_EARLY: QCoreApplication.translate(
            "Diary", "The date is too far in the past; please check the year."
        ),
        Refusal.IN_THE_FUTURE: QCoreApplication.translate(
            "Diary", "The time is in the future; the diary records what has happened."
        ),
        Refusal.TOO_FAR_AHEAD: QCoreApplication.translate(
            "Diary", "The date is more than a year ahead; please check it."
        ),
        Refusal.NO_MEDICINE_NAME: QCoreApplication.translate(
            "Diary", "Enter the name of the medicine."
        ),
        Refusal.SESSION_KEPT: QCoreApplication.translate(
            "Diary", "Exercise sessions stay as recorded; they count in Progress."
        ),
    }[reason]


def missing_text(missing: DiaryEntryMissing) -> str:
    """Why an entry could not be changed, brought back or reverted."""
    if missing.absence is Absence.NOT_RESTORABLE:
        return QCoreApplication.translate("Diary", "This entry can no longer be brought back.")
    if missing.absence is Absence.NOT_UNDOABLE:
        return QCoreApplication.translate("Diary", "This change cannot be undone.")
    if missing.checkin:
        return QCoreApplication.translate(
            "Diary", "This check-in no longer exists; the diary has been refreshed."
        )
    return QCoreApplication.translate(
        "Diary", "This entry no longer exists; the diary has been refreshed."
    )


def local_time_text(moment: datetime) -> str:
    """The local clock time of a moment, in the locale's short format."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def library_name(library: ExerciseLibrary, exercise_id: str) -> str:
    """The exercise's name from the library, or its id read as words if the library lacks it."""
    return library.get(exercise_id).name if exercise_id in library else plain_name(exercise_id)


def plain_name(exercise_id: str) -> str:
    """An exercise id read as words, for an exercise the library no longer has."""
    words = exercise_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _measure_name(summary: QuestionnaireSummary) -> str:
    known = {
        "sbi": QCoreApplication.translate("Diary", "Sciatica bother score"),
        "psfs": QCoreApplication.translate("Diary", "Activity score"),
    }
    return known.get(summary.instrument, summary.name)


def entry_texts(entry: DiaryEntry, name_of: Callable[[str], str] | None = None) -> tuple[str, str]:
    """What the diary shows for an entry: a short title and the details, translated."""
    subject = entry.subject
    if isinstance(subject, SessionSummary):
        return session_texts(subject, name_of or plain_name)
    if isinstance(subject, AssessmentRecord):
        return assessment_texts(subject)
    if isinstance(subject, ActivityRecord):
        fields = subject.fields
        title = QCoreApplication.translate("Diary", "{kind}, {minutes} min").format(
            kind=activity_label(fields.kind), minutes=fields.minutes
        )
        return title, fields.note
    if isinstance(subject, TreatmentRecord):
        treatment = subject.fields
        title = treatment_label(treatment.kind)
        if treatment.name:
            title = QCoreApplication.translate("Diary", "{kind}: {name}").format(
                kind=title, name=treatment.name
            )
        return title, " — ".join(part for part in (treatment.dose, treatment.note) if part)
    if isinstance(subject, CheckInSummary):
        detail = QCoreApplication.translate(
            "Diary", "Back pain {back}/10, leg pain {leg}/10, {reach}"
        ).format(
            back=subject.back_pain,
            leg=subject.leg_pain,
            reach=reach_phrase(subject.leg_reach, subject.side),
        )
        if subject.note:
            detail = QCoreApplication.translate("Diary", "{detail}. {note}").format(
                detail=detail, note=subject.note
            )
        if subject.earlier:
            return QCoreApplication.translate(
                "Diary", "Check-in (edited)"
            ), QCoreApplication.translate("Diary", "{detail}\n{earlier}").format(
                detail=detail, earlier=earlier_text(subject)
            )
        return QCoreApplication.translate("Diary", "Check-in"), detail
    detail = (
        ""
        if subject.score is None
        else QCoreApplication.translate("Diary", "Score {score}").format(score=f"{subject.score:g}")
    )
    if subject.note:
        detail = (
            QCoreApplication.translate("Diary", "{detail}. {note}").format(
                detail=detail, note=subject.note
            )
            if detail
            else subject.note
        )
    return _measure_name(subject), detail


def earlier_text(summary: CheckInSummary) -> str:
    """What an edited check-in said before each correction, oldest first."""
    lines = []
    for before in summary.earlier:
        text = QCoreApplication.translate(
            "Diary",
            "Before the change on {changed}: {time}, back pain {back}/10, leg pain {leg}/10",
        )
        lines.append(
            QCoreApplication.translate("Diary", "{values}, {reach}").format(
                values=text.format(
                    changed=_when_text(before.revised_at),
                    time=_when_text(before.recorded_at),
                    back=before.back_pain,
                    leg=before.leg_pain,
                ),
                reach=reach_phrase(before.leg_reach, before.side),
            )
        )
    return "\n".join(lines)


def _when_text(moment: datetime) -> str:
    local = moment.astimezone()
    qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def _response_words(response: ExerciseResponse) -> str:
    return {
        ExerciseResponse.BETTER_OR_SAME: QCoreApplication.translate("Diary", "better or same"),
        ExerciseResponse.WORSE_BUT_SETTLING: QCoreApplication.translate(
            "Diary", "worse but settling"
        ),
        ExerciseResponse.WORSE: QCoreApplication.translate("Diary", "worse"),
    }[response]


def exercise_text(line: SessionExerciseLine, name_of: Callable[[str], str]) -> str:
    """One exercise of a session: its name, how it went (✓ only when whole) and the answer."""
    name = name_of(line.exercise_id)
    if line.outcome is ExerciseOutcome.DONE:
        text = QCoreApplication.translate("Diary", "{name} ✓").format(name=name)
    elif line.outcome is ExerciseOutcome.PARTIAL:
        # Counts as plain names: lupdate skips a message whose count is an expression.
        prescribed = line.sets_prescribed
        sets = QCoreApplication.translate("Diary", "{done} of %n set(s)", "", prescribed)
        text = QCoreApplication.translate("Diary", "{name}: partial, {sets}").format(
            name=name, sets=sets.format(done=line.sets_done)
        )
    elif line.outcome is ExerciseOutcome.SKIPPED:
        text = QCoreApplication.translate("Diary", "{name}: skipped").format(name=name)
    else:
        text = QCoreApplication.translate("Diary", "{name}: not reached").format(name=name)
    # Only answers other than "better or same" are named one by one; the rest are summed up
    # once, so a good session reads in one glance.
    if line.response is not None and line.response is not ExerciseResponse.BETTER_OR_SAME:
        text = QCoreApplication.translate("Diary", "{exercise} ({response})").format(
            exercise=text, response=_response_words(line.response)
        )
    return text


def _answers_text(lines: Sequence[SessionExerciseLine]) -> str:
    answers = [line.response for line in lines if line.response is not None]
    green = [a for a in answers if a is ExerciseResponse.BETTER_OR_SAME]
    if not green:
        return ""
    if len(green) == len(answers):
        return QCoreApplication.translate("Diary", "All answers: better or same")
    return QCoreApplication.translate("Diary", "Other answers: better or same")


def session_texts(summary: SessionSummary, name_of: Callable[[str], str]) -> tuple[str, str]:
    """A session's title (kind, programme, how it ended) and its exercises."""
    title = (
        QCoreApplication.translate("Diary", "Movement snack")
        if summary.is_snack
        else QCoreApplication.translate("Diary", "Exercise session")
    )
    if summary.programme and not summary.is_snack:
        title = QCoreApplication.translate("Diary", "{kind}: {programme}").format(
            kind=title, programme=summary.programme
        )
    if summary.ended_early:
        title = QCoreApplication.translate("Diary", "{title} — ended early").format(title=title)
    detail = "; ".join(exercise_text(line, name_of) for line in summary.exercises)
    if not detail:
        detail = QCoreApplication.translate("Diary", "No exercise was started.")
    answers = _answers_text(summary.exercises)
    if answers:
        detail = QCoreApplication.translate("Diary", "{detail}. {answers}").format(
            detail=detail, answers=answers
        )
    pains = _pain_change(summary)
    if pains:
        detail = QCoreApplication.translate("Diary", "{detail}. {pains}").format(
            detail=detail, pains=pains
        )
    return title, detail


def _pain_change(summary: SessionSummary) -> str:
    if summary.leg_pain_before is None or summary.leg_pain_after is None:
        return ""
    return QCoreApplication.translate("Diary", "Leg pain {before} before, {after} after").format(
        before=summary.leg_pain_before, after=summary.leg_pain_after
    )


def snacks_texts(
    snacks: Sequence[SessionSummary], name_of: Callable[[str], str]
) -> tuple[str, str, str]:
    """One line for a day's movement snacks: the first to last time, how many, and each one's
    time and exercises."""
    count = len(snacks)
    title = QCoreApplication.translate("Diary", "%n movement snack(s)", "", count)
    parts = []
    for snack in sorted(snacks, key=lambda s: s.started_at):
        _kind, done = session_texts(snack, name_of)
        if snack.ended_early:
            done = QCoreApplication.translate("Diary", "{detail} (ended early)").format(detail=done)
        parts.append(
            QCoreApplication.translate("Diary", "{time} {detail}").format(
                time=local_time_text(snack.started_at), detail=done
            )
        )
    ordered = sorted(snack.started_at for snack in snacks)
    times = f"{local_time_text(ordered[0])}–{local_time_text(ordered[-1])}"
    return times, title, " · ".join(parts)


def not_editable_text(entry: DiaryEntry) -> str:
    """Why the diary does not edit this entry, and what the user can do instead."""
    if isinstance(entry.subject, SessionSummary):
        return QCoreApplication.translate(
            "Diary",
            "Exercise sessions stay as they were recorded: Progress and your programme's "
            "steps count them.",
        )
    return QCoreApplication.translate(
        "Diary",
        "Questionnaires cannot be changed here. You can delete this one (and undo that) "
        "and fill it in again.",
    )


def fields_text(fields: ActivityFields | TreatmentFields) -> str:
    """An activity or treatment as the undo bar names it: "Walking, 30 min"."""
    if isinstance(fields, ActivityFields):
        return QCoreApplication.translate("Diary", "{kind}, {minutes} min").format(
            kind=activity_label(fields.kind), minutes=fields.minutes
        )
    what = treatment_label(fields.kind)
    return (
        QCoreApplication.translate("Diary", "{kind}: {name}").format(kind=what, name=fields.name)
        if fields.name
        else what
    )
