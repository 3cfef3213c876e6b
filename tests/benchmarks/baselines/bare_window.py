"""The baseline for start-up: a bare PySide6 main window, the same size as the app's."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    """Show one window with one label and run the event loop."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1000, 680)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
