"""Run by test_wheel_guard.py on an X server: real wheel notches (xdotool) over the Today
page's fields and over a chart; reports whether the page scrolled and the fields kept their
values, as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from child_tools import wait_until  # beside this file
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.ui.context import AppContext
from companion.ui.style import apply_style
from companion.ui.today.today_view import TodayView
from companion.ui.ui_state import UiState


def notch_down_over(widget: QWidget) -> None:
    """Move the real pointer over `widget` and turn the wheel one notch down."""
    centre = widget.mapToGlobal(widget.rect().center())
    subprocess.run(["xdotool", "mousemove", str(centre.x()), str(centre.y())], check=True)
    wait_until(widget.underMouse, 1000)
    subprocess.run(["xdotool", "click", "5"], check=True)


def scrolled_over(area: QScrollArea, widget: QWidget) -> bool:
    """Scroll to the top, notch the wheel over `widget`: did the page move?"""
    bar = area.verticalScrollBar()
    bar.setValue(0)
    area.ensureWidgetVisible(widget, 0, 0)
    start = bar.value()
    notch_down_over(widget)
    return wait_until(lambda: bar.value() > start)


def main() -> None:
    """Today page fields, then a chart; print what happened."""
    app = QApplication([])
    apply_style(app)
    data = Path(sys.argv[1])
    view = TodayView(AppContext(open_store(data, migrations_dir()), UiState(data)))
    view.setGeometry(0, 0, 900, 420)  # short enough that the page scrolls
    view.show()
    wait_until(lambda: view.windowHandle() is not None and view.windowHandle().isExposed())
    area = view.findChild(QScrollArea)
    assert area is not None
    form = view.form
    walking_before, sleep_before = form.walking.value(), form.sleep.currentIndex()
    report: dict[str, object] = {
        "scrolls_over_walking": scrolled_over(area, form.walking),
        "scrolls_over_sleep": scrolled_over(area, form.sleep),
        "walking_kept": form.walking.value() == walking_before,
        "sleep_kept": form.sleep.currentIndex() == sleep_before,
    }
    # A focused field does take the wheel.
    view.activateWindow()
    wait_until(view.isActiveWindow)
    form.walking.setFocus()
    form.walking.setValue(20)
    wait_until(form.walking.hasFocus)
    notch_down_over(form.walking)
    report["focused_field_steps"] = wait_until(lambda: form.walking.value() != 20)
    view.close()

    from companion.ui.progress.chart_canvas import ChartCanvas
    from companion.ui.progress.progress_charts import ChartFrame, pain_plot

    content = QWidget()
    canvas = ChartCanvas()
    canvas.setMinimumHeight(300)
    day = datetime(2026, 3, 10, 9, 0)
    canvas.show_plot(pain_plot([day], [3], [5], ChartFrame(day.date(), day.date())))
    layout = QVBoxLayout(content)
    layout.addWidget(canvas)
    layout.addSpacing(2000)
    page = QScrollArea()
    page.setWidgetResizable(True)
    page.setWidget(content)
    page.setGeometry(0, 0, 500, 400)
    page.show()
    wait_until(lambda: page.windowHandle() is not None and page.windowHandle().isExposed())
    report["scrolls_over_chart"] = scrolled_over(page, canvas)
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
