"""The report's words for the clearance checklist and the progression guards (issue 15)."""

from __future__ import annotations

from collections.abc import Iterable

from companion.domain.exercise import ClearanceCondition
from companion.domain.safety_plan import HoldReason

CLEARANCE_WORDS: dict[ClearanceCondition, str] = {
    ClearanceCondition.RECENT_SURGERY: "spine or hip surgery in the last 3 months",
    ClearanceCondition.PREGNANCY: "pregnancy",
    ClearanceCondition.FRACTURE_OR_OSTEOPOROSIS: "fracture or osteoporosis",
    ClearanceCondition.HIP_REPLACEMENT: "hip replacement",
    ClearanceCondition.RECENT_TRAUMA: "recent major trauma",
}

HOLD_WORDS: dict[HoldReason, str] = {
    HoldReason.TOO_SOON: "a step less than 7 days ago",
    HoldReason.LEG_PAIN_RISING: "7-day leg-pain mean at least 1 point above the week before",
    HoldReason.REACH_SPREAD: "leg symptoms spread further down the leg in the last 7 days",
    HoldReason.RECENT_WORSE: 'a "worse" response in the last 7 days',
    HoldReason.NEW_NERVE_SYMPTOMS: "new numbness, weakness or pins and needles in the last 7 days",
    HoldReason.SAME_DAY_FINDING: "a same-day finding at today's red-flag screening",
    HoldReason.TOO_FEW_CHECKINS: "too few check-ins (fewer than 3 in either of the last two weeks)",
}


def clearance_sentence(conditions: frozenset[ClearanceCondition] | None) -> str:
    """Page 1: the clearance checklist as the patient answered it."""
    if conditions is None:
        return "Clearance checklist (brief 2.2.6): not answered."
    if not conditions:
        return "Clearance checklist (brief 2.2.6): none of the conditions apply."
    listed = ", ".join(CLEARANCE_WORDS[c] for c in ClearanceCondition if c in conditions)
    return (
        f"Clearance checklist (brief 2.2.6): {listed}. Affected exercises are marked "
        '"ask your physiotherapist first" and left out of starter programmes and snacks.'
    )


def held_sentence(reasons: Iterable[HoldReason]) -> str:
    """Page 1: why progression is held now; empty when it is not."""
    words = [HOLD_WORDS[r] for r in reasons]
    return f"Progression held because: {'; '.join(words)}." if words else ""
