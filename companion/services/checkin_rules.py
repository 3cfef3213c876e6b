"""A check-in's limits, the problems that stop one being recorded, and how marked pain sites
give the leg's reach and side: no ORM, no Qt.

The check-in form loads these before SQLAlchemy is imported (the Today page paints first);
services.checkins applies them when it records a check-in.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from companion.domain.vocabulary import LegReach, PainSite, Side

PAIN_MIN = 0
PAIN_MAX = 10
MINUTES_MAX = 24 * 60
NOTE_MAX_CHARS = 2000

_LEG_SIDES = (Side.LEFT, Side.RIGHT)


class CheckInReason(enum.StrEnum):
    """Why a value of a check-in cannot be recorded (the app and the CLI each word it)."""

    NO_PAIN_SCORE = "no-pain-score"
    PAIN_OUT_OF_RANGE = "pain-out-of-range"  # `given`: the value; from PAIN_MIN to PAIN_MAX
    MINUTES_OUT_OF_RANGE = "minutes-out-of-range"  # `given`; from 0 to MINUTES_MAX
    UNKNOWN_PAIN_SITE = "unknown-pain-site"
    UNKNOWN_SYMPTOM = "unknown-symptom"
    UNKNOWN_REACH = "unknown-reach"  # `given`: the word as typed
    UNKNOWN_SIDE = "unknown-side"  # `given`: the word as typed
    REACH_NOT_AS_MARKED = "reach-not-as-marked"  # `given` vs `marked` on the body picture
    SIDE_NOT_AS_MARKED = "side-not-as-marked"  # `given` vs `marked` ("" for no leg)
    SIDE_WITHOUT_LEG_SYMPTOMS = "side-without-leg-symptoms"
    SIDE_NEEDED = "side-needed"
    NOTE_TOO_LONG = "note-too-long"  # `given`: its length; NOTE_MAX_CHARS at most
    TIME_WITHOUT_ZONE = "time-without-zone"
    TIME_UNREADABLE = "time-unreadable"  # `given`: the text as typed
    TIME_SKIPPED = "time-skipped"  # `given`; `gap`: the local times the clocks jumped between
    TIME_IN_FUTURE = "time-in-future"  # `moment`
    TIME_TOO_EARLY = "time-too-early"  # before EARLIEST


@dataclass(frozen=True)
class CheckInProblem:
    """One thing wrong with a check-in: the field it concerns, why, and what the words need."""

    field: str
    reason: CheckInReason
    given: str = ""
    marked: str = ""
    moment: datetime | None = None
    gap: tuple[time, time] | None = None


class CheckInInvalid(ValueError):
    """A check-in that cannot be recorded; `problems` say what to fix (the caller words them)."""

    def __init__(self, problems: Iterable[CheckInProblem]) -> None:
        self.problems = tuple(problems)
        # For logs and tracebacks only: what a person reads is worded by the app or the CLI.
        super().__init__(", ".join(f"{p.field}: {p.reason}" for p in self.problems))

    @property
    def fields(self) -> frozenset[str]:
        """The names of the fields that need fixing."""
        return frozenset(problem.field for problem in self.problems)


# --- Pain sites and reach ------------------------------------------------------------------


def reach_and_side(sites: Iterable[PainSite]) -> tuple[LegReach, Side | None]:
    """How far down the leg the marked sites reach, and on which side (NONE, None: no leg)."""
    leg_sites = [site for site in sites if site is not PainSite.BACK]
    if not leg_sites:
        return LegReach.NONE, None
    reach = max((site.reach for site in leg_sites), key=lambda r: r.level)
    sides = {site.side for site in leg_sites}
    side = sides.pop() if len(sides) == 1 else Side.BOTH
    return reach, side


def sites_for_reach(
    sites: Iterable[PainSite], reach: LegReach, side: Side | None
) -> frozenset[PainSite]:
    """The pain sites after the user set reach and side by hand, changing as little as possible.

    The back is kept. On each chosen leg, marked sites above the new reach stay, sites below it
    go, and the site at the reach is marked; legs that are not chosen are cleared. Without a
    side (not chosen yet) the leg sites are left as they are.
    """
    current = frozenset(sites)
    if reach is LegReach.NONE:
        return frozenset(site for site in current if site is PainSite.BACK)
    if side is None:
        return current
    legs = _LEG_SIDES if side is Side.BOTH else (side,)
    kept = {
        site
        for site in current
        if site is PainSite.BACK or (site.side in legs and site.reach.level <= reach.level)
    }
    kept.update(_site(leg, reach) for leg in legs)
    return frozenset(kept)


def _site(side: Side, reach: LegReach) -> PainSite:
    return PainSite(f"{side.value}_{reach.value}")
