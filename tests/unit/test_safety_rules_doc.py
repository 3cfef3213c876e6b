"""docs/safety-rules.md matches the code: every safety question, every trigger, every clearance
condition and every threshold the code uses is written there for clinicians, with the same
number. Change a threshold in the code and this fails until the document says so too."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.domain import red_flags, safety_plan
from companion.domain.exercise import ClearanceCondition

DOC = (Path(__file__).resolve().parents[2] / "docs" / "safety-rules.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("question", [q.id for q in red_flags.QUESTIONS])
def test_every_question_is_listed(question: str) -> None:
    assert f"`{question}`" in DOC


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (red_flags.LEG_PAIN_JUMP_POINTS, "leg pain up by **{} or more**"),
        (red_flags.REACH_WINDOW.days, "**{} days** before it"),
        (red_flags.SCREENING_INTERVAL.days, "{} days since the last screening"),
        (red_flags.KNOWN_FINDING_RECHECK_MONTHS, "**{} calendar months**"),
        (safety_plan.DAYS_BETWEEN_STEPS, "at least **{} days** between two steps"),
        (int(safety_plan.LEG_PAIN_RISE), "**≥ {} point**"),
        (safety_plan.MIN_CHECKINS_PER_WEEK, "fewer than **{} check-ins**"),
        (safety_plan.PATHWAY_RED_SESSIONS, "**{} sessions within"),
        (safety_plan.PATHWAY_WINDOW_DAYS, "within {} days**"),
    ],
)
def test_every_threshold_is_written_with_the_code_s_number(value: int, written: str) -> None:
    assert written.format(value) in DOC


@pytest.mark.parametrize(
    "condition",
    [
        (ClearanceCondition.RECENT_SURGERY, "surgery in the last 3 months"),
        (ClearanceCondition.PREGNANCY, "Pregnan"),
        (ClearanceCondition.FRACTURE_OR_OSTEOPOROSIS, "osteoporosis"),
        (ClearanceCondition.HIP_REPLACEMENT, "hip replacement"),
        (ClearanceCondition.RECENT_TRAUMA, "trauma"),
    ],
    ids=lambda pair: pair[0].value,
)
def test_every_clearance_condition_is_explained(
    condition: tuple[ClearanceCondition, str],
) -> None:
    assert condition[1].casefold() in DOC.casefold()
    assert {c for c, _ in [condition]} <= set(ClearanceCondition)
    assert len(ClearanceCondition) == 5  # a new condition needs a line here and in the doc
