"""GUI tests see the words a user sees: the app's English translation (with its plural forms,
"1 exercise", "3 exercises") is compiled from the committed .ts and installed, as at start-up."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with companion_en.qm compiled from the committed source."""
    folder = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = REPO / "resources" / "translations" / "companion_en.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(folder / "companion_en.qm")], check=True
    )
    return folder


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("companion_en", str(compiled_translations))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
