"""Problems in programme and questionnaire files in the reader's language, for the CLI.

domain.file_problems keeps each problem as a field, a reason and values; these are the same
sentences as the app's (ui/file_problem_words.py), in context Cli.
"""

from __future__ import annotations

from collections.abc import Iterable

from companion.domain.file_problems import FileProblem, FileReason
from companion.reports.wording import Wording


def _texts(words: Wording) -> dict[FileReason, str]:
    return {
        **_reading_texts(words),
        **_field_texts(words),
        **_programme_texts(words),
        **_questionnaire_file_texts(words),
        **_questionnaire_texts(words),
    }


def _reading_texts(words: Wording) -> dict[FileReason, str]:
    """Why the file could not be read as JSON at all, or is not this kind of file."""
    return {
        FileReason.NOT_A_FILE: words.translate("Cli", "is not a file"),
        FileReason.TOO_BIG: words.translate(
            "Cli", "is larger than {kib} KiB, too big for a programme file"
        ),
        FileReason.UNREADABLE: words.translate("Cli", "could not be read ({detail})"),
        FileReason.NOT_UTF8: words.translate(
            "Cli", "is not a programme file (it is not UTF-8 JSON text)"
        ),
        FileReason.NOT_JSON: words.translate(
            "Cli",
            "is not a programme file: not valid JSON ({detail}, line {line}, column {column})",
        ),
        FileReason.TOO_DEEP: words.translate("Cli", "is nested too deeply to be a programme"),
        FileReason.UNUSABLE_VALUE: words.translate(
            "Cli", "holds a value no programme uses ({detail})"
        ),
        FileReason.NOT_A_NUMBER: words.translate(
            "Cli", "{name} is not a number a programme can use"
        ),
        FileReason.REPEATED_KEY: words.translate("Cli", "appears twice in one object"),
        FileReason.NUMBER_TOO_LONG: words.translate(
            "Cli", "is a number of {digits} digits, too long for any field"
        ),
        FileReason.NOT_TEXT: words.translate(
            "Cli", "holds a character that is not text (a lone surrogate)"
        ),
        FileReason.FIELD_NAME_NOT_TEXT: words.translate(
            "Cli", "a field name holds a character that is not text (a lone surrogate)"
        ),
        FileReason.NOT_AN_OBJECT: words.translate("Cli", "must be a JSON object ({{...}})"),
        FileReason.WRONG_FORMAT: words.translate(
            "Cli", 'must be "{expected}" (this is not a Sciatica Companion programme)'
        ),
        FileReason.VERSION_NOT_WHOLE: words.translate("Cli", "must be a whole number"),
        FileReason.VERSION_TOO_NEW: words.translate(
            "Cli",
            "{version} is newer than this app can read (up to {newest}); update Sciatica "
            "Companion to open it",
        ),
        FileReason.VERSION_UNKNOWN: words.translate("Cli", "{version} is not a known version"),
    }


def _field_texts(words: Wording) -> dict[FileReason, str]:
    """What is wrong with one field's value."""
    return {
        FileReason.REQUIRED: words.translate("Cli", "is required"),
        FileReason.UNKNOWN_FIELD: words.translate("Cli", "unknown field"),
        FileReason.WRONG_TYPE: words.translate("Cli", "must be {type_words}"),
        FileReason.NOT_CONST: words.translate("Cli", "must be {value}"),
        FileReason.NOT_ONE_OF: words.translate("Cli", "must be one of {values}"),
        FileReason.EMPTY: words.translate("Cli", "must not be empty"),
        FileReason.TOO_LONG: words.translate("Cli", "must be at most {limit} characters"),
        FileReason.BELOW_MINIMUM: words.translate("Cli", "must be at least {limit}"),
        FileReason.ABOVE_MAXIMUM: words.translate("Cli", "must be at most {limit}"),
        FileReason.NOT_ABOVE: words.translate("Cli", "must be more than {limit}"),
        FileReason.BLANK: words.translate("Cli", "must not be blank"),
        FileReason.NOT_A_DATE_FORM: words.translate("Cli", "must be a date written YYYY-MM-DD"),
        FileReason.NOT_AN_ID: words.translate(
            "Cli", "must be an id of lower-case letters, digits and hyphens"
        ),
        FileReason.TOO_FEW_ENTRIES: words.translate("Cli", "needs at least {count} entries"),
        FileReason.TOO_MANY_ENTRIES: words.translate("Cli", "may hold at most {count} entries"),
        FileReason.REPEATED_ENTRY: words.translate("Cli", "lists the same entry twice"),
        FileReason.EXTRA_ENTRIES: words.translate("Cli", "has too many entries"),
        FileReason.NOT_A_REAL_DATE: words.translate(
            "Cli", "'{value}' is not a real date (use YYYY-MM-DD)"
        ),
    }


