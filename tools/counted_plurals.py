"""Keep a translation's plural forms of counted phrases across `pyside6-lupdate` runs.

`QCoreApplication.translate(context, "%n day(s)", "", n)` with the count in a variable reaches
lupdate as an ordinary message, so lupdate drops the plural forms a translator wrote for it and
keeps only the first, unfinished. Qt picks the form by the count at run time either way, so the
message only has to stay counted in the file. Run this after lupdate with a copy of the file taken
before it: every message whose text holds both "%n" and "(s)" is marked counted again and gets
back the forms written before (finished if they were), or empty unfinished forms if it is new.
English has its own filler (tools/english_plurals.py), which writes the forms from the source.

    cp resources/translations/companion_de.ts build/companion_de.before.ts
    pyside6-lupdate ... -target-language de_DE -ts resources/translations/companion_de.ts
    python tools/counted_plurals.py resources/translations/companion_de.ts \
        build/companion_de.before.ts
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.DOTALL)
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.DOTALL)
FORMS = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)

Key = tuple[str, str]


def _messages(text: str) -> dict[Key, tuple[bool, str]]:
    """Each message by (context, source): whether it is counted, and its translation element."""
    found: dict[Key, tuple[bool, str]] = {}
    for context in CONTEXT.finditer(text):
        name = html.unescape(context.group(2))
        for message in MESSAGE.finditer(context.group(3)):
            source = SOURCE.search(message.group(2))
            translation = TRANSLATION.search(message.group(2))
            if source and translation:
                key = (name, html.unescape(source.group(1)))
                found[key] = (message.group(1) is not None, translation.group(0))
    return found


def _form_count(text: str) -> int:
    """How many plural forms the file's language has, as lupdate wrote them (2 by default)."""
    for message in MESSAGE.finditer(text):
        if message.group(1):
            translation = TRANSLATION.search(message.group(2))
            forms = FORMS.findall(translation.group(0)) if translation else []
            if forms:
                return len(forms)
    return 2


def _is_counted(source: str) -> bool:
    return "%n" in source and "(s)" in source


def restore(text: str, before: str) -> tuple[str, int]:
    """`text` with its uncounted "%n…(s)" messages counted again; also how many were changed."""
    earlier = _messages(before)
    count = _form_count(text)
    empty = (
        '<translation type="unfinished">\n'
        + "            <numerusform></numerusform>\n" * count
        + "        </translation>"
    )
    changed = 0

    def one_context(context: re.Match[str]) -> str:
        name = html.unescape(context.group(2))

        def one_message(message: re.Match[str]) -> str:
            nonlocal changed
            body = message.group(2)
            source = SOURCE.search(body)
            if message.group(1) or source is None:
                return message.group(0)
            text_of = html.unescape(source.group(1))
            if not _is_counted(text_of):
                return message.group(0)
            was_counted, old = earlier.get((name, text_of), (False, ""))
            written = old if was_counted and FORMS.search(old) else empty
            changed += 1
            return f'<message numerus="yes">{TRANSLATION.sub(lambda _: written, body, 1)}</message>'

        return context.group(1) + MESSAGE.sub(one_message, context.group(3)) + context.group(4)

    return CONTEXT.sub(one_context, text), changed


def main(path: str, before_path: str) -> int:
    """Count again the counted phrases in the .ts file at `path`, forms from `before_path`."""
    file, before = Path(path), Path(before_path)
    text = file.read_text(encoding="utf-8")
    earlier = before.read_text(encoding="utf-8") if before.is_file() else ""
    restored, changed = restore(text, earlier)
    if restored != text:
        file.write_text(restored, encoding="utf-8")
    print(f"counted plurals: {changed} counted phrase(s) kept in {file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
