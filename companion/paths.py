"""Where the read-only content lives: the only module that knows about freezing and the repo layout.

A source checkout, an installed wheel and a PyInstaller bundle all carry `resources/`,
`exercises/` and `migrations/` under one root; only the root differs.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_CONTENT_DIRS = ("resources", "exercises", "migrations")


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def relaunch_command() -> list[str]:
    """The program and arguments that start this app again (for os.execv): the bundle's own
    executable, or this Python running the package."""
    if is_frozen():
        return [sys.executable]
    return [sys.executable, "-m", "companion"]


@cache
def content_root() -> Path:
    """The folder that holds resources/, exercises/ and migrations/."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_data"
    if installed.is_dir():
        return installed
    return package_dir.parent


def resources_dir() -> Path:
    """Icons, sounds, styles and translations."""
    return content_root() / "resources"


def exercises_dir() -> Path:
    """One data file per exercise, plus the starter programmes."""
    return content_root() / "exercises"


def migrations_dir() -> Path:
    """Alembic's env.py and versions/."""
    return content_root() / "migrations"


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. resource('icons', 'app.svg')."""
    return resources_dir().joinpath(*parts)


def missing_content() -> list[str]:
    """Names of content folders that cannot be found (a broken bundle or install)."""
    root = content_root()
    return [name for name in _CONTENT_DIRS if not (root / name).is_dir()]


def branding_file() -> Path | None:
    """The clinic's branding profile a branded build carries (resources/branding.toml), if any."""
    path = resources_dir() / "branding.toml"
    return path if path.is_file() else None
