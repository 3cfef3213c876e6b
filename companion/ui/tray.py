"""The tray icon: the app's home while the window is closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion import APP_NAME
from companion.ui.assets import icon


class Tray(QObject):
    """Tray icon with a menu; left-click opens the window."""

    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon("tray"), self)
        product = QGuiApplication.applicationDisplayName() or APP_NAME
        self.icon.setToolTip(product)
        self.menu = QMenu()
        self._extra_anchor = self.menu.addSeparator()
        self.open_action = QAction(self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action = QAction(self.menu)
        self.retranslate()
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)

    def retranslate(self) -> None:
        """Name Open and Quit in the language now chosen."""
        product = QGuiApplication.applicationDisplayName() or APP_NAME
        self.open_action.setText(self.tr("Open {app}").format(app=product))
        self.quit_action.setText(self.tr("Quit"))

    @staticmethod
    def available() -> bool:
        """True if the desktop shows tray icons."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def add_action(self, action: QAction) -> None:
        """Add an action above Open and Quit (check-in, start session, pause reminders...)."""
        self.menu.insertAction(self._extra_anchor, action)

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def hide(self) -> None:
        """Take the icon out of the tray."""
        self.icon.hide()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
