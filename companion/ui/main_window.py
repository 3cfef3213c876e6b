"""The main window: a list of sections on the left, the chosen section on the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from companion import APP_NAME
from companion.ui.assets import icon
from companion.ui.ui_state import UiState

# A window that passes the main window's section shortcuts on (the reminder window): set this
# property to True on it.
PASSES_SHORTCUTS = "passesSectionShortcuts"


@dataclass(frozen=True)
class Section:
    """One page of the main window, built the first time it is shown (start-up stays quick).
    `build` is None in the window's first frame, painted before the diary is open."""

    key: str
    title: str
    build: Callable[[], QWidget] | None


class MainWindow(QMainWindow):
    """Sections down the side; closing hides to the tray when there is one."""

    close_requested = Signal()  # the user closed the window (the app decides: hide or quit)
    # The first frame is on screen (emitted from the event loop's next turn, not from inside
    # the paint): a start paints the window first and opens the diary after it.
    first_painted = Signal()

    def __init__(self, sections: Sequence[Section], ui_state: UiState) -> None:
        super().__init__()
        self._ui_state = ui_state
        self._sections = list(sections)
        self.hide_on_close = False
        self._painted = False
        # The product name of a clinic's branded build, else Sciatica Companion.
        self.setWindowTitle(QGuiApplication.applicationDisplayName() or APP_NAME)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(760, 520))

        self._nav = QListWidget()
        self._nav.setObjectName("sectionList")
        self._nav.setAccessibleName(self.tr("Sections"))
        self._nav.setFixedWidth(180)
        self._nav.setSpacing(2)
        self._stack = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        for section in self._sections:
            item = QListWidgetItem(section.title)
            item.setSizeHint(QSize(160, 36))
            self._nav.addItem(item)
            self._stack.addWidget(QWidget())  # stands in until the section is first shown
        self._nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        # Ctrl+1..9 jump to the first nine sections shown, counted down the list as in most
        # sidebar apps (a hidden section takes no number). Application-wide, because a window
        # manager may hand the keyboard to a reminder that shows over this window; the jump
        # itself happens only from here or from a window that passes its keys on.
        for number in range(1, min(len(self._sections), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda n=number: self._jump_to(n))
        self._name_shortcuts()

        geometry = ui_state.get(UiState.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 680)
        self.show_section(ui_state.get(UiState.LAST_SECTION))

    def _shown_rows(self) -> list[int]:
        """The rows of the side list not hidden (the programme editor is, without clinician
        mode), in order."""
        return [row for row in range(self._nav.count()) if not self._nav.item(row).isHidden()]

    def _name_shortcuts(self) -> None:
        """Each shown section's tooltip names its Ctrl+number."""
        shown = self._shown_rows()
        for row, section in enumerate(self._sections):
            number = shown.index(row) + 1 if row in shown else 0
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            tip = self.tr("{section} ({shortcut})").format(section=section.title, shortcut=keys)
            self._nav.item(row).setToolTip(tip if 1 <= number <= 9 else section.title)

    def _jump_to(self, number: int) -> None:
        active = QApplication.activeWindow()
        shown = self._shown_rows()
        if number > len(shown):
            return
        if active is None or active is self or active.property(PASSES_SHORTCUTS):
            self._nav.setCurrentRow(shown[number - 1])

    def section_keys(self) -> list[str]:
        """The keys of the sections shown, in order."""
        return [s.key for s in self._sections]

    def set_section_visible(self, key: str, visible: bool) -> None:
        """Show or hide a section in the side list (its page stays built)."""
        for row, section in enumerate(self._sections):
            if section.key == key:
                self._nav.item(row).setHidden(not visible)
                if not visible and self._nav.currentRow() == row:
                    self._nav.setCurrentRow(0)
        self._name_shortcuts()

    def section_widget(self, key: str) -> QWidget | None:
        """The page widget of a section (built now if it was not yet), or None if unknown."""
        for row, section in enumerate(self._sections):
            if section.key == key:
                return self._ensure_built(row)
        return None

    def built_section(self, key: str) -> QWidget | None:
        """The page widget of a section if it has been built (None if not, or unknown)."""
        return self._built.get(key)

    def provide_pages(self, sections: Sequence[Section]) -> None:
        """Give the window drawn before the diary was open its real pages (same keys, same
        order), and build the page on screen."""
        assert [s.key for s in sections] == self.section_keys()
        self._sections = list(sections)
        self._show_row(self._nav.currentRow())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def _ensure_built(self, row: int) -> QWidget | None:
        section = self._sections[row]
        if section.key not in self._built:
            if section.build is None:
                return None  # the first frame: the page comes once the diary is open
            widget = section.build()
            standin = self._stack.widget(row)
            self._stack.insertWidget(row, widget)
            if standin is not None:
                self._stack.removeWidget(standin)
                standin.deleteLater()
            self._built[section.key] = widget
        return self._built[section.key]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self._ensure_built(row)
            self._stack.setCurrentIndex(row)

    def current_section(self) -> str:
        """The key of the section on screen."""
        return self._sections[max(self._nav.currentRow(), 0)].key

    def show_section(self, key: str) -> None:
        """Switch to a section by key (unknown keys show the first one)."""
        keys = self.section_keys()
        self._nav.setCurrentRow(keys.index(key) if key in keys else 0)

    def bring_forward(self) -> None:
        """Show, un-minimise and raise the window (a second launch asked for it)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def save_state(self) -> None:
        """Remember geometry and section for next time."""
        self._ui_state.set(UiState.WINDOW_GEOMETRY, self.saveGeometry())
        self._ui_state.set(UiState.LAST_SECTION, self.current_section())
        self._ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.hide_on_close:
            event.ignore()
            self.hide()
        else:
            event.accept()
        self.close_requested.emit()