def _programme_texts(words: Wording) -> dict[FileReason, str]:
    """What is wrong with the programme as a whole: its exercises, doses and progression."""
    return {
        FileReason.SHARED_CUSTOM_ID: words.translate("Cli", "two custom exercises share an id"),
        FileReason.REVIEW_BEFORE_START: words.translate("Cli", "must not be before the start date"),
        FileReason.UNKNOWN_EXERCISE: words.translate("Cli", "no exercise has the id '{exercise}'"),
        FileReason.LIBRARY_EXERCISE_ID: words.translate(
            "Cli", "'{exercise}' is already a library exercise"
        ),
        FileReason.CAP_OVER_CEILING: words.translate(
            "Cli", "must be at most {limit} for {dose_field}"
        ),
        FileReason.CAP_NOT_ABOVE_START: words.translate(
            "Cli", "must be more than the starting {dose_field} ({start})"
        ),
        FileReason.RULE_REPEATED: words.translate("Cli", "{dose_field} already has a rule"),
        FileReason.RULE_WITH_FALLING_COUNT: words.translate(
            "Cli", "{dose_field} cannot progress with a falling count (reps_per_set)"
        ),
        FileReason.HOLD_RULE_WITH_PHASES: words.translate(
            "Cli", "hold_s cannot progress with hold_phases"
        ),
        FileReason.UNKNOWN_KEYFRAME: words.translate(
            "Cli", "no keyframe of '{exercise}' is named '{frame}' (it has {frames})"
        ),
        FileReason.REPS_PER_SET_COUNT: words.translate(
            "Cli", "gives {given} numbers for {sets} sets; give one for each set"
        ),
        FileReason.REPS_NOT_FIRST_SET: words.translate(
            "Cli", "must be the first set's count ({first}) when reps_per_set is given"
        ),
        FileReason.HOLD_NOT_PHASES_TOTAL: words.translate(
            "Cli", "must be the phases' total ({total}) when hold_phases is given, or left out"
        ),
        FileReason.PHASES_TOO_LONG: words.translate(
            "Cli", "last {total} s in all; at most {limit} s"
        ),
        FileReason.WEEKLY_NOT_ONCE_A_DAY: words.translate(
            "Cli", "goes with times_per_day = 1 (a weekly activity is once on its day)"
        ),
    }


def _questionnaire_file_texts(words: Wording) -> dict[FileReason, str]:
    """Why a questionnaire file could not be read, or what its schema finds wrong."""
    return {
        FileReason.QUESTIONNAIRE_NOT_A_FILE: words.translate("Cli", "not a file"),
        FileReason.QUESTIONNAIRE_TOO_BIG: words.translate(
            "Cli", "is larger than {kib} KiB, too big for a questionnaire"
        ),
        FileReason.QUESTIONNAIRE_NOT_UTF8: words.translate("Cli", "is not UTF-8 text"),
        FileReason.QUESTIONNAIRE_NOT_JSON: words.translate(
            "Cli", "is not valid JSON: {detail} (line {line}, column {column})"
        ),
        FileReason.QUESTIONNAIRE_REPEATED_KEY: words.translate(
            "Cli", "the field '{key}' appears twice in one object"
        ),
        FileReason.QUESTIONNAIRE_NOT_A_NUMBER: words.translate(
            "Cli", "{name} is not a number a questionnaire can use"
        ),
        FileReason.QUESTIONNAIRE_TOO_DEEP: words.translate(
            "Cli", "is nested too deeply to be a questionnaire"
        ),
        FileReason.QUESTIONNAIRE_UNUSABLE_VALUE: words.translate(
            "Cli", "holds a value no questionnaire uses ({detail})"
        ),
        FileReason.TOO_SHORT: words.translate("Cli", "needs {limit}+ characters"),
        FileReason.NOT_A_NAME: words.translate(
            "Cli", "use 2-40 lower-case letters, digits, '_' or '-', starting with a letter"
        ),
        FileReason.NOT_A_VERSION: words.translate(
            "Cli", "use 1-40 letters, digits, '_', '.' or '-', starting with a letter or digit"
        ),
        FileReason.NOT_IN_FORM: words.translate("Cli", "is not in the expected form"),
        FileReason.NEEDS_ONE: words.translate("Cli", "at least one {noun} is needed"),
        FileReason.NEEDS_SOME: words.translate("Cli", "at least {count_words} {noun} are needed"),
        FileReason.AT_MOST_ALLOWED: words.translate("Cli", "at most {count} are allowed"),
        FileReason.POINTS_OR_PERCENT: words.translate("Cli", "give points, percent or both"),
        FileReason.NOT_ON_ITEM_KIND: words.translate("Cli", "not allowed on a {kind} item"),
    }


