"""What to expect: how sciatica usually goes, why moving helps, and when to get help.

In our own words, from the clinical brief's key messages (§0) and prognosis facts (§6). It
reassures without promising: no date, and no exercise sold as a cure. Reached from the welcome
and from the Today page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from companion.ui.language import emergency_number
from companion.ui.style import SUBHEADING_SCALE, heading, scaled_font, scrolling


class WhatToExpectDialog(QDialog):
    """A short read: the usual course, pain and damage, staying active, signs, getting help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatToExpect")
        self.setWindowTitle(self.tr("What to expect"))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 38)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("What to expect")))
        self.sections: list[tuple[str, str]] = self._sections()
        for title, text in self.sections:
            layout.addSpacing(metrics.height() // 2)
            layout.addWidget(heading(title, SUBHEADING_SCALE))
            paragraph = QLabel(text)
            paragraph.setWordWrap(True)
            paragraph.setTextFormat(Qt.TextFormat.PlainText)
            paragraph.setFont(scaled_font(paragraph, 1.05, bold=False))
            paragraph.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(paragraph)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        outer.addWidget(buttons)

    def text(self) -> str:
        """Everything the page says, as plain text (for tests and for copying)."""
        return "\n\n".join(f"{title}\n{text}" for title, text in self.sections)

    def _sections(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("Most people get better"),
                self.tr(
                    "Sciatica usually settles with time. Many people are much better within 4 "
                    "to 6 weeks, and most within about 3 months, without an operation. For "
                    "some it takes longer, and some still notice it after a year or more. "
                    "Nobody can promise you a date, and this app is not a cure: it helps you "
                    "keep moving and see how you are doing while your body recovers."
                ),
            ),
            (
                self.tr("Strong pain does not mean damage"),
                self.tr(
                    "Nerve pain can be very strong: it can shoot down the leg, burn, tingle or "
                    "feel numb, without anything being seriously damaged. Bad days and "
                    "flare-ups are common on the way and usually pass."
                ),
            ),
            (
                self.tr("Staying active helps"),
                self.tr(
                    "Keep moving within comfort and carry on with your day as far as you can. "
                    "Resting in bed does not make sciatica heal faster. Your exercises are a "
                    "safe way to stay active and to trust your back again; no single exercise "
                    "has been shown to work better than staying active."
                ),
            ),
            (
                self.tr("A good sign and a sign to ease off"),
                self.tr(
                    "Pain that moves up out of the leg towards your back is a good sign, even "
                    "if your back hurts more for a while. Pain that spreads further down your "
                    "leg means: stop that movement and try an easier one. The app asks after "
                    "each exercise and helps with this."
                ),
            ),
            (
                self.tr("When to get help"),
                self.tr(
                    "Call the emergency number {emergency} now or go to an emergency department"
                    " at once if you get numbness around your genitals or back passage, trouble"
                    " peeing or pooing, or weakness in both legs. See a doctor soon if a leg or"
                    " foot gets weaker or more numb, if you have a fever or feel unwell, if the"
                    " pain keeps getting worse over a few weeks, or if you are struggling to "
                    "cope. The safety questions in this app check for these signs."
                ).format(emergency=emergency_number()),
            ),
            (
                self.tr("It can come back"),
                self.tr(
                    "Back and leg pain often return at some point. Walking regularly, staying "
                    "active and what you learn now make the next time easier to handle."
                ),
            ),
        ]


def open_what_to_expect(parent: QWidget | None) -> WhatToExpectDialog:
    """Open the page (non-modal; it deletes itself when closed)."""
    dialog = WhatToExpectDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
