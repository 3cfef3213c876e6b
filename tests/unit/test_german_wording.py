"""Every finished German message keeps the English placeholders, speaks to the reader as "Sie"
and avoids the calques that docs/translating.md lists; the German overlays of the exercises and
starter programmes (exercises/**/*.de.toml) are held to the same address and glossary. Unfinished
messages are not checked here (completeness is checked elsewhere); the rules come from the
glossary page itself, so the page and this test cannot drift apart."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "companion_de.ts"
GLOSSARY = ROOT / "docs" / "translating.md"
EXERCISES = ROOT / "exercises"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
OPTION = re.compile(r"(?<!\w)--[\w-]+")  # a command-line option stays English: --data-dir
# An accelerator is a single "&" before a character; "&&" is a literal ampersand.
# "A&E" (between capitals) is an abbreviation, not a key; "S&kip" and "&End" are keys.
ACCELERATOR = re.compile(r"(?<![A-Z])&(?!&)(?=\S)|(?<=[A-Z])&(?=[^\sA-Z&])")
# Informal address. "ihr" is also "her"/"its" (ihr Datenträger), so only "ihr" with a verb in
# the second person plural ("ihr habt", "Ihr seid") counts; formal "Ihr" comes with a noun.
INFORMAL = re.compile(
    r"\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e[mnrs]?)?|[Ee]uch|[Ee]uer|[Ee]ure[mnrs]?)\b"
    r"|\b[Ii]hr\s+(?:seid|[a-zäöüß]+t)\b"
)
ENDINGS = "(?:e|en|er|es|n|s|ns)?"


@dataclass(frozen=True)
class Message:
    """One finished German text with the English it translates."""

    context: str
    source: str
    german: str

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r} -> {self.german!r}"


def finished_messages() -> list[Message]:
    """Every finished translation in companion_de.ts, each plural form on its own."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue  # unfinished, vanished or obsolete
            source = message.findtext("source") or ""
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for german in forms if forms else [translation.text or ""]:
                found.append(Message(name, source, german))
    return found


def overlay_texts() -> list[Message]:
    """Every text in the German exercise and programme overlays, named by file and key."""
    found = []

    def walk(where: str, value: object) -> None:
        if isinstance(value, str):
            found.append(Message(where, "", value))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(f"{where}[{index}]", item)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(f"{where}.{key}", item)

    for path in sorted(EXERCISES.rglob("*.de.toml")):
        walk(path.relative_to(EXERCISES).as_posix(), tomllib.loads(path.read_text("utf-8")))
    return found


def forbidden_terms() -> list[str]:
    """The quoted words in the glossary table's "not" column of docs/translating.md."""
    terms: list[str] = []
    column: int | None = None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            column = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if column is None:
            heads = [cell.lower() for cell in cells]
            column = next((i for i, head in enumerate(heads) if head.startswith("not")), None)
            continue
        if column < len(cells) and not set(cells[column]) <= set("-: "):
            terms += re.findall(r'"([^"]+)"', cells[column])
    return terms


def without_markup(text: str) -> str:
    """The words of a text, without placeholders, tags and options ("{sets}" is no "Set")."""
    return OPTION.sub(" ", TAG.sub(" ", PLACEHOLDER.sub(" ", text)))


def calques_in(text: str, terms: list[str]) -> list[str]:
    """The glossary's forbidden terms found in a text, as whole words, any case or ending."""
    words = without_markup(text)
    return [
        term
        for term in terms
        if re.search(rf"(?<!\w){re.escape(term)}{ENDINGS}(?!\w)", words, re.IGNORECASE)
    ]


MESSAGES = finished_messages()
OVERLAY_TEXTS = overlay_texts()
TERMS = forbidden_terms()


