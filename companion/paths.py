"""Where the read-only content lives: the only module that knows about freezing and the repo layout.

A source checkout, an installed wheel and a PyInstaller bundle all carry `resources/`,
`exercises/` and `migrations/` under one root; only the root differs.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from companion import APP_ID

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


def user_cache_dir() -> Path:
    """This app's folder for what can be rebuilt at any time (never the user's data)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / APP_ID


def keep_chart_font_cache() -> None:
    """In a bundle, give matplotlib a config folder that outlives the run. PyInstaller's hook
    hands it a new temporary folder at every start, so the first chart of every run rebuilt
    matplotlib's list of the system's fonts (a second here, several with many fonts). A font
    file that has gone since is noticed by matplotlib, which then rebuilds the list."""
    if not is_frozen():
        return  # matplotlib's own per-user cache already lasts
    folder = user_cache_dir() / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # no writable cache: matplotlib keeps its temporary folder, as before
    os.environ["MPLCONFIGDIR"] = str(folder)
