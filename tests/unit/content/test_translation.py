"""Translation overlays: German is complete, falls back field by field and is checked strictly.

Real files throughout: the shipped `exercises/` folder, and copies of it in `tmp_path` with one
overlay changed to something a translator might get wrong.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from companion.content.library import (
    ContentError,
    ExerciseLibrary,
    load_library,
    read_programme,
    untranslated_fields,
)
from companion.content.translation import english_files
from companion.services.programmes import read_programme_file

EXERCISES = Path(__file__).resolve().parents[3] / "exercises"
EXAMPLE = Path(__file__).parent / "fixtures" / "example.scprog"
SPREAD_EN = "Stop if pain, tingling or numbness spreads further down your leg."
SPREAD_DE = (
    "Hören Sie auf, wenn Schmerzen, Kribbeln oder Taubheit weiter ins Bein hinunter ausstrahlen."
)
NEW_SIGNS_EN = "Stop if you feel new numbness or weakness."
NEW_SIGNS_DE = "Hören Sie auf, wenn Sie ein neues Taubheitsgefühl oder eine neue Schwäche bemerken."

# Informal address, and the calques docs/translating.md's glossary rules out.
INFORMAL = re.compile(r"\b(du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.IGNORECASE)
CALQUES = (
    "Session",
    "Sitzung",
    "Set",
    "Sets",
    "Rep",
    "Reps",
    "Flare-up",
    "Aufflammen",
    "Rote Flaggen",
    "Kliniker",
    "Physio",
    "macht Sinn",
    "Check-in",
    "Einchecken",
    "Nervengleiter",
    "Nervenflossing",
    "Vogel-Hund",
    "toter Käfer",
    "Muschelschale",
    "Hüftscharnier",
    "Baumstammrolle",
    "Scheibenbruch",
    "Bewegungssnack",
    "Bewegungshappen",
    "Sitzunterbrechung",
    "Reichweite",
    "eine Pause nehmen",
    "Stecknadeln",
)


@pytest.fixture(scope="module")
def english() -> ExerciseLibrary:
    return load_library(EXERCISES)


@pytest.fixture(scope="module")
def german() -> ExerciseLibrary:
    return load_library(EXERCISES, "de")


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    return []


def _overlays() -> list[Path]:
    return sorted([*EXERCISES.glob("*.de.toml"), *(EXERCISES / "programmes").glob("*.de.toml")])


# --- the shipped German -----------------------------------------------------------------------


def test_german_leaves_no_field_untranslated() -> None:
    assert untranslated_fields(EXERCISES, "de") == []


def test_every_exercise_and_starter_programme_has_a_german_overlay() -> None:
    for folder in (EXERCISES, EXERCISES / "programmes"):
        for path in english_files(folder):
            assert path.with_name(f"{path.stem}.de.toml").is_file(), path.name


def test_german_changes_the_words_and_nothing_else(
    english: ExerciseLibrary, german: ExerciseLibrary
) -> None:
    assert list(german.exercises) == list(english.exercises)
    for en in english:
        de = german.get(en.id)
        assert de.summary != en.summary, en.id
        assert all(d != e for d, e in zip(de.steps, en.steps, strict=True)), en.id
        assert len(de.cautions) == len(en.cautions), en.id
        assert len(de.stop_rules) == len(en.stop_rules), en.id
        assert (de.category, de.bias, de.position, de.equipment) == (
            en.category,
            en.bias,
            en.position,
            en.equipment,
        )
        assert (de.easier, de.harder, de.figure, de.clearance) == (
            en.easier,
            en.harder,
            en.figure,
            en.clearance,
        )
        # Only words change: a hold phase keeps its seconds and its figure frame.
        phases = tuple(
            replace(p, name=d.name)
            for p, d in zip(en.dose.hold_phases, de.dose.hold_phases, strict=True)
        )
        assert de.dose == replace(en.dose, note=de.dose.note, hold_phases=phases), en.id
    for key, en_programme in english.programmes.items():
        de_programme = german.programme(key)
        assert de_programme.name != en_programme.name
        assert [i.exercise_id for i in de_programme.items] == [
            i.exercise_id for i in en_programme.items
        ]


def test_the_stop_rules_keep_one_wording_in_german(
    english: ExerciseLibrary, german: ExerciseLibrary
) -> None:
    # A stop rule is safety text: the same English rule reads the same in German everywhere.
    for en in english:
        de = german.get(en.id)
        for en_rule, de_rule in zip(en.stop_rules, de.stop_rules, strict=True):
            if en_rule == SPREAD_EN:
                assert de_rule == SPREAD_DE, en.id
            if en_rule == NEW_SIGNS_EN:
                assert de_rule == NEW_SIGNS_DE, en.id


def test_a_dose_note_taken_from_the_exercise_is_german_in_a_programme(
    german: ExerciseLibrary,
) -> None:
    item = german.programme("desk-worker").items[2]
    assert item.exercise_id == "hip-hinge"
    assert german.dose_for(item).reps == 5  # the programme's own number
    assert german.dose_for(item).note == german.get("hip-hinge").dose.note
    assert german.dose_for(item).note.startswith("Beim Lernen")


@pytest.mark.parametrize("path", _overlays(), ids=lambda p: p.name)
def test_german_is_formal_and_free_of_calques(path: Path) -> None:
    for text in _texts(tomllib.loads(path.read_text("utf-8"))):
        assert not INFORMAL.search(text), f"{path.name}: informal address in {text!r}"
        for calque in CALQUES:
            assert not re.search(rf"\b{re.escape(calque)}\b", text), f"{path.name}: {calque!r}"


def test_german_search_finds_german_names(german: ExerciseLibrary) -> None:
    assert next(e.id for e in german.search("brücke")) == "glute-bridge"


# --- fallback ---------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "exercises"
    shutil.copytree(EXERCISES, copy)
    return copy


def test_a_missing_field_falls_back_to_english_field_by_field(
    folder: Path, english: ExerciseLibrary
) -> None:
    (folder / "walking.de.toml").write_text('name = "Gehtraining"\n', "utf-8")
    (folder / "programmes" / "flare-up.de.toml").unlink()
    german = load_library(folder, "de")
    walking = german.get("walking")
    assert walking.name == "Gehtraining"
    assert walking.summary == english.get("walking").summary
    assert walking.steps == english.get("walking").steps
    assert walking.dose.note == english.get("walking").dose.note
    de_flare, en_flare = german.programme("flare-up"), english.programme("flare-up")
    assert (de_flare.name, de_flare.description) == (en_flare.name, en_flare.description)
    assert [i.note for i in de_flare.items] == [i.note for i in en_flare.items]
    assert german.get("glute-bridge").name == "Brücke (Beckenheben)"  # others still German
    assert untranslated_fields(folder, "de") == [
        "walking.de.toml: short_name",
        "walking.de.toml: summary",
        "walking.de.toml: evidence",
        "walking.de.toml: steps",
        "walking.de.toml: cautions",
        "walking.de.toml: stop_rules",
        "walking.de.toml: dose.note",
        "programmes/flare-up.de.toml: name",
        "programmes/flare-up.de.toml: description",
        "programmes/flare-up.de.toml: items[2].note",
        "programmes/flare-up.de.toml: items[3].note",
        "programmes/flare-up.de.toml: items[4].note",
    ]


def test_a_language_without_overlays_is_english_and_all_untranslated(
    english: ExerciseLibrary,
) -> None:
    assert load_library(EXERCISES, "fr") == english
    missing = untranslated_fields(EXERCISES, "fr")
    assert "walking.fr.toml: stop_rules" in missing
    assert "programmes/gentle-start.fr.toml: items[0].note" in missing
    assert untranslated_fields(EXERCISES, "en") == []


def test_a_programme_written_by_a_clinician_is_never_translated(
    tmp_path: Path, german: ExerciseLibrary
) -> None:
    # A clinic's own programme file, with a "translation" beside it that must not be used.
    own = tmp_path / "our-plan.toml"
    text = (EXERCISES / "programmes" / "gentle-start.toml").read_text("utf-8")
    own.write_text(text.replace('id = "gentle-start"', 'id = "our-plan"'), "utf-8")
    shutil.copy(EXERCISES / "programmes" / "gentle-start.de.toml", tmp_path / "our-plan.de.toml")
    programme = read_programme(own, german.exercises)
    assert programme.name == "Gentle start"
    assert programme.items[0].note == "Small, easy swings to warm up."
    # And a physiotherapist's programme file keeps its own words over the German library.
    document = read_programme_file(EXAMPLE, german).document
    assert document.title == "Back to walking"


# --- every validation error -------------------------------------------------------------------

WALKING = "walking.de.toml"
FLARE = "programmes/flare-up.de.toml"
FLARE_ITEMS = "".join(
    f'[[items]]\nexercise = "{e}"\n\n'
    for e in ("rest-positions", "log-roll", "pelvic-tilt", "knee-rolls", "walking")
)


@pytest.mark.parametrize(
    ("overlay", "text", "message"),
    [
        (WALKING, 'colour = "blau"\n', "walking.de.toml: colour: unknown key"),
        (WALKING, 'id = "gehen"\n', "walking.de.toml: id: unknown key"),
        (WALKING, "name = 3\n", "walking.de.toml: name: must be text"),
        (WALKING, 'name = ""\n', "walking.de.toml: name: must not be empty"),
        (WALKING, f'short_name = "{"x" * 25}"\n', "short_name: is longer than 24 characters"),
        (WALKING, 'summary = "a\\u0007b"\n', "summary: contains control characters"),
        (WALKING, 'steps = "Gehen Sie."\n', "walking.de.toml: steps: must be a list of text"),
        (
            WALKING,
            'steps = ["Gehen Sie."]\n',
            "walking.de.toml: steps: must have 4 entries, one for each in the English file, not 1",
        ),
        (WALKING, 'cautions = ["a", 2]\n', "walking.de.toml: cautions[1]: must be text"),
        (WALKING, "[dose]\nminutes = 5\n", "walking.de.toml: dose.minutes: unknown key"),
        (WALKING, 'dose = "viel"\n', "walking.de.toml: dose: must be a table"),
        (
            "pelvic-tilt.de.toml",
            '[dose]\nnote = "Sanft."\n',
            "pelvic-tilt.de.toml: dose.note: pelvic-tilt.toml has no dose note to translate",
        ),
        (WALKING, "name = \n", "walking.de.toml: is not valid TOML"),
        (
            "nowhere.de.toml",
            'name = "Nirgends"\n',
            "nowhere.de.toml: there is no nowhere.toml for it to translate",
        ),
        (FLARE, "name = 5\n", "flare-up.de.toml: name: must be text"),
        (FLARE, "sessions_per_day = 9\n", "flare-up.de.toml: sessions_per_day: unknown key"),
        (
            FLARE,
            '[[items]]\nexercise = "rest-positions"\n',
            "flare-up.de.toml: items: must be a list of 5 items, one for each in the English file",
        ),
        (
            FLARE,
            FLARE_ITEMS.replace('"log-roll"', '"walking"'),
            "flare-up.de.toml: items[1].exercise: must be 'log-roll', as in the English file",
        ),
        (
            FLARE,
            FLARE_ITEMS.replace('"log-roll"\n', '"log-roll"\nnote = "Langsam."\n'),
            "flare-up.de.toml: items[1].note: the English item has no note to translate",
        ),
        (
            FLARE,
            FLARE_ITEMS.replace('"log-roll"\n', '"log-roll"\ndose = { reps = 3 }\n'),
            "flare-up.de.toml: items[1].dose.reps: unknown key",
        ),
        (
            FLARE,
            FLARE_ITEMS.replace('"log-roll"\n', '"log-roll"\ndose = { note = "Ruhig." }\n'),
            "flare-up.de.toml: items[1].dose.note: the English item has no dose note",
        ),
        (
            FLARE,
            FLARE_ITEMS.replace('"log-roll"\n', '"log-roll"\nsides = "both"\n'),
            "flare-up.de.toml: items[1].sides: unknown key",
        ),
        (
            "programmes/nowhere.de.toml",
            'name = "Nirgends"\n',
            "nowhere.de.toml: there is no nowhere.toml for it to translate",
        ),
    ],
)
def test_a_bad_overlay_is_refused_by_name_and_never_breaks_english(
    folder: Path, english: ExerciseLibrary, overlay: str, text: str, message: str
) -> None:
    (folder / overlay).write_text(text, "utf-8")
    with pytest.raises(ContentError) as refused:
        load_library(folder, "de")
    assert message in str(refused.value)
    with pytest.raises(ContentError):
        untranslated_fields(folder, "de")
    assert load_library(folder) == english  # English never reads an overlay


@pytest.mark.parametrize("language", ["DE", "de_DE", "d", "../de", ""])
def test_a_language_must_be_a_plain_code(language: str) -> None:
    with pytest.raises(ContentError, match="is not a language code"):
        load_library(EXERCISES, language)
