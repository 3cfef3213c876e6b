"""UI state (window geometry, first-run flags) in QSettings, every key declared once with its
type and default. Preferences that shape the data live in the database instead."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", bool, int, str, QByteArray)


@dataclass(frozen=True)
class Key(Generic[T]):
    """One QSettings key with its type and default."""

    name: str
    default: T


class UiState:
    """Typed access to the UI state file that lives beside the user's data."""

    WELCOMED = Key("first_run/welcomed", False)
    WINDOW_GEOMETRY = Key("window/geometry", QByteArray())
    LAST_SECTION = Key("window/section", "today")
    TRAY_HINT_SHOWN = Key("tray/close_hint_shown", False)
    # "" follows the system; else a language code ("de") or a country code ("DE").
    LANGUAGE = Key("region/language", "")
    COUNTRY = Key("region/country", "")

    def __init__(self, data_dir: Path) -> None:
        # One file per data folder: a second profile (or a test) never shares window state.
        self._settings = QSettings(str(data_dir / "ui-state.ini"), QSettings.Format.IniFormat)

    def get(self, key: Key[T]) -> T:
        """The stored value, or the key's default if missing or of the wrong type."""
        value = self._settings.value(key.name, key.default, type=type(key.default))
        return value if isinstance(value, type(key.default)) else key.default

    def set(self, key: Key[T], value: T) -> None:
        """Store a value (written to disk by Qt shortly after, and on exit)."""
        self._settings.setValue(key.name, value)

    def sync(self) -> None:
        """Write pending values now."""
        self._settings.sync()
