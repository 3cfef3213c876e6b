"""The data as an HL7 FHIR R4 Bundle (JSON), following shared/clinical.md §5.

- Each check-in gives two pain Observations coded LOINC 72514-3, told apart by `bodySite`
  (text only: the SNOMED body-structure codes are not verified yet).
- Each questionnaire sitting is a QuestionnaireResponse, and its total an Observation
  `derivedFrom` it, coded in a local code system (no verified LOINC codes for SBI or PSFS).
- Each exercise session is a Procedure coded SNOMED CT 229065009, `basedOn` the CarePlan of the
  programme it belonged to; each stored programme is a CarePlan.

Ids are UUIDs derived from the stored row ids, so exporting twice gives the same references.

Codes are the same in every language, and each Coding.display is the code system's own display
(English, as LOINC and SNOMED CT publish it); the words for a reader (`.text`, the dose) are in
the report's language.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import IO, Any

from companion.domain.vocabulary import LegReach, SessionStatus, Side
from companion.reports.report_words import measure_name
from companion.reports.wording import Wording, wording

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# A local code system until the questionnaires have verified codes (clinical.md §5.2).
LOCAL = "urn:sciatica-companion:fhir"
PAIN_CODE = {
    "system": LOINC,
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
EXERCISE_THERAPY = {
    "system": SNOMED,
    "code": "229065009",
    "display": "Exercise therapy (regime/therapy)",
}
_NAMESPACE = uuid.UUID("6f1c3a52-3d0e-4a55-9a57-1f0b8c2e7d10")
_PROCEDURE_STATUS = {
    SessionStatus.COMPLETED: "completed",
    SessionStatus.ENDED_EARLY: "stopped",
    SessionStatus.INTERRUPTED: "stopped",
    SessionStatus.IN_PROGRESS: "in-progress",
}


@dataclass(frozen=True)
class PainReading:
    """One check-in's back and leg pain."""

    id: int
    at: datetime
    back: int
    leg: int
    reach: LegReach
    side: Side | None
    note: str = ""  # empty when notes are left out


@dataclass(frozen=True)
class QuestionnaireSitting:
    """One completed outcome measure."""

    id: int
    instrument: str
    version: str
    name: str
    taken_at: datetime
    answers: Mapping[str, Any]
    score: float | None


@dataclass(frozen=True)
class SessionDone:
    """One exercise session (or movement snack) and the exercises done in it."""

    id: int
    programme_id: int | None
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    is_snack: bool
    exercises: tuple[str, ...] = ()


@dataclass(frozen=True)
class CarePlanExercise:
    """One exercise of the programme with its dose, as a FHIR CarePlan activity."""

    name: str
    sets: int
    reps: int
    hold_seconds: int
    times_per_day: int
    notes: str = ""


@dataclass(frozen=True)
class ProgrammePlan:
    """A stored home programme."""

    id: int
    title: str
    author: str
    start: date | None
    active: bool
    exercises: tuple[CarePlanExercise, ...]


@dataclass(frozen=True)
class FhirExport:
    """Everything the bundle carries."""

    generated_at: datetime
    patient_name: str = ""  # empty: anonymised
    readings: Sequence[PainReading] = ()
    sittings: Sequence[QuestionnaireSitting] = ()
    sessions: Sequence[SessionDone] = ()
    programmes: Sequence[ProgrammePlan] = field(default_factory=tuple)


_PREFIXES: dict[str, str] = {}


def _id(kind: str, key: int) -> str:
    """A UUID per kind and row id: stable across exports, cheap for tens of thousands."""
    prefix = _PREFIXES.get(kind)
    if prefix is None:
        prefix = _PREFIXES[kind] = str(uuid.uuid5(_NAMESPACE, kind))[:23]
    return f"{prefix}-{key & 0xFFFFFFFFFFFF:012x}"


def _instant(moment: datetime) -> str:
    utc = moment.astimezone(UTC) if moment.utcoffset() else moment
    return utc.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _ref(kind: str, key: int) -> dict[str, str]:
    return {"reference": f"urn:uuid:{_id(kind, key)}"}


