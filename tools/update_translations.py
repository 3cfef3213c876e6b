"""Refresh every translation source (resources/translations/companion_*.ts) from the code.

`make translations` runs this; `--check` runs it on copies and fails, naming the files, when it
would change a committed one (CI runs the check through tests/gui/test_translations.py).

Two steps:
1. `pyside6-lupdate -locations none`: without line numbers a .ts changes only when a text does.
2. Counted phrases. lupdate marks a phrase as counted only in a `tr("%n day(s)", "", n)` call;
   `QCoreApplication.translate(context, text, "", n)` comes out as an ordinary message, and a
   count written `dose.minutes` is skipped. A message whose text holds both "%n" and "(s)" is
   counted whatever lupdate says, so it is marked here, and its forms are kept: those a
   translator wrote before this run are put back (lupdate drops them when it unmarks the
   message), English ones are filled by the "(s)" rule ("%n day", "%n days"), and any other
   language's missing forms are left open for its translator.

    python tools/update_translations.py [--check | --add fr_FR]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")

CONTEXT = re.compile(r"<context>.*?</context>", re.DOTALL)
NAME = re.compile(r"<name>(.*?)</name>", re.DOTALL)
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", re.DOTALL)
FORMS = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)
PLURAL_FORMS = 2  # English and German; a language with more gets them from lupdate's own tr()


def _is_counted(source: str) -> bool:
    return "%n" in source and "(s)" in source


def _written_forms(text: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the plural forms written in a .ts, complete ones only."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in CONTEXT.findall(text):
        name = NAME.search(context)
        for message in MESSAGE.finditer(context):
            source = SOURCE.search(message.group(0))
            translation = TRANSLATION.search(message.group(0))
            if not (name and source and translation) or "unfinished" in translation.group(0):
                continue
            forms = FORMS.findall(translation.group(0))
            if forms and all(forms):
                found[(name.group(1), source.group(1))] = forms
    return found


def _counted(message: str, forms: list[str] | None, english: bool) -> str:
    """`message` marked as counted, with `forms` (or the English rule's, or open ones)."""
    source = SOURCE.search(message)
    assert source is not None, message
    if forms is None and english:
        forms = [source.group(1).replace("(s)", ""), source.group(1).replace("(s)", "s")]
    kind = "" if forms else ' type="unfinished"'
    body = "".join(
        f"\n            <numerusform>{form}</numerusform>" for form in forms or [""] * PLURAL_FORMS
    )
    written = f"<translation{kind}>{body}\n        </translation>"
    message = message.replace("<message>", '<message numerus="yes">', 1)
    translation = TRANSLATION.search(message)
    if translation is None:
        return message.replace("</message>", f"    {written}\n    </message>")
    return message[: translation.start()] + written + message[translation.end() :]


def _settle_counted(text: str, before: dict[tuple[str, str], list[str]], english: bool) -> str:
    def settle_context(context: re.Match[str]) -> str:
        name = NAME.search(context.group(0))

        def settle(message: re.Match[str]) -> str:
            source = SOURCE.search(message.group(0))
            if name is None or source is None or not _is_counted(source.group(1)):
                return message.group(0)
            key = (name.group(1), source.group(1))
            now = _written_forms(f"<context><name>{key[0]}</name>{message.group(0)}</context>")
            if message.group(1) and key in now:
                return message.group(0)  # counted by lupdate, and its forms are there
            return _counted(message.group(0), before.get(key), english)

        return MESSAGE.sub(settle, context.group(0))

    return CONTEXT.sub(settle_context, text)


def update(ts: Path, sources: list[Path] | None = None, language: str | None = None) -> None:
    """Refresh the .ts file at `ts` from the code in companion/ (or `sources`); `language`
    (a Qt code such as "fr_FR") only when the file is new."""
    before = _written_forms(ts.read_text(encoding="utf-8")) if ts.exists() else {}
    code = sources or sorted((REPO / "companion").rglob("*.py"))
    target = ["-target-language", language] if language else []
    # lupdate says "Removed plural forms" for every counted translate() call: expected, and
    # mended below, so its chatter is shown only when it fails.
    ran = subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *target, *map(str, code), "-ts", str(ts)],
        check=False,
        capture_output=True,
        text=True,
    )
    if ran.returncode != 0:
        raise SystemExit(f"lupdate failed on {ts.name}: {ran.stderr.strip()}")
    text = ts.read_text(encoding="utf-8")
    settled = _settle_counted(text, before, english=ts.stem.endswith("_en"))
    if settled != text:
        ts.write_text(settled, encoding="utf-8")


def main(arguments: list[str]) -> int:
    """Update every .ts in place, or with --check report those an update would change; with
    --add LANG (a Qt code such as fr_FR) start a new language's file first."""
    if "--add" in arguments:
        language = arguments[arguments.index("--add") + 1]
        update(FOLDER / f"companion_{language.split('_')[0]}.ts", language=language)
    committed = sorted(FOLDER.glob("companion_*.ts"))
    if "--check" not in arguments:
        for ts in committed:
            update(ts)
        print(f"translations: {', '.join(ts.name for ts in committed)} refreshed")
        return 0
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in committed:
            copy = Path(scratch) / ts.name
            shutil.copyfile(ts, copy)
            update(copy)
            if copy.read_bytes() != ts.read_bytes():
                stale.append(ts.name)
    if stale:
        print(f"out of date: {', '.join(stale)}; run `make translations`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
