"""Per-language overlays: the exercise library's prose in another language, beside the English.

Beside `exercises/<id>.toml` an overlay `exercises/<id>.<language>.toml` (for example
`glute-bridge.de.toml`) holds only that exercise's prose in one language;
`exercises/programmes/<id>.<language>.toml` does the same for a starter programme. Every field
of an overlay is optional: what it leaves out stays English, field by field. Ids, numbers,
choices and figures never appear in an overlay, so no language can change a dose or a pose.

An overlay is read by the same strict reader as the English file: an unknown key, a wrong type,
a text too long, a list of another length than the English one, or an overlay without an English
file is refused with the overlay's name and the field, and a bad overlay never half-loads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from companion.content.reader import ContentError, Reader
from companion.domain.exercise import Exercise, ProgrammeItem, StarterProgramme

ENGLISH = "en"
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")

# The one place the prose limits live: the English files and their overlays share them, so a
# translation is held to the same space on screen and on the handout.
EXERCISE_TEXT_MAX: dict[str, int] = {"name": 60, "short_name": 24, "summary": 160, "evidence": 200}
EXERCISE_LISTS = ("steps", "cautions", "stop_rules")
NOTE_MAX = 200
PROGRAMME_TEXT_MAX: dict[str, int] = {"name": 60, "description": 400}

_EXERCISE_OVERLAY_KEYS = {*EXERCISE_TEXT_MAX, *EXERCISE_LISTS, "dose"}
_PROGRAMME_OVERLAY_KEYS = {*PROGRAMME_TEXT_MAX, "items"}
_ITEM_OVERLAY_KEYS = {"exercise", "note", "dose"}


def check_language(language: str) -> str:
    """`language` if it is a language code such as "de"; ContentError otherwise."""
    if not _LANGUAGE.fullmatch(language):
        raise ContentError(f"{language!r} is not a language code such as 'de'")
    return language


def english_files(folder: Path) -> list[Path]:
    """The English content files in `folder`: every `*.toml` without a language in its name."""
    # An id never holds a dot, so a dot in the stem marks an overlay such as "walking.de".
    return sorted(p for p in folder.glob("*.toml") if "." not in p.stem)


def overlay_path(english: Path, language: str) -> Path:
    """Where the overlay for one English file in one language lives."""
    return english.with_name(f"{english.stem}.{language}.toml")


def check_no_orphans(folder: Path, english_stems: set[str], language: str) -> None:
    """Refuse an overlay in `folder` that has no English file to translate."""
    for path in sorted(folder.glob(f"*.{language}.toml")):
        stem = path.name.removesuffix(f".{language}.toml")
        if stem not in english_stems:
            raise ContentError(f"{path.name}: there is no {stem}.toml for it to translate")


# --- Exercises --------------------------------------------------------------------------------


def exercise_prose(exercise: Exercise) -> list[str]:
    """The fields of an exercise that hold English prose, so a translation must give them."""
    fields = [*EXERCISE_TEXT_MAX, *(k for k in EXERCISE_LISTS if getattr(exercise, k))]
    if exercise.dose.note:
        fields.append("dose.note")
    if exercise.dose.hold_phases:
        fields.append("dose.hold_phases")
    return fields


def _overlay_texts(
    path: Path, keys: set[str], limits: Mapping[str, int]
) -> tuple[Reader, dict[str, Any], dict[str, Any]]:
    """An overlay file read strictly (only `keys`), and the texts it gives for the fields of
    `limits`, each checked against its length."""
    r = Reader(path)
    data = r.table(r.load(), "", keys, set())
    texts = {key: r.text(data[key], key, limit) for key, limit in limits.items() if key in data}
    return r, data, texts


def translate_exercise(
    exercise: Exercise, english: Path, language: str, untranslated: list[str]
) -> Exercise:
    """`exercise` in `language` where its overlay says so; what the overlay lacks stays English.

    Each English field the overlay leaves out is added to `untranslated` as "file: field".
    """
    path = overlay_path(english, language)
    if not path.exists():
        untranslated.extend(f"{path.name}: {field}" for field in exercise_prose(exercise))
        return exercise
    r, data, changes = _overlay_texts(path, _EXERCISE_OVERLAY_KEYS, EXERCISE_TEXT_MAX)
    for key in EXERCISE_LISTS:
        if key in data:
            changes[key] = _same_length(r, data[key], key, getattr(exercise, key))
    given = set(changes)
    if "dose" in data:
        table = r.table(data["dose"], "dose", {"note", "hold_phases"}, set())
        dose = exercise.dose
        if "note" in table:
            if not dose.note:
                raise r.fail("dose.note", f"{english.name} has no dose note to translate")
            dose = replace(dose, note=r.text(table["note"], "dose.note"))
            given.add("dose.note")
        if "hold_phases" in table:
            # Only the phases' names, one for each English phase: seconds and frames stay.
            english_names = [p.name for p in dose.hold_phases]
            if not english_names:
                raise r.fail("dose.hold_phases", f"{english.name} has no hold phases to translate")
            names = _same_length(r, table["hold_phases"], "dose.hold_phases", english_names)
            phases = tuple(replace(p, name=n) for p, n in zip(dose.hold_phases, names, strict=True))
            dose = replace(dose, hold_phases=phases)
            given.add("dose.hold_phases")
        if dose != exercise.dose:
            changes["dose"] = dose
    untranslated.extend(
        f"{path.name}: {field}" for field in exercise_prose(exercise) if field not in given
    )
    return replace(exercise, **changes)


def _same_length(r: Reader, value: object, field: str, english: Sequence[str]) -> tuple[str, ...]:
    """A translated list: one entry for each English entry, in the same order."""
    if not isinstance(value, list):
        raise r.fail(field, "must be a list of text")
    if len(value) != len(english):
        raise r.fail(
            field,
            f"must have {len(english)} entries, one for each in the English file, not {len(value)}",
        )
    return r.texts(value, field, min_items=len(english), max_items=len(english))


# --- Starter programmes -----------------------------------------------------------------------


def programme_prose(programme: StarterProgramme, english_data: Mapping[str, Any]) -> list[str]:
    """The fields of a starter programme that hold English prose of its own."""
    fields = list(PROGRAMME_TEXT_MAX)
    for i, (item, raw) in enumerate(zip(programme.items, english_data["items"], strict=True)):
        if item.note:
            fields.append(f"items[{i}].note")
        if "note" in raw.get("dose", {}):
            fields.append(f"items[{i}].dose.note")
    return fields


def translate_programme(
    programme: StarterProgramme, english: Path, language: str, untranslated: list[str]
) -> StarterProgramme:
    """A starter programme in `language` where its overlay says so; the rest stays English.

    Only the programme's own prose is translated here: a dose note an item takes over from its
    exercise is already in `language` when the programme is read over the translated exercises.
    """
    path = overlay_path(english, language)
    english_data = Reader(english).load()  # checked already: read again only for its own notes
    prose = programme_prose(programme, english_data)
    where = f"programmes/{path.name}"
    if not path.exists():
        untranslated.extend(f"{where}: {field}" for field in prose)
        return programme
    r, data, changes = _overlay_texts(path, _PROGRAMME_OVERLAY_KEYS, PROGRAMME_TEXT_MAX)
    given = set(changes)
    if "items" in data:
        changes["items"] = _items(r, data["items"], programme.items, set(prose), given)
    untranslated.extend(f"{where}: {field}" for field in prose if field not in given)
    return replace(programme, **changes)


def _items(
    r: Reader,
    value: object,
    english: Sequence[ProgrammeItem],
    prose: set[str],
    given: set[str],
) -> tuple[ProgrammeItem, ...]:
    """The translated items: one for each English item, naming the same exercise."""
    if not isinstance(value, list) or len(value) != len(english):
        raise r.fail(
            "items", f"must be a list of {len(english)} items, one for each in the English file"
        )
    items: list[ProgrammeItem] = []
    for i, (raw, item) in enumerate(zip(value, english, strict=True)):
        field, translated = f"items[{i}]", item
        table = r.table(raw, field, _ITEM_OVERLAY_KEYS, {"exercise"})
        if table["exercise"] != item.exercise_id:
            # The id keeps a translator's notes on the right exercise if the English file's
            # items are ever reordered.
            raise r.fail(
                f"{field}.exercise", f"must be {item.exercise_id!r}, as in the English file"
            )
        if "note" in table:
            if f"{field}.note" not in prose:
                raise r.fail(f"{field}.note", "the English item has no note to translate")
            translated = replace(item, note=r.text(table["note"], f"{field}.note", NOTE_MAX))
            given.add(f"{field}.note")
        if "dose" in table:
            dose = r.table(table["dose"], f"{field}.dose", {"note"}, set())
            if "note" in dose:
                if f"{field}.dose.note" not in prose or item.dose is None:
                    raise r.fail(f"{field}.dose.note", "the English item has no dose note")
                note = r.text(dose["note"], f"{field}.dose.note", NOTE_MAX)
                translated = replace(translated, dose=replace(item.dose, note=note))
                given.add(f"{field}.dose.note")
        items.append(translated)
    return tuple(items)
