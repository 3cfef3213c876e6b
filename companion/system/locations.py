"""Where the user's data lives by default, as the platform expects it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from companion import APP_NAME, ORGANIZATION


def default_data_dir() -> Path:
    """The per-user application data folder (e.g. ~/.local/share/Sciatica Companion/...)."""
    # Set the names even without a QApplication so the headless CLI finds the same folder.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        return Path.home() / f".{APP_NAME.lower().replace(' ', '-')}"
    return Path(location)
