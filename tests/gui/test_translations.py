"""The app speaks English with English plural forms ("1 exercise", "3 exercises"), whatever the
system's language, and every counted phrase has both forms written."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "resources" / "translations" / "companion_en.ts"


def test_every_counted_phrase_has_its_english_forms() -> None:
    messages = ElementTree.parse(SOURCE).getroot().iter("message")  # noqa: S314 (our own file)
    counted = [m for m in messages if m.get("numerus") == "yes" or "(s)" in m.findtext("source")]
    assert len(counted) >= 20
    for message in counted:
        source = message.findtext("source") or ""
        assert message.get("numerus") == "yes", source
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        one, many = (form.text or "" for form in translation.iter("numerusform"))
        assert "%n" in one and "%n" in many, source
        assert "(s)" not in one + many, source


CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion.app import install_translations
install_translations(app, Path(sys.argv[1]))
for n in (1, 3):
    print(QCoreApplication.translate("ExercisesView", "%n exercise(s)", "", n))
from datetime import datetime, timedelta
from companion.reminders.decisions import Due, DueReason, Occasion
from companion.ui.reminders.reminder_texts import reminder_text
for minutes in (1, 45):
    sat_for = timedelta(minutes=minutes)
    due = Due(Occasion.sitting_break(), datetime.now(), DueReason.ON_TIME, 0, sat_for)
    print(reminder_text(due))
"""


