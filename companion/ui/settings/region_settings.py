"""Settings: the language the app speaks and the country whose urgent-help numbers it gives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

from companion.ui.context import AppContext
from companion.ui.language import advice_line, country_names, emergency_number, language_names
from companion.ui.ui_state import Key, UiState


def numbers_text() -> str:
    """Which numbers the safety advice gives, so the user can check their country."""
    return QCoreApplication.translate(
        "RegionSettings",
        "The safety advice says: call {emergency} in an emergency; for same-day medical "
        "advice, contact {advice_line}.",
    ).format(emergency=emergency_number(), advice_line=advice_line())


class RegionSettings(QGroupBox):
    """Language (Automatic, English, Deutsch…) and country, each stored in the UI state."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Language and country"))
        self._context = context
        self.language = self._choices(language_names(), UiState.LANGUAGE)
        self.language.setAccessibleName(self.tr("Language"))
        self.country = self._choices(country_names(), UiState.COUNTRY)
        self.country.setAccessibleName(self.tr("Country"))
        self.numbers_label = QLabel(numbers_text())
        self.numbers_label.setWordWrap(True)
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("regionWaiting")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.numbers_label)
        form.addRow(self.waiting_label)
        self.language.currentIndexChanged.connect(lambda _i: self._chosen(UiState.LANGUAGE))
        self.country.currentIndexChanged.connect(lambda _i: self._chosen(UiState.COUNTRY))

    def _choices(self, names: list[tuple[str, str]], key: Key[str]) -> QComboBox:
        box = QComboBox()
        for value, name in names:
            box.addItem(name, value)
        box.setCurrentIndex(max(0, box.findData(self._context.ui_state.get(key))))
        return box

    def _chosen(self, key: Key[str]) -> None:
        box = self.language if key is UiState.LANGUAGE else self.country
        state = self._context.ui_state
        state.set(key, str(box.currentData()))
        state.sync()
        self._context.region_chosen.emit()

    def show_waiting(self, why: str) -> None:
        """Say what the new language waits for (something the user has open)."""
        self.waiting_label.setText(why)
        self.waiting_label.show()