def _leg_site(words: Wording, side: Side | None) -> str:
    sites = {
        Side.LEFT: words.translate("Report", "Left leg"),
        Side.RIGHT: words.translate("Report", "Right leg"),
        Side.BOTH: words.translate("Report", "Both legs"),
    }
    return sites[side] if side in sites else words.translate("Report", "Leg")


def _pain(
    reading: PainReading, site: str, patient: dict[str, str], words: Wording
) -> dict[str, Any]:
    back = site == "back"
    value = reading.back if back else reading.leg
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _id(f"pain-{site}", reading.id),
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey"}]}],
        "code": {
            "coding": [PAIN_CODE],
            "text": words.translate("Report", "Back pain (NPRS 0-10)")
            if back
            else words.translate("Report", "Leg pain (NPRS 0-10)"),
        },
        "subject": patient,
        "effectiveDateTime": _instant(reading.at),
        "performer": [patient],
        "valueInteger": value,
        "bodySite": {
            "text": words.translate("Report", "Lower back")
            if back
            else _leg_site(words, reading.side)
        },
        "method": {
            "text": words.translate("Report", "Self-reported on screen, 0-10 numeric rating")
        },
    }
    if not back and reading.reach is not LegReach.NONE:
        resource["component"] = [
            {
                "code": {
                    "coding": [{"system": LOCAL, "code": "leg-reach"}],
                    "text": words.translate("Report", "How far down the leg the symptoms reach"),
                },
                "valueString": reading.reach.value,
            }
        ]
    if not back and reading.note:
        resource["note"] = [{"text": reading.note}]
    return resource


def _answer(value: object) -> dict[str, Any] | None:
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    if isinstance(value, float):
        return {"valueDecimal": value}
    if isinstance(value, str) and value:
        return {"valueString": value}
    return None


def _items(answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    activities = answers.get("activities")
    if isinstance(activities, list):
        # The functional scale: the user's own activities, each rated 0-10.
        for index, activity in enumerate(activities, start=1):
            if isinstance(activity, Mapping) and isinstance(activity.get("rating"), int):
                items.append(
                    {
                        "linkId": f"activity-{index}",
                        "text": str(activity.get("name", "")),
                        "answer": [{"valueInteger": activity["rating"]}],
                    }
                )
        return items
    for key, value in answers.items():
        answer = _answer(value)
        if answer is not None:
            items.append({"linkId": str(key), "answer": [answer]})
    return items


def _sitting(
    sitting: QuestionnaireSitting, patient: dict[str, str], words: Wording
) -> list[dict[str, Any]]:
    response: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": _id("questionnaire-response", sitting.id),
        "questionnaire": f"{LOCAL}/Questionnaire/{sitting.instrument}|{sitting.version}",
        "status": "completed",
        "subject": patient,
        "authored": _instant(sitting.taken_at),
        "author": patient,
        "source": patient,
    }
    items = _items(sitting.answers)
    if items:
        response["item"] = items
    resources = [response]
    if sitting.score is not None:
        resources.append(
            {
                "resourceType": "Observation",
                "id": _id("questionnaire-score", sitting.id),
                "status": "final",
                "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey"}]}],
                "code": {
                    "coding": [
                        {
                            "system": f"{LOCAL}/CodeSystem/prom",
                            "code": sitting.instrument,
                            "display": sitting.name,
                        }
                    ],
                    "text": words.translate("Report", "{name} (total score)").format(
                        name=measure_name(words, sitting.instrument, sitting.name)
                    ),
                },
                "subject": patient,
                "effectiveDateTime": _instant(sitting.taken_at),
                "valueQuantity": {
                    "value": sitting.score,
                    "unit": "score",
                    "system": UCUM,
                    "code": "{score}",
                },
                "derivedFrom": [{"reference": f"urn:uuid:{response['id']}"}],
            }
        )
    return resources