def _questionnaire_texts(words: Wording) -> dict[FileReason, str]:
    """What does not hold together in a questionnaire: its ids, items and scoring."""
    return {
        FileReason.BUILT_IN_MEASURE_ID: words.translate(
            "Cli", "'{id}' is the name of a built-in measure; choose another"
        ),
        FileReason.ID_ALREADY_USED: words.translate("Cli", "'{id}' is already used by {file}"),
        FileReason.ITEM_ID_REPEATED: words.translate("Cli", "'{id}' is used by an earlier item"),
        FileReason.TOO_FEW_OPTIONS: words.translate("Cli", "at least two options are needed"),
        FileReason.CHECKBOX_WITH_OPTIONS: words.translate("Cli", "a checkbox item has no options"),
        FileReason.LABEL_REPEATED: words.translate("Cli", "the label '{label}' appears twice"),
        FileReason.NO_ITEMS: words.translate("Cli", "at least one item is needed"),
        FileReason.COUNT_CHECKED_NEEDS_CHECKBOXES: words.translate(
            "Cli", "'count_checked' needs every item to be a checkbox"
        ),
        FileReason.MISSING_NEGATIVE: words.translate("Cli", "cannot be negative"),
        FileReason.MISSING_NOT_ALLOWED: words.translate(
            "Cli", "'{method}' cannot allow missing answers; only 'mean' and 'percent_of_max' can"
        ),
        FileReason.MISSING_ALL: words.translate(
            "Cli", "{count} would allow every question to be skipped"
        ),
        FileReason.PERCENT_NEEDS_RANGE: words.translate(
            "Cli", "'percent_of_max' needs every item to have a range"
        ),
        FileReason.RANGE_MIN_NOT_BELOW_MAX: words.translate("Cli", "min must be below max"),
        FileReason.RANGE_OUTSIDE_DECLARED: words.translate(
            "Cli", "the items can score {low} to {high}, outside the declared {min} to {max}"
        ),
    }


def _count_words(words: Wording) -> dict[int, str]:
    """The numbers a questionnaire's "at least two options" spells out."""
    return {
        2: words.translate("Cli", "two"),
        3: words.translate("Cli", "three"),
        4: words.translate("Cli", "four"),
        5: words.translate("Cli", "five"),
        6: words.translate("Cli", "six"),
        7: words.translate("Cli", "seven"),
        8: words.translate("Cli", "eight"),
        9: words.translate("Cli", "nine"),
    }


def _type_words(words: Wording) -> dict[str, str]:
    return {
        "string": words.translate("Cli", "text"),
        "integer": words.translate("Cli", "a whole number"),
        "number": words.translate("Cli", "a number"),
        "boolean": words.translate("Cli", "true or false"),
        "object": words.translate("Cli", "an object ({...})"),
        "array": words.translate("Cli", "a list ([...])"),
    }


def file_problem(problem: str, words: Wording) -> str:
    """One problem: where in the file and what is wrong, in the reader's language."""
    if not isinstance(problem, FileProblem) or problem.reason is FileReason.OTHER:
        return str(problem)
    values = dict(problem.values)
    if problem.reason is FileReason.WRONG_TYPE:
        values["type_words"] = _type_words(words).get(str(values.get("type")), values["type_words"])
    if problem.reason is FileReason.NEEDS_SOME:
        count = int(values["count"])
        values["count_words"] = _count_words(words).get(count, values["count_words"])
    if problem.reason is FileReason.TOO_FEW_ENTRIES and values.get("count") == 1:
        text = words.translate("Cli", "needs at least 1 entry")
    elif problem.reason is FileReason.WEEKLY_OVER_DAYS:
        days = int(values["days"])
        text = words.translate(
            "Cli",
            "asks for {times} times a week on only %n day(s); add days or lower it",
            "",
            days,
        ).format(**values)
    else:
        text = _texts(words)[problem.reason].format(**values)
    return f"{problem.field}: {text}" if problem.field else text


def file_problems(source: str, problems: Iterable[str], words: Wording) -> str:
    """'file.scprog: problem; problem', as the loader's own message is laid out."""
    return f"{source}: " + "; ".join(file_problem(problem, words) for problem in problems)
