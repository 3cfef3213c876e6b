"""The report's words for the clearance checklist and the progression guards (issue 15)."""

from __future__ import annotations

from collections.abc import Iterable

from companion.domain.exercise import ClearanceCondition
from companion.domain.safety_plan import HoldReason
from companion.reports.wording import Wording, wording


def clearance_words(words: Wording, condition: ClearanceCondition) -> str:
    """One condition of the clearance checklist."""
    return {
        ClearanceCondition.RECENT_SURGERY: words.translate(
            "Report", "spine or hip surgery in the last 3 months"
        ),
        ClearanceCondition.PREGNANCY: words.translate("Report", "pregnancy"),
        ClearanceCondition.FRACTURE_OR_OSTEOPOROSIS: words.translate(
            "Report", "fracture or osteoporosis"
        ),
        ClearanceCondition.HIP_REPLACEMENT: words.translate("Report", "hip replacement"),
        ClearanceCondition.RECENT_TRAUMA: words.translate("Report", "recent major trauma"),
    }[condition]


def hold_words(words: Wording, reason: HoldReason) -> str:
    """One reason progression is held."""
    return {
        HoldReason.TOO_SOON: words.translate("Report", "a step less than 7 days ago"),
        HoldReason.LEG_PAIN_RISING: words.translate(
            "Report", "7-day leg-pain mean at least 1 point above the week before"
        ),
        HoldReason.REACH_SPREAD: words.translate(
            "Report", "leg symptoms spread further down the leg in the last 7 days"
        ),
        HoldReason.RECENT_WORSE: words.translate("Report", 'a "worse" response in the last 7 days'),
        HoldReason.NEW_NERVE_SYMPTOMS: words.translate(
            "Report", "new numbness, weakness or pins and needles in the last 7 days"
        ),
        HoldReason.SAME_DAY_FINDING: words.translate(
            "Report", "a same-day finding at today's red-flag screening"
        ),
        HoldReason.TOO_FEW_CHECKINS: words.translate(
            "Report", "too few check-ins (fewer than 3 in either of the last two weeks)"
        ),
    }[reason]


def clearance_sentence(
    conditions: frozenset[ClearanceCondition] | None, words: Wording | None = None
) -> str:
    """Page 1: the clearance checklist as the patient answered it."""
    words = words or wording()
    if conditions is None:
        return words.translate("Report", "Clearance checklist (brief 2.2.6): not answered.")
    if not conditions:
        return words.translate(
            "Report", "Clearance checklist (brief 2.2.6): none of the conditions apply."
        )
    listed = ", ".join(clearance_words(words, c) for c in ClearanceCondition if c in conditions)
    return words.translate(
        "Report",
        "Clearance checklist (brief 2.2.6): {listed}. Affected exercises are marked "
        '"ask your physiotherapist first" and left out of starter programmes and snacks.',
    ).format(listed=listed)


def held_sentence(reasons: Iterable[HoldReason], words: Wording | None = None) -> str:
    """Page 1: why progression is held now; empty when it is not."""
    words = words or wording()
    listed = [hold_words(words, r) for r in reasons]
    if not listed:
        return ""
    return words.translate("Report", "Progression held because: {reasons}.").format(
        reasons="; ".join(listed)
    )
