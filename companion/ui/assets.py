"""The one loader of read-only resources for the UI (icons, styles)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from companion.paths import resource


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG), e.g. icon('app')."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
