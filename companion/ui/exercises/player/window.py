"""Opening the session player: one window per data folder, or a note saying why there is none.

The player itself is companion.ui.exercises.player.session_player.SessionPlayer. Before it opens
the red-flag rule applies: no session after an emergency screening, and a plan with nothing to
do today says why instead of opening an empty player.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.services import sessions
from companion.services.screening import exercise_blocked
from companion.services.sessions import SessionPlan
from companion.ui.context import AppContext
from companion.ui.exercises.player.session_player import Clock, SessionPlayer, WallClock
from companion.ui.exercises.player.sound import CueSink
from companion.ui.language import first_weekday
from companion.ui.safety.red_flag_texts import same_day_plan_text
from companion.ui.safety.safety_texts import left_out_text
from companion.ui.safety.screening_dialog import exercise_locked_text
from companion.ui.widgets.messages import warn
from companion.ui.window_placement import place_window

translate = QCoreApplication.translate

# --- Starting ----------------------------------------------------------------------------------

# The player open for each context (by id), so a second start brings it forward.
_open_players: dict[int, SessionPlayer] = {}


def session_open(context: AppContext) -> bool:
    """True while a session player is open on `context`'s data."""
    return id(context) in _open_players


_open_notes: set[QMessageBox] = set()


def start_session(
    context: AppContext,
    parent: QWidget | None = None,
    *,
    exercise_ids: list[str] | None = None,
    clock: Clock | None = None,
    now: WallClock | None = None,
    cues: CueSink | None = None,
) -> SessionPlayer | None:
    """Open the session player on today's programme (or the given exercises).

    Returns None when exercise is locked after an emergency screening (a message says so).
    Otherwise the player opens at once; when the safety questions are due they come first,
    over the player, and the session can start only once they are answered. A player that is
    already open is brought forward instead of opening a second one.
    """
    wall = now or (lambda: datetime.now().astimezone())
    already = _open_players.get(id(context))
    if already is not None:
        already.show()
        already.raise_()
        already.activateWindow()
        return already
    if exercise_blocked(context.store, wall()):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("SessionPlayer", "Exercises are locked"),
            exercise_locked_text(),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("exerciseLocked")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Without a parent nothing else holds the box: keep it until it is closed.
        _open_notes.add(box)
        box.finished.connect(lambda _result: _open_notes.discard(box))
        box.open()
        return None
    try:
        plan = sessions.plan_session(
            context.store, context.library, wall(), exercise_ids, first_weekday=first_weekday()
        )
    except Exception as error:
        warn(
            parent,
            translate("SessionPlayer", "Exercise session"),
            translate(
                "SessionPlayer",
                "Today's exercises could not be read ({error}). Your diary is safe. Try "
                "again, or choose a starter programme on the Programme page.",
            ).format(error=error),
        )
        return None
    if not plan.items:
        _say_nothing_to_do(context, plan, parent)
        return None
    player = SessionPlayer(context, plan, parent, clock=clock, now=now, cues=cues)
    key = id(context)
    _open_players[key] = player
    player.destroyed.connect(lambda: _open_players.pop(key, None))
    # Whole and centred: on the main window when there is one, else on its screen.
    place_window(player, parent.window() if parent is not None else None)
    player.show()
    player.raise_()
    player.activateWindow()
    player.check_safety(wall())
    return player


def _say_nothing_to_do(context: AppContext, plan: SessionPlan, parent: QWidget | None) -> None:
    """Every exercise of today's plan waits: say why instead of opening an empty player."""
    lines = [same_day_plan_text()] if plan.same_day_open else []
    for item, why in plan.left_out:
        info = plan.exercise(item.exercise_id, context.library)
        name = info.name if info is not None else item.exercise_id
        lines.append(
            translate("SessionPlayer", "{name}: {why}").format(name=name, why=left_out_text(why))
        )
    if plan.done_for_today and not plan.left_out and not plan.same_day_open:
        text = translate(
            "SessionPlayer",
            "You have done every exercise as often as your programme asks today. Walking and "
            "resting positions are still fine; the next session is tomorrow.",
        )
    else:
        text = translate(
            "SessionPlayer",
            "Every exercise of this session waits for now. Walking and resting positions are "
            "still fine.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("SessionPlayer", "Nothing to do in this session"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("nothingToDo")
    box.setInformativeText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_notes.add(box)
    box.finished.connect(lambda _result: _open_notes.discard(box))
    box.open()
