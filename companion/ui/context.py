"""What every view shares: the data store, the change bus and the UI state.

Importing this module loads no SQLAlchemy: on a returning user's start the Today page is built
over a context whose store is opened a moment later (app.py), from what the storage layer's
sqlite3 reader saw (`first_look`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from companion import APP_NAME
from companion.domain.changes import Changes, Topic
from companion.ui.bus import ChangeBus
from companion.ui.tasks import BackgroundTasks
from companion.ui.ui_state import UiState

if TYPE_CHECKING:
    from companion.content.library import ExerciseLibrary
    from companion.domain.branding import Branding
    from companion.services.data_store import Store
    from companion.services.today import TodayInputs


class DiaryNotOpened(RuntimeError):
    """The store could not be opened when a view first needed it (the user was told why)."""


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
        store: Store | Callable[[], Store | None],
        ui_state: UiState,
        load_library: Callable[[], ExerciseLibrary] | None = None,
        branding: Branding | None = None,
        clock: Callable[[], datetime] = local_now,
        *,
        first_look: TodayInputs | None = None,
    ) -> None:
        """`store` is the open store, or what opens it (showing any problem to the user; None:
        not opened) the first time a view needs it. Until then views may show `first_look`."""
        super().__init__()
        # The one clock of the running app: tests hand in a fixed one, so what is due never
        # depends on the hour a test happens to run.
        self.now = clock
        self._store: Store | None = None
        self._open_store: Callable[[], Store | None] | None = None
        if callable(store):
            self._open_store = store
        else:
            self._store = store
        # What the views show until the store opens; None once it is open.
        self.first_look = first_look if self._store is None else None
        self.ui_state = ui_state
        self.bus = ChangeBus(self)
        # The one runner of background work: the app waits for it at quit.
        self.tasks = BackgroundTasks()
        self._load_library = load_library or bundled_library
        self._library: ExerciseLibrary | None = None
        self._branding = branding

    @property
    def store(self) -> Store:
        """The open store (opened now, if this is the first time it is needed)."""
        if self._store is None:
            assert self._open_store is not None
            opened = self._open_store()
            if opened is None:
                raise DiaryNotOpened("the diary could not be opened")
            self._store, self._open_store = opened, None
            self.first_look = None  # from now on the views read the store itself
        return self._store

    @property
    def branding(self) -> Branding:
        """A clinic's branding, else the plain app's (made when first asked for: Today's first
        frame needs none of it)."""
        if self._branding is None:
            from companion.domain.branding import Branding

            self._branding = Branding(product_name=APP_NAME)
        return self._branding

    @property
    def store_open(self) -> bool:
        """True once the store is open."""
        return self._store is not None

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
        from companion.services.data_store import open_store, restore_backup

        root, migrations = self.store.folder.root, self.store.migrations
        self.store.close()
        try:
            self._store = restore_backup(root, backup, migrations)
        except Exception:
            # Whatever happened, reopen what is there so the app keeps working.
            self._store = open_store(root, migrations)
            raise
        self.publish(Changes.of(Topic.EVERYTHING))

    def provide_content(
        self, load_library: Callable[[], ExerciseLibrary], branding: Branding
    ) -> None:
        """The exercise library's reader and the build's branding, once they are loaded (a
        context made before the store may have neither)."""
        self._load_library = load_library
        self._library = None
        self._branding = branding

    def forget_library(self) -> None:
        """Read the library again when next needed (in the language now chosen)."""
        self._library = None

    def backup_now(self) -> None:
        """Take an automatic backup if anything changed."""
        from companion.services.data_store import backup_if_changed

        backup_if_changed(self.store)


def bundled_library() -> ExerciseLibrary:
    """The exercises and starter programmes that ship, in the language the app speaks."""
    from companion.content.library import load_library
    from companion.paths import exercises_dir
    from companion.ui.language import current

    return load_library(exercises_dir(), current().language)
