"""What a user action changed, so each view can decide whether to redraw."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Topic(enum.StrEnum):
    """The kinds of stored things a view may depend on."""

    CHECKINS = "checkins"
    DIARY = "diary"
    MEASURES = "measures"
    SCREENINGS = "screenings"
    PROGRAMME = "programme"
    SESSIONS = "sessions"
    REMINDERS = "reminders"
    PREFERENCES = "preferences"
    EVERYTHING = "everything"  # a restore replaced the whole database


@dataclass(frozen=True)
class Changes:
    """The topics a committed unit of work touched."""

    topics: frozenset[Topic] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *topics: Topic) -> Changes:
        """Changes touching the given topics."""
        return cls(frozenset(topics))

    def __bool__(self) -> bool:
        return bool(self.topics)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)

    def concerns(self, *topics: Topic) -> bool:
        """True if a view that shows any of `topics` must refresh."""
        return Topic.EVERYTHING in self.topics or any(t in self.topics for t in topics)