def _procedure(
    session: SessionDone, patient: dict[str, str], plans: set[int], words: Wording
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Procedure",
        "id": _id("session", session.id),
        "status": _PROCEDURE_STATUS.get(session.status, "unknown"),
        "code": {
            "coding": [EXERCISE_THERAPY],
            "text": words.translate("Report", "Movement snack")
            if session.is_snack
            else words.translate("Report", "Home exercise session"),
        },
        "subject": patient,
        "performedPeriod": {"start": _instant(session.started_at)},
    }
    if session.ended_at is not None:
        resource["performedPeriod"]["end"] = _instant(session.ended_at)
    if session.status in (SessionStatus.ENDED_EARLY, SessionStatus.INTERRUPTED):
        resource["statusReason"] = {
            "text": words.translate("Report", "Ended early")
            if session.status is SessionStatus.ENDED_EARLY
            else words.translate("Report", "Interrupted")
        }
    if session.programme_id in plans:
        resource["basedOn"] = [_ref("programme", session.programme_id)]
    if session.exercises:
        listed = ", ".join(session.exercises)
        resource["note"] = [
            {"text": words.translate("Report", "Exercises: {names}").format(names=listed)}
        ]
    return resource


def _dose(exercise: CarePlanExercise, words: Wording) -> str:
    parts = [f"{exercise.sets} × {exercise.reps}"]
    if exercise.hold_seconds:
        hold = words.translate("Report", "hold {seconds} s")
        parts.append(hold.format(seconds=exercise.hold_seconds))
    times = words.translate("Report", "{count} times a day")
    parts.append(times.format(count=exercise.times_per_day))
    if exercise.notes:
        parts.append(exercise.notes)
    return ", ".join(parts)


def _care_plan(programme: ProgrammePlan, patient: dict[str, str], words: Wording) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": _id("programme", programme.id),
        "status": "active" if programme.active else "completed",
        "intent": "plan",
        "title": programme.title,
        "category": [{"coding": [EXERCISE_THERAPY]}],
        "subject": patient,
        "activity": [
            {
                "detail": {
                    "code": {"coding": [EXERCISE_THERAPY], "text": exercise.name},
                    "status": "scheduled",
                    "description": _dose(exercise, words),
                    "scheduledTiming": {
                        "repeat": {
                            "frequency": max(1, exercise.times_per_day),
                            "period": 1,
                            "periodUnit": "d",
                        }
                    },
                }
            }
            for exercise in programme.exercises
        ],
    }
    if programme.start is not None:
        resource["period"] = {"start": programme.start.isoformat()}
    if programme.author:
        resource["author"] = {"display": programme.author}
    return resource


def bundle(export: FhirExport, language: str = "en") -> dict[str, Any]:
    """The export as a FHIR R4 Bundle of type collection (a plain dict, ready for JSON), its
    words for a reader in `language`."""
    words = wording(language)
    patient_resource: dict[str, Any] = {"resourceType": "Patient", "id": _id("patient", 1)}
    if export.patient_name.strip():
        patient_resource["name"] = [{"text": export.patient_name.strip()}]
    patient = {"reference": f"urn:uuid:{patient_resource['id']}"}
    entries = [_entry(patient_resource)]
    plans = {programme.id for programme in export.programmes}
    entries.extend(_entry(_care_plan(p, patient, words)) for p in export.programmes)
    for reading in export.readings:
        entries.append(_entry(_pain(reading, "back", patient, words)))
        entries.append(_entry(_pain(reading, "leg", patient, words)))
    for sitting in export.sittings:
        entries.extend(_entry(resource) for resource in _sitting(sitting, patient, words))
    entries.extend(_entry(_procedure(s, patient, plans, words)) for s in export.sessions)
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "type": "collection",
        "timestamp": _instant(export.generated_at),
        "entry": entries,
    }


def write_fhir(export: FhirExport, target: IO[bytes], language: str = "en") -> int:
    """Write the bundle as UTF-8 JSON; return how many resources it holds."""
    document = bundle(export, language)
    target.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())
    return len(document["entry"])
