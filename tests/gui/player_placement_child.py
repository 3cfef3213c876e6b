"""Child process: open the session player over a main window on a screen of a given size.

Run with QT_QPA_PLATFORM=offscreen:configfile=... so the screen is exactly the size under test;
prints the screen's available area, the main window and the player's frame as JSON.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.services.screening import record_screening
from companion.ui.context import AppContext
from companion.ui.exercises.player.window import start_session
from companion.ui.ui_state import UiState

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def rect(r: object) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]  # type: ignore[attr-defined]


def main() -> None:
    data = Path(sys.argv[1])
    app = QApplication([])
    store = open_store(data, migrations_dir())
    record_screening(
        store, {q.id: False for q in QUESTIONS}, ScreeningReason.FIRST_RUN, NOW - timedelta(hours=1)
    )
    context = AppContext(store, UiState(data))
    window = QMainWindow()
    window.resize(1000, 680)
    screen = app.primaryScreen().availableGeometry()
    window.move(screen.center().x() - 500, screen.center().y() - 340)
    window.show()
    app.processEvents()
    player = start_session(context, window, exercise_ids=["walking"], now=lambda: NOW)
    assert player is not None
    app.processEvents()
    print(
        json.dumps(
            {
                "screen": rect(screen),
                "main": rect(window.frameGeometry()),
                "player": rect(player.frameGeometry()),
            }
        )
    )
    player.close()
    store.close()


if __name__ == "__main__":
    main()