def test_there_is_something_to_check() -> None:
    assert len(MESSAGES) > 500
    assert len(OVERLAY_TEXTS) > 300
    assert len(TERMS) > 20
    assert "Check-in" in TERMS


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_placeholders_and_tags_are_kept(message: Message) -> None:
    assert Counter(PLACEHOLDER.findall(message.german)) == Counter(
        PLACEHOLDER.findall(message.source)
    )
    assert Counter(TAG.findall(message.german)) == Counter(TAG.findall(message.source))
    assert message.german.count("\n") == message.source.count("\n")


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_one_accelerator_where_english_has_one(message: Message) -> None:
    accelerators = len(ACCELERATOR.findall(message.german))
    assert accelerators <= 1
    assert accelerators == min(1, len(ACCELERATOR.findall(message.source)))


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_spaces_at_the_ends_are_kept(message: Message) -> None:
    # " min" follows a number in a spin box: the space is part of the text.
    source, german = message.source, message.german
    assert (source[:1].isspace(), source[-1:].isspace()) == (
        german[:1].isspace(),
        german[-1:].isspace(),
    )


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_formal_address(message: Message) -> None:
    assert INFORMAL.search(without_markup(message.german)) is None


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_no_calque_from_the_glossary(message: Message) -> None:
    assert calques_in(message.german, TERMS) == []


@pytest.mark.parametrize("text", OVERLAY_TEXTS, ids=str)
def test_overlays_use_formal_address_and_the_glossary(text: Message) -> None:
    assert INFORMAL.search(text.german) is None
    assert calques_in(text.german, TERMS) == []


@pytest.mark.parametrize(
    ("german", "informal"),
    [
        ("Machen Sie eine Pause.", False),
        ("Ihr Übungsprogramm", False),
        ("Ihre Tagebuchdatei oder ihr Datenträger ist schreibgeschützt.", False),
        ("Wie fühlst du dich?", True),
        ("Du kannst jetzt üben.", True),
        ("Speichere deine Antworten.", True),
        ("Das hilft dir.", True),
        ("Ihr habt es geschafft.", True),
        ("Wo seid ihr? Ihr seid spät.", True),
        ("Das gehört euch.", True),
        ("Starten Sie es mit --data-dir.", False),
    ],
)
def test_the_informal_check_itself(german: str, informal: bool) -> None:
    assert (INFORMAL.search(without_markup(german)) is not None) is informal


@pytest.mark.parametrize(
    ("german", "caught"),
    [
        ("Ihre Check-ins", True),
        ("3 Sets", True),
        ("{sets} Serien", False),
        ("Ein Flare-up", True),
        ("Ihre Sitzungen", True),
        ("Sitzpausen", False),
        ("Physiotherapiepraxis", False),
        # Wordings the second reading (issue 18) replaced, and what replaced them.
        ("Injektion", True),
        ("Spritze", False),
        ("{skipped} übersprungen", True),
        ("{skipped} ausgelassen", False),
        ("Diese Übung überspringen", False),
        ("(7-Tage-Durchschnitt {back_average})", True),
        ("(7-Tage-Mittel {back_average})", False),
        ("Abfragen der Red Flags", True),
        ("Red-Flag-Abfragen", False),
        ("zum Beispiel 6, 4, 2 pro Seite", True),
        ("zum Beispiel 6, 4, 2 je Seite", False),
        ("Übungsprogramm mit Vorbeugen", True),
        ("wenn sie beim Vorbeugen nachlassen", True),
        ("Die vorgebeugte Haltung", True),
        ("um einem Rückfall vorzubeugen", False),
        ("Übungsweg mit Vorneigen", False),
        ("das Übungsprogramm mit Rückbeugen", True),
        ("den Übungsweg mit Rückbeugen", False),
        ("Plan für den Schmerzschub", True),
        ("Plan bei Schmerzschub", False),
        ("Hochdrücken in Bauchlage", True),
        ("Hochdrücken aus der Bauchlage", False),
    ],
)
def test_the_calque_check_itself(german: str, caught: bool) -> None:
    assert bool(calques_in(german, TERMS)) is caught


def test_the_sitting_break_has_one_name_in_each_language() -> None:
    # The reminder to get up was "Movement break" in the tray and Settings, "Sitting break" in
    # the charts; German followed with "Bewegungspause", the movement snack's name.
    english = [m.source for m in MESSAGES]
    assert not [s for s in english if re.search(r"movement breaks?\b|get-up break", s, re.I)]
    named = [m for m in MESSAGES if re.search(r"sitting breaks?\b", m.source, re.I)]
    assert len(named) > 10
    assert [str(m) for m in named if "sitzpause" not in m.german.lower()] == []
    snack = [m for m in MESSAGES if "Bewegungspause" in m.german]
    assert all("snack" in m.source.lower() for m in snack), [str(m) for m in snack]
