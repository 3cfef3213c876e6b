"""Storing a session as it happens: every step goes through companion.services.sessions at once,
so a crash or a quit keeps what was done. A failure is told once and the session goes on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from companion.content.library import ExerciseLibrary
from companion.domain.session import ExerciseProgress, PlannedExercise, SessionTimeline
from companion.domain.vocabulary import ExerciseResponse
from companion.services import sessions
from companion.services.progression import SessionProgress, progress_after_session
from companion.services.sessions import ExerciseDone, SessionItem, SessionPlan
from companion.ui.context import AppContext


def _done(exercise: PlannedExercise, progress: ExerciseProgress) -> ExerciseDone:
    return ExerciseDone(
        sets=progress.sets_done(exercise.dose),
        reps=progress.reps,
        hold_seconds=int(progress.hold_seconds),
        skipped=progress.skipped,
    )


class SessionRecorder:
    """The stored session behind one player: its id, its exercises' positions, what is saved."""

    def __init__(self, context: AppContext, on_failure: Callable[[Exception], None]) -> None:
        self._context = context
        self._on_failure = on_failure
        self.session_id: int | None = None
        self._positions: list[int] = []  # stored position of each exercise of the timeline
        self._stored: dict[int, ExerciseDone] = {}

    def start(
        self, plan: SessionPlan, now: datetime, back_pain: int | None, leg_pain: int | None
    ) -> None:
        """Store the new session (raises when it cannot: nothing has started then)."""
        record, changes = sessions.start_session(
            self._context.store, plan, now, back_pain, leg_pain
        )
        self.session_id = record.id
        self._positions = [e.position for e in record.exercises]
        self._context.publish(changes)

    def _session(self) -> int:
        assert self.session_id is not None
        return self.session_id

    def _store(self, action: Callable[[], object]) -> bool:
        """Run one storing action; on failure say so and let the session go on."""
        try:
            action()
        except Exception as error:
            self._on_failure(error)
            return False
        return True

    def save_progress(self, timeline: SessionTimeline, thorough: bool = True) -> None:
        # Unless thorough, only counts are compared: a hold must not cost a commit a second.
        if self.session_id is None:
            return
        for index, (exercise, progress) in enumerate(
            zip(timeline.plan, timeline.progress, strict=True)
        ):
            done = _done(exercise, progress)
            before = self._stored.get(index, ExerciseDone())
            if before == done or (
                not thorough and replace(before, hold_seconds=done.hold_seconds) == done
            ):
                continue
            try:
                sessions.record_progress(
                    self._context.store, self._session(), self._positions[index], done
                )
            except Exception as error:
                self._on_failure(error)
                return
            self._stored[index] = done

    def record_response(
        self, index: int, response: ExerciseResponse, now: datetime, library: ExerciseLibrary
    ) -> sessions.ResponseAdvice | None:
        """Store the answer after exercise `index`; None when it could not be stored."""
        try:
            advice, changes = sessions.record_response(
                self._context.store,
                self._session(),
                self._positions[index],
                response,
                now,
                library=library,
            )
        except Exception as error:
            self._on_failure(error)
            return None
        self._context.publish(changes)
        return advice

    def add_exercise(self, at: int, item: SessionItem, instead_of: str | None) -> bool:
        """Store `item` as the timeline's exercise `at`, instead of the one that was worse."""
        try:
            position, changes = sessions.add_exercise(
                self._context.store, self._session(), item, instead_of=instead_of
            )
        except Exception as error:
            self._on_failure(error)
            return False
        self._context.publish(changes)
        self._positions.insert(at, position)
        self._stored = {(i + 1 if i >= at else i): d for i, d in self._stored.items()}
        return True

    def finish(
        self,
        now: datetime,
        *,
        ended_early: bool,
        back_pain_after: int | None = None,
        leg_pain_after: int | None = None,
    ) -> bool:
        """Store the end (and the pain after, once given); False when it could not be stored."""
        return self._store(
            lambda: self._context.publish(
                sessions.finish_session(
                    self._context.store,
                    self._session(),
                    now,
                    ended_early=ended_early,
                    back_pain_after=back_pain_after,
                    leg_pain_after=leg_pain_after,
                )[1]
            )
        )

    def interrupt(self, *, publish: bool = True) -> bool:
        """Keep the session as cut off; `publish` False while the app quits (no view listens)."""

        def action() -> None:
            changes = sessions.interrupt_session(self._context.store, self._session())
            if publish:
                self._context.publish(changes)

        return self._store(action)

    def progress_programme(self, now: datetime) -> list[SessionProgress]:
        # The programme's progression rules read this session's answers (each session once).
        try:
            results, changes = progress_after_session(self._context.store, self._session(), now)
        except Exception as error:
            self._on_failure(error)
            return []
        self._context.publish(changes)
        return list(results)
