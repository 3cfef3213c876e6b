"""Writes programme files (.scprog): a document as current-version JSON, saved atomically."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from companion.content.programme_file import CURRENT_VERSION, FORMAT
from companion.domain.exercise import Exercise
from companion.domain.illustration.pose import Figure, Keyframe
from companion.domain.programme import (
    WEEKDAY_NAMES,
    WEEKDAYS,
    Prescription,
    ProgrammeDocument,
)


def programme_to_data(document: ProgrammeDocument) -> dict[str, Any]:
    """The document as current-version JSON data (what a file holds)."""
    author: dict[str, Any] = {"name": document.author}
    if document.clinic:
        author["clinic"] = document.clinic
    if document.contact:
        author["contact"] = document.contact
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": CURRENT_VERSION,
        "title": document.title,
        "author": author,
    }
    if document.patient_label:
        data["patient_label"] = document.patient_label
    if document.issued:
        data["issued"] = document.issued.isoformat()
    data["start_date"] = (document.start_date or date.today()).isoformat()
    if document.review_date:
        data["review_date"] = document.review_date.isoformat()
    if document.sitting_break_minutes is not None:
        data["sitting_break_minutes"] = document.sitting_break_minutes
    if document.notes:
        data["notes"] = document.notes
    if document.flare_up is not None:
        flare: dict[str, Any] = {"advice": document.flare_up.advice}
        if document.flare_up.exercise_ids:
            flare["exercises"] = list(document.flare_up.exercise_ids)
        if document.flare_up.sitting_break_minutes is not None:
            flare["sitting_break_minutes"] = document.flare_up.sitting_break_minutes
        data["flare_up_plan"] = flare
    data["exercises"] = [_prescription_data(p) for p in document.exercises]
    if document.custom_exercises:
        data["custom_exercises"] = [_custom_data(e) for e in document.custom_exercises]
    return data


def _prescription_data(item: Prescription) -> dict[str, Any]:
    dose: dict[str, Any] = {"sets": item.dose.sets, "reps": item.dose.reps}
    if item.dose.hold_s:
        dose["hold_s"] = item.dose.hold_s
    if item.dose.rest_s:
        dose["rest_s"] = item.dose.rest_s
    if item.dose.minutes is not None:
        dose["minutes"] = item.dose.minutes
    dose["sides"] = item.dose.sides.value
    if item.dose.reps_per_set:
        dose["reps_per_set"] = list(item.dose.reps_per_set)
    if item.dose.hold_phases:
        dose["hold_phases"] = [
            {"name": p.name, "seconds": p.seconds, **({"frame": p.frame} if p.frame else {})}
            for p in item.dose.hold_phases
        ]
    data: dict[str, Any] = {
        "exercise": item.exercise_id,
        "dose": dose,
        "times_per_day": item.dose.times_per_day,
    }
    if item.dose.times_per_week is not None:
        data["times_per_week"] = item.dose.times_per_week
    if item.days != frozenset(WEEKDAYS):
        data["days"] = [WEEKDAY_NAMES[d - 1] for d in sorted(item.days)]
    if item.notes:
        data["notes"] = item.notes
    if item.progression:
        data["progression"] = [
            {
                "change": r.change.value,
                "step": r.step,
                "after_sessions": r.after_sessions,
                "up_to": r.up_to,
            }
            for r in item.progression
        ]
    return data


def _custom_data(exercise: Exercise) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "short_name": exercise.short_name,
        "summary": exercise.summary,
        "steps": list(exercise.steps),
        "category": exercise.category.value,
        "position": exercise.position.value,
        "figure": figure_to_data(exercise.figure),
    }
    if exercise.stop_rules:
        data["stop_rules"] = list(exercise.stop_rules)
    if exercise.cautions:
        data["cautions"] = list(exercise.cautions)
    if exercise.equipment:
        data["equipment"] = [e.value for e in exercise.equipment]
    return data


def figure_to_data(figure: Figure) -> dict[str, Any]:
    """A figure as a file holds it: every keyframe written out in full."""
    data: dict[str, Any] = {
        "view": figure.view.value,
        "props": [p.value for p in figure.props],
        "motion": figure.motion.value,
        "keyframes": [_keyframe_data(k) for k in figure.keyframes],
    }
    if figure.prop_anchor is not None:
        data["prop_anchor"] = list(figure.prop_anchor)
    return data


def _keyframe_data(keyframe: Keyframe) -> dict[str, Any]:
    pose = keyframe.pose
    data: dict[str, Any] = {"name": keyframe.name, "pelvis": [pose.pelvis_x, pose.pelvis_y]}
    for key in ("trunk", "spine_bend", "neck", "head"):
        data[key] = getattr(pose, key)
    for key in ("arm_near", "arm_far"):
        arm = getattr(pose, key)
        data[key] = {
            "shoulder": arm.shoulder,
            "elbow": arm.elbow,
            "scale": [arm.upper_scale, arm.fore_scale],
        }
    for key in ("leg_near", "leg_far"):
        leg = getattr(pose, key)
        data[key] = {
            "hip": leg.hip,
            "knee": leg.knee,
            "ankle": leg.ankle,
            "scale": [leg.thigh_scale, leg.shin_scale, leg.foot_scale],
        }
    return data


def dump_programme(document: ProgrammeDocument) -> bytes:
    """The file's bytes: pretty JSON, UTF-8, ending with a newline."""
    text = json.dumps(programme_to_data(document), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")
