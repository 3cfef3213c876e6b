"""What every view shares: the open data store, the change bus and the UI state."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion.content.branding import plain_branding
from companion.content.library import ExerciseLibrary
from companion.domain.branding import Branding
from companion.domain.changes import Changes, Topic
from companion.services.data_store import Store, backup_if_changed, open_store, restore_backup
from companion.ui.bus import ChangeBus
from companion.ui.tasks import BackgroundTasks
from companion.ui.ui_state import UiState


def local_now() -> datetime:
    """The time now, aware, in the local zone (the scheduler reads wall-clock rules in it)."""
    return datetime.now().astimezone()


class AppContext(QObject):
    """Holds the store (replaced on restore) and publishes changes to the views."""

    # Settings chose another language or country (stored in the UI state): the running app
    # applies it and rebuilds its window.
    region_chosen = Signal()

    def __init__(
        self,
        store: Store,
        ui_state: UiState,
        load_library: Callable[[], ExerciseLibrary] | None = None,
        branding: Branding | None = None,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__()
        # The one clock of the running app: tests hand in a fixed one, so what is due never
        # depends on the hour a test happens to run.
        self.now = clock
        self.store = store
        self.ui_state = ui_state
        self.bus = ChangeBus(self)
        # The one runner of background work: the app waits for it at quit.
        self.tasks = BackgroundTasks()
        self._load_library = load_library or bundled_library
        self._library: ExerciseLibrary | None = None
        self.branding = branding or plain_branding()

    @property
    def library(self) -> ExerciseLibrary:
        """The exercise library, read from disk the first time it is needed."""
        if self._library is None:
            self._library = self._load_library()
        return self._library

    @property
    def data_dir(self) -> Path:
        """The data folder in use."""
        return self.store.folder.root

    def publish(self, changes: Changes) -> None:
        """Tell the views what a committed action changed."""
        self.bus.publish(changes)

    def restore(self, backup: Path) -> None:
        """Replace all data with a backup (what was there is kept as a backup first)."""
        root, migrations = self.store.folder.root, self.store.migrations
        self.store.close()
        try:
            self.store = restore_backup(root, backup, migrations)
        except Exception:
            # Whatever happened, reopen what is there so the app keeps working.
            self.store = open_store(root, migrations)
            raise
        self.publish(Changes.of(Topic.EVERYTHING))

    def forget_library(self) -> None:
        """Read the library again when next needed (in the language now chosen)."""
        self._library = None

    def backup_now(self) -> None:
        """Take an automatic backup if anything changed."""
        backup_if_changed(self.store)


def bundled_library() -> ExerciseLibrary:
    """The exercises and starter programmes that ship, in the language the app speaks."""
    from companion.content.library import load_library
    from companion.paths import exercises_dir
    from companion.ui.language import current

    return load_library(exercises_dir(), current().language)
