"""A bare PySide6 + matplotlib window: the yardstick for the bundle's size (tools/baseline.spec).

`python tools/baseline_app.py --smoke-test` draws the window and a chart offscreen and exits.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    """Show a window with one matplotlib chart; with --smoke-test, draw it once and exit."""
    smoke = "--smoke-test" in argv
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(argv[:1])
    figure = Figure(figsize=(6, 3))
    figure.add_subplot().plot([0, 1, 2, 3], [3, 1, 2, 0])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    window.setCentralWidget(FigureCanvasQTAgg(figure))
    window.resize(640, 360)
    if smoke:
        image = window.grab()
        print(f"baseline ok: window {image.width()}x{image.height()}")
        return 0
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(sys.argv))
