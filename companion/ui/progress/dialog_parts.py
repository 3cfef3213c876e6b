"""What the Progress feature's dialogs share: storing at the time of a clock the tests fix, the
problem line, Cancel and Save, and the page that shows a recorded score."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.context import AppContext
from companion.ui.style import SUBHEADING_SCALE, scaled_font

translate = QCoreApplication.translate


class RecordingDialog(QDialog):
    """A dialog that records through the services at the time of `clock` (the app's own).

    Each dialog lays itself out in `_lay_out`, once the context and the clock are set.
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        # The days are the user's local days, as the app's clock (or a test's) gives them.
        self._clock = clock or context.now
        self._lay_out(context)

    def _lay_out(self, context: AppContext) -> None:
        raise NotImplementedError


def problem_label() -> QLabel:
    """The line that says why the answers were not recorded; hidden until then."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("problem")
    label.setFont(scaled_font(label, 1.0))
    label.hide()
    return label


def cancel_and_save(owner: QDialog, save: Callable[[], None]) -> tuple[QPushButton, QPushButton]:
    """The Cancel and Save buttons of `owner`, Save calling `save`."""
    # An explicit context: `owner.tr` is looked up under the dialog's own class name at run
    # time, which lupdate cannot know.
    cancel = QPushButton(translate("Measures", "&Cancel"))
    cancel.setAccessibleName(translate("Measures", "Cancel"))
    cancel.clicked.connect(owner.reject)
    saving = QPushButton(translate("Measures", "&Save"))
    saving.setAccessibleName(translate("Measures", "Save"))
    saving.clicked.connect(save)
    return cancel, saving


class ResultPage(QWidget):
    """The recorded score, how it changed, what it means, and Done."""

    def __init__(self, owner: QDialog) -> None:
        super().__init__()
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.score.setFont(scaled_font(self.score, SUBHEADING_SCALE))
        self.change = QLabel()
        self.change.setWordWrap(True)
        self.change.setFont(scaled_font(self.change, 1.05, bold=False))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.done = QPushButton(translate("Measures", "&Done"))
        self.done.setAccessibleName(translate("Measures", "Done"))
        self.done.clicked.connect(owner.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done)
        layout = QVBoxLayout(self)
        for label in (self.score, self.change, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(buttons)
