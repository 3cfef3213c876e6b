"""Packaging files not built here: the Windows version resource and the Linux menu entry."""

from __future__ import annotations

import configparser
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from companion import APP_NAME, APP_REVERSE_ID, __version__

REPO = Path(__file__).resolve().parents[2]


def _version_resource() -> ModuleType:
    path = REPO / "packaging" / "windows" / "version_resource.py"
    spec = importlib.util.spec_from_file_location("version_resource", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_windows_wants_four_version_numbers() -> None:
    numbers = _version_resource().version_numbers
    assert numbers("0.1.0") == (0, 1, 0, 0)
    assert numbers("2.10") == (2, 10, 0, 0)
    assert numbers("1.2.0rc1+local.5") == (1, 2, 0, 0)


def test_the_version_resource_names_product_and_version(tmp_path: Path) -> None:
    written = _version_resource().write_version_resource(
        tmp_path / "v.txt", __version__, "Riverside Back Care", "Riverside Physiotherapy"
    )
    strings: dict[str, str] = {}

    def struct(name: str, value: str) -> None:
        strings[name] = value

    def keep(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
        return (args, kwargs)

    # The file is the Python expression PyInstaller evaluates; evaluate it with stand-ins.
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "VarFileInfo")
    scope: dict[str, Any] = dict.fromkeys((*names, "VarStruct"), keep)
    scope["StringStruct"] = struct
    resource = eval(written.read_text(encoding="utf-8"), scope)  # noqa: S307  (our own file)
    fixed = resource[1]["ffi"][1]
    assert fixed["filevers"] == fixed["prodvers"] == (0, 1, 0, 0)
    assert strings["ProductName"] == "Riverside Back Care"
    assert strings["CompanyName"] == "Riverside Physiotherapy"
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__


def test_the_linux_menu_entry_starts_the_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(REPO / "packaging" / "linux" / f"{APP_REVERSE_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == APP_NAME
    assert desktop["Exec"].split()[0] == "companion"
    assert desktop["Icon"] == APP_REVERSE_ID
    assert desktop["Categories"].endswith(";")


def test_the_bundle_ships_the_translation_sources_the_report_reads() -> None:
    """reports/wording.py reads resources/translations/companion_<lang>.ts (no Qt in reports/):
    the bundle carries resources/ whole, and the Qt-translation filter keeps our sources."""
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    module_path = REPO / "packaging" / "bundle_options.py"
    loaded = importlib.util.spec_from_file_location("bundle_options", module_path)
    assert loaded is not None and loaded.loader is not None
    options = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(options)
    ours = [
        (f"resources/translations/{ts.name}", str(ts), "DATA")
        for ts in sorted((REPO / "resources" / "translations").glob("*.ts"))
    ]
    assert len(ours) >= 2
    assert options.keep_data(ours, {"de"}) == ours

    from companion.reports.wording import report_languages, translations_folder

    assert translations_folder() == REPO / "resources" / "translations"
    assert report_languages() == sorted(
        ts.stem.split("_", 1)[1] for ts in map(Path, (o[1] for o in ours))
    )
