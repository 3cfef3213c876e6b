"""The baseline for idle cost: a bare PySide6 tray icon with a two-item menu and no window.

python bare_tray.py ICON_FILE
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    """Put an icon (the app's own file, so icon loading costs the same) in the tray and wait."""
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    tray = QSystemTrayIcon(QIcon(sys.argv[1]))
    menu = QMenu()
    open_action = QAction("Open", menu)
    quit_action = QAction("Quit", menu)
    quit_action.triggered.connect(app.quit)
    menu.addAction(open_action)
    menu.addAction(quit_action)
    tray.setContextMenu(menu)
    tray.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