@pytest.mark.parametrize("language", ["en_GB.UTF-8", "de_DE.UTF-8", "C"])
def test_plurals_read_as_english_in_any_language(
    compiled_translations: Path, language: str
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "LANG": language,
        "LC_ALL": language,
        "LANGUAGE": "",
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(compiled_translations)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    assert result.stdout.split("\n")[:4] == [
        "1 exercise",
        "3 exercises",
        "You have been sitting for 1 minute. A short movement helps.",
        "You have been sitting for 45 minutes. A short movement helps.",
    ]


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every live message: obsolete and vanished ones left out."""
    root = ElementTree.parse(ts).getroot()  # noqa: S314 (our own file, or lupdate's output)
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind not in ("obsolete", "vanished"):
                found.add((name, message.findtext("source") or ""))
    return found


TRANSLATIONS = sorted((REPO / "resources" / "translations").glob("companion_*.ts"))


@pytest.mark.slow
def test_no_translation_source_is_out_of_date() -> None:
    """A stale .ts shows "For 2 minute(s)", or English in German: `make translations` refreshes
    every one, and fails here when it would change a committed file."""
    checked = subprocess.run(
        [sys.executable, str(REPO / "tools" / "update_translations.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize(
    "committed", [ts for ts in TRANSLATIONS if ts.stem != "companion_en"], ids=lambda p: p.stem
)
def test_every_message_of_a_shipped_language_is_translated(committed: Path) -> None:
    """English is the source; every other language ships finished: no English left on screen,
    and no translation kept for a text the code no longer has."""
    root = ElementTree.parse(committed).getroot()  # noqa: S314 (our own file)
    open_ones: list[str] = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind is not None:
                source = message.findtext("source") or ""
                open_ones.append(f"{kind}: {context.findtext('name')}: {source[:50]!r}")
    assert open_ones == [], f"{len(open_ones)} open in {committed.name}:\n" + "\n".join(
        open_ones[:20]
    )


def _calls_in_code() -> list[tuple[str, str, str]]:
    """(context, source, where) of every literal translate()/self.tr() call in companion/."""
    found: list[tuple[str, str, str]] = []
    for path in sorted((REPO / "companion").rglob("*.py")):
        classes: list[str] = []

        def visit(node: ast.AST, where: Path = path, classes: list[str] = classes) -> None:
            if isinstance(node, ast.ClassDef):
                classes.append(node.name)
            if isinstance(node, ast.Call):
                function, args = node.func, node.args
                name = getattr(function, "attr", getattr(function, "id", None))
                literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
                line = f"{where.relative_to(REPO)}:{node.lineno}"
                if name == "translate" and literal[:2] == [True, True]:
                    found.append((args[0].value, args[1].value, line))  # type: ignore[attr-defined]
                elif name == "tr" and isinstance(function, ast.Attribute) and literal[:1] == [True]:
                    found.append((classes[-1] if classes else "", args[0].value, line))  # type: ignore[attr-defined]
            for child in ast.iter_child_nodes(node):
                visit(child, where, classes)
            if isinstance(node, ast.ClassDef):
                classes.pop()

        visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_every_message_the_code_asks_for_is_in_the_translation_source() -> None:
    """lupdate silently skips some calls (a count written `dose.minutes`, a function defined
    in a loop, text inside an f-string): the app then shows "minute(s)" and no translation."""
    calls = _calls_in_code()
    assert len(calls) > 800
    committed = _messages(SOURCE)
    missing = [
        f"{where} {context}: {text!r}"
        for context, text, where in calls
        if (context, text) not in committed
    ]
    assert not missing, f"{len(missing)} message(s) lupdate did not record: " + "; ".join(missing)


def test_no_literal_text_goes_through_a_wrapper_lupdate_cannot_see() -> None:
    """`_tr("every day")` with `def _tr(text): return translate("Programme", text)` is never
    extracted: the German app showed the handout's headings and the safety lock's words in
    English. Literal texts are written as translate("Context", "text") calls instead."""
    wrappers: set[str] = set()
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted((REPO / "companion").rglob("*.py"))
    }
    for tree in trees.values():
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            parameters = {argument.arg for argument in function.args.args}
            for call in ast.walk(function):
                if (
                    isinstance(call, ast.Call)
                    and getattr(call.func, "attr", getattr(call.func, "id", None)) == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id in parameters
                ):
                    wrappers.add(function.name)
    hidden = [
        f"{path.relative_to(REPO)}:{call.lineno} {call.func.id}({call.args[0].value!r})"  # type: ignore[attr-defined]
        for path, tree in trees.items()
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in wrappers
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]
    assert not hidden, f"{len(hidden)} text(s) lupdate cannot see: " + "; ".join(hidden[:10])


def _domain_red_flag_texts() -> set[str]:
    from companion.domain.red_flags import ADVICE, QUESTIONS, REASON_EXPLANATIONS

    texts = {q.text for q in QUESTIONS} | set(REASON_EXPLANATIONS.values())
    for advice in ADVICE.values():
        texts |= {advice.title, advice.message, *advice.steps}
    return texts


def _domain_measure_texts() -> set[str]:
    from companion.domain.measures import (
        BOTHERSOMENESS_ANCHORS,
        BOTHERSOMENESS_QUESTIONS,
        BOTHERSOMENESS_RECALL,
    )

    return {*BOTHERSOMENESS_QUESTIONS.values(), *BOTHERSOMENESS_ANCHORS, BOTHERSOMENESS_RECALL}


def _domain_measure_names() -> set[str]:
    from companion.domain.measures import BOTHERSOMENESS, FUNCTIONAL_SCALE

    return {BOTHERSOMENESS.name, FUNCTIONAL_SCALE.name}


def _handout_texts() -> set[str]:
    from companion.ui.programme.programme_handout import _HANDOUT_WORDS

    return set(_HANDOUT_WORDS)


# The only functions allowed to translate a text they are handed (lupdate reads only literal
# strings): each translates the domain's English under one context, where the texts are marked
# with QT_TRANSLATE_NOOP, and names which domain texts it is handed.
WRAPPERS = {
    ("companion/ui/safety/red_flag_texts.py", "red_flag_text"): (
        "RedFlags",
        _domain_red_flag_texts,
    ),
    ("companion/ui/progress/measure_words.py", "measure_text"): (
        "Measures",
        _domain_measure_texts,
    ),
    ("companion/ui/progress/progress_view.py", "chart_words"): ("Charts", _domain_measure_names),
    ("companion/ui/programme/programme_handout.py", "handout_words"): ("Handout", _handout_texts),
}


def _translations_of_handed_texts() -> list[tuple[str, str]]:
    """(file, function) of every translate()/tr() call whose text is not a literal string."""
    found: list[tuple[str, str]] = []
    for path in sorted((REPO / "companion").rglob("*.py")):
        where = str(path.relative_to(REPO))

        def visit(node: ast.AST, function: str = "<module>", where: str = where) -> None:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                function = node.name
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", None))
                text = None
                if name == "translate" and len(node.args) >= 2:
                    text = node.args[1]
                elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
                    text = node.args[0]
                if text is not None and not (
                    isinstance(text, ast.Constant) and isinstance(text.value, str)
                ):
                    found.append((where, function))
            for child in ast.iter_child_nodes(node):
                visit(child, function, where)

        visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_no_text_is_translated_through_a_wrapper_lupdate_cannot_read() -> None:
    """`def _tr(text): return translate("Diary", text)` hides every `_tr("Walking")` from
    lupdate: German then shows English. Call translate("Context", "literal") instead, or mark
    the texts with QT_TRANSLATE_NOOP and list the function in WRAPPERS."""
    handed = set(_translations_of_handed_texts())
    assert handed <= set(WRAPPERS), sorted(handed - set(WRAPPERS))
    assert handed == set(WRAPPERS)  # a wrapper gone from the code leaves this list too


@pytest.mark.parametrize("wrapper", sorted(WRAPPERS), ids=lambda w: w[1])
def test_every_text_handed_to_a_wrapper_is_in_the_translation_source(
    wrapper: tuple[str, str],
) -> None:
    context, texts = WRAPPERS[wrapper]
    committed = _messages(SOURCE)
    missing = sorted(text for text in texts() if (context, text) not in committed)
    assert missing == []


DIARY_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion.app import install_translations
install_translations(app, Path(sys.argv[1]))
from companion.domain.vocabulary import LegReach, Side
from companion.services.diary import DiaryEntryInvalid, Refusal
from companion.ui.diary.diary_texts import refusal_text
from companion.ui.texts import reach_phrase
print(reach_phrase(LegReach.THIGH, Side.LEFT))
print(refusal_text(DiaryEntryInvalid("note", Refusal.TOO_LONG, 4000)))
"""


def test_the_diary_words_its_entries_and_refusals_in_german(tmp_path: Path) -> None:
    """The services hand the diary values; the words come from the German catalogue."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    german = SOURCE.with_name("companion_de.ts")
    subprocess.run(
        [str(lrelease), "-silent", str(german), "-qm", str(tmp_path / "companion_de.qm")],
        check=True,
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "de_DE.UTF-8",
        "LANGUAGE": "",
    }
    result = subprocess.run(
        [sys.executable, "-c", DIARY_CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    assert result.stdout.split("\n")[:2] == [
        "Beinbeschwerden bis in den Oberschenkel (links)",
        "Die Notiz ist zu lang: Bitte bleiben Sie unter 4000 Zeichen.",
    ]
