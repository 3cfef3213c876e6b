"""Write the English plural forms of new counted phrases into companion_en.ts.

`pyside6-lupdate` adds each new `tr("%n day(s)", "", n)` with both forms empty; without them
the app would show "3 day(s)". This fills a form left empty by the "(s)" rule ("%n day",
"%n days") and leaves every written form alone, so a phrase whose singular needs more than
dropping "(s)" ("answer(s) ... are kept") is fixed by hand once and then kept.

lupdate marks a phrase as counted only in a `tr()` call; `QCoreApplication.translate(context,
text, "", n)` with a count in a variable comes out as an ordinary message. A message whose text
holds both "%n" and "(s)" is counted whatever lupdate says, so it is marked and filled here
(Qt picks the form by the count at run time either way).

    python tools/english_plurals.py resources/translations/companion_en.ts
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

COUNTED = re.compile(r'<message numerus="yes">.*?</message>', re.DOTALL)
UNMARKED = re.compile(
    r"<message>(?:(?!</message>).)*?<source>[^<]*%n[^<]*\(s\)[^<]*</source>.*?</message>", re.DOTALL
)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>", re.DOTALL)
FORMS = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)


def _filled(message: str) -> str:
    translation = TRANSLATION.search(message)
    forms = FORMS.findall(translation.group(0)) if translation else []
    if len(forms) == 2 and all(forms) and 'type="unfinished"' not in translation.group(0):
        return message
    source = SOURCE.search(message)
    assert source is not None, message
    one = forms[0] if forms and forms[0] else source.group(1).replace("(s)", "")
    many = forms[1] if len(forms) > 1 and forms[1] else source.group(1).replace("(s)", "s")
    written = (
        "<translation>\n"
        f"            <numerusform>{one}</numerusform>\n"
        f"            <numerusform>{many}</numerusform>\n"
        "        </translation>"
    )
    if translation is None:
        return message.replace("</message>", f"    {written}\n    </message>")
    return message[: translation.start()] + written + message[translation.end() :]


def main(path: str) -> int:
    """Fill the empty English plural forms in the .ts file at `path`; print how many."""
    file = Path(path)
    text = file.read_text(encoding="utf-8")
    text = UNMARKED.sub(
        lambda match: match.group(0).replace("<message>", '<message numerus="yes">', 1), text
    )
    filled = COUNTED.sub(lambda match: _filled(match.group(0)), text)
    before, after = COUNTED.findall(text), COUNTED.findall(filled)
    changed = sum(a != b for a, b in zip(before, after, strict=True))
    if filled != text:
        file.write_text(filled, encoding="utf-8")
    print(f"english plurals: {changed} counted phrase(s) filled in {file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
