"""The report's words for the leg-symptom reach and the first-week-against-last-week headline.

The Progress page shows the same headline (ui/progress_view), so the page never says a change is
meaningful where the report calls it small.
"""

from __future__ import annotations

from companion.domain.figures import FEW_DAYS, PainSummary, ReachSummary, ReachTrend
from companion.domain.vocabulary import LegReach

REACH_WORDS: dict[LegReach, str] = {
    LegReach.NONE: "no leg symptoms",
    LegReach.BUTTOCK: "buttock",
    LegReach.THIGH: "thigh",
    LegReach.CALF: "below the knee",
    LegReach.FOOT: "into the foot",
}


def reach_sentence(reach: ReachSummary) -> str:
    """One plain sentence about how far the leg symptoms reach, first week against last."""
    if reach.at_start is None or reach.at_end is None:
        return "Too few check-ins to say how far the leg symptoms reach."
    start, end = REACH_WORDS[reach.at_start], REACH_WORDS[reach.at_end]
    return {
        ReachTrend.RETREATING: f"Leg symptoms retreated towards the back: {start} in the "
        f"first week, {end} in the last week.",
        ReachTrend.SPREADING: f"Leg symptoms spread further down the leg: {start} in the "
        f"first week, {end} in the last week.",
        ReachTrend.UNCHANGED: f"Leg symptoms reach as far as before: {end} in the first and "
        "the last week.",
    }[reach.trend]


def headline(summary: PainSummary) -> list[str]:
    """The period in a few sentences: leg pain first (what sciatica trials follow), then back
    pain, then the reach, with a word of caution when there are only a few days; nothing while
    there is no second day to compare with."""
    if summary.days_with_checkins < 2:
        return []
    said = [summary.leg.sentence, summary.back.sentence, reach_sentence(summary.reach)]
    if summary.days_with_checkins < FEW_DAYS:
        said.append(
            f"These are only {summary.days_with_checkins} days of check-ins; a few more will "
            "show whether the change lasts."
        )
    return said
