"""A translation's plural forms survive `make translations`: lupdate drops the forms of a
counted phrase whose count is a variable, and tools/update_translations.py puts them back."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

REPO = Path(__file__).resolve().parents[2]
CODE = """
from PySide6.QtCore import QCoreApplication

def texts(days: int, hours: int) -> list[str]:
    return [
        QCoreApplication.translate("Words", "%n day(s)", "", days),
        QCoreApplication.translate("Words", "every %n hour(s)", "", hours),
        QCoreApplication.translate("Words", "Plain words"),
    ]
"""
GERMAN = {"%n day(s)": ("%n Tag", "%n Tage"), "Plain words": ("Schlichte Worte",)}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lupdate(source: Path, ts: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-silent", str(source), "-target-language", "de_DE", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def _translated(ts: Path) -> dict[str, tuple[bool, str | None, tuple[str, ...]]]:
    """Each message: counted or not, its translation's type, and its forms (or its text)."""
    found = {}
    for message in ElementTree.parse(ts).getroot().iter("message"):  # noqa: S314 (our own file)
        translation = message.find("translation")
        assert translation is not None
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        found[message.findtext("source") or ""] = (
            message.get("numerus") == "yes",
            translation.get("type"),
            forms or (translation.text or "",),
        )
    return found


def _write_german(ts: Path) -> None:
    """What a translator does: write finished German into the refreshed file."""
    text = ts.read_text(encoding="utf-8")
    for source, forms in GERMAN.items():
        start = text.index(f"<source>{source}</source>")
        end = text.index("</message>", start)
        if len(forms) == 2:
            written = (
                "<translation>\n"
                + "".join(f"            <numerusform>{form}</numerusform>\n" for form in forms)
                + "        </translation>\n    "
            )
        else:
            written = f"<translation>{forms[0]}</translation>\n    "
        translation = text.index("<translation", start)
        text = text[:translation] + written + text[end:]
    ts.write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_forms_written_before_lupdate_are_there_after_it(tmp_path: Path) -> None:
    tool = _tool()
    source, ts = tmp_path / "words.py", tmp_path / "companion_de.ts"
    source.write_text(CODE, encoding="utf-8")
    tool.update(ts, [source], language="de_DE")
    assert _translated(ts)["%n day(s)"] == (True, "unfinished", ("", ""))  # counted, open
    _write_german(ts)

    alone = tmp_path / "lupdate_alone.ts"
    alone.write_text(ts.read_text(encoding="utf-8"), encoding="utf-8")
    _lupdate(source, alone)
    assert _translated(alone)["%n day(s)"] == (False, "unfinished", ("%n Tag",))  # forms lost

    tool.update(ts, [source])
    assert _translated(ts) == {
        "%n day(s)": (True, None, ("%n Tag", "%n Tage")),
        "every %n hour(s)": (True, "unfinished", ("", "")),
        "Plain words": (False, None, ("Schlichte Worte",)),
    }


def test_a_file_without_counted_phrases_is_left_as_it_is() -> None:
    text = (
        "<TS><context>\n    <name>Words</name>\n    <message>\n"
        "        <source>Plain words</source>\n"
        "        <translation>Schlichte Worte</translation>\n    </message>\n</context></TS>"
    )
    assert _tool()._settle_counted(text, {}, english=False) == text
